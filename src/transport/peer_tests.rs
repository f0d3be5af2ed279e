//! The transport against in-process peers: `sim::http::Server` with small scripted handlers, and raw sockets
//! where a peer must misbehave below HTTP (trickling, silence).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::*;
use crate::error::kind_of;
use crate::sim::http::{Handler, Request as SimRequest, Response as SimResponse, Server};

#[derive(Clone, Debug)]
struct Seen {
    path: String,
    cookie: Option<String>,
    content_type: Option<String>,
    body: Vec<u8>,
    peer: SocketAddr,
}

#[derive(Default)]
struct Conn {
    logged_in: bool,
}

/// Answers with `route(request, connection state, what was seen before)`; records every request.
type Route = fn(&SimRequest, &mut Conn, &[Seen]) -> SimResponse;

struct Peer {
    log: Arc<Mutex<Vec<Seen>>>,
    route: Route,
}

impl Handler for Peer {
    type Conn = Conn;

    fn handle(&self, req: &mut SimRequest, conn: &mut Conn) -> SimResponse {
        let body = req.body().unwrap_or_default();
        let before = self.log.lock().unwrap().clone();
        let resp = (self.route)(req, conn, &before);
        self.log.lock().unwrap().push(Seen {
            path: req.path.clone(),
            cookie: req.header("cookie").map(str::to_owned),
            content_type: req.header("content-type").map(str::to_owned),
            body,
            peer: req.peer,
        });
        resp
    }
}

fn serve(route: Route, tls: bool) -> (String, Arc<Mutex<Vec<Seen>>>) {
    serve_with(route, tls.then(|| tls_config_for("127.0.0.1").0))
}

fn serve_with(
    route: Route,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let server = Server::bind(
        "127.0.0.1:0",
        Peer {
            log: log.clone(),
            route,
        },
        tls,
        None,
    )
    .unwrap();
    let base = format!("http://{}", server.local_addr().unwrap());
    std::thread::spawn(move || server.serve());
    (base, log)
}

/// A self-signed TLS server for `name` (sim::tls is private to the simulators), and its certificate.
fn tls_config_for(name: &str) -> (Arc<rustls::ServerConfig>, rcgen::Certificate) {
    use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
    let c = rcgen::generate_simple_self_signed(vec![name.to_string()]).unwrap();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(c.signing_key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![c.cert.der().clone()], key)
        .unwrap();
    (Arc::new(config), c.cert)
}

fn never() -> bool {
    false
}

fn options(timeout: Duration) -> Options {
    Options {
        timeout,
        ca_cert: None,
        insecure: false,
        pin_sha256: None,
        offers_pin: false,
        verbosity: 0,
        max_response_bytes: 1 << 20,
    }
}

fn transport_with(timeout: Duration, interrupted: fn() -> bool) -> Transport {
    Transport::with_interrupt(options(timeout), interrupted).unwrap()
}

fn transport() -> Transport {
    transport_with(Duration::from_secs(10), never)
}

fn get(base: &str, path: &str) -> Request {
    Request::new("GET", base, path)
}

fn statuses(req: &SimRequest, _: &mut Conn, _: &[Seen]) -> SimResponse {
    match req.path.as_str() {
        "/html503" => SimResponse::new(
            503,
            "text/html",
            "<html>\n<body><h1>503 Service Unavailable</h1>\u{1b}[2J</body></html>\n",
        ),
        "/long503" => SimResponse::text(503, "").with_header("Retry-After", "100"),
        "/api/vehicle/X" => SimResponse::text(403, "Forbidden\n"),
        "/api/nope" => SimResponse::text(404, "Unrecognised API call\n"),
        p => {
            let status = p.trim_start_matches('/').parse().unwrap_or(500);
            SimResponse::text(status, "no\n")
        }
    }
}

/// OVMS-like overrides: an unknown vehicle is 403 `Forbidden`, an unknown call 404 `Unrecognised API call`.
fn ovms_rule(status: u16, path: &str, body: &[u8]) -> Option<Verdict> {
    match status {
        403 if path.starts_with("/api/vehicle/") && body.starts_with(b"Forbidden") => {
            Some(Verdict::Kind(Kind::NotFound))
        }
        404 if body.starts_with(b"Unrecognised API call") => Some(Verdict::Kind(Kind::Remote)),
        418 => Some(Verdict::Accept),
        409 => Some(Verdict::Fail(Failure::new(Kind::Busy, "our own words"))),
        _ => None,
    }
}

#[test]
fn non_2xx_statuses_follow_the_table() {
    let (base, _) = serve(statuses, false);
    let t = transport();
    for (path, code) in [
        ("/401", 4),
        ("/403", 4),
        ("/404", 5),
        ("/408", 8),
        ("/429", 8),
        ("/html503", 8),
        ("/400", 3),
        ("/500", 3),
        ("/502", 3),
    ] {
        let err = t.send(get(&base, path)).unwrap_err();
        assert_eq!(kind_of(&err).exit_code(), code, "{path}: {err:#}");
    }
    let err = t.send(get(&base, "/html503")).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "GET {base}/html503 answered HTTP 503 Service Unavailable: \
             <html> <body><h1>503 Service Unavailable</h1>\\u{{1b}}[2J</body></html>"
        )
    );
    assert_eq!(t.send(get(&base, "/200")).unwrap().status, 200);
}

#[test]
fn a_group_rule_overrides_the_table_for_its_paths() {
    let (base, _) = serve(statuses, false);
    let t = transport();
    let send = |path: &str| t.send(get(&base, path).status_rule(ovms_rule));
    let err = send("/api/vehicle/X").unwrap_err();
    assert_eq!(kind_of(&err), Kind::NotFound);
    assert!(
        err.to_string()
            .ends_with("answered HTTP 403 Forbidden: Forbidden")
    );
    assert_eq!(kind_of(&send("/api/nope").unwrap_err()), Kind::Remote);
    assert_eq!(kind_of(&send("/403").unwrap_err()), Kind::Auth, "table");
    assert_eq!(send("/418").unwrap().body, b"no\n");
    let err = send("/409").unwrap_err();
    assert_eq!(
        (kind_of(&err), err.to_string().as_str()),
        (Kind::Busy, "our own words")
    );
    // Streams follow the same rules.
    let err = t
        .send_streaming(get(&base, "/api/vehicle/X").status_rule(ovms_rule))
        .err()
        .unwrap();
    assert_eq!(kind_of(&err), Kind::NotFound);
    let mut accepted = t
        .send_streaming(get(&base, "/418").status_rule(ovms_rule))
        .unwrap();
    let mut text = String::new();
    accepted.reader.read_to_string(&mut text).unwrap();
    assert_eq!((accepted.status, text.as_str()), (418, "no\n"));
}

#[test]
fn retry_after_is_honoured_within_the_timeout_only() {
    fn once_busy(_: &SimRequest, _: &mut Conn, seen: &[Seen]) -> SimResponse {
        if seen.is_empty() {
            SimResponse::text(503, "").with_header("Retry-After", "1")
        } else {
            SimResponse::text(200, "ok")
        }
    }
    let (base, log) = serve(once_busy, false);
    let t = transport_with(Duration::from_secs(2), never);
    assert_eq!(t.send_idempotent(get(&base, "/x"), 3).unwrap().body, b"ok");
    assert_eq!(log.lock().unwrap().len(), 2);

    // Asked to wait longer than --timeout: not waited for, one request, exit 8 saying when.
    let (base, log) = serve(statuses, false);
    let t = transport_with(Duration::from_secs(1), never);
    let err = t.send_idempotent(get(&base, "/long503"), 3).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Busy);
    let failure = err.downcast_ref::<Failure>().unwrap();
    assert!(
        format!("{failure:?}").contains("retry after 100 s"),
        "{failure:?}"
    );
    assert_eq!(log.lock().unwrap().len(), 1);
}

/// OVMS-like cookie sessions: `/api/cookie` logs in (cookie S<n>), `/expire` ends every session.
fn cookie_server(req: &SimRequest, _: &mut Conn, seen: &[Seen]) -> SimResponse {
    match req.path.as_str() {
        "/api/cookie" => SimResponse::text(200, "Login ok\n")
            .with_header("Set-Cookie", &format!("ovmsapisession=S{}", seen.len())),
        "/expire" => SimResponse::text(200, "ok\n"),
        _ => {
            let valid = seen
                .iter()
                .enumerate()
                .rev()
                .find_map(|(i, s)| match s.path.as_str() {
                    "/api/cookie" => Some(Some(format!("ovmsapisession=S{i}"))),
                    "/expire" => Some(None),
                    _ => None,
                });
            match valid.flatten() {
                Some(c) if req.header("cookie") == Some(c.as_str()) => {
                    SimResponse::new(200, "application/json", "{}")
                }
                _ => SimResponse::text(401, "Authentication failed\n"),
            }
        }
    }
}

#[test]
fn the_cookie_jar_sends_back_what_the_server_set() {
    let (base, log) = serve(cookie_server, false);
    let t = transport();
    assert_eq!(
        kind_of(&t.send(get(&base, "/api/status")).unwrap_err()),
        Kind::Auth
    );
    t.send(get(&base, "/api/cookie")).unwrap();
    t.send(get(&base, "/api/status")).unwrap();
    assert_eq!(
        log.lock().unwrap()[2].cookie.as_deref(),
        Some("ovmsapisession=S1")
    );
    assert_eq!(
        t.cookies(&base),
        vec![("ovmsapisession".to_owned(), "S1".to_owned())]
    );
    // Another transport restores the session from what the first one saved.
    let t2 = transport();
    t2.set_cookie(&base, "ovmsapisession", "S1");
    t2.send(get(&base, "/api/status")).unwrap();
    t2.clear_cookies(&base);
    assert_eq!(
        kind_of(&t2.send(get(&base, "/api/status")).unwrap_err()),
        Kind::Auth
    );
}

#[test]
fn a_401_logs_in_again_once_and_replays() {
    let (base, log) = serve(cookie_server, false);
    let t = transport();
    t.send(get(&base, "/api/cookie")).unwrap();
    t.send(get(&base, "/expire")).unwrap();
    let mut logins = Vec::new();
    let resp = t
        .send_reauth(get(&base, "/api/status"), &mut |why, replay| {
            logins.push(why);
            replay.set_header("X-Trace", "replayed");
            t.send(get(&base, "/api/cookie")).map(drop)
        })
        .unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(logins, vec![Reauth::Unauthorized]);
    let paths: Vec<_> = log.lock().unwrap().iter().map(|s| s.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/api/cookie",
            "/expire",
            "/api/status",
            "/api/cookie",
            "/api/status"
        ]
    );
    assert_eq!(
        log.lock().unwrap()[4].cookie.as_deref(),
        Some("ovmsapisession=S3")
    );
    // A login that does not help: one more 401 is exit 4, and the hook ran once.
    t.send(get(&base, "/expire")).unwrap();
    let mut calls = 0;
    let err = t
        .send_reauth(get(&base, "/api/status"), &mut |_, _| {
            calls += 1;
            Ok(())
        })
        .unwrap_err();
    assert_eq!((kind_of(&err), calls), (Kind::Auth, 1));
}

/// KSC-like connection login: `/login` authenticates the TCP connection, `/bye` answers and closes it.
fn connection_server(req: &SimRequest, conn: &mut Conn, _: &[Seen]) -> SimResponse {
    match req.path.as_str() {
        "/login" => {
            conn.logged_in = true;
            SimResponse::new(200, "application/json", "{}")
        }
        "/bye" => {
            let mut r = SimResponse::new(200, "application/json", "{}");
            r.close = true;
            r
        }
        _ if conn.logged_in => SimResponse::new(200, "application/json", r#"{"PxgRetVal":1}"#),
        _ => SimResponse::text(401, "Authentication required\n"),
    }
}

#[test]
fn a_required_connection_is_reused_and_its_loss_is_reported() {
    let (base, log) = serve(connection_server, false);
    let t = transport();
    let login = || {
        t.send(Request::new("POST", &base, "/login").body(Body::Json(serde_json::json!({}))))
            .unwrap()
            .connection
            .unwrap()
    };
    let conn = login();
    let call = |path: &str, conn| Request::new("POST", &base, path).require_connection(conn);
    let r = t.send(call("/call", conn)).unwrap();
    assert_eq!(r.connection, Some(conn));
    t.send(call("/bye", conn)).unwrap();
    let err = t.send(call("/call", conn)).unwrap_err();
    assert!(was_dropped(&err), "{err:#}");
    assert_eq!(kind_of(&err), Kind::Connect);
    assert!(
        err.to_string().contains(&format!("connection {conn}")),
        "{err}"
    );
    assert_eq!(
        log.lock().unwrap().len(),
        3,
        "not sent on another connection"
    );
    {
        let seen = log.lock().unwrap();
        assert_eq!(seen[0].peer, seen[2].peer, "one keep-alive connection");
    }
    // With the hook: log in on a new connection and replay there.
    let mut whys = Vec::new();
    let r = t
        .send_reauth(call("/call", conn), &mut |why, replay| {
            whys.push(why);
            replay.set_required_connection(login());
            Ok(())
        })
        .unwrap();
    assert_eq!(whys, vec![Reauth::ConnectionDropped]);
    assert_ne!(r.connection, Some(conn));
    assert_eq!(r.body, br#"{"PxgRetVal":1}"#);
}

#[test]
fn json_and_byte_bodies_are_sent_with_their_type_and_length() {
    fn echo(_: &SimRequest, _: &mut Conn, _: &[Seen]) -> SimResponse {
        SimResponse::text(201, "")
    }
    let (base, log) = serve(echo, false);
    let t = transport();
    t.send(
        Request::new("POST", &base, "/api/v1.0/HostGroup.FindHosts").body(Body::Json(
            serde_json::json!({"wstrFilter": "", "lMaxLifeTime": 60}),
        )),
    )
    .unwrap();
    t.send(Request::new("POST", &base, "/api/token").body(Body::Bytes {
        content_type: "application/x-www-form-urlencoded".into(),
        data: b"application=fieldctl&permit=auth".to_vec(),
    }))
    .unwrap();
    let seen = log.lock().unwrap();
    assert_eq!(seen[0].content_type.as_deref(), Some("application/json"));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&seen[0].body).unwrap(),
        serde_json::json!({"wstrFilter": "", "lMaxLifeTime": 60})
    );
    assert_eq!(
        seen[1].content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(seen[1].body, b"application=fieldctl&permit=auth");
}

/// A peer that sends a response head, then `n` body bytes one every `gap`.
fn trickler(n: usize, gap: Duration) -> String {
    chunked_trickler(n, 1, gap)
}

/// A peer that sends a response head, then `n` chunks of `chunk` body bytes, one chunk every `gap`.
fn chunked_trickler(n: usize, chunk: usize, gap: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf);
                let _ = write!(
                    s,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n",
                    n * chunk
                );
                for _ in 0..n {
                    std::thread::sleep(gap);
                    if s.write_all(&vec![b'x'; chunk]).is_err() {
                        return;
                    }
                }
            });
        }
    });
    base
}

#[test]
fn the_timeout_bounds_a_whole_buffered_exchange_but_not_a_stream() {
    let base = trickler(30, Duration::from_millis(50));
    let t = transport_with(Duration::from_millis(400), never);
    let err = t.send(get(&base, "/")).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Timeout, "{err:#}");
    // A download may take longer than --timeout as long as it keeps coming (1 KiB every 0.1 s for 1.6 s).
    let base = chunked_trickler(16, 1024, Duration::from_millis(100));
    let mut stream = t.send_streaming(get(&base, "/")).unwrap();
    assert!(stream.connection.is_some());
    let mut body = Vec::new();
    stream.reader.read_to_end(&mut body).unwrap();
    assert_eq!(body.len(), 16 * 1024);
}

#[test]
fn a_stream_that_trickles_below_the_floor_ends_as_a_timeout() {
    // One byte every 0.1 s: 4 bytes per --timeout of 0.4 s, far below 1 KiB.
    let base = trickler(200, Duration::from_millis(100));
    let t = transport_with(Duration::from_millis(400), never);
    let started = Instant::now();
    let mut stream = t.send_streaming(get(&base, "/")).unwrap();
    let err = stream.reader.read_to_end(&mut Vec::new()).unwrap_err();
    assert!(stalled(&err), "{err}");
    assert_eq!(err.kind(), std::io::ErrorKind::TimedOut);
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("GET {base}/: the peer delivered "))
            && text.contains(" bytes in the last 0.4 s"),
        "{text}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn an_upload_that_trickles_ends_by_its_size_deadline() {
    fn sink(_: &SimRequest, _: &mut Conn, _: &[Seen]) -> SimResponse {
        SimResponse::new(200, "application/json", "{}")
    }
    /// One byte every 0.1 s.
    struct Slow;
    impl Read for Slow {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            std::thread::sleep(Duration::from_millis(100));
            buf[0] = b'x';
            Ok(1)
        }
    }
    assert_eq!(
        upload_deadline(Duration::from_millis(300), 1100),
        Duration::from_millis(900)
    );
    assert_eq!(
        upload_deadline(Duration::from_secs(30), 0),
        Duration::from_secs(30)
    );
    let (base, _) = serve(sink, false);
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let t = transport_with(Duration::from_millis(300), never);
        let r = t.send(Request::new("POST", &base, "/up").body(Body::Reader {
            content_type: "application/octet-stream".into(),
            len: 1100,
            reader: Box::new(Slow),
        }));
        let _ = done.send(r.map(drop));
    });
    // 1100 bytes at 10 a second would take 110 s; the deadline is 0.3 s × (2 + 1).
    let err = result
        .recv_timeout(Duration::from_secs(5))
        .expect("the upload ends by its deadline")
        .unwrap_err();
    assert_eq!(kind_of(&err), Kind::Timeout, "{err:#}");
    assert!(
        err.to_string()
            .contains("the upload of 1100 bytes did not finish within 0.9 s"),
        "{err:#}"
    );
}

static SILENT_INTERRUPTED: AtomicBool = AtomicBool::new(false);

#[test]
fn ctrl_c_ends_a_blocked_request_and_clean_up_still_works() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming() {
            held.push(s);
            SILENT_INTERRUPTED.store(true, Ordering::SeqCst); // "Ctrl-C" once the request is in flight
        }
    });
    let t = transport_with(Duration::from_secs(30), || {
        SILENT_INTERRUPTED.load(Ordering::SeqCst)
    });
    let err = t.send(get(&silent, "/canReadTimer")).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Interrupted, "{err:#}");
    // The clean-up request (canUnloadLibrary) goes out on a fresh agent.
    let (base, log) = serve(statuses, false);
    assert_eq!(t.send(get(&base, "/200")).unwrap().status, 200);
    assert_eq!(log.lock().unwrap().len(), 1);
}

static UPLOAD_INTERRUPTED: AtomicBool = AtomicBool::new(false);

#[test]
fn an_upload_stops_reading_its_body_on_ctrl_c() {
    fn sink(_: &SimRequest, _: &mut Conn, _: &[Seen]) -> SimResponse {
        SimResponse::new(200, "application/json", "{}")
    }
    /// 64 MiB of zeros; "Ctrl-C" after the first 1 MiB.
    struct Big(u64);
    impl Read for Big {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0 >= 1 << 20 {
                UPLOAD_INTERRUPTED.store(true, Ordering::SeqCst);
            }
            let n = buf.len().min(64 << 10);
            buf[..n].fill(0);
            self.0 += n as u64;
            Ok(n)
        }
    }
    let (base, log) = serve(sink, false);
    let t = transport_with(Duration::from_secs(30), || {
        UPLOAD_INTERRUPTED.load(Ordering::SeqCst)
    });
    let err = t
        .send(Request::new("POST", &base, "/up").body(Body::Reader {
            content_type: "application/octet-stream".into(),
            len: 64 << 20,
            reader: Box::new(Big(0)),
        }))
        .unwrap_err();
    assert_eq!(kind_of(&err), Kind::Interrupted, "{err:#}");
    assert!(log.lock().unwrap().iter().all(|s| s.body.len() < 64 << 20));
}

#[test]
fn plain_http_to_a_tls_port_says_to_use_https() {
    fn any(_: &SimRequest, _: &mut Conn, _: &[Seen]) -> SimResponse {
        SimResponse::text(200, "")
    }
    let (base, _) = serve(any, true);
    let t = transport();
    let err = t.send(get(&base, "/x")).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
    let https = base.replace("http://", "https://");
    assert!(
        format!("{:?}", err.downcast_ref::<Failure>().unwrap()).contains(&https),
        "{err:#}"
    );
}

fn ok(_: &SimRequest, _: &mut Conn, _: &[Seen]) -> SimResponse {
    SimResponse::text(200, "fine\n")
}

/// The failure's message and hint (Debug shows both).
fn shown(err: &anyhow::Error) -> String {
    format!("{:?}", err.downcast_ref::<Failure>().expect("a Failure"))
}

/// A self-signed server for a name that is not the address it is reached by, as a KSC server by IP.
fn pinned_server() -> (String, [u8; 32]) {
    let (config, cert) = tls_config_for("klserver.lab");
    let (base, _) = serve_with(ok, Some(config));
    (base.replace("http://", "https://"), tls::sha256(cert.der()))
}

#[test]
fn a_pinned_certificate_is_trusted_without_name_or_chain() {
    let (base, pin) = pinned_server();
    let err = transport().send(get(&base, "/x")).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
    let t = Transport::with_interrupt(
        Options {
            pin_sha256: Some(pin),
            ..options(Duration::from_secs(10))
        },
        never,
    )
    .unwrap();
    let resp = t.send(get(&base, "/x")).unwrap();
    assert_eq!(resp.body, b"fine\n");
}

#[test]
fn a_pin_mismatch_is_exit_6_naming_both_fingerprints() {
    let (base, server) = pinned_server();
    let mut pin = server;
    pin[0] ^= 0xff;
    let t = Transport::with_interrupt(
        Options {
            pin_sha256: Some(pin),
            ..options(Duration::from_secs(10))
        },
        never,
    )
    .unwrap();
    let err = t.send(get(&base, "/x")).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
    assert_eq!(err.downcast_ref::<Failure>().unwrap().kind.exit_code(), 6);
    let text = shown(&err);
    assert!(
        text.contains(&format!("TLS handshake with {base}/x failed")),
        "{text}"
    );
    assert!(
        text.contains(&format!("the server's SHA-256 is {}", tls::hex(&server))),
        "{text}"
    );
    assert!(
        text.contains(&format!("the pin is {}", tls::hex(&pin))),
        "{text}"
    );
    assert!(text.contains("fieldctl ksc trust"), "{text}");
}

#[test]
fn ca_cert_adds_the_servers_certificate_and_bad_files_are_exit_10() {
    let (config, cert) = tls_config_for("127.0.0.1");
    let (base, _) = serve_with(ok, Some(config));
    let base = base.replace("http://", "https://");
    let dir = std::env::temp_dir().join(format!("fieldctl-peer-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pem = dir.join("server.pem");
    std::fs::write(&pem, cert.pem()).unwrap();
    let with_ca = |path: &std::path::Path| {
        Transport::with_interrupt(
            Options {
                ca_cert: Some(path.to_owned()),
                ..options(Duration::from_secs(10))
            },
            never,
        )
    };
    assert_eq!(
        with_ca(&pem).unwrap().send(get(&base, "/x")).unwrap().body,
        b"fine\n"
    );
    // Mozilla's roots stay: the CA is added, the set not replaced.
    let config = tls::client_config(&Options {
        ca_cert: Some(pem.clone()),
        ..options(Duration::from_secs(1))
    })
    .unwrap();
    assert!(
        format!("{config:?}").contains("WebPkiServerVerifier"),
        "{config:?}"
    );
    let bad = dir.join("bad.pem");
    std::fs::write(&bad, "nope").unwrap();
    for (path, message) in [
        (bad.clone(), "no PEM certificate in it"),
        (dir.join("missing.pem"), "cannot read CA certificate"),
    ] {
        let err = with_ca(&path).err().expect("refused");
        assert_eq!(kind_of(&err), Kind::Config, "{err:#}");
        assert!(err.to_string().contains(message), "{err:#}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_certificate_for_another_name_says_which_names_it_holds() {
    let (config, cert) = tls_config_for("klserver.lab");
    let (base, _) = serve_with(ok, Some(config));
    let base = base.replace("http://", "https://");
    let pem = std::env::temp_dir().join(format!("fieldctl-peer-name-{}.pem", std::process::id()));
    std::fs::write(&pem, cert.pem()).unwrap();
    let t = Transport::with_interrupt(
        Options {
            ca_cert: Some(pem.clone()),
            ..options(Duration::from_secs(10))
        },
        never,
    )
    .unwrap();
    let err = t.send(get(&base, "/x")).unwrap_err();
    std::fs::remove_file(&pem).unwrap();
    assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
    let text = shown(&err);
    assert!(
        text.contains("the server's certificate is not for 127.0.0.1: it names klserver.lab"),
        "{text}"
    );
    assert!(text.contains("--pin-sha256"), "{text}");
}

/// A scripted TLS server: reads the ClientHello record, answers `reply` as is (an old server's hello, an alert).
fn old_tls_peer(reply: &'static [u8]) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("https://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            std::thread::spawn(move || {
                // The ClientHello record: a 5-byte header with its length, then the body.
                let mut head = [0u8; 5];
                if s.read_exact(&mut head).is_err() || head[0] != 22 {
                    return;
                }
                let mut body = vec![0u8; usize::from(u16::from_be_bytes([head[3], head[4]]))];
                if s.read_exact(&mut body).is_err() {
                    return;
                }
                let _ = s.write_all(reply);
                let _ = s.read(&mut [0u8; 64]); // our alert, then EOF
            });
        }
    });
    base
}

/// A TLS 1.0 ServerHello (record and hello version 0x0301, TLS_RSA_WITH_AES_128_CBC_SHA, no extensions).
const TLS10_SERVER_HELLO: &[u8] = &[
    22, 3, 1, 0, 42, // handshake record, TLS 1.0, 42 bytes
    2, 0, 0, 38, // ServerHello, 38 bytes
    3, 1, // server_version TLS 1.0
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28, 29, 30, 31, 32, // random
    0,  // no session id
    0x00, 0x2f, // cipher suite
    0,    // no compression
];

/// The same from a TLS 1.1 server.
const TLS11_SERVER_HELLO: &[u8] = &[
    22, 3, 2, 0, 42, 2, 0, 0, 38, 3, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 0, 0x00, 0x2f, 0,
];

/// What a TLS-1.0-only server whose library rejects the ClientHello's version sends: a fatal protocol_version.
const PROTOCOL_VERSION_ALERT: &[u8] = &[21, 3, 1, 0, 2, 2, 70];

#[test]
fn a_tls_1_0_only_server_is_exit_6_naming_the_versions() {
    for reply in [
        TLS10_SERVER_HELLO,
        TLS11_SERVER_HELLO,
        PROTOCOL_VERSION_ALERT,
    ] {
        let base = old_tls_peer(reply);
        let err = transport().send(get(&base, "/x")).unwrap_err();
        assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
        let text = shown(&err);
        assert!(
            text.contains("the server offers only TLS 1.0/1.1; fieldctl speaks TLS 1.2 and 1.3"),
            "{text}"
        );
        assert!(text.contains("enable TLS 1.2 on the server"), "{text}");
        assert!(!err.downcast_ref::<Failure>().unwrap().transient, "{text}");
        // The same words when fetching its certificate.
        let port = base.rsplit(':').next().unwrap().parse().unwrap();
        let err = tls::server_certificate("127.0.0.1", port, Duration::from_secs(5)).unwrap_err();
        assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
        assert!(shown(&err).contains("offers only TLS 1.0/1.1"), "{err:#}");
    }
}

#[test]
fn server_certificate_fetches_an_untrusted_certificate() {
    let (config, cert) = tls_config_for("klserver.lab");
    let (base, _) = serve_with(ok, Some(config));
    let port = base.rsplit(':').next().unwrap().parse().unwrap();
    let info = tls::server_certificate("127.0.0.1", port, Duration::from_secs(5)).unwrap();
    assert_eq!(info.der, cert.der().to_vec());
    assert_eq!(info.sha256, tls::sha256(cert.der()));
    assert_eq!(info.subject.as_deref(), Some("CN=rcgen self signed cert"));
    assert_eq!(info.issuer, info.subject);
    assert_eq!(info.not_before.as_deref(), Some("1975-01-01T00:00:00Z"));
    assert_eq!(info.not_after.as_deref(), Some("4096-01-01T00:00:00Z"));
    // What it returns is what pins it.
    let pinned = Transport::with_interrupt(
        Options {
            pin_sha256: Some(info.sha256),
            ..options(Duration::from_secs(10))
        },
        never,
    )
    .unwrap();
    assert_eq!(
        pinned
            .send(get(&base.replace("http://", "https://"), "/x"))
            .unwrap()
            .body,
        b"fine\n"
    );
}

#[test]
fn server_certificate_honours_the_timeout_and_names_plain_http() {
    // A peer that accepts and never answers.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let _held: Vec<_> = listener.incoming().flatten().take(1).collect();
        std::thread::sleep(Duration::from_secs(30));
    });
    let err = tls::server_certificate("127.0.0.1", port, Duration::from_millis(300)).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Timeout, "{err:#}");
    // A plain-HTTP port.
    let (base, _) = serve(ok, false);
    let port = base.rsplit(':').next().unwrap().parse().unwrap();
    let err = tls::server_certificate("127.0.0.1", port, Duration::from_secs(5)).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
    assert!(
        shown(&err).contains("TLS handshake with https://127.0.0.1:"),
        "{err:#}"
    );
}

#[test]
fn pins_are_read_with_or_without_colons_in_any_case() {
    let hex = "AB".repeat(32);
    let colons = vec!["ab"; 32].join(":");
    assert_eq!(tls::parse_pin(&hex).unwrap(), [0xab; 32]);
    assert_eq!(tls::parse_pin(&colons).unwrap(), [0xab; 32]);
    assert_eq!(tls::hex(&[0xab; 32]), "ab".repeat(32));
    for bad in [
        "",
        "ab",
        &"ab".repeat(31),
        &"zz".repeat(32),
        &"ab".repeat(33),
    ] {
        assert!(tls::parse_pin(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_server_without_a_common_cipher_suite_is_named() {
    // A fatal handshake_failure alert, as a TLS 1.2 server with only RSA key exchange answers.
    let base = old_tls_peer(&[21, 3, 3, 0, 2, 2, 40]);
    let err = transport().send(get(&base, "/x")).unwrap_err();
    assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");
    let text = shown(&err);
    assert!(text.contains("no cipher suite in common"), "{text}");
    assert!(text.contains("enable ECDHE"), "{text}");
}
