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
use super::view::{charge_row, location_row, status_row};
use super::{Connection, VehicleArg, account, value, vehicle};
use crate::context::Context;
use crate::error::{Failure, Kind, kind_of};
use crate::interrupt;
use crate::output::{Format, Time};

#[derive(clap::Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub vehicle: VehicleArg,
    /// Seconds between polls (above 0, at most 86400)
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

/// What a table line puts after a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Suffix {
    None,
    Percent,
    /// km or mi, by the status's `units` (nothing when the car did not say).
    Distance,
    Speed,
    Celsius,
    Volt,
    Kw,
    Kwh,
}

/// A watched field: a JSON key of the typed row of its source (`StatusRow`, `ChargeRow`, `LocationRow`,
/// `VehicleRow`), so a field is named and read exactly as `ovms status|charge|location|vehicles` print it.
struct Field {
    name: &'static str,
    source: Source,
    suffix: Suffix,
}

const fn f(name: &'static str, source: Source, suffix: Suffix) -> Field {
    Field {
        name,
        source,
        suffix,
    }
}

const FIELDS: &[Field] = &[
    f("soc", Source::Status, Suffix::Percent),
    f("range_estimated", Source::Status, Suffix::Distance),
    f("range_ideal", Source::Status, Suffix::Distance),
    f("charging", Source::Status, Suffix::None),
    f("charge_state", Source::Status, Suffix::None),
    f("locked", Source::Status, Suffix::None),
    f("car_on", Source::Status, Suffix::None),
    f("speed", Source::Status, Suffix::Speed),
    f("odometer", Source::Status, Suffix::Distance),
    f("temperature_battery", Source::Status, Suffix::Celsius),
    f("temperature_cabin", Source::Status, Suffix::Celsius),
    f("temperature_ambient", Source::Status, Suffix::Celsius),
    f("battery_12v_voltage", Source::Status, Suffix::Volt),
    f("status_time", Source::Status, Suffix::None),
    f("charge_power", Source::Charge, Suffix::Kw),
    f("charged_kwh", Source::Charge, Suffix::Kwh),
    f("latitude", Source::Location, Suffix::None),
    f("longitude", Source::Location, Suffix::None),
    f("car_connected", Source::Vehicles, Suffix::None),
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
    // No --fields is the default; an empty one (`--fields "$EMPTY"`, `--fields ,`) is a mistake, not that.
    let names: Vec<&str> = if names.is_empty() {
        DEFAULT.to_vec()
    } else if names.iter().all(|n| n.trim().is_empty()) {
        let valid: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        return Err(Failure::new(Kind::Usage, "--fields: no field named")
            .hint(format!(
                "leave --fields out for the defaults, or name some of: {}",
                valid.join(", ")
            ))
            .into());
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
    /// The car's `units` as it sent them (`K`, `M`), from the last `/api/status` answer that said.
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
            self.ctx.out.warn(&format!(
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

    /// One poll: the watched fields' values, typed, from the typed rows of their sources.
    fn poll(&mut self) -> anyhow::Result<Vec<Value>> {
        let mut answers: Vec<(Source, Value)> = Vec::new();
        let mut sources: Vec<Source> = self.fields.iter().map(|f| f.source).collect();
        // The status first: it names the unit of a location's speed.
        sources.sort_by_key(|s| *s != Source::Status);
        for source in sources {
            if answers.iter().any(|(s, _)| *s == source) {
                continue;
            }
            let row = match source {
                Source::Vehicles => account::vehicles(self.ctx, self.client)?
                    .into_iter()
                    .find(|v| v.vehicle == self.id)
                    .map_or(Value::Null, |v| to_json(&v)),
                s => {
                    let endpoint = match s {
                        Source::Status => "status",
                        Source::Charge => "charge",
                        _ => "location",
                    };
                    let path = format!("/api/{endpoint}/{}", segment(self.id));
                    let answer = self.client.get_json(Some(self.ctx), &path)?;
                    match s {
                        Source::Status => {
                            if let Some(u) = value::text(answer.get("units")) {
                                self.units = Some(u);
                            }
                            to_json(&status_row(self.id, &answer))
                        }
                        Source::Charge => to_json(&charge_row(self.id, &answer)),
                        _ => to_json(&location_row(self.id, &answer, self.units.as_deref())),
                    }
                }
            };
            answers.push((source, row));
        }
        let of = |s: Source| answers.iter().find(|(x, _)| *x == s).map(|(_, v)| v);
        Ok(self
            .fields
            .iter()
            .map(|f| {
                of(f.source)
                    .and_then(|row| row.get(f.name))
                    .cloned()
                    .unwrap_or(Value::Null)
            })
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
                // Distances and speeds are in the car's unit: a column says which, when any is watched.
                let with_unit = self
                    .fields
                    .iter()
                    .any(|f| matches!(f.suffix, Suffix::Distance | Suffix::Speed));
                if self.printed == 0 {
                    let mut header = vec!["time".to_owned(), "vehicle".to_owned()];
                    header.extend(self.fields.iter().map(|f| f.name.to_owned()));
                    if with_unit {
                        header.push("distance_unit".to_owned());
                    }
                    out.csv_record(&header)?;
                }
                // A spreadsheet wants whole rows: every field's current value.
                let mut cells = vec![time, self.id.to_owned()];
                cells.extend(values.iter().map(|v| match v {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                }));
                if with_unit {
                    let unit = value::units(self.units.as_deref()).map(|(d, _)| d);
                    cells.push(unit.unwrap_or_default().to_owned());
                }
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
                    && let Some((distance, _)) = value::units(self.units.as_deref())
                {
                    pairs.push(("distance_unit", distance.into()));
                }
                if out.format == Format::Ndjson {
                    out.line(&object(&pairs, ""))?;
                } else {
                    let sep = if self.printed == 0 { "[\n  " } else { ",\n  " };
                    out.text(&format!("{sep}{}", object(&pairs, "  ")))?;
                }
            }
            _ => {
                let units = value::units(self.units.as_deref());
                let parts: Vec<String> = changed
                    .iter()
                    .map(|&i| {
                        format!(
                            "{}={}",
                            self.fields[i].name,
                            shown(self.fields[i], &values[i], units)
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

fn to_json<R: serde::Serialize>(row: &R) -> Value {
    serde_json::to_value(row).expect("rows serialise to JSON")
}

/// A value for a table line, spaced as `ovms status` prints it (`80 %`, `12 km`): flags yes/no, units
/// after numbers (none when the car did not name its unit), `-` when the car did not say.
fn shown(f: &Field, v: &Value, units: Option<(&str, &str)>) -> String {
    let text = match v {
        Value::Null => return "-".into(),
        Value::Bool(true) => return "yes".into(),
        Value::Bool(false) => return "no".into(),
        Value::String(s) => return crate::output::sanitize(s).into_owned(),
        other => other.to_string(),
    };
    let unit = match f.suffix {
        Suffix::None => None,
        Suffix::Percent => Some("%"),
        Suffix::Distance => units.map(|u| u.0),
        Suffix::Speed => units.map(|u| u.1),
        Suffix::Celsius => Some("°C"),
        Suffix::Volt => Some("V"),
        Suffix::Kw => Some("kW"),
        Suffix::Kwh => Some("kWh"),
    };
    match unit {
        Some(u) => format!("{text} {u}"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Row;
    use crate::ovms::rows::{ChargeRow, LocationRow, StatusRow, VehicleRow};

    #[test]
    fn every_field_is_a_key_of_its_sources_row() {
        for f in FIELDS {
            let columns = match f.source {
                Source::Status => StatusRow::COLUMNS,
                Source::Charge => ChargeRow::COLUMNS,
                Source::Location => LocationRow::COLUMNS,
                Source::Vehicles => VehicleRow::COLUMNS,
            };
            assert!(
                columns.iter().any(|(key, _)| *key == f.name),
                "{} is not a key of its row",
                f.name
            );
        }
        for d in DEFAULT {
            assert!(FIELDS.iter().any(|f| f.name == *d), "{d}");
        }
    }
}
