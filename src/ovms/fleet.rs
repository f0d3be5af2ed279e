//! `ovms vehicles`, and with `--status` the fleet at a glance: one `GET /api/status/ID` per vehicle, at most
//! `--parallel` in flight, by worker threads that share the run's one client (and so its session: threads
//! that all get a 401 log in again once between them). Rows come out in the order of `/api/vehicles`, each as
//! soon as it and the ones before it are in. A vehicle whose call fails keeps its row, with what happened in
//! `note`; the others still print, and the run then ends with the worst failure's exit code (see [`rank`]).
//! A car that has sent nothing (`{}`) and a paranoid one (502: the server can never read its data) are what
//! those vehicles are, not failures: their rows say so and the exit code stays 0.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use serde_json::Value;

use super::client::{Client, parse_json, segment};
use super::rows::{FleetRow, VehicleRow};
use super::view::status_row;
use super::{account, statuses};
use crate::context::Context;
use crate::error::{Failure, Kind, kind_of};

#[derive(clap::Args)]
pub struct VehiclesArgs {
    /// One row per vehicle with SOC, range, charging, locked and the data's age
    #[arg(long)]
    pub status: bool,
    /// With --status: requests in flight at once (1 to 64)
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
    // Why no more vehicles are handed out (a failure that concerns the whole run), for the rows not fetched.
    let stopped_by: Mutex<Option<Kind>> = Mutex::new(None);
    let (tx, rx) = mpsc::channel::<(usize, Fetched)>();
    let mut failures: Vec<(String, anyhow::Error)> = Vec::new();
    let mut not_fetched = 0;
    let printed = std::thread::scope(|s| -> anyhow::Result<()> {
        for _ in 0..parallel.min(vehicles.len()) {
            let tx = tx.clone();
            let (next, stop, stopped_by) = (&next, &stop, &stopped_by);
            s.spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(v) = vehicles.get(i) else { break };
                    let fetched = fetch(client, v);
                    if let Some(kind) = fetched.failure.as_ref().map(kind_of)
                        && stops_the_run(kind)
                    {
                        // Before anything else: the other workers must not start another call.
                        stop.store(true, Ordering::SeqCst);
                        stopped_by
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .get_or_insert(kind);
                    }
                    if tx.send((i, fetched)).is_err() {
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
                    failures.push((f.row.vehicle.clone(), e));
                }
                if let Err(e) = stream.push(&f.row) {
                    stop.store(true, Ordering::SeqCst);
                    return Err(e.into());
                }
            }
        }
        // The vehicles handed out are a prefix of the list, all in: the rest was never asked for.
        let reason = *stopped_by.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(kind) = reason {
            for v in &vehicles[due.min(vehicles.len())..] {
                let mut row = empty_row(v);
                row.note = Some(format!("not fetched: {}", stop_words(kind)));
                stream.push(&row)?;
                not_fetched += 1;
            }
        }
        stream.finish()?;
        Ok(())
    });
    printed?;
    report(ctx, vehicles.len(), failures, not_fetched)
}

/// A failure that concerns every vehicle, not the one it came with: the rest are not asked for. The public
/// server holds each 429 for 20 s, so a fleet that kept asking would take minutes to learn nothing.
fn stops_the_run(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Busy | Kind::Auth | Kind::Connect | Kind::Timeout
    )
}

fn stop_words(kind: Kind) -> &'static str {
    match kind {
        Kind::Busy => "rate limited",
        Kind::Auth => "authentication failed",
        Kind::Connect => "cannot connect",
        _ => "timed out",
    }
}

/// Warn about each failed vehicle (the first few in full) when there are several, then fail with the worst of
/// them (its message and hint as the cause).
fn report(
    ctx: &Context,
    total: usize,
    mut failures: Vec<(String, anyhow::Error)>,
    not_fetched: usize,
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
    let mut what = if count == 1 {
        format!("{id} could not be read ({count} of {total} vehicles)")
    } else {
        format!("{count} of {total} vehicles could not be read; the worst: {id}")
    };
    if not_fetched > 0 {
        what.push_str(&format!(
            "; {not_fetched} not fetched after that (see the note column)"
        ));
    }
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

fn empty_row(v: &VehicleRow) -> FleetRow {
    FleetRow {
        vehicle: v.vehicle.clone(),
        car_connected: v.car_connected,
        soc: None,
        range_estimated: None,
        range_ideal: None,
        distance_unit: None,
        charging: None,
        locked: None,
        data_age: None,
        note: None,
    }
}

fn fetch(client: &Client, v: &VehicleRow) -> Fetched {
    let path = format!("/api/status/{}", segment(&v.vehicle));
    let mut row = empty_row(v);
    let answer = client
        .call_any(None, client.request("GET", &path))
        .and_then(|resp| {
            if (200..300).contains(&resp.status) {
                parse_json(&resp, "GET", &path)
            } else if statuses::paranoid(resp.status, &resp.body) {
                // Paranoid (a v3 502, or a v2 404 with the same text): the server can never read this car's
                // data. That is what the vehicle is, not a failure of this run (cron would fail forever): a
                // note, like a car with no data.
                row.note = Some(status_note(resp.status, &resp.body));
                Ok(Value::Null)
            } else {
                row.note = Some(status_note(resp.status, &resp.body));
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

/// The row's values from a `/api/status` answer, read by `ovms status`'s own parse (one reading of the
/// fields: the two commands cannot disagree on a value or a name).
fn fill(row: &mut FleetRow, s: &Value) {
    let status = status_row(&row.vehicle, s);
    row.soc = status.soc;
    row.range_estimated = status.range_estimated;
    row.range_ideal = status.range_ideal;
    row.distance_unit = status.distance_unit;
    row.charging = status.charging;
    row.locked = status.locked;
    // The status (S) message carries SOC and ranges; without one, the doors (D) message's age.
    row.data_age = status.status_age.or(status.doors_age);
}

/// A short account of a status call's answer, for the note column (the full message goes to stderr).
fn status_note(status: u16, body: &[u8]) -> String {
    if statuses::paranoid(status, body) {
        return "paranoid: data end-to-end encrypted".into();
    }
    match status {
        403 => "refused: not on this account, or not permitted (403)".into(),
        404 => "server error (404)".into(),
        429 => "rate limited (429)".into(),
        501 => "not implemented by this server (501)".into(),
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
        let mut row = empty_row(&VehicleRow {
            vehicle: "X".into(),
            car_connected: true,
            apps: 0,
            batch_clients: 0,
        });
        fill(
            &mut row,
            &json!({"soc": "85", "estimatedrange": "290.5", "idealrange": "", "units": "M",
                    "charging": 16, "carlocked": 0, "m_msgage_d": 7}),
        );
        assert_eq!(serde_json::to_string(&row.soc).unwrap(), "85");
        assert_eq!(row.range_estimated.map(|n| n.get()), Some(290.5));
        assert_eq!(row.range_ideal, None);
        assert_eq!(row.distance_unit, Some("mi"));
        assert_eq!((row.charging, row.locked), (Some(true), Some(false)));
        assert_eq!(row.data_age, Some(7));
    }

    #[test]
    fn run_wide_failures_rank_before_one_vehicles() {
        assert!(rank(Kind::Auth) < rank(Kind::Busy));
        assert!(rank(Kind::Busy) < rank(Kind::Remote));
        assert!(rank(Kind::NotFound) < rank(Kind::Remote));
        assert!(stops_the_run(Kind::Busy) && !stops_the_run(Kind::Remote));
    }
}
