//! `fieldctl sim ovms`: an OVMS v3 server's HTTP API, faithful to specs/ovms-server-rest-api.txt and
//! docs/ovms-server-notes.md: HTTP/1.0 with `Connection: close`, auth by query or `ovmsapisession` cookie,
//! sessions that expire a fixed time after login, tokens and their permits, the 501 stubs, the rate limiter,
//! `--v2` (an old server: cookie only, no tokens, every error a 404).
//!
//! # Scenario
//! TOML (or JSON for a `.json` file), every key checked: an unknown one exits 10 naming where it is. Top-level
//! keys, each optional:
//! - `session_ttl`: seconds a cookie session lives after its login (never refreshed); `--session-ttl` wins,
//!   the default is 120.
//! - `[[users]]`: `name` and `password`, both required. A password login has every right (`*`).
//! - `[[tokens]]`: API tokens a user already has: `owner` (a user's name) and `token` are required;
//!   `application` and `purpose` default to `notspecified`, `permit` (comma-separated rights, or `*`) to `auth`
//!   (its calls authenticate, but it cannot log in: that needs `session`; tokens need `token.admin` or
//!   `admin`). `created` is the time the simulator started.
//! - `[[vehicles]]`: see the vehicle keys and messages below; `owner` must be a user.
//!
//! ```toml
//! session_ttl = 300
//! [[users]]
//! name = "demo"
//! password = "secret"
//! [[tokens]]
//! owner = "demo"
//! token = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"
//! permit = "auth,session"
//! application = "cron"
//! purpose = "nightly report"
//! [[vehicles]]
//! id = "CAR1"
//! owner = "demo"
//! [vehicles.S]
//! soc = "80"
//! ```
//!
//! # Scenario messages
//! A vehicle's `[vehicles.S]`, `[vehicles.D]`, `[vehicles.L]`, `[vehicles.W]` and `[vehicles.F]` tables name
//! their fields by API name; values are strings (as the car sends them; numbers are accepted and written as
//! text), `age` is the seconds before start the server received the message, and `raw = "…"` gives the exact
//! CSV instead. Fields not given are empty; the server drops empty fields at the END of a message, so the API
//! answers `""` for an empty field followed by a filled one, null after the last filled one.
//! - **S** (status/charge, in this order): soc, units, linevoltage, chargecurrent, chargestate, mode,
//!   idealrange, estimatedrange, chargelimit, chargeduration, chargeb4, chargekwh, chargesubstate,
//!   chargestate_n, mode_n (numeric codes, not in the API), chargetimermode, chargestarttime, chargetimerstale,
//!   cac100, charge_etr_full, charge_etr_limit, charge_limit_range, charge_limit_soc, cooldown_active,
//!   cooldown_tbattery, cooldown_timelimit, charge_estimate, charge_etr_range, charge_etr_soc, idealrange_max,
//!   chargetype, chargepower, battvoltage, soh, chargepowerinput, chargerefficiency, batt_current,
//!   batt_range_speed, charge_kwh_grid, charge_kwh_grid_total, batt_capacity.
//! - **D** (doors/environment): doors1, doors2, lockunlock, temperature_pem, temperature_motor,
//!   temperature_battery, tripmeter, odometer, speed, parkingtimer, temperature_ambient, doors3, staletemps,
//!   staleambient, vehicle12v, doors4, vehicle12v_ref, doors5, temperature_charger, vehicle12v_current,
//!   temperature_cabin; and flags as booleans that set bits of the doors bytes (the API answers the bit's
//!   value): fl_dooropen 1, fr_dooropen 2, cp_dooropen 4, pilotpresent 8, charging 16, handbrake 64, caron 128
//!   (doors1); carlocked 8, valetmode 16, bt_open 64, tr_open 128 (doors2); carawake 2 (doors3);
//!   alarmsounding 4 (doors4); charging_12v 16 (doors5).
//! - **L** (location): latitude, longitude, direction, altitude, gpslock, stalegps, speed, tripmeter,
//!   drivemode, power, energyused, energyrecd, invpower, invefficiency.
//! - **W** (TPMS): fr_pressure, fr_temperature, rr_pressure, rr_temperature, fl_pressure, fl_temperature,
//!   rl_pressure, rl_temperature, staletpms.
//! - **F** (firmware, only in /api/protocol): version, vin, gsm_signal, canwrite, vehicle_type, gsm_lock,
//!   service_range, service_time, hardware, modem_mode.
//!
//! Vehicle keys: id, owner, connected (true), paranoid (false), ptoken (""), fresh_after (1.5 s), apps (other
//! app peers already connected, 0), batch_clients (0), the message tables, `[[vehicles.history]]` (type, time
//! `YYYY-MM-DD HH:MM:SS` UTC, number 0, data ""). A bad scenario exits 10 (configuration error) naming the
//! table and key.

mod api;
mod auth;
mod clock;
mod data;
mod limits;
mod messages;
mod scenario;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::Args;
use serde_json::Value;

use super::ServeArgs;
use super::http::{Handler, Request, Response};
use crate::context::Context;
use crate::error::{Failure, Kind};

#[derive(Args)]
pub struct OvmsSimArgs {
    #[command(flatten)]
    serve: ServeArgs,
    /// Users, tokens, vehicles and their messages (TOML, or JSON for a .json file); default: a demo fleet
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    /// Seconds after login a cookie session expires (default: the scenario's, else 120)
    #[arg(long, value_name = "SECS")]
    session_ttl: Option<f64>,
    /// Rate limit per client IP: a burst, then PER_MIN requests a minute (the public server: 120,60)
    #[arg(long, value_name = "BURST,PER_MIN")]
    rate_limit: Option<String>,
    /// Seconds a request over the rate limit is held before its 429
    #[arg(long, value_name = "SECS", default_value_t = 20.0)]
    rate_hold: f64,
    /// Delay every response by MS milliseconds
    #[arg(long, value_name = "MS", default_value_t = 0)]
    latency: u64,
    /// Behave as an old v2 server: cookie login only, no tokens, every error answered 404
    #[arg(long)]
    v2: bool,
    /// Serve N generated vehicles (FLEET001…) for user `demo` (password `demo`), for benchmarks
    #[arg(long, value_name = "N", conflicts_with = "scenario")]
    fleet: Option<u32>,
}

pub fn run(ctx: &Context, args: OvmsSimArgs) -> anyhow::Result<()> {
    let serve = args.serve.clone();
    super::serve(ctx, &serve, "127.0.0.1:6868", server(args)?)
}

/// What a client of the embedded simulator uses: the demo scenario's first account (name, password) and
/// that account's first vehicle.
pub(super) fn demo_account() -> (String, String, String) {
    let demo = scenario::demo(clock::now());
    let user = demo
        .users
        .into_iter()
        .next()
        .expect("the demo scenario has a user");
    let vehicle = demo
        .vehicles
        .into_iter()
        .find(|v| v.owner == user.name)
        .expect("the demo account has a vehicle");
    (user.name, user.password, vehicle.id)
}

/// The server `args` describe; served by `run` or embedded (`--server sim`).
pub(super) fn server(args: OvmsSimArgs) -> anyhow::Result<Ovms> {
    let now = clock::now();
    let sc = match (&args.scenario, args.fleet) {
        (Some(path), _) => scenario::load(path, now)
            .map_err(|e| Failure::new(Kind::Config, format!("scenario {}: {e}", path.display())))?,
        (None, Some(n)) => scenario::fleet(n, now),
        (None, None) => scenario::demo(now),
    };
    let limiter = match &args.rate_limit {
        Some(spec) => Some(Mutex::new(
            limits::Limiter::parse(spec).map_err(|e| Failure::new(Kind::Usage, e))?,
        )),
        None => None,
    };
    if !(args.rate_hold.is_finite() && args.rate_hold >= 0.0) {
        return Err(Failure::new(Kind::Usage, "--rate-hold: expected seconds ≥ 0").into());
    }
    let ttl = args.session_ttl.or(sc.session_ttl).unwrap_or(120.0);
    if !(ttl.is_finite() && ttl > 0.0) {
        return Err(Failure::new(Kind::Usage, "--session-ttl: expected seconds > 0").into());
    }
    let users: BTreeMap<String, String> =
        sc.users.into_iter().map(|u| (u.name, u.password)).collect();
    let mut cars: Vec<Car> = sc
        .vehicles
        .into_iter()
        .map(|v| Car {
            v,
            peers: BTreeSet::new(),
        })
        .collect();
    cars.sort_by(|a, b| a.v.id.cmp(&b.v.id));
    let sim = Ovms {
        state: Arc::new(Mutex::new(State {
            auth: auth::Auth::new(users, sc.tokens, Duration::from_secs_f64(ttl)),
            cars,
        })),
        limiter,
        hold: Duration::from_secs_f64(args.rate_hold),
        latency: Duration::from_millis(args.latency),
        v2: args.v2,
    };
    Ok(sim)
}

/// A vehicle and the app connections (`http:<session>`) registered by `GET /api/vehicle`.
pub struct Car {
    v: scenario::Vehicle,
    peers: BTreeSet<String>,
}

impl Car {
    fn message(&self, code: char) -> Option<&scenario::Message> {
        self.v.messages.iter().find(|m| m.code == code)
    }

    fn apps(&self) -> usize {
        self.v.apps as usize + self.peers.len()
    }
}

pub struct State {
    auth: auth::Auth,
    cars: Vec<Car>,
}

impl State {
    /// Sessions past their time are logged out, and their vehicle connections dropped.
    fn expire_sessions(&mut self) {
        for id in self.auth.expire() {
            self.disconnect_session(&id);
        }
    }

    fn disconnect_session(&mut self, id: &str) {
        let peer = format!("http:{id}");
        for car in &mut self.cars {
            car.peers.remove(&peer);
        }
    }

    fn car_mut(&mut self, owner: &str, id: &str) -> Option<&mut Car> {
        self.cars
            .iter_mut()
            .find(|c| c.v.owner == owner && c.v.id == id)
    }
}

/// An answer before it becomes HTTP: the server's bodies and content types.
pub struct Reply {
    status: u16,
    content_type: Option<&'static str>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: Some("text/plain"),
            headers: Vec::new(),
            body: body.as_bytes().to_vec(),
        }
    }

    /// Keys sorted (serde_json's map is ordered), compact, a trailing newline: as JSON::XS canonical.
    fn json(status: u16, v: Value) -> Reply {
        Reply {
            status,
            content_type: Some("application/json"),
            headers: Vec::new(),
            body: format!("{v}\n").into_bytes(),
        }
    }
}

pub struct Ovms {
    state: Arc<Mutex<State>>,
    limiter: Option<Mutex<limits::Limiter>>,
    hold: Duration,
    latency: Duration,
    v2: bool,
}

impl Handler for Ovms {
    type Conn = ();
    const HTTP_1_0: bool = true;

    fn handle(&self, req: &mut Request, _conn: &mut ()) -> Response {
        let reply = self.answer(req);
        if !self.latency.is_zero() {
            std::thread::sleep(self.latency);
        }
        let mut resp = Response::new(reply.status, "", reply.body);
        resp.headers.clear();
        if let Some(ct) = reply.content_type {
            resp.headers.push(("Content-Type".into(), ct.into()));
            resp.headers
                .push(("Access-Control-Allow-Origin".into(), "*".into()));
        }
        resp.headers.extend(reply.headers);
        resp
    }
}

impl Ovms {
    fn answer(&self, req: &mut Request) -> Reply {
        if let Some(limiter) = &self.limiter {
            let admitted = limiter.lock().unwrap().admit(req.peer.ip());
            if !admitted {
                // held, then refused with no body and no content type, as the server's limiter does
                std::thread::sleep(self.hold);
                return Reply {
                    status: 429,
                    content_type: None,
                    headers: Vec::new(),
                    body: Vec::new(),
                };
            }
        }
        let mut reply = api::route(self, req);
        if self.v2 && reply.status >= 400 {
            reply.status = 404;
        }
        reply
    }

    /// The car answers a new first peer: `fresh_after` seconds later it sends S, D and L again.
    fn schedule_fresh(&self, owner: String, id: String, after: f64) {
        let state = Arc::clone(&self.state);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs_f64(after));
            let mut st = state.lock().unwrap();
            if let Some(car) = st.car_mut(&owner, &id) {
                let now = clock::now();
                for m in &mut car.v.messages {
                    if matches!(m.code, 'S' | 'D' | 'L') {
                        m.time = now;
                    }
                }
            }
        });
    }
}
