//! `CanApi`: a typed client of the Kvaser REST API. It never prints. Every call carries `ident=N` (increasing)
//! and checks the echo; `stat` is checked by the typed methods, returned raw by [`CanApi::call`].

use std::cell::Cell;

use serde_json::Value;

use super::bus::Bitrate;
use super::frame::{self, Frame};
use super::status;
use crate::address::Address;
use crate::error::{Failure, Kind};
use crate::secret::Secret;
use serde::Deserialize;
use std::io::Read as _;

use crate::transport::{Body, Request, StreamResponse, Transport};

pub struct CanApi<'t> {
    transport: &'t Transport,
    address: Address,
    /// `http://host:port`
    base: String,
    next_ident: Cell<u64>,
}

#[derive(Deserialize)]
struct ReadReply {
    stat: i64,
    ident: Option<u64>,
    msgs: Option<Vec<RawMsg>>,
}

/// What canInitializeLibrary gave.
pub enum Initialized {
    Session(String),
    /// The device wants a password and none was sent.
    NeedsPassword,
    /// Another session holds the device.
    InUse,
}

/// A frame as canRead returns it.
#[derive(Deserialize)]
pub struct RawMsg {
    pub id: u32,
    pub dlc: u8,
    pub time: u32,
    pub flag: u64,
    #[serde(default)]
    pub msg: Vec<i64>,
}

pub enum Download {
    File(StreamResponse),
    Reply(Value),
}

/// deviceStatus, decoded.
#[derive(Debug, Clone)]
pub struct DeviceStatus {
    pub usage: u64,
    pub timeout: Option<u64>,
    pub ip: Option<String>,
}

impl DeviceStatus {
    /// `free`, or the ways it is in use (`service`, `JSON API`, `JSONP API`).
    pub fn usage_text(&self) -> String {
        if self.usage == 0 {
            return "free".into();
        }
        let mut ways = Vec::new();
        for (bit, name) in [(1, "service"), (2, "JSON API"), (4, "JSONP API")] {
            if self.usage & bit != 0 {
                ways.push(name);
            }
        }
        if self.usage & !7 != 0 {
            ways.push("unknown");
        }
        format!("in use via {}", ways.join(" and "))
    }
}

impl<'t> CanApi<'t> {
    /// A client of the device at `address` (validated by the caller, before any connection).
    pub fn new(transport: &'t Transport, address: Address) -> Self {
        CanApi {
            transport,
            base: address.url(),
            address,
            next_ident: Cell::new(1),
        }
    }

    pub fn address(&self) -> &Address {
        &self.address
    }

    pub fn transport(&self) -> &Transport {
        self.transport
    }

    /// Call `function` (under `/<session>/` when given) with `params`; return the reply object whatever its stat.
    pub fn call(
        &self,
        session: Option<&str>,
        function: &str,
        params: &[(&str, String)],
    ) -> anyhow::Result<Value> {
        self.call_with(session, function, params, |r| r)
    }

    /// Like `call`, letting the caller adjust the request (secret parameters, upload bodies).
    pub fn call_with(
        &self,
        session: Option<&str>,
        function: &str,
        params: &[(&str, String)],
        adjust: impl FnOnce(Request) -> Request,
    ) -> anyhow::Result<Value> {
        let (req, ident) = self.request("GET", session, function, params);
        let resp = self.transport.send(adjust(req))?;
        self.parse_reply(function, ident, resp.status, &resp.body)
    }

    /// The request for `function` with its parameters and the next ident.
    fn request(
        &self,
        method: &'static str,
        session: Option<&str>,
        function: &str,
        params: &[(&str, String)],
    ) -> (Request, u64) {
        let ident = self.next_ident.get();
        self.next_ident.set(ident + 1);
        let mut req = Request::new(method, &self.base, &path(session, function));
        for (k, v) in params {
            req = req.query(k, v);
        }
        (req.query("ident", &ident.to_string()), ident)
    }

    /// canRead, parsed straight into frames (the hot path of `can dump`); none yet (canERR_NOMSG) is empty.
    pub fn read(&self, session: &str, hnd: i64, max: usize) -> anyhow::Result<Vec<RawMsg>> {
        let (req, ident) = self.request(
            "GET",
            Some(session),
            "canRead",
            &[("hnd", hnd.to_string()), ("max", max.to_string())],
        );
        let resp = self.transport.send(req)?;
        let reply: ReadReply = serde_json::from_slice(&resp.body).map_err(|e| {
            Failure::new(
                Kind::Malformed,
                format!("canRead: unexpected reply (HTTP {}): {e}", resp.status),
            )
        })?;
        check_ident("canRead", reply.ident.map(Some), ident)?;
        match reply.stat {
            status::OK => Ok(reply.msgs.unwrap_or_default()),
            status::ERR_NOMSG => Ok(Vec::new()),
            stat => Err(status::failure(stat, "canRead").into()),
        }
    }

    /// POST a body (`application/octet-stream`, exact Content-Length, never chunked): kvScriptLoadFile,
    /// kvFileCopyToDevice.
    pub fn upload(
        &self,
        session: &str,
        function: &str,
        params: &[(&str, String)],
        len: u64,
        body: Box<dyn std::io::Read + Send>,
    ) -> anyhow::Result<Value> {
        let (req, ident) = self.request("POST", Some(session), function, params);
        let req = req.body(Body::Reader {
            content_type: "application/octet-stream".into(),
            len,
            reader: body,
        });
        let resp = self.transport.send(req)?;
        self.parse_reply(function, ident, resp.status, &resp.body)
    }

    /// kvFileCopyFromDevice: the file as a stream, or the JSON reply when the device answers with a status.
    pub fn download(
        &self,
        session: &str,
        function: &str,
        params: &[(&str, String)],
    ) -> anyhow::Result<Download> {
        let (req, ident) = self.request("GET", Some(session), function, params);
        let mut resp = self.transport.send_streaming(req)?;
        let json = resp
            .header("content-type")
            .is_some_and(|t| t.to_ascii_lowercase().contains("json"));
        if json || resp.status != 200 {
            let mut body = Vec::new();
            std::io::Read::take(&mut resp.reader, 1 << 20).read_to_end(&mut body)?;
            return Ok(Download::Reply(self.parse_reply(
                function,
                ident,
                resp.status,
                &body,
            )?));
        }
        Ok(Download::File(resp))
    }

    pub fn parse_reply(
        &self,
        function: &str,
        ident: u64,
        status: u16,
        body: &[u8],
    ) -> anyhow::Result<Value> {
        let reply: Value = serde_json::from_slice(body).map_err(|e| {
            let snippet = String::from_utf8_lossy(&body[..body.len().min(120)]).into_owned();
            Failure::new(Kind::Malformed, format!("{function}: the device answered HTTP {status} with a body that is not JSON ({e}): {snippet}"))
        })?;
        if !reply.is_object() {
            return Err(Failure::new(
                Kind::Malformed,
                format!("{function}: the reply is not a JSON object"),
            )
            .into());
        }
        check_ident(function, reply.get("ident").map(Value::as_u64), ident)?;
        Ok(reply)
    }

    /// Call and require `stat == 0`.
    pub fn ok(
        &self,
        session: Option<&str>,
        function: &str,
        params: &[(&str, String)],
    ) -> anyhow::Result<Value> {
        let reply = self.call(session, function, params)?;
        check(&reply, function)?;
        Ok(reply)
    }

    /// Like `ok` for a function that names a device file: -33 (canERR_DEVICE_FILE) means it is not there (exit 5).
    pub fn ok_device_file(
        &self,
        session: &str,
        function: &str,
        params: &[(&str, String)],
        file: &str,
    ) -> anyhow::Result<Value> {
        let reply = self.call(Some(session), function, params)?;
        check_device_file(&reply, function, file)?;
        Ok(reply)
    }

    /// deviceStatus only reads: it is the one call retried on connection failures and 429/503.
    pub fn device_status(&self) -> anyhow::Result<DeviceStatus> {
        let (req, ident) = self.request("GET", None, "deviceStatus", &[]);
        let resp = self.transport.send_idempotent(req, 3)?;
        let r = self.parse_reply("deviceStatus", ident, resp.status, &resp.body)?;
        let usage = field_u64(&r, "usage", "deviceStatus")?;
        Ok(DeviceStatus {
            usage,
            timeout: r.get("timeout").and_then(Value::as_u64),
            ip: r.get("ip").and_then(Value::as_str).map(str::to_owned),
        })
    }

    /// canInitializeLibrary: a new session, or why there is none that the caller can act on.
    pub fn initialize(
        &self,
        password: Option<&Secret>,
        timeout: u32,
    ) -> anyhow::Result<Initialized> {
        let reply = self.call_with(
            None,
            "canInitializeLibrary",
            &[("timeout", timeout.to_string())],
            |req| {
                // Once sent, its answer names the session: Ctrl-C waits for it, so it can be unloaded.
                let req = req.hide_response_body().finish_on_interrupt();
                match password {
                    Some(pw) => req.secret_query("password", pw.expose()),
                    None => req,
                }
            },
        )?;
        match stat_of(&reply, "canInitializeLibrary")? {
            status::OK => {}
            status::ERR_INVALID_PASSWORD if password.is_none() => {
                return Ok(Initialized::NeedsPassword);
            }
            status::ERR_INVALID_SESSION => return Ok(Initialized::InUse),
            stat => return Err(status::failure(stat, "canInitializeLibrary").into()),
        }
        let session = reply
            .get("session")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| {
                Failure::new(
                    Kind::Malformed,
                    "canInitializeLibrary: stat 0 but no session in the reply",
                )
            })?;
        self.transport.register_secret(session);
        Ok(Initialized::Session(session.to_owned()))
    }

    /// canUnloadLibrary: true when unloaded, false when the device had already ended the session.
    pub fn unload(&self, session: &str) -> anyhow::Result<bool> {
        let reply = self.call(Some(session), "canUnloadLibrary", &[])?;
        match stat_of(&reply, "canUnloadLibrary")? {
            status::OK => Ok(true),
            status::ERR_INVALID_SESSION => Ok(false),
            stat => Err(status::failure(stat, "canUnloadLibrary").into()),
        }
    }

    /// Whether the device still knows `session`: canReadTimer on handle 0 (a `%u`, as the spec requires)
    /// answers canERR_INVALID_SESSION for an ended session; anything else (the time, or a handle error when
    /// handle 0 is not open) means it is alive. Reads only.
    pub fn session_alive(&self, session: &str) -> anyhow::Result<bool> {
        let reply = self.call(Some(session), "canReadTimer", &[hnd_param(0)])?;
        Ok(stat_of(&reply, "canReadTimer")? != status::ERR_INVALID_SESSION)
    }

    // Typed calls: one method per REST function the commands use. Commands pass and get Rust values; the
    // parameter names, `stat` and reply fields stay here (only `can raw` calls functions by name).

    /// canOpenChannel, not exclusive: share the channel with other handles (init access goes to the first one
    /// unless `flags` has canOPEN_NO_INIT_ACCESS).
    pub fn open_channel(&self, session: &str, channel: u32, flags: u64) -> anyhow::Result<i64> {
        let r = self.ok(
            Some(session),
            "canOpenChannel",
            &[
                ("channel", channel.to_string()),
                ("flags", flags.to_string()),
            ],
        )?;
        field_i64(&r, "hnd", "canOpenChannel")
    }

    pub fn close(&self, session: &str, hnd: i64) -> anyhow::Result<()> {
        self.ok(Some(session), "canClose", &[hnd_param(hnd)])?;
        Ok(())
    }

    /// canSetBusParams: `Ok(false)` when another handle has init access (canERR_NOACCESS): the channel is
    /// configured already and stays as it is.
    pub fn set_bus_params(
        &self,
        session: &str,
        hnd: i64,
        bitrate: &Bitrate,
    ) -> anyhow::Result<bool> {
        let mut params = vec![hnd_param(hnd)];
        match bitrate {
            Bitrate::Keep => return Ok(false), // nothing to set: the bus stays as it is
            Bitrate::Predefined(code) => params.push(("freq", code.to_string())),
            Bitrate::Custom {
                freq,
                tseg1,
                tseg2,
                sjw,
                samples,
            } => params.extend([
                ("freq", freq.to_string()),
                ("tseg1", tseg1.to_string()),
                ("tseg2", tseg2.to_string()),
                ("sjw", sjw.to_string()),
                ("noSamp", samples.to_string()),
            ]),
        }
        let reply = self.call(Some(session), "canSetBusParams", &params)?;
        match stat_of(&reply, "canSetBusParams")? {
            status::OK => Ok(true),
            status::ERR_NOACCESS => Ok(false),
            stat => Err(status::failure(stat, "canSetBusParams").into()),
        }
    }

    /// canSetBusOutputControl with canDRIVER_SILENT: listen only, never ACK.
    pub fn set_silent(&self, session: &str, hnd: i64) -> anyhow::Result<()> {
        self.ok(
            Some(session),
            "canSetBusOutputControl",
            &[hnd_param(hnd), ("drivertype", DRIVER_SILENT.to_string())],
        )?;
        Ok(())
    }

    pub fn bus_on(&self, session: &str, hnd: i64) -> anyhow::Result<()> {
        self.ok(Some(session), "canBusOn", &[hnd_param(hnd)])?;
        Ok(())
    }

    pub fn bus_off(&self, session: &str, hnd: i64) -> anyhow::Result<()> {
        self.ok(Some(session), "canBusOff", &[hnd_param(hnd)])?;
        Ok(())
    }

    /// canReadTimer: the device timer in ticks (1 ms unless the timer scale was changed).
    pub fn read_timer(&self, session: &str, hnd: i64) -> anyhow::Result<Timer> {
        let r = self.ok(Some(session), "canReadTimer", &[hnd_param(hnd)])?;
        Ok(Timer {
            time: field_u64(&r, "time", "canReadTimer")?,
        })
    }

    /// canIoCtl, requiring stat 0.
    pub fn ioctl(
        &self,
        session: &str,
        hnd: i64,
        func: u32,
        buf: Option<&str>,
    ) -> anyhow::Result<IoctlReply> {
        let reply = self.ioctl_reply(session, hnd, func, buf)?;
        match reply.stat {
            status::OK => Ok(reply),
            stat => Err(status::failure(stat, "canIoCtl").into()),
        }
    }

    /// canIoCtl whatever its stat (optional settings a device may refuse).
    pub fn ioctl_reply(
        &self,
        session: &str,
        hnd: i64,
        func: u32,
        buf: Option<&str>,
    ) -> anyhow::Result<IoctlReply> {
        let mut params = vec![hnd_param(hnd), ("func", func.to_string())];
        if let Some(b) = buf {
            params.push(("buf", b.to_owned()));
        }
        let r = self.call(Some(session), "canIoCtl", &params)?;
        Ok(IoctlReply {
            func,
            stat: stat_of(&r, "canIoCtl")?,
            // GET functions may answer a value in `buf`; the spec documents `stat` only.
            buf: r.get("buf").cloned(),
        })
    }

    /// canWrite: `Ok(false)` when the transmit buffer is full (canERR_TXBUFOFL; the frame was not taken).
    pub fn write(&self, session: &str, hnd: i64, f: &Frame) -> anyhow::Result<bool> {
        let mut msg = String::with_capacity(f.data.len() * 4);
        for (i, b) in f.data.iter().enumerate() {
            if i > 0 {
                msg.push(',');
            }
            msg.push_str(&b.to_string());
        }
        let params = [
            hnd_param(hnd),
            ("id", f.id.to_string()),
            ("flag", f.write_flag().to_string()),
            ("dlc", f.dlc.to_string()),
            ("msg", msg),
        ];
        let reply = self.call(Some(session), "canWrite", &params)?;
        match stat_of(&reply, "canWrite")? {
            status::OK => Ok(true),
            status::ERR_TXBUFOFL => Ok(false),
            stat => Err(status::failure(stat, "canWrite").into()),
        }
    }

    /// canAddFilter.
    pub fn add_filter(&self, session: &str, hnd: i64, f: &DeviceFilter) -> anyhow::Result<()> {
        let flags = if f.extended {
            frame::MSG_EXT
        } else {
            frame::MSG_STD
        };
        let mut params = vec![hnd_param(hnd), ("type", (f.kind as u8).to_string())];
        if f.min != f.max {
            params.push(("idMin", f.min.to_string()));
        }
        params.push(("id", f.max.to_string()));
        params.push(("flags", flags.to_string()));
        if let Some((threshold, max)) = f.counter {
            params.push(("counterThreshold", threshold.to_string()));
            params.push(("counterMax", max.to_string()));
        }
        self.ok(Some(session), "canAddFilter", &params)?;
        Ok(())
    }

    /// kvFlashLeds: a kvLED_ACTION_* for `timeout_ms` (device default when None).
    pub fn flash_leds(
        &self,
        session: &str,
        action: u32,
        timeout_ms: Option<u32>,
    ) -> anyhow::Result<()> {
        let mut params = vec![("action", action.to_string())];
        if let Some(t) = timeout_ms {
            params.push(("timeout", t.to_string()));
        }
        self.ok(Some(session), "kvFlashLeds", &params)?;
        Ok(())
    }

    /// kvScriptStatus; `Ok(None)` when the slot number is beyond the device's slots (canERR_PARAM).
    pub fn script_status(
        &self,
        session: &str,
        hnd: i64,
        slot: u32,
    ) -> anyhow::Result<Option<ScriptStatus>> {
        let r = self.call(
            Some(session),
            "kvScriptStatus",
            &[hnd_param(hnd), slot_param(slot)],
        )?;
        match stat_of(&r, "kvScriptStatus")? {
            status::OK => {}
            status::ERR_PARAM => return Ok(None),
            stat => return Err(status::failure(stat, "kvScriptStatus").into()),
        }
        // The spec names the field both `scriptStatus` and `status`.
        let flags = r
            .get("scriptStatus")
            .or_else(|| r.get("status"))
            .and_then(Value::as_u64)
            .ok_or_else(|| {
                Failure::new(
                    Kind::Malformed,
                    "kvScriptStatus: the reply has neither 'scriptStatus' nor 'status'",
                )
            })?;
        Ok(Some(ScriptStatus { slot, flags }))
    }

    /// kvScriptLoadFile: upload a compiled script into `slot`.
    pub fn script_load(
        &self,
        session: &str,
        hnd: i64,
        slot: u32,
        len: u64,
        body: Box<dyn std::io::Read + Send>,
    ) -> anyhow::Result<()> {
        let r = self.upload(
            session,
            "kvScriptLoadFile",
            &[hnd_param(hnd), slot_param(slot)],
            len,
            body,
        )?;
        check(&r, "kvScriptLoadFile")
    }

    /// kvScriptLoadFileOnDevice: a script already on the device's flash.
    pub fn script_load_on_device(
        &self,
        session: &str,
        hnd: i64,
        slot: u32,
        file: &str,
    ) -> anyhow::Result<()> {
        let params = [
            hnd_param(hnd),
            slot_param(slot),
            ("localFile", file.to_owned()),
        ];
        self.ok_device_file(session, "kvScriptLoadFileOnDevice", &params, file)?;
        Ok(())
    }

    pub fn script_start(&self, session: &str, hnd: i64, slot: u32) -> anyhow::Result<()> {
        self.ok(
            Some(session),
            "kvScriptStart",
            &[hnd_param(hnd), slot_param(slot)],
        )?;
        Ok(())
    }

    /// kvScriptStop; `force` is kvSCRIPT_STOP_FORCED (on_stop does not run).
    pub fn script_stop(
        &self,
        session: &str,
        hnd: i64,
        slot: u32,
        force: bool,
    ) -> anyhow::Result<()> {
        let mode = if force { "-9" } else { "0" };
        self.ok(
            Some(session),
            "kvScriptStop",
            &[hnd_param(hnd), slot_param(slot), ("mode", mode.into())],
        )?;
        Ok(())
    }

    pub fn script_unload(&self, session: &str, hnd: i64, slot: u32) -> anyhow::Result<()> {
        self.ok(
            Some(session),
            "kvScriptUnload",
            &[hnd_param(hnd), slot_param(slot)],
        )?;
        Ok(())
    }

    /// kvScriptSendEvent with kvEVENT_TYPE_KEY.
    pub fn script_send_key(
        &self,
        session: &str,
        hnd: i64,
        slot: u32,
        key: u32,
    ) -> anyhow::Result<()> {
        let params = [
            hnd_param(hnd),
            slot_param(slot),
            ("eventType", EVENT_TYPE_KEY.to_string()),
            ("eventNo", key.to_string()),
        ];
        self.ok(Some(session), "kvScriptSendEvent", &params)?;
        Ok(())
    }

    /// kvScriptRequestText: subscribe to (or unsubscribe from) a slot's printf output.
    pub fn script_subscribe_text(
        &self,
        session: &str,
        hnd: i64,
        slot: u32,
        on: bool,
    ) -> anyhow::Result<()> {
        let request = if on {
            REQUEST_TEXT_SUBSCRIBE
        } else {
            REQUEST_TEXT_UNSUBSCRIBE
        };
        let params = [
            hnd_param(hnd),
            ("slot", slot.to_string()),
            ("request", request.to_string()),
        ];
        self.ok(Some(session), "kvScriptRequestText", &params)?;
        Ok(())
    }

    /// kvScriptGetText: the next piece of printf output, `None` when there is none yet (canERR_NOMSG).
    pub fn script_get_text(&self, session: &str, hnd: i64) -> anyhow::Result<Option<String>> {
        let r = self.call(Some(session), "kvScriptGetText", &[hnd_param(hnd)])?;
        match stat_of(&r, "kvScriptGetText")? {
            status::OK => Ok(Some(
                r.get("buf")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            )),
            status::ERR_NOMSG => Ok(None),
            stat => Err(status::failure(stat, "kvScriptGetText").into()),
        }
    }

    /// kvScriptEnvvarOpen; an unknown name is exit 5.
    pub fn envvar_open(&self, session: &str, hnd: i64, name: &str) -> anyhow::Result<Envvar> {
        let r = self.call(
            Some(session),
            "kvScriptEnvvarOpen",
            &[hnd_param(hnd), ("envvarName", name.to_owned())],
        )?;
        match stat_of(&r, "kvScriptEnvvarOpen")? {
            status::OK => {}
            // The spec names no code for an unknown envvar: a parameter error (-1), CANlib's NOTFOUND (-3), or
            // SCRIPT_FAIL (-39, devices with no loaded script declaring it). The hint says which one came.
            stat @ (status::ERR_PARAM | status::ERR_NOTFOUND | status::ERR_SCRIPT_FAIL) => {
                let hint = if stat == status::ERR_SCRIPT_FAIL {
                    "the device answered -39 (script error): no loaded script declares it; `fieldctl can script status` shows what is loaded"
                } else {
                    "the device answered -1 (or -3): it has no envvar of that name; envvars are declared by the scripts loaded on the device"
                };
                return Err(Failure::new(
                    Kind::NotFound,
                    format!(
                        "envvar '{name}' does not exist ({})",
                        status::describe(stat)
                    ),
                )
                .hint(hint)
                .into());
            }
            stat => return Err(status::failure(stat, "kvScriptEnvvarOpen").into()),
        }
        let kind = match field_u64(&r, "envvarType", "kvScriptEnvvarOpen")? {
            1 => EnvvarType::Int,
            2 => EnvvarType::Float,
            3 => EnvvarType::Data,
            other => {
                return Err(Failure::new(
                    Kind::Malformed,
                    format!("kvScriptEnvvarOpen: unknown envvar type {other}"),
                )
                .into());
            }
        };
        Ok(Envvar {
            handle: field_i64(&r, "eHnd", "kvScriptEnvvarOpen")?,
            kind,
            size: field_u64(&r, "envvarSize", "kvScriptEnvvarOpen")? as usize,
        })
    }

    pub fn envvar_close(&self, session: &str, var: &Envvar) -> anyhow::Result<()> {
        self.ok(Some(session), "kvScriptEnvvarClose", &[var.param()])?;
        Ok(())
    }

    /// The envvar's value, read with the function its type needs.
    pub fn envvar_get(&self, session: &str, var: &Envvar) -> anyhow::Result<EnvvarValue> {
        let e = var.param();
        match var.kind {
            EnvvarType::Int => {
                let r = self.ok(Some(session), "kvScriptEnvvarGetInt", &[e])?;
                Ok(EnvvarValue::Int(field_i64(
                    &r,
                    "val",
                    "kvScriptEnvvarGetInt",
                )?))
            }
            EnvvarType::Float => {
                let r = self.ok(Some(session), "kvScriptEnvvarGetFloat", &[e])?;
                let v = r.get("val").and_then(Value::as_f64).ok_or_else(|| {
                    Failure::new(Kind::Malformed, "kvScriptEnvvarGetFloat: no numeric 'val'")
                })?;
                Ok(EnvvarValue::Float(v))
            }
            EnvvarType::Data => {
                let params = [
                    e,
                    ("startIndex", "0".into()),
                    ("dataLen", var.size.to_string()),
                ];
                let r = self.ok(Some(session), "kvScriptEnvvarGetData", &params)?;
                let hex = r.get("buf").and_then(Value::as_str).unwrap_or("");
                let bytes = decode_hex(hex).ok_or_else(|| {
                    Failure::new(Kind::Malformed, "kvScriptEnvvarGetData: 'buf' is not hex")
                })?;
                Ok(EnvvarValue::Data(bytes))
            }
        }
    }

    /// Write the envvar with the function its type needs (the caller checked the value fits the type).
    pub fn envvar_set(
        &self,
        session: &str,
        var: &Envvar,
        value: &EnvvarValue,
    ) -> anyhow::Result<()> {
        let e = var.param();
        match value {
            EnvvarValue::Int(v) => {
                self.ok(
                    Some(session),
                    "kvScriptEnvvarSetInt",
                    &[e, ("val", v.to_string())],
                )?;
            }
            EnvvarValue::Float(v) => {
                self.ok(
                    Some(session),
                    "kvScriptEnvvarSetFloat",
                    &[e, ("val", v.to_string())],
                )?;
            }
            EnvvarValue::Data(bytes) => {
                let mut buf = String::with_capacity(bytes.len() * 2);
                frame::push_hex(&mut buf, bytes, "");
                let params = [
                    e,
                    ("buf", buf.to_ascii_lowercase()),
                    ("startIndex", "0".into()),
                    ("dataLen", bytes.len().to_string()),
                ];
                self.ok(Some(session), "kvScriptEnvvarSetData", &params)?;
            }
        }
        Ok(())
    }

    /// kvFileGetCount.
    pub fn file_count(&self, session: &str, hnd: i64) -> anyhow::Result<u64> {
        let r = self.ok(Some(session), "kvFileGetCount", &[hnd_param(hnd)])?;
        field_u64(&r, "count", "kvFileGetCount")
    }

    /// kvFileGetName: the name of file number `n` (0..file_count).
    pub fn file_name(&self, session: &str, hnd: i64, n: u64) -> anyhow::Result<FileEntry> {
        let r = self.ok(
            Some(session),
            "kvFileGetName",
            &[hnd_param(hnd), ("fileNo", n.to_string())],
        )?;
        let name = r.get("name").and_then(Value::as_str).ok_or_else(|| {
            Failure::new(Kind::Malformed, "kvFileGetName: the reply has no 'name'")
        })?;
        Ok(FileEntry {
            name: name.to_owned(),
        })
    }

    /// kvFileDelete; a missing file is exit 5.
    pub fn file_delete(&self, session: &str, hnd: i64, file: &str) -> anyhow::Result<()> {
        let params = [hnd_param(hnd), ("deviceFileName", file.to_owned())];
        self.ok_device_file(session, "kvFileDelete", &params, file)?;
        Ok(())
    }

    /// kvFileDiskFormat: erase every file.
    pub fn file_format(&self, session: &str, hnd: i64) -> anyhow::Result<()> {
        self.ok(Some(session), "kvFileDiskFormat", &[hnd_param(hnd)])?;
        Ok(())
    }

    /// kvFileCopyToDevice: `len` bytes from `body` into `file`.
    pub fn file_upload(
        &self,
        session: &str,
        hnd: i64,
        file: &str,
        len: u64,
        body: Box<dyn std::io::Read + Send>,
    ) -> anyhow::Result<()> {
        let params = [hnd_param(hnd), ("deviceFileName", file.to_owned())];
        let r = self.upload(session, "kvFileCopyToDevice", &params, len, body)?;
        check(&r, "kvFileCopyToDevice")
    }

    /// kvFileCopyFromDevice: the file as a stream; a missing file is exit 5.
    pub fn file_download(
        &self,
        session: &str,
        hnd: i64,
        file: &str,
    ) -> anyhow::Result<StreamResponse> {
        let params = [hnd_param(hnd), ("deviceFileName", file.to_owned())];
        match self.download(session, "kvFileCopyFromDevice", &params)? {
            Download::File(resp) => Ok(resp),
            Download::Reply(reply) => {
                check_device_file(&reply, "kvFileCopyFromDevice", file)?;
                Err(Failure::new(
                    Kind::Malformed,
                    "kvFileCopyFromDevice: stat 0 but no file in the reply",
                )
                .into())
            }
        }
    }
}

const DRIVER_SILENT: u64 = 1;
const EVENT_TYPE_KEY: u32 = 1;
const REQUEST_TEXT_UNSUBSCRIBE: u32 = 1;
const REQUEST_TEXT_SUBSCRIBE: u32 = 2;
const SCRIPT_LOADED: u64 = 1;
const SCRIPT_RUNNING: u64 = 2;

fn hnd_param(hnd: i64) -> (&'static str, String) {
    ("hnd", hnd.to_string())
}

fn slot_param(slot: u32) -> (&'static str, String) {
    ("slotNo", slot.to_string())
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| {
            hex.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
        })
        .collect()
}

/// canReadTimer's reply.
#[derive(Debug, Clone, Copy)]
pub struct Timer {
    pub time: u64,
}

/// canIoCtl's reply.
#[derive(Debug, Clone)]
pub struct IoctlReply {
    pub func: u32,
    pub stat: i64,
    pub buf: Option<Value>,
}

/// canAddFilter's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKind {
    Pass = 1,
    Stop = 2,
    CountingPass = 3,
}

/// canAddFilter's arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct DeviceFilter {
    pub kind: FilterKind,
    pub min: u32,
    pub max: u32,
    pub extended: bool,
    /// (threshold, max) of a counting filter.
    pub counter: Option<(u64, u64)>,
}

/// kvScriptStatus of one slot.
#[derive(Debug, Clone, Copy)]
pub struct ScriptStatus {
    pub slot: u32,
    /// kvSCRIPT_STATUS_* bits.
    pub flags: u64,
}

impl ScriptStatus {
    pub fn loaded(&self) -> bool {
        self.flags & SCRIPT_LOADED != 0
    }

    pub fn running(&self) -> bool {
        self.flags & SCRIPT_RUNNING != 0
    }

    /// `running`, `loaded` or `empty`.
    pub fn state(&self) -> &'static str {
        if self.running() {
            "running"
        } else if self.loaded() {
            "loaded"
        } else {
            "empty"
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvvarType {
    Int,
    Float,
    Data,
}

impl EnvvarType {
    pub fn name(self) -> &'static str {
        match self {
            EnvvarType::Int => "int",
            EnvvarType::Float => "float",
            EnvvarType::Data => "data",
        }
    }
}

/// An open envvar (kvScriptEnvvarOpen): close it with [`CanApi::envvar_close`].
#[derive(Debug)]
pub struct Envvar {
    handle: i64,
    pub kind: EnvvarType,
    /// Bytes.
    pub size: usize,
}

impl Envvar {
    fn param(&self) -> (&'static str, String) {
        ("eHnd", self.handle.to_string())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum EnvvarValue {
    Int(i64),
    Float(f64),
    Data(Vec<u8>),
}

/// One file on the device's flash.
#[derive(Debug, Clone)]
pub struct FileEntry {
    pub name: String,
}

fn path(session: Option<&str>, function: &str) -> String {
    match session {
        Some(s) => format!("/{s}/{function}"),
        None => format!("/{function}"),
    }
}

/// The reply must echo the request's ident: `echo` is None when absent, Some(None) when not an integer.
fn check_ident(function: &str, echo: Option<Option<u64>>, ident: u64) -> anyhow::Result<()> {
    let what = match echo {
        Some(Some(e)) if e == ident => return Ok(()),
        Some(e) => format!(
            "reply carries ident {} but the request had ident={ident}",
            e.map_or("?".into(), |e| e.to_string())
        ),
        None => format!("the reply does not echo ident={ident}"),
    };
    Err(Failure::new(Kind::Malformed, format!("{function}: {what}")).into())
}

pub fn stat_of(reply: &Value, function: &str) -> anyhow::Result<i64> {
    reply.get("stat").and_then(Value::as_i64).ok_or_else(|| {
        Failure::new(
            Kind::Malformed,
            format!("{function}: the reply has no integer 'stat'"),
        )
        .into()
    })
}

pub fn check(reply: &Value, function: &str) -> anyhow::Result<()> {
    match stat_of(reply, function)? {
        status::OK => Ok(()),
        stat => Err(status::failure(stat, function).into()),
    }
}

pub fn check_device_file(reply: &Value, function: &str, file: &str) -> anyhow::Result<()> {
    match stat_of(reply, function)? {
        status::ERR_DEVICE_FILE => Err(Failure::new(
            Kind::NotFound,
            format!(
                "{file}: no such file on the device ({function}: {})",
                status::describe(status::ERR_DEVICE_FILE)
            ),
        )
        .hint(if file.contains(":/") {
            "list the device's files with `fieldctl can file ls`".to_owned()
        } else {
            format!("device files are named with their drive, like F:/{file}; `fieldctl can file ls` lists them")
        })
        .into()),
        _ => check(reply, function),
    }
}

pub fn field_u64(reply: &Value, key: &str, function: &str) -> anyhow::Result<u64> {
    reply.get(key).and_then(Value::as_u64).ok_or_else(|| {
        Failure::new(
            Kind::Malformed,
            format!("{function}: the reply has no unsigned integer '{key}'"),
        )
        .into()
    })
}

pub fn field_i64(reply: &Value, key: &str, function: &str) -> anyhow::Result<i64> {
    reply.get(key).and_then(Value::as_i64).ok_or_else(|| {
        Failure::new(
            Kind::Malformed,
            format!("{function}: the reply has no integer '{key}'"),
        )
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_bits() {
        let s = |usage| {
            DeviceStatus {
                usage,
                timeout: None,
                ip: None,
            }
            .usage_text()
        };
        assert_eq!(s(0), "free");
        assert_eq!(s(3), "in use via service and JSON API");
        assert_eq!(s(4), "in use via JSONP API");
    }
}
