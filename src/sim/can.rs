//! `fieldctl sim can`: a Kvaser REST API device, faithful to specs/kvaser-rest-api.txt and
//! docs/kvaser-constants.md. All 39 functions with their real parameter names; one session at a time (-131 while
//! another is active; deviceStatus shows who and for how long); inactivity timeout; `ident` echo; `mode=jsonp`;
//! `dummy_session`; password; channel handles with init access; bus on/off; pass, stop and counting-pass filters;
//! frames written on one channel received on the others; bus traffic from `--traffic` or `--replay`; script slots
//! with printf text for subscribers; envvars; a flash file system; LEDs. Unknown function → -129; missing or bad
//! parameters → -1.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use serde_json::{Map, Value, json};

use super::ServeArgs;
use super::http::{Handler, Request, Response};
use crate::can::frame;
use crate::context::Context;
use crate::error::{Failure, Kind};

#[derive(Args)]
pub struct CanSimArgs {
    #[command(flatten)]
    serve: ServeArgs,
    /// Password the device requires on canInitializeLibrary (none by default)
    #[arg(long, value_name = "PASSWORD")]
    password: Option<String>,
    /// Number of CAN channels, all on one bus: frames written on one are received on the others
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=16))]
    channels: u32,
    /// Bus traffic from another node: frames per second, or `max` (as many as each canRead asks for)
    #[arg(long, value_name = "FPS|max")]
    traffic: Option<String>,
    /// With --traffic: make every Nth frame an error frame
    #[arg(long, value_name = "N", requires = "traffic")]
    error_every: Option<u64>,
    /// Bus traffic replayed (looping, with its timing) from a candump log
    #[arg(long, value_name = "FILE", conflicts_with = "traffic")]
    replay: Option<PathBuf>,
    /// Envvars scripts declare: NAME:int=N, NAME:float=X, NAME:data=TEXT or NAME:data[SIZE]=TEXT (repeatable)
    #[arg(long = "envvar", value_name = "SPEC")]
    envvars: Vec<String>,
    /// Number of t-script slots
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=16))]
    slots: u32,
    /// A file on the device's flash at start: F:/NAME=LOCAL_PATH (repeatable)
    #[arg(long = "device-file", value_name = "F:/NAME=PATH")]
    device_files: Vec<String>,
    /// Size of the flash file system in bytes
    #[arg(long, default_value_t = 8 << 20)]
    flash_size: u64,
    /// Name of kvScriptStatus's result: the spec's text says `scriptStatus`, its example `status`
    #[arg(long, value_parser = ["scriptStatus", "status"], default_value = "scriptStatus")]
    script_status_field: String,
    /// Receive buffer of each handle, in frames; when it is full, frames are lost and the next one received
    /// carries canMSGERR_SW_OVERRUN
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    rx_queue: u64,
}

pub fn run(ctx: &Context, args: CanSimArgs) -> anyhow::Result<()> {
    let mut dev = Device::new(args.channels, args.slots, args.flash_size);
    dev.rx_queue = args.rx_queue as usize;
    dev.script_status_field = if args.script_status_field == "status" {
        "status"
    } else {
        "scriptStatus"
    };
    for spec in &args.envvars {
        let (name, var) = parse_envvar(spec)
            .map_err(|e| Failure::new(Kind::Usage, format!("--envvar {spec}: {e}")))?;
        dev.envvars.insert(name, var);
    }
    for spec in &args.device_files {
        let Some((name, path)) = spec.split_once('=') else {
            return Err(Failure::new(
                Kind::Usage,
                format!("--device-file {spec}: expected F:/NAME=PATH"),
            )
            .into());
        };
        let bytes = std::fs::read(path)
            .map_err(|e| Failure::new(Kind::Config, format!("--device-file {path}: {e}")))?;
        dev.files.insert(name.to_owned(), bytes);
    }
    let traffic = match args.traffic.as_deref() {
        None => None,
        Some("max") => Some(Traffic::Max),
        Some(n) => match n.parse::<u64>() {
            Ok(fps) if fps > 0 => Some(Traffic::Rate(fps)),
            _ => {
                return Err(Failure::new(
                    Kind::Usage,
                    format!("--traffic {n}: expected frames per second or `max`"),
                )
                .into());
            }
        },
    };
    let replay = match &args.replay {
        Some(path) => Some(load_replay(path)?),
        None => None,
    };
    dev.generator = Generator {
        traffic,
        error_every: args.error_every.unwrap_or(0),
        n: 0,
        x: 0x2545_F491_4F6C_DD1D,
    };
    let state = Arc::new(Mutex::new(dev));
    spawn_clock(Arc::clone(&state), replay);
    let device = CanDevice {
        password: args.password,
        state,
    };
    super::serve(ctx, &args.serve, "127.0.0.1:8080", device)
}

// CANlib status codes the device answers with.
const OK: i64 = 0;
const ERR_PARAM: i64 = -1;
const ERR_NOMSG: i64 = -2;
const ERR_NOCHANNELS: i64 = -5;
const ERR_INVHANDLE: i64 = -10;
const ERR_TXBUFOFL: i64 = -13;
const ERR_NO_ACCESS: i64 = -31;
const ERR_NOT_IMPLEMENTED: i64 = -32;
const ERR_DEVICE_FILE: i64 = -33;
const ERR_DISK: i64 = -35;
const ERR_SCRIPT_FAIL: i64 = -39;
const ERR_SCRIPT_TXE_CONTAINER_FORMAT: i64 = -42;
const ERR_INVALID_PASSWORD: i64 = -128;
const ERR_NO_SUCH_FUNCTION: i64 = -129;
const ERR_INVALID_SESSION: i64 = -131;

/// canInitializeLibrary's default session timeout (spec 3.2) and the maximum (docs/kvaser-constants.md).
const DEFAULT_TIMEOUT: u64 = 900;
const MAX_TIMEOUT: u64 = 86399;
const TX_QUEUE: usize = 1024;
const OPEN_NO_INIT_ACCESS: u64 = 0x100;
const OPEN_REQUIRE_INIT_ACCESS: u64 = 0x80;
const OPEN_EXCLUSIVE: u64 = 0x8;
const DRIVER_SILENT: u64 = 1;

pub struct CanDevice {
    password: Option<String>,
    state: Arc<Mutex<Device>>,
}

struct ActiveSession {
    id: String,
    ip: String,
    timeout: Duration,
    last_used: Instant,
    /// deviceStatus usage bit: 2 JSON API, 4 JSONP API
    usage: u64,
}

#[derive(Clone)]
struct RxFrame {
    id: u32,
    flag: u64,
    dlc: u8,
    data: Vec<u8>,
    at: Instant,
}

#[derive(Clone, Copy)]
enum FilterKind {
    Pass,
    Stop,
    Counting { threshold: u64, max: u64 },
}

struct Filter {
    kind: FilterKind,
    min: u32,
    max: u32,
    extended: bool,
    counter: u64,
}

struct Handle {
    channel: u32,
    init_access: bool,
    bus_on: bool,
    driver: u64,
    epoch: Instant,
    timer_scale_us: u64,
    filters: Vec<Filter>,
    rx: VecDeque<RxFrame>,
    overrun_pending: bool,
    tx_pending: Vec<RxFrame>,
    local_txecho: bool,
    txack: bool,
    text_slots: BTreeSet<u32>,
    text: String,
}

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum SlotState {
    #[default]
    Empty,
    Loaded,
    Running,
}

#[derive(Default)]
struct Slot {
    state: SlotState,
    ticks: u64,
}

#[derive(Clone, Debug, PartialEq)]
enum Envvar {
    Int(i32),
    Float(f32),
    Data(Vec<u8>),
}

enum Traffic {
    Rate(u64),
    Max,
}

#[derive(Default)]
struct Generator {
    traffic: Option<Traffic>,
    error_every: u64,
    n: u64,
    x: u64,
}

struct Device {
    channels: u32,
    session: Option<ActiveSession>,
    handles: HashMap<i64, Handle>,
    next_handle: i64,
    sessions_made: u64,
    slots: Vec<Slot>,
    envvars: BTreeMap<String, Envvar>,
    env_handles: HashMap<i64, String>,
    next_ehnd: i64,
    files: BTreeMap<String, Vec<u8>>,
    flash_size: u64,
    leds: [bool; 12],
    generator: Generator,
    rx_queue: usize,
    script_status_field: &'static str,
}

impl Device {
    fn new(channels: u32, slots: u32, flash_size: u64) -> Device {
        Device {
            channels,
            session: None,
            handles: HashMap::new(),
            next_handle: 0,
            sessions_made: 0,
            slots: (0..slots).map(|_| Slot::default()).collect(),
            envvars: BTreeMap::new(),
            env_handles: HashMap::new(),
            next_ehnd: 0,
            files: BTreeMap::new(),
            flash_size,
            leds: [false; 12],
            generator: Generator::default(),
            rx_queue: 20_000,
            script_status_field: "scriptStatus",
        }
    }
}

/// `NAME:int=N`, `NAME:float=X`, `NAME:data=TEXT`, `NAME:data[SIZE]=TEXT`.
fn parse_envvar(spec: &str) -> Result<(String, Envvar), String> {
    let (decl, value) = spec.split_once('=').ok_or("expected NAME:TYPE=VALUE")?;
    let (name, ty) = decl.split_once(':').ok_or("expected NAME:TYPE=VALUE")?;
    if name.is_empty() {
        return Err("empty name".into());
    }
    let var = match ty {
        "int" => Envvar::Int(
            value
                .parse()
                .map_err(|_| format!("'{value}' is not a 32-bit integer"))?,
        ),
        "float" => Envvar::Float(
            value
                .parse()
                .map_err(|_| format!("'{value}' is not a number"))?,
        ),
        "data" => Envvar::Data(value.as_bytes().to_vec()),
        t if t.starts_with("data[") && t.ends_with(']') => {
            let size: usize = t[5..t.len() - 1]
                .parse()
                .map_err(|_| format!("bad size in '{t}'"))?;
            if value.len() > size || size > 4096 {
                return Err(format!(
                    "value longer than {size} bytes, or size above 4096"
                ));
            }
            let mut bytes = value.as_bytes().to_vec();
            bytes.resize(size, 0);
            Envvar::Data(bytes)
        }
        t => return Err(format!("unknown type '{t}' (int, float, data, data[SIZE])")),
    };
    Ok((name.to_owned(), var))
}

/// Parameters as the device reads them: decimal numbers; a missing or bad one is -1 (canERR_PARAM).
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

/// A function's answer: extra fields beside `stat: 0`, a non-zero stat, or a raw HTTP response (file download).
enum Answer {
    Fields(Map<String, Value>),
    Raw(Response),
}

type Reply = Result<Answer, i64>;

fn ok() -> Reply {
    Ok(Answer::Fields(Map::new()))
}

fn fields(pairs: &[(&str, Value)]) -> Reply {
    Ok(Answer::Fields(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    ))
}

/// What a request carried besides its query.
struct Upload {
    body: Vec<u8>,
    octet_stream: bool,
}

#[derive(Default)]
pub struct Conn;

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
        // The device needs the length up front: a chunked upload is refused.
        if req.header("transfer-encoding").is_some() {
            let mut resp = Response::text(411, "Length Required\n");
            resp.close = true;
            return resp;
        }
        let upload = Upload {
            octet_stream: req
                .header("content-type")
                .is_some_and(|t| t.eq_ignore_ascii_case("application/octet-stream")),
            body: if req.has_body() {
                req.body().unwrap_or_default()
            } else {
                Vec::new()
            },
        };
        let reply = {
            let mut dev = self.state.lock().expect("device lock");
            dev.expire_session();
            let p = Params { req };
            match session {
                None => self.sessionless(&mut dev, &function, &p, jsonp),
                Some(id) => dev.in_session(&id, &function, &p, &upload),
            }
        };
        let mut object = Map::new();
        match reply {
            Ok(Answer::Raw(resp)) => return resp,
            Ok(Answer::Fields(map)) => {
                // deviceStatus answers `usage` only (spec 3.1); every other function leads with `stat`.
                if function != "deviceStatus" {
                    object.insert("stat".into(), json!(OK));
                }
                object.extend(map);
            }
            Err(stat) => {
                object.insert("stat".into(), json!(stat));
            }
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
            "deviceStatus" => match &dev.session {
                None => fields(&[("usage", json!(0))]),
                Some(s) => {
                    let left = s.timeout.saturating_sub(s.last_used.elapsed());
                    fields(&[
                        ("usage", json!(s.usage)),
                        ("timeout", json!(left.as_secs())),
                        ("ip", json!(s.ip)),
                    ])
                }
            },
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
                fields(&[("session", json!(id))])
            }
            "canUnloadLibrary" => Err(ERR_INVALID_SESSION), // needs /<session>/
            _ if FUNCTIONS.contains(&function) => Err(ERR_INVALID_SESSION),
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }
}

/// The session functions of the spec (sections 3.3 and 4).
const FUNCTIONS: [&str; 37] = [
    "canUnloadLibrary",
    "canOpenChannel",
    "canClose",
    "canSetBusParams",
    "canBusOn",
    "canBusOff",
    "canSetBusOutputControl",
    "canRead",
    "canWrite",
    "canIoCtl",
    "canReadTimer",
    "canAddFilter",
    "canClearFilters",
    "kvScriptStatus",
    "kvScriptLoadFile",
    "kvScriptStart",
    "kvScriptStop",
    "kvScriptLoadFileOnDevice",
    "kvScriptUnload",
    "kvScriptSendEvent",
    "kvScriptEnvvarOpen",
    "kvScriptEnvvarClose",
    "kvScriptEnvvarSetInt",
    "kvScriptEnvvarGetInt",
    "kvScriptEnvvarSetFloat",
    "kvScriptEnvvarGetFloat",
    "kvScriptEnvvarSetData",
    "kvScriptEnvvarGetData",
    "kvFlashLeds",
    "kvFileGetCount",
    "kvFileDiskFormat",
    "kvFileGetName",
    "kvFileDelete",
    "kvFileCopyFromDevice",
    "kvFileCopyToDevice",
    "kvScriptRequestText",
    "kvScriptGetText",
];

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
        self.env_handles.clear();
        // Handles are numbered per session, from 0.
        self.next_handle = 0;
        self.next_ehnd = 0;
    }

    fn in_session(&mut self, id: &str, function: &str, p: &Params, upload: &Upload) -> Reply {
        match &mut self.session {
            Some(s) if s.id == id => s.last_used = Instant::now(),
            _ if FUNCTIONS.contains(&function) => return Err(ERR_INVALID_SESSION),
            _ => return Err(ERR_NO_SUCH_FUNCTION),
        }
        match function {
            "canUnloadLibrary" => {
                self.end_session();
                ok()
            }
            "canOpenChannel" => self.open_channel(p),
            "canClose" => {
                let hnd = p.int("hnd")?;
                self.handles.remove(&hnd).ok_or(ERR_INVHANDLE)?;
                ok()
            }
            "canSetBusParams" => {
                let h = self.handle(p)?;
                let freq = p.int("freq")?;
                if freq > 0 {
                    let (t1, t2, sjw, samp) = (
                        p.uint("tseg1")?,
                        p.uint("tseg2")?,
                        p.uint("sjw")?,
                        p.uint("noSamp")?,
                    );
                    let bad = !(1..=16).contains(&t1)
                        || !(1..=8).contains(&t2)
                        || !(1..=4).contains(&sjw)
                        || !matches!(samp, 1 | 3);
                    if bad || freq > 1_000_000 {
                        return Err(ERR_PARAM);
                    }
                } else if !(-9..=-1).contains(&freq) {
                    return Err(ERR_PARAM);
                }
                if !h.init_access {
                    return Err(ERR_NO_ACCESS);
                }
                ok()
            }
            "canBusOn" => {
                let h = self.handle(p)?;
                if !h.bus_on {
                    h.bus_on = true;
                    h.epoch = Instant::now(); // the timer restarts at bus on
                }
                let pending = std::mem::take(&mut self.handle(p)?.tx_pending);
                let hnd = p.int("hnd")?;
                for mut f in pending {
                    f.at = Instant::now(); // queued while off bus: on the bus only now
                    self.transmit(hnd, f);
                }
                ok()
            }
            "canBusOff" => {
                self.handle(p)?.bus_on = false;
                ok()
            }
            "canSetBusOutputControl" => {
                let h = self.handle(p)?;
                let driver = p.uint("drivertype")?;
                if !matches!(driver, 0 | 1 | 4 | 8) {
                    return Err(ERR_PARAM);
                }
                if !h.init_access {
                    return Err(ERR_NO_ACCESS);
                }
                h.driver = driver;
                ok()
            }
            "canRead" => self.read(p),
            "canWrite" => self.write(p),
            "canIoCtl" => self.ioctl(p),
            "canReadTimer" => {
                let h = self.handle(p)?;
                fields(&[("time", json!(ticks(h, Instant::now())))])
            }
            "canAddFilter" => self.add_filter(p),
            "canClearFilters" => {
                self.handle(p)?.filters.clear();
                ok()
            }
            "kvScriptStatus" => {
                self.handle(p)?;
                let slot = self.slot(p, "slotNo")?;
                let status = match slot.state {
                    SlotState::Empty => 0,
                    SlotState::Loaded => 1,
                    SlotState::Running => 3, // LOADED | RUNNING
                };
                fields(&[(self.script_status_field, json!(status))])
            }
            "kvScriptLoadFile" => {
                self.handle(p)?;
                if !upload.octet_stream {
                    return Err(ERR_PARAM);
                }
                let body = upload.body.clone();
                self.load_script(p, &body)
            }
            "kvScriptLoadFileOnDevice" => {
                self.handle(p)?;
                let name = p.str("localFile")?.to_owned();
                let body = self.files.get(&name).cloned().ok_or(ERR_DEVICE_FILE)?;
                self.load_script(p, &body)
            }
            "kvScriptStart" => {
                self.handle(p)?;
                let n = p.uint("slotNo")? as u32;
                let slot = self.slot(p, "slotNo")?;
                if slot.state != SlotState::Loaded {
                    return Err(ERR_SCRIPT_FAIL);
                }
                slot.state = SlotState::Running;
                slot.ticks = 0;
                self.script_text(n, &format!("slot {n}: started\n"));
                ok()
            }
            "kvScriptStop" => {
                self.handle(p)?;
                let mode = p.int("mode")?;
                if mode != 0 && mode != -9 {
                    return Err(ERR_PARAM);
                }
                let n = p.uint("slotNo")? as u32;
                let slot = self.slot(p, "slotNo")?;
                if slot.state != SlotState::Running {
                    return Err(ERR_SCRIPT_FAIL);
                }
                slot.state = SlotState::Loaded;
                let how = if mode == -9 { "forced" } else { "normal" };
                self.script_text(n, &format!("slot {n}: stopped ({how})\n"));
                ok()
            }
            "kvScriptUnload" => {
                self.handle(p)?;
                let slot = self.slot(p, "slotNo")?;
                match slot.state {
                    SlotState::Running => Err(ERR_SCRIPT_FAIL), // stop it first
                    _ => {
                        *slot = Slot::default();
                        ok()
                    }
                }
            }
            "kvScriptSendEvent" => {
                self.handle(p)?;
                let n = p.uint("slotNo")? as u32;
                let (ty, no) = (p.uint("eventType")?, p.uint("eventNo")?);
                if self.slot(p, "slotNo")?.state != SlotState::Running {
                    return Err(ERR_SCRIPT_FAIL);
                }
                if ty != 1 {
                    return Err(ERR_NOT_IMPLEMENTED); // only kvEVENT_TYPE_KEY is implemented
                }
                let key = char::from_u32(no as u32)
                    .filter(|c| !c.is_control())
                    .map(|c| format!(" '{c}'"))
                    .unwrap_or_default();
                self.script_text(n, &format!("slot {n}: key event {no}{key}\n"));
                ok()
            }
            "kvScriptRequestText" => {
                let slot = p.uint("slot")?;
                let request = p.uint("request")?;
                let slots = self.slots.len() as u64;
                let h = self.handle(p)?;
                if slot >= slots && slot != 255 {
                    return Err(ERR_PARAM);
                }
                let targets: Vec<u32> = if slot == 255 {
                    (0..slots as u32).collect()
                } else {
                    vec![slot as u32]
                };
                match request {
                    2 => h.text_slots.extend(targets),
                    1 => targets.iter().for_each(|s| {
                        h.text_slots.remove(s);
                    }),
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptGetText" => {
                let h = self.handle(p)?;
                if h.text.is_empty() {
                    return Err(ERR_NOMSG);
                }
                let text = std::mem::take(&mut h.text);
                fields(&[("buf", json!(text))])
            }
            "kvScriptEnvvarOpen" => {
                self.handle(p)?;
                let name = p.str("envvarName")?.to_owned();
                // No envvar of that name: the name parameter is in error (only Table 1 codes are used).
                let var = self.envvars.get(&name).ok_or(ERR_PARAM)?;
                let (ty, size) = match var {
                    Envvar::Int(_) => (1, 4),
                    Envvar::Float(_) => (2, 4),
                    Envvar::Data(d) => (3, d.len()),
                };
                let ehnd = self.next_ehnd;
                self.next_ehnd += 1;
                self.env_handles.insert(ehnd, name);
                fields(&[
                    ("eHnd", json!(ehnd)),
                    ("envvarType", json!(ty)),
                    ("envvarSize", json!(size)),
                ])
            }
            "kvScriptEnvvarClose" => {
                let ehnd = p.int("eHnd")?;
                self.env_handles.remove(&ehnd).ok_or(ERR_INVHANDLE)?;
                ok()
            }
            "kvScriptEnvvarSetInt" => {
                let v = p.int("val")?;
                let v = i32::try_from(v)
                    .or_else(|_| u32::try_from(v).map(|u| u as i32))
                    .map_err(|_| ERR_PARAM)?;
                match self.envvar(p)? {
                    Envvar::Int(x) => *x = v,
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptEnvvarGetInt" => match self.envvar(p)? {
                Envvar::Int(x) => fields(&[("val", json!(*x))]),
                _ => Err(ERR_PARAM),
            },
            "kvScriptEnvvarSetFloat" => {
                let v: f32 = p.str("val")?.trim().parse().map_err(|_| ERR_PARAM)?;
                match self.envvar(p)? {
                    Envvar::Float(x) => *x = v,
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptEnvvarGetFloat" => match self.envvar(p)? {
                // "%f" as the device prints it
                Envvar::Float(x) => fields(&[(
                    "val",
                    json!(format!("{x:.6}").parse::<f64>().unwrap_or(0.0)),
                )]),
                _ => Err(ERR_PARAM),
            },
            "kvScriptEnvvarSetData" => {
                let (start, len) = (p.uint("startIndex")?, p.uint("dataLen")?);
                let bytes = unhex(p.str("buf")?).ok_or(ERR_PARAM)?;
                match self.envvar(p)? {
                    // Only writing the whole envvar from index 0 is supported (spec 4.26).
                    Envvar::Data(d)
                        if start == 0 && len as usize == d.len() && bytes.len() == d.len() =>
                    {
                        *d = bytes
                    }
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptEnvvarGetData" => {
                let (start, len) = (p.uint("startIndex")? as usize, p.uint("dataLen")? as usize);
                match self.envvar(p)? {
                    Envvar::Data(d) if start + len <= d.len() => {
                        let mut s = String::new();
                        for b in &d[start..start + len] {
                            s.push_str(&format!("{b:02x}"));
                        }
                        fields(&[("buf", json!(s))])
                    }
                    _ => Err(ERR_PARAM),
                }
            }
            "kvFlashLeds" => {
                let action = p.uint("action")?;
                let _timeout = p.opt_uint("timeout")?;
                match action {
                    0 => self.leds = [true; 12],
                    1 => self.leds = [false; 12],
                    a @ 2..=25 => self.leds[((a - 2) / 2) as usize] = a % 2 == 0,
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvFileGetCount" => {
                self.handle(p)?;
                fields(&[("count", json!(self.files.len()))])
            }
            "kvFileGetName" => {
                self.handle(p)?;
                let n = p.uint("fileNo")? as usize;
                let name = self.files.keys().nth(n).ok_or(ERR_PARAM)?;
                fields(&[("name", json!(name))])
            }
            "kvFileDelete" => {
                self.handle(p)?;
                let name = p.str("deviceFileName")?;
                self.files.remove(name).ok_or(ERR_DEVICE_FILE)?;
                ok()
            }
            "kvFileDiskFormat" => {
                self.handle(p)?;
                self.files.clear();
                ok()
            }
            "kvFileCopyFromDevice" => {
                self.handle(p)?;
                let name = p.str("deviceFileName")?;
                let bytes = self.files.get(name).ok_or(ERR_DEVICE_FILE)?;
                let resp = Response::new(200, "application/octet-stream", bytes.clone())
                    .with_header(
                        "Content-Disposition",
                        &format!("attachment; filename=\"{name}\""),
                    );
                Ok(Answer::Raw(resp))
            }
            "kvFileCopyToDevice" => {
                self.handle(p)?;
                let name = p.str("deviceFileName")?.to_owned();
                if !upload.octet_stream {
                    return Err(ERR_PARAM);
                }
                if !name.starts_with("F:/") || name.len() <= 3 {
                    return Err(ERR_DEVICE_FILE); // this device has built-in flash: names start with F:/
                }
                let used: u64 = self
                    .files
                    .iter()
                    .filter(|(k, _)| **k != name)
                    .map(|(_, v)| v.len() as u64)
                    .sum();
                if used + upload.body.len() as u64 > self.flash_size {
                    return Err(ERR_DISK);
                }
                self.files.insert(name, upload.body.clone());
                ok()
            }
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }

    fn handle(&mut self, p: &Params) -> Result<&mut Handle, i64> {
        let hnd = p.int("hnd")?;
        self.handles.get_mut(&hnd).ok_or(ERR_INVHANDLE)
    }

    fn slot(&mut self, p: &Params, key: &str) -> Result<&mut Slot, i64> {
        let n = p.uint(key)? as usize;
        self.slots.get_mut(n).ok_or(ERR_PARAM)
    }

    fn envvar(&mut self, p: &Params) -> Result<&mut Envvar, i64> {
        let ehnd = p.int("eHnd")?;
        let name = self.env_handles.get(&ehnd).ok_or(ERR_INVHANDLE)?;
        self.envvars.get_mut(name).ok_or(ERR_INVHANDLE)
    }

    fn load_script(&mut self, p: &Params, body: &[u8]) -> Reply {
        let slot = self.slot(p, "slotNo")?;
        if slot.state == SlotState::Running {
            return Err(ERR_SCRIPT_FAIL);
        }
        if body.is_empty() {
            return Err(ERR_SCRIPT_TXE_CONTAINER_FORMAT);
        }
        *slot = Slot {
            state: SlotState::Loaded,
            ticks: 0,
        };
        ok()
    }

    /// A script's printf: queued for every handle subscribed to its slot.
    fn script_text(&mut self, slot: u32, text: &str) {
        for h in self.handles.values_mut() {
            if h.text_slots.contains(&slot) && h.text.len() < 64 << 10 {
                h.text.push_str(text);
            }
        }
    }

    fn open_channel(&mut self, p: &Params) -> Reply {
        let channel = p.uint("channel")?;
        let flags = p.uint("flags")?;
        if channel >= u64::from(self.channels) {
            return Err(ERR_NOCHANNELS); // Table 1 of the spec has no NOTFOUND; NOCHANNELS is the channel error
        }
        let channel = channel as u32;
        let others: Vec<&Handle> = self
            .handles
            .values()
            .filter(|h| h.channel == channel)
            .collect();
        if flags & OPEN_EXCLUSIVE != 0 && !others.is_empty() {
            return Err(ERR_NO_ACCESS);
        }
        let someone_has_init = others.iter().any(|h| h.init_access);
        if flags & OPEN_REQUIRE_INIT_ACCESS != 0 && someone_has_init {
            return Err(ERR_NO_ACCESS);
        }
        let init_access = flags & OPEN_NO_INIT_ACCESS == 0 && !someone_has_init;
        let hnd = self.next_handle;
        self.next_handle += 1;
        self.handles.insert(
            hnd,
            Handle {
                channel,
                init_access,
                bus_on: false,
                driver: 4,
                epoch: Instant::now(),
                timer_scale_us: 1000,
                filters: Vec::new(),
                rx: VecDeque::new(),
                overrun_pending: false,
                tx_pending: Vec::new(),
                local_txecho: true,
                txack: false,
                text_slots: BTreeSet::new(),
                text: String::new(),
            },
        );
        fields(&[("hnd", json!(hnd))])
    }

    fn read(&mut self, p: &Params) -> Reply {
        let max = p.opt_uint("max")?.unwrap_or(1).clamp(1, 10_000) as usize;
        let hnd = p.int("hnd")?;
        if !self.handles.contains_key(&hnd) {
            return Err(ERR_INVHANDLE);
        }
        if matches!(self.generator.traffic, Some(Traffic::Max)) {
            // As much traffic as the reader can take: top the queue up to what it asks for.
            let missing = max.saturating_sub(self.handles[&hnd].rx.len());
            for _ in 0..missing {
                let f = self.generator.next_frame();
                self.deliver(&f);
            }
        }
        let h = self.handles.get_mut(&hnd).expect("checked");
        if !h.bus_on || h.rx.is_empty() {
            return Err(ERR_NOMSG);
        }
        let now = Instant::now();
        let n = max.min(h.rx.len());
        let msgs: Vec<Value> = h
            .rx
            .drain(..n)
            .map(|f| json!({"id": f.id, "dlc": f.dlc, "msg": f.data, "time": ticks_at(h.epoch, h.timer_scale_us, f.at.min(now)), "flag": f.flag}))
            .collect();
        fields(&[("msgs", Value::Array(msgs))])
    }

    fn write(&mut self, p: &Params) -> Reply {
        let hnd = p.int("hnd")?;
        let (id, flag, dlc) = (p.uint("id")?, p.uint("flag")?, p.uint("dlc")?);
        let list = p.str("msg")?;
        let mut data = Vec::new();
        for item in list.split(',').filter(|s| !s.trim().is_empty()) {
            // Some clients send bytes as signed values: the device keeps the low 8 bits.
            data.push((item.trim().parse::<i64>().map_err(|_| ERR_PARAM)? & 0xFF) as u8);
        }
        let extended = flag & frame::MSG_EXT != 0;
        let rtr = flag & frame::MSG_RTR != 0;
        let max_id = if extended {
            u64::from(frame::MAX_EXT_ID)
        } else {
            u64::from(frame::MAX_STD_ID)
        };
        if id > max_id || dlc > 8 || (!rtr && data.len() < dlc as usize) {
            return Err(ERR_PARAM);
        }
        data.truncate(if rtr { 0 } else { dlc as usize });
        let flag = (if extended {
            frame::MSG_EXT
        } else {
            frame::MSG_STD
        }) | if rtr { frame::MSG_RTR } else { 0 };
        let f = RxFrame {
            id: id as u32,
            flag,
            dlc: dlc as u8,
            data,
            at: Instant::now(),
        };
        let h = self.handles.get_mut(&hnd).ok_or(ERR_INVHANDLE)?;
        if !h.bus_on {
            // Queued until bus on, as CANlib does; a full transmit buffer is an error.
            if h.tx_pending.len() >= TX_QUEUE {
                return Err(ERR_TXBUFOFL);
            }
            h.tx_pending.push(f);
            return ok();
        }
        self.transmit(hnd, f);
        ok()
    }

    /// A frame sent by handle `from`: on the bus (every other channel), echoed to the other handles of its own
    /// channel (canIOCTL_SET_LOCAL_TXECHO, on by default), and to itself as TXACK when asked for.
    fn transmit(&mut self, from: i64, f: RxFrame) {
        let Some(src) = self.handles.get(&from) else {
            return;
        };
        if src.driver == DRIVER_SILENT || src.driver == 0 {
            return; // listen-only (or off): nothing reaches the bus
        }
        let (channel, echo, txack) = (src.channel, src.local_txecho, src.txack);
        for (hnd, h) in self.handles.iter_mut() {
            let same_channel = h.channel == channel;
            let deliver = if *hnd == from {
                txack
            } else {
                !same_channel || echo
            };
            if deliver && h.bus_on {
                let mut f = f.clone();
                if *hnd == from {
                    f.flag |= 0x40; // canMSG_TXACK
                }
                push(h, f, self.rx_queue);
            }
        }
    }

    /// A frame from another node on the bus: every bus-on handle of every channel receives it.
    fn deliver(&mut self, f: &RxFrame) {
        for h in self.handles.values_mut() {
            if h.bus_on {
                push(h, f.clone(), self.rx_queue);
            }
        }
    }

    fn ioctl(&mut self, p: &Params) -> Reply {
        let func = p.uint("func")?;
        let buf = p.req.param("buf");
        let flag = || {
            buf.and_then(|b| b.trim().parse::<u64>().ok())
                .ok_or(ERR_PARAM)
        };
        let h = self.handle(p)?;
        match func {
            1 | 2 | 5 | 8 | 9 | 12 | 30 | 33 => {}
            6 => {
                let us = flag()?;
                if us == 0 {
                    return Err(ERR_PARAM);
                }
                h.timer_scale_us = us;
            }
            7 => h.txack = flag()? != 0,
            10 => h.rx.clear(),
            11 => h.tx_pending.clear(),
            13 => {
                flag()?;
            }
            32 => h.local_txecho = flag()? != 0,
            44 => h.overrun_pending = false,
            _ => return Err(ERR_PARAM),
        }
        ok()
    }

    fn add_filter(&mut self, p: &Params) -> Reply {
        let ty = p.uint("type")?;
        let id = p.uint("id")?;
        let flags = p.uint("flags")?;
        let extended = match flags {
            2 => false,
            4 => true,
            _ => return Err(ERR_PARAM),
        };
        let min = p.opt_uint("idMin")?;
        let limit = if extended {
            u64::from(frame::MAX_EXT_ID)
        } else {
            u64::from(frame::MAX_STD_ID)
        };
        let kind = match ty {
            1 => FilterKind::Pass,
            2 => FilterKind::Stop,
            3 => {
                // Counting filters only work on single ids (spec 4.11).
                if min.is_some_and(|m| m != id) {
                    return Err(ERR_PARAM);
                }
                let (threshold, max) = (p.uint("counterThreshold")?, p.uint("counterMax")?);
                if max == 0 || threshold > max {
                    return Err(ERR_PARAM);
                }
                FilterKind::Counting { threshold, max }
            }
            _ => return Err(ERR_PARAM),
        };
        let min = min.unwrap_or(id);
        if id > limit || min > id {
            return Err(ERR_PARAM);
        }
        let h = self.handle(p)?;
        h.filters.push(Filter {
            kind,
            min: min as u32,
            max: id as u32,
            extended,
            counter: 0,
        });
        ok()
    }
}

/// Queue a received frame on a handle, through its filters.
fn push(h: &mut Handle, mut f: RxFrame, capacity: usize) {
    if f.at < h.epoch {
        return; // on the bus before this handle went on bus
    }
    if !accept(&mut h.filters, &f) {
        return;
    }
    if h.rx.len() >= capacity {
        h.overrun_pending = true;
        return;
    }
    if h.overrun_pending {
        f.flag |= frame::MSGERR_SW_OVERRUN;
        h.overrun_pending = false;
    }
    h.rx.push_back(f);
}

/// Stop filters reject; when pass or counting filters exist, a frame must pass one of them.
fn accept(filters: &mut [Filter], f: &RxFrame) -> bool {
    if filters.is_empty() || f.flag & frame::MSG_ERROR_FRAME != 0 {
        return true;
    }
    let extended = f.flag & frame::MSG_EXT != 0;
    let matches = |flt: &Filter| flt.extended == extended && (flt.min..=flt.max).contains(&f.id);
    if filters
        .iter()
        .any(|flt| matches!(flt.kind, FilterKind::Stop) && matches(flt))
    {
        return false;
    }
    let mut has_pass = false;
    let mut passed = false;
    for flt in filters.iter_mut() {
        match flt.kind {
            FilterKind::Stop => {}
            FilterKind::Pass => {
                has_pass = true;
                passed |= matches(flt);
            }
            FilterKind::Counting { threshold, max } => {
                has_pass = true;
                if matches(flt) {
                    // counter runs 0..max-1; the filter is open while counter < threshold
                    passed |= flt.counter < threshold;
                    flt.counter = (flt.counter + 1) % max;
                }
            }
        }
    }
    !has_pass || passed
}

fn ticks(h: &Handle, now: Instant) -> u32 {
    ticks_at(h.epoch, h.timer_scale_us, now)
}

/// Timer ticks since bus on, unsigned 32-bit (it wraps, as the device's does).
fn ticks_at(epoch: Instant, scale_us: u64, at: Instant) -> u32 {
    (at.saturating_duration_since(epoch).as_micros() as u64 / scale_us.max(1)) as u32
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

impl Generator {
    /// A mix of standard and extended ids with varying lengths and data, deterministic from the seed.
    fn next_frame(&mut self) -> RxFrame {
        self.n += 1;
        self.x ^= self.x << 13;
        self.x ^= self.x >> 7;
        self.x ^= self.x << 17;
        let r = self.x;
        let at = Instant::now();
        if self.error_every > 0 && self.n.is_multiple_of(self.error_every) {
            return RxFrame {
                id: 0,
                flag: frame::MSG_ERROR_FRAME,
                dlc: 0,
                data: Vec::new(),
                at,
            };
        }
        let extended = r.is_multiple_of(4);
        let id = if extended {
            (r >> 8) as u32 & frame::MAX_EXT_ID
        } else {
            0x100 + ((r >> 8) as u32 % 0x700)
        };
        let dlc = ((r >> 40) % 9) as u8;
        let data: Vec<u8> = (0..dlc)
            .map(|i| (self.n as u8).wrapping_add(i.wrapping_mul(17)) ^ (r >> (i * 3)) as u8)
            .collect();
        RxFrame {
            id,
            flag: if extended {
                frame::MSG_EXT
            } else {
                frame::MSG_STD
            },
            dlc,
            data,
            at,
        }
    }
}

/// Frames of a candump log with their offsets from the first one.
fn load_replay(path: &PathBuf) -> anyhow::Result<Vec<(Duration, RxFrame)>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::new(Kind::Config, format!("--replay {}: {e}", path.display())))?;
    let mut out = Vec::new();
    let mut first = None;
    for (n, line) in text.lines().enumerate() {
        let Some(parsed) = frame::parse_log_line(line) else {
            continue;
        };
        let (ts, _, f) = parsed.map_err(|e| {
            Failure::new(Kind::Config, format!("{}:{}: {e}", path.display(), n + 1))
        })?;
        let t0 = *first.get_or_insert(ts);
        let offset = Duration::from_secs_f64((ts - t0).max(0.0));
        let flag = if f.error {
            frame::MSG_ERROR_FRAME
        } else {
            f.write_flag()
        };
        out.push((
            offset,
            RxFrame {
                id: f.id,
                flag,
                dlc: f.dlc,
                data: f.data,
                at: Instant::now(),
            },
        ));
    }
    if out.is_empty() {
        return Err(Failure::new(
            Kind::Config,
            format!("--replay {}: no frames in it", path.display()),
        )
        .into());
    }
    Ok(out)
}

/// The device's own clock: bus traffic at a rate or from a replay, script ticks, session expiry.
fn spawn_clock(state: Arc<Mutex<Device>>, replay: Option<Vec<(Duration, RxFrame)>>) {
    std::thread::spawn(move || {
        let start = Instant::now();
        let mut generated: u64 = 0;
        let mut replay_pos = 0usize;
        let mut replay_base = start;
        let mut last_tick = start;
        loop {
            std::thread::sleep(Duration::from_millis(1));
            let now = Instant::now();
            let mut dev = state.lock().expect("device lock");
            dev.expire_session();
            if let Some(Traffic::Rate(fps)) = dev.generator.traffic {
                let due = (now - start).as_secs_f64() * fps as f64;
                while (generated as f64) < due {
                    let mut f = dev.generator.next_frame();
                    // On the bus frames arrive evenly spaced, not in the clock thread's 1 ms batches.
                    f.at = start + Duration::from_secs_f64(generated as f64 / fps as f64);
                    dev.deliver(&f);
                    generated += 1;
                }
            }
            if let Some(frames) = &replay {
                while replay_pos < frames.len() && replay_base + frames[replay_pos].0 <= now {
                    let mut f = frames[replay_pos].1.clone();
                    f.at = replay_base + frames[replay_pos].0; // the log's own spacing
                    dev.deliver(&f);
                    replay_pos += 1;
                }
                if replay_pos == frames.len() {
                    replay_pos = 0;
                    replay_base = now + Duration::from_millis(1);
                }
            }
            if now - last_tick >= Duration::from_millis(500) {
                last_tick = now;
                let running: Vec<u32> = dev
                    .slots
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.state == SlotState::Running)
                    .map(|(i, _)| i as u32)
                    .collect();
                for n in running {
                    let t = {
                        let s = &mut dev.slots[n as usize];
                        s.ticks += 1;
                        s.ticks
                    };
                    dev.script_text(n, &format!("slot {n}: tick {t}\n"));
                }
            }
        }
    });
}

/// 32 hex digits, unpredictable enough for a simulator.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rx(id: u32, ext: bool) -> RxFrame {
        RxFrame {
            id,
            flag: if ext { frame::MSG_EXT } else { frame::MSG_STD },
            dlc: 0,
            data: vec![],
            at: Instant::now(),
        }
    }

    fn filter(kind: FilterKind, min: u32, max: u32, extended: bool) -> Filter {
        Filter {
            kind,
            min,
            max,
            extended,
            counter: 0,
        }
    }

    #[test]
    fn pass_and_stop_filters() {
        let mut f = vec![
            filter(FilterKind::Pass, 10, 20, false),
            filter(FilterKind::Stop, 15, 16, false),
        ];
        assert!(accept(&mut f, &rx(10, false)));
        assert!(!accept(&mut f, &rx(15, false)));
        assert!(!accept(&mut f, &rx(21, false)));
        assert!(
            !accept(&mut f, &rx(12, true)),
            "a standard filter does not pass extended ids"
        );
        let mut stop_only = vec![filter(FilterKind::Stop, 1, 1, false)];
        assert!(accept(&mut stop_only, &rx(2, false)));
        assert!(!accept(&mut stop_only, &rx(1, false)));
    }

    #[test]
    fn counting_filter_passes_threshold_of_max() {
        let mut f = vec![filter(
            FilterKind::Counting {
                threshold: 1,
                max: 100,
            },
            1,
            1,
            false,
        )];
        let passed = (0..1000).filter(|_| accept(&mut f, &rx(1, false))).count();
        assert_eq!(passed, 10);
    }

    #[test]
    fn envvar_specs() {
        assert_eq!(
            parse_envvar("speed:int=42").unwrap(),
            ("speed".into(), Envvar::Int(42))
        );
        assert_eq!(
            parse_envvar("msg:data[4]=Hi").unwrap().1,
            Envvar::Data(vec![b'H', b'i', 0, 0])
        );
        assert!(parse_envvar("x:str=1").is_err());
    }
}
