//! The endpoints the spec lists as not yet implemented (lock, valet, charge set/abort, features, parameters,
//! reset, homelink): named commands that send the documented method and path and report the server's answer.
//! Every public server answers them `501 Not yet implemented` (exit 3, "not implemented by this server"); a
//! server that one day answers 2xx gets its body printed as received, since no format for it is documented.

use super::client::{Client, form, segment};
use super::{Connection, VehicleArg, vehicle};
use crate::context::Context;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stub {
    Lock,
    Unlock,
    ValetOn,
    ValetOff,
    ChargeStart,
    ChargeStop,
    Features,
    Params,
    Reset,
    /// A home link button, 1 to 3.
    Homelink(u8),
}

impl Stub {
    /// The spec's method and endpoint (`/api/<endpoint>/<VEHICLEID>`).
    pub fn route(self) -> (&'static str, &'static str) {
        match self {
            Stub::Lock => ("PUT", "lock"),
            Stub::Unlock => ("DELETE", "lock"),
            Stub::ValetOn => ("PUT", "valet"),
            Stub::ValetOff => ("DELETE", "valet"),
            Stub::ChargeStart => ("PUT", "charge"),
            Stub::ChargeStop => ("DELETE", "charge"),
            Stub::Features => ("GET", "features"),
            Stub::Params => ("GET", "parameters"),
            Stub::Reset => ("PUT", "reset"),
            Stub::Homelink(_) => ("PUT", "homelink"),
        }
    }
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
    /// Home link button (1, 2 or 3), sent as `button=N` in a form body
    #[arg(value_parser = clap::value_parser!(u8).range(1..=3))]
    pub button: u8,
    #[command(flatten)]
    pub vehicle: VehicleArg,
}

/// Send one stub call for the resolved vehicle and print a 2xx answer's body as received.
pub fn call(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    stub: Stub,
    v: &VehicleArg,
) -> anyhow::Result<()> {
    let id = vehicle::resolve(ctx, client, conn, v)?;
    let (method, endpoint) = stub.route();
    let mut req = client.request(method, &format!("/api/{endpoint}/{}", segment(&id)));
    if let Stub::Homelink(n) = stub {
        // The spec says nothing of the button and the server reads no parameter: a form field, as the server
        // reads `POST /api/token`'s, is what a future handler would most likely take.
        req = req.body(form(&[("button", &n.to_string())]));
    }
    let resp = client.call(Some(ctx), req)?;
    if resp.body.is_empty() {
        ctx.out.note(&format!(
            "{method} /api/{endpoint}/{id}: the server answered {} with no body",
            resp.status
        ));
    } else {
        crate::output::write_raw(&resp.body)?;
    }
    Ok(())
}

/// `ovms charge start|stop [VEHICLE]` (dispatched by `view::charge`).
pub fn charge_action(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    action: super::view::ChargeAction,
) -> anyhow::Result<()> {
    use super::view::ChargeAction;
    match action {
        ChargeAction::Start(v) => call(ctx, client, conn, Stub::ChargeStart, &v),
        ChargeAction::Stop(v) => call(ctx, client, conn, Stub::ChargeStop, &v),
    }
}

pub fn valet(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    a: ValetArgs,
) -> anyhow::Result<()> {
    let stub = if a.state == "on" {
        Stub::ValetOn
    } else {
        Stub::ValetOff
    };
    call(ctx, client, conn, stub, &a.vehicle)
}

pub fn homelink(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    a: HomelinkArgs,
) -> anyhow::Result<()> {
    call(ctx, client, conn, Stub::Homelink(a.button), &a.vehicle)
}
