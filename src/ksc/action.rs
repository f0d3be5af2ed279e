//! `ksc action wait GUID [--max-wait SECS]`: wait for an asynchronous action (the GUID a method such as
//! `HostGroup.RemoveGroup` answers) by polling `AsyncActionStateChecker.CheckActionState`.
//!
//! The server says when to ask again (`lNextCheckDelay`, ms); that delay is kept within 100 ms…10 s, and a 0
//! or missing delay before the end means 1 s, never a busy loop. The state code is shown on stderr (a spinner
//! on a terminal). Success (`bFinalized` and `bSuccededFinalized`) prints one row and exits 0; a failed action
//! exits 3 with the error its `pStateData` carries; `--max-wait` gives up with exit 7; Ctrl-C exits 130.

use std::time::{Duration, Instant};

use clap::Subcommand;
use serde_json::{Map, Value, json};

use super::client::Client;
use super::errors::PxgError;
use super::rows::KscActionRow;
use super::value::{plain, text};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Prints;

#[derive(Subcommand)]
pub enum ActionCommand {
    /// Wait until an asynchronous action ends; exit 3 when it failed
    Wait(WaitArgs),
}

#[derive(clap::Args)]
pub struct WaitArgs {
    /// The action's id (strActionGuid of the method that started it)
    #[arg(value_name = "GUID")]
    pub guid: String,
    /// Give up (exit 7) when the action has not ended after this many seconds (default: wait as long as it
    /// takes; --timeout bounds each request, not the wait)
    #[arg(long, value_name = "SECS", value_parser = parse_secs)]
    pub max_wait: Option<Duration>,
}

fn parse_secs(s: &str) -> Result<Duration, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(Duration::from_secs_f64(v)),
        _ => Err("expected seconds > 0".into()),
    }
}

impl ActionCommand {
    pub fn prints(&self) -> Prints {
        Prints::Records
    }
}

pub fn run(ctx: &Context, client: &Client, cmd: ActionCommand) -> anyhow::Result<()> {
    match cmd {
        ActionCommand::Wait(a) => wait(ctx, client, &a),
    }
}

const MIN_DELAY: Duration = Duration::from_millis(100);
const MAX_DELAY: Duration = Duration::from_secs(10);
/// When the server asks again at once (0) or says nothing, before the action ended.
const DEFAULT_DELAY: Duration = Duration::from_secs(1);

/// The state of an action, as `CheckActionState` answers it (typed wrappers decoded).
struct State {
    finalized: bool,
    succeeded: bool,
    code: Option<i64>,
    data: Value,
    next: Option<i64>,
}

impl State {
    fn of(out: &Map<String, Value>) -> State {
        let flag = |k: &str| out.get(k).and_then(Value::as_bool).unwrap_or(false);
        let num = |k: &str| out.get(k).map(plain).and_then(|v| v.as_i64());
        State {
            finalized: flag("bFinalized"),
            succeeded: flag("bSuccededFinalized"),
            code: num("lStateCode"),
            data: out
                .get("pStateData")
                .map(plain)
                .unwrap_or(Value::Object(Map::new())),
            next: num("lNextCheckDelay"),
        }
    }

    /// How long to wait before asking again.
    fn delay(&self) -> Duration {
        match self.next {
            Some(ms) if ms > 0 => Duration::from_millis(ms as u64).clamp(MIN_DELAY, MAX_DELAY),
            _ => DEFAULT_DELAY,
        }
    }
}

fn wait(ctx: &Context, client: &Client, args: &WaitArgs) -> anyhow::Result<()> {
    let guid = args.guid.trim();
    if guid.is_empty() {
        return Err(Failure::new(Kind::Usage, "GUID is empty").into());
    }
    let started = Instant::now();
    let bar = ctx.out.progress(None, &format!("action {guid}"));
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}")
            .expect("static template"),
    );
    let mut last_code = None;
    let state = loop {
        crate::interrupt::check()?;
        let out = client.read(
            "AsyncActionStateChecker.CheckActionState",
            json!({"wstrActionGuid": guid}),
        )?;
        let state = State::of(&out);
        if state.finalized {
            break state;
        }
        if state.code != last_code {
            last_code = state.code;
            let code = state.code.map_or("?".to_owned(), |c| c.to_string());
            bar.set_message(format!("action {guid}: state {code}"));
            if bar.is_hidden() {
                ctx.out
                    .note(&format!("action {guid}: running (state code {code})"));
            }
        }
        let mut delay = state.delay();
        if let Some(max) = args.max_wait {
            let left = max.saturating_sub(started.elapsed());
            if left.is_zero() {
                bar.finish_and_clear();
                return Err(Failure::new(
                    Kind::Timeout,
                    format!(
                        "action {guid} has not ended after {} s (state code {})",
                        max.as_secs_f64(),
                        state.code.map_or("?".to_owned(), |c| c.to_string())
                    ),
                )
                .hint(format!(
                    "it goes on on the server: wait again with `fieldctl ksc action wait {guid}`"
                ))
                .into());
            }
            delay = delay.min(left);
        }
        bar.tick();
        crate::interrupt::sleep(delay);
    };
    bar.finish_and_clear();
    if !state.succeeded {
        return Err(failed(guid, &state).into());
    }
    ctx.out.row(&KscActionRow {
        guid: guid.to_owned(),
        succeeded: true,
        state_code: state.code,
        state_data: state.data,
    })?;
    Ok(())
}

/// A failed action: the error its state data carries (a PxgError-like container, as `KLBLAG_ERROR_INFO`
/// or the state data itself), else the state data as it is.
fn failed(guid: &str, state: &State) -> Failure {
    let code = state.code.map_or("?".to_owned(), |c| c.to_string());
    let lead = format!("action {guid} failed (state code {code})");
    match error_of(&state.data) {
        Some(e) => Failure::new(Kind::Remote, format!("{lead}: {}", e.describe())),
        None if state.data.as_object().is_some_and(Map::is_empty) => {
            Failure::new(Kind::Remote, lead)
        }
        None => Failure::new(
            Kind::Remote,
            crate::output::sanitize(&format!("{lead}: {}", state.data)).into_owned(),
        ),
    }
}

fn error_of(data: &Value) -> Option<PxgError> {
    let looks = |v: &Value| v.get("code").is_some() || v.get("message").is_some();
    let info = [
        data.get("KLBLAG_ERROR_INFO"),
        data.get("PxgError"),
        Some(data),
    ]
    .into_iter()
    .flatten()
    .find(|v| v.is_object() && looks(v))?;
    // PxgError reads an answer's body; give it one (the container is already plain JSON).
    let body = serde_json::to_vec(&json!({"PxgError": info})).ok()?;
    let mut e = PxgError::of(&body)?;
    if e.message.is_empty() {
        e.message = info.get("message").map(text).unwrap_or_default();
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(v: Value) -> State {
        State::of(v.as_object().unwrap())
    }

    #[test]
    fn delays_are_clamped_and_never_zero() {
        assert_eq!(
            state(json!({"lNextCheckDelay": 200})).delay(),
            Duration::from_millis(200)
        );
        assert_eq!(state(json!({"lNextCheckDelay": 0})).delay(), DEFAULT_DELAY);
        assert_eq!(state(json!({})).delay(), DEFAULT_DELAY);
        assert_eq!(state(json!({"lNextCheckDelay": 1})).delay(), MIN_DELAY);
        assert_eq!(
            state(json!({"lNextCheckDelay": 3_600_000})).delay(),
            MAX_DELAY
        );
    }

    #[test]
    fn a_failure_shows_the_error_in_the_state_data() {
        let s = state(json!({
            "bFinalized": true, "bSuccededFinalized": false, "lStateCode": 1,
            "pStateData": {"KLBLAG_ERROR_INFO": {"type": "params", "value": {
                "code": 1171, "subcode": 0, "module": "KLSTD", "message": "The group 'Servers' is not empty",
                "locdata": {"format": "The group '%1' is not empty (%2)", "args": ["Servers", "it has devices"]}
            }}}
        }));
        let f = failed("g-1", &s);
        assert_eq!(f.kind, Kind::Remote);
        let msg = f.to_string();
        assert!(
            msg.contains(
                "action g-1 failed (state code 1): KSC error 1171 (module KLSTD, subcode 0)"
            ),
            "{msg}"
        );
        assert!(msg.contains("it has devices"), "{msg}");
        let bare = failed(
            "g-2",
            &state(json!({"bFinalized": true, "lStateCode": 5, "pStateData": {"x": 1}})),
        );
        assert!(bare.to_string().contains(r#"{"x":1}"#), "{bare}");
    }
}
