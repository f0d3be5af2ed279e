//! `ovms history` (a summary per record type, or one type's records, streamed) and `ovms protocol`.

use super::client::Client;
use super::{Connection, VehicleArg};
use crate::context::Context;

#[derive(clap::Args)]
pub struct HistoryArgs {
    /// [VEHICLE] [TYPE]: a word starting with `*-` (as record types do, e.g. `*-LOG-Trip`) is the TYPE
    #[arg(value_name = "VEHICLE|TYPE", num_args = 0..=2)]
    pub words: Vec<String>,
    /// Only records from TIME on (`YYYY-MM-DD HH:MM:SS` UTC, RFC 3339, or an age such as 2h, 3d)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
}

pub fn run(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _args: HistoryArgs,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}

pub fn protocol(_ctx: &Context, _client: &Client, _id: &str) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}

#[allow(dead_code)]
fn _unused(_v: VehicleArg) {}
