//! `ovms watch`: poll the vehicle and print one line per change; Ctrl-C ends it (exit 0).

use super::client::Client;
use super::{Connection, VehicleArg};
use crate::context::Context;

#[derive(clap::Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub vehicle: VehicleArg,
    /// Seconds between polls
    #[arg(long, default_value_t = 10.0, value_name = "SECS")]
    pub interval: f64,
    /// Fields to watch, comma-separated (default: soc,charging,…)
    #[arg(long, value_name = "A,B,…", value_delimiter = ',')]
    pub fields: Vec<String>,
}

pub fn run(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _args: WatchArgs,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}
