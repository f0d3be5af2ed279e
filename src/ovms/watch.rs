//! `ovms watch`: poll the vehicle and print one line per change; Ctrl-C ends it (exit 0).
//!
//! It connects to the vehicle first (`GET /api/vehicle/ID`): a car with no app connected reports only at its
//! idle interval (often many minutes), so a watch would see nothing change; connected, it reports at its
//! shorter connected interval. It disconnects at the end (`DELETE /api/vehicle/ID`), and while connected
//! holds a named Ctrl-C hold so that the first Ctrl-C lets it do so. A session that expires during a long
//! watch drops the connection with it: after the client logged in again, it connects again. `--no-connect`
//! watches without any of that (and a token that may not open a session cannot connect: the server registers
//! the connection with the cookie session).
//!
//! Each poll asks only the endpoints the watched fields need (`/api/status` for the defaults). A failed poll
//! that may well succeed later (connection, timeout, rate limit) is a warning and the watch goes on; any
//! other failure, and any failure of the first poll, ends it with its exit code.

use std::time::{Duration, SystemTime};

use serde_json::Value;

use super::client::{Client, segment};
use super::fleet::unit_name;
use super::{Connection, VehicleArg, value, vehicle};
use crate::context::Context;
use crate::error::{Failure, Kind, kind_of};
use crate::interrupt;
use crate::output::{Format, Time};

#[derive(clap::Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub vehicle: VehicleArg,
    /// Seconds between polls
    #[arg(long, default_value_t = 10.0, value_name = "SECS")]
    pub interval: f64,
    /// Fields to watch, comma-separated (default: soc,range_estimated,charging,charge_state,locked,car_on,speed; an
    /// unknown name lists them all)
    #[arg(long, value_name = "A,B,…", value_delimiter = ',')]
    pub fields: Vec<String>,
    /// Do not connect to the vehicle (the car then reports only at its idle interval)
    #[arg(long)]
    pub no_connect: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Source {
    Status,
    Charge,
    Location,
    /// `/api/vehicles`: whether the car is connected to the server.
    Vehicles,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Read {
    Number,
    /// In tenths of the unit (odometer, chargekwh).
    Tenths,
    Flag,
    Text,
    Time,
}

/// What a table line puts after a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Suffix {
    None,
    Percent,
    /// km or mi, by the status's `units`.
    Distance,
    Speed,
    Celsius,
    Volt,
    Kw,
    Kwh,
}

struct Field {
    name: &'static str,
    source: Source,
    key: &'static str,
    read: Read,
    suffix: Suffix,
}

const fn f(
    name: &'static str,
    source: Source,
    key: &'static str,
    read: Read,
    suffix: Suffix,
) -> Field {
    Field {
        name,
        source,
        key,
        read,
        suffix,
    }
}

const FIELDS: &[Field] = &[
    f("soc", Source::Status, "soc", Read::Number, Suffix::Percent),
    f(
        "range_estimated",
        Source::Status,
        "estimatedrange",
        Read::Number,
        Suffix::Distance,
    ),
    f(
        "range_ideal",
        Source::Status,
        "idealrange",
        Read::Number,
        Suffix::Distance,
    ),
    f(
        "charging",
        Source::Status,
        "charging",
        Read::Flag,
        Suffix::None,
    ),
    f(
        "charge_state",
        Source::Status,
        "chargestate",
        Read::Text,
        Suffix::None,
    ),
    f(
        "locked",
        Source::Status,
        "carlocked",
        Read::Flag,
        Suffix::None,
    ),
    f("car_on", Source::Status, "caron", Read::Flag, Suffix::None),
    f(
        "speed",
        Source::Status,
        "speed",
        Read::Number,
        Suffix::Speed,
    ),
    f(
        "odometer",
        Source::Status,
        "odometer",
        Read::Tenths,
        Suffix::Distance,
    ),
    f(
        "temperature_battery",
        Source::Status,
        "temperature_battery",
        Read::Number,
        Suffix::Celsius,
    ),
    f(
        "temperature_cabin",
        Source::Status,
        "temperature_cabin",
        Read::Number,
        Suffix::Celsius,
    ),
    f(
        "temperature_ambient",
        Source::Status,
        "temperature_ambient",
        Read::Number,
        Suffix::Celsius,
    ),
    f(
        "battery_12v_voltage",
        Source::Status,
        "vehicle12v",
        Read::Number,
        Suffix::Volt,
    ),
    f(
        "status_time",
        Source::Status,
        "m_msgtime_s",
        Read::Time,
        Suffix::None,
    ),
    f(
        "charge_power",
        Source::Charge,
        "chargepower",
        Read::Number,
        Suffix::Kw,
    ),
    f(
        "charged_kwh",
        Source::Charge,
        "chargekwh",
        Read::Tenths,
        Suffix::Kwh,
    ),
    f(
        "latitude",
        Source::Location,
        "latitude",
        Read::Number,
        Suffix::None,
    ),
    f(
        "longitude",
        Source::Location,
        "longitude",
        Read::Number,
        Suffix::None,
    ),
    f(
        "online",
        Source::Vehicles,
        "v_net_connected",
        Read::Flag,
        Suffix::None,
    ),
];

const DEFAULT: &[&str] = &[
    "soc",
    "range_estimated",
    "charging",
    "charge_state",
    "locked",
    "car_on",
    "speed",
];

fn pick(names: &[String]) -> anyhow::Result<Vec<&'static Field>> {
    let names: Vec<&str> = if names.iter().all(|n| n.trim().is_empty()) {
        DEFAULT.to_vec()
    } else {
        names
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
            .collect()
    };
    let unknown: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| !FIELDS.iter().any(|f| f.name == *n))
        .collect();
    if !unknown.is_empty() {
        let valid: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        return Err(Failure::new(
            Kind::Usage,
            format!("--fields: unknown field {}", unknown.join(", ")),
        )
        .hint(format!("the fields: {}", valid.join(", ")))
        .into());
    }
    // In the order given, each once.
    let mut picked: Vec<&'static Field> = Vec::new();
    for n in names {
        let field = FIELDS.iter().find(|f| f.name == n).expect("checked above");
        if !picked.iter().any(|p| p.name == n) {
            picked.push(field);
        }
    }
    Ok(picked)
}

fn interval(secs: f64) -> anyhow::Result<Duration> {
    if secs.is_finite() && secs > 0.0 && secs <= 86_400.0 {
        Ok(Duration::from_secs_f64(secs))
    } else {
        Err(Failure::new(
            Kind::Usage,
            format!("--interval {secs}: expected seconds above 0 (at most a day)"),
        )
        .into())
    }
}

pub fn run(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    args: WatchArgs,
) -> anyhow::Result<()> {
    let fields = pick(&args.fields)?;
    let every = interval(args.interval)?;
    let id = vehicle::resolve(ctx, client, conn, &args.vehicle)?;
    // Ctrl-C asks the loop to stop (it then disconnects and ends with 0) instead of ending the process.
    let hold = interrupt::Hold::pending();
    let mut w = Watch {
        ctx,
        client,
        id: &id,
        fields,
        last: None,
        printed: 0,
        connected_at: None,
        units: None,
    };
    let connect = !args.no_connect;
    let watched = w.run(connect, every, &hold);
    let cleanup = w.disconnect();
    let closed = w.close();
    drop(hold);
    interrupt::until_stopped(interrupt::after_cleanup(
        interrupt::after_cleanup(watched, cleanup),
        closed,
    ))
}

struct Watch<'a> {
    ctx: &'a Context,
    client: &'a Client,
    id: &'a str,
    fields: Vec<&'static Field>,
    /// The values of the last poll, in field order.
    last: Option<Vec<Value>>,
    printed: usize,
    /// The client's login count when this run connected to the vehicle.
    connected_at: Option<u64>,
    /// `km` or `mi`, from the last `/api/status` answer that said.
    units: Option<String>,
}

impl Watch<'_> {
    fn run(
        &mut self,
        connect: bool,
        every: Duration,
        hold: &interrupt::Hold,
    ) -> anyhow::Result<()> {
        let mut first = true;
        loop {
            interrupt::check()?;
            if connect {
                self.connect(hold)?;
            }
            match self.poll() {
                Ok(values) => self.show(values)?,
                Err(e)
                    if !first
                        && matches!(kind_of(&e), Kind::Connect | Kind::Timeout | Kind::Busy) =>
                {
                    self.ctx.out.warn(&format!(
                        "polling {} failed: {e}; trying again in {} s",
                        self.id,
                        every.as_secs_f64()
                    ));
                }
                Err(e) => return Err(e),
            }
            first = false;
            interrupt::sleep(every);
        }
    }

    /// Connect, or connect again when a new login dropped the old session's connection.
    fn connect(&mut self, hold: &interrupt::Hold) -> anyhow::Result<()> {
        if self.client.query_auth() || self.connected_at == Some(self.client.logins()) {
            return Ok(());
        }
        let path = format!("/api/vehicle/{}", segment(self.id));
        let again = self.connected_at.is_some();
        let v = self.client.get_json(Some(self.ctx), &path)?;
        self.connected_at = Some(self.client.logins());
        if self.client.query_auth() {
            // The first login of the run showed the token may not open a session: nothing stays connected.
            self.connected_at = None;
            self.ctx.out.note(&format!(
                "the API token may not open a session: watching {} without connecting to it",
                self.id
            ));
            return Ok(());
        }
        hold.rename(format!(
            "the connection to vehicle {} on {}",
            self.id,
            self.client.server()
        ));
        if !again && !value::flag(v.get("v_net_connected")).unwrap_or(false) {
            self.ctx.out.note(&format!(
                "{} is not connected to the server: changes show when it next reports",
                self.id
            ));
        }
        Ok(())
    }

    fn disconnect(&mut self) -> anyhow::Result<()> {
        if self.connected_at.take().is_none() {
            return Ok(());
        }
        // The body is `Disconnect OK` although labelled JSON: not parsed.
        let path = format!("/api/vehicle/{}", segment(self.id));
        self.client
            .call(Some(self.ctx), self.client.request("DELETE", &path))
            .map(|_| ())
    }

    /// One poll: the watched fields' values, typed.
    fn poll(&mut self) -> anyhow::Result<Vec<Value>> {
        let mut answers: Vec<(Source, Value)> = Vec::new();
        for f in &self.fields {
            if answers.iter().any(|(s, _)| *s == f.source) {
                continue;
            }
            let answer = match f.source {
                Source::Vehicles => {
                    let list = self.client.get_json(Some(self.ctx), "/api/vehicles")?;
                    list.as_array()
                        .and_then(|a| {
                            a.iter()
                                .find(|v| value::text(v.get("id")).as_deref() == Some(self.id))
                                .cloned()
                        })
                        .unwrap_or(Value::Null)
                }
                s => {
                    let endpoint = match s {
                        Source::Status => "status",
                        Source::Charge => "charge",
                        _ => "location",
                    };
                    let path = format!("/api/{endpoint}/{}", segment(self.id));
                    self.client.get_json(Some(self.ctx), &path)?
                }
            };
            answers.push((f.source, answer));
        }
        if let Some(u) = answers
            .iter()
            .find(|(s, _)| *s == Source::Status)
            .and_then(|(_, a)| value::text(a.get("units")))
        {
            self.units = Some(unit_name(&u));
        }
        let of = |s: Source| answers.iter().find(|(x, _)| *x == s).map(|(_, v)| v);
        Ok(self
            .fields
            .iter()
            .map(|f| read(f, of(f.source).and_then(|a| a.get(f.key))))
            .collect())
    }

    /// Print the fields that changed since the last poll (every field the first time).
    fn show(&mut self, values: Vec<Value>) -> anyhow::Result<()> {
        let changed: Vec<usize> = match &self.last {
            None => (0..values.len()).collect(),
            Some(last) => (0..values.len())
                .filter(|&i| last[i] != values[i])
                .collect(),
        };
        self.last = Some(values.clone());
        if changed.is_empty() {
            return Ok(());
        }
        let time = Time(SystemTime::now()).rfc3339();
        let out = &self.ctx.out;
        match out.format {
            Format::Csv => {
                if self.printed == 0 {
                    let mut header = vec!["time".to_owned(), "vehicle".to_owned()];
                    header.extend(self.fields.iter().map(|f| f.name.to_owned()));
                    out.csv_record(&header)?;
                }
                // A spreadsheet wants whole rows: every field's current value.
                let mut cells = vec![time, self.id.to_owned()];
                cells.extend(values.iter().map(|v| match v {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                }));
                out.csv_record(&cells)?;
            }
            Format::Json | Format::Ndjson => {
                let mut pairs: Vec<(&str, Value)> =
                    vec![("time", time.into()), ("vehicle", self.id.into())];
                for &i in &changed {
                    pairs.push((self.fields[i].name, values[i].clone()));
                }
                // Distances and speeds are in the car's unit: say which, with them.
                if changed
                    .iter()
                    .any(|&i| matches!(self.fields[i].suffix, Suffix::Distance | Suffix::Speed))
                    && let Some(u) = &self.units
                {
                    pairs.push(("distance_unit", u.clone().into()));
                }
                if out.format == Format::Ndjson {
                    out.line(&object(&pairs, ""))?;
                } else {
                    let sep = if self.printed == 0 { "[\n  " } else { ",\n  " };
                    out.text(&format!("{sep}{}", object(&pairs, "  ")))?;
                }
            }
            _ => {
                let units = self.units.clone().unwrap_or_else(|| "km".into());
                let parts: Vec<String> = changed
                    .iter()
                    .map(|&i| {
                        format!(
                            "{}={}",
                            self.fields[i].name,
                            shown(self.fields[i], &values[i], &units)
                        )
                    })
                    .collect();
                out.line(&format!("{time}  {}  {}", self.id, parts.join("  ")))?;
            }
        }
        self.printed += 1;
        Ok(())
    }

    /// A JSON array is closed when the watch ends (Ctrl-C included).
    fn close(&self) -> anyhow::Result<()> {
        if self.ctx.out.format == Format::Json {
            self.ctx
                .out
                .text(if self.printed == 0 { "[]\n" } else { "\n]\n" })?;
        }
        Ok(())
    }
}

/// A JSON object with its keys in this order (time first, then the fields as asked), on one line, or
/// pretty-printed at `indent` when it is not empty.
fn object(pairs: &[(&str, Value)], indent: &str) -> String {
    let items: Vec<String> = pairs
        .iter()
        .map(|(k, v)| {
            let key = Value::from(*k);
            if indent.is_empty() {
                format!("{key}:{v}")
            } else {
                format!("{indent}  {key}: {v}")
            }
        })
        .collect();
    if indent.is_empty() {
        format!("{{{}}}", items.join(","))
    } else {
        format!("{{\n{}\n{indent}}}", items.join(",\n"))
    }
}

fn read(f: &Field, v: Option<&Value>) -> Value {
    let number = |n: f64| super::fleet::number(n).map_or(Value::Null, Value::Number);
    match f.read {
        Read::Number => value::number(v).map_or(Value::Null, number),
        Read::Tenths => value::number(v).map_or(Value::Null, |n| number(n / 10.0)),
        Read::Flag => value::flag(v).map_or(Value::Null, Value::Bool),
        Read::Text => value::text(v).map_or(Value::Null, Value::String),
        Read::Time => value::time(v).map_or(Value::Null, |t| Value::String(Time(t).rfc3339())),
    }
}

/// A value for a table line: flags yes/no, units after numbers, `-` when the car did not say.
fn shown(f: &Field, v: &Value, distance: &str) -> String {
    let text = match v {
        Value::Null => return "-".into(),
        Value::Bool(true) => return "yes".into(),
        Value::Bool(false) => return "no".into(),
        Value::String(s) => return crate::output::sanitize(s).into_owned(),
        other => other.to_string(),
    };
    let speed = if distance == "mi" { "mph" } else { "km/h" };
    match f.suffix {
        Suffix::None => text,
        Suffix::Percent => format!("{text}%"),
        Suffix::Distance => format!("{text}{distance}"),
        Suffix::Speed => format!("{text}{speed}"),
        Suffix::Celsius => format!("{text}°C"),
        Suffix::Volt => format!("{text}V"),
        Suffix::Kw => format!("{text}kW"),
        Suffix::Kwh => format!("{text}kWh"),
    }
}
