//! KSC file transfer: the simulator's side with raw HTTP (downloads with ranges, uploads with
//! `Expect: 100-continue`), then `ksc download` and `ksc upload` against it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::support::*;

/// `KSCBasic` for admin:admin.
const ADMIN: &str = r#"KSCBasic user="YWRtaW4=", pass="YWRtaW4=", internal="0""#;
/// Size of the simulator's generated `/FTSF/klsctunnel`.
const DEMO: usize = (3 << 20) + 4321;

fn start(env: &Env, extra: &[&str]) -> Sim {
    let mut args = vec!["--user", "admin:admin"];
    args.extend_from_slice(extra);
    Sim::start(env, "ksc", &args)
}

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One keep-alive connection.
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

    /// A connection authenticated with `login`.
    fn login(addr: &str) -> Conn {
        let mut c = Conn::open(addr);
        let r = c.request(
            "POST /api/v1.0/login",
            &[&format!("Authorization: {ADMIN}"), "Content-Length: 2"],
            b"{}",
        );
        assert_eq!(r.status, 200);
        c
    }

    fn send(&mut self, bytes: &[u8]) {
        self.r.get_mut().write_all(bytes).unwrap();
    }

    fn head(&mut self, line: &str, headers: &[&str]) {
        let mut req = format!("{line} HTTP/1.1\r\nHost: ksc\r\n");
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        self.send(req.as_bytes());
    }

    fn request(&mut self, line: &str, headers: &[&str], body: &[u8]) -> Resp {
        self.head(line, headers);
        self.send(body);
        self.read(line.starts_with("HEAD"))
    }

    fn get(&mut self, path: &str, headers: &[&str]) -> Resp {
        self.request(&format!("GET {path}"), headers, b"")
    }

    /// A response: Content-Length or chunked body (none for HEAD).
    fn read(&mut self, head_only: bool) -> Resp {
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
        let mut resp = Resp {
            status,
            headers,
            body: Vec::new(),
        };
        if head_only || status == 100 {
            return resp;
        }
        if resp.header("transfer-encoding") == Some("chunked") {
            loop {
                let mut size = String::new();
                self.r.read_line(&mut size).unwrap();
                let n = usize::from_str_radix(size.trim(), 16).unwrap();
                let mut chunk = vec![0; n + 2];
                self.r.read_exact(&mut chunk).unwrap();
                if n == 0 {
                    break;
                }
                resp.body.extend_from_slice(&chunk[..n]);
            }
        } else {
            let len: usize = resp
                .header("content-length")
                .map_or(0, |v| v.parse().unwrap());
            resp.body = vec![0; len];
            self.r.read_exact(&mut resp.body).unwrap();
        }
        resp
    }

    /// True when the server has closed the connection.
    fn closed(&mut self) -> bool {
        let mut buf = [0u8; 1];
        matches!(self.r.read(&mut buf), Ok(0) | Err(_))
    }

    /// A PUT done as the spec says: headers, wait for the answer, the body only after `100 Continue`.
    fn put(&mut self, path: &str, headers: &[&str], body: &[u8]) -> Resp {
        let len = format!("Content-Length: {}", body.len());
        let mut all = vec!["Expect: 100-continue", len.as_str()];
        all.extend_from_slice(headers);
        self.head(&format!("PUT {path}"), &all);
        let first = self.read(false);
        if first.status != 100 {
            return first;
        }
        self.send(body);
        self.read(false)
    }
}

fn sha256_hex(data: &[u8]) -> String {
    let d = ring::digest::digest(&ring::digest::SHA256, data);
    d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

fn requests_to(sim: &Sim, method: &str) -> Vec<serde_json::Value> {
    sim.requests()
        .into_iter()
        .filter(|r| r["method"] == method)
        .collect()
}

#[test]
fn sim_files_whole_ranges_past_the_end_and_head() {
    let env = Env::new();
    let sim = start(&env, &["--file-chunk", "1000"]);
    // not authenticated: nothing
    assert_eq!(
        Conn::open(&sim.addr).get("/FTSF/klsctunnel", &[]).status,
        401
    );
    let mut c = Conn::login(&sim.addr);
    let whole = c.get("/FTSF/klsctunnel", &[]);
    assert_eq!(whole.status, 200);
    assert_eq!(whole.body.len(), DEMO);
    assert_eq!(whole.header("content-range"), None);
    // the same bytes every run: a client test can check its download
    let again = Conn::login(&sim.addr).get("/FTSF/klsctunnel", &[]);
    assert_eq!(sha256_hex(&again.body), sha256_hex(&whole.body));

    let r = c.get("/FTSF/klsctunnel", &["Range: bytes=0-99"]);
    assert_eq!(r.status, 206);
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes 0-99/{DEMO}").as_str())
    );
    assert_eq!(r.body, whole.body[..100]);
    // an open range gets at most --file-chunk bytes: the client must ask again
    let r = c.get("/FTSF/klsctunnel", &["Range: bytes=5000-"]);
    assert_eq!(r.status, 206);
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes 5000-5999/{DEMO}").as_str())
    );
    assert_eq!(r.body, whole.body[5000..6000]);
    let last = DEMO - 10;
    let r = c.get("/FTSF/klsctunnel", &[&format!("Range: bytes={last}-")]);
    assert_eq!(r.body, whole.body[last..]);
    let r = c.get("/FTSF/klsctunnel", &[&format!("Range: bytes={DEMO}-")]);
    assert_eq!(r.status, 416);
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes */{DEMO}").as_str())
    );
    let r = c.request("HEAD /FTSF/klsctunnel", &[], b"");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-length"), Some(DEMO.to_string().as_str()));
    // still the same connection: keep-alive through all of it
    assert_eq!(c.get("/FTSF/nothing", &[]).status, 404);
}

#[test]
fn sim_files_spec_content_range_gzip_and_chunked_answers() {
    let env = Env::new();
    let sim = start(&env, &["--content-range-style", "spec"]);
    // a session header instead of a logged-in connection
    let mut c = Conn::open(&sim.addr);
    let r = c.request(
        "POST /api/v1.0/Session.StartSession",
        &[&format!("Authorization: {ADMIN}"), "Content-Length: 2"],
        b"{}",
    );
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    let session = format!("X-KSC-Session: {}", v["PxgRetVal"].as_str().unwrap());
    let mut c = Conn::open(&sim.addr);
    let plain = c.get("/FTSF/klsctunnel", &[&session, "Range: bytes=0-2"]);
    assert_eq!(plain.status, 206);
    assert_eq!(
        plain.header("content-range"),
        Some(format!("bytes=0-2/{DEMO}").as_str())
    );
    let mut chunked = false;
    for _ in 0..2 {
        let r = c.get(
            "/FTSF/klsctunnel",
            &[
                &session,
                "Range: bytes=0-2",
                "Accept-Encoding: gzip, deflate",
            ],
        );
        assert_eq!(r.header("content-encoding"), Some("gzip"));
        chunked |= r.header("transfer-encoding") == Some("chunked");
        let mut body = Vec::new();
        flate2::read::GzDecoder::new(&r.body[..])
            .read_to_end(&mut body)
            .unwrap();
        assert_eq!(body, plain.body);
    }
    assert!(chunked, "some answers are chunked");
}

#[test]
fn sim_files_serves_a_directory_read_only() {
    let env = Env::new();
    let dir = env.path("served");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/a b.txt"), "hello").unwrap();
    std::fs::write(env.path("secret"), "no").unwrap();
    let sim = start(&env, &["--files", dir.to_str().unwrap()]);
    let mut c = Conn::login(&sim.addr);
    let r = c.get("/FTSF/sub/a%20b.txt", &[]);
    assert_eq!((r.status, r.body.as_slice()), (200, &b"hello"[..]));
    for path in ["/FTSF/../secret", "/FTSF/sub/..%2F..%2Fsecret", "/FTSF/sub"] {
        assert_eq!(c.get(path, &[]).status, 404, "{path}");
    }
    let r = c.put("/FTSF/sub/new", &["Content-Range: bytes 0-1/2"], b"hi");
    assert_eq!(r.status, 403);
    assert!(c.closed(), "refused before its body: the connection closes");
    let mut c = Conn::login(&sim.addr);
    assert_eq!(
        c.request("DELETE /FTSF/sub/a%20b.txt", &[], b"").status,
        405
    );
}

#[test]
fn sim_files_drop_once_and_fail_rate() {
    let env = Env::new();
    let sim = start(&env, &["--drop-after", "1000"]);
    let mut c = Conn::login(&sim.addr);
    c.head("GET /FTSF/klsctunnel", &["Range: bytes=0-"]);
    let mut status = String::new();
    c.r.read_line(&mut status).unwrap();
    assert!(status.contains("206"), "{status}");
    let mut rest = Vec::new();
    let _ = c.r.read_to_end(&mut rest);
    let at = rest.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    assert_eq!(rest.len() - at, 1000, "1000 body bytes, then the end");
    // only the first answer
    let r = Conn::login(&sim.addr).get("/FTSF/klsctunnel", &["Range: bytes=0-"]);
    assert_eq!(r.body.len(), 1 << 20);

    let busy = start(&env, &["--file-fail-rate", "1"]);
    let mut c = Conn::login(&busy.addr);
    assert_eq!(c.get("/FTSF/klsctunnel", &[]).status, 503);
    let r = c.put("/FTUR/x", &["Content-Range: bytes 0-1/2"], b"hi");
    assert_eq!(r.status, 503);
    assert!(c.closed(), "refused before its body: the connection closes");
    // half: a fixed sequence with both answers
    let half = start(&env, &["--file-fail-rate", "0.5"]);
    let mut c = Conn::login(&half.addr);
    let statuses: Vec<u16> = (0..20)
        .map(|_| c.get("/FTSF/klsctunnel", &["Range: bytes=0-0"]).status)
        .collect();
    assert!(
        statuses.contains(&503) && statuses.contains(&206),
        "{statuses:?}"
    );
}

#[test]
fn sim_upload_chunks_in_any_order_then_download() {
    let env = Env::new();
    let sim = start(&env, &[]);
    let mut c = Conn::login(&sim.addr);
    let data: Vec<u8> = (0..20u8).map(|i| b'A' + i).collect();
    let sha = format!("Sha256: {}", sha256_hex(&data));
    // last chunk first, one repeated, the spec example's spelling without "bytes"
    for (range, part) in [
        ("bytes 10-19/20", &data[10..]),
        ("0-4/20", &data[..5]),
        ("bytes 10-19/20", &data[10..]),
    ] {
        let r = c.put(
            "/FTUR/1b20a383",
            &[&format!("Content-Range: {range}"), &sha],
            part,
        );
        assert_eq!(r.status, 201, "{range}");
    }
    // incomplete: not there yet
    assert_eq!(c.get("/FTUR/1b20a383", &[]).status, 404);
    let r = c.put(
        "/FTUR/1b20a383",
        &["Content-Range: bytes 5-9/20"],
        &data[5..10],
    );
    assert_eq!(r.status, 201);
    let r = c.get("/FTUR/1b20a383", &[]);
    assert_eq!((r.status, &r.body), (200, &data));
    // the log: every PUT got its 100 Continue before any body byte
    let puts = requests_to(&sim, "PUT");
    assert_eq!(puts.len(), 4);
    for p in &puts {
        let cont = &p["continue"];
        assert_eq!(cont["early_bytes"], 0, "{p}");
        let (sent, body) = (cont["sent_ms"].as_f64(), cont["body_ms"].as_f64());
        assert!(sent.unwrap() <= body.unwrap(), "{p}");
        assert_eq!(p["status"], 201);
    }
    // a file the server has: 201 at once, no 100, no body read
    let r = c.put(
        "/FTUR/other",
        &["Content-Range: bytes 0-19/20", &sha],
        &data,
    );
    assert_eq!(r.status, 201);
    let last = requests_to(&sim, "PUT").pop().unwrap();
    assert_eq!(last["continue"]["sent_ms"], serde_json::Value::Null);
    assert_eq!(last["body_size"], 0);
    assert_eq!(Conn::login(&sim.addr).get("/FTUR/other", &[]).body, data);
}

#[test]
fn sim_upload_refusals_never_ask_for_the_body() {
    let env = Env::new();
    let sim = start(&env, &[]);
    let big = vec![0u8; (1 << 20) + 1];
    // not authenticated, no Expect, no Content-Range, a chunk over 1 MiB, a Content-Length that disagrees
    let cases: [(&[&str], &[u8], u16); 5] = [
        (&[], b"hi", 401),
        (&["Content-Range: bytes 0-1/2"], b"hi", 400),
        (
            &["Expect: 100-continue", "Content-Range: bytes 0-1"],
            b"hi",
            400,
        ),
        (
            &[
                "Expect: 100-continue",
                "Content-Range: bytes 0-1048576/2000000",
            ],
            &big,
            413,
        ),
        (
            &["Expect: 100-continue", "Content-Range: bytes 0-3/4"],
            b"hi",
            400,
        ),
    ];
    for (i, (headers, body, want)) in cases.into_iter().enumerate() {
        let mut c = if i == 0 {
            Conn::open(&sim.addr)
        } else {
            Conn::login(&sim.addr)
        };
        let len = format!("Content-Length: {}", body.len());
        let mut all = headers.to_vec();
        all.push(&len);
        c.head("PUT /FTUR/f", &all);
        if !headers.contains(&"Expect: 100-continue") {
            c.send(body); // a client that does not expect a 100 sends its body at once
        }
        let r = c.read(false);
        assert_eq!(r.status, want, "case {i}");
        if want == 413 {
            assert!(c.closed(), "413 closes the connection");
        }
    }
    // a file whose bytes differ from its announced Sha256
    let mut c = Conn::login(&sim.addr);
    let wrong = format!("Sha256: {}", sha256_hex(b"other"));
    let r = c.put("/FTUR/g", &["Content-Range: bytes 0-1/2", &wrong], b"hi");
    assert_eq!(r.status, 400);
    assert_eq!(c.get("/FTUR/g", &[]).status, 404);
}

#[test]
fn sim_logs_a_body_sent_before_100_continue() {
    let env = Env::new();
    let sim = start(&env, &["--continue-delay", "300"]);
    let mut c = Conn::login(&sim.addr);
    // head and body at once, not waiting for the 100
    c.send(
        b"PUT /FTUR/h HTTP/1.1\r\nExpect: 100-continue\r\nContent-Range: bytes 0-1/2\r\nContent-Length: 2\r\n\r\nhi",
    );
    assert_eq!(c.read(false).status, 100);
    assert_eq!(c.read(false).status, 201);
    // and a client that waits
    let r = c.put("/FTUR/i", &["Content-Range: bytes 0-1/2"], b"hi");
    assert_eq!(r.status, 201);
    let puts = requests_to(&sim, "PUT");
    assert_eq!(puts[0]["continue"]["early_bytes"], 2, "{}", puts[0]);
    assert_eq!(puts[1]["continue"]["early_bytes"], 0, "{}", puts[1]);
    assert!(puts[1]["continue"]["sent_ms"].as_f64().unwrap() >= 300.0);
}
