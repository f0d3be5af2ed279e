//! The typed KSC client: who we are on which server, how calls are authenticated, and what every answer means.
//!
//! Two ways to authenticate (specs/ksc-open-api.txt, "Client authentication"):
//! - sessions (default): `Session.StartSession` with the `Authorization` header answers a session id, which
//!   every later call sends as `X-KSC-Session` on any connection; the run ends it with `Session.EndSession`
//!   (also after an error or Ctrl-C), unless `ksc login` kept it in the state store for later runs;
//! - `--connection-auth`: the `login` method authenticates the TCP connection it came over, and every later
//!   call goes over that connection with no credentials at all; if it drops, the client logs in again.
//!
//! A 401 to a call (an expired session) starts a new session once, transparently, and repeats the call.
//! Every request carries `X-KSC-RequestId` (see [`ids`]), `Accept-Encoding: gzip, deflate` (the transport's),
//! and `X-KSC-VServer` (base64) when a virtual server is named. Answers are read by [`super::errors`]; reads
//! (`Client::read`) are repeated on 503 with backoff. The client never prints.

mod auth;
mod ids;
mod session;

use std::sync::Mutex;
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Map, Value};

use super::errors::{self, Call};
use super::{Connection, settings};
use crate::address::Address;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::state::Store;
use crate::transport::{Body, Reauth, Request, Response, Transport, Verdict};

pub use auth::Method as AuthMethod;
use session::State;

pub struct Client<'a> {
    ctx: &'a Context,
    t: Transport,
    base: String,
    address: Address,
    auth: auth::Auth,
    vserver: Option<String>,
    connection_auth: bool,
    ids: ids::RequestIds,
    store: Store,
    state: Mutex<State>,
    /// The password or token, once resolved (a run asks for it at most once).
    secret: Mutex<Option<crate::secret::Secret>>,
    password_stdin: bool,
    token_stdin: bool,
    totp: Option<String>,
    /// Held while this run's own session exists: Ctrl-C ends it before exiting.
    hold: Mutex<Option<crate::interrupt::Hold>>,
}

/// What a call's answer makes, for how it is sent.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Made {
    Nothing,
    /// Server-side state this run must release (an iterator): Ctrl-C lets the answer arrive.
    State,
    /// A secret (a token): never traced, and Ctrl-C lets the answer arrive.
    Secret,
}

/// How often a read is sent when the server answers 503 (busy, starting up).
pub(super) const READ_ATTEMPTS: u32 = 4;

impl<'a> Client<'a> {
    /// Resolve server, user and scheme (nothing is sent, no secret read yet); find a session kept by `ksc login`.
    pub fn new(ctx: &'a Context, conn: &Connection) -> anyhow::Result<Client<'a>> {
        let server = match &conn.server {
            Some(s) => Some(s.clone()),
            None => ctx.get(&settings::SERVER)?,
        };
        let server = server.ok_or_else(|| {
            Failure::new(Kind::Usage, "no KSC server given").hint(format!(
                "use --server https://HOST[:13299], or set {}",
                settings::SERVER.spec.origins()
            ))
        })?;
        let address = Address::resolve(&server, settings::ADDRESS)?;
        if !address.path().is_empty() {
            return Err(Failure::new(
                Kind::Usage,
                format!(
                    "--server '{address}': a KSC server address has no path ({})",
                    address.path()
                ),
            )
            .hint("give only https://host[:port]; fieldctl adds /api/v1.0/… itself")
            .into());
        }
        let auth = auth::Auth::resolve(ctx, conn)?;
        let vserver = match &conn.vserver {
            Some(v) => Some(v.clone()),
            None => ctx.get(&settings::VSERVER)?,
        }
        .filter(|v| !v.is_empty());
        let t = ctx.transport(super::trust::resolve(ctx, &address, conn.pin_sha256)?)?;
        let store = Store::new(
            "ksc",
            &address,
            Some(&session::store_user(&auth, vserver.as_deref())),
        )?;
        let client = Client {
            ctx,
            t,
            base: address.url(),
            address,
            auth,
            vserver,
            connection_auth: conn.connection_auth,
            ids: ids::RequestIds::new(),
            store,
            state: Mutex::new(State::None),
            secret: Mutex::new(None),
            password_stdin: conn.password_stdin,
            token_stdin: conn.token_stdin,
            totp: conn.totp.clone(),
            hold: Mutex::new(None),
        };
        if !client.connection_auth {
            client.restore_kept();
        }
        client.t.note(&format!(
            "X-KSC-RequestId trace id of this run: {}",
            client.ids.trace()
        ));
        Ok(client)
    }

    /// The server as messages show it.
    pub fn server(&self) -> String {
        self.address.to_string()
    }

    pub fn address(&self) -> &Address {
        &self.address
    }

    pub fn transport(&self) -> &Transport {
        &self.t
    }

    /// Who on which virtual server, as login and logout say it: `admin`, `admin on virtual server vs1`.
    pub fn account(&self) -> String {
        match &self.vserver {
            Some(vs) => format!("{} on virtual server {vs}", self.who()),
            None => self.who(),
        }
    }

    /// Who authenticates, as messages show it (`admin`, `CORP\admin`, `a KSCT token`).
    pub fn who(&self) -> String {
        self.auth.who()
    }

    /// Call `method` (`[Instance.]Class.Method`) with `params` (a JSON object); the answer's whole object
    /// (`PxgRetVal` and output parameters, typed wrappers as sent) or the failure it means.
    pub fn call(&self, method: &str, params: Value) -> anyhow::Result<Map<String, Value>> {
        self.call_with(method, params, 1)
    }

    /// [`Client::call`] for a method that only reads: a 503 is retried with backoff a few times, then exit 8.
    pub fn read(&self, method: &str, params: Value) -> anyhow::Result<Map<String, Value>> {
        self.call_with(method, params, READ_ATTEMPTS)
    }

    /// [`Client::read`] for a call that makes server-side state this run must release (`FindHosts`' accessor,
    /// an iterator): once sent, Ctrl-C lets its answer arrive, so that what it made is known and released
    /// rather than left to expire.
    pub fn open(&self, method: &str, params: Value) -> anyhow::Result<Map<String, Value>> {
        let resp = self.exchange(method, params, READ_ATTEMPTS, Made::State)?;
        self.object(method, &resp)
    }

    /// [`Client::call`] for a call whose answer is a secret (`Session.CreateToken`): `-vv` shows only its
    /// size, and once sent Ctrl-C lets the answer arrive (the caller prints it before exiting).
    pub fn call_secret(&self, method: &str, params: Value) -> anyhow::Result<Map<String, Value>> {
        let resp = self.exchange(method, params, 1, Made::Secret)?;
        self.object(method, &resp)
    }

    /// [`Client::call`] that hands back the answer's body as received (`ksc call --raw`).
    pub fn call_raw(&self, method: &str, params: Value, read: bool) -> anyhow::Result<Vec<u8>> {
        let attempts = if read { READ_ATTEMPTS } else { 1 };
        Ok(self.exchange(method, params, attempts, Made::Nothing)?.body)
    }

    fn call_with(
        &self,
        method: &str,
        params: Value,
        attempts: u32,
    ) -> anyhow::Result<Map<String, Value>> {
        let resp = self.exchange(method, params, attempts, Made::Nothing)?;
        self.object(method, &resp)
    }

    /// A result's JSON object (an empty body is `{}`).
    fn object(&self, method: &str, resp: &Response) -> anyhow::Result<Map<String, Value>> {
        if resp.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Map::new());
        }
        match serde_json::from_slice(&resp.body) {
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) | Err(_) => Err(Failure::new(
                Kind::Malformed,
                format!(
                    "{method}: the answer of {} is not a JSON object: {}",
                    self.server(),
                    crate::transport::status::body_start(&resp.body)
                ),
            )
            .into()),
        }
    }

    /// Send the call (503 repeated up to `attempts` times in all); a result's response, or its failure.
    fn exchange(
        &self,
        method: &str,
        params: Value,
        attempts: u32,
        made: Made,
    ) -> anyhow::Result<Response> {
        let resp = self.while_busy(method, attempts, &mut || {
            let mut req = self.api_request(method, Body::Json(params.clone()));
            if made != Made::Nothing {
                req = req.finish_on_interrupt();
            }
            if made == Made::Secret {
                req = req.hide_response_body();
            }
            self.send(req)
        })?;
        if let Some(f) = self.failure(method, &resp, false) {
            return Err(f.into());
        }
        Ok(resp)
    }

    /// Send what `send` makes; while the answer is a 503 without a `PxgError` (busy, starting up), wait
    /// (backoff from 0.5 s, or a `Retry-After` up to 30 s) and send it again, `attempts` times in all.
    pub(super) fn while_busy(
        &self,
        what: &str,
        attempts: u32,
        send: &mut dyn FnMut() -> anyhow::Result<Response>,
    ) -> anyhow::Result<Response> {
        let mut delay = Duration::from_millis(500);
        let mut attempt = 1;
        loop {
            let resp = send()?;
            if resp.status != 503
                || attempt >= attempts
                || errors::PxgError::of(&resp.body).is_some()
            {
                return Ok(resp);
            }
            let asked = crate::transport::status::retry_after(resp.header("retry-after"));
            let wait = asked
                .filter(|d| *d <= Duration::from_secs(30))
                .unwrap_or(delay);
            self.t.note(&format!(
                "503: repeating {what} in {} ms (attempt {})",
                wait.as_millis(),
                attempt + 1
            ));
            crate::interrupt::sleep(wait);
            crate::interrupt::check()?;
            delay = (delay * 2).min(Duration::from_secs(8));
            attempt += 1;
        }
    }

    /// A login's answer as an object (its failure was read already).
    fn result(&self, method: &str, resp: &Response) -> anyhow::Result<Map<String, Value>> {
        match serde_json::from_slice(&resp.body) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(Failure::new(
                Kind::Malformed,
                format!(
                    "{method}: the answer of {} is not a JSON object",
                    self.server()
                ),
            )
            .into()),
        }
    }

    fn failure(&self, what: &str, resp: &Response, login: bool) -> Option<Failure> {
        errors::failure(
            &Call {
                what,
                server: &self.server(),
                who: &self.who(),
                login,
            },
            resp,
        )
    }

    /// `POST /api/v1.0/<method>` with this run's headers (not yet authenticated).
    fn api_request(&self, method: &str, body: Body) -> Request {
        let req = Request::new("POST", &self.base, &format!("/api/v1.0/{method}"))
            .body(body)
            .status_rule(accept_all);
        self.stamp(req)
    }

    /// A request id and the virtual server.
    fn stamp(&self, req: Request) -> Request {
        let id = self.ids.next();
        let mut req = req
            .header("X-KSC-RequestId", &id)
            .trace_note(format!("X-KSC-RequestId: {id}"));
        if let Some(vs) = &self.vserver {
            req.set_header(
                "X-KSC-VServer",
                &base64::engine::general_purpose::STANDARD.encode(vs.as_bytes()),
            );
        }
        req
    }

    /// An authenticated request for a file path (`GET /FTSF/…`, `PUT /FTUR/…`): send it with
    /// [`Client::send`] or [`Client::send_streaming`]. Statuses are the caller's to read (all accepted).
    pub fn file_request(&self, method: &'static str, path: &str) -> Request {
        let mut req = Request::new(method, &self.base, path).status_rule(accept_all);
        if matches!(method, "GET" | "HEAD") {
            // Ranges of the file's own bytes, with the total in Content-Range: a compressed body would make
            // both about the encoding instead (the spec's download example asks for identity too).
            req = req.header("Accept-Encoding", "identity");
        }
        self.stamp(req)
    }

    /// Send an API or file request authenticated (a session or the login connection, made first when there
    /// is none); a 401 or a dropped login connection authenticates again once and repeats the request. Any
    /// status comes back: read it with [`Client::judge`].
    pub fn send(&self, req: Request) -> anyhow::Result<Response> {
        self.ensure_authenticated()?;
        let req = self.authorize(req);
        self.t.send_reauth(req, &mut |why, replay| {
            self.authenticate_again(why)?;
            replay.set_header("X-KSC-RequestId", &self.ids.next());
            self.authorize_replay(replay);
            Ok(())
        })
    }

    /// [`Client::send`] for a response read as it arrives (downloads); a 401 or a dropped login connection
    /// authenticates again once. Any status comes back.
    pub fn send_streaming(&self, req: Request) -> anyhow::Result<crate::transport::StreamResponse> {
        self.ensure_authenticated()?;
        let replay = req.try_clone();
        let why = match self.t.send_streaming(self.authorize(req)) {
            Err(e) if crate::transport::was_dropped(&e) => Reauth::ConnectionDropped,
            Err(e) => return Err(e),
            Ok(r) if r.status == 401 && replay.is_some() => Reauth::Unauthorized,
            Ok(r) => return Ok(r),
        };
        let Some(mut replay) = replay else {
            return Err(Failure::new(
                Kind::Internal,
                "a streamed request with a body cannot be repeated",
            )
            .into());
        };
        self.authenticate_again(why)?;
        replay.set_header("X-KSC-RequestId", &self.ids.next());
        self.authorize_replay(&mut replay);
        self.t.send_streaming(replay)
    }

    /// The failure a file request's answer means (`what`: `GET /FTSF/x`), or None for a 2xx.
    pub fn judge(&self, what: &str, resp: &Response) -> Option<Failure> {
        self.failure(what, resp, false)
    }
}

/// Every status reaches the client, which reads it with the call's context.
fn accept_all(_status: u16, _path: &str, _body: &[u8]) -> Option<Verdict> {
    Some(Verdict::Accept)
}
