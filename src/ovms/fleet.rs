//! `ovms vehicles`, and with `--status` the fleet at a glance: one `GET /api/status/ID` per vehicle, at most
//! `--parallel` in flight, by worker threads that share the run's one client (and so its session: threads
//! that all get a 401 log in again once between them). Rows come out in the order of `/api/vehicles`, each as
//! soon as it and the ones before it are in. A vehicle whose call fails keeps its row, with what happened in
//! `note`; the others still print, and the run then ends with the worst failure's exit code (see [`rank`]).
//! A car that has sent nothing (`{}`) and a paranoid one (502: the server can never read its data) are what
//! those vehicles are, not failures: their rows say so and the exit code stays 0.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use serde_json::Value;

use super::client::{Client, parse_json, segment};
use super::rows::{FleetRow, VehicleRow};
use super::{account, statuses, value};
use crate::context::Context;
use crate::error::{Failure, Kind, kind_of};

#[derive(clap::Args)]
pub struct VehiclesArgs {
    /// One row per vehicle with SOC, range, charging, locked and the data's age
    #[arg(long)]
    pub status: bool,
    /// With --status: requests in flight at once
    #[arg(long, default_value_t = 8, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=64), requires = "status")]
    pub parallel: u32,
}

pub fn run(ctx: &Context, client: &Client, args: VehiclesArgs) -> anyhow::Result<()> {
    let rows = account::vehicles(ctx, client)?;
    if !args.status {
        ctx.out.rows(&rows)?;
        return Ok(());
    }
    fleet(ctx, client, &rows, args.parallel as usize)
}

/// What one vehicle's status call gave: its row, and the failure behind its note (none for a car that has
/// sent no data yet: that is not an error).
struct Fetched {
    row: FleetRow,
    failure: Option<anyhow::Error>,
}

fn fleet(
    ctx: &Context,
    client: &Client,
    vehicles: &[VehicleRow],
    parallel: usize,
) -> anyhow::Result<()> {
    // Threads cannot prompt: the session may expire under them, and one of them must then log in again.
    client.prepare_credentials(ctx)?;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Fetched)>();
    let mut failures: Vec<(String, anyhow::Error)> = Vec::new();
    let printed = std::thread::scope(|s| -> anyhow::Result<()> {
        for _ in 0..parallel.min(vehicles.len()) {
            let tx = tx.clone();
            let (next, stop) = (&next, &stop);
            s.spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(v) = vehicles.get(i) else { break };
                    if tx.send((i, fetch(client, v))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut stream = ctx.out.stream::<FleetRow>();
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (i, fetched) in rx {
            waiting.insert(i, fetched);
            while let Some(f) = waiting.remove(&due) {
                due += 1;
                if let Some(e) = f.failure {
                    if kind_of(&e) == Kind::Interrupted {
                        stop.store(true, Ordering::SeqCst);
                        return Err(e);
                    }
                    failures.push((f.row.id.clone(), e));
                }
                if let Err(e) = stream.push(&f.row) {
                    stop.store(true, Ordering::SeqCst);
                    return Err(e.into());
                }
            }
        }
        stream.finish()?;
        Ok(())
    });
    printed?;
    report(ctx, vehicles.len(), failures)
}

/// Warn about each failed vehicle (the first few in full) when there are several, then fail with the worst of
/// them (its message and hint as the cause).
fn report(
    ctx: &Context,
    total: usize,
    mut failures: Vec<(String, anyhow::Error)>,
) -> anyhow::Result<()> {
    const SHOWN: usize = 10;
    if failures.len() > 1 {
        for (id, e) in failures.iter().take(SHOWN) {
            ctx.out.warn(&format!("{id}: {e}"));
        }
        if failures.len() > SHOWN {
            ctx.out.warn(&format!(
                "… and {} more vehicles failed (see the note column)",
                failures.len() - SHOWN
            ));
        }
    }
    let Some(worst) = (0..failures.len()).min_by_key(|&i| rank(kind_of(&failures[i].1))) else {
        return Ok(());
    };
    let count = failures.len();
    let (id, e) = failures.swap_remove(worst);
    let kind = kind_of(&e);
    let what = if count == 1 {
        format!("{id} could not be read ({count} of {total} vehicles)")
    } else {
        format!("{count} of {total} vehicles could not be read; the worst: {id}")
    };
    Err(e.context(Failure::new(kind, what)))
}

/// The order in which failures decide the exit code, worst first: what breaks the whole run or every vehicle
/// (a bug, credentials, the server unreachable or slow or speaking nonsense), then the rate limit (try again
/// later), then what is about one vehicle (gone from the account, a server error for it).
fn rank(kind: Kind) -> u8 {
    match kind {
        Kind::Internal => 0,
        Kind::Auth => 1,
        Kind::Connect => 2,
        Kind::Timeout => 3,
        Kind::Malformed => 4,
        Kind::Busy => 5,
        Kind::NotFound => 6,
        Kind::Remote => 7,
        Kind::Usage | Kind::Config | Kind::Interrupted => 8,
    }
}

fn fetch(client: &Client, v: &VehicleRow) -> Fetched {
    let path = format!("/api/status/{}", segment(&v.id));
    let mut row = FleetRow {
        id: v.id.clone(),
        car_connected: v.car_connected,
        soc: None,
        range_estimated: None,
        range_ideal: None,
        distance_unit: None,
        charging: None,
        locked: None,
        data_age: None,
        note: None,
    };
    let answer = client
        .call_any(None, client.request("GET", &path))
        .and_then(|resp| {
            if (200..300).contains(&resp.status) {
                parse_json(&resp, "GET", &path)
            } else if statuses::paranoid(resp.status, &resp.body) {
                // Paranoid: the server can never read this car's data. That is what the vehicle is, not a
                // failure of this run (cron would fail forever): a note, like a car with no data.
                Ok(Value::Null)
            } else {
                let note = status_note(resp.status);
                row.note = Some(note);
                Err(client
                    .judge("GET", &path, resp)
                    .err()
                    .unwrap_or_else(|| anyhow::anyhow!("unexpected status")))
            }
        });
    let status = match answer {
        Ok(s) => s,
        Err(e) => {
            if row.note.is_none() {
                row.note = Some(kind_note(&e));
            }
            return Fetched {
                row,
                failure: Some(e),
            };
        }
    };
    if status.is_null() {
        row.note = Some(status_note(502));
        return Fetched { row, failure: None };
    }
    let Some(fields) = status.as_object() else {
        row.note = Some("malformed answer (not an object)".into());
        let e = Failure::new(
            Kind::Malformed,
            format!("GET {path} did not answer a JSON object"),
        );
        return Fetched {
            row,
            failure: Some(e.into()),
        };
    };
    if fields.is_empty() {
        row.note = Some("no data: the car has sent nothing yet".into());
        return Fetched { row, failure: None };
    }
    fill(&mut row, &status);
    Fetched { row, failure: None }
}

/// The row's values from a `/api/status` answer (strings, bitmask numbers, `""` and null alike).
fn fill(row: &mut FleetRow, s: &Value) {
    row.soc = value::number(s.get("soc")).and_then(number);
    row.range_estimated = value::number(s.get("estimatedrange")).and_then(number);
    row.range_ideal = value::number(s.get("idealrange")).and_then(number);
    row.distance_unit = value::text(s.get("units")).map(|u| unit_name(&u));
    row.charging = value::flag(s.get("charging"));
    row.locked = value::flag(s.get("carlocked"));
    // The status (S) message carries SOC and ranges; without one, the doors (D) message's age.
    row.data_age = value::number(s.get("m_msgage_s"))
        .or_else(|| value::number(s.get("m_msgage_d")))
        .map(|a| a.max(0.0) as u64);
}

/// A JSON number as people write it: `85`, not `85.0`; fractions kept (`312.5`).
pub fn number(n: f64) -> Option<serde_json::Number> {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        Some((n as i64).into())
    } else {
        serde_json::Number::from_f64(n)
    }
}

/// `K` → `km`, `M` → `mi`; anything else as the car sent it.
pub fn unit_name(units: &str) -> String {
    match units {
        "K" | "k" => "km".into(),
        "M" | "m" => "mi".into(),
        other => other.into(),
    }
}

/// A short account of a failed status call, for the note column (the full message goes to stderr).
fn status_note(status: u16) -> String {
    match status {
        403 => "refused: not on this account, or not permitted (403)".into(),
        404 => "server error (404)".into(),
        429 => "rate limited (429)".into(),
        501 => "not implemented by this server (501)".into(),
        502 => "paranoid: data end-to-end encrypted (502)".into(),
        s => format!("failed: HTTP {s}"),
    }
}

fn kind_note(e: &anyhow::Error) -> String {
    match kind_of(e) {
        Kind::Auth => "authentication failed".into(),
        Kind::Connect => "cannot connect".into(),
        Kind::Timeout => "timed out".into(),
        Kind::Malformed => "malformed answer".into(),
        Kind::Busy => "busy or rate limited".into(),
        Kind::Interrupted => "interrupted".into(),
        _ => format!("failed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_status_as_the_server_sends_it() {
        let mut row = FleetRow {
            id: "X".into(),
            car_connected: true,
            soc: None,
            range_estimated: None,
            range_ideal: None,
            distance_unit: None,
            charging: None,
            locked: None,
            data_age: None,
            note: None,
        };
        fill(
            &mut row,
            &json!({"soc": "85", "estimatedrange": "290.5", "idealrange": "", "units": "M",
                    "charging": 16, "carlocked": 0, "m_msgage_d": 7}),
        );
        assert_eq!(row.soc, Some(85.into()));
        assert_eq!(row.range_estimated, number(290.5));
        assert_eq!(serde_json::to_string(&row.soc).unwrap(), "85");
        assert_eq!(row.range_ideal, None);
        assert_eq!(row.distance_unit.as_deref(), Some("mi"));
        assert_eq!((row.charging, row.locked), (Some(true), Some(false)));
        assert_eq!(row.data_age, Some(7));
    }

    #[test]
    fn credentials_outrank_one_paranoid_car() {
        assert!(rank(Kind::Auth) < rank(Kind::Busy));
        assert!(rank(Kind::Busy) < rank(Kind::Remote));
        assert!(rank(Kind::NotFound) < rank(Kind::Remote));
    }
}
