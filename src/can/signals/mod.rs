//! Signals on the command line: the `--dbc` flags shared by `decode`, `dump` and `send`, the choice of what is
//! printed (`--message`, `--signals`), the decoded-output printer (`print`), the log readers of `can decode`
//! (`input`) and the command itself (`decode`).

pub mod decode;
mod input;
pub mod print;

use std::collections::HashSet;
use std::path::PathBuf;

use clap::Args;

use super::dbc::{self, Database, model};
use crate::context::Context;
use crate::error::{Failure, Kind};

/// `--dbc FILE`, repeatable: the one flag `send` takes too.
#[derive(Args, Clone, Default)]
pub struct DbcArg {
    #[arg(long = "dbc", value_name = "FILE",
          help = format!("CAN database (DBC); repeatable: databases merge, the later file wins a clashing id \
                          {}", super::settings::DBC.spec.sources()))]
    pub dbc: Vec<PathBuf>,
}

impl DbcArg {
    /// The databases to load: the flag, else FIELDCTL_CAN_DBC, else the profile's `can.dbc` (never merged).
    pub fn paths(&self, ctx: &Context) -> anyhow::Result<Vec<PathBuf>> {
        if !self.dbc.is_empty() {
            return Ok(self.dbc.clone());
        }
        ctx.get(&super::settings::DBC)
    }
}

/// How decoded frames are printed; the same flags on `decode` and `dump`.
#[derive(Args, Clone, Default)]
pub struct SignalArgs {
    #[command(flatten)]
    pub dbc: DbcArg,
    /// Table: one signal per indented line
    #[arg(long)]
    pub multi_line: bool,
    /// Numbers instead of choice names (VAL_)
    #[arg(long)]
    pub no_choices: bool,
    /// JSON: add "units": {"Signal": "unit"}
    #[arg(long)]
    pub units: bool,
    /// Only frames of this message (repeatable)
    #[arg(long = "message", value_name = "NAME")]
    pub messages: Vec<String>,
    /// Only these signals
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub signals: Vec<String>,
}

/// Loads the databases, warnings on stderr (each once, as `dbc::load` gives them).
pub fn load(ctx: &Context, paths: &[PathBuf]) -> anyhow::Result<Database> {
    dbc::load(paths, &mut |w| ctx.out.warn(&w))
}

/// What is printed of a database: `--message` and `--signals` resolved to indices once, checked before
/// anything is read (an unknown name is exit 2 with the nearest names).
pub struct Selection {
    /// Per message: printed at all.
    pub message: Vec<bool>,
    /// Per message, per signal: printed.
    pub signal: Vec<Vec<bool>>,
    /// `--message` was given: frames of no selected message are not printed at all.
    pub only_messages: bool,
    /// `--signals` was given: a frame none of whose selected signals is present is not printed.
    pub only_signals: bool,
}

impl Selection {
    pub fn new(db: &Database, args: &SignalArgs) -> anyhow::Result<Selection> {
        for name in &args.messages {
            if db.message(name).is_none() {
                let names = db.messages.iter().map(|m| m.name.as_str());
                return Err(unknown(
                    "message",
                    name,
                    model::suggest(name, "messages", names),
                ));
            }
        }
        let wanted: HashSet<&str> = args.signals.iter().map(String::as_str).collect();
        for name in &wanted {
            let known = db
                .messages
                .iter()
                .any(|m| m.signals.iter().any(|s| s.name == *name));
            if !known {
                let mut all: Vec<&str> = db
                    .messages
                    .iter()
                    .flat_map(|m| m.signals.iter().map(|s| s.name.as_str()))
                    .collect();
                all.sort_unstable();
                all.dedup();
                let hint = model::suggest(name, "signals", all.into_iter());
                return Err(unknown("signal", name, hint));
            }
        }
        Ok(Selection {
            message: db
                .messages
                .iter()
                .map(|m| args.messages.is_empty() || args.messages.contains(&m.name))
                .collect(),
            signal: db
                .messages
                .iter()
                .map(|m| {
                    m.signals
                        .iter()
                        .map(|s| wanted.is_empty() || wanted.contains(s.name.as_str()))
                        .collect()
                })
                .collect(),
            only_messages: !args.messages.is_empty(),
            only_signals: !wanted.is_empty(),
        })
    }
}

fn unknown(what: &str, name: &str, hint: String) -> anyhow::Error {
    Failure::new(Kind::Usage, format!("no {what} '{name}' in the database"))
        .hint(hint)
        .into()
}

/// `send --dbc`: MESSAGE then SIGNAL=VALUE… encoded into the frame to send (before any device is touched), and
/// the message's cycle time.
pub fn encode(
    ctx: &Context,
    paths: &[PathBuf],
    args: &[String],
) -> anyhow::Result<(crate::can::frame::Frame, Option<u64>)> {
    let db = load(ctx, paths)?;
    let name = &args[0];
    let Some(msg) = db.message(name) else {
        let names = db.messages.iter().map(|m| m.name.as_str());
        return Err(unknown(
            "message",
            name,
            model::suggest(name, "messages", names),
        ));
    };
    let mut pairs = Vec::new();
    for arg in &args[1..] {
        let Some((signal, value)) = arg.split_once('=') else {
            return Err(Failure::new(
                Kind::Usage,
                format!("'{arg}': expected SIGNAL=VALUE after the message name"),
            )
            .hint(format!(
                "e.g. {name} {}=1",
                msg.signals.first().map_or("Signal", |s| s.name.as_str())
            ))
            .into());
        };
        pairs.push((signal.trim(), value.trim()));
    }
    let data = dbc::codec::encode(msg, &pairs)?;
    Ok((
        crate::can::frame::Frame::data(msg.id, msg.extended, &data),
        msg.cycle_time,
    ))
}

/// `send --repeat` of a message with no cycle time and no --interval: exit 2.
pub fn no_cycle_time(name: &str) -> anyhow::Error {
    Failure::new(
        Kind::Usage,
        format!("{name} has no cycle time (GenMsgCycleTime) to repeat it at"),
    )
    .hint("give --interval MS")
    .into()
}

/// `vcan1` → 1, `can0` → 0; 0 when the name ends in no number.
pub fn channel_of(iface: &str) -> u32 {
    let digits = iface.len() - iface.bytes().rev().take_while(u8::is_ascii_digit).count();
    iface[digits..].parse().unwrap_or(0)
}

#[cfg(test)]
pub(crate) mod testdb {
    //! A database built by hand, so the printer and readers are tested without the parser.
    use super::dbc::codec::testing;
    use super::model::*;

    /// An unsigned Intel signal (codec's test builder) with a unit.
    pub fn signal(name: &str, start: u16, length: u16, unit: &str) -> Signal {
        let mut sig = testing::signal(name, start, length, ByteOrder::Intel);
        sig.unit = unit.into();
        sig
    }

    /// `ExampleMessage` (0x1F0, 8 bytes): Enable (bit 7, choices), AverageRadius (byte 1, "m"),
    /// Temperature (bytes 6-7, "degK"); `Empty` (0x12345678 extended) has no signals.
    pub fn db() -> Database {
        let mut enable = signal("Enable", 0, 8, "");
        enable.choices = vec![(0, "Disabled".into()), (0x80, "Enabled".into())];
        let mut db = Database {
            messages: vec![
                Message {
                    id: 0x1F0,
                    extended: false,
                    name: "ExampleMessage".into(),
                    length: 8,
                    senders: Vec::new(),
                    cycle_time: Some(100),
                    comment: None,
                    signals: vec![
                        enable,
                        signal("AverageRadius", 8, 8, "m"),
                        signal("Temperature", 48, 16, "degK"),
                    ],
                    place: Place::default(),
                },
                Message {
                    id: 0x1234_5678,
                    extended: true,
                    name: "Empty".into(),
                    length: 0,
                    senders: Vec::new(),
                    cycle_time: None,
                    comment: None,
                    signals: Vec::new(),
                    place: Place::default(),
                },
            ],
            ..Default::default()
        };
        db.index();
        db
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_are_the_trailing_number() {
        assert_eq!(channel_of("vcan1"), 1);
        assert_eq!(channel_of("can0"), 0);
        assert_eq!(channel_of("can12"), 12);
        assert_eq!(channel_of("any"), 0);
        assert_eq!(channel_of(""), 0);
    }

    #[test]
    fn unknown_names_are_usage_errors_with_the_nearest() {
        let db = testdb::db();
        let args = SignalArgs {
            messages: vec!["ExampleMesage".into()],
            ..Default::default()
        };
        let e = Selection::new(&db, &args).err().unwrap();
        assert_eq!(crate::error::kind_of(&e), Kind::Usage);
        let f = e.downcast_ref::<Failure>().unwrap();
        assert!(format!("{f:?}").contains("ExampleMessage"), "{f:?}");
        let args = SignalArgs {
            signals: vec!["Temperatur".into()],
            ..Default::default()
        };
        assert!(Selection::new(&db, &args).is_err());
        let args = SignalArgs {
            messages: vec!["ExampleMessage".into()],
            signals: vec!["Temperature".into()],
            ..Default::default()
        };
        let s = Selection::new(&db, &args).unwrap();
        assert_eq!(s.message, [true, false]);
        assert_eq!(s.signal[0], [false, false, true]);
    }
}
