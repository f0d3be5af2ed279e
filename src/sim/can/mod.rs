//! `fieldctl sim can`: a Kvaser REST API device, faithful to specs/kvaser-rest-api.txt and
//! docs/kvaser-constants.md. All 39 functions with their real parameter names; one session at a time (-131 while
//! another is active; deviceStatus shows who and for how long); inactivity timeout; `ident` echo; `mode=jsonp`;
//! `dummy_session`; password; channel handles with init access; bus on/off; pass, stop and counting-pass filters;
//! frames written on one channel received on the others; bus traffic from `--traffic` or `--replay`; script slots
//! with printf text for subscribers; envvars; a flash file system; LEDs. Unknown function → -129; missing or bad
//! parameters → -1.

mod bus;
mod candump;
mod canlib;
mod demo;
mod envvar;
mod file;
mod leds;
mod script;
mod session;
mod traffic;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use clap::Args;
use serde_json::{Map, Value, json};

use super::ServeArgs;
use super::http::{self, Handler, Request, Response};
use crate::context::Context;
use crate::error::{Failure, Kind};
use bus::Handle;
use canlib::*;
use envvar::{Envvar, parse_envvar};
use script::Slot;
use session::ActiveSession;
use traffic::{Generator, Traffic, load_replay, spawn_clock};

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
    /// The demo device of `--host sim`: a car's traffic at its cycle times (tests/data/dbc/engine.dbc's messages
    /// and two more, about 310 frames/s), an int envvar `speed`, a device file F:/log.kmf
    #[arg(long, conflicts_with_all = ["traffic", "replay"])]
    demo: bool,
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
    let serve = args.serve.clone();
    super::serve(ctx, &serve, "127.0.0.1:8080", device(args)?)
}

/// The device `args` describe, its clock running; served by `run` or embedded (`--host sim`).
pub(super) fn device(args: CanSimArgs) -> anyhow::Result<CanDevice> {
    let mut dev = Device::new(args.channels, args.slots, args.flash_size);
    dev.rx_queue = args.rx_queue as usize;
    dev.script_status_field = if args.script_status_field == "status" {
        "status"
    } else {
        "scriptStatus"
    };
    if args.demo {
        demo::demo(&mut dev);
    }
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
    spawn_clock(Arc::clone(&state), replay, args.demo);
    Ok(CanDevice {
        password: args.password,
        state,
    })
}

pub struct CanDevice {
    password: Option<String>,
    state: Arc<Mutex<Device>>,
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
            f if f.starts_with("kvScriptEnvvar") => self.envvar_function(f, p),
            f if f.starts_with("kvScript") => self.script_function(f, p, upload),
            f if f.starts_with("kvFile") => self.file_function(f, p, upload),
            "kvFlashLeds" => self.flash_leds(p),
            f => self.bus_function(f, p),
        }
    }

    fn handle(&mut self, p: &Params) -> Result<&mut Handle, i64> {
        let hnd = p.int("hnd")?;
        self.handles.get_mut(&hnd).ok_or(ERR_INVHANDLE)
    }
}
