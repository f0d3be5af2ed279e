//! `can dbc show FILE [MESSAGE]`: what a database defines, as `cantools dump` shows it. Needs no device.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::Value;

use super::model::{ByteOrder, Database, Message, Signal, ValueType};
use crate::can::rows::{DbcMessageRow, DbcSignalRow};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Format;

#[derive(Args)]
pub struct DbcArgs {
    #[command(subcommand)]
    command: DbcCommand,
}

#[derive(Subcommand)]
enum DbcCommand {
    /// The messages of a DBC file (id, name, length, senders, cycle time), or one message's signals
    Show {
        /// The DBC file (UTF-8 or Windows-1252)
        file: PathBuf,
        /// A message name (or its id in hex, as candump writes it): show its signals
        message: Option<String>,
    },
}

pub fn run(ctx: &Context, args: DbcArgs) -> anyhow::Result<()> {
    match args.command {
        DbcCommand::Show { file, message } => show(ctx, file, message.as_deref()),
    }
}

fn show(ctx: &Context, file: PathBuf, message: Option<&str>) -> anyhow::Result<()> {
    let db = super::load(std::slice::from_ref(&file), &mut |w| ctx.out.warn(&w))?;
    match message {
        None if ctx.out.format == Format::Json => print_json(ctx, &database_json(&db)),
        None => {
            let rows: Vec<DbcMessageRow> = db.messages.iter().map(message_row).collect();
            Ok(ctx.out.rows(&rows)?)
        }
        Some(wanted) => {
            let m = find(&db, wanted).ok_or_else(|| {
                let hint = super::model::suggest(
                    wanted,
                    "messages",
                    db.messages.iter().map(|m| m.name.as_str()),
                );
                Failure::new(
                    Kind::Usage,
                    format!("no message '{wanted}' in {}", file.display()),
                )
                .hint(hint)
            })?;
            if ctx.out.format == Format::Json {
                return print_json(ctx, &MessageJson(m));
            }
            let rows: Vec<DbcSignalRow> = m.signals.iter().map(|s| signal_row(m, s)).collect();
            Ok(ctx.out.rows(&rows)?)
        }
    }
}

/// By name, else by id (`1F0`, `0x1F0`).
fn find<'a>(db: &'a Database, wanted: &str) -> Option<&'a Message> {
    db.message(wanted).or_else(|| {
        let hex = wanted
            .strip_prefix("0x")
            .or_else(|| wanted.strip_prefix("0X"))
            .unwrap_or(wanted);
        let id = u32::from_str_radix(hex, 16).ok()?;
        db.find(id, hex.len() > 3)
            .or_else(|| db.find(id, false))
            .or_else(|| db.find(id, true))
    })
}

fn print_json(ctx: &Context, doc: &impl Serialize) -> anyhow::Result<()> {
    let mut text = serde_json::to_string_pretty(doc)?;
    text.push('\n');
    Ok(ctx.out.text(&text)?)
}

fn message_row(m: &Message) -> DbcMessageRow {
    DbcMessageRow {
        id: super::hex_id(m.id, m.extended),
        name: m.name.clone(),
        length: m.length,
        senders: m.senders.join(", "),
        cycle_time: m.cycle_time,
        signals: m.signals.len(),
    }
}

fn signal_row(m: &Message, s: &Signal) -> DbcSignalRow {
    DbcSignalRow {
        name: s.name.clone(),
        start: s.start,
        length: s.length,
        byte_order: byte_order(s),
        signed: s.signed,
        value_type: value_type(s),
        factor: s.factor_text.clone(),
        offset: s.offset_text.clone(),
        minimum: bound(s, s.minimum),
        maximum: bound(s, s.maximum),
        unit: s.unit.clone(),
        choices: (!s.choices.is_empty()).then(|| {
            let pairs: Vec<String> = s.choices.iter().map(|(v, n)| format!("{v}={n}")).collect();
            pairs.join(", ")
        }),
        multiplexing: multiplexing(m, s),
    }
}

fn byte_order(s: &Signal) -> &'static str {
    match s.byte_order {
        ByteOrder::Intel => "intel",
        ByteOrder::Motorola => "motorola",
    }
}

fn value_type(s: &Signal) -> &'static str {
    match s.value_type {
        ValueType::Integer => "integer",
        ValueType::Float => "float",
        ValueType::Double => "double",
    }
}

/// A range bound: DBC's `[0|0]` is "no range", shown empty (`null` in JSON).
fn bound(s: &Signal, f: f64) -> Value {
    if s.minimum == 0.0 && s.maximum == 0.0 {
        Value::Null
    } else {
        number(f)
    }
}

/// Whole numbers as exact integers (`255`, not `255.0`; a 64-bit bound as `18446744073709551615`: the f64
/// nearest to it is 2^64, which saturates to u64's maximum).
fn number(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        Value::from(f as i64)
    } else if f.fract() == 0.0 && (0.0..=u64::MAX as f64).contains(&f) {
        Value::from(f as u64)
    } else if f.fract() == 0.0 && f >= i64::MIN as f64 {
        Value::from(f as i64)
    } else {
        serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

/// `multiplexor`, `when Mux=1`, `when Mux in 1..3, 5`, a cascade outermost first: `when Mux=1 and Sub=2`.
pub fn multiplexing(m: &Message, s: &Signal) -> Option<String> {
    let mut conditions = Vec::new();
    let mut at = s;
    while let Some(c) = &at.mux {
        if conditions.len() > m.signals.len() {
            break;
        }
        let switch = &m.signals[c.switch];
        conditions.push(match c.ranges.as_slice() {
            [(a, b)] if a == b => format!("{}={a}", switch.name),
            ranges => {
                let list: Vec<String> = ranges
                    .iter()
                    .map(|(a, b)| {
                        if a == b {
                            a.to_string()
                        } else {
                            format!("{a}..{b}")
                        }
                    })
                    .collect();
                format!("{} in {}", switch.name, list.join(", "))
            }
        });
        at = switch;
    }
    conditions.reverse();
    let when = (!conditions.is_empty()).then(|| format!("when {}", conditions.join(" and ")));
    match (s.is_multiplexor, when) {
        (true, Some(w)) => Some(format!("multiplexor, {w}")),
        (true, None) => Some("multiplexor".into()),
        (false, w) => w,
    }
}

fn database_json(db: &Database) -> DatabaseJson<'_> {
    DatabaseJson {
        messages: db.messages.iter().map(MessageJson).collect(),
        nodes: &db.nodes,
    }
}

#[derive(Serialize)]
struct DatabaseJson<'a> {
    messages: Vec<MessageJson<'a>>,
    nodes: &'a [String],
}

/// A message for scripts: everything the model holds, signals with their choices as `{"0": "Off"}`.
struct MessageJson<'a>(&'a Message);

impl Serialize for MessageJson<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let m = self.0;
        let mut map = ser.serialize_map(None)?;
        map.serialize_entry("id", &m.id)?;
        map.serialize_entry("extended", &m.extended)?;
        map.serialize_entry("name", &m.name)?;
        map.serialize_entry("length", &m.length)?;
        map.serialize_entry("senders", &m.senders)?;
        map.serialize_entry("cycle_time", &m.cycle_time)?;
        map.serialize_entry("comment", &m.comment)?;
        let signals: Vec<SignalJson> = m.signals.iter().map(|s| SignalJson(m, s)).collect();
        map.serialize_entry("signals", &signals)?;
        map.end()
    }
}

struct SignalJson<'a>(&'a Message, &'a Signal);

impl Serialize for SignalJson<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let (m, s) = (self.0, self.1);
        let mut map = ser.serialize_map(None)?;
        map.serialize_entry("name", &s.name)?;
        map.serialize_entry("start", &s.start)?;
        map.serialize_entry("length", &s.length)?;
        map.serialize_entry("byte_order", byte_order(s))?;
        map.serialize_entry("signed", &s.signed)?;
        map.serialize_entry("type", value_type(s))?;
        map.serialize_entry("factor", &number(s.factor))?;
        map.serialize_entry("offset", &number(s.offset))?;
        map.serialize_entry("min", &bound(s, s.minimum))?;
        map.serialize_entry("max", &bound(s, s.maximum))?;
        map.serialize_entry("unit", &s.unit)?;
        map.serialize_entry("receivers", &s.receivers)?;
        map.serialize_entry("choices", &Choices(&s.choices))?;
        map.serialize_entry("start_value", &s.start_value.map(number))?;
        map.serialize_entry("multiplexor", &s.is_multiplexor)?;
        let mux = s
            .mux
            .as_ref()
            .map(|c| serde_json::json!({"switch": m.signals[c.switch].name, "ranges": c.ranges}));
        map.serialize_entry("multiplexed_by", &mux)?;
        map.serialize_entry("comment", &s.comment)?;
        map.end()
    }
}

/// `{"0": "Off", "1": "On"}` in file order.
struct Choices<'a>(&'a [(i128, String)]);

impl Serialize for Choices<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut map = ser.serialize_map(Some(self.0.len()))?;
        for (v, n) in self.0 {
            map.serialize_entry(&v.to_string(), n)?;
        }
        map.end()
    }
}
