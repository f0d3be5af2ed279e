//! The KSC Open API simulator itself, spoken to with raw HTTP on keep-alive connections: it must behave as
//! specs/ksc-open-api.txt and docs/ksc-client-notes.md say the real server does, whatever our client does.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::*;

/// The simulator on plain HTTP with the password "admin" (tests speak raw HTTP).
fn ksc(env: &Env, extra: &[&str]) -> Sim {
    let mut args = vec!["--plain", "--password", "admin"];
    args.extend_from_slice(extra);
    Sim::start(env, "ksc", &args)
}

/// `KSCBasic` for admin:admin (base64 of "admin" is YWRtaW4=).
const ADMIN: &str = r#"KSCBasic user="YWRtaW4=", pass="YWRtaW4=", internal="0""#;
/// admin with the password "wrong".
const WRONG: &str = r#"KSCBasic user="YWRtaW4=", pass="d3Jvbmc=", internal="0""#;

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    /// Decoded (de-chunked, decompressed).
    body: String,
    /// Sizes of the chunks when the body came chunked.
    chunks: Vec<usize>,
    /// Bytes of body on the wire (compressed).
    wire_len: usize,
}

fn unpack(mut r: impl Read) -> Vec<u8> {
    let mut out = Vec::new();
    r.read_to_end(&mut out).unwrap();
    out
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    fn json(&self) -> Value {
        assert_eq!(self.status, 200, "{}", self.body);
        assert_eq!(self.header("content-type"), Some("application/json"));
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// A non-200 answer: its status, and a text/html description.
    fn refused(&self, status: u16) {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.header("content-type"), Some("text/html"));
        assert!(!self.body.is_empty());
    }
}

/// One keep-alive TCP connection to the simulator.
struct Conn {
    r: BufReader<TcpStream>,
}

impl Conn {
    fn open(addr: &str) -> Conn {
        let s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        Conn {
            r: BufReader::new(s),
        }
    }

    /// `POST /api/v1.0/METHOD` with these extra header lines and body (Content-Length set).
    fn post(&mut self, method: &str, headers: &[&str], body: &str) -> Resp {
        let mut req = format!("POST /api/v1.0/{method} HTTP/1.1\r\nHost: ksc\r\n");
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
        self.raw(&req)
    }

    fn raw(&mut self, request: &str) -> Resp {
        self.r.get_mut().write_all(request.as_bytes()).unwrap();
        self.read()
    }

    fn read(&mut self) -> Resp {
        let mut line = String::new();
        self.r.read_line(&mut line).unwrap();
        let status = line
            .split(' ')
            .nth(1)
            .expect("a status line")
            .parse()
            .unwrap();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            self.r.read_line(&mut h).unwrap();
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (k, v) = h.split_once(':').unwrap();
            headers.push((k.to_owned(), v.trim().to_owned()));
        }
        let get = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        let mut body = Vec::new();
        let mut chunks = Vec::new();
        if get("transfer-encoding").as_deref() == Some("chunked") {
            loop {
                let mut size = String::new();
                self.r.read_line(&mut size).unwrap();
                let n = usize::from_str_radix(size.trim(), 16).unwrap();
                let mut chunk = vec![0; n + 2];
                self.r.read_exact(&mut chunk).unwrap();
                if n == 0 {
                    break;
                }
                chunks.push(n);
                body.extend_from_slice(&chunk[..n]);
            }
        } else {
            let len: usize = get("content-length").map_or(0, |v| v.parse().unwrap());
            body = vec![0; len];
            self.r.read_exact(&mut body).unwrap();
        }
        let wire_len = body.len();
        let body = match get("content-encoding").as_deref() {
            Some("gzip") => unpack(flate2::read::GzDecoder::new(&body[..])),
            Some("deflate") => unpack(flate2::read::ZlibDecoder::new(&body[..])),
            None => body,
            Some(other) => panic!("unexpected Content-Encoding {other}"),
        };
        Resp {
            status,
            headers,
            body: String::from_utf8(body).unwrap(),
            chunks,
            wire_len,
        }
    }

    /// True when the server has closed the connection.
    fn closed(&mut self) -> bool {
        let mut buf = [0u8; 1];
        matches!(self.r.read(&mut buf), Ok(0))
    }
}

/// A call on a fresh connection.
fn once(addr: &str, method: &str, headers: &[&str], body: &str) -> Resp {
    Conn::open(addr).post(method, headers, body)
}

fn start_session(addr: &str, auth: &str) -> String {
    let r = once(
        addr,
        "Session.StartSession",
        &[&format!("Authorization: {auth}")],
        "{}",
    );
    let v = r.json();
    v["PxgRetVal"].as_str().expect("a session id").to_owned()
}

#[test]
fn login_authenticates_the_connection_and_only_it() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = Conn::open(&sim.addr);
    // As Kaspersky's client logs in: empty X-KSC-VServer, body `{}`.
    let r = c.post(
        "login",
        &[
            &format!("Authorization: {ADMIN}"),
            "X-KSC-VServer: ",
            "Content-Type: application/json",
        ],
        "{}",
    );
    assert_eq!(r.json(), json!({}));
    // Later calls on the same connection carry no auth at all.
    for _ in 0..2 {
        let r = c.post("KlsrvoapiTestApi.TestMethod0", &[], r#"{"arg1":102030}"#);
        assert_eq!(r.json(), json!({"PxgRetVal": 123456}));
    }
    // A new connection is not authenticated.
    let r = once(&sim.addr, "KlsrvoapiTestApi.TestMethod0", &[], "{}");
    r.refused(401);
    assert_eq!(r.all("www-authenticate"), ["KSCBasic", "KSCT"]);
    // The request log has them all.
    assert_eq!(sim.requests().len(), 4);
}

#[test]
fn login_with_an_empty_body_and_a_domain_not_in_base64() {
    let env = Env::new();
    let sim = Sim::start(
        &env,
        "ksc",
        &["--plain", "--user", "CORP\\bob", "--password", "pw2"],
    );
    // bob = Ym9i, pw2 = cHcy; the domain as Kaspersky's client sends it (raw) and as the spec says (base64).
    for domain in ["CORP", "corp", "Q09SUA=="] {
        let mut c = Conn::open(&sim.addr);
        let auth = format!(
            r#"Authorization: KSCBasic user="Ym9i", pass="cHcy", domain="{domain}", internal="0""#
        );
        assert_eq!(c.post("login", &[&auth], "").json(), json!({}), "{domain}");
        assert_eq!(
            c.post("KlsrvoapiTestApi.TestMethod0", &[], "").json(),
            json!({"PxgRetVal": 123456})
        );
    }
    // Without the domain, or in another, bob is not known.
    for auth in [
        r#"KSCBasic user="Ym9i", pass="cHcy", internal="1""#,
        r#"KSCBasic user="Ym9i", pass="cHcy", domain="OTHER", internal="0""#,
    ] {
        once(
            &sim.addr,
            "login",
            &[&format!("Authorization: {auth}")],
            "{}",
        )
        .refused(403);
    }
}

#[test]
fn user_and_password_replace_the_default_admin() {
    let env = Env::new();
    let sim = Sim::start(
        &env,
        "ksc",
        &["--plain", "--user", "alice", "--password", "pw1"],
    );
    once(
        &sim.addr,
        "login",
        &[&format!("Authorization: {ADMIN}")],
        "{}",
    )
    .refused(403);
    for auth in [
        r#"KSCBasic user="YWxpY2U=", pass="cHcx""#,
        r#"KSCBasic user = "YWxpY2U=", pass = "cHcx", internal = "0""#,
    ] {
        let r = once(
            &sim.addr,
            "login",
            &[&format!("Authorization: {auth}")],
            "{}",
        );
        assert_eq!(r.json(), json!({}), "{auth}");
    }
    // another password is refused
    let auth = r#"Authorization: KSCBasic user="YWxpY2U=", pass="cHcy", internal="0""#;
    once(&sim.addr, "login", &[auth], "{}").refused(403);
    for bad in [
        &["--user", ""][..],
        &["--user", "CORP\\"],
        &["--fail-rate", "2"],
        &["--vserver", " "],
        &["--totp", "123456"],
        &["--cert-out", "x.pem"],
    ] {
        let mut args = vec![
            "sim",
            "ksc",
            "--plain",
            "--listen",
            "127.0.0.1:0",
            "--password",
            "x",
        ];
        args.extend_from_slice(bad);
        assert_code(&env.run(&args), 2);
    }
}

#[test]
fn the_default_password_is_generated_and_printed_on_stderr() {
    let env = Env::new();
    let mut child = env
        .command(&["sim", "ksc", "--plain", "--listen", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut addr = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut addr)
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let password = line
        .trim()
        .strip_prefix("password for admin: ")
        .unwrap_or_else(|| panic!("{line:?}"))
        .to_owned();
    assert!(password.len() >= 12 && password != "admin", "{password}");
    let b64 = |t: &str| base64::Engine::encode(&base64::engine::general_purpose::STANDARD, t);
    let auth = format!(
        r#"Authorization: KSCBasic user="YWRtaW4=", pass="{}", internal="0""#,
        b64(&password)
    );
    let r = once(addr.trim(), "login", &[&auth], "{}");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(r.json(), json!({}));
}

#[test]
fn wrong_credentials_are_403_and_the_connection_is_closed() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = Conn::open(&sim.addr);
    c.post("login", &[&format!("Authorization: {WRONG}")], "{}")
        .refused(403);
    assert!(
        c.closed(),
        "the server closes the connection after a 403 login"
    );
}

#[test]
fn missing_malformed_or_unsupported_authorization_is_401() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    for headers in [
        vec![],
        vec!["Authorization: Basic YWRtaW46YWRtaW4="],
        vec![r#"Authorization: KSCBasic user="YWRtaW4=""#],
        vec![r#"Authorization: KSCBasic user="admin", pass="admin", internal="0""#],
        vec![r#"Authorization: KSCBasic user="YWRtaW4=", pass="YWRtaW4=", internal="yes""#],
        vec!["Authorization: KSCT"],
    ] {
        for method in ["login", "Session.StartSession"] {
            let mut c = Conn::open(&sim.addr);
            let r = c.post(method, &headers, "{}");
            r.refused(401);
            assert!(r.all("www-authenticate").contains(&"KSCBasic"));
            // a 401 keeps the connection: the client may try again on it
            let r = c.post("login", &[&format!("Authorization: {ADMIN}")], "{}");
            assert_eq!(r.json(), json!({}), "{method} {headers:?}");
        }
    }
}

#[test]
fn sessions_work_on_any_connection_until_ended() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let id = start_session(&sim.addr, ADMIN);
    assert_eq!(id.len(), 24);
    assert_ne!(id, start_session(&sim.addr, ADMIN));
    let session = format!("X-KSC-Session: {id}");
    for _ in 0..2 {
        let r = once(&sim.addr, "KlsrvoapiTestApi.TestMethod0", &[&session], "{}");
        assert_eq!(r.json(), json!({"PxgRetVal": 123456}));
    }
    // An unknown id is not authenticated.
    once(
        &sim.addr,
        "KlsrvoapiTestApi.TestMethod0",
        &["X-KSC-Session: bogus"],
        "{}",
    )
    .refused(401);
    assert_eq!(
        once(&sim.addr, "Session.EndSession", &[&session], "{}").json(),
        json!({})
    );
    once(&sim.addr, "KlsrvoapiTestApi.TestMethod0", &[&session], "{}").refused(401);
    once(&sim.addr, "Session.EndSession", &[&session], "{}").refused(401);
    // A bad password gets no session.
    let r = once(
        &sim.addr,
        "Session.StartSession",
        &[&format!("Authorization: {WRONG}")],
        "{}",
    );
    r.refused(403);
}

#[test]
fn an_idle_session_expires_and_use_keeps_it_alive() {
    let env = Env::new();
    let sim = ksc(&env, &["--session-idle", "2"]);
    let kept = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    let idle = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    let started = std::time::Instant::now();
    // Used every 200 ms for longer than the idle time: kept alive (only a 2 s gap between uses would expire
    // it, a margin no loaded machine misses); the other one, unused for more than 2 s, has expired.
    while started.elapsed() < Duration::from_millis(2500) {
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(
            once(&sim.addr, "KlsrvoapiTestApi.TestMethod0", &[&kept], "{}").status,
            200
        );
    }
    once(&sim.addr, "KlsrvoapiTestApi.TestMethod0", &[&idle], "{}").refused(401);
    let out = env.run(&[
        "sim",
        "ksc",
        "--listen",
        "127.0.0.1:0",
        "--session-idle",
        "0",
    ]);
    assert_code(&out, 2);
}

/// Send the simulator SIGUSR1 and wait until it has taken effect: `probe` (a session started before) is
/// refused. Every session started before the signal is then expired, whatever the timing.
fn expire_sessions(sim: &Sim, probe: &str) {
    sim.signal("USR1");
    wait_for("SIGUSR1 to expire the sessions", || {
        once(&sim.addr, "Session.Ping", &[probe], "{}").status == 401
    });
}

#[test]
fn sigusr1_expires_every_session_but_not_logged_in_connections() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let a = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    let b = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    let mut c = logged_in(&sim.addr);
    expire_sessions(&sim, &a);
    // The other session too, the same 401 an idle one gets; a login's connection is no session.
    let r = once(&sim.addr, "KlsrvoapiTestApi.TestMethod0", &[&b], "{}");
    r.refused(401);
    assert_eq!(r.all("www-authenticate"), ["KSCBasic", "KSCT"]);
    assert_eq!(
        c.post("KlsrvoapiTestApi.TestMethod0", &[], "{}").json(),
        json!({"PxgRetVal": 123456})
    );
    // A session started after the signal lives on (default idle: 600 s).
    let fresh = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    assert_eq!(
        once(&sim.addr, "KlsrvoapiTestApi.TestMethod0", &[&fresh], "{}").json(),
        json!({"PxgRetVal": 123456})
    );
}

#[test]
fn internal_users_must_say_internal_and_windows_accounts_must_not() {
    let env = Env::new();
    let sim = Sim::start(
        &env,
        "ksc",
        &[
            "--plain",
            "--user",
            "CORP\\bob",
            "--internal-user",
            "kim",
            "--password",
            "pw",
        ],
    );
    // bob: Q09SUA== is CORP, Ym9i bob; kim: a2lt; pw: cHc=
    let bob = |internal: &str| {
        format!(r#"KSCBasic user="Ym9i", pass="cHc=", domain="Q09SUA==", internal="{internal}""#)
    };
    let kim =
        |internal: &str| format!(r#"KSCBasic user="a2lt", pass="cHc=", internal="{internal}""#);
    assert!(!start_session(&sim.addr, &bob("0")).is_empty());
    assert!(!start_session(&sim.addr, &kim("1")).is_empty());
    // The wrong kind is refused as wrong credentials are: 403, and a login's connection is closed.
    for auth in [bob("1"), kim("0")] {
        let h = format!("Authorization: {auth}");
        once(&sim.addr, "Session.StartSession", &[&h], "{}").refused(403);
        let mut c = Conn::open(&sim.addr);
        c.post("login", &[&h], "{}").refused(403);
        assert!(c.closed(), "{auth}");
    }
    // No `internal`: a Windows account, as the spec's sample.
    let h = r#"Authorization: KSCBasic user="a2lt", pass="cHc=""#;
    once(&sim.addr, "login", &[h], "{}").refused(403);
    let mut args = vec!["sim", "ksc", "--plain", "--listen", "127.0.0.1:0"];
    args.extend(["--internal-user", "CORP\\kim"]);
    assert_code(&env.run(&args), 2);
}

#[test]
fn session_and_connection_authentication_do_not_mix_on_a_connection() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let id = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    let basic = format!("Authorization: {ADMIN}");
    // A connection `login` authenticated: no StartSession, no X-KSC-Session on it; it stays logged in.
    let mut c = logged_in(&sim.addr);
    c.post("Session.StartSession", &[&basic], "{}").refused(400);
    c.post("KlsrvoapiTestApi.TestMethod0", &[&id], "{}")
        .refused(400);
    assert!(
        c.post("Session.StartSession", &[&basic], "{}")
            .body
            .contains("may not be used on the same connection")
    );
    assert_eq!(
        c.post("KlsrvoapiTestApi.TestMethod0", &[], "{}").json(),
        json!({"PxgRetVal": 123456})
    );
    // A connection that started a session, or carried one: no login on it.
    let mut d = Conn::open(&sim.addr);
    d.post("Session.StartSession", &[&basic], "{}").json();
    d.post("login", &[&basic], "{}").refused(400);
    let mut e = Conn::open(&sim.addr);
    e.post("KlsrvoapiTestApi.TestMethod0", &[&id], "{}").json();
    e.post("login", &[&basic], "{}").refused(400);
    // The session itself is unharmed.
    e.post("KlsrvoapiTestApi.TestMethod0", &[&id], "{}").json();
}

#[test]
fn a_token_from_create_token_logs_in_with_ksct() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let session = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    let r = once(&sim.addr, "Session.CreateToken", &[&session], "{}");
    let token = r.json()["PxgRetVal"].as_str().unwrap().to_owned();
    let mut c = Conn::open(&sim.addr);
    let r = c.post("login", &[&format!("Authorization: KSCT {token}")], "{}");
    assert_eq!(r.json(), json!({}));
    assert_eq!(
        c.post("KlsrvoapiTestApi.TestMethod0", &[], "{}").json(),
        json!({"PxgRetVal": 123456})
    );
    // and starts sessions
    let id = start_session(&sim.addr, &format!("KSCT {token}"));
    assert!(!id.is_empty());
    // An unknown token is refused like a wrong password.
    let mut c = Conn::open(&sim.addr);
    c.post(
        "login",
        &["Authorization: KSCT bHNsZmlIU0pTRkxsc2xzbGRm"],
        "{}",
    )
    .refused(403);
    assert!(c.closed());
}

#[test]
fn errors_unknown_methods_and_malformed_requests() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = Conn::open(&sim.addr);
    assert_eq!(
        c.post("login", &[&format!("Authorization: {ADMIN}")], "{}")
            .json(),
        json!({})
    );
    // A KSC exception comes with 200 and the spec's shape.
    let v = c.post("TestApi.TestError", &[], "{}").json();
    let e = &v["PxgError"];
    assert_eq!(e["code"], 1199);
    assert_eq!(e["module"], "KLSTD");
    assert_eq!(e["message"], "Operation canceled");
    assert!(e["file"].is_string() && e["line"].is_number(), "{v}");
    // Method names are case-sensitive; an unknown one is 404.
    c.post("Nosuch.Method", &[], "{}").refused(404);
    c.post("klsrvoapitestapi.testmethod0", &[], "{}")
        .refused(404);
    // Not a JSON object, or not JSON: 400; another content type: 400.
    for body in ["[1]", "{", "\"x\""] {
        c.post("KlsrvoapiTestApi.TestMethod0", &[], body)
            .refused(400);
    }
    c.post(
        "KlsrvoapiTestApi.TestMethod0",
        &["Content-Type: text/plain"],
        "{}",
    )
    .refused(400);
    // Chunked bodies are read; a content type with parameters is JSON.
    let r = c.raw(
        "POST /api/v1.0/KlsrvoapiTestApi.TestMethod0 HTTP/1.1\r\nHost: ksc\r\n\
         Content-Type: application/json; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n\
         f\r\n{\"arg1\":102030}\r\n0\r\n\r\n",
    );
    assert_eq!(r.json(), json!({"PxgRetVal": 123456}));
    // Only POST; only /api/v1.0/; nothing outside /api/ but files.
    c.raw("GET /api/v1.0/KlsrvoapiTestApi.TestMethod0 HTTP/1.1\r\nHost: ksc\r\n\r\n")
        .refused(405);
    c.raw("POST /api/v2/login HTTP/1.1\r\nHost: ksc\r\nContent-Length: 2\r\n\r\n{}")
        .refused(404);
    // Unauthenticated, an unknown method is still 401 first.
    once(&sim.addr, "Nosuch.Method", &[], "{}").refused(401);
}

/// A connection logged in as admin:admin.
fn logged_in(addr: &str) -> Conn {
    let mut c = Conn::open(addr);
    let r = c.post("login", &[&format!("Authorization: {ADMIN}")], "{}");
    assert_eq!(r.json(), json!({}));
    c
}

/// A call that must succeed: its JSON answer.
fn call(c: &mut Conn, method: &str, args: Value) -> Value {
    let v = c.post(method, &[], &args.to_string()).json();
    assert!(v.get("PxgError").is_none(), "{method}: {v}");
    v
}

/// A call that must fail with a PxgError: the error.
fn pxg(c: &mut Conn, method: &str, args: Value) -> Value {
    let v = c.post(method, &[], &args.to_string()).json();
    v.get("PxgError")
        .unwrap_or_else(|| panic!("{method}: expected a PxgError, got {v}"))
        .clone()
}

/// The records of a FindHosts / FindGroups accessor, read in chunks of `chunk`.
fn chunks(c: &mut Conn, accessor: &str, chunk: i64) -> Vec<Value> {
    let total = call(
        c,
        "ChunkAccessor.GetItemsCount",
        json!({"strAccessor": accessor}),
    )["PxgRetVal"]
        .as_i64()
        .unwrap();
    let mut all = Vec::new();
    let mut start = 0;
    while start < total {
        let v = call(
            c,
            "ChunkAccessor.GetItemsChunk",
            json!({"strAccessor": accessor, "nStart": start, "nCount": chunk}),
        );
        let items = v["pChunk"]["KLCSP_ITERATOR_ARRAY"]
            .as_array()
            .unwrap()
            .clone();
        assert_eq!(v["PxgRetVal"], json!(items.len()));
        assert!(!items.is_empty());
        for item in items {
            assert_eq!(item["type"], "params", "{item}");
            all.push(item["value"].clone());
        }
        start += chunk;
    }
    all
}

fn find_hosts(c: &mut Conn, filter: &str, fields: &[&str], order: Value) -> (i64, String) {
    let v = call(
        c,
        "HostGroup.FindHosts",
        json!({
            "wstrFilter": filter,
            "vecFieldsToReturn": fields,
            "vecFieldsToOrder": order,
            "pParams": {"KLGRP_FIND_FROM_CUR_VS_ONLY": true},
            "lMaxLifeTime": 100,
        }),
    );
    (
        v["PxgRetVal"].as_i64().unwrap(),
        v["strAccessor"].as_str().unwrap().to_owned(),
    )
}

fn count(c: &mut Conn, filter: &str) -> i64 {
    let (n, acc) = find_hosts(c, filter, &["KLHST_WKS_HOSTNAME"], Value::Null);
    call(c, "ChunkAccessor.Release", json!({"strAccessor": acc}));
    n
}

fn is_datetime(v: &Value) -> bool {
    let s = v["value"].as_str().unwrap_or("");
    v["type"] == "datetime"
        && s.len() == 20
        && s.as_bytes()[4] == b'-'
        && s.as_bytes()[10] == b'T'
        && s.ends_with('Z')
}

#[test]
fn find_hosts_filters_orders_and_reads_in_chunks() {
    let env = Env::new();
    let sim = ksc(&env, &["--hosts", "1000"]);
    let mut c = logged_in(&sim.addr);
    // the whole inventory, and filters the notes show
    assert_eq!(count(&mut c, ""), 1000);
    assert_eq!(count(&mut c, "(KLHST_WKS_DN=\"web*\")"), 100);
    assert_eq!(count(&mut c, "(KLHST_WKS_DN=\"WEB-00001*\")"), 1);
    // group 3 (Workstations) holds 4..7 below it: half the hosts
    assert_eq!(count(&mut c, "(KLHST_WKS_GROUPID_GP = 3)"), 500);
    assert_eq!(count(&mut c, "(KLHST_WKS_GROUPID_GP <> 3)"), 500);
    assert_eq!(count(&mut c, "(!(KLHST_WKS_GROUPID_GP=3))"), 500);
    assert_eq!(
        count(&mut c, "(|(KLHST_WKS_GROUPID=8)(KLHST_WKS_GROUPID=9))"),
        200
    );
    let visible = count(&mut c, "(KLHST_WKS_STATUS&1<>0)");
    assert!(visible > 500 && visible < 900, "{visible}");
    assert_eq!(count(&mut c, "(KLHST_WKS_STATUS&1=0)"), 1000 - visible);
    let both = count(
        &mut c,
        "(&(KLHST_WKS_GROUPID_GP <> 4)(KLHST_WKS_STATUS&1<>0))",
    );
    assert!(both < visible && both > 0);
    assert_eq!(count(&mut c, "(KLHST_WKS_IP_LONG <= 167772170)"), 10);
    assert_eq!(
        count(
            &mut c,
            "(KLHST_WKS_LAST_VISIBLE > T\"2030-01-01T00:00:00Z\")"
        ),
        0
    );

    // fields, typed values, order, chunks
    let (n, acc) = find_hosts(
        &mut c,
        "(KLHST_WKS_DN=\"web*\")",
        &[
            "KLHST_WKS_DN",
            "KLHST_WKS_HOSTNAME",
            "KLHST_WKS_IP_LONG",
            "KLHST_WKS_LAST_VISIBLE",
            "KLHST_WKS_GROUPID",
        ],
        json!([{"type":"params","value":{"Name":"KLHST_WKS_DN","Asc":false}}]),
    );
    assert_eq!(n, 100);
    let hosts = chunks(&mut c, &acc, 30);
    assert_eq!(hosts.len(), 100);
    assert_eq!(hosts[0]["KLHST_WKS_DN"], "web-000992");
    assert_eq!(hosts[99]["KLHST_WKS_DN"], "web-000002");
    let h = &hosts[0];
    assert_eq!(
        h["KLHST_WKS_IP_LONG"],
        json!({"type":"long","value":167773153})
    );
    assert!(is_datetime(&h["KLHST_WKS_LAST_VISIBLE"]), "{h}");
    assert_eq!(h["KLHST_WKS_GROUPID"], 8);
    assert_eq!(h.as_object().unwrap().len(), 5, "only the fields asked for");
    let mut ids: Vec<&str> = hosts
        .iter()
        .map(|h| h["KLHST_WKS_HOSTNAME"].as_str().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 100);
    // a chunk past the end is empty; released, the accessor is gone
    let v = call(
        &mut c,
        "ChunkAccessor.GetItemsChunk",
        json!({"strAccessor": acc, "nStart": 100, "nCount": 10}),
    );
    assert_eq!(v["pChunk"]["KLCSP_ITERATOR_ARRAY"], json!([]));
    assert_eq!(
        call(&mut c, "ChunkAccessor.Release", json!({"strAccessor": acc})),
        json!({})
    );
    let e = pxg(
        &mut c,
        "ChunkAccessor.GetItemsCount",
        json!({"strAccessor": acc}),
    );
    assert_eq!(e["code"], 1183);
    assert_eq!(e["locdata"]["args"], json!(["Accessor", acc]));
    pxg(&mut c, "ChunkAccessor.Release", json!({"strAccessor": acc}));

    // bad filters and unknown attributes are PxgErrors
    for f in [
        "(KLHST_WKS_DN=",
        "(NOPE=1)",
        "(&(KLHST_WKS_DN=\"a\")",
        "(KLHST_WKS_DN ~ 1)",
    ] {
        let e = pxg(&mut c, "HostGroup.FindHosts", json!({"wstrFilter": f}));
        assert_eq!(e["code"], 1171, "{f}");
        assert_eq!(e["locdata"]["args"][0], "wstrFilter");
    }
}

#[test]
fn an_accessor_expires_after_its_lifetime() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = logged_in(&sim.addr);
    let v = call(
        &mut c,
        "HostGroup.FindHosts",
        json!({"wstrFilter": "", "vecFieldsToReturn": ["KLHST_WKS_DN"], "lMaxLifeTime": 1}),
    );
    let acc = v["strAccessor"].as_str().unwrap();
    assert_eq!(v["PxgRetVal"], 200);
    call(
        &mut c,
        "ChunkAccessor.GetItemsCount",
        json!({"strAccessor": acc}),
    );
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(
        pxg(
            &mut c,
            "ChunkAccessor.GetItemsCount",
            json!({"strAccessor": acc})
        )["code"],
        1183
    );
}

#[test]
fn host_info_products_and_an_unknown_host() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = logged_in(&sim.addr);
    let (_, acc) = find_hosts(
        &mut c,
        "(KLHST_WKS_DN=\"db-000003\")",
        &["KLHST_WKS_HOSTNAME"],
        Value::Null,
    );
    let hosts = chunks(&mut c, &acc, 10);
    let id = hosts[0]["KLHST_WKS_HOSTNAME"].as_str().unwrap().to_owned();
    let v = call(
        &mut c,
        "HostGroup.GetHostInfo",
        json!({"strHostName": id, "pFields2Return": ["KLHST_WKS_DN", "KLHST_WKS_GROUPID", "KLHST_WKS_VIRUS_COUNT"]}),
    );
    let info = &v["PxgRetVal"];
    assert_eq!(info["KLHST_WKS_DN"], "db-000003");
    assert_eq!(info["KLHST_WKS_GROUPID"], 9);
    assert_eq!(info["KLHST_WKS_VIRUS_COUNT"]["type"], "long");
    let all = call(&mut c, "HostGroup.GetHostInfo", json!({"strHostName": id}));
    assert!(all["PxgRetVal"].as_object().unwrap().len() > 15);
    let p = call(
        &mut c,
        "HostGroup.GetHostProducts",
        json!({"strHostName": id}),
    );
    let kes = &p["PxgRetVal"]["KES"];
    assert_eq!(kes["type"], "params");
    let kes = &kes["value"]["11.0.0.0"];
    assert_eq!(kes["type"], "params");
    assert_eq!(
        kes["value"]["DisplayName"],
        "Kaspersky Endpoint Security for Windows"
    );
    assert!(is_datetime(&kes["value"]["LastUpdateTime"]));
    assert!(p["PxgRetVal"]["1093"]["value"]["1.0.0.0"]["value"]["ProdVersion"].is_string());
    // an unknown host: a PxgError with subcode and localized data
    let e = pxg(
        &mut c,
        "HostGroup.GetHostInfo",
        json!({"strHostName": "no-such-host"}),
    );
    assert_eq!(e["code"], 1183);
    assert_eq!(e["subcode"], 2);
    assert_eq!(e["module"], "KLSTD");
    // As a real server: a fixed English message, the details only in locdata (the client fills %1, %2).
    assert_eq!(e["message"], "Object not found");
    assert_eq!(e["locdata"]["format"], "%1 '%2' not found");
    assert_eq!(e["locdata"]["args"], json!(["Host", "no-such-host"]));
    assert_eq!(e["locdata"]["locmodule"], "KLSTD");
    assert!(e["locdata"]["format-id"].is_number());
    pxg(
        &mut c,
        "HostGroup.GetHostProducts",
        json!({"strHostName": id.replace('-', "")}),
    );
    // static info
    let s = call(&mut c, "HostGroup.GetStaticInfo", json!({"pValues": null}))["PxgRetVal"].clone();
    assert_eq!(s["KLADMSRV_PRODUCT_FULL_VERSION"], "14.2.0.26967");
    assert_eq!(s["KLADMSRV_IS_VIRTUAL"], false);
    assert!(s["KLADMSRV_SERVER_HOSTNAME"].is_string());
    let s = call(
        &mut c,
        "HostGroup.GetStaticInfo",
        json!({"pValues": {"KLADMSRV_IS_VIRTUAL": false}}),
    );
    assert_eq!(s["PxgRetVal"], json!({"KLADMSRV_IS_VIRTUAL": false}));
    assert_eq!(call(&mut c, "Session.Ping", json!({})), json!({}));
}

#[test]
fn groups_subgroups_and_moving_hosts() {
    let env = Env::new();
    let sim = ksc(&env, &["--hosts", "50"]);
    let mut c = logged_in(&sim.addr);
    assert_eq!(
        call(&mut c, "HostGroup.GroupIdGroups", json!({})),
        json!({"PxgRetVal": 0})
    );
    assert_eq!(
        call(&mut c, "HostGroup.GroupIdUnassigned", json!({})),
        json!({"PxgRetVal": 1})
    );
    let tree = call(
        &mut c,
        "HostGroup.GetSubgroups",
        json!({"nGroupId": 0, "nDepth": 0}),
    )["PxgRetVal"]
        .clone();
    let names: Vec<&str> = tree
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["value"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Servers", "Workstations", "Empty"]);
    let desktops = &tree[1]["value"]["groups"][1]["value"];
    assert_eq!(desktops["name"], "Desktops");
    assert_eq!(
        desktops["groups"][0]["value"],
        json!({"id": 6, "name": "Moscow"})
    );
    let one = call(
        &mut c,
        "HostGroup.GetSubgroups",
        json!({"nGroupId": 0, "nDepth": 1}),
    );
    assert!(one["PxgRetVal"][1]["value"].get("groups").is_none());
    pxg(
        &mut c,
        "HostGroup.GetSubgroups",
        json!({"nGroupId": 77, "nDepth": 0}),
    );
    // FindGroups, with the notes' fields
    let v = call(
        &mut c,
        "HostGroup.FindGroups",
        json!({"wstrFilter": "(level >= 2)", "vecFieldsToReturn": ["id", "name", "grp_full_name", "parentId", "level"],
               "vecFieldsToOrder": [{"type":"params","value":{"Name":"name","Asc":true}}], "lMaxLifeTime": 60}),
    );
    assert_eq!(v["PxgRetVal"], 6);
    let groups = chunks(&mut c, v["strAccessor"].as_str().unwrap(), 100);
    assert_eq!(
        groups[0],
        json!({"id": 7, "name": "Berlin", "grp_full_name": "Managed devices/Workstations/Desktops/Berlin", "parentId": 5, "level": 3})
    );
    // move two hosts into the empty group
    let (_, acc) = find_hosts(
        &mut c,
        "(KLHST_WKS_GROUPID = 8)",
        &["KLHST_WKS_HOSTNAME"],
        Value::Null,
    );
    let ids: Vec<Value> = chunks(&mut c, &acc, 2)
        .iter()
        .take(2)
        .map(|h| h["KLHST_WKS_HOSTNAME"].clone())
        .collect();
    assert_eq!(count(&mut c, "(KLHST_WKS_GROUPID = 10)"), 0);
    assert_eq!(
        call(
            &mut c,
            "HostGroup.MoveHostsToGroup",
            json!({"nGroup": 10, "pHostNames": ids})
        ),
        json!({})
    );
    assert_eq!(count(&mut c, "(KLHST_WKS_GROUPID = 10)"), 2);
    assert_eq!(count(&mut c, "(KLHST_WKS_GROUPID = 8)"), 3);
    pxg(
        &mut c,
        "HostGroup.MoveHostsToGroup",
        json!({"nGroup": 99, "pHostNames": ids}),
    );
    pxg(
        &mut c,
        "HostGroup.MoveHostsToGroup",
        json!({"nGroup": 2, "pHostNames": ["nope"]}),
    );
}

#[test]
fn srvview_iterators_over_the_views() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = logged_in(&sim.addr);
    // as the spec's sample
    let v = call(
        &mut c,
        "SrvView.ResetIterator",
        json!({"wstrViewName":"UmdmDevices","wstrFilter":"(&(Dev_Model=\"*\"))","vecFieldsToReturn":["Dev_Id","Dev_ProtocolId","Dev_Model"],"vecFieldsToOrder":null,"pParams":null,"lifetimeSec":7200}),
    );
    let it = v["wstrIteratorId"].as_str().unwrap().to_owned();
    assert_eq!(
        call(
            &mut c,
            "SrvView.GetRecordCount",
            json!({"wstrIteratorId": it})
        ),
        json!({"PxgRetVal": 177})
    );
    let r = c.post(
        "SrvView.GetRecordRange",
        &[],
        &json!({"wstrIteratorId": it, "nStart": 0, "nEnd": 177}).to_string(),
    );
    // a large answer comes chunked, in 4 KiB chunks as the spec's sample
    assert!(r.chunks.len() > 2 && r.chunks[0] == 4096, "{:?}", r.chunks);
    let recs = r.json()["pRecords"]["KLCSP_ITERATOR_ARRAY"].clone();
    assert_eq!(recs.as_array().unwrap().len(), 177);
    assert_eq!(
        recs[0],
        json!({"type":"params","value":{"Dev_Id":1,"Dev_Model":"iPhone","Dev_ProtocolId":1}})
    );
    let part = call(
        &mut c,
        "SrvView.GetRecordRange",
        json!({"wstrIteratorId": it, "nStart": 175, "nEnd": 200}),
    );
    assert_eq!(
        part["pRecords"]["KLCSP_ITERATOR_ARRAY"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        call(
            &mut c,
            "SrvView.ReleaseIterator",
            json!({"wstrIteratorId": it})
        ),
        json!({})
    );
    pxg(
        &mut c,
        "SrvView.GetRecordCount",
        json!({"wstrIteratorId": it}),
    );
    // filter, order and typed fields on the users view
    let v = call(
        &mut c,
        "SrvView.ResetIterator",
        json!({"wstrViewName":"GlobalUsersListSrvViewName","wstrFilter":"(ul_bDisabled = false)",
               "vecFieldsToReturn":["ul_wstrDisplayName","ul_llTrusteeId","ul_tmCreated"],
               "vecFieldsToOrder":[{"type":"params","value":{"Name":"ul_llTrusteeId","Asc":false}}],"lifetimeSec":60}),
    );
    let it = v["wstrIteratorId"].as_str().unwrap().to_owned();
    let n = call(
        &mut c,
        "SrvView.GetRecordCount",
        json!({"wstrIteratorId": it}),
    )["PxgRetVal"]
        .as_i64()
        .unwrap();
    assert!(n > 30 && n < 40, "{n}");
    let first = call(
        &mut c,
        "SrvView.GetRecordRange",
        json!({"wstrIteratorId": it, "nStart": 0, "nEnd": 1}),
    );
    let u = &first["pRecords"]["KLCSP_ITERATOR_ARRAY"][0]["value"];
    assert_eq!(u["ul_llTrusteeId"], json!({"type":"long","value":1039}));
    assert!(is_datetime(&u["ul_tmCreated"]));
    let v = call(
        &mut c,
        "SrvView.ResetIterator",
        json!({"wstrViewName":"InvSrvViewName","wstrFilter":"(wstrPublisher=\"AO Kaspersky*\")","vecFieldsToReturn":["wstrDisplayName"]}),
    );
    let it = v["wstrIteratorId"].as_str().unwrap().to_owned();
    assert_eq!(
        call(
            &mut c,
            "SrvView.GetRecordCount",
            json!({"wstrIteratorId": it})
        )["PxgRetVal"],
        2
    );
    // an unknown view, a bad filter, an unknown order field
    let e = pxg(
        &mut c,
        "SrvView.ResetIterator",
        json!({"wstrViewName": "UmdmDevices", "vecFieldsToOrder": [{"type":"params","value":{"Name":"Dev_Nope","Asc":true}}]}),
    );
    assert_eq!(e["locdata"]["args"][0], "vecFieldsToOrder");
    assert_eq!(
        pxg(
            &mut c,
            "SrvView.ResetIterator",
            json!({"wstrViewName":"NoSuchView"})
        )["locdata"]["args"],
        json!(["View", "NoSuchView"])
    );
    assert_eq!(
        pxg(
            &mut c,
            "SrvView.ResetIterator",
            json!({"wstrViewName":"UmdmDevices","wstrFilter":"(Dev_Nope=1)"})
        )["code"],
        1171
    );
}

#[test]
fn tasks_iterate_run_and_count_their_hosts() {
    let env = Env::new();
    let sim = ksc(&env, &["--hosts", "100"]);
    let mut c = logged_in(&sim.addr);
    let ids = |c: &mut Conn, args: Value| {
        let it = call(c, "Tasks.ResetTasksIterator", args)["strTaskIteratorId"]
            .as_str()
            .unwrap()
            .to_owned();
        let mut out = Vec::new();
        loop {
            let t =
                call(c, "Tasks.GetNextTask", json!({"strTaskIteratorId": it}))["pTaskData"].clone();
            if t == json!({}) {
                break;
            }
            assert!(
                t["TASK_INFO_PARAMS"]["value"]["DisplayName"].is_string(),
                "{t}"
            );
            out.push(t["TASK_UNIQUE_ID"].as_str().unwrap().to_owned());
        }
        assert_eq!(
            call(
                c,
                "Tasks.ReleaseTasksIterator",
                json!({"strTaskIteratorId": it})
            ),
            json!({})
        );
        pxg(c, "Tasks.GetNextTask", json!({"strTaskIteratorId": it}));
        out
    };
    let base = json!({"nGroupId": 0, "bGroupIdSignificant": false, "strProductName": "", "strVersion": "",
                      "strComponentName": "", "strInstanceId": "", "strTaskName": "", "bIncludeSupergroups": false});
    assert_eq!(ids(&mut c, base.clone()).len(), 6);
    let mut a = base.clone();
    a["bGroupIdSignificant"] = json!(true);
    assert_eq!(ids(&mut c, a.clone()), ["101", "102", "106"]);
    a["nGroupId"] = json!(6);
    a["bIncludeSupergroups"] = json!(true);
    assert_eq!(ids(&mut c, a), ["101", "102", "104", "105", "106"]);
    let mut a = base;
    a["strProductName"] = json!("1093");
    assert_eq!(ids(&mut c, a), ["103", "104", "106"]);

    let task = call(&mut c, "Tasks.GetTask", json!({"strTask": "104"}))["PxgRetVal"].clone();
    assert_eq!(task["TASK_NAME"], "KLNAG_TASK_REMOTE_INSTALL");
    assert_eq!(task["TASK_INFO_PARAMS"]["value"]["PRTS_TASK_GROUPID"], 3);
    let stats = |c: &mut Conn| {
        call(c, "Tasks.GetTaskStatistics", json!({"strTask": "104"}))["PxgRetVal"].clone()
    };
    // group 3 and below hold 50 of the 100 hosts
    let s = stats(&mut c);
    assert_eq!(
        (
            s["32"].clone(),
            s["2"].clone(),
            s["GNRL_COMPLETED_PERCENT"].clone()
        ),
        (json!(50), json!(0), json!(0))
    );
    assert_eq!(
        call(&mut c, "Tasks.RunTask", json!({"strTask": "104"})),
        json!({})
    );
    let s = stats(&mut c);
    assert!(s["2"].as_i64().unwrap() > 0, "running: {s}");
    call(&mut c, "Tasks.SuspendTask", json!({"strTask": "104"}));
    let s = stats(&mut c);
    assert_eq!(s["2"], 0);
    assert!(s["64"].as_i64().unwrap() > 0, "suspended: {s}");
    call(&mut c, "Tasks.ResumeTask", json!({"strTask": "104"}));
    wait_for("the task to complete", || {
        stats(&mut c)["GNRL_COMPLETED_PERCENT"] == 100
    });
    let s = stats(&mut c);
    assert_eq!(
        (s["4"].clone(), s["16"].clone(), s["2"].clone()),
        (json!(45), json!(5), json!(0)),
        "{s}"
    );
    // cancel: the hosts not done are scheduled again
    call(&mut c, "Tasks.RunTask", json!({"strTask": "101"}));
    call(&mut c, "Tasks.CancelTask", json!({"strTask": "101"}));
    let s = call(&mut c, "Tasks.GetTaskStatistics", json!({"strTask": "101"}))["PxgRetVal"].clone();
    assert_eq!(s["2"], 0);
    assert_eq!(
        s["32"].as_i64().unwrap() + s["4"].as_i64().unwrap(),
        90, // group 0 holds all but the 10 unassigned
        "{s}"
    );
    let e = pxg(&mut c, "Tasks.RunTask", json!({"strTask": "999"}));
    assert_eq!(e["locdata"]["args"], json!(["Task", "999"]));
}

#[test]
fn events_are_read_through_an_iterator() {
    let env = Env::new();
    let sim = ksc(&env, &["--hosts", "100"]);
    let mut c = logged_in(&sim.addr);
    let v = call(
        &mut c,
        "EventProcessingFactory.CreateEventProcessing2",
        json!({"pFilter": {}, "vecFieldsToReturn": ["event_db_id", "rise_time", "severity"], "vecFieldsToOrder": null, "lifetimeSec": 60}),
    );
    let it = v["strIteratorId"].as_str().unwrap().to_owned();
    assert_eq!(
        call(
            &mut c,
            "EventProcessing.GetRecordCount",
            json!({"strIteratorId": it})
        ),
        json!({"PxgRetVal": 200})
    );
    let r = call(
        &mut c,
        "EventProcessing.GetRecordRange",
        json!({"strIteratorId": it, "nStart": 0, "nEnd": 3}),
    );
    let evs = r["pParamsEvents"]["KLEVP_EVENT_RANGE_ARRAY"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(evs.len(), 3);
    assert_eq!(
        evs[0]["value"]["event_db_id"],
        json!({"type":"long","value":1})
    );
    assert!(is_datetime(&evs[0]["value"]["rise_time"]));
    assert!(
        evs[0]["value"]["rise_time"]["value"].as_str()
            <= evs[1]["value"]["rise_time"]["value"].as_str()
    );
    assert_eq!(
        call(
            &mut c,
            "EventProcessing.ReleaseIterator",
            json!({"strIteratorId": it})
        ),
        json!({})
    );
    pxg(
        &mut c,
        "EventProcessing.GetRecordCount",
        json!({"strIteratorId": it}),
    );
    // pFilter selects; an order
    let v = call(
        &mut c,
        "EventProcessingFactory.CreateEventProcessing2",
        json!({"pFilter": {"severity": 4}, "vecFieldsToReturn": ["severity", "event_type", "hostdn"],
               "vecFieldsToOrder": [{"type":"params","value":{"Name":"hostdn","Asc":true}}], "lifetimeSec": 60}),
    );
    let it = v["strIteratorId"].as_str().unwrap().to_owned();
    let n = call(
        &mut c,
        "EventProcessing.GetRecordCount",
        json!({"strIteratorId": it}),
    )["PxgRetVal"]
        .as_i64()
        .unwrap();
    assert!(n > 0 && n < 200, "{n}");
    let r = call(
        &mut c,
        "EventProcessing.GetRecordRange",
        json!({"strIteratorId": it, "nStart": 0, "nEnd": n}),
    );
    let evs = r["pParamsEvents"]["KLEVP_EVENT_RANGE_ARRAY"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        evs.iter()
            .all(|e| e["value"]["severity"] == 4
                && e["value"]["event_type"] == "GNRL_EV_VIRUS_FOUND")
    );
    let dns: Vec<&str> = evs
        .iter()
        .map(|e| e["value"]["hostdn"].as_str().unwrap())
        .collect();
    assert!(dns.windows(2).all(|w| w[0] <= w[1]), "{dns:?}");
}

#[test]
fn an_async_action_succeeds_or_fails_after_a_while() {
    let env = Env::new();
    let sim = ksc(&env, &["--hosts", "20"]);
    let mut c = logged_in(&sim.addr);
    let check = |c: &mut Conn, guid: &str| {
        call(
            c,
            "AsyncActionStateChecker.CheckActionState",
            json!({"wstrActionGuid": guid}),
        )
    };
    // the empty group is removed, a second after it started
    let started = std::time::Instant::now();
    let guid = call(
        &mut c,
        "HostGroup.RemoveGroup",
        json!({"nGroup": 10, "nFlags": 1}),
    )["strActionGuid"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(guid.len(), 36);
    let s = check(&mut c, &guid);
    // Lower bounds only: checked within the second (by our clock, which started first), it is running.
    if started.elapsed() < Duration::from_millis(1000) {
        assert_eq!(
            (s["bFinalized"].clone(), s["lNextCheckDelay"].clone()),
            (json!(false), json!(200))
        );
    }
    wait_for("the action to finish", || {
        check(&mut c, &guid)["bFinalized"] == true
    });
    assert!(started.elapsed() >= Duration::from_millis(1000));
    let s = check(&mut c, &guid);
    assert_eq!(s["bSuccededFinalized"], true);
    assert_eq!(s["lStateCode"], 0);
    pxg(
        &mut c,
        "HostGroup.GetSubgroups",
        json!({"nGroupId": 10, "nDepth": 0}),
    );
    // a group with hosts, removed only if empty: the action fails
    let guid = call(
        &mut c,
        "HostGroup.RemoveGroup",
        json!({"nGroup": 2, "nFlags": 1}),
    )["strActionGuid"]
        .as_str()
        .unwrap()
        .to_owned();
    wait_for("the action to finish", || {
        check(&mut c, &guid)["bFinalized"] == true
    });
    let s = check(&mut c, &guid);
    assert_eq!(s["bSuccededFinalized"], false);
    assert_eq!(s["lStateCode"], 1);
    let err = &s["pStateData"]["KLBLAG_ERROR_INFO"];
    assert_eq!(err["type"], "params");
    assert_eq!(err["value"]["message"], "Invalid parameter");
    assert_eq!(
        err["value"]["locdata"]["format"],
        "The group '%1' is not empty (%2)"
    );
    assert_eq!(
        err["value"]["locdata"]["args"],
        json!(["Servers", "it has devices"])
    );
    assert_eq!(count(&mut c, "(KLHST_WKS_GROUPID_GP = 2)"), 6);
    // with its hosts: gone
    let guid = call(
        &mut c,
        "HostGroup.RemoveGroup",
        json!({"nGroup": 2, "nFlags": 3}),
    )["strActionGuid"]
        .as_str()
        .unwrap()
        .to_owned();
    wait_for("the action to finish", || {
        check(&mut c, &guid)["bFinalized"] == true
    });
    assert_eq!(count(&mut c, ""), 14);
    pxg(
        &mut c,
        "AsyncActionStateChecker.CheckActionState",
        json!({"wstrActionGuid": "nope"}),
    );
    pxg(
        &mut c,
        "HostGroup.RemoveGroup",
        json!({"nGroup": 0, "nFlags": 3}),
    );
}

#[test]
fn virtual_servers_have_their_own_inventory() {
    let env = Env::new();
    let sim = ksc(
        &env,
        &["--hosts", "30", "--vserver", "vs1", "--vserver", "Вирт"],
    );
    // base64 of "vs1" and of "Вирт"
    for (header, root, prefix) in [
        ("dnMx", 100, "vs1-"),
        ("0JLQuNGA0YI=", 200, "Вирт-"),
        ("", 0, ""),
    ] {
        let mut c = Conn::open(&sim.addr);
        let r = c.post(
            "login",
            &[
                &format!("Authorization: {ADMIN}"),
                &format!("X-KSC-VServer: {header}"),
            ],
            "{}",
        );
        assert_eq!(r.json(), json!({}));
        assert_eq!(
            call(&mut c, "HostGroup.GroupIdGroups", json!({})),
            json!({"PxgRetVal": root})
        );
        let (n, acc) = find_hosts(
            &mut c,
            "",
            &["KLHST_WKS_DN", "KLHST_WKS_GROUPID"],
            Value::Null,
        );
        assert_eq!(n, 30);
        let hosts = chunks(&mut c, &acc, 100);
        assert!(
            hosts
                .iter()
                .all(|h| h["KLHST_WKS_DN"].as_str().unwrap().starts_with(prefix)),
            "{header}"
        );
        assert_eq!(hosts[1]["KLHST_WKS_GROUPID"], root + 2);
        // without KLGRP_FIND_FROM_CUR_VS_ONLY the main server also searches its virtual servers
        let all = call(
            &mut c,
            "HostGroup.FindHosts",
            json!({"wstrFilter": "", "pParams": {}}),
        );
        assert_eq!(all["PxgRetVal"], if root == 0 { 90 } else { 30 });
        let s = call(&mut c, "HostGroup.GetStaticInfo", json!({"pValues": null}));
        assert_eq!(s["PxgRetVal"]["KLADMSRV_IS_VIRTUAL"], json!(root > 0));
        // another server's accessor is not this one's
        if root == 0 {
            let e = pxg(
                &mut c,
                "HostGroup.GetHostInfo",
                json!({"strHostName": "00000000-0000-0000-0001-000000000001"}),
            );
            assert_eq!(e["code"], 1183);
        }
    }
    // sessions carry their server
    let r = once(
        &sim.addr,
        "Session.StartSession",
        &[&format!("Authorization: {ADMIN}"), "X-KSC-VServer: dnMx"],
        "{}",
    );
    let session = format!("X-KSC-Session: {}", r.json()["PxgRetVal"].as_str().unwrap());
    let r = once(&sim.addr, "HostGroup.GroupIdGroups", &[&session], "{}");
    assert_eq!(r.json(), json!({"PxgRetVal": 100}));
    // an unknown virtual server: 403 with the KLSPL error headers; login closes the connection
    let mut c = Conn::open(&sim.addr);
    let r = c.post(
        "login",
        &[
            &format!("Authorization: {ADMIN}"),
            "X-KSC-VServer: bm9wZQ==",
        ],
        "{}",
    );
    r.refused(403);
    assert_eq!(r.header("X-KSC-ErrorModule"), Some("KLSPL"));
    assert_eq!(r.header("X-KSC-ErrorId"), Some("1316"));
    assert_eq!(r.header("X-KSC-ErrorMsg"), Some("Virtual server not found"));
    assert_eq!(r.body, "Virtual server 'nope' not found");
    assert!(c.closed());
    once(
        &sim.addr,
        "Session.StartSession",
        &[
            &format!("Authorization: {ADMIN}"),
            "X-KSC-VServer: bm9wZQ==",
        ],
        "{}",
    )
    .refused(403);
    // the name itself, not in base64, is not a server's
    once(
        &sim.addr,
        "Session.StartSession",
        &[&format!("Authorization: {ADMIN}"), "X-KSC-VServer: vs1"],
        "{}",
    )
    .refused(403);
}

#[test]
fn an_mfa_user_finishes_with_a_totp_code_on_the_same_connection() {
    let env = Env::new();
    let sim = ksc(&env, &["--mfa-user", "eve", "--totp", "499754"]);
    // eve = ZXZl, password admin
    let eve = r#"Authorization: KSCBasic user="ZXZl", pass="YWRtaW4=", internal="0""#;
    for method in ["login", "Session.StartSession"] {
        let mut c = Conn::open(&sim.addr);
        let r = c.post(method, &[eve], "{}");
        r.refused(401);
        assert_eq!(r.body, "Authentication not finished");
        assert_eq!(r.all("www-authenticate"), ["KSCMFA"]);
        // not yet authenticated
        c.post("KlsrvoapiTestApi.TestMethod0", &[], "{}")
            .refused(401);
        let r = c.post(method, &[r#"Authorization: KSCMFA totp="499754""#], "");
        let v = r.json();
        if method == "login" {
            assert_eq!(v, json!({}));
            assert_eq!(
                c.post("KlsrvoapiTestApi.TestMethod0", &[], "{}").json()["PxgRetVal"],
                123456
            );
        } else {
            let session = format!("X-KSC-Session: {}", v["PxgRetVal"].as_str().unwrap());
            assert_eq!(
                once(&sim.addr, "Session.Ping", &[&session], "{}").json(),
                json!({})
            );
        }
    }
    // the code on another connection finishes nothing
    let mut c = Conn::open(&sim.addr);
    c.post("login", &[eve], "{}").refused(401);
    once(
        &sim.addr,
        "login",
        &[r#"Authorization: KSCMFA totp="499754""#],
        "{}",
    )
    .refused(401);
    // a wrong code: 403, and login closes the connection
    c.post("login", &[r#"Authorization: KSCMFA totp="000000""#], "{}")
        .refused(403);
    assert!(c.closed());
    // admin needs no second factor
    assert_eq!(
        once(
            &sim.addr,
            "login",
            &[&format!("Authorization: {ADMIN}")],
            "{}"
        )
        .json(),
        json!({})
    );
}

#[test]
fn a_generated_totp_code_is_printed_on_stderr() {
    let env = Env::new();
    let mut child = env
        .command(&[
            "sim",
            "ksc",
            "--plain",
            "--listen",
            "127.0.0.1:0",
            "--password",
            "admin",
            "--mfa-user",
            "admin",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut addr = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut addr)
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let code = line
        .trim()
        .strip_prefix("TOTP code for admin: ")
        .unwrap_or_else(|| panic!("{line:?}"))
        .to_owned();
    let mut c = Conn::open(addr.trim());
    let first = c.post("login", &[&format!("Authorization: {ADMIN}")], "{}");
    let second = c.post(
        "login",
        &[&format!(r#"Authorization: KSCMFA totp="{code}""#)],
        "{}",
    );
    let _ = child.kill();
    let _ = child.wait();
    first.refused(401);
    assert_eq!(second.json(), json!({}));
}

#[test]
fn a_fail_rate_answers_every_nth_call_503() {
    let env = Env::new();
    let sim = ksc(&env, &["--fail-rate", "0.25"]);
    let mut c = logged_in(&sim.addr);
    let statuses: Vec<u16> = (0..8)
        .map(|_| c.post("KlsrvoapiTestApi.TestMethod0", &[], "{}").status)
        .collect();
    assert_eq!(statuses, [200, 200, 200, 503, 200, 200, 200, 503]);
    // login and Session.* are not counted, and never fail
    for _ in 0..4 {
        assert_eq!(c.post("Session.Ping", &[], "{}").status, 200);
    }
    let r = c.post("KlsrvoapiTestApi.TestMethod0", &[], "{}");
    assert_eq!(r.status, 200);
    let logged: Vec<u64> = sim
        .requests()
        .iter()
        .map(|r| r["status"].as_u64().unwrap())
        .collect();
    assert_eq!(logged.iter().filter(|s| **s == 503).count(), 2);
}

#[test]
fn a_body_over_max_body_is_413_and_the_connection_closes() {
    let env = Env::new();
    let sim = ksc(&env, &["--max-body", "100"]);
    let mut c = logged_in(&sim.addr);
    let small = json!({"arg1": "x".repeat(60)}).to_string();
    assert_eq!(
        c.post("KlsrvoapiTestApi.TestMethod0", &[], &small).status,
        200
    );
    let big = json!({"arg1": "x".repeat(200)}).to_string();
    c.post("KlsrvoapiTestApi.TestMethod0", &[], &big)
        .refused(413);
    assert!(c.closed());
    // chunked, with no length announced
    let mut c = logged_in(&sim.addr);
    let r = c.raw(&format!(
        "POST /api/v1.0/KlsrvoapiTestApi.TestMethod0 HTTP/1.1\r\nHost: ksc\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{big}\r\n0\r\n\r\n",
        big.len()
    ));
    r.refused(413);
    assert!(c.closed());
}

#[test]
fn answers_are_compressed_when_asked() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = logged_in(&sim.addr);
    let body = json!({"wstrViewName": "UmdmDevices", "vecFieldsToReturn": ["Dev_Id", "Dev_Model"]})
        .to_string();
    let it = c.post("SrvView.ResetIterator", &[], &body).json()["wstrIteratorId"]
        .as_str()
        .unwrap()
        .to_owned();
    let range = json!({"wstrIteratorId": it, "nStart": 0, "nEnd": 177}).to_string();
    let plain = c.post("SrvView.GetRecordRange", &[], &range);
    assert_eq!(plain.header("content-encoding"), None);
    for (asked, got) in [
        ("gzip, deflate", "gzip"),
        ("deflate", "deflate"),
        ("gzip;q=0, deflate", "deflate"),
    ] {
        let r = c.post(
            "SrvView.GetRecordRange",
            &[&format!("Accept-Encoding: {asked}")],
            &range,
        );
        assert_eq!(r.header("content-encoding"), Some(got), "{asked}");
        assert_eq!(r.body, plain.body);
        assert!(r.wire_len < plain.body.len() / 3, "{asked}: {}", r.wire_len);
    }
    let r = c.post(
        "KlsrvoapiTestApi.TestMethod0",
        &["Accept-Encoding: identity"],
        "{}",
    );
    assert_eq!(r.header("content-encoding"), None);
    assert_eq!(r.json(), json!({"PxgRetVal": 123456}));
}

#[test]
fn https_by_default_with_the_certificate_written_out() {
    use rustls::pki_types::pem::PemObject;
    use std::sync::Arc;
    let env = Env::new();
    let cert = env.path("ksc.pem");
    let sim = Sim::start(
        &env,
        "ksc",
        &["--password", "admin", "--cert-out", cert.to_str().unwrap()],
    );
    let der = rustls::pki_types::CertificateDer::from_pem_file(&cert).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(der).unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let conn = rustls::ClientConnection::new(Arc::new(config), name).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, TcpStream::connect(&sim.addr).unwrap());
    let body = "{}";
    write!(
        tls,
        "POST /api/v1.0/login HTTP/1.1\r\nHost: localhost\r\nAuthorization: {ADMIN}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    let _ = tls.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
    assert!(answer.ends_with("\r\n\r\n{}"), "{answer}");
    // plain HTTP to it gets no HTTP answer
    let mut s = TcpStream::connect(&sim.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(b"POST /api/v1.0/login HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}")
        .unwrap();
    let mut got = Vec::new();
    let _ = s.read_to_end(&mut got);
    assert!(!got.starts_with(b"HTTP/"), "{got:?}");
    // --cert-out makes no sense with --plain
    let out = env.run(&[
        "sim",
        "ksc",
        "--plain",
        "--listen",
        "127.0.0.1:0",
        "--cert-out",
        cert.to_str().unwrap(),
    ]);
    assert_code(&out, 2);
}

/// Python's `requests` on one keep-alive connection, as Kaspersky's own client (KlAkOAPI) uses it: login with
/// no body, an empty X-KSC-VServer and a raw domain, then calls with no auth header; gzip as requests asks.
const PY_CLIENT: &str = r#"
import base64, json, sys, requests
url = sys.argv[1]
b64 = lambda s: base64.b64encode(s.encode()).decode()
s = requests.Session()
auth = 'KSCBasic user="%s", pass="%s", domain="%s", internal="0"' % (b64("bob"), b64("pw2"), "CORP")
r = s.post(url + "/api/v1.0/login", headers={"Authorization": auth, "X-KSC-VServer": "",
           "Content-Type": "application/json"}, data=None)
print(r.status_code, r.text)
r = s.post(url + "/api/v1.0/HostGroup.FindHosts", json={"wstrFilter": '(KLHST_WKS_DN="web*")',
           "vecFieldsToReturn": ["KLHST_WKS_DN"], "vecFieldsToOrder": [], "pParams": {}, "lMaxLifeTime": 60})
acc = r.json()["strAccessor"]
r = s.post(url + "/api/v1.0/ChunkAccessor.GetItemsChunk", json={"strAccessor": acc, "nStart": 0, "nCount": 500})
print(r.headers.get("Content-Encoding"), len(r.json()["pChunk"]["KLCSP_ITERATOR_ARRAY"]))
"#;

#[test]
fn kasperskys_client_way_logs_in_once_on_one_keep_alive_connection() {
    crate::require_python!();
    let env = Env::new();
    let sim = Sim::start(
        &env,
        "ksc",
        &[
            "--plain",
            "--hosts",
            "1000",
            "--user",
            "CORP\\bob",
            "--password",
            "pw2",
        ],
    );
    let out = env.python(PY_CLIENT, &[&format!("http://{}", sim.addr)]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "200 {}\ngzip 100\n", "{out:?}");
    let reqs = sim.requests();
    assert_eq!(reqs.len(), 3);
    // one connection; only the login carried credentials
    assert!(reqs.iter().all(|r| r["peer"] == reqs[0]["peer"]));
    assert_eq!(reqs[0]["body_size"], 0);
    assert!(
        reqs[1..]
            .iter()
            .all(|r| r["headers"].get("authorization").is_none())
    );
}

#[test]
fn a_klsctunnel_in_the_files_dir_wins_over_the_demo_file() {
    let env = Env::new();
    let dir = env.path("served");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("klsctunnel"), "our own tunnel\n").unwrap();
    let sim = ksc(&env, &["--files", dir.to_str().unwrap()]);
    let mut c = logged_in(&sim.addr);
    let r = c.raw("GET /FTSF/klsctunnel HTTP/1.1\r\nHost: ksc\r\n\r\n");
    assert_eq!((r.status, r.body.as_str()), (200, "our own tunnel\n"));
}

#[test]
fn an_instance_method_is_served_in_the_instance_class_method_form() {
    let env = Env::new();
    let sim = ksc(&env, &[]);
    let mut c = logged_in(&sim.addr);
    let v = call(
        &mut c,
        "HostsTags.ListTags.GetAllTags",
        json!({"pParams": {}}),
    );
    let tags = v["PxgRetVal"].as_array().unwrap();
    assert!(tags.contains(&json!("Critical")), "{v}");
    let v = call(
        &mut c,
        "InventoryTags.ListTags.GetAllTags",
        json!({"pParams": {}}),
    );
    assert_ne!(v["PxgRetVal"].as_array().unwrap(), tags);
    c.post("NoSuch.ListTags.GetAllTags", &[], "{}").refused(404);
}

#[test]
fn fail_logins_makes_login_and_session_calls_busy_too() {
    let env = Env::new();
    let basic = format!("Authorization: {ADMIN}");
    // Every second call, login and Session.* counted: StartSession ok, the next one 503, …
    let sim = ksc(&env, &["--fail-rate", "0.5", "--fail-logins"]);
    let id = start_session(&sim.addr, ADMIN);
    once(&sim.addr, "Session.StartSession", &[&basic], "{}").refused(503);
    let s = format!("X-KSC-Session: {id}");
    once(&sim.addr, "Session.Ping", &[&s], "{}").json();
    once(&sim.addr, "Session.EndSession", &[&s], "{}").refused(503);
    once(&sim.addr, "Session.EndSession", &[&s], "{}").json();
    once(&sim.addr, "login", &[&basic], "{}").refused(503);
    // Without it they never are.
    let sim = ksc(&env, &["--fail-rate", "0.5"]);
    for _ in 0..3 {
        start_session(&sim.addr, ADMIN);
    }
    let out = env.run(&[
        "sim",
        "ksc",
        "--plain",
        "--listen",
        "127.0.0.1:0",
        "--fail-logins",
    ]);
    assert_code(&out, 2);
}

#[test]
fn deny_is_403_and_break_is_500_once_authenticated() {
    let env = Env::new();
    let sim = ksc(
        &env,
        &[
            "--deny",
            "Tasks.RunTask",
            "--break",
            "HostGroup.GetStaticInfo",
        ],
    );
    // Unauthenticated: 401 as any call.
    once(&sim.addr, "Tasks.RunTask", &[], "{}").refused(401);
    let mut c = logged_in(&sim.addr);
    let r = c.post("Tasks.RunTask", &[], r#"{"strTask":"101"}"#);
    r.refused(403);
    assert_eq!(r.header("X-KSC-ErrorId"), Some("1196"));
    assert_eq!(r.header("X-KSC-ErrorModule"), Some("KLSTD"));
    assert_eq!(r.header("X-KSC-ErrorMsg"), Some("Access denied"));
    assert!(r.body.contains("Tasks.RunTask"), "{}", r.body);
    let r = c.post("HostGroup.GetStaticInfo", &[], r#"{"pValues":null}"#);
    r.refused(500);
    assert!(r.body.contains("HostGroup.GetStaticInfo"), "{}", r.body);
    // The connection stays logged in; other methods answer.
    call(&mut c, "Tasks.GetTask", json!({"strTask": "101"}));
}

#[test]
fn action_checks_finishes_an_action_on_its_nth_check() {
    let env = Env::new();
    let sim = ksc(&env, &["--action-checks", "3"]);
    let mut c = logged_in(&sim.addr);
    let guid = call(
        &mut c,
        "HostGroup.RemoveGroup",
        json!({"nGroup": 10, "nFlags": 1}),
    )["strActionGuid"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut states = Vec::new();
    for _ in 0..4 {
        let s = call(
            &mut c,
            "AsyncActionStateChecker.CheckActionState",
            json!({"wstrActionGuid": guid}),
        );
        states.push((s["bFinalized"].clone(), s["lNextCheckDelay"].clone()));
    }
    assert_eq!(
        states,
        [
            (json!(false), json!(200)),
            (json!(false), json!(200)),
            (json!(true), json!(0)),
            (json!(true), json!(0)),
        ]
    );
    let out = env.run(&[
        "sim",
        "ksc",
        "--plain",
        "--listen",
        "127.0.0.1:0",
        "--action-checks",
        "0",
    ]);
    assert_code(&out, 2);
}
