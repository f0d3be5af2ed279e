//! The KSC Open API simulator itself, spoken to with raw HTTP on keep-alive connections: it must behave as
//! specs/ksc-open-api.txt and docs/ksc-client-notes.md say the real server does, whatever our client does.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::*;

/// `KSCBasic` for admin:admin (base64 of "admin" is YWRtaW4=).
const ADMIN: &str = r#"KSCBasic user="YWRtaW4=", pass="YWRtaW4=", internal="0""#;
/// admin with the password "wrong".
const WRONG: &str = r#"KSCBasic user="YWRtaW4=", pass="d3Jvbmc=", internal="0""#;

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
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
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .map_or(0, |(_, v)| v.parse().unwrap());
        let mut body = vec![0; len];
        self.r.read_exact(&mut body).unwrap();
        Resp {
            status,
            headers,
            body: String::from_utf8(body).unwrap(),
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
    let sim = Sim::start(&env, "ksc", &[]);
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
    let sim = Sim::start(&env, "ksc", &["--user", "CORP\\bob:pw2"]);
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
fn users_replace_the_default_admin() {
    let env = Env::new();
    let sim = Sim::start(&env, "ksc", &["--user", "alice:pw1", "--user", "bob:pw2"]);
    once(
        &sim.addr,
        "login",
        &[&format!("Authorization: {ADMIN}")],
        "{}",
    )
    .refused(403);
    for auth in [
        r#"KSCBasic user="YWxpY2U=", pass="cHcx", internal="1""#,
        r#"KSCBasic user = "Ym9i", pass = "cHcy", internal = "0""#,
    ] {
        let r = once(
            &sim.addr,
            "login",
            &[&format!("Authorization: {auth}")],
            "{}",
        );
        assert_eq!(r.json(), json!({}), "{auth}");
    }
    // alice's password is not bob's.
    let auth = r#"Authorization: KSCBasic user="YWxpY2U=", pass="cHcy", internal="0""#;
    once(&sim.addr, "login", &[auth], "{}").refused(403);
    let out = env.run(&[
        "sim",
        "ksc",
        "--listen",
        "127.0.0.1:0",
        "--user",
        "nopassword",
    ]);
    assert_code(&out, 2);
}

#[test]
fn wrong_credentials_are_403_and_the_connection_is_closed() {
    let env = Env::new();
    let sim = Sim::start(&env, "ksc", &[]);
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
    let sim = Sim::start(&env, "ksc", &[]);
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
    let sim = Sim::start(&env, "ksc", &[]);
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
    let sim = Sim::start(&env, "ksc", &["--session-idle", "1"]);
    let kept = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    let idle = format!("X-KSC-Session: {}", start_session(&sim.addr, ADMIN));
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(500));
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

#[test]
fn a_token_from_create_token_logs_in_with_ksct() {
    let env = Env::new();
    let sim = Sim::start(&env, "ksc", &[]);
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
    let sim = Sim::start(&env, "ksc", &[]);
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
    // Only POST; only /api/v1.0/.
    c.raw("GET /api/v1.0/KlsrvoapiTestApi.TestMethod0 HTTP/1.1\r\nHost: ksc\r\n\r\n")
        .refused(405);
    c.raw("POST /api/v2/login HTTP/1.1\r\nHost: ksc\r\nContent-Length: 2\r\n\r\n{}")
        .refused(404);
    // Unauthenticated, an unknown method is still 401 first.
    once(&sim.addr, "Nosuch.Method", &[], "{}").refused(401);
}
