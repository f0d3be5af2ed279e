//! Which vehicle a command is about: the positional id, else --vehicle, else FIELDCTL_OVMS_VEHICLE or
//! `ovms.vehicle` in the profile. With none, the error lists the account's vehicles (one request).

use super::client::Client;
use super::{Connection, VehicleArg, settings};
use crate::context::Context;
use crate::error::{Failure, Kind};

pub fn resolve(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    arg: &VehicleArg,
) -> anyhow::Result<String> {
    let given = match (&arg.id, &conn.vehicle) {
        (Some(id), Some(flag)) if id != flag => {
            return Err(Failure::new(
                Kind::Usage,
                format!("two vehicles given: {id} (the argument) and --vehicle {flag}"),
            )
            .hint("give one of them")
            .into());
        }
        (Some(id), _) | (None, Some(id)) => Some(id.clone()),
        (None, None) => ctx.get(&settings::VEHICLE)?,
    };
    match given {
        Some(id) if id.trim().is_empty() => {
            Err(Failure::new(Kind::Usage, "the vehicle id is empty").into())
        }
        Some(id) => Ok(id),
        None => Err(none_given(ctx, client)),
    }
}

fn none_given(ctx: &Context, client: &Client) -> anyhow::Error {
    // All the command's words (`ovms charge stop`), and the arguments that come before the vehicle.
    let words = match ctx.command_words() {
        "ovms valet" => "ovms valet on|off",
        "ovms homelink" => "ovms homelink N",
        w => w,
    };
    let hint = format!(
        "name one: `fieldctl {words} VEHICLE`, --vehicle ID, or set {}",
        settings::VEHICLE.spec.origins()
    );
    let listed = client.get_json(Some(ctx), "/api/vehicles").map(|v| {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| super::value::text(v.get("id")))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let message = match listed {
        Ok(ids) if ids.is_empty() => format!(
            "no vehicle given, and the account {} has no vehicles on {}",
            client.user(),
            client.server()
        ),
        Ok(ids) => format!(
            "no vehicle given; the account's vehicles: {}",
            ids.join(", ")
        ),
        // Listing needs the server: its failure (auth, connection) says more than "no vehicle".
        Err(e) => return e,
    };
    Failure::new(Kind::Usage, message).hint(hint).into()
}
