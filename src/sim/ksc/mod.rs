//! `fieldctl sim ksc`: a Kaspersky Security Center Open API server, faithful to specs/ksc-open-api.txt and
//! docs/ksc-client-notes.md. This is the foundation: the transport (`POST /api/v1.0/[Instance.]Class.Method`,
//! a JSON object or an empty body), both ways to authenticate — the per-connection `login` (the TCP connection
//! stays authenticated, a new one is not) and sessions (`Session.StartSession` → an id sent as `X-KSC-Session`
//! on any connection, idle expiry, `Session.EndSession`) — the `KSCBasic` and `KSCT` schemes
//! (`Session.CreateToken`), and the answers: `PxgRetVal`, `PxgError` with 200, other statuses with a
//! `text/html` description (401 unauthenticated, 403 bad credentials, 404 unknown method, 405 not POST,
//! 400 a malformed request).
//!
//! Methods: `Session.StartSession`, `Session.EndSession`, `Session.CreateToken`, and the spec's samples
//! `KlsrvoapiTestApi.TestMethod0` (`{"PxgRetVal":123456}`) and `TestApi.TestError` (a `PxgError`).

mod auth;
mod authz;
mod b64;
mod files;
mod reply;

use std::sync::Mutex;
use std::time::Duration;

use clap::Args;
use serde_json::{Map, Value, json};

use super::ServeArgs;
use super::http::{Handler, Request, Response};
use crate::context::Context;
use crate::error::{Failure, Kind};

#[derive(Args)]
pub struct KscSimArgs {
    #[command(flatten)]
    serve: ServeArgs,
    /// An account, repeatable: NAME:PASSWORD, or DOMAIN\NAME:PASSWORD for a domain account (default: admin:admin)
    #[arg(long = "user", value_name = "NAME:PASSWORD")]
    users: Vec<String>,
    /// Seconds a session may stay unused before it expires
    #[arg(long, value_name = "SECS", default_value_t = 600.0)]
    session_idle: f64,
    #[command(flatten)]
    files: files::FileArgs,
}

pub fn run(ctx: &Context, args: KscSimArgs) -> anyhow::Result<()> {
    let accounts = auth::Accounts::parse(&args.users).map_err(|e| Failure::new(Kind::Usage, e))?;
    if !(args.session_idle.is_finite() && args.session_idle > 0.0) {
        return Err(Failure::new(Kind::Usage, "--session-idle: expected seconds > 0").into());
    }
    let files = files::Files::new(args.files).map_err(|e| Failure::new(Kind::Usage, e))?;
    let sim = Ksc {
        files,
        auth: Mutex::new(auth::Auth::new(
            accounts,
            Duration::from_secs_f64(args.session_idle),
        )),
    };
    super::serve(ctx, &args.serve, "127.0.0.1:13299", sim)
}

pub struct Ksc {
    files: files::Files,
    auth: Mutex<auth::Auth>,
}

/// What one TCP connection carries: the account a `login` on it authenticated.
#[derive(Default)]
pub struct Conn {
    user: Option<String>,
}

/// Who a call runs as, and the session it came with.
struct Caller {
    user: String,
    session: Option<String>,
}

impl Handler for Ksc {
    type Conn = Conn;

    fn continue_delay(&self) -> Duration {
        self.files.continue_delay()
    }

    fn handle(&self, req: &mut Request, conn: &mut Conn) -> Response {
        if !req.path.starts_with("/api/") {
            return files::handle(self, req, conn);
        }
        if req.method != "POST" {
            return reply::status(405, "Method Not Allowed");
        }
        let Some(method) = req.path.strip_prefix("/api/v1.0/").map(str::to_owned) else {
            return reply::status(404, "Not Found");
        };
        let params = match read_params(req) {
            Ok(p) => p,
            Err(e) => return reply::status(400, e),
        };
        match method.as_str() {
            "login" => self.login(req, conn),
            "Session.StartSession" => self.start_session(req),
            _ => match self.caller(req, conn) {
                Ok(caller) => self.call(&method, &params, &caller),
                Err(resp) => resp,
            },
        }
    }
}

/// The body: a JSON object, or empty (some clients send nothing for `{}`). A `Content-Type`, when present,
/// must be `application/json`.
fn read_params(req: &mut Request) -> Result<Map<String, Value>, &'static str> {
    if let Some(ct) = req.header("content-type") {
        let mime = ct.split(';').next().unwrap_or("").trim();
        if !mime.eq_ignore_ascii_case("application/json") {
            return Err("Content-Type must be application/json");
        }
    }
    let body = req.body().map_err(|_| "Bad request body")?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice(&body) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err("The request body must be a JSON object"),
    }
}

impl Ksc {
    /// `login`: 200 `{}` and the connection is authenticated; 401 no or a malformed header; 403 wrong
    /// credentials, and the server closes the connection.
    fn login(&self, req: &Request, conn: &mut Conn) -> Response {
        let presented = match authz::parse(req.header("authorization")) {
            Ok(p) => p,
            Err(e) => return reply::unauthorized(e),
        };
        match self.auth.lock().unwrap().authenticate(&presented) {
            Some(user) => {
                conn.user = Some(user);
                reply::json(json!({}))
            }
            None => {
                conn.user = None;
                let mut r = reply::status(403, "Invalid credentials");
                r.close = true;
                r
            }
        }
    }

    /// `Session.StartSession`: the session id as `PxgRetVal`; 401 / 403 as for `login` (no close).
    fn start_session(&self, req: &Request) -> Response {
        let presented = match authz::parse(req.header("authorization")) {
            Ok(p) => p,
            Err(e) => return reply::unauthorized(e),
        };
        let mut auth = self.auth.lock().unwrap();
        match auth.authenticate(&presented) {
            Some(user) => reply::ret(json!(auth.start_session(user))),
            None => reply::status(403, "Invalid credentials"),
        }
    }

    /// A call's account: its `X-KSC-Session` (on any connection), else the connection's `login`.
    fn caller(&self, req: &Request, conn: &Conn) -> Result<Caller, Response> {
        if let Some(id) = req.header("x-ksc-session") {
            return match self.auth.lock().unwrap().touch(id) {
                Some(user) => Ok(Caller {
                    user,
                    session: Some(id.to_owned()),
                }),
                None => Err(reply::unauthorized("Session not found or expired")),
            };
        }
        match &conn.user {
            Some(user) => Ok(Caller {
                user: user.clone(),
                session: None,
            }),
            None => Err(reply::unauthorized("Authentication required")),
        }
    }

    fn call(&self, method: &str, _params: &Map<String, Value>, caller: &Caller) -> Response {
        match method {
            "Session.EndSession" => {
                if let Some(id) = &caller.session {
                    self.auth.lock().unwrap().end_session(id);
                }
                reply::json(json!({}))
            }
            "Session.CreateToken" => {
                let token = self.auth.lock().unwrap().create_token(caller.user.clone());
                reply::ret(json!(token))
            }
            "KlsrvoapiTestApi.TestMethod0" => reply::ret(json!(123456)),
            "TestApi.TestError" => reply::pxg_error(1199, "KLSTD", "Operation canceled"),
            _ => reply::status(404, &format!("The method {method} is not implemented")),
        }
    }
}
