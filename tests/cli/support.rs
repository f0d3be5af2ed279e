//! Test harness: a clean environment per test, the real binary, and simulators with their request logs.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_fieldctl");

/// A temp HOME with its own config and state dirs; removed on drop.
pub struct Env {
    pub root: PathBuf,
    vars: Vec<(String, String)>,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

impl Env {
    pub fn new() -> Env {
        static N: AtomicU32 = AtomicU32::new(0);
        let root = std::env::temp_dir().join(format!(
            "fieldctl-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&root);
        for d in ["home", "config", "state", "data"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        Env {
            root,
            vars: Vec::new(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    pub fn config_file(&self) -> PathBuf {
        self.root
            .join("config")
            .join("fieldctl")
            .join("config.toml")
    }

    pub fn write_config(&self, text: &str) {
        let p = self.config_file();
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Set an environment variable for every command run from this Env.
    pub fn set(&mut self, key: &str, value: &str) {
        self.vars.push((key.into(), value.into()));
    }

    /// The clean environment every run gets: temp HOME and XDG dirs, nothing inherited but PATH.
    fn clean(&self, program: &str, args: &[&str]) -> Command {
        let mut c = Command::new(program);
        c.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.root.join("home"))
            .env("XDG_CONFIG_HOME", self.root.join("config"))
            .env("XDG_STATE_HOME", self.root.join("state"))
            .env("XDG_DATA_HOME", self.root.join("data"));
        c
    }

    /// Another program (python3 with a pty, `script`) in the clean environment, to give fieldctl a terminal.
    pub fn external(&self, program: &str, args: &[&str]) -> Command {
        let mut c = self.clean(program, args);
        c.env("TERM", "xterm");
        c
    }

    /// python3 running `script` in the clean environment with `args` as `sys.argv[1:]` (scripts that give
    /// fieldctl, `BIN`, a terminal with the `pty` module).
    pub fn python(&self, script: &str, args: &[&str]) -> Output {
        let mut all = vec!["-c", script];
        all.extend_from_slice(args);
        let o = self.external("python3", &all).output().unwrap();
        Output {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = self.clean(BIN, args);
        c.env("NO_COLOR", "1").stdin(Stdio::null());
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        finish(self.spawn(args))
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        finish(child)
    }
}

/// The address commands are pointed at: a simulator, or a test peer's `127.0.0.1:PORT`.
pub trait Host {
    fn host(&self) -> &str;
}

impl Host for Sim {
    fn host(&self) -> &str {
        &self.addr
    }
}

impl Host for String {
    fn host(&self) -> &str {
        self
    }
}

impl Host for str {
    fn host(&self) -> &str {
        self
    }
}

impl<T: Host + ?Sized> Host for &T {
    fn host(&self) -> &str {
        (**self).host()
    }
}

impl Env {
    /// `fieldctl can ARGS… --host HOST` in this environment.
    pub fn can(&self, host: &(impl Host + ?Sized), args: &[&str]) -> Output {
        self.run(&can_args(host, args))
    }

    /// `fieldctl can ARGS… --host HOST` with `stdin` as its standard input.
    pub fn can_stdin(&self, host: &(impl Host + ?Sized), args: &[&str], stdin: &str) -> Output {
        self.run_stdin(&can_args(host, args), stdin)
    }

    /// `fieldctl can ARGS… --host HOST` started in the background, stdout and stderr piped.
    pub fn spawn_can(&self, host: &(impl Host + ?Sized), args: &[&str]) -> Child {
        self.spawn(&can_args(host, args))
    }

    /// The command for `fieldctl can ARGS… --host HOST`, to adjust (working directory, pipes) before running.
    pub fn can_command(&self, host: &(impl Host + ?Sized), args: &[&str]) -> Command {
        self.command(&can_args(host, args))
    }
}

/// `--host` goes last: it is a `can` option that every subcommand accepts, and trailing frames or key=value
/// parameters come before it.
fn can_args<'a>(host: &'a (impl Host + ?Sized), args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["can"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--host", host.host()]);
    all
}

impl Drop for Env {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// A running simulator; killed on drop.
pub struct Sim {
    child: Child,
    pub addr: String,
    log: PathBuf,
}

impl Sim {
    /// Send the simulator a signal (`STOP` makes a device that stops answering, `CONT` brings it back).
    pub fn signal(&self, sig: &str) {
        signal(&self.child, sig);
    }

    /// `fieldctl sim KIND --listen 127.0.0.1:0 --log … EXTRA…`
    pub fn start(env: &Env, kind: &str, extra: &[&str]) -> Sim {
        static N: AtomicU32 = AtomicU32::new(0);
        let log = env.path(&format!(
            "sim-{kind}-{}.log",
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let log_s = log.to_str().unwrap().to_owned();
        let mut args = vec!["sim", kind, "--listen", "127.0.0.1:0", "--log", &log_s];
        args.extend_from_slice(extra);
        let mut child = env
            .command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start sim");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line.trim().to_owned();
        assert!(addr.starts_with("127.0.0.1:"), "sim printed {addr:?}");
        Sim { child, addr, log }
    }

    /// Every request the simulator logged so far.
    pub fn requests(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// Paths of the requests, session id replaced by `S`: `/S/canOpenChannel`.
    pub fn functions(&self) -> Vec<String> {
        self.requests()
            .iter()
            .map(|r| {
                let path = r["path"].as_str().unwrap();
                let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
                if parts.len() == 2 {
                    format!("S/{}", parts[1])
                } else {
                    parts[0].to_owned()
                }
            })
            .collect()
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A query parameter of a logged request.
pub fn param<'a>(request: &'a Value, key: &str) -> Option<&'a str> {
    request["query"]
        .as_array()?
        .iter()
        .rev()
        .find(|p| p[0] == key)
        .and_then(|p| p[1].as_str())
}

/// Query parameters of a logged request, in the order of `keys`; `-` for one it does not have.
pub fn params<const N: usize>(request: &Value, keys: [&str; N]) -> [String; N] {
    keys.map(|k| param(request, k).unwrap_or("-").to_owned())
}

pub fn assert_code(out: &Output, code: i32) {
    assert_eq!(out.code, code, "{out:?}");
}

#[allow(dead_code)]
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

impl Env {
    /// Start fieldctl in the background with stdout and stderr piped.
    pub fn spawn(&self, args: &[&str]) -> Child {
        self.command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn fieldctl")
    }
}

/// Send a signal (`INT`, `TERM`, `KILL`) to a child.
pub fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .args([&format!("-{sig}"), &child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{sig}");
}

/// Wait for a child with a deadline: a hung fieldctl fails its test (with what it printed) instead of hanging
/// CI.
pub fn finish(mut child: Child) -> Output {
    use std::io::Read;
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let stdout = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut b);
        }
        b
    });
    let stderr = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut b);
        }
        b
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let o = Output {
        code: status.and_then(|s| s.code()).unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.join().unwrap()).into_owned(),
    };
    assert!(
        status.is_some(),
        "fieldctl did not finish within 60 s:\n{o:?}"
    );
    o
}

/// Wait until `cond` holds (as `wait_for`), then send `sig` to the child and return how it ended.
pub fn signal_when(child: Child, what: &str, cond: impl FnMut() -> bool, sig: &str) -> Output {
    wait_for(what, cond);
    signal(&child, sig);
    finish(child)
}

/// Wait until `cond` holds (polling), failing the test after 10 s.
pub fn wait_for(what: &str, mut cond: impl FnMut() -> bool) {
    let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !cond() {
        assert!(
            std::time::Instant::now() < end,
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The last requests the simulator logged are `tail` (paths as `Sim::functions` gives them).
pub fn assert_last_functions(sim: &Sim, tail: &[&str]) {
    let f = sim.functions();
    let tail: Vec<String> = tail.iter().map(|t| t.to_string()).collect();
    assert!(f.ends_with(&tail), "expected {tail:?} last: {f:?}");
}

/// Requests to `function` in a simulator's log.
pub fn calls(sim: &Sim, function: &str) -> Vec<Value> {
    sim.requests()
        .into_iter()
        .filter(|r| {
            r["path"]
                .as_str()
                .unwrap()
                .ends_with(&format!("/{function}"))
        })
        .collect()
}

/// One HTTP/1.1 request on a new connection (`Connection: close`); returns status and body.
pub fn http(addr: &str, raw_request: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.write_all(raw_request.as_bytes()).unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let status = text.split(' ').nth(1).unwrap().parse().unwrap();
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// GET `path` and parse the JSON reply.
pub fn get_json(addr: &str, path: &str) -> Value {
    let (status, body) = http(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    );
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// An address where nothing listens (connections are refused): a port the system just handed out and took
/// back. (A fixed port such as 1 may be in use on a shared machine.)
pub fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().to_string()
}

/// A peer that accepts connections and never answers (for timeouts).
pub fn silent_peer() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().collect();
        drop(held);
    });
    addr
}

/// A peer that answers each connection with the next of `responses`, then closes it.
pub fn scripted_peer(responses: Vec<Vec<u8>>) -> String {
    logging_peer(responses).0
}

/// The request lines (`GET /deviceStatus?ident=1 HTTP/1.1`) a peer was sent, in order.
pub type RequestLog = std::sync::Arc<std::sync::Mutex<Vec<String>>>;

/// Like `scripted_peer`, and records each request line.
pub fn logging_peer(responses: Vec<Vec<u8>>) -> (String, RequestLog) {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let log = RequestLog::default();
    let seen = log.clone();
    std::thread::spawn(move || {
        for (mut s, resp) in listener.incoming().flatten().zip(responses) {
            seen.lock().unwrap().push(request_line(&mut s));
            let _ = s.write_all(&resp);
        }
    });
    (addr, log)
}

/// Read (the start of) a request and return its first line, empty if nothing came.
pub fn request_line(s: &mut impl std::io::Read) -> String {
    let mut buf = [0u8; 4096];
    let n = s.read(&mut buf).unwrap_or(0);
    let text = String::from_utf8_lossy(&buf[..n]);
    text.lines().next().unwrap_or("").to_owned()
}

/// An HTTP/1.1 response: `head` is the status and any extra header lines.
pub fn reply(head: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {head}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

/// Everything a child prints on `stream`, as it comes.
pub fn collect(
    mut stream: impl std::io::Read + Send + 'static,
) -> std::sync::Arc<std::sync::Mutex<String>> {
    let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let sink = text.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stream.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    text
}

/// A scripted Kvaser device: `answer(function, ident)` gives the raw HTTP response for each request; the
/// functions called are recorded in order.
pub fn fake_kvaser(
    answer: impl Fn(&str, &str) -> Vec<u8> + Send + 'static,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = std::io::BufReader::new(stream.try_clone().unwrap());
            let mut out = stream;
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                    break;
                }
            }
            let (function, ident) = function_and_ident(&line);
            log.lock().unwrap().push(function.clone());
            let _ = out.write_all(&answer(&function, &ident));
        }
    });
    (addr, seen)
}

/// The usual answers of a working device.
pub fn normal_answer(function: &str, ident: &str) -> Vec<u8> {
    let body = match function {
        "canInitializeLibrary" => {
            format!(r#"{{"stat":0,"session":"aaaabbbbccccddddeeeeffff00001111","ident":{ident}}}"#)
        }
        "canOpenChannel" => format!(r#"{{"stat":0,"hnd":0,"ident":{ident}}}"#),
        "canReadTimer" => format!(r#"{{"stat":0,"time":5,"ident":{ident}}}"#),
        "canRead" => format!(
            r#"{{"stat":0,"msgs":[{{"id":1,"dlc":1,"msg":[2],"time":1005,"flag":2}},{{"id":1,"dlc":1,"msg":[3],"time":1255,"flag":2}}],"ident":{ident}}}"#
        ),
        _ => format!(r#"{{"stat":0,"ident":{ident}}}"#),
    };
    reply("200 OK\r\nContent-Type: application/json", body.as_bytes())
}

/// A device's JSON reply to `ident` with `fields`; `stat` is 0 unless given (deviceStatus has none).
pub fn device_reply(function: &str, ident: &str, mut fields: Value) -> Vec<u8> {
    let object = fields.as_object_mut().expect("a JSON object");
    if function != "deviceStatus" {
        object.entry("stat").or_insert(0.into());
    }
    object.insert("ident".into(), ident.parse::<u64>().unwrap_or(0).into());
    reply(
        "200 OK\r\nContent-Type: application/json",
        fields.to_string().as_bytes(),
    )
}

/// The command failed with exactly `code`, and its stderr says `message` (a part of it).
pub fn assert_fails(out: &Output, code: i32, message: &str) {
    assert_eq!(out.code, code, "{out:?}");
    assert!(
        out.stderr.contains(message),
        "stderr lacks {message:?}: {out:?}"
    );
}

/// The REST function and the `ident` of a Kvaser request line (`GET /S/canRead?hnd=0&ident=7 HTTP/1.1`).
pub fn function_and_ident(request_line: &str) -> (String, String) {
    let target = request_line.split(' ').nth(1).unwrap_or("/");
    let ident = target
        .split("ident=")
        .nth(1)
        .and_then(|i| i.split('&').next())
        .unwrap_or("0");
    let function = target
        .split('?')
        .next()
        .unwrap_or("")
        .rsplit('/')
        .next()
        .unwrap_or("");
    (function.to_owned(), ident.to_owned())
}

/// `METHOD PATH` of every request a simulator logged, in order.
pub fn sent(sim: &Sim) -> Vec<String> {
    sim.requests()
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["method"].as_str().unwrap(),
                r["path"].as_str().unwrap()
            )
        })
        .collect()
}

/// The OVMS session cookie (`ovmsapisession`) a logged request carried.
pub fn ovms_cookie(r: &Value) -> Option<String> {
    r["headers"]["cookie"].as_str().and_then(|c| {
        c.split(';')
            .find_map(|p| p.trim().strip_prefix("ovmsapisession=").map(str::to_owned))
    })
}

/// stdout as one JSON document.
pub fn json_of(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:?}"))
}

/// NDJSON lines as values.
pub fn ndjson_of(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

impl Env {
    /// `fieldctl ovms ARGS…` in this environment.
    pub fn ovms(&self, args: &[&str]) -> Output {
        let mut all = vec!["ovms"];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Point every `ovms` run at the OVMS server at ADDR (`127.0.0.1:P`, plain HTTP) as `demo`/`password`.
    pub fn ovms_account(&mut self, addr: &str, password: &str) {
        self.set("FIELDCTL_OVMS_SERVER", &format!("http://{addr}"));
        self.set("FIELDCTL_OVMS_USERNAME", "demo");
        self.set("FIELDCTL_OVMS_PASSWORD", password);
    }
}

impl Env {
    /// `fieldctl ksc ARGS…` in this environment.
    pub fn ksc(&self, args: &[&str]) -> Output {
        let mut all = vec!["ksc"];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Point every `ksc` run at the KSC simulator at ADDR (plain HTTP) as `admin` with `password`.
    pub fn ksc_account(&mut self, addr: &str, password: &str) {
        self.set("FIELDCTL_KSC_SERVER", &format!("http://{addr}"));
        self.set("FIELDCTL_KSC_USERNAME", "admin");
        self.set("FIELDCTL_KSC_PASSWORD", password);
    }
}

/// `fieldctl sim ksc` on plain HTTP with the account admin / `pw`, and EXTRA flags.
pub fn ksc_sim(env: &Env, extra: &[&str]) -> Sim {
    let mut args = vec!["--plain", "--password", "pw"];
    args.extend_from_slice(extra);
    Sim::start(env, "ksc", &args)
}

/// The API method of a logged KSC request (`HostGroup.FindHosts`), or `METHOD /path` for other requests.
pub fn ksc_method(r: &Value) -> String {
    let path = r["path"].as_str().unwrap_or("");
    match path.strip_prefix("/api/v1.0/") {
        Some(m) => m.to_owned(),
        None => format!("{} {path}", r["method"].as_str().unwrap_or("")),
    }
}

/// The methods a KSC simulator was asked for, in order.
pub fn ksc_methods(sim: &Sim) -> Vec<String> {
    sim.requests().iter().map(ksc_method).collect()
}

/// A header of a logged request (names are logged lower-case).
pub fn header<'a>(r: &'a Value, name: &str) -> Option<&'a str> {
    r["headers"][name].as_str()
}

/// The JSON body of a logged request.
pub fn body_json(r: &Value) -> Value {
    let b = r["body"].as_str().unwrap_or("");
    if b.is_empty() {
        return Value::Null;
    }
    serde_json::from_str(b).unwrap_or_else(|e| panic!("{e}: {b}"))
}

/// Whether python3 can import `modules` (none: python3 itself), for the tests that take Python as their oracle
/// or their terminal. Without it a test is skipped, saying why on stderr (`cargo test -- --nocapture` shows
/// it); with `CI=true` it fails instead: CI never skips.
pub fn python_with(modules: &[&str], test: &str) -> bool {
    let import = if modules.is_empty() {
        "pass".to_owned()
    } else {
        format!("import {}", modules.join(", "))
    };
    let ok = Command::new("python3")
        .args(["-c", &import])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        return true;
    }
    let what = match modules {
        [] => "python3".to_owned(),
        _ => {
            // The import name of python-can is `can`.
            let names: Vec<&str> = modules
                .iter()
                .map(|m| if *m == "can" { "python-can" } else { m })
                .collect();
            format!("python3 with {}", names.join(" and "))
        }
    };
    let why = format!(
        "{test}: needs {what}, which is missing (`bash .ci/run` installs python-can and cantools)"
    );
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{why}; CI=true never skips"
    );
    // Straight to the process's stderr: the test harness captures eprintln!, and a skip must be seen.
    let _ = writeln!(std::io::stderr(), "skipped {why}");
    false
}

/// Skip the test (saying why) unless python3 imports these modules; fail instead under `CI=true`.
#[macro_export]
macro_rules! require_python {
    ($($module:literal),*) => {
        if !$crate::support::python_with(&[$($module),*], concat!(module_path!(), ":", line!())) {
            return;
        }
    };
}

/// A test database of tests/data/dbc.
pub fn dbc(name: &str) -> String {
    format!("{}/tests/data/dbc/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Writes `text` to NAME in the test's directory; its path.
pub fn write(env: &Env, name: &str, text: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_owned()
}
