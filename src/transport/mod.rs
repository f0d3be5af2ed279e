//! The one module that touches the HTTP library (ureq). Every group sends its requests through [`Transport`]:
//! one keep-alive agent per run, deadlines, extra CA / insecure TLS, gzip+deflate decoding, a response size
//! limit, `-v`/`-vv` traces with secrets redacted, retries only where the caller says a request is safe to
//! repeat, a cookie jar per server, connection tracking, re-authentication on 401, and Ctrl-C.
//!
//! Non-2xx statuses become [`Failure`]s here, by the table in [`status`], unless the request's [`StatusRule`]
//! decides otherwise.
//!
//! Deadlines: `--timeout` bounds a whole buffered exchange (connect, send, response head AND body): a peer
//! that trickles bytes still ends in exit 7. Streams — downloads read by the caller and uploads from a reader —
//! take as long as their size needs: there `--timeout` bounds connecting, sending the head, waiting for the
//! response head, and each silence between reads or writes. A stream must also make progress: a downloaded
//! body that brings less than [`STREAM_FLOOR`] bytes within a --timeout window fails with [`Stalled`]
//! (exit 7), and an upload must finish within --timeout per started [`STREAM_FLOOR`] bytes, plus one.
//!
//! Ctrl-C: a watcher thread (started once per transport, waking every 100 ms) shuts the agent down when
//! `interrupt::interrupted()` is set, which ends any blocking read or write at once; the request fails with
//! `Kind::Interrupted`, and later requests (the caller's clean-up) run on a fresh agent. Nothing is added per
//! request. A TCP connect in progress is not interrupted (ureq cannot); it is bounded by `--timeout`.
//!
//! What a group's client uses (OVMS cookie session, KSC connection login):
//!
//! ```text
//! let req = Request::new("GET", &base, "/api/status/CAR").status_rule(ovms_statuses);
//! let resp = t.send_reauth(req, &mut |_why, _replay| login(t))?;   // 401: log in (new cookie), replay
//! let conn = t.send(Request::new("POST", &base, "/api/v1.0/login").header("Authorization", &auth)
//!     .body(Body::Json(json!({}))))?.connection.expect("sent");
//! t.send(Request::new("POST", &base, "/api/v1.0/HostGroup.FindHosts").body(Body::Json(args))
//!     .require_connection(conn))?;                                // fails `was_dropped` if it is gone
//! ```

mod connection;
pub mod cookies;
#[cfg(test)]
mod peer_tests;
pub mod status;
pub mod tls;
mod x509;

use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use crate::error::{Failure, Kind};
pub use connection::ConnectionId;
use connection::{Dropped, Scope, TlsPort};
use cookies::CookieJar;
pub use status::{StatusRule, Verdict};
pub use tls::Trust;

pub struct Options {
    pub timeout: Duration,
    /// Added to Mozilla's roots.
    pub ca_cert: Option<PathBuf>,
    /// Trust anything (wins over the rest).
    pub insecure: bool,
    /// Trust exactly the certificate with this DER SHA-256 (wins over the roots).
    pub pin_sha256: Option<[u8; 32]>,
    /// The group takes `--pin-sha256`: certificate failures suggest it.
    pub offers_pin: bool,
    pub verbosity: u8,
    pub max_response_bytes: u64,
}

pub struct Transport {
    shared: Arc<Shared>,
    verbosity: u8,
    max_response_bytes: u64,
    timeout: Duration,
    /// Strings that must never appear in a trace: passwords, tokens, session ids learnt during the run.
    secrets: Mutex<Secrets>,
    jar: CookieJar,
    /// The group takes `--pin-sha256` (KSC): certificate failures suggest it too.
    offers_pin: bool,
}

/// A secret of at least this many characters is redacted wherever it appears in a trace; a shorter one only
/// where it is a whole value (see [`Secrets`]).
const SUBSTRING_SECRET_LEN: usize = 4;

/// The secrets registered so far, each also in its query-encoded form.
///
/// A secret of 1 to 3 characters ("1", "ab") occurs inside almost any text (idents, timestamps, lengths, other
/// ids): replacing it as a substring would mangle every trace, and the pattern of what was replaced would even
/// tell the secret. So short secrets are redacted only where credentials travel as whole values: a header value,
/// a `key=value` pair of a header (cookie syntax) and a query value. That may hide an unrelated value that
/// happens to be equal (`ident=1` when a cookie is `1`): hiding too much in a trace is harmless, showing a
/// credential is not.
#[derive(Default)]
struct Secrets {
    /// Replaced wherever they occur.
    anywhere: Vec<String>,
    /// Replaced only as whole values.
    whole: Vec<String>,
}

impl Secrets {
    fn is_whole(&self, value: &str) -> bool {
        self.whole.iter().any(|s| s == value)
    }

    /// `key=value` pairs separated by `sep` whose value is a short secret get `(redacted)` as their value.
    fn redact_pairs(&self, text: &str, sep: char) -> String {
        text.split(sep)
            .map(|pair| match pair.split_once('=') {
                Some((k, v)) if self.is_whole(v.trim()) => format!("{k}=(redacted)"),
                _ => pair.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(&sep.to_string())
    }
}

/// What the interrupt watcher shares with the transport.
struct Shared {
    agent: Mutex<ureq::Agent>,
    /// The agent's configuration after Ctrl-C: clean-up requests wait at most [`CLEANUP_TIMEOUT`].
    cleanup_config: ureq::config::Config,
    tls: Arc<rustls::ClientConfig>,
    /// Connections opened so far (numbers the next one); survives an agent swap.
    opened: Arc<AtomicU64>,
    /// Bumped when the agent is shut down: a request that started before failed because of the interrupt.
    generation: AtomicU64,
    shut_down: AtomicBool,
    /// Requests in flight that Ctrl-C must not cut short ([`Request::finish_on_interrupt`]).
    finishing: AtomicUsize,
    /// A clean-up request after Ctrl-C got no answer: the peer is gone or hung, and the rest of the clean-up
    /// is not sent (each would wait its timeout while the user waits for the prompt).
    gave_up: AtomicBool,
    interrupted: fn() -> bool,
}

/// How long each clean-up request after Ctrl-C may take (or --timeout, when shorter).
const CLEANUP_TIMEOUT: Duration = Duration::from_secs(5);

/// The progress a stream must make: at least this many bytes within each --timeout window. Any working link
/// brings far more; a peer that trickles (one byte every half second) would otherwise hold a download forever.
pub const STREAM_FLOOR: u64 = 1024;

/// An upload's overall deadline: --timeout for each started [`STREAM_FLOOR`] bytes, plus one for the answer
/// (the same floor as downloads, on average: a write to a trickling reader is never silent for long enough to
/// trip the per-write timeout, and the socket, not fieldctl, decides when one returns). Capped at a year.
fn upload_deadline(timeout: Duration, len: u64) -> Duration {
    let windows = u32::try_from(len.div_ceil(STREAM_FLOOR).saturating_add(1)).unwrap_or(u32::MAX);
    timeout
        .saturating_mul(windows)
        .min(Duration::from_secs(365 * 86_400))
}

impl Shared {
    fn agent(&self) -> (ureq::Agent, u64) {
        if (self.interrupted)() {
            self.shut_down_once();
        }
        let agent = self.agent.lock().expect("agent lock").clone();
        (agent, self.generation.load(Ordering::SeqCst))
    }

    /// Close every connection (blocked reads and writes return at once); clean-up requests get a fresh agent.
    fn shut_down_once(&self) {
        if self.shut_down.swap(true, Ordering::SeqCst) {
            return;
        }
        let fresh = build_agent(&self.cleanup_config, &self.tls, &self.opened);
        let old = std::mem::replace(&mut *self.agent.lock().expect("agent lock"), fresh);
        self.generation.fetch_add(1, Ordering::SeqCst);
        old.shutdown();
    }
}

/// Every timeout is `timeout`: the global one bounds a whole request, the others say which part ran out.
fn agent_config(timeout: Duration) -> ureq::config::Config {
    let t = Some(timeout);
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .user_agent(format!("fieldctl/{}", env!("CARGO_PKG_VERSION")))
        .accept_encoding("gzip, deflate")
        .max_redirects(0)
        // Idle keep-alive connections stay for a while: KSC authenticates a connection, not requests.
        .max_idle_age(Duration::from_secs(120))
        .timeout_global(t)
        .timeout_resolve(t)
        .timeout_connect(t)
        .timeout_send_request(t)
        .timeout_recv_response(t)
        .timeout_per_read(t)
        .timeout_per_write(t)
        .build()
}

fn build_agent(
    config: &ureq::config::Config,
    tls: &Arc<rustls::ClientConfig>,
    opened: &Arc<AtomicU64>,
) -> ureq::Agent {
    ureq::Agent::with_parts(
        config.clone(),
        connection::connector(tls.clone(), opened.clone()),
        ureq::unversioned::resolver::DefaultResolver::default(),
    )
}

pub enum Body {
    Empty,
    /// `application/json`, with Content-Length.
    Json(serde_json::Value),
    /// A small body held in memory (e.g. `application/x-www-form-urlencoded`), with Content-Length.
    Bytes {
        content_type: String,
        data: Vec<u8>,
    },
    /// Sent with an exact Content-Length, never chunked (devices reject chunked uploads). Reading stops with
    /// an error once Ctrl-C was pressed. Cannot be replayed.
    Reader {
        content_type: String,
        len: u64,
        reader: Box<dyn Read + Send>,
    },
}

pub struct Request {
    pub method: &'static str,
    url: String,
    /// The URL as traces show it: secret query values replaced.
    shown_url: String,
    /// The jar's key: `scheme://host:port`.
    origin: String,
    /// The path without the query, as a [`StatusRule`] sees it.
    path: String,
    has_query: bool,
    headers: Vec<(String, String)>,
    body: Body,
    hide_response_body: bool,
    rule: Option<StatusRule>,
    connection: Option<ConnectionId>,
    /// Ctrl-C does not cut this request short (see [`Request::finish_on_interrupt`]).
    finish_on_interrupt: bool,
    /// Shown after the request on its `-v` line (KSC's request id, for finding it in the server's logs).
    note: Option<String>,
}

impl Request {
    /// `base` is `scheme://host:port` (no trailing slash needed); `path` starts with `/` and is already encoded.
    pub fn new(method: &'static str, base: &str, path: &str) -> Self {
        let url = format!("{}{}", base.trim_end_matches('/'), path);
        Request {
            method,
            shown_url: without_userinfo(&url),
            origin: cookies::origin(base),
            path: path.split('?').next().unwrap_or("").to_owned(),
            url,
            has_query: false,
            headers: Vec::new(),
            body: Body::Empty,
            hide_response_body: false,
            rule: None,
            connection: None,
            finish_on_interrupt: false,
            note: None,
        }
    }

    pub fn query(mut self, key: &str, value: &str) -> Self {
        self.add_query(key, value);
        self
    }

    pub fn add_query(&mut self, key: &str, value: &str) {
        let sep = if self.has_query { '&' } else { '?' };
        self.has_query = true;
        let pair = format!("{sep}{}={}", encode_query(key), encode_query(value));
        self.url.push_str(&pair);
        self.shown_url.push_str(&pair);
    }

    /// The path without the query, as sent (encoded).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// A request header; `-vv` redacts credentials (Authorization, Cookie, X-KSC-Session, …). An explicit
    /// `Cookie` header replaces the jar's.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Replace a header (e.g. a new session id in a replay after re-authentication).
    pub fn set_header(&mut self, name: &str, value: &str) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
        self.headers.push((name.to_owned(), value.to_owned()));
    }

    /// A query parameter whose value is a secret: sent, never traced.
    pub fn secret_query(mut self, key: &str, value: &str) -> Self {
        self.add_secret_query(key, value);
        self
    }

    /// [`Request::secret_query`] on a request being adjusted (a replay after logging in again).
    pub fn add_secret_query(&mut self, key: &str, value: &str) {
        let sep = if self.has_query { '&' } else { '?' };
        self.has_query = true;
        self.url.push_str(&format!(
            "{sep}{}={}",
            encode_query(key),
            encode_query(value)
        ));
        self.shown_url
            .push_str(&format!("{sep}{}=(redacted)", encode_query(key)));
    }

    pub fn body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }

    /// A request whose answer creates remote state (canInitializeLibrary, a login): once sent, Ctrl-C lets it
    /// finish (within its timeout), so that what it created is known and can be released; cutting it short
    /// would leave a session nobody can name.
    pub fn finish_on_interrupt(mut self) -> Self {
        self.finish_on_interrupt = true;
        self
    }

    /// Text `-v` shows with this request's line (must hold no secret).
    pub fn trace_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// The response body carries a secret (a session id, a token): `-vv` shows only its size.
    pub fn hide_response_body(mut self) -> Self {
        self.hide_response_body = true;
        self
    }

    /// The group's reading of non-2xx statuses for this request (before the core table).
    pub fn status_rule(mut self, rule: StatusRule) -> Self {
        self.rule = Some(rule);
        self
    }

    /// Send only over this connection (KSC: the one `login` authenticated). If it is gone, the request is not
    /// sent and fails with a [`was_dropped`] error (exit 6), or [`Reauth::ConnectionDropped`] with
    /// [`Transport::send_reauth`].
    pub fn require_connection(mut self, id: ConnectionId) -> Self {
        self.connection = Some(id);
        self
    }

    pub fn set_required_connection(&mut self, id: ConnectionId) {
        self.connection = Some(id);
    }

    pub fn try_clone(&self) -> Option<Request> {
        let body = match &self.body {
            Body::Empty => Body::Empty,
            Body::Json(v) => Body::Json(v.clone()),
            Body::Bytes { content_type, data } => Body::Bytes {
                content_type: content_type.clone(),
                data: data.clone(),
            },
            Body::Reader { .. } => return None,
        };
        Some(Request {
            method: self.method,
            url: self.url.clone(),
            shown_url: self.shown_url.clone(),
            origin: self.origin.clone(),
            path: self.path.clone(),
            has_query: self.has_query,
            headers: self.headers.clone(),
            body,
            hide_response_body: self.hide_response_body,
            rule: self.rule,
            connection: self.connection,
            finish_on_interrupt: self.finish_on_interrupt,
            note: self.note.clone(),
        })
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The connection it came over (to require it for later requests).
    pub connection: Option<ConnectionId>,
    /// `METHOD url` as messages show it.
    what: String,
    shown: String,
    path: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.headers, name)
    }
}

/// A response whose body is read by the caller as it arrives (downloads).
pub struct StreamResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub content_length: Option<u64>,
    pub reader: Box<dyn Read + Send>,
    pub connection: Option<ConnectionId>,
}

impl StreamResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.headers, name)
    }

    /// The head and the body's first `limit` bytes as a [`Response`]: for a group that reads a streamed
    /// call's failed status with its own table (the OVMS client).
    pub fn into_head(mut self, limit: u64) -> std::io::Result<Response> {
        let mut body = Vec::new();
        (&mut self.reader).take(limit).read_to_end(&mut body)?;
        Ok(Response {
            status: self.status,
            headers: self.headers,
            body,
            connection: self.connection,
            what: String::new(),
            shown: String::new(),
            path: String::new(),
        })
    }
}

/// Why [`Transport::send_reauth`] asks the group to log in again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reauth {
    /// The server answered 401 (cookie or session expired).
    Unauthorized,
    /// The request's required connection is gone (it carried the login); the request was not sent.
    ConnectionDropped,
}

/// True when `err` says the request's required connection was gone ([`Request::require_connection`]).
pub fn was_dropped(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.is::<Dropped>())
}

fn header_in<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// A request body reader that stops once Ctrl-C was pressed (an upload must not go on to the end).
struct StopOnInterrupt {
    inner: Box<dyn Read + Send>,
    interrupted: fn() -> bool,
}

#[derive(Debug)]
struct Stopped;

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted")
    }
}

impl std::error::Error for Stopped {}

impl Read for StopOnInterrupt {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if (self.interrupted)() {
            // Not ErrorKind::Interrupted: read loops retry that one.
            return Err(std::io::Error::other(Stopped));
        }
        self.inner.read(buf)
    }
}

/// A streamed response body: a read error after the interrupt shut the agent down says so, and a body that
/// brings less than [`STREAM_FLOOR`] bytes within a --timeout window fails with [`Stalled`].
struct StreamBody {
    inner: Box<dyn Read + Send>,
    shared: Arc<Shared>,
    generation: u64,
    /// `METHOD url` for the message.
    what: String,
    window: Duration,
    /// Since when `got` bytes came (reset each time the floor is reached).
    since: Instant,
    got: u64,
    /// What Content-Length says is still to come: the read that completes the body is never a stall.
    left: Option<u64>,
}

impl Read for StreamBody {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf).map_err(|e| {
            if self.shared.generation.load(Ordering::SeqCst) != self.generation {
                std::io::Error::other(Stopped)
            } else {
                e
            }
        })?;
        if n == 0 {
            return Ok(0);
        }
        self.got += n as u64;
        self.left = self.left.map(|l| l.saturating_sub(n as u64));
        if self.got >= STREAM_FLOOR || self.left == Some(0) {
            (self.since, self.got) = (Instant::now(), 0);
        } else if self.since.elapsed() >= self.window {
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                Stalled {
                    what: self.what.clone(),
                    bytes: self.got,
                    secs: self.window.as_secs_f64(),
                },
            ));
        }
        Ok(n)
    }
}

/// A streamed body broke the progress rule ([`STREAM_FLOOR`] bytes per --timeout window).
#[derive(Debug)]
pub struct Stalled {
    what: String,
    bytes: u64,
    secs: f64,
}

impl std::fmt::Display for Stalled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: the peer delivered {} bytes in the last {} s (a stream must bring {STREAM_FLOOR} bytes \
             within each --timeout)",
            self.what, self.bytes, self.secs
        )
    }
}

impl std::error::Error for Stalled {}

/// True when a read of a streamed body failed because the peer trickled ([`Stalled`]): a timeout (exit 7),
/// not a broken connection.
pub fn stalled(err: &std::io::Error) -> bool {
    err.get_ref().is_some_and(|e| e.is::<Stalled>())
}

/// One exchange's response head, before its body is read.
struct Sent {
    what: String,
    shown: String,
    note: Option<String>,
    started: Instant,
    resp: ureq::http::Response<ureq::Body>,
    connection: Option<ConnectionId>,
    generation: u64,
}

impl Transport {
    pub fn new(opts: Options) -> anyhow::Result<Transport> {
        Self::with_interrupt(opts, crate::interrupt::interrupted)
    }

    /// `interrupted` says whether Ctrl-C was pressed (unit tests pass their own flag).
    fn with_interrupt(opts: Options, interrupted: fn() -> bool) -> anyhow::Result<Transport> {
        let tls = tls::client_config(&opts)?;
        let config = agent_config(opts.timeout);
        let cleanup_config = agent_config(opts.timeout.min(CLEANUP_TIMEOUT));
        let opened = Arc::new(AtomicU64::new(0));
        let shared = Arc::new(Shared {
            agent: Mutex::new(build_agent(&config, &tls, &opened)),
            cleanup_config,
            tls,
            opened,
            generation: AtomicU64::new(0),
            shut_down: AtomicBool::new(false),
            finishing: AtomicUsize::new(0),
            gave_up: AtomicBool::new(false),
            interrupted,
        });
        watch_interrupt(Arc::downgrade(&shared));
        Ok(Transport {
            shared,
            verbosity: opts.verbosity,
            max_response_bytes: opts.max_response_bytes,
            timeout: opts.timeout,
            secrets: Mutex::new(Secrets::default()),
            jar: CookieJar::default(),
            offers_pin: opts.offers_pin,
        })
    }

    /// The timeout requests run with now: after Ctrl-C, the clean-up's shorter one.
    fn current_timeout(&self) -> Duration {
        if self.shared.shut_down.load(Ordering::SeqCst) {
            self.timeout.min(CLEANUP_TIMEOUT)
        } else {
            self.timeout
        }
    }

    /// From now on, `secret` is replaced by `(redacted)` wherever a trace would show it (a secret shorter than
    /// [`SUBSTRING_SECRET_LEN`] characters: wherever it is a whole value, see [`Secrets`]).
    pub fn register_secret(&self, secret: &str) {
        if secret.is_empty() {
            return;
        }
        let mut s = self.secrets.lock().expect("secrets lock");
        let list = if secret.chars().count() >= SUBSTRING_SECRET_LEN {
            &mut s.anywhere
        } else {
            &mut s.whole
        };
        for form in [secret.to_owned(), encode_query(secret)] {
            if !list.contains(&form) {
                list.push(form);
            }
        }
    }

    /// The cookies held for the server at `base` (`scheme://host:port`), e.g. to keep a session in the state
    /// store.
    pub fn cookies(&self, base: &str) -> Vec<(String, String)> {
        self.jar.get(&cookies::origin(base))
    }

    /// Put a cookie in the jar (a session restored from the state store); it is sent from the next request on.
    pub fn set_cookie(&self, base: &str, name: &str, value: &str) {
        self.register_secret(value);
        self.jar.set(&cookies::origin(base), name, value);
    }

    pub fn clear_cookies(&self, base: &str) {
        self.jar.clear(&cookies::origin(base));
    }

    /// Send and read the whole body (up to the configured limit; gzip and deflate decoded); a non-2xx status
    /// is a failure unless the request's rule accepts it.
    pub fn send(&self, req: Request) -> anyhow::Result<Response> {
        let rule = req.rule;
        let resp = self.send_raw(req)?;
        judge(resp, rule, None)
    }

    /// Like [`Transport::send`]; when the answer is 401, or the required connection is gone, `login` is
    /// called once to authenticate again and adjust the replay (a new session header, the new connection —
    /// a new cookie needs nothing: the jar sends it), then the request is replayed. A second 401 is the
    /// ordinary failure (exit 4). Requests with a reader body are not replayed.
    pub fn send_reauth(
        &self,
        req: Request,
        login: &mut dyn FnMut(Reauth, &mut Request) -> anyhow::Result<()>,
    ) -> anyhow::Result<Response> {
        let rule = req.rule;
        let Some(mut replay) = req.try_clone() else {
            return self.send(req);
        };
        let why = match self.send_raw(req) {
            Err(e) if was_dropped(&e) => Reauth::ConnectionDropped,
            Err(e) => return Err(e),
            Ok(resp) if resp.status == 401 => Reauth::Unauthorized,
            Ok(resp) => return judge(resp, rule, None),
        };
        if self.verbosity > 0 {
            eprintln!(
                "* {}: authenticating again, then repeating {}",
                match why {
                    Reauth::Unauthorized => "401",
                    Reauth::ConnectionDropped => "the authenticated connection is gone",
                },
                self.redact_url(&replay.shown_url)
            );
        }
        login(why, &mut replay)?;
        self.send(replay)
    }

    /// Send and read the body; statuses are the caller's business.
    fn send_raw(&self, req: Request) -> anyhow::Result<Response> {
        let hide = req.hide_response_body;
        let method = req.method;
        let path = req.path.clone();
        let sent = self.exchange(req, false)?;
        let Sent {
            what,
            shown,
            note,
            started,
            mut resp,
            connection,
            generation,
        } = sent;
        let status = resp.status().as_u16();
        let headers = header_list(resp.headers());
        let deflate = header_in(&headers, "content-encoding")
            .is_some_and(|v| v.eq_ignore_ascii_case("deflate"));
        let limit = self.max_response_bytes;
        // The limit applies to what we hold in memory: the DECODED body (ureq's own limit counts the compressed
        // bytes, which lets a gzip bomb through).
        let mut reader = resp.body_mut().with_config().limit(u64::MAX).reader();
        let mut body = Vec::new();
        (&mut reader)
            .take(limit.saturating_add(1))
            .read_to_end(&mut body)
            .map_err(|e| self.classify_io(e, &shown, generation))?;
        if body.len() as u64 > limit {
            return Err(Failure::new(
                Kind::Malformed,
                format!("response from {shown} is larger than the limit of {limit} bytes"),
            )
            .hint("raise --max-response-bytes if this is expected")
            .into());
        }
        let body = if deflate {
            inflate(&body, limit).map_err(|e| self.malformed(&shown, e))?
        } else {
            body
        };
        let resp = Response {
            status,
            headers,
            body,
            connection,
            what,
            shown: shown.clone(),
            path,
        };
        self.trace_response(
            method,
            &traced(&shown, note.as_deref()),
            started,
            resp.status,
            &resp.headers,
            Some(&resp.body),
            hide,
        );
        Ok(resp)
    }

    /// Send and hand back the body as a reader (downloads): no size limit and no overall deadline; the head
    /// must come within --timeout, then each read. A non-2xx status is a failure unless the rule accepts it.
    pub fn send_streaming(&self, req: Request) -> anyhow::Result<StreamResponse> {
        let method = req.method;
        let rule = req.rule;
        let path = req.path.clone();
        let Sent {
            what,
            shown,
            note,
            started,
            resp,
            connection,
            generation,
        } = self.exchange(req, true)?;
        let status = resp.status().as_u16();
        let headers = header_list(resp.headers());
        self.trace_response(
            method,
            &traced(&shown, note.as_deref()),
            started,
            status,
            &headers,
            None,
            true,
        );
        let content_length: Option<u64> =
            header_in(&headers, "content-length").and_then(|v| v.trim().parse().ok());
        let mut reader: Box<dyn Read + Send> = Box::new(StreamBody {
            inner: Box::new(resp.into_body().into_reader()),
            shared: self.shared.clone(),
            generation,
            what: what.clone(),
            window: self.timeout,
            since: Instant::now(),
            got: 0,
            left: content_length,
        });
        if !(200..300).contains(&status) {
            // Enough of the body for the message; an accepted status gets it back in front of the rest.
            let mut start = Vec::new();
            (&mut reader)
                .take(4096)
                .read_to_end(&mut start)
                .map_err(|e| self.classify_io(e, &shown, generation))?;
            let head = Response {
                status,
                headers,
                body: start,
                connection,
                what,
                shown: shown.clone(),
                path,
            };
            let head = judge(head, rule, None)?;
            return Ok(StreamResponse {
                status,
                content_length,
                reader: Box::new(std::io::Cursor::new(head.body).chain(reader)),
                headers: head.headers,
                connection,
            });
        }
        Ok(StreamResponse {
            status,
            headers,
            content_length,
            reader,
            connection,
        })
    }

    /// For calls a group declares safe to repeat: retry on connection failures, 429 and 503, with backoff,
    /// `attempts` times in all. A `Retry-After` is honoured when it fits in --timeout; a longer one is not
    /// waited for (exit 8 at once, saying when to retry).
    pub fn send_idempotent(&self, req: Request, attempts: u32) -> anyhow::Result<Response> {
        let mut delay = Duration::from_millis(250);
        let rule = req.rule;
        for attempt in 1..=attempts.max(1) {
            let last = attempt == attempts.max(1);
            let Some(copy) = (if last { None } else { req.try_clone() }) else {
                return self.send(req);
            };
            match self.send_raw(copy) {
                Ok(resp) if matches!(resp.status, 429 | 503) => {
                    let asked = status::retry_after(resp.header("retry-after"));
                    if asked.is_some_and(|d| d > self.timeout) {
                        return judge(resp, rule, asked);
                    }
                    let wait = asked.unwrap_or(delay);
                    self.note_retry(&req, attempt, &format!("status {}", resp.status), wait);
                    crate::interrupt::sleep(wait);
                }
                Ok(resp) => return judge(resp, rule, None),
                Err(e) if crate::error::is_transient(&e) => {
                    self.note_retry(&req, attempt, "cannot connect", delay);
                    crate::interrupt::sleep(delay);
                }
                Err(e) => return Err(e),
            }
            crate::interrupt::check()?;
            delay = (delay * 2).min(Duration::from_secs(8));
        }
        unreachable!("the last attempt returns")
    }

    /// A line for `-v` (a group's retry, say); nothing without it.
    pub fn note(&self, text: &str) {
        if self.verbosity > 0 {
            eprintln!("* {}", crate::output::sanitize(&self.redact(text)));
        }
    }

    fn note_retry(&self, req: &Request, attempt: u32, why: &str, wait: Duration) {
        if self.verbosity > 0 {
            eprintln!(
                "* {why}: retrying {} in {} ms (attempt {})",
                self.redact_url(&req.shown_url),
                wait.as_millis(),
                attempt + 1
            );
        }
    }

    /// Run one exchange up to the response head. `long`: a stream (download or reader upload) whose length
    /// is not bounded by --timeout.
    fn exchange(&self, req: Request, long: bool) -> anyhow::Result<Sent> {
        let shown = self.redact_url(&req.shown_url);
        let what = format!("{} {shown}", req.method);
        let mut builder = ureq::http::Request::builder()
            .method(req.method)
            .uri(&req.url);
        for (k, v) in &req.headers {
            builder = builder.header(k, v);
        }
        if header_in(&req.headers, "cookie").is_none()
            && let Some(cookie) = self.jar.header_for(&req.origin)
        {
            builder = builder.header("cookie", cookie);
        }
        let _finishing = req
            .finish_on_interrupt
            .then(|| Finishing::enter(&self.shared));
        let (agent, generation) = self.shared.agent();
        if self.shared.gave_up.load(Ordering::SeqCst) {
            return Err(Failure::new(
                Kind::Timeout,
                format!("{what}: not sent: the peer did not answer the clean-up after Ctrl-C"),
            )
            .into());
        }
        self.trace_request(&req, &shown);
        let started = Instant::now();
        let scope = Scope::enter(req.connection);
        // The overall deadline: the agent's (--timeout) for a buffered exchange, none for a download (its body
        // has the progress rule of `StreamBody`), one by size for an upload.
        let overall = long.then_some(None);
        let upload = match &req.body {
            Body::Reader { len, .. } => Some((*len, upload_deadline(self.timeout, *len))),
            _ => None,
        };
        let result = match req.body {
            Body::Empty => builder.body(()).map(|r| self.run(&agent, r, overall)),
            Body::Json(value) => builder
                .header("content-type", "application/json")
                .body(serde_json::to_vec(&value).expect("a JSON value serialises"))
                .map(|r| self.run(&agent, r, overall)),
            Body::Bytes { content_type, data } => builder
                .header("content-type", content_type)
                .body(data)
                .map(|r| self.run(&agent, r, overall)),
            Body::Reader {
                content_type,
                len,
                reader,
            } => builder
                .header("content-type", content_type)
                .header("content-length", len.to_string())
                .body(ureq::SendBody::from_owned_reader(StopOnInterrupt {
                    inner: reader,
                    interrupted: self.shared.interrupted,
                }))
                .map(|r| self.run(&agent, r, Some(upload.map(|(_, d)| d)))),
        };
        crate::interrupt::connecting(false);
        let connection = scope.used();
        drop(scope);
        let resp = result
            .map_err(|e| {
                Failure::new(
                    Kind::Usage,
                    format!("cannot build a request for {shown}: {e}"),
                )
            })?
            .map_err(|e| {
                let err = match (upload, &e) {
                    (Some((len, deadline)), ureq::Error::Timeout(ureq::Timeout::Global))
                        if self.shared.generation.load(Ordering::SeqCst) == generation =>
                    {
                        Failure::new(
                            Kind::Timeout,
                            format!(
                                "{what}: the upload of {len} bytes did not finish within {} s (an upload \
                                 must average {STREAM_FLOOR} bytes per --timeout of {} s)",
                                deadline.as_secs_f64(),
                                self.timeout.as_secs_f64()
                            ),
                        )
                        .hint("raise --timeout if the link is this slow")
                        .into()
                    }
                    _ => self.classify(e, &shown, generation, req.connection),
                };
                if self.shared.shut_down.load(Ordering::SeqCst)
                    && matches!(crate::error::kind_of(&err), Kind::Timeout | Kind::Connect)
                {
                    self.shared.gave_up.store(true, Ordering::SeqCst);
                }
                if self.verbosity > 0 {
                    let ms = started.elapsed().as_millis();
                    eprintln!(
                        "* {} {} → failed after {ms} ms: {}",
                        req.method,
                        traced(&shown, req.note.as_deref()),
                        crate::output::sanitize(&err.to_string())
                    );
                }
                err
            })?;
        for (k, v) in resp.headers() {
            if k.as_str().eq_ignore_ascii_case("set-cookie")
                && let Some(value) = self
                    .jar
                    .store(&req.origin, &String::from_utf8_lossy(v.as_bytes()))
            {
                self.register_secret(&value);
            }
        }
        Ok(Sent {
            what,
            shown,
            note: req.note,
            started,
            resp,
            connection,
            generation,
        })
    }

    /// `overall`: `None` keeps the agent's overall deadline (--timeout, shorter for clean-up after Ctrl-C);
    /// `Some(d)` replaces it (`Some(None)`: no overall deadline).
    fn run<S: ureq::AsSendBody>(
        &self,
        agent: &ureq::Agent,
        req: ureq::http::Request<S>,
        overall: Option<Option<Duration>>,
    ) -> Result<ureq::http::Response<ureq::Body>, ureq::Error> {
        // `Expect: 100-continue` (KSC uploads): the body is sent only after the server's 100, never because a
        // wait ran out (ureq's default sends it after 1 s; the KSC spec says the client must NOT). No wait
        // of its own: the request's overall deadline (--timeout) ends a server that never answers (exit 7).
        let expects_100 = req
            .headers()
            .get("expect")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
        if overall.is_none() && !expects_100 {
            return agent.run(req);
        }
        let mut config = agent.configure_request(req);
        if let Some(global) = overall {
            config = config.timeout_global(global);
        }
        if expects_100 {
            config = config.timeout_await_100(None);
        }
        agent.run(config.build())
    }

    /// Long secrets replaced wherever they occur.
    fn redact(&self, text: &str) -> String {
        let secrets = self.secrets.lock().expect("secrets lock");
        let mut out = text.to_owned();
        for s in &secrets.anywhere {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "(redacted)");
            }
        }
        out
    }

    /// A URL as traces and messages show it: long secrets replaced anywhere, short ones as query values.
    fn redact_url(&self, url: &str) -> String {
        let out = self.redact(url);
        let secrets = self.secrets.lock().expect("secrets lock");
        match out.split_once('?') {
            Some((path, query)) if !secrets.whole.is_empty() => {
                format!("{path}?{}", secrets.redact_pairs(query, '&'))
            }
            _ => out,
        }
    }

    fn trace_request(&self, req: &Request, shown: &str) {
        if self.verbosity < 2 {
            return;
        }
        let mut text = format!("> {} {shown}\n", req.method);
        for (k, v) in &req.headers {
            text.push_str(&format!("> {k}: {}\n", self.shown_header(k, v)));
        }
        if header_in(&req.headers, "cookie").is_none() && self.jar.header_for(&req.origin).is_some()
        {
            text.push_str("> cookie: (redacted)\n");
        }
        match &req.body {
            Body::Empty => {}
            Body::Json(value) => {
                let json = value.to_string();
                text.push_str(&format!(
                    "> content-type: application/json\n{}",
                    self.shown_body(json.as_bytes(), false)
                ));
            }
            Body::Bytes { content_type, data } => {
                text.push_str(&format!(
                    "> content-type: {content_type}\n> ({} bytes)\n",
                    data.len()
                ));
            }
            Body::Reader {
                content_type, len, ..
            } => {
                text.push_str(&format!(
                    "> content-type: {content_type}\n> content-length: {len}\n> ({len} bytes)\n"
                ));
            }
        }
        eprint_lines(&text);
    }

    #[allow(clippy::too_many_arguments)]
    fn trace_response(
        &self,
        method: &str,
        shown: &str,
        started: Instant,
        status: u16,
        headers: &[(String, String)],
        body: Option<&[u8]>,
        hide_body: bool,
    ) {
        if self.verbosity == 0 {
            return;
        }
        let ms = started.elapsed().as_millis();
        let mut text = String::new();
        if self.verbosity >= 2 {
            for (k, v) in headers {
                text.push_str(&format!("< {k}: {}\n", self.shown_header(k, v)));
            }
            if let Some(body) = body {
                text.push_str(&self.shown_body(body, hide_body));
            }
        }
        eprint_lines(&text);
        eprintln!("* {method} {shown} → {status} ({ms} ms)");
    }

    fn shown_header(&self, name: &str, value: &str) -> String {
        const SECRET_HEADERS: [&str; 5] = [
            "authorization",
            "cookie",
            "set-cookie",
            "x-ksc-session",
            "proxy-authorization",
        ];
        if SECRET_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name)) {
            return "(redacted)".into();
        }
        let out = self.redact(value);
        let secrets = self.secrets.lock().expect("secrets lock");
        if secrets.is_whole(value.trim()) {
            "(redacted)".into()
        } else if secrets.whole.is_empty() {
            out
        } else {
            secrets.redact_pairs(&out, ';')
        }
    }

    fn shown_body(&self, body: &[u8], hide: bool) -> String {
        if body.is_empty() {
            return String::new();
        }
        match std::str::from_utf8(body) {
            Ok(text) if !hide && body.len() <= 8192 => {
                let text = self.redact(text);
                format!("{}\n", text.trim_end())
            }
            _ => format!(
                "({} bytes{})\n",
                body.len(),
                if hide {
                    ", not shown: holds a secret"
                } else {
                    ""
                }
            ),
        }
    }

    fn malformed(&self, shown: &str, e: std::io::Error) -> anyhow::Error {
        Failure::new(
            Kind::Malformed,
            format!("bad response body from {shown}: {e}"),
        )
        .into()
    }

    fn interrupted_failure(&self, shown: &str) -> anyhow::Error {
        Failure::new(Kind::Interrupted, format!("{shown}: interrupted")).into()
    }

    /// An I/O error while reading a body: ureq's own error when it is one inside, else the I/O kind.
    fn classify_io(&self, err: std::io::Error, shown: &str, generation: u64) -> anyhow::Error {
        if self.shared.generation.load(Ordering::SeqCst) != generation {
            return self.interrupted_failure(shown);
        }
        if err.get_ref().is_some_and(|inner| inner.is::<ureq::Error>()) {
            let inner = err
                .into_inner()
                .expect("checked")
                .downcast::<ureq::Error>()
                .expect("checked");
            return self.classify(*inner, shown, generation, None);
        }
        let (kind, what, _) = io_kind(&err, shown, self.current_timeout().as_secs_f64());
        anyhow::Error::new(err).context(Failure::new(kind, what))
    }

    fn cert_hint(&self) -> &'static str {
        if self.offers_pin {
            "if the server uses a self-signed certificate, pass it with --ca-cert FILE or pin it with --pin-sha256 HEX (`fieldctl ksc trust` shows it)"
        } else {
            "if the server uses a self-signed certificate, pass it with --ca-cert FILE"
        }
    }

    /// Map the HTTP library's errors to our kinds, with what failed and why.
    fn classify(
        &self,
        err: ureq::Error,
        shown: &str,
        generation: u64,
        required: Option<ConnectionId>,
    ) -> anyhow::Error {
        use ureq::Error as E;
        if self.shared.generation.load(Ordering::SeqCst) != generation {
            return self.interrupted_failure(shown);
        }
        let marker = |t: fn(&(dyn std::error::Error + 'static)) -> bool| {
            matches!(&err, E::Io(io) if io.get_ref().is_some_and(|i| {
                let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(i);
                while let Some(e) = cur {
                    if t(e) { return true; }
                    cur = e.source();
                }
                false
            }))
        };
        if marker(|e| e.is::<Stopped>()) {
            return self.interrupted_failure(shown);
        }
        if let E::Io(io) = &err
            && let Some(r) = io.get_ref().and_then(|i| i.to::<tls::Refused>())
        {
            return Failure::new(
                Kind::Connect,
                format!("TLS handshake with {shown} failed: {}", r.what),
            )
            .hint(r.hint.clone())
            .into();
        }
        if marker(|e| e.is::<TlsPort>()) {
            let https = shown.replacen("http://", "https://", 1);
            let base = cookies::origin(&https);
            return Failure::new(
                Kind::Connect,
                format!("cannot talk to {shown}: the port speaks TLS, not plain HTTP"),
            )
            .hint(format!("use an https:// address: {base}"))
            .into();
        }
        if let Some(id) = required {
            let gone = marker(|e| e.is::<Dropped>())
                || matches!(&err, E::Io(io) if matches!(io.kind(),
                    std::io::ErrorKind::ConnectionReset
                        | std::io::ErrorKind::ConnectionAborted
                        | std::io::ErrorKind::UnexpectedEof
                        | std::io::ErrorKind::BrokenPipe));
            if gone {
                return anyhow::Error::new(Dropped).context(Failure::new(
                    Kind::Connect,
                    format!("{shown}: connection {id}, which this request must use, was closed"),
                ));
            }
        }
        let secs = self.current_timeout().as_secs_f64();
        let (kind, what, hint) = match &err {
            E::Timeout(t) => (
                Kind::Timeout,
                format!("{shown}: no answer within {secs} s{}", timeout_phase(*t)),
                Some("raise --timeout if the peer is slow"),
            ),
            E::HostNotFound => (
                Kind::Connect,
                format!("cannot connect to {shown}: host not found"),
                None,
            ),
            E::ConnectionFailed => (Kind::Connect, format!("cannot connect to {shown}"), None),
            E::BodyExceedsLimit(n) => (
                Kind::Malformed,
                format!("response from {shown} is larger than the limit of {n} bytes"),
                Some("raise --max-response-bytes if this is expected"),
            ),
            E::Tls(_) | E::Pem(_) | E::Rustls(_) => (
                Kind::Connect,
                format!("TLS handshake with {shown} failed"),
                Some(self.cert_hint()),
            ),
            E::Io(io) => io_kind(io, shown, secs),
            E::Protocol(_) | E::Http(_) => (
                Kind::Malformed,
                format!("malformed HTTP response from {shown}"),
                None,
            ),
            E::BadUri(_) => (Kind::Usage, format!("bad URL {shown}"), None),
            _ => (Kind::Internal, format!("request to {shown} failed"), None),
        };
        // A certificate problem may surface as an I/O error wrapping rustls' error.
        let tls_error = match &err {
            E::Io(io) => io.get_ref().and_then(|i| i.to::<rustls::Error>()),
            E::Rustls(e) => Some(e),
            _ => None,
        };
        let cert_problem = tls_error.is_some();
        // What came back was not TLS at all: a plain-HTTP port asked for https://.
        let not_tls = matches!(tls_error, Some(rustls::Error::InvalidMessage(_)));
        let mut failure = Failure::new(kind, what);
        if not_tls {
            failure = failure.hint(format!(
                "the server did not answer in TLS: if it speaks plain HTTP, use an http:// address ({})",
                cookies::origin(shown).replacen("https://", "http://", 1)
            ));
        } else if let Some(h) = hint {
            failure = failure.hint(h);
        } else if cert_problem {
            failure = failure.hint(self.cert_hint());
        }
        let transient = match &err {
            E::ConnectionFailed => true,
            E::Io(io) => {
                !cert_problem
                    && matches!(
                        io.kind(),
                        std::io::ErrorKind::ConnectionRefused
                            | std::io::ErrorKind::ConnectionReset
                            | std::io::ErrorKind::ConnectionAborted
                            | std::io::ErrorKind::UnexpectedEof
                            | std::io::ErrorKind::BrokenPipe
                    )
            }
            _ => false,
        };
        if transient {
            failure = failure.transient();
        }
        if matches!(err, E::BadUri(_)) {
            return failure.into(); // its text repeats the URL, credentials and all
        }
        if matches!(err, E::Timeout(_)) {
            return failure.into(); // the message says it all; ureq's "timeout: global" adds nothing
        }
        anyhow::Error::new(err).context(failure)
    }
}

/// A URL as its `-v` line shows it, with the request's note.
fn traced(shown: &str, note: Option<&str>) -> String {
    match note {
        Some(n) => format!("{shown} [{n}]"),
        None => shown.to_owned(),
    }
}

/// A non-2xx response becomes a failure: the request's rule first, then the table.
/// `not_waited`: a `Retry-After` longer than --timeout that a retry loop did not wait for.
fn judge(
    resp: Response,
    rule: Option<StatusRule>,
    not_waited: Option<Duration>,
) -> anyhow::Result<Response> {
    if (200..300).contains(&resp.status) {
        return Ok(resp);
    }
    let kind = match rule.and_then(|r| r(resp.status, &resp.path, &resp.body)) {
        Some(Verdict::Accept) => return Ok(resp),
        Some(Verdict::Fail(f)) => return Err(f.into()),
        Some(Verdict::Kind(k)) => k,
        None => status::kind(resp.status),
    };
    let retry_after = not_waited.or_else(|| {
        matches!(resp.status, 429 | 503)
            .then(|| status::retry_after(resp.header("retry-after")))
            .flatten()
    });
    let mut what = resp.what.clone();
    if (300..400).contains(&resp.status)
        && let Some(location) = resp.header("location")
    {
        what = format!(
            "{what} (redirecting to {})",
            status::body_start(location.as_bytes())
        );
    }
    let mut body = resp.body.as_slice();
    // A plain-HTTP request to a TLS port answered by nginx-like servers.
    let tls_port = resp.status == 400
        && String::from_utf8_lossy(body).contains("plain HTTP request was sent to HTTPS port");
    if tls_port {
        let base = cookies::origin(&resp.shown.replacen("http://", "https://", 1));
        return Err(Failure::new(
            Kind::Connect,
            format!("{}: the port speaks TLS, not plain HTTP", resp.what),
        )
        .hint(format!("use an https:// address: {base}"))
        .into());
    }
    if body.len() > 4096 {
        body = &body[..4096];
    }
    Err(status::failure(
        kind,
        resp.status,
        &what,
        body,
        retry_after,
        not_waited.is_some(),
    )
    .into())
}

/// Shuts the agent down once Ctrl-C was pressed; ends with the transport.
/// Counts a request Ctrl-C must let finish, while it runs.
struct Finishing<'a>(&'a Shared);

impl<'a> Finishing<'a> {
    fn enter(shared: &'a Shared) -> Self {
        shared.finishing.fetch_add(1, Ordering::SeqCst);
        Finishing(shared)
    }
}

impl Drop for Finishing<'_> {
    fn drop(&mut self) {
        self.0.finishing.fetch_sub(1, Ordering::SeqCst);
    }
}

fn watch_interrupt(shared: Weak<Shared>) {
    let _ = std::thread::Builder::new()
        .name("interrupt-watch".into())
        .spawn(move || {
            let mut since: Option<Instant> = None;
            loop {
                std::thread::sleep(Duration::from_millis(100));
                let Some(shared) = shared.upgrade() else {
                    return;
                };
                if !(shared.interrupted)() {
                    continue;
                }
                // A request that must finish (its answer names what it opened) is given the clean-up's time.
                let waited = since.get_or_insert_with(|| {
                    if shared.finishing.load(Ordering::SeqCst) > 0 {
                        eprintln!(
                            "fieldctl: interrupted: waiting up to {} s for the answer that names the session, to release it",
                            CLEANUP_TIMEOUT.as_secs()
                        );
                    }
                    Instant::now()
                });
                if shared.finishing.load(Ordering::SeqCst) == 0 || waited.elapsed() >= CLEANUP_TIMEOUT {
                    shared.shut_down_once();
                    return;
                }
            }
        });
}

/// Which part of the request ran out of time, in words (nothing when it was the request as a whole).
fn timeout_phase(t: ureq::Timeout) -> &'static str {
    use ureq::Timeout as T;
    match t {
        T::Resolve => " (resolving the name)",
        T::Connect => " (connecting)",
        T::SendRequest | T::SendBody | T::PerWrite => " (sending)",
        T::RecvResponse => " (waiting for the answer)",
        T::RecvBody | T::PerRead => " (reading the answer)",
        _ => "",
    }
}

/// Helper trait to look inside a boxed I/O error source.
trait Downcast {
    fn to<T: std::error::Error + 'static>(&self) -> Option<&T>;
}

impl Downcast for dyn std::error::Error + Send + Sync {
    fn to<T: std::error::Error + 'static>(&self) -> Option<&T> {
        let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(self);
        while let Some(e) = cur {
            if let Some(t) = e.downcast_ref::<T>() {
                return Some(t);
            }
            cur = e.source();
        }
        None
    }
}

fn io_kind(io: &std::io::Error, shown: &str, secs: f64) -> (Kind, String, Option<&'static str>) {
    use std::io::ErrorKind as K;
    if io
        .get_ref()
        .is_some_and(|i| i.to::<rustls::Error>().is_some())
    {
        return (
            Kind::Connect,
            format!("TLS handshake with {shown} failed"),
            None,
        );
    }
    match io.kind() {
        K::TimedOut | K::WouldBlock => (
            Kind::Timeout,
            format!("{shown}: no answer within {secs} s"),
            Some("raise --timeout if the peer is slow"),
        ),
        K::ConnectionRefused => (
            Kind::Connect,
            format!("cannot connect to {shown}: connection refused"),
            Some("is the host and port right, and is the service running?"),
        ),
        K::ConnectionReset | K::ConnectionAborted | K::UnexpectedEof | K::BrokenPipe => (
            Kind::Connect,
            format!("connection to {shown} was closed by the peer"),
            None,
        ),
        K::HostUnreachable | K::NetworkUnreachable | K::AddrNotAvailable | K::NotFound => {
            (Kind::Connect, format!("cannot connect to {shown}"), None)
        }
        _ => (Kind::Connect, format!("cannot talk to {shown}"), None),
    }
}

/// Trace lines on stderr, each escaped: bodies and headers come from the peer.
fn eprint_lines(text: &str) {
    for line in text.lines() {
        eprintln!("{}", crate::output::sanitize(line));
    }
}

fn header_list(headers: &ureq::http::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

/// HTTP "deflate" is zlib-wrapped by the RFC, raw deflate by some servers: accept both.
fn inflate(body: &[u8], limit: u64) -> std::io::Result<Vec<u8>> {
    let zlib = body.len() >= 2
        && body[0] & 0x0f == 8
        && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0;
    let mut out = Vec::new();
    let read = if zlib {
        flate2::read::ZlibDecoder::new(body)
            .take(limit + 1)
            .read_to_end(&mut out)?
    } else {
        flate2::read::DeflateDecoder::new(body)
            .take(limit + 1)
            .read_to_end(&mut out)?
    };
    if read as u64 > limit {
        return Err(std::io::Error::other(format!(
            "decompressed body exceeds {limit} bytes"
        )));
    }
    Ok(out)
}

/// `http://user:pass@host/…` → `http://(redacted)@host/…`: credentials in a URL never reach a trace or an error.
fn without_userinfo(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_owned();
    };
    let authority_end = url[scheme_end..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| scheme_end + i);
    match url[scheme_end..authority_end].rfind('@') {
        Some(at) => format!(
            "{}(redacted){}",
            &url[..scheme_end],
            &url[scheme_end + at..]
        ),
        None => url.to_owned(),
    }
}

/// Percent-encode a query key or value. Characters that are legal in a query and that devices expect raw
/// (`:` and `/` in `F:/file`, `,` in `msg=1,2,3`) stay; `+`, `&`, `=`, `#`, `%`, space and non-ASCII are encoded.
pub fn encode_query(s: &str) -> String {
    percent_encode(s, b"-._~:/@!$'()*,;")
}

/// Percent-encode `s` byte by byte: ASCII letters and digits and the bytes in `keep` stay, every other byte is
/// `%XX` (upper-case hex).
pub fn percent_encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_encoding_keeps_device_syntax_and_encodes_plus() {
        assert_eq!(encode_query("F:/my script.txe"), "F:/my%20script.txe");
        assert_eq!(encode_query("a+b&c=d#é"), "a%2Bb%26c%3Dd%23%C3%A9");
        assert_eq!(encode_query("99,100"), "99,100");
    }

    #[test]
    fn secret_query_values_are_not_in_the_shown_url() {
        let r = Request::new("GET", "http://h:1/", "/x")
            .query("a", "1")
            .secret_query("password", "p+w");
        assert_eq!(r.url, "http://h:1/x?a=1&password=p%2Bw");
        assert_eq!(r.shown_url, "http://h:1/x?a=1&password=(redacted)");
    }

    #[test]
    fn credentials_in_urls_are_redacted() {
        assert_eq!(
            without_userinfo("http://admin:hunter22@127.0.0.1:1/x?a=b@c"),
            "http://(redacted)@127.0.0.1:1/x?a=b@c"
        );
        assert_eq!(without_userinfo("https://h:1/x@y"), "https://h:1/x@y");
        let r = Request::new("GET", "http://u:p@h", "/f");
        assert_eq!(r.shown_url, "http://(redacted)@h/f");
    }

    /// A transport that traces headers and bodies (-vv), for the redaction tests.
    fn tracing_transport() -> Transport {
        Transport::new(Options {
            timeout: Duration::from_secs(1),
            ca_cert: None,
            insecure: false,
            pin_sha256: None,
            offers_pin: false,
            verbosity: 2,
            max_response_bytes: 10,
        })
        .unwrap()
    }

    #[test]
    fn credentials_in_headers_are_redacted() {
        let t = tracing_transport();
        t.register_secret("sess1234");
        let r = Request::new("GET", "http://h", "/x")
            .header("Authorization", "KSCBasic user=\"x\"")
            .header("X-Trace", "a-sess1234");
        assert_eq!(
            t.shown_header(&r.headers[0].0, &r.headers[0].1),
            "(redacted)"
        );
        assert_eq!(
            t.shown_header(&r.headers[1].0, &r.headers[1].1),
            "a-(redacted)"
        );
    }

    #[test]
    fn short_secrets_are_redacted_as_whole_values_only() {
        let t = tracing_transport();
        t.register_secret("");
        t.register_secret("ab");
        t.register_secret("a b");
        t.register_secret("sess1234");
        let h = |name, value| t.shown_header(name, value);
        assert_eq!(h("X-Session", "ab"), "(redacted)");
        assert_eq!(h("X-Session", " a b "), "(redacted)");
        assert_eq!(h("X-Trace", "cab abc"), "cab abc", "not a substring");
        assert_eq!(
            h("X-Auth", "sid=ab; path=/; other=abc"),
            "sid=(redacted); path=/; other=abc"
        );
        assert_eq!(h("X-Trace", "a-sess1234"), "a-(redacted)");
        assert_eq!(h("X-Empty", ""), "", "an empty secret is not registered");
        assert_eq!(
            t.redact_url("http://h:1/x?ident=1&sid=ab&q=a%20b&t=cab&u=sess1234"),
            "http://h:1/x?ident=1&sid=(redacted)&q=(redacted)&t=cab&u=(redacted)"
        );
        assert_eq!(t.redact_url("http://h:1/ab/x"), "http://h:1/ab/x");
        // Bodies and messages: long secrets only (a short one would hit unrelated text).
        assert_eq!(t.redact("ab sess1234"), "ab (redacted)");
    }

    #[test]
    fn inflate_accepts_zlib_and_raw() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b"hello hello").unwrap();
        assert_eq!(inflate(&z.finish().unwrap(), 100).unwrap(), b"hello hello");
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        d.write_all(b"hello").unwrap();
        assert_eq!(inflate(&d.finish().unwrap(), 100).unwrap(), b"hello");
        assert!(
            inflate(
                &{
                    let mut z =
                        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                    z.write_all(&[0u8; 1000]).unwrap();
                    z.finish().unwrap()
                },
                10
            )
            .is_err()
        );
    }
}
