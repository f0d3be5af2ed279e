//! `ovms status|charge|location|tpms`: one vehicle's data as a readable FIELD/VALUE table, as typed rows
//! (`-o json|ndjson|csv`, docs/output.md) or as the server's JSON (`--raw`).
//!
//! The data is as old as the car's last messages: each endpoint answers the ages of the messages it is made of
//! (status and charge: S and D; location: L; tpms: W). `--max-age` judges the OLDEST of them (the data is as
//! old as its oldest part) and, after printing, makes stale data exit 3. `--fresh` connects to the car first
//! and waits for newer messages (see [`fresh`]).

mod fields;
mod fresh;

// One reading of the endpoints' fields, shared with the fleet and the watch.
pub use fields::{charge_row, location_row, status_row};

use std::time::SystemTime;

use serde_json::Value;

use super::client::{Client, parse_json, segment};
use super::{Connection, VehicleArg, value};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::{Format, Prints};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Status,
    Charge,
    Location,
    Tpms,
}

impl View {
    /// The endpoint: `/api/<name>/<VEHICLE>`.
    pub fn name(self) -> &'static str {
        match self {
            View::Status => "status",
            View::Charge => "charge",
            View::Location => "location",
            View::Tpms => "tpms",
        }
    }

    /// The car messages the endpoint is made of: (suffix of `m_msgage_*`/`m_msgtime_*`, what it holds).
    fn messages(self) -> &'static [(&'static str, &'static str)] {
        match self {
            View::Status | View::Charge => &[("s", "status"), ("d", "doors and temperatures")],
            View::Location => &[("l", "location")],
            View::Tpms => &[("w", "tyre data")],
        }
    }

    fn path(self, id: &str) -> String {
        format!("/api/{}/{}", self.name(), segment(id))
    }
}

#[derive(clap::Args)]
pub struct ViewArgs {
    #[command(flatten)]
    pub vehicle: VehicleArg,
    /// Stale data (older than AGE: 600 seconds, or 10m, 1h, 2d as --since takes ages) is exit 3 after printing
    /// (for cron)
    #[arg(long, value_name = "AGE", allow_hyphen_values = true, value_parser = max_age)]
    pub max_age: Option<u64>,
    /// Connect to the vehicle first and wait up to SECS (0 to 3600, default 10) for newer data, then
    /// disconnect; after the vehicle (`status DEMO1 --fresh`) or with SECS
    #[arg(long, value_name = "SECS", num_args = 0..=1, default_missing_value = "10", value_parser = fresh_secs)]
    pub fresh: Option<f64>,
    /// Print the server's JSON untouched
    #[arg(long)]
    pub raw: bool,
}

fn max_age(text: &str) -> Result<u64, String> {
    value::parse_age(text)
}

/// `--fresh [SECS]` takes the next word when it can: a vehicle there is a misplaced vehicle, not bad seconds.
fn fresh_secs(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(secs) if secs.is_finite() && (0.0..=3600.0).contains(&secs) => Ok(secs),
        Ok(_) => Err(format!("{text}: expected seconds from 0 to 3600")),
        Err(_) => {
            // The parser does not know its command: the words before tell (`charge`, `status`, …).
            let view = std::env::args()
                .find(|a| ["status", "charge", "location", "tpms"].contains(&a.as_str()))
                .unwrap_or_else(|| "status".into());
            Err(format!(
                "{text:?} is not seconds: put the vehicle first (`fieldctl ovms {view} {text} --fresh`), or \
                 give SECS (`fieldctl ovms {view} --fresh 10 {text}`)"
            ))
        }
    }
}

impl ViewArgs {
    pub fn prints(&self) -> Prints {
        if self.raw {
            Prints::Body
        } else {
            Prints::Records
        }
    }
}

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ChargeArgs {
    #[command(subcommand)]
    pub action: Option<ChargeAction>,
    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(clap::Subcommand)]
pub enum ChargeAction {
    /// Start charging (PUT /api/charge; not implemented by today's servers)
    Start(VehicleArg),
    /// Stop charging (DELETE /api/charge; not implemented by today's servers)
    Stop(VehicleArg),
}

impl ChargeArgs {
    pub fn prints(&self) -> Prints {
        match self.action {
            Some(_) => Prints::Text,
            None => self.view.prints(),
        }
    }
}

/// One answer of the endpoint: the bytes as received (for `--raw`) and their JSON.
pub struct Reading {
    pub body: Vec<u8>,
    pub json: Value,
}

impl Reading {
    /// The ages of the endpoint's messages that the answer has, in the endpoint's order.
    fn ages(&self, view: View) -> Vec<Age> {
        view.messages()
            .iter()
            .filter_map(|(code, what)| Age::of(&self.json, code, what))
            .collect()
    }
}

/// When one message of the endpoint was received.
#[derive(Clone, Debug, PartialEq)]
pub struct Age {
    /// `s`, `d`, `l`, `w`.
    pub code: &'static str,
    pub what: &'static str,
    /// `m_msgtime_*` as the server wrote it (compared by --fresh; no clock involved).
    pub stamp: Option<String>,
    pub time: Option<SystemTime>,
    /// Seconds, as the server counted them (`m_msgage_*`), else from the time and this host's clock.
    pub secs: Option<u64>,
}

impl Age {
    fn of(v: &Value, code: &'static str, what: &'static str) -> Option<Age> {
        let stamp = value::text(v.get(format!("m_msgtime_{code}").as_str()));
        let time = stamp.as_deref().and_then(value::parse_time);
        let secs = value::number(v.get(format!("m_msgage_{code}").as_str()))
            .map(|a| a.max(0.0) as u64)
            .or_else(|| {
                time.map(|t| {
                    SystemTime::now()
                        .duration_since(t)
                        .map(|d| d.as_secs())
                        .unwrap_or(0)
                })
            });
        (stamp.is_some() || secs.is_some()).then_some(Age {
            code,
            what,
            stamp,
            time,
            secs,
        })
    }
}

/// The age that counts for `--max-age`: the oldest message's (None: no message, or none with an age).
fn oldest(ages: &[Age]) -> Option<u64> {
    ages.iter().filter_map(|a| a.secs).max()
}

/// GET the endpoint once.
pub fn read(ctx: &Context, client: &Client, view: View, id: &str) -> anyhow::Result<Reading> {
    let path = view.path(id);
    let resp = client.call(Some(ctx), client.request("GET", &path))?;
    let json = parse_json(&resp, "GET", &path)?;
    if !json.is_object() {
        return Err(Failure::new(
            Kind::Malformed,
            format!(
                "GET {path} did not answer a JSON object: {}",
                crate::transport::status::body_start(&resp.body)
            ),
        )
        .into());
    }
    Ok(Reading {
        body: resp.body,
        json,
    })
}

pub fn run(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    view: View,
    args: ViewArgs,
) -> anyhow::Result<()> {
    let id = super::vehicle::resolve(ctx, client, conn, &args.vehicle)?;
    let reading = match args.fresh {
        Some(secs) => fresh::read_fresh(ctx, client, view, &id, secs)?,
        None => read(ctx, client, view, &id)?,
    };
    let ages = reading.ages(view);
    if args.raw {
        crate::output::write_raw(&reading.body)?;
    } else {
        // Location speed and trip are in the car's unit, which only the status message names.
        let units = if view == View::Location && fields::location_needs_units(&reading.json) {
            // Without it the numbers are still right, only unnamed: a failed look-up does not fail the
            // location (Ctrl-C still ends the run).
            match read(ctx, client, View::Status, &id) {
                Ok(status) => value::text(status.json.get("units")),
                Err(e) if crate::interrupt::interrupted() => return Err(e),
                Err(_) => None,
            }
        } else {
            None
        };
        print(ctx, view, &id, &reading.json, units.as_deref(), &ages)?;
    }
    if ages.is_empty() {
        ctx.out.note(&format!(
            "{id}: the server has no {} data for this vehicle (the car has not sent it yet)",
            view.name()
        ));
    }
    judge_age(&id, view, &ages, args.max_age).map_err(|e| {
        // Stale: whether --fresh can help depends on whether the car is online (one more call, only now).
        let online = super::account::vehicles(ctx, client).ok().and_then(|list| {
            list.into_iter()
                .find(|v| v.vehicle == id)
                .map(|v| v.car_connected)
        });
        match (e.downcast::<Failure>(), online) {
            (Ok(f), Some(online)) => f.hint(stale_hint(online)).into(),
            (Ok(f), None) => f.into(),
            (Err(e), _) => e,
        }
    })
}

fn stale_hint(car_connected: bool) -> &'static str {
    if car_connected {
        "the car is connected to the server: --fresh asks it to send new data first"
    } else {
        "the car is offline (not connected to the server): it sends new data when it next connects"
    }
}

/// Print one reading in the chosen format.
fn print(
    ctx: &Context,
    view: View,
    id: &str,
    v: &Value,
    units: Option<&str>,
    ages: &[Age],
) -> anyhow::Result<()> {
    let table = ctx.out.format == Format::Table;
    macro_rules! emit {
        ($row:expr, $lines:path) => {{
            let row = $row;
            if table {
                ctx.out.rows(&$lines(&row, ages))?
            } else {
                ctx.out.row(&row)?
            }
        }};
    }
    match view {
        View::Status => emit!(fields::status_row(id, v), fields::status_lines),
        View::Charge => emit!(fields::charge_row(id, v), fields::charge_lines),
        View::Location => emit!(fields::location_row(id, v, units), fields::location_lines),
        View::Tpms => emit!(fields::tpms_row(id, v), fields::tpms_lines),
    }
    Ok(())
}

/// With `--max-age`: data older than SECS (or none at all) is exit 3, after it was printed — a cron job logs
/// what the car last said and still sees that it is stale.
fn judge_age(id: &str, view: View, ages: &[Age], max_age: Option<u64>) -> anyhow::Result<()> {
    let Some(max) = max_age else {
        return Ok(());
    };
    let hint = "the car reports when it is online";
    match oldest(ages) {
        None => Err(Failure::new(
            Kind::Remote,
            format!(
                "no {} data for {id} on the server, so none within --max-age {max} s",
                view.name()
            ),
        )
        .hint(hint)
        .into()),
        Some(age) if age > max => {
            let parts: Vec<String> = ages
                .iter()
                .filter_map(|a| {
                    a.secs
                        .map(|s| format!("{} {}", a.what, value::age_words(s)))
                })
                .collect();
            Err(Failure::new(
                Kind::Remote,
                format!(
                    "stale data: {id}'s {} data is {age} s old, older than --max-age {max} s ({})",
                    view.name(),
                    parts.join(", ")
                ),
            )
            .hint(hint)
            .into())
        }
        Some(_) => Ok(()),
    }
}

pub fn charge(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    args: ChargeArgs,
) -> anyhow::Result<()> {
    match args.action {
        // `charge start|stop` belongs to the stubs (the not-implemented endpoints).
        Some(action) => super::stubs::charge_action(ctx, client, conn, action),
        None => run(ctx, client, conn, View::Charge, args.view),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_oldest_message_counts() {
        let r = Reading {
            body: vec![],
            json: json!({"m_msgage_s": 30, "m_msgtime_s": "2026-01-01 10:00:00",
                         "m_msgage_d": "400", "m_msgtime_d": "2026-01-01 09:55:30"}),
        };
        let ages = r.ages(View::Status);
        assert_eq!(ages.len(), 2);
        assert_eq!(oldest(&ages), Some(400));
        assert!(judge_age("C", View::Status, &ages, Some(500)).is_ok());
        let e = judge_age("C", View::Status, &ages, Some(60)).unwrap_err();
        assert!(e.to_string().contains("400 s old"), "{e}");
        assert!(judge_age("C", View::Status, &[], None).is_ok());
        assert!(judge_age("C", View::Tpms, &[], Some(60)).is_err());
        assert!(
            Reading {
                body: vec![],
                json: json!({})
            }
            .ages(View::Tpms)
            .is_empty()
        );
    }
}
