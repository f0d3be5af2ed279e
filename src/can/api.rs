//! `CanApi`: a typed client of the Kvaser REST API. It never prints. Every call carries `ident=N` (increasing)
//! and checks the echo; `stat` is checked by the typed methods, returned raw by [`CanApi::call`].

use std::cell::Cell;

use serde_json::Value;

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
pub struct ReadReply {
    pub stat: i64,
    pub ident: Option<u64>,
    pub msgs: Option<Vec<RawMsg>>,
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

    /// canRead, parsed straight into frames (the hot path of `can dump`). `stat` is left to the caller: -2 means
    /// "no frames yet".
    pub fn read(&self, session: &str, hnd: i64, max: usize) -> anyhow::Result<ReadReply> {
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
        Ok(reply)
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

    /// canInitializeLibrary: Ok(Ok(session)) or Ok(Err(stat)) so the caller can handle "in use" and passwords.
    pub fn initialize(
        &self,
        password: Option<&Secret>,
        timeout: u32,
    ) -> anyhow::Result<Result<String, i64>> {
        let reply = self.call_with(
            None,
            "canInitializeLibrary",
            &[("timeout", timeout.to_string())],
            |req| {
                let req = req.hide_response_body();
                match password {
                    Some(pw) => req.secret_query("password", pw.expose()),
                    None => req,
                }
            },
        )?;
        let stat = stat_of(&reply, "canInitializeLibrary")?;
        if stat != status::OK {
            return Ok(Err(stat));
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
        Ok(Ok(session.to_owned()))
    }

    pub fn unload(&self, session: &str) -> anyhow::Result<i64> {
        let reply = self.call(Some(session), "canUnloadLibrary", &[])?;
        stat_of(&reply, "canUnloadLibrary")
    }
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
        .hint("list the device's files with `fieldctl can file ls`")
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
