//! A small HTTP/1.1 server for the simulators, built on std and rustls so that it can do what a faithful peer
//! must and general-purpose servers hide: keep-alive, chunked request bodies, per-connection state (KSC
//! authenticates a TCP connection), answering before reading the body (`Expect: 100-continue`), TLS with a
//! certificate made at start, and a request log tests can assert on.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use super::log::RequestLog;

/// Request bodies larger than this are refused with 413 (the simulators hold them in memory).
const MAX_BODY: u64 = 256 << 20;
const MAX_HEAD: usize = 64 << 10;

/// A simulated device or server. One `Conn` value lives as long as its TCP connection.
pub trait Handler: Send + Sync + 'static {
    type Conn: Default + Send;
    /// Answer `HTTP/1.0` with `Connection: close` and close after every response (as some real servers do).
    const HTTP_1_0: bool = false;
    fn handle(&self, req: &mut Request, conn: &mut Self::Conn) -> Response;
}

pub struct Request<'a> {
    pub method: String,
    /// The path as sent (still percent-encoded), without the query.
    pub path: String,
    pub raw_query: String,
    /// Decoded query pairs, in order.
    pub query: Vec<(String, String)>,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    pub peer: SocketAddr,
    body: BodyState,
    reader: &'a mut dyn BufRead,
    writer: &'a mut dyn Write,
    body_size: u64,
    /// The first bytes of the body the handler read, for the request log.
    body_prefix: Vec<u8>,
}

/// How much of a request body the log keeps.
const LOGGED_BODY: usize = 4 << 10;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BodyState {
    None,
    Length(u64),
    Chunked,
    Consumed,
}

impl Request<'_> {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The last value of a query parameter.
    pub fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn expects_continue(&self) -> bool {
        self.header("expect")
            .is_some_and(|v| v.eq_ignore_ascii_case("100-continue"))
    }

    /// Bytes of body read so far (for the request log).
    pub fn body_size(&self) -> u64 {
        self.body_size
    }

    /// The first 4 KiB of the body read so far (for the request log).
    pub fn body_prefix(&self) -> &[u8] {
        &self.body_prefix
    }

    /// True when the request announced a body that has not been read.
    pub fn has_body(&self) -> bool {
        matches!(self.body, BodyState::Length(n) if n > 0) || self.body == BodyState::Chunked
    }

    /// Read the whole body. With `Expect: 100-continue`, the interim `100 Continue` is sent first: a handler
    /// that answers without calling this never asks the client for its body.
    pub fn body(&mut self) -> io::Result<Vec<u8>> {
        if self.has_body() && self.expects_continue() {
            self.writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
            self.writer.flush()?;
        }
        let body = match self.body {
            BodyState::None | BodyState::Consumed => Vec::new(),
            BodyState::Length(n) => {
                let mut buf = Vec::with_capacity(n.min(1 << 20) as usize);
                (&mut *self.reader).take(n).read_to_end(&mut buf)?;
                if (buf.len() as u64) < n {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "body shorter than Content-Length",
                    ));
                }
                buf
            }
            BodyState::Chunked => read_chunked(self.reader)?,
        };
        self.body = BodyState::Consumed;
        self.body_size = body.len() as u64;
        self.body_prefix = body[..body.len().min(LOGGED_BODY)].to_vec();
        Ok(body)
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Send the body with `Transfer-Encoding: chunked` (as some real servers do).
    pub chunked: bool,
    /// Close the connection after this response.
    pub close: bool,
    /// Headers only (an answer to HEAD).
    body_omitted: bool,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            chunked: false,
            close: false,
            body_omitted: false,
        }
    }

    pub fn text(status: u16, body: &str) -> Self {
        Self::new(status, "text/plain", body.to_owned())
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

pub struct Server<H: Handler> {
    listener: TcpListener,
    handler: Arc<H>,
    tls: Option<Arc<rustls::ServerConfig>>,
    log: Option<Arc<RequestLog>>,
}

impl<H: Handler> Server<H> {
    pub fn bind(
        addr: &str,
        handler: H,
        tls: Option<Arc<rustls::ServerConfig>>,
        log: Option<RequestLog>,
    ) -> io::Result<Self> {
        let listener = TcpListener::bind(addr)?;
        Ok(Server {
            listener,
            handler: Arc::new(handler),
            tls,
            log: log.map(Arc::new),
        })
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serve until the process is killed: one thread per connection.
    pub fn serve(self) -> io::Result<()> {
        for stream in self.listener.incoming() {
            let Ok(stream) = stream else { continue };
            let handler = Arc::clone(&self.handler);
            let tls = self.tls.clone();
            let log = self.log.clone();
            std::thread::spawn(move || {
                let _ = stream.set_nodelay(true);
                let peer = stream
                    .peer_addr()
                    .unwrap_or_else(|_| SocketAddr::from(([0, 0, 0, 0], 0)));
                let _ = match tls {
                    Some(config) => match rustls::ServerConnection::new(config) {
                        Ok(conn) => serve_connection(
                            &*handler,
                            rustls::StreamOwned::new(conn, stream),
                            peer,
                            log.as_deref(),
                        ),
                        Err(_) => Ok(()),
                    },
                    None => serve_connection(&*handler, stream, peer, log.as_deref()),
                };
            });
        }
        Ok(())
    }
}

/// Both plain and TLS streams; `TcpStream` is kept reachable so reads and writes share one socket.
trait Stream: Read + Write {}
impl<T: Read + Write> Stream for T {}

/// Lets a BufReader own the reading side while responses are written to the same stream.
struct Shared<S>(std::rc::Rc<std::cell::RefCell<S>>);

impl<S: Read> Read for Shared<S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.borrow_mut().read(buf)
    }
}

impl<S: Write> Write for Shared<S> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.borrow_mut().flush()
    }
}

fn serve_connection<H: Handler, S: Stream>(
    handler: &H,
    stream: S,
    peer: SocketAddr,
    log: Option<&RequestLog>,
) -> io::Result<()> {
    let shared = std::rc::Rc::new(std::cell::RefCell::new(stream));
    let mut reader = BufReader::with_capacity(64 << 10, Shared(shared.clone()));
    let mut writer = io::BufWriter::with_capacity(64 << 10, Shared(shared));
    let mut conn = H::Conn::default();
    loop {
        let head = match read_head(&mut reader) {
            Ok(Some(head)) => head,
            Ok(None) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                let resp = Response::text(400, "Bad Request\n");
                write_response(&mut writer, &resp, true, H::HTTP_1_0)?;
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let Head {
            method,
            target,
            version_11,
            headers,
        } = head;
        let (path, raw_query) = match target.split_once('?') {
            Some((p, q)) => (p.to_owned(), q.to_owned()),
            None => (target.clone(), String::new()),
        };
        let body = body_state(&headers);
        let body = match body {
            Ok(b) => b,
            Err(status) => {
                write_response(
                    &mut writer,
                    &Response::text(status, "Bad Request\n"),
                    true,
                    H::HTTP_1_0,
                )?;
                return Ok(());
            }
        };
        let head_only = method == "HEAD";
        let wants_close = headers
            .iter()
            .any(|(k, v)| k == "connection" && v.eq_ignore_ascii_case("close"))
            || !version_11;
        let mut req = Request {
            method,
            path,
            query: parse_query(&raw_query),
            raw_query,
            headers,
            peer,
            body,
            reader: &mut reader,
            writer: &mut writer,
            body_size: 0,
            body_prefix: Vec::new(),
        };
        let resp = if matches!(req.body, BodyState::Length(n) if n > MAX_BODY) {
            let mut r = Response::text(413, "Request Entity Too Large\n");
            r.close = true;
            r
        } else {
            handler.handle(&mut req, &mut conn)
        };
        // An unread body must be skipped to find the next request. After `Expect: 100-continue` answered
        // without a 100 the client should not send it, but may (RFC 9110 §10.1.1, e.g. after its wait times
        // out): the connection is closed rather than risk reading a body as a request.
        let mut close = resp.close || wants_close || H::HTTP_1_0;
        if req.has_body() && (req.expects_continue() || req.body().is_err()) {
            close = true;
        }
        // Logged before answering: a client that has its answer finds its request in the log.
        if let Some(log) = log {
            log.write(&super::log::Entry::of(&req, resp.status));
        }
        drop(req);
        let mut resp = resp;
        if head_only {
            resp.body_omitted = true; // HEAD: the headers of a GET, no body
        }
        write_response(&mut writer, &resp, close, H::HTTP_1_0)?;
        if close {
            return Ok(());
        }
    }
}

struct Head {
    method: String,
    target: String,
    version_11: bool,
    headers: Vec<(String, String)>,
}

fn read_head(reader: &mut impl BufRead) -> io::Result<Option<Head>> {
    let mut line = String::new();
    let mut total = 0;
    // Skip blank lines between requests (tolerated by RFC 9112 §2.2).
    loop {
        line.clear();
        // bounded: a request line may not be longer than a whole head
        let n = (&mut *reader).take(MAX_HEAD as u64).read_line(&mut line)?;
        if n == MAX_HEAD {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "request line too long",
            ));
        }
        if n == 0 {
            return Ok(None);
        }
        total += n;
        if !line.trim().is_empty() {
            break;
        }
    }
    let bad = || io::Error::new(io::ErrorKind::InvalidData, "bad request line");
    let mut parts = line.trim_end().split(' ');
    let method = parts
        .next()
        .filter(|m| !m.is_empty())
        .ok_or_else(bad)?
        .to_owned();
    let target = parts.next().ok_or_else(bad)?.to_owned();
    let version = parts.next().ok_or_else(bad)?;
    if !version.starts_with("HTTP/1.") {
        return Err(bad());
    }
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        let n = reader.read_line(&mut h)?;
        total += n;
        if n == 0 || total > MAX_HEAD {
            return Err(bad());
        }
        let h = h.trim_end_matches(['\r', '\n']);
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':').ok_or_else(bad)?;
        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
    }
    Ok(Some(Head {
        method,
        target,
        version_11: version == "HTTP/1.1",
        headers,
    }))
}

fn body_state(headers: &[(String, String)]) -> Result<BodyState, u16> {
    let get = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(te) = get("transfer-encoding") {
        return if te.eq_ignore_ascii_case("chunked") {
            Ok(BodyState::Chunked)
        } else {
            Err(501)
        };
    }
    match get("content-length") {
        Some(v) => v
            .trim()
            .parse::<u64>()
            .map(BodyState::Length)
            .map_err(|_| 400),
        None => Ok(BodyState::None),
    }
}

fn read_chunked(reader: &mut dyn BufRead) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size_line = String::new();
        reader.read_line(&mut size_line)?;
        let size_hex = size_line.trim().split(';').next().unwrap_or("");
        let size = u64::from_str_radix(size_hex, 16)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "bad chunk size"))?;
        if size == 0 {
            // Trailers, then the blank line.
            loop {
                let mut t = String::new();
                if reader.read_line(&mut t)? == 0 || t.trim().is_empty() {
                    return Ok(body);
                }
            }
        }
        if (body.len() as u64).saturating_add(size) > MAX_BODY {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "chunked body too large",
            ));
        }
        reader.take(size).read_to_end(&mut body)?;
        let mut crlf = [0u8; 2];
        reader.read_exact(&mut crlf)?;
    }
}

fn write_response(
    w: &mut impl Write,
    resp: &Response,
    close: bool,
    http_1_0: bool,
) -> io::Result<()> {
    let version = if http_1_0 { "HTTP/1.0" } else { "HTTP/1.1" };
    let mut head = format!("{version} {} {}\r\n", resp.status, reason(resp.status));
    for (k, v) in &resp.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if resp.chunked && !resp.body_omitted {
        head.push_str("Transfer-Encoding: chunked\r\n");
    } else {
        head.push_str(&format!("Content-Length: {}\r\n", resp.body.len()));
    }
    if close {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    w.write_all(head.as_bytes())?;
    if resp.body_omitted {
        return w.flush();
    }
    if resp.chunked {
        // 4 KiB chunks, as the KSC spec's samples show
        for chunk in resp.body.chunks(4096) {
            write!(w, "{:x}\r\n", chunk.len())?;
            w.write_all(chunk)?;
            w.write_all(b"\r\n")?;
        }
        w.write_all(b"0\r\n\r\n")?;
    } else {
        w.write_all(&resp.body)?;
    }
    w.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        206 => "Partial Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Request Entity Too Large",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(p), String::new()),
        })
        .collect()
}

/// Decode `%XX` (and `+` as a space, as form-encoded queries do); a malformed escape stays as it is.
pub fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 3 <= bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_queries() {
        assert_eq!(
            parse_query("a=1&password=p%2Bw+x&f=F:/x.txe&e"),
            vec![
                ("a".into(), "1".into()),
                ("password".into(), "p+w x".into()),
                ("f".into(), "F:/x.txe".into()),
                ("e".into(), "".into())
            ]
        );
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("100%"), "100%");
    }
}

#[cfg(test)]
mod server_tests {
    use super::*;
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    /// Echoes what it saw; refuses `/refuse` without reading the body; counts requests per connection.
    struct Echo;

    impl Handler for Echo {
        type Conn = u32;
        fn handle(&self, req: &mut Request, conn: &mut u32) -> Response {
            *conn += 1;
            if req.path == "/refuse" {
                return Response::text(413, "no\n");
            }
            let body = req.body().unwrap();
            Response::text(
                200,
                &format!(
                    "n={} len={} q={}",
                    conn,
                    body.len(),
                    req.param("a").unwrap_or("")
                ),
            )
        }
    }

    fn start(log: Option<RequestLog>) -> String {
        let server = Server::bind("127.0.0.1:0", Echo, None, log).unwrap();
        let addr = server.local_addr().unwrap().to_string();
        std::thread::spawn(move || server.serve());
        addr
    }

    /// Read one response: status line, headers, Content-Length body.
    fn response(r: &mut BufReader<TcpStream>) -> (String, String) {
        let mut status = String::new();
        r.read_line(&mut status).unwrap();
        let mut len = 0;
        loop {
            let mut h = String::new();
            r.read_line(&mut h).unwrap();
            if h.trim().is_empty() {
                break;
            }
            if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; len];
        r.read_exact(&mut body).unwrap();
        (status.trim().to_owned(), String::from_utf8(body).unwrap())
    }

    #[test]
    fn keep_alive_chunked_bodies_and_per_connection_state() {
        let addr = start(None);
        let mut s = TcpStream::connect(&addr).unwrap();
        let mut r = BufReader::new(s.try_clone().unwrap());
        s.write_all(b"GET /x?a=%41+b HTTP/1.1\r\nHost: h\r\n\r\n")
            .unwrap();
        assert_eq!(
            response(&mut r),
            ("HTTP/1.1 200 OK".into(), "n=1 len=0 q=A b".into())
        );
        s.write_all(b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n").unwrap();
        assert_eq!(response(&mut r).1, "n=2 len=5 q=");
        // an unread body is skipped so the next request on the connection is found
        s.write_all(
            b"POST /refuse HTTP/1.1\r\nContent-Length: 4\r\n\r\nwxyzGET /x HTTP/1.1\r\n\r\n",
        )
        .unwrap();
        assert_eq!(response(&mut r).0, "HTTP/1.1 413 Request Entity Too Large");
        assert_eq!(response(&mut r).1, "n=4 len=0 q=");
        // a new connection has new state
        let mut s2 = TcpStream::connect(&addr).unwrap();
        let mut r2 = BufReader::new(s2.try_clone().unwrap());
        s2.write_all(b"GET /x HTTP/1.1\r\n\r\n").unwrap();
        assert_eq!(response(&mut r2).1, "n=1 len=0 q=");
    }

    /// Answers as an HTTP/1.0 server does.
    struct Old;

    impl Handler for Old {
        type Conn = ();
        const HTTP_1_0: bool = true;
        fn handle(&self, _req: &mut Request, _conn: &mut ()) -> Response {
            Response::text(200, "old\n")
        }
    }

    #[test]
    fn http_1_0_mode_closes_every_connection() {
        let server = Server::bind("127.0.0.1:0", Old, None, None).unwrap();
        let addr = server.local_addr().unwrap().to_string();
        std::thread::spawn(move || server.serve());
        let mut s = TcpStream::connect(&addr).unwrap();
        // a keep-alive request still gets one answer, then the end of the connection
        s.write_all(b"GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n")
            .unwrap();
        let mut all = String::new();
        s.read_to_string(&mut all).unwrap();
        assert!(all.starts_with("HTTP/1.0 200 OK\r\n"), "{all}");
        assert!(all.contains("Connection: close\r\n"), "{all}");
        assert_eq!(all.matches("HTTP/1.0").count(), 1, "{all}");
    }

    #[test]
    fn expect_continue_is_answered_before_the_body() {
        let addr = start(None);
        let mut s = TcpStream::connect(&addr).unwrap();
        let mut r = BufReader::new(s.try_clone().unwrap());
        // accepted: 100 Continue first, then the body is read
        s.write_all(b"PUT /x HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
            .unwrap();
        let mut interim = String::new();
        r.read_line(&mut interim).unwrap();
        assert_eq!(interim.trim(), "HTTP/1.1 100 Continue");
        r.read_line(&mut interim).unwrap();
        s.write_all(b"abc").unwrap();
        assert_eq!(response(&mut r).1, "n=1 len=3 q=");
        // refused before the body: no 100, the final answer at once; the connection closes, so a body sent
        // anyway can never be read as the next request
        s.write_all(b"PUT /refuse HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
            .unwrap();
        assert_eq!(response(&mut r).0, "HTTP/1.1 413 Request Entity Too Large");
        let _ = s.write_all(b"abcGET /x HTTP/1.1\r\n\r\n");
        let mut rest = String::new();
        let _ = r.read_to_string(&mut rest);
        assert_eq!(rest, "", "nothing more on this connection");
    }

    #[test]
    fn request_log_records_each_request() {
        let path = std::env::temp_dir().join(format!("fieldctl-http-log-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let addr = start(Some(RequestLog::create(&path).unwrap()));
        let mut s = TcpStream::connect(&addr).unwrap();
        let mut r = BufReader::new(s.try_clone().unwrap());
        s.write_all(b"POST /f?a=1&a=2 HTTP/1.1\r\nX-Thing: v\r\nContent-Length: 2\r\n\r\nhi")
            .unwrap();
        response(&mut r);
        let line = std::fs::read_to_string(&path).unwrap();
        let v: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
        assert_eq!(v["method"], "POST");
        assert_eq!(v["path"], "/f");
        assert_eq!(v["query"], serde_json::json!([["a", "1"], ["a", "2"]]));
        assert_eq!(v["headers"]["x-thing"], "v");
        assert_eq!(v["body_size"], 2);
        assert_eq!(v["body"], "hi");
        assert_eq!(v["status"], 200);
        let _ = std::fs::remove_file(&path);
    }
}
