//! `ksc server info`: what the Administration Server says about itself (`HostGroup.GetStaticInfo`): version,
//! host name, virtual server, root groups… One key/value row per value, everything the server returns (a
//! server version adds keys; none is dropped), sorted by key; `-o json` keeps each value's JSON type.

use clap::Subcommand;
use serde_json::{Value, json};

use super::client::Client;
use super::rows::KscServerInfoRow;
use super::value::plain;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Prints;

#[derive(Subcommand)]
pub enum ServerCommand {
    /// Version, host name and the other static values of the server (HostGroup.GetStaticInfo)
    Info,
}

impl ServerCommand {
    pub fn prints(&self) -> Prints {
        Prints::Records
    }
}

pub fn run(ctx: &Context, client: &Client, cmd: ServerCommand) -> anyhow::Result<()> {
    match cmd {
        ServerCommand::Info => info(ctx, client),
    }
}

fn info(ctx: &Context, client: &Client) -> anyhow::Result<()> {
    // pValues null: every value the server has.
    let out = client.read("HostGroup.GetStaticInfo", json!({"pValues": null}))?;
    let Some(Value::Object(values)) = out.get("PxgRetVal").map(plain) else {
        return Err(Failure::new(
            Kind::Malformed,
            format!(
                "HostGroup.GetStaticInfo: the answer of {} has no values container",
                client.server()
            ),
        )
        .into());
    };
    let mut rows: Vec<KscServerInfoRow> = values
        .into_iter()
        .map(|(key, value)| KscServerInfoRow { key, value })
        .collect();
    rows.sort_by(|a, b| a.key.cmp(&b.key));
    ctx.out.rows(&rows)?;
    Ok(())
}
