//! `fieldctl sim can`: a Kvaser REST API device, faithful to specs/kvaser-rest-api.txt and
//! docs/kvaser-constants.md: one session at a time (-131 while another is active, deviceStatus shows who and
//! for how long), inactivity timeout, `ident` echo, `mode=jsonp`, `dummy_session`, password, channel handles,
//! unknown function → -129, missing or bad parameters → -1.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::Args;
use serde_json::{Map, Value, json};

use super::ServeArgs;
use super::http::{Handler, Request, Response};
use crate::context::Context;

#[derive(Args)]
pub struct CanSimArgs {
    #[command(flatten)]
    serve: ServeArgs,
    /// Password the device requires on canInitializeLibrary (none by default)
    #[arg(long, value_name = "PASSWORD")]
    password: Option<String>,
    /// Number of CAN channels; frames written on one are received on the others
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=16))]
    channels: u32,
}

pub fn run(ctx: &Context, args: CanSimArgs) -> anyhow::Result<()> {
    let device = CanDevice::new(args.password, args.channels);
    super::serve(ctx, &args.serve, "127.0.0.1:8080", device)
}

const OK: i64 = 0;
const ERR_PARAM: i64 = -1;
const ERR_INVHANDLE: i64 = -10;
const ERR_INVALID_PASSWORD: i64 = -128;
const ERR_NO_SUCH_FUNCTION: i64 = -129;
const ERR_INVALID_SESSION: i64 = -131;
/// canInitializeLibrary's default session timeout (spec 3.2).
const DEFAULT_TIMEOUT: u64 = 900;
const MAX_TIMEOUT: u64 = 86399;

pub struct CanDevice {
    password: Option<String>,
    state: Mutex<Device>,
}

struct ActiveSession {
    id: String,
    ip: String,
    timeout: Duration,
    last_used: Instant,
    /// usage bit: 2 JSON API, 4 JSONP API
    usage: u64,
}

struct Channel {
    number: u32,
    bus_on: bool,
    /// Device time base: reset at bus on.
    epoch: Instant,
    /// µs per tick (canIOCTL_SET_TIMER_SCALE); 1000 by default.
    timer_scale_us: u64,
}

struct Device {
    channels: u32,
    session: Option<ActiveSession>,
    handles: HashMap<i64, Channel>,
    next_handle: i64,
    sessions_made: u64,
}

#[derive(Default)]
pub struct Conn;

impl CanDevice {
    pub fn new(password: Option<String>, channels: u32) -> Self {
        CanDevice {
            password,
            state: Mutex::new(Device {
                channels,
                session: None,
                handles: HashMap::new(),
                next_handle: 0,
                sessions_made: 0,
            }),
        }
    }
}

/// Parameters as the device reads them: decimal numbers, `-1` for missing or bad ones.
struct Params<'a, 'b> {
    req: &'a Request<'b>,
}

impl Params<'_, '_> {
    fn str(&self, key: &str) -> Result<&str, i64> {
        self.req.param(key).ok_or(ERR_PARAM)
    }
    fn int(&self, key: &str) -> Result<i64, i64> {
        self.str(key)?.trim().parse::<i64>().map_err(|_| ERR_PARAM)
    }
    fn uint(&self, key: &str) -> Result<u64, i64> {
        self.str(key)?.trim().parse::<u64>().map_err(|_| ERR_PARAM)
    }
    fn opt_uint(&self, key: &str) -> Result<Option<u64>, i64> {
        match self.req.param(key) {
            None => Ok(None),
            Some(v) => v.trim().parse::<u64>().map(Some).map_err(|_| ERR_PARAM),
        }
    }
}

type Reply = Result<Map<String, Value>, i64>;

fn stat_only() -> Reply {
    Ok(Map::new())
}

impl Handler for CanDevice {
    type Conn = Conn;

    fn handle(&self, req: &mut Request, _conn: &mut Conn) -> Response {
        let path = req.path.trim_start_matches('/').to_owned();
        let (session, function) = match path.split_once('/') {
            Some((s, f)) => (Some(s.to_owned()), f.to_owned()),
            None => (None, path.clone()),
        };
        let jsonp = req.param("mode") == Some("jsonp");
        let ident = req
            .param("ident")
            .and_then(|i| i.trim().parse::<i64>().ok());
        // Upload functions carry a body; read it here so the handler below only sees data.
        let body = if req.has_body() {
            req.body().unwrap_or_default()
        } else {
            Vec::new()
        };
        let _ = body;
        let reply = {
            let mut dev = self.state.lock().expect("device lock");
            dev.expire_session();
            let p = Params { req };
            match session {
                None => self.sessionless(&mut dev, &function, &p, jsonp),
                Some(id) => dev.in_session(&id, &function, &p),
            }
        };
        let mut object = match reply {
            Ok(map) => {
                let mut m = Map::new();
                m.insert("stat".into(), json!(OK));
                m.extend(map);
                m
            }
            Err(stat) => {
                let mut m = Map::new();
                m.insert("stat".into(), json!(stat));
                m
            }
        };
        if function == "deviceStatus" {
            object.remove("stat"); // deviceStatus answers usage only (spec 3.1)
        }
        if let Some(i) = ident {
            object.insert("ident".into(), json!(i));
        }
        let text = Value::Object(object).to_string();
        if jsonp {
            Response::new(
                200,
                "application/javascript",
                format!("canlib_callback({text})"),
            )
        } else {
            Response::new(200, "application/json", text)
        }
    }
}

impl CanDevice {
    fn sessionless(&self, dev: &mut Device, function: &str, p: &Params, jsonp: bool) -> Reply {
        match function {
            "deviceStatus" => {
                let mut m = Map::new();
                match &dev.session {
                    None => {
                        m.insert("usage".into(), json!(0));
                    }
                    Some(s) => {
                        let left = s.timeout.saturating_sub(s.last_used.elapsed());
                        m.insert("usage".into(), json!(s.usage));
                        m.insert("timeout".into(), json!(left.as_secs()));
                        m.insert("ip".into(), json!(s.ip));
                    }
                }
                Ok(m)
            }
            "canInitializeLibrary" => {
                if dev.session.is_some() {
                    return Err(ERR_INVALID_SESSION);
                }
                if let Some(pw) = &self.password
                    && p.req.param("password") != Some(pw.as_str())
                {
                    return Err(ERR_INVALID_PASSWORD);
                }
                let timeout = p.opt_uint("timeout")?.unwrap_or(DEFAULT_TIMEOUT);
                if timeout == 0 || timeout > MAX_TIMEOUT {
                    return Err(ERR_PARAM);
                }
                dev.sessions_made += 1;
                let id = if p.opt_uint("dummy_session")? == Some(1) {
                    "0".repeat(32)
                } else {
                    new_session_id(dev.sessions_made)
                };
                dev.session = Some(ActiveSession {
                    id: id.clone(),
                    ip: p.req.peer.ip().to_string(),
                    timeout: Duration::from_secs(timeout),
                    last_used: Instant::now(),
                    usage: if jsonp { 4 } else { 2 },
                });
                let mut m = Map::new();
                m.insert("session".into(), json!(id));
                Ok(m)
            }
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }
}

impl Device {
    fn expire_session(&mut self) {
        if self
            .session
            .as_ref()
            .is_some_and(|s| s.last_used.elapsed() > s.timeout)
        {
            self.end_session();
        }
    }

    fn end_session(&mut self) {
        self.session = None;
        self.handles.clear();
    }

    fn in_session(&mut self, id: &str, function: &str, p: &Params) -> Reply {
        match &mut self.session {
            Some(s) if s.id == id => s.last_used = Instant::now(),
            _ => return Err(ERR_INVALID_SESSION),
        }
        match function {
            "canUnloadLibrary" => {
                self.end_session();
                stat_only()
            }
            "canOpenChannel" => {
                let channel = p.uint("channel")?;
                let _flags = p.uint("flags")?;
                if channel >= u64::from(self.channels) {
                    return Err(-3); // canERR_NOTFOUND, as CANlib answers for a channel that does not exist
                }
                let hnd = self.next_handle;
                self.next_handle += 1;
                self.handles.insert(
                    hnd,
                    Channel {
                        number: channel as u32,
                        bus_on: false,
                        epoch: Instant::now(),
                        timer_scale_us: 1000,
                    },
                );
                let mut m = Map::new();
                m.insert("hnd".into(), json!(hnd));
                Ok(m)
            }
            "canClose" => {
                let hnd = p.int("hnd")?;
                self.handles.remove(&hnd).ok_or(ERR_INVHANDLE)?;
                stat_only()
            }
            "canReadTimer" => {
                let ch = self.handle(p)?;
                let ticks = ch.epoch.elapsed().as_micros() as u64 / ch.timer_scale_us.max(1);
                let mut m = Map::new();
                m.insert("time".into(), json!(ticks as u32));
                Ok(m)
            }
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }

    fn handle(&mut self, p: &Params) -> Result<&mut Channel, i64> {
        let hnd = p.int("hnd")?;
        self.handles.get_mut(&hnd).ok_or(ERR_INVHANDLE)
    }
}

/// 32 hex digits, unpredictable enough for a simulator (time, counter and process id mixed).
fn new_session_id(counter: u64) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for i in 0..2u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(counter);
        h.write_u64(i);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos(),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}
