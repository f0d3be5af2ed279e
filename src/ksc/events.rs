//! `ksc events [--filter NAME=VALUE…] [--fields a,b,…] [--limit N]`: the server's event log
//! (`EventProcessingFactory.CreateEventProcessing2` → `strIteratorId`, read page by page with
//! `EventProcessing.GetRecordRange`, released always), newest first.
//!
//! `pFilter` is a params container, not a search string: each `--filter NAME=VALUE` is one of its entries
//! (the event's field and the value it must have, e.g. `severity=4`, `hostdn=web-000002`); a value that is an
//! integer is sent as a number (a 64-bit one as a `long`), `true`/`false` as a boolean, anything else as a
//! string.

use clap::Args;
use serde_json::{Map, Value, json};

use super::client::Client;
use super::fields::FieldStream;
use super::pages::{self, Read};
use super::rows::KscEventRow;
use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};

#[derive(Args)]
pub struct EventsArgs {
    /// Only events whose field has this value (repeatable: all must match), e.g. severity=4
    #[arg(long, value_name = "NAME=VALUE")]
    pub filter: Vec<String>,
    /// The event fields to print instead of the default columns, e.g. rise_time,hostdn,descr
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

/// Events per request.
const CHUNK: u32 = 500;

pub fn run(ctx: &Context, client: &Client, args: EventsArgs) -> anyhow::Result<()> {
    let filter = filter(&args.filter)?;
    let chosen = args.fields.as_deref().map(pages::fields).transpose()?;
    let fields: Vec<String> = match &chosen {
        Some(f) => f.clone(),
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
    };
    match chosen {
        Some(f) => {
            let mut stream = FieldStream::new(&ctx.out, f);
            pages::read_all(ctx, client, &pages::EVENTS, &id, how, &mut |r| {
                Ok(stream.push(&r)?)
            })?;
            stream.finish()?;
        }
        None => {
            let mut stream = ctx.out.stream::<KscEventRow>();
            pages::read_all(ctx, client, &pages::EVENTS, &id, how, &mut |r| {
                Ok(stream.push(&event_row(&r))?)
            })?;
            stream.finish()?;
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
        m.insert(name.trim().to_owned(), v);
    }
    Ok(Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_pairs_are_typed() {
        let f = filter(&[
            "severity=4".into(),
            "hostdn=web-1".into(),
            "big=5000000000".into(),
            "flag=true".into(),
            "empty=".into(),
        ])
        .unwrap();
        assert_eq!(
            f,
            json!({"severity": 4, "hostdn": "web-1", "big": {"type": "long", "value": 5000000000_i64},
                   "flag": true, "empty": ""})
        );
        assert!(filter(&["novalue".into()]).is_err());
        assert!(filter(&["=x".into()]).is_err());
        assert_eq!(filter(&[]).unwrap(), json!({}));
    }
}
