//! `ovms history` and `ovms protocol` read the server's list as it arrives (rows print before the list ends,
//! no --max-response-bytes bound), log in again once when the session is refused mid-run, and `-o csv` has a
//! cell per value; against `fieldctl sim ovms` and, for what the simulator cannot do (a list sent slowly, a
//! refused session, a broken list), a raw peer.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::support::*;

/// A simulator whose CAR1 has `records` (TOML `[[vehicles.history]]` tables).
fn sim_with(records: &str) -> (Env, Sim) {
    let mut env = Env::new();
    let path = env.path("history.toml");
    let scenario = format!(
        "[[users]]\nname = \"demo\"\npassword = \"demo\"\n[[vehicles]]\nid = \"CAR1\"\nowner = \"demo\"\n{records}"
    );
    std::fs::write(&path, scenario).unwrap();
    let sim = Sim::start(&env, "ovms", &["--scenario", path.to_str().unwrap()]);
    env.ovms_account(&sim.addr, "demo");
    (env, sim)
}

fn record(n: usize, data: &str) -> String {
    format!(
        "[[vehicles.history]]\ntype = \"*-LOG-Trip\"\ntime = \"2026-01-{:02} {:02}:{:02}:00\"\nnumber = {n}\ndata = {data:?}\n",
        1 + n / 1440,
        n / 60 % 24,
        n % 60
    )
}

/// The request heads a raw peer was sent, in order.
type Heads = Arc<Mutex<Vec<String>>>;

/// A raw HTTP/1.0 peer: `answer(nth request, head, stream)` writes each connection's whole answer.
fn peer(answer: impl Fn(usize, &str, &mut TcpStream) + Send + 'static) -> (String, Heads) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let heads = Heads::default();
    let log = heads.clone();
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().enumerate() {
            let mut s = stream.unwrap();
            let mut head = Vec::new();
            let mut buf = [0u8; 4096];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match s.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(k) => head.extend_from_slice(&buf[..k]),
                }
            }
            let head = String::from_utf8_lossy(&head).into_owned();
            log.lock().unwrap().push(head.clone());
            answer(n, &head, &mut s);
        }
    });
    (addr, heads)
}

fn path_of(head: &str) -> &str {
    head.split(' ').nth(1).unwrap_or("")
}

fn send(s: &mut TcpStream, status: &str, extra: &str, body: &str) {
    let _ = write!(
        s,
        "HTTP/1.0 {status}\r\nContent-Type: text/plain\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

/// The cookie login every raw peer answers the same way: session `S<n>` for the nth request.
fn login(n: usize, s: &mut TcpStream) {
    send(
        s,
        "200 OK",
        &format!("Set-Cookie: ovmsapisession=S{n}\r\n"),
        "Login ok\n",
    );
}

const TRIP: &str =
    r#"{"h_timestamp":"2026-01-10 08:00:00","h_recordnumber":0,"h_data":"12.5,1.9,45"}"#;

/// The first row is printed while the server has sent only the list's first element: the peer holds the
/// rest back until the test has seen that row (a client reading the whole body first never prints it).
#[test]
fn ovms_history_prints_each_record_as_it_arrives() {
    let (more_tx, more_rx) = mpsc::channel::<()>();
    let more_rx = Mutex::new(more_rx);
    let (addr, heads) = peer(move |n, head, s| {
        if path_of(head).starts_with("/api/cookie") {
            return login(n, s);
        }
        // close-delimited, as the real server's HTTP/1.0 answers may be: no Content-Length
        let _ = write!(
            s,
            "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[{TRIP},"
        );
        let _ = s.flush();
        // the rest only once the test saw the first row (or gave up)
        let _ = more_rx
            .lock()
            .unwrap()
            .recv_timeout(std::time::Duration::from_secs(15));
        let rest = (1..3)
            .map(|i| {
                format!(
                    r#"{{"h_timestamp":"2026-01-10 09:00:0{i}","h_recordnumber":{i},"h_data":"{i}"}}"#
                )
            })
            .collect::<Vec<_>>()
            .join(",");
        let _ = writeln!(s, "{rest}]");
    });
    let mut env = Env::new();
    env.ovms_account(&addr, "demo");
    let mut child = env
        .command(&["ovms", "history", "CAR1", "*-LOG-Trip", "-o", "ndjson"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = collect(child.stdout.take().unwrap());
    wait_for("the first row before the list ends", || {
        stdout.lock().unwrap().lines().count() == 1
    });
    more_tx.send(()).unwrap();
    let out = finish(child);
    assert_code(&out, 0);
    let rows = ndjson_of(&stdout.lock().unwrap());
    assert_eq!(
        rows[0],
        serde_json::json!({"time": "2026-01-10T08:00:00Z", "number": 0, "data": "12.5,1.9,45"})
    );
    let numbers: Vec<i64> = rows.iter().map(|r| r["number"].as_i64().unwrap()).collect();
    assert_eq!(numbers, [0, 1, 2]);
    let heads = heads.lock().unwrap();
    assert_eq!(path_of(&heads[1]), "/api/historical/CAR1/%2A-LOG-Trip");
    assert!(heads[1].contains("ovmsapisession=S0"), "{heads:?}");
}

/// Thousands of records whose list is far larger than --max-response-bytes: every one printed, in order,
/// in each format; the same body fetched whole (`ovms raw`) is refused by that limit.
#[test]
fn ovms_history_large_lists_are_not_bound_by_max_response_bytes() {
    let n = 3000;
    let records: String = (0..n).map(|i| record(i, &format!("{i},1.5,x"))).collect();
    let (env, sim) = sim_with(&records);
    let limit = ["--max-response-bytes", "4096"];
    let mut args = vec!["history", "CAR1", "*-LOG-Trip", "-o", "ndjson"];
    args.extend(limit);
    let out = env.ovms(&args);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), n);
    assert!(
        rows.iter()
            .enumerate()
            .all(|(i, r)| r["number"] == i && r["data"] == format!("{i},1.5,x")),
        "records out of order or changed"
    );
    assert_eq!(rows[61]["time"], "2026-01-01T01:01:00Z");
    // JSON: one array
    let mut args = vec!["history", "CAR1", "*-LOG-Trip", "-o", "json"];
    args.extend(limit);
    let out = env.ovms(&args);
    assert_code(&out, 0);
    let all: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(all.as_array().unwrap().len(), n);
    // CSV: a header and a line per record
    let mut args = vec!["history", "CAR1", "*-LOG-Trip", "-o", "csv"];
    args.extend(limit);
    let out = env.ovms(&args);
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.split("\r\n").collect();
    assert_eq!(lines[0], "time,number,data1,data2,data3");
    assert_eq!(lines[n], "2026-01-03T01:59:00Z,2999,2999,1.5,x");
    assert_eq!(lines.len(), n + 2, "a line per record and the last CRLF");
    // the list really is larger than the limit: fetched whole, it is refused
    let mut args = vec!["raw", "GET", "/api/historical/CAR1/%2A-LOG-Trip"];
    args.extend(limit);
    assert_fails(&env.ovms(&args), 9, "larger than the limit of 4096 bytes");
    let history: Vec<Value> = sim
        .requests()
        .into_iter()
        .filter(|r| r["path"] == "/api/historical/CAR1/%2A-LOG-Trip")
        .collect();
    assert_eq!(history.len(), 4);
    assert!(history.iter().all(|r| r["status"] == 200), "{history:?}");
}

/// `-o csv`: N (data1…dataN) is the most values of any record, even a later one; no records: `time,number`.
#[test]
fn ovms_history_csv_width_is_the_widest_record_and_no_records_have_no_data_column() {
    // A value the car quoted keeps its comma in one cell.
    let records = [
        record(0, "7"),
        record(1, ""),
        record(2, "1,\"2,5\",3 4,x\ny"),
    ]
    .concat();
    let (env, sim) = sim_with(&records);
    let out = env.ovms(&["history", "CAR1", "*-LOG-Trip", "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "time,number,data1,data2,data3,data4\r\n\
         2026-01-01T00:00:00Z,0,7,,,\r\n\
         2026-01-01T00:01:00Z,1,,,,\r\n\
         2026-01-01T00:02:00Z,2,1,\"2,5\",3 4,\"x\ny\"\r\n"
    );
    // a type without records: the header alone, without a phantom data1, and a note
    let out = env.ovms(&["history", "CAR1", "*-LOG-None", "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "time,number\r\n");
    assert!(
        out.stderr.contains("no *-LOG-None records for CAR1"),
        "{out:?}"
    );
    let out = env.ovms(&["history", "CAR1", "*-LOG-None", "-o", "json"]);
    assert_eq!((out.code, out.stdout.as_str()), (0, "[]\n"));
    let last = sim.requests().pop().unwrap();
    assert_eq!(last["path"], "/api/historical/CAR1/%2A-LOG-None");
    // A type typed without its `*-`: the note says so and names the car's types (from the summary).
    let out = env.ovms(&["history", "CAR1", "LOG-Trip"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("record types start with `*-`")
            && out.stderr.contains("CAR1 has *-LOG-Trip"),
        "{out:?}"
    );
    assert_eq!(
        sent(&sim)[sent(&sim).len() - 2..],
        [
            "GET /api/historical/CAR1/LOG-Trip",
            "GET /api/historical/CAR1"
        ]
    );
    // An age counts back from now: a negative one is refused before any request.
    let before = sim.requests().len();
    let out = env.ovms(&["history", "CAR1", "*-LOG-Trip", "--since", "-1d"]);
    assert_fails(&out, 2, "counts back from now");
    assert_eq!(sim.requests().len(), before);
}

/// A time without a zone is UTC, `T` or space; a date is midnight UTC; all sent in the server's form.
#[test]
fn ovms_history_since_without_a_zone_is_utc() {
    let records = [record(0, "a"), record(60, "b"), record(120, "c")].concat();
    let (env, sim) = sim_with(&records);
    for (given, sent, rows) in [
        ("2026-01-01T00:30:00", "2026-01-01 00:30:00", 2),
        ("2026-01-01 01:00:00", "2026-01-01 01:00:00", 1),
        ("2026-01-01T02:30:00+02:00", "2026-01-01 00:30:00", 2),
        ("2026-01-01", "2026-01-01 00:00:00", 2),
    ] {
        let out = env.ovms(&[
            "history",
            "CAR1",
            "*-LOG-Trip",
            "--since",
            given,
            "-o",
            "ndjson",
        ]);
        assert_code(&out, 0);
        assert_eq!(
            ndjson_of(&out.stdout).len(),
            rows,
            "--since {given}: {out:?}"
        );
        assert_eq!(
            param(&sim.requests().pop().unwrap(), "since"),
            Some(sent),
            "--since {given}"
        );
    }
    // the help names every form and says that a time without a zone is UTC
    let help = env.ovms(&["history", "--help"]);
    for form in [
        "YYYY-MM-DD",
        "YYYY-MM-DD HH:MM:SS",
        "a time without a zone is UTC",
        "RFC 3339",
        "90s",
        "30m",
        "2h",
        "3d",
        "1w",
        "time,number,data1..dataN",
    ] {
        assert!(help.stdout.contains(form), "{form}: {}", help.stdout);
    }
}

/// A session the server refuses while streaming (401; a v2 server's 404 `Authentication failed`): one login
/// again, and the call is repeated with the new cookie.
#[test]
fn ovms_history_logs_in_again_once_when_the_session_is_refused() {
    for refusal in ["401 Unauthorized", "404 Not Found"] {
        let (addr, heads) = peer(move |n, head, s| match (n, path_of(head)) {
            (_, p) if p.starts_with("/api/cookie") => login(n, s),
            (1, _) => send(s, refusal, "", "Authentication failed\n"),
            _ => {
                let body = format!("[{TRIP}]\n");
                let _ = write!(
                    s,
                    "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        let mut env = Env::new();
        env.ovms_account(&addr, "demo");
        let out = env.ovms(&["history", "CAR1", "*-LOG-Trip", "-o", "ndjson"]);
        assert_code(&out, 0);
        assert_eq!(ndjson_of(&out.stdout)[0]["number"], 0, "{refusal}");
        let heads = heads.lock().unwrap();
        let calls: Vec<&str> = heads.iter().map(|h| path_of(h)).collect();
        assert_eq!(calls.len(), 4, "{refusal}: {calls:?}");
        assert!(calls[0].starts_with("/api/cookie?") && calls[2].starts_with("/api/cookie?"));
        assert_eq!(calls[1], calls[3]);
        assert!(heads[1].contains("ovmsapisession=S0"), "{heads:?}");
        assert!(heads[3].contains("ovmsapisession=S2"), "{heads:?}");
    }
    // refused again after the new login: exit 4, and no third login
    let (addr, heads) = peer(|n, head, s| {
        if path_of(head).starts_with("/api/cookie") {
            login(n, s)
        } else {
            send(s, "401 Unauthorized", "", "Authentication failed\n")
        }
    });
    let mut env = Env::new();
    env.ovms_account(&addr, "demo");
    let out = env.ovms(&["protocol", "CAR1"]);
    assert_fails(&out, 4, "authentication failed");
    assert_eq!(heads.lock().unwrap().len(), 4);
}

/// Other statuses read as for every call (an unknown vehicle: 403, exit 5); a body that is not a list, or
/// breaks off, is exit 9.
#[test]
fn ovms_history_statuses_are_read_as_for_other_calls() {
    let env = {
        let mut env = Env::new();
        let sim = Sim::start(&env, "ovms", &[]);
        env.ovms_account(&sim.addr, "demo");
        let out = env.ovms(&["history", "NOPE", "*-LOG-Trip"]);
        assert_fails(&out, 5, "no vehicle NOPE on this account");
        let out = env.ovms(&["protocol", "NOPE"]);
        assert_fails(&out, 5, "no vehicle NOPE on this account");
        let last = sim.requests().pop().unwrap();
        assert_eq!(
            (last["path"].as_str(), &last["status"]),
            (Some("/api/protocol/NOPE"), &Value::from(403))
        );
        env
    };
    drop(env);
    // a list that is not one, or breaks off: exit 9; the rows before the break are printed
    let (addr, _) = peer(|n, head, s| match path_of(head) {
        p if p.starts_with("/api/cookie") => login(n, s),
        "/api/historical/OBJ" => {
            let _ = write!(s, "HTTP/1.0 200 OK\r\n\r\n{{\"a\":1}}\n");
        }
        _ => {
            let _ = write!(s, "HTTP/1.0 200 OK\r\n\r\n[{TRIP},{{\"h_ti");
        }
    });
    let mut env = Env::new();
    env.ovms_account(&addr, "demo");
    assert_fails(
        &env.ovms(&["history", "OBJ"]),
        9,
        "GET /api/historical/OBJ did not answer a list",
    );
    let out = env.ovms(&["history", "CAR1", "*-LOG-Trip", "-o", "ndjson"]);
    assert_fails(&out, 9, "is not JSON");
    assert_eq!(ndjson_of(&out.stdout).len(), 1, "{out:?}");
}

/// The README's history example prints the demo fleet's trips (its dates are 2026-01).
#[test]
fn ovms_history_readme_example_prints_the_demo_records() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let line = readme
        .lines()
        .find(|l| l.starts_with("fieldctl ovms history") && l.contains("--since"))
        .expect("a README history line with --since");
    let code = line.split(" #").next().unwrap();
    let words: Vec<String> = code
        .split_whitespace()
        .skip(1)
        .map(|w| w.trim_matches('\'').to_owned())
        .collect();
    let mut env = Env::new();
    let sim = Sim::start(&env, "ovms", &[]);
    env.ovms_account(&sim.addr, "demo");
    let args: Vec<&str> = words.iter().map(String::as_str).collect();
    let out = env.run(&args);
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("time,number,data1"), "{out:?}");
    assert!(lines.len() >= 3, "the demo's trips: {out:?}");
    assert!(lines[1].starts_with("2026-01-10T08:00:00Z,"), "{out:?}");
}
