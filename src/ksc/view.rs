//! `ksc view VIEW [--fields a,b,…] [--filter F] [--order FIELD[:desc]] [--chunk N]`: any SrvView
//! (`SrvView.ResetIterator` → `wstrIteratorId`), read page by page ([`super::pages`]) and released always.
//! A view has no fixed schema: the server returns the fields asked for, or all of them when none are (an
//! empty `vecFieldsToReturn`); then the first record's keys, sorted, are the columns of every record.

use clap::Args;
use serde_json::{Value, json};

use super::client::Client;
use super::fields;
use super::pages::{self, Read};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::FieldStream;

#[derive(Args)]
#[command(after_help = pages::STREAMING)]
pub struct ViewArgs {
    /// The view's name, e.g. GlobalUsersListSrvViewName, InvSrvViewName
    #[arg(value_name = "VIEW")]
    pub view: String,
    /// A search filter (LDAP-like) over the view's fields
    #[arg(long, value_name = "FILTER")]
    pub filter: Option<String>,
    /// The view's fields to print (default: every field the server returns, columns from the first record)
    #[arg(long, value_name = "A,B,…")]
    pub fields: Option<String>,
    /// Sort by a field, descending with `:desc`
    #[arg(long, value_name = "FIELD[:desc]")]
    pub order: Option<String>,
    /// Records per request (SrvView.GetRecordRange)
    #[arg(long, value_name = "N", default_value_t = pages::DEFAULT_CHUNK,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub chunk: u32,
}

pub fn run(ctx: &Context, client: &Client, args: ViewArgs) -> anyhow::Result<()> {
    let fields: Option<Vec<String>> = match &args.fields {
        Some(f) => Some(fields::parse(f, &[])?.into_iter().map(|f| f.attr).collect()),
        None => None,
    };
    let order = match &args.order {
        Some(o) => fields::order(o, &[])?,
        None => Vec::new(),
    };
    let out = client.open(
        "SrvView.ResetIterator",
        json!({
            "wstrViewName": args.view,
            "wstrFilter": args.filter.as_deref().unwrap_or(""),
            "vecFieldsToReturn": fields.as_deref().unwrap_or_default(),
            "vecFieldsToOrder": order,
            "pParams": null,
            "lifetimeSec": pages::LIFETIME,
        }),
    )?;
    let id = iterator_id(&out, "wstrIteratorId", "SrvView.ResetIterator", client)?;
    let mut stream = FieldStream::new(&ctx.out, fields.clone());
    let read = pages::read_all(
        ctx,
        client,
        &pages::VIEW,
        &id,
        Read {
            chunk: args.chunk,
            total: None,
            limit: None,
            progress: Some("records"),
            check: fields.as_deref(),
        },
        &mut |r| Ok(stream.push(&r)?),
    );
    stream.end(read)?;
    Ok(())
}

/// The iterator id a create call answered.
pub fn iterator_id(
    out: &serde_json::Map<String, Value>,
    param: &str,
    method: &str,
    client: &Client,
) -> anyhow::Result<String> {
    out.get(param)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .ok_or_else(|| {
            Failure::new(
                Kind::Malformed,
                format!("{method}: {} answered no {param}", client.server()),
            )
            .into()
        })
}
