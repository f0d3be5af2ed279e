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

use std::io::IsTerminal;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Connection, settings, statuses};
use crate::address::{Address, Scheme};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::secret::{self, Need, Source, Step};
use crate::state::{Record, Store};
use crate::transport::{Body, Request, Response, Transport, Verdict};

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

#[derive(Clone)]
struct Auth {
    secret: String,
    token: bool,
    source: Source,
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

/// What the state file keeps besides the cookie.
#[derive(Serialize, Deserialize, Default, Debug)]
pub struct Payload {
    /// Which kind of credentials logged in (None in records of older versions: reused by any run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_with: Option<Made>,
    /// When the login was (Unix seconds), for `ovms login` with the session still alive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<u64>,
}

/// What `ovms login` did.
pub enum Login {
    /// A new session.
    New,
    /// No credentials at hand and no terminal, but the kept session still works (checked with one call).
    Kept { since: Option<u64> },
}

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
pub enum Made {
    Token,
    Password,
}

impl Made {
    fn of(token: bool) -> Made {
        if token { Made::Token } else { Made::Password }
    }
}

impl Client {
    /// Resolve server and user (no request, no file touched); restore a kept cookie.
    pub fn new(ctx: &Context, conn: &Connection) -> anyhow::Result<Client> {
        let server = match &conn.server {
            Some(s) => s.clone(),
            None => ctx.get(&settings::SERVER)?,
        };
        let address = Address::parse(&server, settings::ADDRESS)?;
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
        let t = ctx.transport(ca)?;
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

    /// The store of this run's kind of credentials.
    fn store(&self) -> &Store {
        match *self.kind.lock().expect("kind lock") {
            Made::Token => &self.token_store,
            Made::Password => &self.password_store,
        }
    }

    /// A kept cookie is reused unless the other kind of credentials made it (a token's session in the file
    /// older versions shared between both kinds).
    fn reusable(&self, payload: &Payload) -> bool {
        let kind = *self.kind.lock().expect("kind lock");
        payload.made_with.is_none_or(|made| made == kind)
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

    /// Resolve the credentials now, without prompting, so that threads can log in again if the session
    /// expires under them. Without a non-interactive source, a thread's 401 is reported as such.
    pub fn prepare_credentials(&self, ctx: &Context) -> anyhow::Result<()> {
        self.parallel.store(true, Ordering::SeqCst);
        if self.auth.lock().expect("auth lock").is_some() {
            return Ok(());
        }
        if let Some(auth) = self.find_credentials(ctx)? {
            *self.auth.lock().expect("auth lock") = Some(auth);
        }
        Ok(())
    }

    /// `ovms login`: a new session whatever is kept (it checks the credentials). Without any credentials at
    /// hand and without a terminal, a new session cannot be had: a kept one is then checked with one cheap call
    /// (GET /api/vehicles) and, alive, reported as it is; a script's `ovms login` before its work then
    /// succeeds as long as the work would.
    pub fn login(&self, ctx: &Context) -> anyhow::Result<Login> {
        let _one = self.login_lock.lock().expect("login lock");
        if self.has_session() && self.wants.is_none() && !std::io::stdin().is_terminal() {
            let resp = self
                .t
                .send(self.request("GET", "/api/vehicles").status_rule(accept_all))?;
            if (200..300).contains(&resp.status) {
                let since = self.store().peek::<Payload>().and_then(|r| r.payload.since);
                return Ok(Login::Kept { since });
            }
            if resp.status == 401 || statuses::v2_refused(resp.status, &resp.body) {
                // It has expired after all: forgotten, and the failure below says so.
                self.store().lock()?.remove();
            } else {
                self.judge("GET", "/api/vehicles", resp)?;
            }
        }
        self.t.clear_cookies(&self.base);
        *self.mode() = Mode::None;
        self.log_in(Some(ctx), Some(String::new()))?;
        Ok(Login::New)
    }

    /// A call refused for rights may be repeated over a password session unless a password made this one.
    fn may_upgrade(&self) -> bool {
        !self.upgraded.load(Ordering::SeqCst)
            && *self.made.lock().expect("made lock") != Some(Made::Password)
    }

    /// The session (or the token in the query) lacks a right `what` needs: log in with the password, if one
    /// is at hand or can be asked for, and say so. False when there is none (the caller's failure says what
    /// to do).
    fn upgrade(&self, ctx: &Context, what: &str) -> anyhow::Result<bool> {
        let _one = self.login_lock.lock().expect("login lock");
        self.upgraded.store(true, Ordering::SeqCst);
        let Some(auth) = self.find_password(ctx)? else {
            return Ok(false);
        };
        ctx.out.note(&format!(
            "{what} needs a right the API token lacks: logging in with the password from {}",
            auth.source
        ));
        *self.auth.lock().expect("auth lock") = Some(auth);
        *self.kind.lock().expect("kind lock") = Made::Password;
        self.t.clear_cookies(&self.base);
        *self.mode() = Mode::None;
        // A password session kept by an earlier run serves as well as a new one.
        let result = self.log_in(Some(ctx), None);
        self.remember(result)?;
        Ok(true)
    }

    /// The password alone (not the token that comes first), from its sources or the terminal.
    fn find_password(&self, ctx: &Context) -> anyhow::Result<Option<Auth>> {
        let need = Need::new(&settings::PASSWORD, self.password_stdin);
        for step in STEPS {
            if let Some((s, source)) = secret::find_at(ctx, &need, step)? {
                self.t.register_secret(s.expose());
                return Ok(Some(Auth {
                    secret: s.expose().to_owned(),
                    token: false,
                    source,
                }));
            }
        }
        if !std::io::stdin().is_terminal() {
            return Ok(None);
        }
        Ok(Some(self.ask_password()?))
    }

    /// Log in (a new cookie session) and keep the cookie; a token without the `session` right switches to
    /// credentials in the query. A cookie another fieldctl kept meanwhile is used instead, unless it is
    /// `stale` (the one that just got a 401; `Some("")`: never reuse).
    fn log_in(&self, ctx: Option<&Context>, stale: Option<String>) -> anyhow::Result<()> {
        let held = self.store().lock()?;
        let kept = held.read::<Payload>();
        if let (Some(record), Some(stale)) = (&kept, &stale)
            && !stale.is_empty()
            && &record.session == stale
        {
            // The server refused it: no later run (nor another thread here) is to take it back.
            held.remove();
        }
        if let Some(record) = kept
            && !record.expired()
            && !record.session.is_empty()
            && self.reusable(&record.payload)
            && stale
                .as_ref()
                .is_none_or(|s| !s.is_empty() && s != &record.session)
        {
            // Kept by another run since this one started: use it rather than log in again.
            self.t.set_cookie(&self.base, COOKIE, &record.session);
            *self.mode() = Mode::Cookie;
            *self.made.lock().expect("made lock") = record.payload.made_with;
            return Ok(());
        }
        let auth = self.credentials(ctx)?;
        self.t.clear_cookies(&self.base);
        // From the request on, Ctrl-C waits for the answer, so the cookie it names is kept, not lost.
        let hold = crate::interrupt::Hold::pending();
        let req = self
            .request("GET", "/api/cookie")
            .query("username", &self.user)
            .secret_query("password", &auth.secret)
            .finish_on_interrupt()
            .status_rule(accept_all);
        let resp = self.t.send(req)?;
        hold.rename(format!("the new session on {}", self.server()));
        if resp.status == 401 || statuses::v2_refused(resp.status, &resp.body) {
            return Err(self.refused(resp.status).into());
        }
        if resp.status == 403 && auth.token && statuses::insufficient_rights(&resp.body) {
            *self.mode() = Mode::Query;
            *self.made.lock().expect("made lock") = Some(Made::Token);
            self.generation.fetch_add(1, Ordering::SeqCst);
            return Ok(());
        }
        let resp = self.judge("GET", "/api/cookie", resp)?;
        let Some((_, cookie)) = self
            .t
            .cookies(&self.base)
            .into_iter()
            .find(|(k, _)| k == COOKIE)
        else {
            return Err(Failure::new(
                Kind::Malformed,
                format!(
                    "{} accepted the login but set no {COOKIE} cookie (answer: {})",
                    self.server(),
                    crate::transport::status::body_start(&resp.body)
                ),
            )
            .hint("is this an OVMS server?")
            .into());
        };
        let mut record = Record::<Payload>::new(self.store(), cookie);
        record.payload.made_with = Some(Made::of(auth.token));
        record.payload.since = Some(now_secs());
        held.write(&record)?;
        *self.mode() = Mode::Cookie;
        *self.made.lock().expect("made lock") = Some(Made::of(auth.token));
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    /// A login that failed is remembered (see `failed`).
    fn remember(&self, result: anyhow::Result<()>) -> anyhow::Result<()> {
        if let Err(e) = &result {
            let mut failed = self.failed.lock().expect("failed lock");
            if failed.is_none() {
                *failed = Some((crate::error::kind_of(e), e.to_string()));
            }
        }
        result
    }

    /// An earlier login of this run failed: so does this call, without sending anything.
    fn check_failed(&self) -> anyhow::Result<()> {
        match self.failed.lock().expect("failed lock").as_ref() {
            Some((kind, message)) => Err(Failure::new(*kind, message.clone())
                .hint("logging in failed earlier in this run; nothing more was sent")
                .into()),
            None => Ok(()),
        }
    }

    /// After a 401 to a call sent at `generation`: log in unless another thread already did.
    fn login_again(&self, ctx: Option<&Context>, generation: u64) -> anyhow::Result<()> {
        let _one = self.login_lock.lock().expect("login lock");
        self.check_failed()?;
        if self.generation.load(Ordering::SeqCst) != generation {
            return Ok(());
        }
        self.had_session.store(true, Ordering::SeqCst);
        // The kept cookie is dead: forget it before logging in.
        let stale = self
            .t
            .cookies(&self.base)
            .into_iter()
            .find(|(k, _)| k == COOKIE)
            .map(|(_, v)| v)
            .unwrap_or_default();
        *self.mode() = Mode::None;
        self.t.clear_cookies(&self.base);
        let result = self.log_in(ctx, Some(stale));
        self.remember(result)
    }

    /// End the kept sessions of this user on the server (the password's and the token's: `logout` means
    /// both) and forget them. The kinds of the sessions ended, none when nothing was kept.
    pub fn logout(&self) -> anyhow::Result<Vec<Made>> {
        let _one = self.login_lock.lock().expect("login lock");
        let mut ended = Vec::new();
        for (made, store) in [
            (Made::Password, &self.password_store),
            (Made::Token, &self.token_store),
        ] {
            let held = store.lock()?;
            let live = held
                .read::<Payload>()
                .filter(|r| !r.expired() && !r.session.is_empty());
            let Some(record) = live else {
                held.remove();
                continue;
            };
            self.t.clear_cookies(&self.base);
            self.t.set_cookie(&self.base, COOKIE, &record.session);
            let resp = self.t.send(
                self.request("DELETE", "/api/cookie")
                    .status_rule(accept_all),
            )?;
            // already expired (a v2 server says so with a 404): nothing left to end
            let gone = resp.status == 401 || statuses::v2_refused(resp.status, &resp.body);
            held.remove();
            self.t.clear_cookies(&self.base);
            *self.mode() = Mode::None;
            if !gone {
                self.judge("DELETE", "/api/cookie", resp)?;
            }
            ended.push(made);
        }
        Ok(ended)
    }

    /// A token was deleted that made the kept session: forget the session (the state record and the jar). True
    /// when there was one to forget.
    pub fn forget_token_session(&self) -> anyhow::Result<bool> {
        let _one = self.login_lock.lock().expect("login lock");
        let mut forgot = false;
        // A token's session (and one of unknown kind in the file older versions shared).
        for store in [&self.token_store, &self.password_store] {
            let held = store.lock()?;
            if let Some(r) = held.read::<Payload>()
                && r.payload.made_with != Some(Made::Password)
            {
                held.remove();
                forgot = true;
            }
        }
        if *self.made.lock().expect("made lock") != Some(Made::Password) {
            self.t.clear_cookies(&self.base);
            if *self.mode() == Mode::Cookie {
                *self.mode() = Mode::None;
            }
        }
        Ok(forgot)
    }

    /// Whether calls carry the token in their query (a token without the `session` right).
    pub fn query_auth(&self) -> bool {
        *self.mode() == Mode::Query
    }

    /// Whether this run's credentials are `secret` (a token being deleted).
    pub fn uses_secret(&self, secret: &str) -> bool {
        self.auth
            .lock()
            .expect("auth lock")
            .as_ref()
            .is_some_and(|a| a.secret.eq_ignore_ascii_case(secret))
    }

    fn authorize(&self, mut req: Request) -> Request {
        self.authorize_replay(&mut req);
        req
    }

    /// In query mode, the credentials go in the call's query.
    fn authorize_replay(&self, req: &mut Request) {
        if *self.mode() != Mode::Query {
            return;
        }
        if let Some(a) = self.auth.lock().expect("auth lock").as_ref() {
            req.add_query("username", &self.user);
            req.add_secret_query("password", &a.secret);
        }
    }

    fn credentials(&self, ctx: Option<&Context>) -> anyhow::Result<Auth> {
        if let Some(a) = self.auth.lock().expect("auth lock").clone() {
            return Ok(a);
        }
        let Some(ctx) = ctx else {
            return Err(Failure::new(
                Kind::Auth,
                format!(
                    "the session on {} expired during the run and no password or token is at hand without a prompt",
                    self.server()
                ),
            )
            .hint(format!(
                "run the command again, or give a password or token that needs no prompt: {}",
                sources_in_order()
            ))
            .into());
        };
        let auth = match self.find_credentials(ctx)? {
            Some(a) => a,
            None => self.prompt()?,
        };
        *self.auth.lock().expect("auth lock") = Some(auth.clone());
        Ok(auth)
    }

    /// No source has credentials: ask for the password on a terminal; without one, say why a login is needed.
    fn prompt(&self) -> anyhow::Result<Auth> {
        if !std::io::stdin().is_terminal() {
            let hint = format!(
                "a run without a terminal (cron) needs a password or API token (used in place of the password) from one of, in this order: {}",
                sources_in_order()
            );
            // Only a session that really ended is called expired (`ovms login` checks a live one first).
            let message = if self.had_session.load(Ordering::SeqCst) {
                format!(
                    "the session kept for {} on {} has expired (the server ends a session a fixed time after its login), and there is no terminal to ask for the password to log in again",
                    self.user,
                    self.server()
                )
            } else {
                format!(
                    "logging in to {} as {} needs an OVMS password or API token, and there is no terminal to ask for the password",
                    self.server(),
                    self.user
                )
            };
            return Err(Failure::new(Kind::Auth, message).hint(hint).into());
        }
        self.ask_password()
    }

    /// The password from the terminal (the caller checked there is one).
    fn ask_password(&self) -> anyhow::Result<Auth> {
        let what = settings::PASSWORD.what;
        let label = format!("{what} for {} on {}: ", self.user, self.server());
        let s = secret::prompt(what, &label)?;
        self.t.register_secret(s.expose());
        Ok(Auth {
            secret: s.expose().to_owned(),
            token: false,
            source: Source::Prompt,
        })
    }

    /// The credentials from the first source that has any, in [`STEPS`] order (a source's precedence before
    /// its kind); no prompt. Every secret found is registered with the transport here, so no trace shows it.
    fn find_credentials(&self, ctx: &Context) -> anyhow::Result<Option<Auth>> {
        for step in STEPS {
            for (cred, token, stdin) in [
                (&settings::TOKEN, true, self.token_stdin),
                (&settings::PASSWORD, false, self.password_stdin),
            ] {
                let Some((s, source)) = secret::find_at(ctx, &Need::new(cred, stdin), step)? else {
                    continue;
                };
                if step == Step::Env
                    && let Some(flag) = [
                        (self.token_stdin, "--token-stdin"),
                        (self.password_stdin, "--password-stdin"),
                    ]
                    .iter()
                    .find_map(|(on, f)| on.then_some(*f))
                    && let Source::Env(var) = &source
                {
                    ctx.out
                        .warn(&format!("{flag} is ignored: {var} is set and comes first"));
                }
                self.t.register_secret(s.expose());
                return Ok(Some(Auth {
                    secret: s.expose().to_owned(),
                    token,
                    source,
                }));
            }
        }
        Ok(None)
    }

    fn refused(&self, status: u16) -> Failure {
        let auth = self.auth.lock().expect("auth lock").clone();
        let what = match auth.as_ref() {
            Some(a) => format!(
                " the {} from {}",
                if a.token { "API token" } else { "password" },
                a.source
            ),
            None => " the kept session".into(),
        };
        Failure::new(
            Kind::Auth,
            format!(
                "authentication failed: {} refused user {} with{what} ({status} Authentication failed)",
                self.server(),
                self.user
            ),
        )
        .hint(if status == 404 {
            "an older (v2) server answers 404 to refused credentials, and knows no API tokens: check --username and the password".to_owned()
        } else if let Some(a) = auth.as_ref().filter(|a| a.token) {
            // A token that once worked and no longer does was most likely deleted (`token delete` in another
            // profile, or on another machine).
            let remove = match &a.source {
                Source::Profile(p) => {
                    format!("; `fieldctl profile unset {p} ovms.token` removes it from the profile")
                }
                Source::Env(var) => format!("; unset {var} to use the password"),
                _ => String::new(),
            };
            format!(
                "the token may have been deleted: `fieldctl ovms token list` (with the password) shows the account's tokens{remove}"
            )
        } else {
            format!(
                "check --username and the password ({}) or API token ({})",
                settings::PASSWORD.sources(),
                settings::TOKEN.sources()
            )
        })
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

/// One path segment, percent-encoded (vehicle ids, record types such as `*-LOG-Trip`, tokens).
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A form body (`application/x-www-form-urlencoded`), as `POST /api/token` reads its fields.
pub fn form(fields: &[(&str, &str)]) -> Body {
    let data = fields
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    Body::Bytes {
        content_type: "application/x-www-form-urlencoded".into(),
        data: data.into_bytes(),
    }
}

fn form_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b if b.is_ascii_alphanumeric() || b"-._*".contains(&b) => out.push(b as char),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
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

/// Which kind of credentials a run would use, in the order of [`Client::find_credentials`], from what can
/// be seen without running a command or reading stdin. None: only the prompt (a password) is left.
fn wanted_kind(ctx: &Context, conn: &Connection) -> anyhow::Result<Option<Made>> {
    for step in STEPS {
        for (cred, token, stdin) in [
            (&settings::TOKEN, true, conn.token_stdin),
            (&settings::PASSWORD, false, conn.password_stdin),
        ] {
            if secret::available_at(ctx, &Need::new(cred, stdin), step)? {
                return Ok(Some(Made::of(token)));
            }
        }
    }
    Ok(None)
}

/// Every source of credentials that needs no terminal, in the order they are tried (for hints).
fn sources_in_order() -> String {
    let env = |s: &crate::settings::Spec| s.env.unwrap_or_default();
    format!(
        "{}, {}, --token-stdin/--password-stdin, {}, {}, {} or {} in the profile",
        env(&settings::TOKEN_VALUE.spec),
        env(&settings::PASSWORD_VALUE.spec),
        settings::TOKEN_COMMAND.spec.key,
        settings::PASSWORD_COMMAND.spec.key,
        settings::TOKEN_VALUE.spec.key,
        settings::PASSWORD_VALUE.spec.key,
    )
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn method_and_path(method: &str, path: &str) -> String {
    format!("{method} {path}")
}

/// A source's precedence comes before its kind: FIELDCTL_OVMS_TOKEN, FIELDCTL_OVMS_PASSWORD, the stdin
/// flag, ovms.token_command, ovms.password_command, ovms.token, ovms.password, then the prompt.
const STEPS: [Step; 4] = [Step::Env, Step::Stdin, Step::Command, Step::Profile];

/// A path segment decoded (`%2A-LOG-Trip` → `*-LOG-Trip`) for messages; a bad escape stays as it is.
pub fn decode_segment(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_segments_and_forms() {
        assert_eq!(segment("*-LOG-Trip"), "%2A-LOG-Trip");
        assert_eq!(segment("a/b c"), "a%2Fb%20c");
        let Body::Bytes { data, .. } =
            form(&[("purpose", "a b&c=d+é"), ("permit", "auth,session")])
        else {
            panic!()
        };
        assert_eq!(
            String::from_utf8(data).unwrap(),
            "purpose=a+b%26c%3Dd%2B%C3%A9&permit=auth%2Csession"
        );
    }
}
