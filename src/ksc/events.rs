//! `ksc events [--filter NAME=VALUE…] [--fields a,b,…] [--limit N]`: the server's event log
//! (`EventProcessingFactory.CreateEventProcessing2` → `strIteratorId`, read page by page with
//! `EventProcessing.GetRecordRange`, released always), newest first.
//!
//! `pFilter` is a params container, not a search string: each `--filter NAME=VALUE` is one of its entries
//! (the event's field and the value it must have, e.g. `severity=4`, `hostdn=web-000002`); a value that is an
//! integer is sent as a number (a 64-bit one as a `long`), `true`/`false` as a boolean, anything else as a
//! string. A server ignores entries whose name is not an event attribute (every event matches), so NAME
//! must be one of [`ATTRIBUTES`] or a printed column's name (`host` is hostdn); anything else is refused
//! before anything is sent. `severity>=3` is no comparison: pFilter matches values exactly.

use clap::Args;
use serde_json::{Map, Value, json};

use super::client::Client;
use super::fields::{self, Aliases};
use super::pages::{self, Read};
use super::rows::KscEventRow;
use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::FieldStream;

#[derive(Args)]
#[command(after_help = pages::STREAMING)]
pub struct EventsArgs {
    /// Only events whose field has exactly this value (repeatable: all must match), e.g. severity=4,
    /// host=web-000002; NAME is an event attribute or a column name (id, time, severity, host, event,
    /// description)
    #[arg(long, value_name = "NAME=VALUE")]
    pub filter: Vec<String>,
    /// The event fields to print instead of the default columns, e.g. rise_time,hostdn,descr (column names
    /// stand for their attributes)
    #[arg(long, value_name = "A,B,…")]
    pub fields: Option<String>,
    /// At most this many events (the newest)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
}

/// The default columns' fields, in column order.
const EVENT_FIELDS: [&str; 6] = [
    "event_db_id",
    "rise_time",
    "severity",
    "hostdn",
    "event_type_display_name",
    "descr",
];

/// The event attributes (KSC's list of event attributes; the simulator has the first twelve).
const ATTRIBUTES: &[&str] = &[
    "event_db_id",
    "event_type",
    "event_type_display_name",
    "descr",
    "severity",
    "rise_time",
    "registration_time",
    "hostname",
    "hostdn",
    "product_name",
    "product_version",
    "task_display_name",
    "product_displ_version",
    "locid",
    "hostdomain",
    "task_id",
    "task_new_id",
    "group_id",
    "group_name",
];

/// The printed columns' names (KscEventRow's keys) for their attributes.
const ALIASES: Aliases = &[
    ("id", "event_db_id"),
    ("time", "rise_time"),
    ("severity", "severity"),
    ("host", "hostdn"),
    ("event", "event_type_display_name"),
    ("description", "descr"),
];

/// Events per request.
const CHUNK: u32 = 500;

pub fn run(ctx: &Context, client: &Client, args: EventsArgs) -> anyhow::Result<()> {
    let filter = filter(&args.filter)?;
    let chosen = args
        .fields
        .as_deref()
        .map(|f| fields::parse(f, ALIASES))
        .transpose()?;
    let fields: Vec<String> = match &chosen {
        Some(f) => f.iter().map(|f| f.attr.clone()).collect(),
        None => EVENT_FIELDS.iter().map(|f| (*f).to_owned()).collect(),
    };
    let out = client.open(
        "EventProcessingFactory.CreateEventProcessing2",
        json!({
            "pFilter": filter,
            "vecFieldsToReturn": fields,
            "vecFieldsToOrder": [value::order("rise_time", false)],
            "lifetimeSec": pages::LIFETIME,
        }),
    )?;
    let id = super::view::iterator_id(
        &out,
        "strIteratorId",
        "EventProcessingFactory.CreateEventProcessing2",
        client,
    )?;
    let how = Read {
        chunk: CHUNK,
        total: None,
        limit: args.limit,
        progress: Some("events"),
        check: chosen.as_ref().map(|_| fields.as_slice()),
    };
    match &chosen {
        Some(f) => {
            // Printed under the names given (`host`, or `hostdn`).
            let shown: Vec<String> = f.iter().map(|f| f.shown.clone()).collect();
            let mut stream = FieldStream::new(&ctx.out, Some(shown));
            let read = pages::read_all(ctx, client, &pages::EVENTS, &id, how, &mut |r| {
                let named: Map<String, Value> = f
                    .iter()
                    .map(|f| {
                        (
                            f.shown.clone(),
                            r.get(&f.attr).cloned().unwrap_or(Value::Null),
                        )
                    })
                    .collect();
                Ok(stream.push(&named)?)
            });
            stream.end(read)?;
        }
        None => {
            let mut stream = ctx.out.stream::<KscEventRow>();
            let read = pages::read_all(ctx, client, &pages::EVENTS, &id, how, &mut |r| {
                Ok(stream.push(&event_row(&r))?)
            });
            stream.end(read)?;
        }
    }
    Ok(())
}

fn event_row(r: &Map<String, Value>) -> KscEventRow {
    let s = |k: &str| r.get(k).filter(|v| !v.is_null()).map(value::text);
    KscEventRow {
        id: r.get("event_db_id").and_then(Value::as_i64),
        time: s("rise_time"),
        severity: r.get("severity").and_then(Value::as_i64),
        host: s("hostdn"),
        event: s("event_type_display_name"),
        description: s("descr"),
    }
}

/// `NAME=VALUE…` as the `pFilter` container.
fn filter(pairs: &[String]) -> anyhow::Result<Value> {
    let mut m = Map::new();
    for p in pairs {
        let Some((name, v)) = p.split_once('=').filter(|(n, _)| !n.trim().is_empty()) else {
            return Err(Failure::new(
                Kind::Usage,
                format!("--filter '{p}': expected NAME=VALUE (an event field and its value)"),
            )
            .hint("e.g. --filter severity=4 --filter hostdn=web-000002")
            .into());
        };
        let v = if let Ok(n) = v.parse::<i64>() {
            if i32::try_from(n).is_ok() {
                json!(n)
            } else {
                value::long(n)
            }
        } else {
            match v {
                "true" => json!(true),
                "false" => json!(false),
                s => json!(s),
            }
        };
        m.insert(attribute(name.trim())?, v);
    }
    Ok(Value::Object(m))
}

/// A `--filter` NAME as the attribute it names; not one: exit 2 naming the valid names.
fn attribute(name: &str) -> anyhow::Result<String> {
    if let Some((_, attr)) = ALIASES.iter().find(|(column, _)| *column == name) {
        return Ok((*attr).to_owned());
    }
    if ATTRIBUTES.contains(&name) {
        return Ok(name.to_owned());
    }
    let columns: Vec<&str> = ALIASES.iter().map(|(c, _)| *c).collect();
    let compared = name.ends_with(['<', '>', '!']);
    Err(Failure::new(
        Kind::Usage,
        format!(
            "--filter: {name} is not an event attribute (the server would ignore it and match every event); \
             use one of {}, or a column name: {}",
            ATTRIBUTES.join(", "),
            columns.join(", ")
        ),
    )
    .hint(if compared {
        "--filter matches a value exactly (NAME=VALUE): there are no comparisons"
    } else {
        "e.g. --filter severity=4 --filter host=web-000002"
    })
    .into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_pairs_are_typed() {
        let f = filter(&[
            "severity=4".into(),
            "host=web-1".into(),
            "event_db_id=5000000000".into(),
            "task_id=true".into(),
            "descr=".into(),
        ])
        .unwrap();
        assert_eq!(
            f,
            json!({"severity": 4, "hostdn": "web-1", "event_db_id": {"type": "long", "value": 5000000000_i64},
                   "task_id": true, "descr": ""})
        );
        assert!(filter(&["nosuch=1".into()]).is_err());
        assert!(filter(&["severity>=3".into()]).is_err());
        assert!(filter(&["novalue".into()]).is_err());
        assert!(filter(&["=x".into()]).is_err());
        assert_eq!(filter(&[]).unwrap(), json!({}));
    }
}
