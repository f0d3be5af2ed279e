//! The one module that touches the HTTP library (ureq). Every group sends its requests through [`Transport`]:
//! one keep-alive agent per run, timeouts, extra CA / insecure TLS, gzip+deflate decoding, a response size limit,
//! `-v`/`-vv` traces with secrets redacted, and retries only where the caller says a request is safe to repeat.
//!
//! Non-2xx responses are returned as ordinary [`Response`]s: each group maps statuses to its own errors.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig};

use crate::error::{Failure, Kind};

pub struct Options {
    pub timeout: Duration,
    pub ca_cert: Option<PathBuf>,
    pub insecure: bool,
    pub verbosity: u8,
    pub max_response_bytes: u64,
}

pub struct Transport {
    agent: ureq::Agent,
    verbosity: u8,
    max_response_bytes: u64,
    timeout: Duration,
    /// Strings that must never appear in a trace: passwords, tokens, session ids learnt during the run.
    secrets: Mutex<Vec<String>>,
}

pub enum Body {
    Empty,
    /// Sent with an exact Content-Length, never chunked (devices reject chunked uploads).
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
    has_query: bool,
    headers: Vec<(String, String)>,
    body: Body,
    hide_response_body: bool,
}

impl Request {
    /// `base` is `scheme://host:port` (no trailing slash needed); `path` starts with `/` and is already encoded.
    pub fn new(method: &'static str, base: &str, path: &str) -> Self {
        let url = format!("{}{}", base.trim_end_matches('/'), path);
        Request {
            method,
            shown_url: without_userinfo(&url),
            url,
            has_query: false,
            headers: Vec::new(),
            body: Body::Empty,
            hide_response_body: false,
        }
    }

    pub fn query(mut self, key: &str, value: &str) -> Self {
        let sep = if self.has_query { '&' } else { '?' };
        self.has_query = true;
        let pair = format!("{sep}{}={}", encode_query(key), encode_query(value));
        self.url.push_str(&pair);
        self.shown_url.push_str(&pair);
        self
    }

    /// A request header; `-vv` redacts credentials (Authorization, Cookie, X-KSC-Session, …).
    #[cfg_attr(not(test), allow(dead_code))] // the ovms and ksc groups authenticate with headers
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// A query parameter whose value is a secret: sent, never traced.
    pub fn secret_query(mut self, key: &str, value: &str) -> Self {
        let sep = if self.has_query { '&' } else { '?' };
        self.has_query = true;
        self.url.push_str(&format!(
            "{sep}{}={}",
            encode_query(key),
            encode_query(value)
        ));
        self.shown_url
            .push_str(&format!("{sep}{}=(redacted)", encode_query(key)));
        self
    }

    pub fn body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }

    /// The response body carries a secret (a session id, a token): `-vv` shows only its size.
    pub fn hide_response_body(mut self) -> Self {
        self.hide_response_body = true;
        self
    }

    fn try_clone(&self) -> Option<Request> {
        let body = match &self.body {
            Body::Empty => Body::Empty,
            Body::Reader { .. } => return None,
        };
        Some(Request {
            method: self.method,
            url: self.url.clone(),
            shown_url: self.shown_url.clone(),
            has_query: self.has_query,
            headers: self.headers.clone(),
            body,
            hide_response_body: self.hide_response_body,
        })
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
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
}

impl StreamResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.headers, name)
    }
}

fn header_in<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

impl Transport {
    pub fn new(opts: Options) -> anyhow::Result<Transport> {
        let mut tls = TlsConfig::builder();
        if opts.insecure {
            tls = tls.disable_verification(true);
        } else if let Some(path) = &opts.ca_cert {
            tls = tls.root_certs(roots_with(path)?);
        }
        let t = Some(opts.timeout);
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .user_agent(format!("fieldctl/{}", env!("CARGO_PKG_VERSION")))
            .accept_encoding("gzip, deflate")
            .max_redirects(0)
            .timeout_resolve(t)
            .timeout_connect(t)
            .timeout_send_request(t)
            .timeout_recv_response(t)
            .timeout_per_read(t)
            .timeout_per_write(t)
            .tls_config(tls.build())
            .build();
        Ok(Transport {
            agent: config.into(),
            verbosity: opts.verbosity,
            max_response_bytes: opts.max_response_bytes,
            timeout: opts.timeout,
            secrets: Mutex::new(Vec::new()),
        })
    }

    /// From now on, `secret` is replaced by `(redacted)` wherever a trace would show it.
    pub fn register_secret(&self, secret: &str) {
        if secret.len() >= 4 {
            let mut s = self.secrets.lock().expect("secrets lock");
            s.push(secret.to_owned());
            s.push(encode_query(secret));
        }
    }

    /// Send and read the whole body (up to the configured limit; gzip and deflate decoded).
    pub fn send(&self, req: Request) -> anyhow::Result<Response> {
        let hide = req.hide_response_body;
        let method = req.method;
        let (shown, started, mut resp) = self.exchange(req)?;
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
            .map_err(|e| self.classify_io(e, &shown))?;
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
        };
        self.trace_response(
            method,
            &shown,
            started,
            resp.status,
            &resp.headers,
            Some(&resp.body),
            hide,
        );
        Ok(resp)
    }

    /// Send and hand back the body as a reader (downloads): no size limit, read timeouts still apply.
    pub fn send_streaming(&self, req: Request) -> anyhow::Result<StreamResponse> {
        let method = req.method;
        let (shown, started, resp) = self.exchange(req)?;
        let status = resp.status().as_u16();
        let headers = header_list(resp.headers());
        self.trace_response(method, &shown, started, status, &headers, None, true);
        let content_length =
            header_in(&headers, "content-length").and_then(|v| v.trim().parse().ok());
        let reader = resp.into_body().into_reader();
        Ok(StreamResponse {
            status,
            headers,
            content_length,
            reader: Box::new(reader),
        })
    }

    /// For calls a group declares safe to repeat: retry on connection failures, 429 and 503, with backoff
    /// (honouring Retry-After up to 30 s), `attempts` times in all.
    pub fn send_idempotent(&self, req: Request, attempts: u32) -> anyhow::Result<Response> {
        let mut delay = Duration::from_millis(250);
        for attempt in 1..=attempts.max(1) {
            let last = attempt == attempts.max(1);
            let Some(copy) = (if last { None } else { req.try_clone() }) else {
                return self.send(req);
            };
            match self.send(copy) {
                Ok(resp) if !matches!(resp.status, 429 | 503) => return Ok(resp),
                Ok(resp) => {
                    let wait = resp
                        .header("retry-after")
                        .and_then(|v| v.trim().parse::<u64>().ok())
                        .map(|s| Duration::from_secs(s.min(30)))
                        .unwrap_or(delay);
                    self.note_retry(&req, attempt, &format!("status {}", resp.status), wait);
                    crate::interrupt::sleep(wait);
                }
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

    fn note_retry(&self, req: &Request, attempt: u32, why: &str, wait: Duration) {
        if self.verbosity > 0 {
            eprintln!(
                "* {why}: retrying {} in {} ms (attempt {})",
                self.redact(&req.shown_url),
                wait.as_millis(),
                attempt + 1
            );
        }
    }

    fn exchange(
        &self,
        req: Request,
    ) -> anyhow::Result<(String, Instant, ureq::http::Response<ureq::Body>)> {
        let shown = self.redact(&req.shown_url);
        let mut builder = ureq::http::Request::builder()
            .method(req.method)
            .uri(&req.url);
        for (k, v) in &req.headers {
            builder = builder.header(k, v);
        }
        let started = Instant::now();
        let req_method = req.method;
        self.trace_request(&req, &shown);
        let result = match req.body {
            Body::Empty => builder.body(()).map(|r| self.agent.run(r)),
            Body::Reader {
                content_type,
                len,
                reader,
            } => builder
                .header("content-type", content_type)
                .header("content-length", len.to_string())
                .body(ureq::SendBody::from_owned_reader(reader))
                .map(|r| self.agent.run(r)),
        };
        let resp = result
            .map_err(|e| {
                Failure::new(
                    Kind::Usage,
                    format!("cannot build a request for {shown}: {e}"),
                )
            })?
            .map_err(|e| {
                let err = self.classify(e, &shown);
                if self.verbosity > 0 {
                    let ms = started.elapsed().as_millis();
                    eprintln!(
                        "* {} {shown} → failed after {ms} ms: {}",
                        req_method,
                        crate::output::sanitize(&err.to_string())
                    );
                }
                err
            })?;
        Ok((shown, started, resp))
    }

    fn redact(&self, text: &str) -> String {
        let secrets = self.secrets.lock().expect("secrets lock");
        let mut out = text.to_owned();
        for s in secrets.iter() {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "(redacted)");
            }
        }
        out
    }

    fn trace_request(&self, req: &Request, shown: &str) {
        if self.verbosity == 0 {
            return;
        }
        if self.verbosity >= 2 {
            let mut text = format!("> {} {shown}\n", req.method);
            for (k, v) in &req.headers {
                text.push_str(&format!("> {k}: {}\n", self.shown_header(k, v)));
            }
            match &req.body {
                Body::Empty => {}
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
            "(redacted)".into()
        } else {
            self.redact(value)
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

    /// An I/O error while reading a body: ureq's own error when it is one inside, else the I/O kind.
    fn classify_io(&self, err: std::io::Error, shown: &str) -> anyhow::Error {
        if err.get_ref().is_some_and(|inner| inner.is::<ureq::Error>()) {
            let inner = err
                .into_inner()
                .expect("checked")
                .downcast::<ureq::Error>()
                .expect("checked");
            return self.classify(*inner, shown);
        }
        let (kind, what, _) = io_kind(&err, shown, self.timeout.as_secs_f64());
        anyhow::Error::new(err).context(Failure::new(kind, what))
    }

    /// Map the HTTP library's errors to our kinds, with what failed and why.
    fn classify(&self, err: ureq::Error, shown: &str) -> anyhow::Error {
        use ureq::Error as E;
        let secs = self.timeout.as_secs_f64();
        let (kind, what, hint) = match &err {
            E::Timeout(t) => (
                Kind::Timeout,
                format!("{shown}: no answer within {secs} s ({t})"),
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
                Some("if the server uses a self-signed certificate, pass it with --ca-cert FILE"),
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
        let cert_problem = matches!(&err, E::Io(io) if io.get_ref().is_some_and(|i| i.to::<rustls::Error>().is_some()));
        let mut failure = Failure::new(kind, what);
        if let Some(h) = hint {
            failure = failure.hint(h);
        } else if cert_problem {
            failure = failure
                .hint("if the server uses a self-signed certificate, pass it with --ca-cert FILE");
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
        anyhow::Error::new(err).context(failure)
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

/// Mozilla's roots plus the CA in `path` (PEM): `--ca-cert` adds trust, it does not replace it.
fn roots_with(path: &std::path::Path) -> anyhow::Result<RootCerts> {
    let pem = std::fs::read(path).map_err(|e| {
        Failure::new(
            Kind::Config,
            format!("cannot read CA certificate {}: {e}", path.display()),
        )
    })?;
    let mut certs: Vec<Certificate<'static>> = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        match item {
            Ok(PemItem::Certificate(c)) => certs.push(c),
            Ok(_) => {}
            Err(e) => {
                return Err(Failure::new(
                    Kind::Config,
                    format!("{}: not a PEM certificate: {e}", path.display()),
                )
                .into());
            }
        }
    }
    if certs.is_empty() {
        return Err(Failure::new(
            Kind::Config,
            format!("{}: no PEM certificate in it", path.display()),
        )
        .into());
    }
    certs.extend(
        webpki_root_certs::TLS_SERVER_ROOT_CERTS
            .iter()
            .map(|c| Certificate::from_der(c.as_ref())),
    );
    Ok(RootCerts::new_with_certs(&certs))
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
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:/@!$'()*,;".contains(&b) {
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

    #[test]
    fn credentials_in_headers_are_redacted() {
        let t = Transport::new(Options {
            timeout: Duration::from_secs(1),
            ca_cert: None,
            insecure: false,
            verbosity: 2,
            max_response_bytes: 10,
        })
        .unwrap();
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
