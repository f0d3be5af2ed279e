//! The account: login, logout, API tokens, and connecting to a vehicle as an app.

use clap::Subcommand;

use super::client::{Client, segment};
use super::rows::{ConnectRow, VehicleRow};
use super::value;
use crate::context::Context;
use crate::output::{Prints, Time};

#[derive(Subcommand)]
pub enum TokenCommand {
    /// The account's API tokens
    List,
    /// Create an API token; it is printed once (--save keeps it in the profile)
    Create(TokenCreateArgs),
    /// Delete an API token
    Delete {
        /// The token (64 hex digits)
        token: String,
    },
}

#[derive(clap::Args)]
pub struct TokenCreateArgs {
    /// The application the token is for (the server's default: notspecified)
    #[arg(long, value_name = "A")]
    pub application: Option<String>,
    /// What the token is for (the server's default: notspecified)
    #[arg(long, value_name = "P")]
    pub purpose: Option<String>,
    /// Rights, comma-separated (the server's default: auth; `auth,session` may also log in)
    #[arg(long, value_name = "P")]
    pub permit: Option<String>,
    /// Store the token as ovms.token in the profile (file mode 0600): later runs use it instead of the password
    #[arg(long)]
    pub save: bool,
}

impl TokenCommand {
    pub fn prints(&self) -> Prints {
        match self {
            TokenCommand::List | TokenCommand::Create(_) => Prints::Records,
            TokenCommand::Delete { .. } => Prints::Nothing,
        }
    }
}

pub fn login(ctx: &Context, client: &Client) -> anyhow::Result<()> {
    client.login(ctx)?;
    if client.query_auth() {
        ctx.out.note(&format!(
            "{}: the API token is valid but may not log in (its permit lacks `session`); each call carries it instead, and no session is kept",
            client.server()
        ));
    } else {
        ctx.out.note(&format!(
            "logged in to {} as {}; the session is kept for later runs until `fieldctl ovms logout` or the server expires it",
            client.server(),
            client.user()
        ));
    }
    Ok(())
}

pub fn logout(ctx: &Context, client: &Client) -> anyhow::Result<()> {
    if client.logout()? {
        ctx.out.note(&format!("logged out of {}", client.server()));
    } else {
        ctx.out.note(&format!(
            "no session kept for {} on {}: nothing to end",
            client.user(),
            client.server()
        ));
    }
    Ok(())
}

pub fn token(_ctx: &Context, _client: &Client, _cmd: TokenCommand) -> anyhow::Result<()> {
    crate::error::fail(crate::error::Kind::Internal, "ovms token: not built yet")
}

pub fn connect(ctx: &Context, client: &Client, id: &str) -> anyhow::Result<()> {
    let v = client.get_json(Some(ctx), &format!("/api/vehicle/{}", segment(id)))?;
    ctx.out.row(&ConnectRow {
        id: id.to_owned(),
        car_connected: value::flag(v.get("v_net_connected")).unwrap_or(false),
        apps: value::number(v.get("v_apps_connected")).unwrap_or(0.0) as u64,
        batch_clients: value::number(v.get("v_btcs_connected")).unwrap_or(0.0) as u64,
        first_peer: value::flag(v.get("v_first_peer")).unwrap_or(false),
        status_time: value::time(v.get("m_msgtime_s")).map(Time),
        status_age: value::number(v.get("m_msgage_s")).map(|a| a.max(0.0) as u64),
    })?;
    if !value::flag(v.get("v_net_connected")).unwrap_or(false) {
        ctx.out.note(&format!(
            "{id} is not connected to the server: it reports when it next comes online"
        ));
    }
    Ok(())
}

pub fn disconnect(ctx: &Context, client: &Client, id: &str) -> anyhow::Result<()> {
    // The body is `Disconnect OK` although labelled JSON: not parsed.
    client.call(
        Some(ctx),
        client.request("DELETE", &format!("/api/vehicle/{}", segment(id))),
    )?;
    ctx.out.note(&format!("disconnected from {id}"));
    Ok(())
}

/// `ovms vehicles`.
pub fn vehicles(ctx: &Context, client: &Client) -> anyhow::Result<Vec<VehicleRow>> {
    let list = client.get_json(Some(ctx), "/api/vehicles")?;
    let Some(items) = list.as_array() else {
        return Err(crate::error::Failure::new(
            crate::error::Kind::Malformed,
            "GET /api/vehicles did not answer a list",
        )
        .into());
    };
    Ok(items
        .iter()
        .map(|v| VehicleRow {
            id: value::text(v.get("id")).unwrap_or_default(),
            car_connected: value::flag(v.get("v_net_connected")).unwrap_or(false),
            apps: value::number(v.get("v_apps_connected")).unwrap_or(0.0) as u64,
            batch_clients: value::number(v.get("v_btcs_connected")).unwrap_or(0.0) as u64,
        })
        .collect())
}
