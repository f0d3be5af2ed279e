//! The typed OVMS client: who we are on which server, the cookie session, and every request's status.
//!
//! Authentication, as the real server does it: `GET /api/cookie?username=U&password=P` (P is the password or an
//! API token) answers `Set-Cookie: ovmsapisession=…`; the cookie then authenticates every call until the server
//! forgets it, a fixed time after login. The client logs in once per run at most, keeps the cookie in the state
//! store (0600, per server, user and kind of credentials) for later runs, and on a 401 logs in again once and
//! repeats the call. A token's session and a password's are kept apart: a session has the rights of what opened
//! it, so a cron profile's token session must never serve an interactive run (nor a password's session outlive
//! a deleted token in cron).
//! Threads sharing one client (the fleet view) log in again once between them: a call that got its 401 with an
//! older cookie than the current one is only repeated.
//!
//! A token whose permit lacks `session` cannot log in (403 `Insufficient rights`): its calls then carry the
//! credentials in their query instead, which the server accepts for every call but the cookie and token ones.
//! A call refused for rights (403 `Insufficient rights`, e.g. `token.admin`) over a token's session is repeated
//! once over a password session when a password is at hand (a source, or the prompt on a terminal).
//!
//! Every non-2xx status is read by [`statuses::failure`]; the client never prints.

mod credentials;
mod encoding;
mod login;

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use serde_json::Value;

use super::{Connection, settings, statuses};
use crate::address::{Address, Scheme};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::state::Store;
use crate::transport::{Request, Response, Transport, Verdict};

use credentials::{Auth, wanted_kind};
pub use encoding::{decode_segment, form, segment};
pub use login::{Login, Made, Payload};

/// The server's session cookie.
pub const COOKIE: &str = "ovmsapisession";

pub struct Client {
    t: Transport,
    base: String,
    address: Address,
    user: String,
    /// The kept sessions, one per kind of credentials (see the module doc).
    password_store: Store,
    token_store: Store,
    /// Which of them this run uses: the kind it would authenticate with (a password when only the prompt is
    /// left); a password after a call was repeated for rights.
    kind: Mutex<Made>,
    /// What authenticated the current session or query (None: a kept record of an older version).
    made: Mutex<Option<Made>>,
    /// A call was already repeated over a password session for rights (once per run).
    upgraded: AtomicBool,
    /// Threads share this client (the fleet view, the only caller with --parallel): for the 429 hint.
    parallel: AtomicBool,
    password_stdin: bool,
    token_stdin: bool,
    /// The credentials, once resolved (a run asks for them at most once).
    auth: Mutex<Option<Auth>>,
    /// How calls authenticate now.
    mode: Mutex<Mode>,
    /// Bumped by every login: a 401 to a call sent before the last login is only repeated.
    generation: AtomicU64,
    /// Held while logging in, so threads that all got a 401 log in once between them.
    login_lock: Mutex<()>,
    /// The first failed login (429, timeout, refused): every later call fails with it and sends nothing, so
    /// threads do not each try again (a login storm against a rate-limited server).
    failed: Mutex<Option<(Kind, String)>>,
    /// Which kind of credentials this run would use (None: no source but the prompt), decided without
    /// running a command or reading stdin: a kept cookie made with the other kind is not reused.
    wants: Option<Made>,
    /// A session was kept for this run (so a login it needs means the session expired).
    had_session: AtomicBool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// No session yet: the first call logs in.
    None,
    /// The jar holds the session cookie.
    Cookie,
    /// A token without the `session` right: credentials in every call's query.
    Query,
}

impl Client {
    /// Resolve server and user (no request, no file touched); restore a kept cookie.
    pub fn new(ctx: &Context, conn: &Connection) -> anyhow::Result<Client> {
        let server = match &conn.server {
            Some(s) => s.clone(),
            None => ctx.get(&settings::SERVER)?,
        };
        let address = Address::resolve(&server, settings::ADDRESS)?;
        // Every call's path starts with /api/: a base path would send /api/api/… (an OVMS server has none;
        // a proxy that serves it under a prefix is not supported).
        if !address.path().is_empty() {
            return Err(Failure::new(
                Kind::Usage,
                format!(
                    "--server '{address}': an OVMS server address has no path ({})",
                    address.path()
                ),
            )
            .hint("give only scheme://host[:port], e.g. https://api.openvehicles.com:6869; fieldctl adds /api/… itself")
            .into());
        }
        let user = match &conn.username {
            Some(u) => u.clone(),
            None => ctx.get(&settings::USERNAME)?.ok_or_else(|| {
                Failure::new(Kind::Usage, "no OVMS username given").hint(format!(
                    "use --username NAME, or set {}",
                    settings::USERNAME.spec.origins()
                ))
            })?,
        };
        if user.is_empty() {
            return Err(Failure::new(Kind::Usage, "the OVMS username is empty").into());
        }
        let ca = if address.scheme == Scheme::Https {
            ctx.get(&settings::CA_CERT)?
        } else {
            None
        };
        let t = ctx.transport(crate::transport::Trust::ca(ca))?;
        // The password's file is the one older versions kept every session in.
        let password_store = Store::new("ovms", &address, Some(&user))?;
        let token_store = Store::new("ovms-token", &address, Some(&user))?;
        let wants = wanted_kind(ctx, conn)?;
        let client = Client {
            t,
            base: address.url(),
            address,
            user,
            password_store,
            token_store,
            kind: Mutex::new(wants.unwrap_or(Made::Password)),
            made: Mutex::new(None),
            upgraded: AtomicBool::new(false),
            parallel: AtomicBool::new(false),
            password_stdin: conn.password_stdin,
            token_stdin: conn.token_stdin,
            auth: Mutex::new(None),
            mode: Mutex::new(Mode::None),
            generation: AtomicU64::new(0),
            login_lock: Mutex::new(()),
            failed: Mutex::new(None),
            wants,
            had_session: AtomicBool::new(false),
        };
        if let Some(record) = client.store().peek::<Payload>()
            && !record.session.is_empty()
            && client.reusable(&record.payload)
        {
            client.had_session.store(true, Ordering::SeqCst);
            if !record.expired() {
                client.t.set_cookie(&client.base, COOKIE, &record.session);
                *client.mode() = Mode::Cookie;
                *client.made.lock().expect("made lock") = record.payload.made_with;
            }
        }
        Ok(client)
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn address(&self) -> &Address {
        &self.address
    }

    /// The server as messages show it.
    pub fn server(&self) -> String {
        self.address.to_string()
    }

    pub fn transport(&self) -> &Transport {
        &self.t
    }

    fn mode(&self) -> std::sync::MutexGuard<'_, Mode> {
        self.mode.lock().expect("mode lock")
    }

    /// A session cookie is held (kept from an earlier run or made by this one).
    pub fn has_session(&self) -> bool {
        *self.mode() == Mode::Cookie
    }

    /// A request to `path` (already encoded, see [`segment`]) on this server.
    pub fn request(&self, method: &'static str, path: &str) -> Request {
        Request::new(method, &self.base, path)
    }

    /// Send an authenticated call (logging in first when there is no session) and judge its status. `ctx`
    /// resolves the credentials when a login needs them and none are known yet; threads pass None (see
    /// [`Client::prepare_credentials`]).
    pub fn call(&self, ctx: Option<&Context>, req: Request) -> anyhow::Result<Response> {
        let method = req.method;
        let path = path_of(&req);
        let resp = self.call_any(ctx, req)?;
        self.judge(method, &path, resp)
    }

    /// [`Client::call`] that hands back any status (401 aside, which is logged in again for): for callers
    /// that describe a failed call in their output (the fleet view's rows) and judge it with [`Client::judge`].
    pub fn call_any(&self, ctx: Option<&Context>, req: Request) -> anyhow::Result<Response> {
        self.call_inner(ctx, req).map_err(with_timeout_hint)
    }

    fn call_inner(&self, ctx: Option<&Context>, req: Request) -> anyhow::Result<Response> {
        let method = req.method;
        let path = path_of(&req);
        self.check_failed()?;
        if *self.mode() == Mode::None {
            let _one = self.login_lock.lock().expect("login lock");
            self.check_failed()?;
            if *self.mode() == Mode::None {
                let result = self.log_in(ctx, None);
                self.remember(result)?;
                // Ctrl-C during the login: the cookie is kept, the call is not sent. (Only here: clean-up
                // calls after Ctrl-C, such as a disconnect, are sent.)
                crate::interrupt::check()?;
            }
        }
        let generation = self.generation.load(Ordering::SeqCst);
        // Before the credentials go in its query: a call repeated over a password session must not carry the token.
        let original = req.try_clone();
        let req = self.authorize(req).status_rule(accept_all);
        // A v2 server answers an expired session with 404 `Authentication failed`, which the transport's
        // re-login on 401 does not see: the client logs in again once itself.
        let v2_replay = req.try_clone();
        let mut again = false;
        let mut resp = self.t.send_reauth(req, &mut |_why, replay| {
            if *self.mode() == Mode::Query {
                // Credentials in the query were refused: logging in again cannot help.
                return Err(self.refused(401).into());
            }
            again = true;
            self.login_again(ctx, generation)?;
            self.authorize_replay(replay);
            Ok(())
        })?;
        if !again
            && statuses::v2_refused(resp.status, &resp.body)
            && *self.mode() == Mode::Cookie
            && let Some(mut replay) = v2_replay
        {
            self.login_again(ctx, generation)?;
            self.authorize_replay(&mut replay);
            resp = self.t.send(replay)?;
        }
        if resp.status == 403
            && statuses::insufficient_rights(&resp.body)
            && path != "/api/cookie"
            && let (Some(ctx), Some(original)) = (ctx, original)
            && self.may_upgrade()
            && self.upgrade(ctx, &method_and_path(method, &path))?
        {
            resp = self
                .t
                .send(self.authorize(original).status_rule(accept_all))?;
        }
        // Refused credentials are an error here too: no caller describes them as a row.
        if resp.status == 401 || statuses::v2_refused(resp.status, &resp.body) {
            return self.judge(method, &path, resp);
        }
        Ok(resp)
    }

    /// How many logins this run made (a new session drops the vehicle connections of the old one).
    pub fn logins(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// [`Client::call`] for a GET whose answer is JSON.
    pub fn get_json(&self, ctx: Option<&Context>, path: &str) -> anyhow::Result<Value> {
        let resp = self.call(ctx, self.request("GET", path))?;
        parse_json(&resp, "GET", path)
    }

    /// Whether calls carry the token in their query (a token without the `session` right).
    pub fn query_auth(&self) -> bool {
        *self.mode() == Mode::Query
    }

    /// A 2xx answer, or the failure its status means for this call.
    pub fn judge(&self, method: &str, path: &str, resp: Response) -> anyhow::Result<Response> {
        if (200..300).contains(&resp.status) {
            return Ok(resp);
        }
        if resp.status == 401 || statuses::v2_refused(resp.status, &resp.body) {
            return Err(self.refused(resp.status).into());
        }
        // Read once: a guard in the literal would live to the end of the statement (a second lock would hang).
        let auth = self.auth.lock().expect("auth lock").clone();
        let made = *self.made.lock().expect("made lock");
        Err(statuses::failure(
            &statuses::Call {
                method,
                path,
                server: &self.server(),
                user: &self.user,
                parallel: self.parallel.load(Ordering::SeqCst),
                older_session: auth.is_none() && made.is_none(),
                // A kept session's kind is known from its record when no credentials were resolved.
                token: auth.map_or(made == Some(Made::Token), |a| a.token),
            },
            &resp,
        )
        .into())
    }

    /// A GET whose body the caller reads as it arrives (no --max-response-bytes: `ovms history TYPE` streams
    /// its records), authenticated as [`Client::call`]: a login when there is no session; on a 401 (or a v2
    /// server's 404 `Authentication failed`) one login again and the call once more; any other non-2xx
    /// status is read by [`statuses::failure`].
    pub fn get_streaming(
        &self,
        ctx: Option<&Context>,
        path: &str,
        query: &[(&str, &str)],
    ) -> anyhow::Result<crate::transport::StreamResponse> {
        if *self.mode() == Mode::None {
            let _one = self.login_lock.lock().expect("login lock");
            if *self.mode() == Mode::None {
                self.log_in(ctx, None)?;
            }
        }
        // Ok(stream) for a 2xx, Err(head) (status and the body's start, enough for a message) for another.
        let send = || -> anyhow::Result<Result<crate::transport::StreamResponse, Response>> {
            let mut req = self.request("GET", path).status_rule(accept_all);
            for (k, v) in query {
                req.add_query(k, v);
            }
            let resp = self.t.send_streaming(self.authorize(req))?;
            if (200..300).contains(&resp.status) {
                return Ok(Ok(resp));
            }
            let head = resp.into_head(64 << 10).map_err(|e| {
                Failure::new(
                    Kind::Connect,
                    format!("GET {path}: reading the {} answer: {e}", self.server()),
                )
            })?;
            Ok(Err(head))
        };
        let generation = self.generation.load(Ordering::SeqCst);
        let mut head = match send()? {
            Ok(stream) => return Ok(stream),
            Err(head) => head,
        };
        // Credentials in the query that were refused: logging in again cannot help (judge says so).
        if (head.status == 401 || statuses::v2_refused(head.status, &head.body))
            && *self.mode() == Mode::Cookie
        {
            self.login_again(ctx, generation)?;
            head = match send()? {
                Ok(stream) => return Ok(stream),
                Err(head) => head,
            };
        }
        Err(self
            .judge("GET", path, head)
            .expect_err("a non-2xx status is a failure"))
    }
}

/// Every status reaches the client, which reads it with the call's context (vehicle, right, server).
fn accept_all(_status: u16, _path: &str, _body: &[u8]) -> Option<Verdict> {
    Some(Verdict::Accept)
}

fn path_of(req: &Request) -> String {
    req.path().to_owned()
}

/// The body as JSON, or exit 9 naming the call.
pub fn parse_json(resp: &Response, method: &str, path: &str) -> anyhow::Result<Value> {
    serde_json::from_slice(&resp.body).map_err(|e| {
        Failure::new(
            Kind::Malformed,
            format!(
                "the answer to {method} {path} is not JSON ({e}): {}",
                crate::transport::status::body_start(&resp.body)
            ),
        )
        .into()
    })
}

/// A timeout's hint, for OVMS: its rate limiter answers 429 only after holding the request.
fn with_timeout_hint(e: anyhow::Error) -> anyhow::Error {
    if crate::error::kind_of(&e) != Kind::Timeout || e.downcast_ref::<Failure>().is_none() {
        return e;
    }
    Failure::new(Kind::Timeout, e.to_string())
        .hint("raise --timeout if the server is slow; a rate-limited OVMS server holds a request 20 s before answering 429, so with a --timeout under 20 s the rate limit shows as this timeout")
        .into()
}

fn method_and_path(method: &str, path: &str) -> String {
    format!("{method} {path}")
}
