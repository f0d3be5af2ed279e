//! The endpoints the spec lists as not yet implemented (lock, valet, charge set/abort, features, parameters,
//! reset, homelink): named commands that send the documented method and path and report the server's answer.

use super::client::Client;
use super::{Connection, VehicleArg};
use crate::context::Context;

#[derive(Clone, Copy, Debug)]
pub enum Stub {
    Lock,
    Unlock,
    Features,
    Params,
    Reset,
}

#[derive(clap::Args)]
pub struct ValetArgs {
    /// on or off
    #[arg(value_parser = ["on", "off"])]
    pub state: String,
    #[command(flatten)]
    pub vehicle: VehicleArg,
}

#[derive(clap::Args)]
pub struct HomelinkArgs {
    /// Home link button (1, 2 or 3)
    pub button: u8,
    #[command(flatten)]
    pub vehicle: VehicleArg,
}

pub fn call(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _stub: Stub,
    _v: &VehicleArg,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}

pub fn valet(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _a: ValetArgs,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}

pub fn homelink(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _a: HomelinkArgs,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}

/// `ovms charge start|stop` (PUT/DELETE /api/charge). PLACEHOLDER added by the vehicle-views helper so that
/// `view::charge` can call it; the stubs' owner replaces the body.
pub fn charge_action(
    _ctx: &Context,
    _client: &Client,
    _conn: &Connection,
    _action: super::view::ChargeAction,
) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "not built yet")
}
