//! `--fresh [SECS]`: ask the car for new data before printing.
//!
//! 1. GET the endpoint: what the server has now (and a 403 or 502 before anything is connected).
//! 2. `GET /api/vehicle/ID` connects this (cookie) session to the car as an app; a car that is online answers
//!    a new first peer with a full status update within seconds. A car that is not connected to the server
//!    (`v_net_connected` 0) cannot: nothing is waited for.
//! 3. Poll the endpoint (after 0.5 s, then every second) until every message it had is newer — its
//!    `m_msgtime_*` differs from step 1, as the server wrote it, so no clock is compared — or any message
//!    appears for a car that had none; at most SECS.
//! 4. `DELETE /api/vehicle/ID`, also after an error or Ctrl-C (a named interrupt hold covers the wait).

use std::time::{Duration, Instant};

use super::{Age, Reading, View, read};
use crate::context::Context;
use crate::interrupt;
use crate::ovms::client::{Client, segment};
use crate::ovms::value;

const FIRST_POLL: Duration = Duration::from_millis(500);
const POLL: Duration = Duration::from_secs(1);

pub fn read_fresh(
    ctx: &Context,
    client: &Client,
    view: View,
    id: &str,
    secs: f64,
) -> anyhow::Result<Reading> {
    let before = read(ctx, client, view, id)?;
    let hold = interrupt::Hold::named(format!(
        "the connection to vehicle {id} on {} (it ends with the session)",
        client.server()
    ));
    let result = connect_and_wait(ctx, client, view, id, secs, before);
    let disconnected = client
        .call(
            Some(ctx),
            client.request("DELETE", &format!("/api/vehicle/{}", segment(id))),
        )
        .map(|_| ());
    drop(hold);
    interrupt::after_cleanup(result, disconnected)
}

fn connect_and_wait(
    ctx: &Context,
    client: &Client,
    view: View,
    id: &str,
    secs: f64,
    before: Reading,
) -> anyhow::Result<Reading> {
    let started = Instant::now();
    let car = client.get_json(Some(ctx), &format!("/api/vehicle/{}", segment(id)))?;
    if client.query_auth() {
        ctx.out.warn(
            "--fresh: the API token may not hold a session (its permit lacks `session`): the car may not see this connection",
        );
    }
    let old = before.ages(view);
    if !value::flag(car.get("v_net_connected")).unwrap_or(false) {
        ctx.out.warn(&format!(
            "{id} is not connected to the server, so it cannot send newer data: the {} data is as old as it is ({})",
            view.name(),
            describe(&old)
        ));
        return Ok(before);
    }
    let deadline = started + Duration::from_secs_f64(secs);
    let mut wait = FIRST_POLL;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        interrupt::sleep(wait.min(left));
        interrupt::check()?;
        let now = read(ctx, client, view, id)?;
        let ages = now.ages(view);
        let waiting = still_old(&old, &ages);
        if waiting.is_empty() {
            return Ok(now);
        }
        if Instant::now() >= deadline {
            ctx.out.warn(&format!(
                "nothing newer from {id} within {} s (waited for: {}): printing what the server has ({})",
                secs,
                waiting.join("; "),
                describe(&ages)
            ));
            return Ok(now);
        }
        wait = POLL;
    }
}

/// What is not newer yet: each message the endpoint had whose time is unchanged (or that went missing); for
/// a car that had none, any message at all.
fn still_old(old: &[Age], now: &[Age]) -> Vec<&'static str> {
    if old.is_empty() {
        return if now.is_empty() { vec!["data"] } else { vec![] };
    }
    old.iter()
        .filter(|o| {
            now.iter()
                .find(|n| n.code == o.code)
                .is_none_or(|n| n.stamp == o.stamp && n.secs >= o.secs)
        })
        .map(|o| o.what)
        .collect()
}

/// `status 3 min ago, doors and temperatures 3 min ago`; `no data` for none.
pub fn describe(ages: &[Age]) -> String {
    if ages.is_empty() {
        return "no data".into();
    }
    ages.iter()
        .map(|a| match a.secs {
            Some(s) => format!("{} {}", a.what, value::age_words(s)),
            None => format!("{} of unknown age", a.what),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(code: &'static str, stamp: &str, secs: u64) -> Age {
        Age {
            code,
            what: if code == "s" { "status" } else { "doors" },
            stamp: Some(stamp.into()),
            time: None,
            secs: Some(secs),
        }
    }

    #[test]
    fn newer_means_every_message_changed() {
        let old = [age("s", "t1", 40), age("d", "t1", 40)];
        assert_eq!(
            still_old(&old, &[age("s", "t1", 41), age("d", "t1", 41)]),
            ["status", "doors"]
        );
        assert_eq!(
            still_old(&old, &[age("s", "t2", 0), age("d", "t1", 41)]),
            ["doors"]
        );
        assert!(still_old(&old, &[age("s", "t2", 0), age("d", "t2", 0)]).is_empty());
        assert_eq!(still_old(&[], &[]), ["data"]);
        assert!(still_old(&[], &[age("s", "t2", 0)]).is_empty());
        assert_eq!(describe(&old), "status 40 s ago, doors 40 s ago");
    }
}
