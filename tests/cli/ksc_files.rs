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
    let mut args = vec!["--plain", "--user", "admin", "--password", "admin"];
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

// ---- the client: `ksc download`, `ksc upload` ----

/// An environment with admin's password for the client.
fn kenv() -> Env {
    let mut env = Env::new();
    env.set("FIELDCTL_KSC_PASSWORD", "admin");
    env
}

/// `fieldctl ksc ARGS… --server http://SIM --username admin` (password from the environment).
fn ksc(env: &Env, sim: &(impl Host + ?Sized), args: &[&str]) -> Output {
    ksc_in(env, sim, args, None)
}

fn ksc_in(
    env: &Env,
    sim: &(impl Host + ?Sized),
    args: &[&str],
    dir: Option<&std::path::Path>,
) -> Output {
    let server = format!("http://{}", sim.host());
    let mut all = vec!["ksc"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--server", &server, "--username", "admin"]);
    let mut c = env.command(&all);
    if let Some(d) = dir {
        c.current_dir(d);
    }
    let child = c
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    finish(child)
}

/// The simulator's demo file, fetched with raw HTTP.
fn demo(sim: &Sim) -> Vec<u8> {
    let r = Conn::login(&sim.addr).get("/FTSF/klsctunnel", &[]);
    assert_eq!(r.status, 200);
    r.body
}

fn sha_of(path: &std::path::Path) -> String {
    sha256_hex(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn header<'a>(r: &'a serde_json::Value, name: &str) -> &'a str {
    r["headers"][name].as_str().unwrap_or("")
}

/// The `Range` of every GET of `path`, in order.
fn ranges(sim: &Sim, path: &str) -> Vec<String> {
    requests_to(sim, "GET")
        .iter()
        .filter(|r| r["path"] == path)
        .map(|r| header(r, "range").to_owned())
        .collect()
}

/// Every request carries the session and a request id of 16+16 uppercase hex digits.
fn assert_stamped(r: &serde_json::Value) {
    assert!(!header(r, "x-ksc-session").is_empty(), "no session: {r}");
    let id = header(r, "x-ksc-requestid");
    let (a, b) = id.split_once('_').unwrap_or(("", ""));
    for part in [a, b] {
        assert!(
            part.len() == 16
                && part
                    .chars()
                    .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c)),
            "request id {id:?}"
        );
    }
}

#[test]
fn download_asks_again_until_the_total_and_gives_the_same_bytes() {
    let env = kenv();
    let sim = start(&env, &["--file-chunk", "1000000"]);
    let want = sha256_hex(&demo(&sim));
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            env.path("k.bin").to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains(&format!(
            "/FTSF/klsctunnel → {} ({DEMO} bytes)",
            env.path("k.bin").display()
        )),
        "{out:?}"
    );
    assert_eq!(sha_of(&env.path("k.bin")), want);
    assert!(!env.path("k.bin.part").exists());
    assert_eq!(
        ranges(&sim, "/FTSF/klsctunnel")[1..],
        [
            "bytes=0-",
            "bytes=1000000-",
            "bytes=2000000-",
            "bytes=3000000-"
        ]
    );
    for r in requests_to(&sim, "GET").iter().skip(1) {
        assert_stamped(r);
        // The file's own bytes: ranges and totals of an encoded body would not be the file's.
        assert_eq!(header(r, "accept-encoding"), "identity");
    }
}

#[test]
fn download_accepts_the_spec_content_range_spelling() {
    let env = kenv();
    let sim = start(&env, &["--content-range-style", "spec"]);
    let want = sha256_hex(&demo(&sim));
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            env.path("k").to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    assert_eq!(sha_of(&env.path("k")), want);
}

#[test]
fn download_resumes_after_the_connection_drops_mid_body() {
    let env = kenv();
    let want = sha256_hex(&demo(&start(&env, &[])));
    // the first answer with a body stops after 100000 bytes and closes the connection
    let sim = start(&env, &["--drop-after", "100000"]);
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            env.path("k").to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    assert_eq!(
        sha_of(&env.path("k")),
        want,
        "byte-identical after the resume"
    );
    let r = ranges(&sim, "/FTSF/klsctunnel");
    assert_eq!(r[0], "bytes=0-");
    let resumed: u64 = r[1]
        .strip_prefix("bytes=")
        .unwrap()
        .trim_end_matches('-')
        .parse()
        .unwrap();
    assert!(
        resumed > 0 && resumed < 1 << 20,
        "resumed from what arrived: {r:?}"
    );
}

#[test]
fn download_resumes_from_an_existing_part_file() {
    let env = kenv();
    let sim = start(&env, &[]);
    let bytes = demo(&sim);
    std::fs::write(env.path("k.part"), &bytes[..12345]).unwrap();
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            env.path("k").to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    assert_eq!(sha_of(&env.path("k")), sha256_hex(&bytes));
    assert!(!env.path("k.part").exists());
    assert_eq!(ranges(&sim, "/FTSF/klsctunnel")[1], "bytes=12345-");
}

#[test]
fn a_broken_download_keeps_its_part_and_the_next_run_completes_it() {
    let env = kenv();
    let sim = start(&env, &[]);
    let bytes = demo(&sim);
    // a server that starts the session, sends 2000 of the 5000 bytes it announced, and is gone
    let mut partial = format!(
        "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4999/{DEMO}\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n"
    )
    .into_bytes();
    partial.extend_from_slice(&bytes[..2000]);
    let peer = scripted_peer(vec![
        reply(
            "200 OK\r\nContent-Type: application/json",
            br#"{"PxgRetVal":"s1"}"#,
        ),
        partial,
    ]);
    let dest = env.path("k");
    let out = ksc(
        &env,
        &peer,
        &["download", "/FTSF/klsctunnel", dest.to_str().unwrap()],
    );
    assert_fails(&out, 6, "k.part keeps 2000 bytes");
    assert!(!dest.exists(), "never renamed when incomplete");
    assert_eq!(std::fs::read(env.path("k.part")).unwrap(), bytes[..2000]);
    // the next run (the real server) takes it from there
    let out = ksc(
        &env,
        &sim,
        &["download", "/FTSF/klsctunnel", dest.to_str().unwrap()],
    );
    assert_code(&out, 0);
    assert_eq!(sha_of(&dest), sha256_hex(&bytes));
    assert_eq!(ranges(&sim, "/FTSF/klsctunnel")[1], "bytes=2000-");
}

#[test]
fn download_503_storms() {
    let env = kenv();
    // always busy: a few tries with backoff, then exit 8, nothing renamed
    let sim = start(&env, &["--file-fail-rate", "1", "--retry-after", "0"]);
    let dest = env.path("k");
    let out = ksc(
        &env,
        &sim,
        &["download", "/FTSF/klsctunnel", dest.to_str().unwrap()],
    );
    assert_fails(&out, 8, "busy (HTTP 503, 6 times in a row)");
    assert!(out.stderr.contains("nothing was downloaded"), "{out:?}");
    assert!(!dest.exists());
    assert!(!env.path("k.part").exists(), "no empty .part left behind");
    assert_eq!(ranges(&sim, "/FTSF/klsctunnel").len(), 6);
    // busy one time in two: it gets there
    let sim = start(
        &env,
        &["--file-fail-rate", "0.5", "--file-chunk", "1000000"],
    );
    let out = ksc(
        &env,
        &sim,
        &["download", "/FTSF/klsctunnel", dest.to_str().unwrap()],
    );
    assert_code(&out, 0);
    let gets = requests_to(&sim, "GET");
    assert!(
        gets.iter().any(|r| r["status"] == 503),
        "the storm happened"
    );
    let clean = start(&env, &[]);
    assert_eq!(sha_of(&dest), sha256_hex(&demo(&clean)));
}

#[test]
fn download_destinations() {
    let env = kenv();
    let sim = start(&env, &[]);
    let want = sha256_hex(&demo(&sim));
    // a directory: the remote name inside it
    let dir = env.path("dir");
    std::fs::create_dir(&dir).unwrap();
    let out = ksc(
        &env,
        &sim,
        &["download", "/FTSF/klsctunnel", dir.to_str().unwrap()],
    );
    assert_code(&out, 0);
    assert_eq!(sha_of(&dir.join("klsctunnel")), want);
    // --no-clobber: an existing file is kept, and nothing is asked of the server
    let kept = env.path("kept.bin");
    std::fs::write(&kept, b"mine").unwrap();
    let before = requests_to(&sim, "GET").len();
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            kept.to_str().unwrap(),
            "--no-clobber",
        ],
    );
    assert_code(&out, 10);
    assert!(out.stderr.contains("exists"), "{out:?}");
    assert_eq!(std::fs::read(&kept).unwrap(), b"mine");
    assert_eq!(requests_to(&sim, "GET").len(), before);
    // no FILE: the remote name in the current directory
    let cwd = env.path("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let out = ksc_in(&env, &sim, &["download", "/FTSF/klsctunnel"], Some(&cwd));
    assert_code(&out, 0);
    assert_eq!(sha_of(&cwd.join("klsctunnel")), want);
    // - : the bytes on stdout, nothing else there
    let server = format!("http://{}", sim.addr);
    let o = env
        .command(&[
            "ksc",
            "download",
            "/FTSF/klsctunnel",
            "-",
            "--server",
            &server,
            "--username",
            "admin",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(sha256_hex(&o.stdout), want);
    // a missing directory, a missing remote file
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            env.path("nope/").to_str().unwrap(),
        ],
    );
    assert_fails(&out, 10, "does not exist");
    let out = ksc(
        &env,
        &sim,
        &["download", "/FTSF/missing", env.path("m").to_str().unwrap()],
    );
    assert_fails(&out, 5, "has no such file (HTTP 404)");
    assert!(!env.path("m").exists());
    let out = ksc(&env, &sim, &["download", "FTSF/x"]);
    assert_fails(&out, 2, "it must start with /");
}

#[test]
fn download_refuses_a_part_longer_than_the_file() {
    let env = kenv();
    let sim = start(&env, &[]);
    std::fs::write(env.path("k.part"), vec![0u8; DEMO + 1]).unwrap();
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            env.path("k").to_str().unwrap(),
        ],
    );
    assert_fails(
        &out,
        9,
        &format!("has {DEMO} bytes, fewer than the {} already here", DEMO + 1),
    );
    assert!(!env.path("k").exists());
    assert!(env.path("k.part").exists(), "kept: the user decides");
    // a .part that is the whole file already: one request (416 with the total), then renamed
    let sim = start(&env, &[]);
    let bytes = demo(&sim);
    std::fs::write(env.path("k.part"), &bytes).unwrap();
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            env.path("k").to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    assert_eq!(sha_of(&env.path("k")), sha256_hex(&bytes));
}

/// A file of `n` pseudo-random bytes.
fn make_file(env: &Env, name: &str, n: usize) -> (std::path::PathBuf, Vec<u8>) {
    let data: Vec<u8> = (0..n as u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let p = env.path(name);
    std::fs::write(&p, &data).unwrap();
    (p, data)
}

#[test]
fn upload_sends_1_mib_chunks_each_after_its_100_continue() {
    let env = kenv();
    let sim = start(&env, &["--continue-delay", "200"]);
    let total = (5 << 19) + 7; // 2.5 MiB and a bit
    let (file, data) = make_file(&env, "up.bin", total);
    let out = ksc(
        &env,
        &sim,
        &["upload", file.to_str().unwrap(), "/FTUR/1b20a383"],
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout, "");
    let puts = requests_to(&sim, "PUT");
    let want_ranges = [
        format!("bytes 0-1048575/{total}"),
        format!("bytes 1048576-2097151/{total}"),
        format!("bytes 2097152-{}/{total}", total - 1),
    ];
    assert_eq!(puts.len(), 3, "{puts:?}");
    for (p, range) in puts.iter().zip(&want_ranges) {
        assert_eq!(header(p, "content-range"), range);
        assert_eq!(header(p, "expect"), "100-continue");
        assert_eq!(header(p, "sha256"), sha256_hex(&data));
        assert_stamped(p);
        // no body byte before the 100 Continue
        assert_eq!(p["continue"]["early_bytes"], 0, "{}", p["continue"]);
        assert!(
            p["continue"]["sent_ms"].as_f64().unwrap()
                <= p["continue"]["body_ms"].as_f64().unwrap()
        );
        assert_eq!(p["status"], 201);
    }
    assert_eq!(puts[2]["body_size"], total - (2 << 20));
    let back = Conn::login(&sim.addr).get("/FTUR/1b20a383", &[]);
    assert_eq!(sha256_hex(&back.body), sha256_hex(&data));
}

#[test]
fn upload_waits_for_a_slow_100_continue() {
    // ureq's own wait is 1 s; a server that takes 1.5 s must still get no early body
    let env = kenv();
    let sim = start(&env, &["--continue-delay", "1500"]);
    let (file, _) = make_file(&env, "up.bin", 1000);
    let out = ksc(
        &env,
        &sim,
        &["upload", file.to_str().unwrap(), "/FTUR/slow"],
    );
    assert_code(&out, 0);
    let p = &requests_to(&sim, "PUT")[0];
    assert_eq!(p["continue"]["early_bytes"], 0, "{}", p["continue"]);
    assert_eq!(p["body_size"], 1000);
}

#[test]
fn upload_never_sends_the_body_before_100_continue_even_when_the_wait_runs_out() {
    // The server answers the 100 only after --timeout: the client gives up (exit 7), body unsent.
    let env = kenv();
    let sim = start(&env, &["--continue-delay", "3000"]);
    let (file, _) = make_file(&env, "up.bin", 5000);
    let out = ksc(
        &env,
        &sim,
        &[
            "--timeout",
            "1",
            "upload",
            file.to_str().unwrap(),
            "/FTUR/late",
        ],
    );
    assert_code(&out, 7);
    let puts = requests_to(&sim, "PUT");
    assert!(!puts.is_empty());
    for p in &puts {
        assert_eq!(p["continue"]["early_bytes"], 0, "{}", p["continue"]);
    }
}

#[test]
fn upload_of_a_file_the_server_has_ends_before_the_body() {
    let env = kenv();
    let sim = start(&env, &[]);
    let (file, data) = make_file(&env, "up.bin", (1 << 20) + 10);
    assert_code(
        &ksc(&env, &sim, &["upload", file.to_str().unwrap(), "/FTUR/a"]),
        0,
    );
    let out = ksc(&env, &sim, &["upload", file.to_str().unwrap(), "/FTUR/b"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("the server already has it"), "{out:?}");
    let puts: Vec<_> = requests_to(&sim, "PUT")
        .into_iter()
        .filter(|p| p["path"] == "/FTUR/b")
        .collect();
    assert_eq!(puts.len(), 1, "one request, no body: {puts:?}");
    assert_eq!(puts[0]["body_size"], 0);
    assert_eq!(puts[0]["continue"]["sent_ms"], serde_json::Value::Null);
    assert_eq!(Conn::login(&sim.addr).get("/FTUR/b", &[]).body, data);
}

#[test]
fn upload_413_reconnects_with_smaller_chunks() {
    let env = kenv();
    let sim = start(&env, &["--max-chunk", "300000"]);
    let (file, data) = make_file(&env, "up.bin", 600_000);
    let out = ksc(
        &env,
        &sim,
        &["upload", file.to_str().unwrap(), "/FTUR/small"],
    );
    assert_code(&out, 0);
    let puts = requests_to(&sim, "PUT");
    let seen: Vec<(String, u64)> = puts
        .iter()
        .map(|p| {
            (
                header(p, "content-range").to_owned(),
                p["status"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("bytes 0-599999/600000".to_owned(), 413),
            ("bytes 0-524287/600000".to_owned(), 413),
            ("bytes 0-262143/600000".to_owned(), 201),
            ("bytes 262144-524287/600000".to_owned(), 201),
            ("bytes 524288-599999/600000".to_owned(), 201),
        ]
    );
    // each 413 closed its connection: the next PUT came over a new one
    for w in puts.windows(2) {
        if w[0]["status"] == 413 {
            assert_ne!(w[0]["peer"], w[1]["peer"], "a new connection after a 413");
        }
    }
    assert_eq!(Conn::login(&sim.addr).get("/FTUR/small", &[]).body, data);
}

#[test]
fn upload_413_with_connection_auth_logs_in_again() {
    let env = kenv();
    let sim = start(&env, &["--max-chunk", "600000"]);
    let (file, data) = make_file(&env, "up.bin", 700_000);
    let out = ksc(
        &env,
        &sim,
        &[
            "upload",
            file.to_str().unwrap(),
            "/FTUR/c",
            "--connection-auth",
        ],
    );
    assert_code(&out, 0);
    let logins = sim
        .requests()
        .iter()
        .filter(|r| r["path"] == "/api/v1.0/login")
        .count();
    assert_eq!(
        logins, 2,
        "the 413 closed the login connection: logged in again"
    );
    assert_eq!(Conn::login(&sim.addr).get("/FTUR/c", &[]).body, data);
}

#[test]
fn upload_503_storms_and_bad_files() {
    let env = kenv();
    let sim = start(&env, &["--file-fail-rate", "1", "--retry-after", "0"]);
    let (file, _) = make_file(&env, "up.bin", 5000);
    let out = ksc(
        &env,
        &sim,
        &["upload", file.to_str().unwrap(), "/FTUR/busy"],
    );
    assert_fails(&out, 8, "busy (HTTP 503, 6 times in a row)");
    assert_eq!(requests_to(&sim, "PUT").len(), 6);
    // busy one time in two (and saying when to come back): it gets there
    let sim = start(&env, &["--file-fail-rate", "0.5", "--retry-after", "0"]);
    let (big, data) = make_file(&env, "big.bin", (2 << 20) + 99);
    let out = ksc(&env, &sim, &["upload", big.to_str().unwrap(), "/FTUR/half"]);
    assert_code(&out, 0);
    assert!(requests_to(&sim, "PUT").iter().any(|p| p["status"] == 503));
    let back = (0..20)
        .map(|_| Conn::login(&sim.addr).get("/FTUR/half", &[]))
        .find(|r| r.status != 503)
        .unwrap();
    assert_eq!(back.body, data);
    // local problems: nothing sent
    let quiet = start(&env, &[]);
    let out = ksc(
        &env,
        &quiet,
        &["upload", env.path("nope").to_str().unwrap(), "/FTUR/x"],
    );
    assert_fails(&out, 10, "cannot read");
    let out = ksc(
        &env,
        &quiet,
        &["upload", env.root.to_str().unwrap(), "/FTUR/x"],
    );
    assert_fails(&out, 10, "is not a regular file");
    assert!(quiet.requests().is_empty());
    // an empty file: one PUT without a body
    std::fs::write(env.path("empty"), "").unwrap();
    let out = ksc(
        &env,
        &quiet,
        &["upload", env.path("empty").to_str().unwrap(), "/FTUR/e"],
    );
    assert_code(&out, 0);
    let p = &requests_to(&quiet, "PUT")[0];
    assert_eq!(header(p, "content-range"), "bytes */0");
    assert_eq!(Conn::login(&quiet.addr).get("/FTUR/e", &[]).status, 200);
}

#[test]
fn ctrl_c_keeps_the_part_for_the_next_run() {
    let env = kenv();
    // 1000-byte answers: a download of thousands of requests, long enough to interrupt
    let sim = start(&env, &["--file-chunk", "1000"]);
    let dest = env.path("k");
    let part = env.path("k.part");
    let server = format!("http://{}", sim.addr);
    let child = env.spawn(&[
        "ksc",
        "download",
        "/FTSF/klsctunnel",
        dest.to_str().unwrap(),
        "--server",
        &server,
        "--username",
        "admin",
    ]);
    let out = signal_when(
        child,
        "a part of the download",
        || std::fs::metadata(&part).is_ok_and(|m| m.len() > 10_000),
        "INT",
    );
    assert_eq!(out.code, 130, "{out:?}");
    assert!(out.stderr.contains("k.part keeps"), "{out:?}");
    assert!(!dest.exists());
    let kept = std::fs::metadata(&part).unwrap().len();
    assert!(kept > 0 && (kept as usize) < DEMO);
    // the session was ended on the way out
    assert_eq!(
        sim.requests().last().unwrap()["path"],
        "/api/v1.0/Session.EndSession"
    );
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            dest.to_str().unwrap(),
            "--quiet",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(sha_of(&dest), sha256_hex(&demo(&start(&env, &[]))));
}

#[test]
fn download_to_a_device_writes_through() {
    let env = kenv();
    let sim = start(&env, &[]);
    let out = ksc(&env, &sim, &["download", "/FTSF/klsctunnel", "/dev/null"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains(&format!("→ /dev/null ({DEMO} bytes)")),
        "{out:?}"
    );
}

#[test]
fn a_server_that_ignores_range_sends_200_and_the_part_starts_over() {
    let env = kenv();
    std::fs::write(env.path("k.part"), "stale").unwrap();
    let (peer, seen) = logging_peer(vec![
        reply(
            "200 OK\r\nContent-Type: application/json",
            br#"{"PxgRetVal":"s1"}"#,
        ),
        reply(
            "200 OK\r\nContent-Type: application/octet-stream",
            b"the whole file",
        ),
        reply("200 OK\r\nContent-Type: application/json", b"{}"),
    ]);
    let out = ksc(
        &env,
        &peer,
        &["download", "/FTSF/x", env.path("k").to_str().unwrap()],
    );
    assert_code(&out, 0);
    assert_eq!(
        std::fs::read_to_string(env.path("k")).unwrap(),
        "the whole file"
    );
    assert!(!env.path("k.part").exists());
    let lines = seen.lock().unwrap().clone();
    assert_eq!(lines[1], "GET /FTSF/x HTTP/1.1", "{lines:?}");
}

#[test]
fn a_total_that_changes_between_answers_is_refused() {
    let env = kenv();
    let (peer, _) = logging_peer(vec![
        reply(
            "200 OK\r\nContent-Type: application/json",
            br#"{"PxgRetVal":"s1"}"#,
        ),
        reply(
            "206 Partial Content\r\nContent-Range: bytes 0-4/10",
            b"hello",
        ),
        reply(
            "206 Partial Content\r\nContent-Range: bytes 5-9/12",
            b"world",
        ),
        reply("200 OK\r\nContent-Type: application/json", b"{}"),
    ]);
    let out = ksc(
        &env,
        &peer,
        &["download", "/FTSF/x", env.path("k").to_str().unwrap()],
    );
    assert_fails(
        &out,
        9,
        "the file's size changed on the server (10 bytes, now 12)",
    );
    assert!(!env.path("k").exists());
    assert_eq!(
        std::fs::read_to_string(env.path("k.part")).unwrap(),
        "hello"
    );
}

#[test]
fn a_drop_with_connection_auth_logs_in_again_and_resumes() {
    let env = kenv();
    let want = sha256_hex(&demo(&start(&env, &[])));
    let sim = start(&env, &["--drop-after", "50000"]);
    let dest = env.path("k");
    let out = ksc(
        &env,
        &sim,
        &[
            "download",
            "/FTSF/klsctunnel",
            dest.to_str().unwrap(),
            "--connection-auth",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(sha_of(&dest), want);
    let paths: Vec<String> = sim
        .requests()
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        paths[..3],
        ["/api/v1.0/login", "/FTSF/klsctunnel", "/api/v1.0/login"],
        "{paths:?}"
    );
    // no session header: the connection is what is authenticated
    assert!(
        requests_to(&sim, "GET")
            .iter()
            .all(|r| header(r, "x-ksc-session").is_empty())
    );
}
