//! `ovms vehicles`, and with `--status` the fleet at a glance.

use super::account;
use super::client::Client;
use crate::context::Context;

#[derive(clap::Args)]
pub struct VehiclesArgs {
    /// One row per vehicle with SOC, range, charging, locked and the data's age
    #[arg(long)]
    pub status: bool,
    /// With --status: requests in flight at once
    #[arg(long, default_value_t = 8, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=64), requires = "status")]
    pub parallel: u32,
}

pub fn run(ctx: &Context, client: &Client, args: VehiclesArgs) -> anyhow::Result<()> {
    let rows = account::vehicles(ctx, client)?;
    if args.status {
        return crate::error::fail(
            crate::error::Kind::Internal,
            "ovms vehicles --status: not built yet",
        );
    }
    ctx.out.rows(&rows)?;
    Ok(())
}
