//! `ovms status|charge|location|tpms`: one vehicle's data as readable tables, typed JSON or the server's JSON.

use super::client::Client;
use super::{Connection, VehicleArg};
use crate::context::Context;
use crate::output::Prints;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Status,
    Charge,
    Location,
    Tpms,
}

#[derive(clap::Args)]
pub struct ViewArgs {
    #[command(flatten)]
    pub vehicle: VehicleArg,
    /// Warn when the data is older than SECS; stale data is then exit 3 (for cron)
    #[arg(long, value_name = "SECS")]
    pub max_age: Option<u64>,
    /// Connect to the vehicle first and wait up to SECS (default 10) for newer data, then disconnect
    #[arg(long, value_name = "SECS", num_args = 0..=1, default_missing_value = "10")]
    pub fresh: Option<f64>,
    /// Print the server's JSON untouched
    #[arg(long)]
    pub raw: bool,
}

impl ViewArgs {
    pub fn prints(&self) -> Prints {
        if self.raw {
            Prints::Text
        } else {
            Prints::Records
        }
    }
}

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ChargeArgs {
    #[command(subcommand)]
    pub action: Option<ChargeAction>,
    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(clap::Subcommand)]
pub enum ChargeAction {
    /// Start charging (PUT /api/charge; not implemented by today's servers)
    Start(VehicleArg),
    /// Stop charging (DELETE /api/charge; not implemented by today's servers)
    Stop(VehicleArg),
}

impl ChargeArgs {
    pub fn prints(&self) -> Prints {
        match self.action {
            Some(_) => Prints::Text,
            None => self.view.prints(),
        }
    }
}

pub fn run(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _view: View,
    _args: ViewArgs,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}

pub fn charge(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _args: ChargeArgs,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}
