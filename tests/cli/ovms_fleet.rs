//! `ovms vehicles --status` (bounded parallel fetches, one shared re-login, failures per row), `ovms protocol`,
//! `ovms history` and `ovms watch`, against `fieldctl sim ovms`.

use serde_json::Value;

use crate::support::*;

fn sim(extra: &[&str]) -> (Env, Sim) {
    let mut env = Env::new();
    let sim = Sim::start(&env, "ovms", extra);
    env.ovms_account(&sim.addr, "demo");
    (env, sim)
}

fn count(calls: &[String], call: &str) -> usize {
    calls.iter().filter(|c| *c == call).count()
}

#[test]
fn ovms_fleet_status_rows_in_list_order_paranoid_and_empty_cars_are_notes() {
    let (env, sim) = sim(&[]);
    let out = env.ovms(&["vehicles", "--status", "-o", "json"]);
    // DEMO4 is paranoid (502) and DEMO3 has sent nothing: their rows say so, and neither is a failure
    assert_code(&out, 0);
    assert_eq!(out.stderr, "");
    let rows = json_of(&out);
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["vehicle"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["DEMO1", "DEMO2", "DEMO3", "DEMO4"]);
    assert!(rows[0].get("id").is_none(), "the key is `vehicle`");
    // whole values are integers, as `ovms status` prints them
    assert!(
        out.stdout.contains("\"soc\": 85,") && out.stdout.contains("\"range_estimated\": 290,"),
        "{out:?}"
    );
    let r = &rows[0];
    assert_eq!(r["soc"], 85);
    assert_eq!(r["range_estimated"], 290);
    assert_eq!(r["range_ideal"], 312.5);
    assert_eq!(r["distance_unit"], "km");
    assert_eq!(
        (&r["charging"], &r["locked"], &r["car_connected"]),
        (&Value::Bool(true), &Value::Bool(true), &Value::Bool(true))
    );
    assert!(r["data_age"].as_u64().unwrap() >= 40, "{r}");
    assert_eq!(r["note"], Value::Null);
    assert_eq!(rows[1]["distance_unit"], "mi");
    assert_eq!(rows[1]["car_connected"], false);
    // a car with no data is a note, not a failure
    assert_eq!(rows[2]["soc"], Value::Null);
    assert!(
        rows[2]["note"].as_str().unwrap().contains("no data"),
        "{}",
        rows[2]
    );
    assert!(
        rows[3]["note"].as_str().unwrap().contains("paranoid"),
        "{}",
        rows[3]
    );
    let calls = sent(&sim);
    assert_eq!(count(&calls, "GET /api/cookie"), 1, "{calls:?}");
    assert_eq!(count(&calls, "GET /api/vehicles"), 1, "{calls:?}");
    for id in ["DEMO1", "DEMO2", "DEMO3", "DEMO4"] {
        assert_eq!(
            count(&calls, &format!("GET /api/status/{id}")),
            1,
            "{calls:?}"
        );
    }
    // the table prints the same rows
    let out = env.ovms(&["vehicles", "--status"]);
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(
        lines[0].contains("VEHICLE") && lines[0].contains("NOTE"),
        "{out:?}"
    );
    assert!(
        lines[4].contains("DEMO4") && lines[4].contains("paranoid"),
        "{out:?}"
    );
    // booleans read yes/no in a table (JSON above keeps true/false)
    assert!(
        lines[1].contains("DEMO1") && lines[1].contains(" yes ") && !lines[1].contains("true"),
        "{out:?}"
    );
    assert!(
        lines[0].contains("SOC %") && lines[0].contains("DISTANCE UNIT"),
        "{out:?}"
    );
}

/// An old (v2) server answers a paranoid car with 404 and the server's text: the same note, still exit 0.
#[test]
fn ovms_fleet_a_paranoid_car_on_a_v2_server_is_a_note() {
    let (env, sim) = sim(&["--v2"]);
    let out = env.ovms(&["vehicles", "--status", "-o", "ndjson"]);
    assert_code(&out, 0);
    assert_eq!(out.stderr, "");
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows[3]["vehicle"], "DEMO4");
    assert_eq!(rows[3]["note"], "paranoid: data end-to-end encrypted");
    assert_eq!(rows[0]["soc"], 85);
    let reqs = sim.requests();
    let demo4 = reqs
        .iter()
        .find(|r| r["path"] == "/api/status/DEMO4")
        .unwrap();
    assert_eq!(demo4["status"], 404, "{demo4}");
}

/// A vehicle the server fails for (404 `not found`: its handler crashed) keeps its row; the run is exit 3.
#[test]
fn ovms_fleet_a_failed_vehicle_keeps_its_row_and_sets_the_exit_code() {
    // the simulator cannot make one vehicle fail alone: a raw peer lists two vehicles and fails one
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for stream in listener.incoming() {
            let mut s = stream.unwrap();
            let mut buf = [0u8; 4096];
            let n = s.read(&mut buf).unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).into_owned();
            let path = head.split(' ').nth(1).unwrap_or("").to_owned();
            let (status, ctype, extra, body) = if path.starts_with("/api/cookie") {
                (
                    "200 OK",
                    "text/plain",
                    "Set-Cookie: ovmsapisession=S1\r\n",
                    "Login ok\n".to_owned(),
                )
            } else if path == "/api/vehicles" {
                ("200 OK", "application/json", "", r#"[{"id":"BAD","v_apps_connected":0,"v_btcs_connected":0,"v_net_connected":1},{"id":"GOOD","v_apps_connected":0,"v_btcs_connected":0,"v_net_connected":1}]"#.to_owned() + "\n")
            } else if path == "/api/status/GOOD" {
                (
                    "200 OK",
                    "application/json",
                    "",
                    r#"{"soc":"50","units":"K","m_msgage_s":5}"#.to_owned() + "\n",
                )
            } else {
                ("404 Not Found", "text/plain", "", "not found\n".to_owned())
            };
            let _ = write!(
                s,
                "HTTP/1.0 {status}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    let mut env = Env::new();
    env.set("FIELDCTL_OVMS_SERVER", &format!("http://{addr}"));
    env.set("FIELDCTL_OVMS_USERNAME", "demo");
    env.set("FIELDCTL_OVMS_PASSWORD", "demo");
    let out = env.ovms(&["vehicles", "--status", "-o", "ndjson"]);
    assert_fails(&out, 3, "BAD could not be read (1 of 2 vehicles)");
    assert!(out.stderr.contains("server error"), "{out:?}");
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows[0]["vehicle"], "BAD");
    assert_eq!(rows[0]["note"], "server error (404)");
    assert_eq!(
        (&rows[1]["vehicle"], &rows[1]["soc"]),
        (&Value::from("GOOD"), &Value::from(50))
    );
}

#[test]
fn ovms_fleet_stops_asking_after_the_rate_limit() {
    // a burst of 3: the login, the list and DEMO1's status; DEMO2's call is answered 429, and then nothing more
    // is asked for (the public server holds each 429 for 20 s)
    let (env, sim) = sim(&["--rate-limit", "3,0", "--rate-hold", "0.1"]);
    let out = env.ovms(&["vehicles", "--status", "--parallel", "1", "-o", "csv"]);
    assert_fails(
        &out,
        8,
        "DEMO2 could not be read (1 of 4 vehicles); 2 not fetched",
    );
    assert!(out.stderr.contains("lower --parallel"), "{out:?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "vehicle,car_connected,soc,range_estimated,range_ideal,distance_unit,charging,locked,data_age,note"
    );
    assert!(
        lines[1].starts_with("DEMO1,true,85,290,312.5,km,true,true,"),
        "{out:?}"
    );
    assert!(
        lines[2].starts_with("DEMO2,") && lines[2].ends_with("rate limited (429)"),
        "{out:?}"
    );
    for (line, id) in lines[3..].iter().zip(["DEMO3", "DEMO4"]) {
        assert!(
            line.starts_with(id) && line.ends_with(",not fetched: rate limited"),
            "{out:?}"
        );
    }
    assert_eq!(lines.len(), 5, "{out:?}");
    let calls = sent(&sim);
    assert_eq!(
        calls,
        [
            "GET /api/cookie",
            "GET /api/vehicles",
            "GET /api/status/DEMO1",
            "GET /api/status/DEMO2"
        ]
    );
}

#[test]
fn ovms_fleet_sends_nothing_after_a_429_beyond_the_calls_in_flight() {
    // 4 in flight, a burst of 4 (login, list, two statuses): the rest of the first wave is held 0.1 s and
    // refused; without the stop every one of the 12 vehicles would be asked and refused
    let (env, sim) = sim(&["--fleet", "12", "--rate-limit", "4,0", "--rate-hold", "0.1"]);
    let out = env.ovms(&["vehicles", "--status", "--parallel", "4", "-o", "ndjson"]);
    assert_fails(&out, 8, "not fetched");
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 12, "every vehicle keeps its row");
    let reqs = sim.requests();
    let statuses: Vec<&Value> = reqs
        .iter()
        .filter(|r| r["path"].as_str().unwrap().starts_with("/api/status/"))
        .collect();
    let refused = statuses.iter().filter(|r| r["status"] == 429).count();
    assert!(refused >= 1, "{statuses:?}");
    // the calls in flight when the first 429 came: at most the other 3 workers' (and the worker that got it
    // asks for nothing more)
    assert!(statuses.len() <= 2 + 4, "{} status calls", statuses.len());
    let not_fetched = rows
        .iter()
        .filter(|r| r["note"] == "not fetched: rate limited")
        .count();
    assert_eq!(not_fetched, 12 - statuses.len(), "{rows:?}");
    assert!(rows[rows.len() - 1]["soc"].is_null());
}

/// The largest number of requests the simulator was handling at once: each logged request (logged when its
/// answer is ready, after `--latency`) was in the server during [time - latency, time].
fn max_in_flight(sim: &Sim, latency: f64, path_prefix: &str) -> usize {
    let mut edges: Vec<(f64, i32)> = Vec::new();
    for r in sim.requests() {
        if !r["path"].as_str().unwrap().starts_with(path_prefix) {
            continue;
        }
        let end = r["time"].as_f64().unwrap();
        // a hair shorter: a request sent when another's answer arrived does not overlap it
        edges.push((end - latency + 0.002, 1));
        edges.push((end, -1));
    }
    edges.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
    let (mut now, mut max) = (0, 0);
    for (_, d) in edges {
        now += d;
        max = max.max(now);
    }
    max as usize
}

#[test]
fn ovms_fleet_parallel_bounds_the_requests_in_flight() {
    let (env, sim) = sim(&["--fleet", "12", "--latency", "150"]);
    let out = env.ovms(&["vehicles", "--status", "--parallel", "2", "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 12);
    let ids: Vec<String> = rows
        .iter()
        .map(|r| r["vehicle"].as_str().unwrap().to_owned())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "rows in the order of /api/vehicles");
    assert_eq!(
        sim.requests()
            .iter()
            .filter(|r| r["path"].as_str().unwrap().starts_with("/api/status/"))
            .count(),
        12
    );
    assert_eq!(max_in_flight(&sim, 0.150, "/api/status/"), 2);

    // the measure can fail: with --parallel 6 the server sees more than 2 at once
    let (env, sim) = self::sim(&["--fleet", "12", "--latency", "150"]);
    assert_code(
        &env.ovms(&["vehicles", "--status", "--parallel", "6", "-o", "ndjson"]),
        0,
    );
    let seen = max_in_flight(&sim, 0.150, "/api/status/");
    assert!(seen > 2 && seen <= 6, "{seen} in flight");
}

#[test]
fn ovms_fleet_threads_log_in_again_once_when_the_session_expires() {
    // 48 vehicles, 4 at a time, 250 ms each: the workers run at least 3 s after a login at 0 s, so the
    // 3 s session expires under them; a second expiry would need 3 s more.
    let (env, sim) = sim(&["--fleet", "48", "--latency", "250", "--session-ttl", "3"]);
    let out = env.ovms(&["vehicles", "--status", "--parallel", "4", "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 48);
    assert!(
        rows.iter()
            .all(|r| r["note"].is_null() && r["soc"].is_number()),
        "{}",
        out.stdout
    );
    let requests = sim.requests();
    let logins = requests
        .iter()
        .filter(|r| r["method"] == "GET" && r["path"] == "/api/cookie")
        .count();
    let refused = requests.iter().filter(|r| r["status"] == 401).count();
    assert_eq!(
        logins,
        2,
        "one login, one shared re-login: {:?}",
        sent(&sim)
    );
    assert!(refused >= 2, "several threads got the 401 ({refused})");
    // every status call answered 200 in the end, each vehicle once
    let ok = requests
        .iter()
        .filter(|r| r["path"].as_str().unwrap().starts_with("/api/status/") && r["status"] == 200)
        .count();
    assert_eq!(ok, 48);
}

#[test]
fn ovms_protocol_records_typed() {
    let (env, sim) = sim(&[]);
    let out = env.ovms(&["protocol", "DEMO1", "-o", "json"]);
    assert_code(&out, 0);
    let rows = json_of(&out);
    let codes: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["F", "S", "D", "L", "W"]);
    let s = &rows[1];
    assert!(
        s["message"].as_str().unwrap().starts_with("85,K,230,"),
        "{s}"
    );
    assert_eq!(s["paranoid"], false);
    assert_eq!(s["ptoken"], Value::Null);
    let t = s["time"].as_str().unwrap();
    assert!(
        t.len() == 20 && t.ends_with('Z') && &t[10..11] == "T",
        "{t}"
    );
    let out = env.ovms(&["protocol", "DEMO4", "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(
        (&rows[0]["paranoid"], &rows[0]["ptoken"]),
        (&Value::Bool(true), &Value::from("Pt0kEn"))
    );
    // a car that sent nothing: no rows, a note
    let out = env.ovms(&["protocol", "DEMO3", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "[]\n");
    assert!(out.stderr.contains("DEMO3 has sent no messages"), "{out:?}");
    let calls = sent(&sim);
    assert!(
        calls.ends_with(&[
            "GET /api/protocol/DEMO1".into(),
            "GET /api/protocol/DEMO4".into(),
            "GET /api/protocol/DEMO3".into()
        ]),
        "{calls:?}"
    );
    assert_fails(
        &env.ovms(&["protocol", "NOPE"]),
        5,
        "no vehicle NOPE on this account",
    );
}

#[test]
fn ovms_history_summary_types_the_servers_strings() {
    let (env, sim) = sim(&[]);
    let out = env.ovms(&["history", "DEMO1", "-o", "json"]);
    assert_code(&out, 0);
    let rows = json_of(&out);
    assert_eq!(rows[0]["type"], "*-LOG-Trip");
    assert_eq!(rows[0]["distinct_records"], 1);
    assert_eq!(rows[0]["total_records"], 2);
    assert!(
        rows[0]["total_size"].is_u64(),
        "a number, though the server sends text: {}",
        rows[0]
    );
    assert_eq!(rows[0]["first"], "2026-01-10T08:00:00Z");
    assert_eq!(rows[0]["last"], "2026-01-11T17:30:00Z");
    assert_eq!(rows[1]["type"], "*-OVM-Utilisation");
    let last = sim.requests().pop().unwrap();
    assert_eq!(last["path"], "/api/historical/DEMO1");
    assert_eq!(last["raw_query"], "");
    // no records: an empty list and a note
    let out = env.ovms(&["history", "DEMO3", "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "type,distinct_records,total_records,total_size,first,last\r\n"
    );
}

const RECORDS: &str = r#"
[[users]]
name = "demo"
password = "demo"
[[vehicles]]
id = "CAR1"
owner = "demo"
[[vehicles.history]]
type = "*-LOG-Trip"
time = "2026-11-30 10:00:00"
number = 0
data = "12.5,1.9,45"
[[vehicles.history]]
type = "*-LOG-Trip"
time = "2026-11-30 11:00:00"
number = 1
data = "7"
[[vehicles.history]]
type = "*-LOG-Trip"
time = "2026-11-30 12:00:00"
number = 2
data = "1,\"2\",3,4"
"#;

fn records_sim() -> (Env, Sim) {
    let mut env = Env::new();
    let path = env.path("records.toml");
    std::fs::write(&path, RECORDS).unwrap();
    let sim = Sim::start(&env, "ovms", &["--scenario", path.to_str().unwrap()]);
    env.ovms_account(&sim.addr, "demo");
    (env, sim)
}

#[test]
fn ovms_history_records_csv_has_a_cell_per_value() {
    let (env, sim) = records_sim();
    let out = env.ovms(&["history", "CAR1", "*-LOG-Trip", "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "time,number,data1,data2,data3,data4\r\n\
         2026-11-30T10:00:00Z,0,12.5,1.9,45,\r\n\
         2026-11-30T11:00:00Z,1,7,,,\r\n\
         2026-11-30T12:00:00Z,2,1,2,3,4\r\n"
    );
    let last = sim.requests().pop().unwrap();
    assert_eq!(
        last["path"], "/api/historical/CAR1/%2A-LOG-Trip",
        "`*` encoded, no trailing slash"
    );
    // other formats keep the record as one string
    let out = env.ovms(&["history", "CAR1", "*-LOG-Trip", "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(
        rows[0],
        serde_json::json!({"time": "2026-11-30T10:00:00Z", "number": 0, "data": "12.5,1.9,45"})
    );
}

#[test]
fn ovms_history_since_is_sent_in_the_servers_form() {
    let (env, sim) = records_sim();
    // RFC 3339 with an offset: 11:30+01:00 is 10:30 UTC, so the 11:00 and 12:00 records
    let out = env.ovms(&[
        "history",
        "CAR1",
        "*-LOG-Trip",
        "--since",
        "2026-11-30T11:30:00+01:00",
        "-o",
        "ndjson",
    ]);
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 2, "{out:?}");
    let last = sim.requests().pop().unwrap();
    assert_eq!(param(&last, "since"), Some("2026-11-30 10:30:00"));
    assert_eq!(last["raw_query"], "since=2026-11-30%2010:30:00");
    // the server's own form passes as it is; an age becomes a UTC time
    assert_code(
        &env.ovms(&["history", "CAR1", "--since", "2026-11-30 11:00:00"]),
        0,
    );
    assert_eq!(
        param(&sim.requests().pop().unwrap(), "since"),
        Some("2026-11-30 11:00:00")
    );
    assert_code(&env.ovms(&["history", "CAR1", "--since", "3d"]), 0);
    let sent = param(&sim.requests().pop().unwrap(), "since")
        .unwrap()
        .to_owned();
    assert!(
        sent.len() == 19 && &sent[10..11] == " " && sent.as_str() > "2026-",
        "{sent}"
    );
    // a bad TIME is exit 2 before any request
    let before = sim.requests().len();
    for bad in [
        "yesterday",
        "2026-11-30 10:00",
        "2026-11-30T10:00:00+1",
        "5x",
    ] {
        assert_fails(
            &env.ovms(&["history", "CAR1", "--since", bad]),
            2,
            "not a time",
        );
    }
    assert_eq!(sim.requests().len(), before);
}

#[test]
fn ovms_history_words_vehicle_then_type() {
    let (mut env, sim) = records_sim();
    env.set("FIELDCTL_OVMS_VEHICLE", "CAR1");
    // one word starting with `*-` is the TYPE, for the default vehicle
    let out = env.ovms(&["history", "*-LOG-Trip", "-o", "ndjson"]);
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 3);
    assert_eq!(
        sim.requests().pop().unwrap()["path"],
        "/api/historical/CAR1/%2A-LOG-Trip"
    );
    // any other single word is the VEHICLE
    assert_code(&env.ovms(&["history", "CAR1"]), 0);
    assert_eq!(
        sim.requests().pop().unwrap()["path"],
        "/api/historical/CAR1"
    );
    let before = sim.requests().len();
    assert_fails(
        &env.ovms(&["history", "*-LOG-Trip", "CAR1"]),
        2,
        "the VEHICLE comes before the TYPE",
    );
    assert_fails(&env.ovms(&["history", "*-A", "*-B"]), 2, "two record types");
    assert_eq!(sim.requests().len(), before);
    // a type written without `*-` is taken as a vehicle: the error says how to write it
    let out = env.ovms(&["history", "LOG-Trip"]);
    assert_fails(&out, 5, "no vehicle LOG-Trip on this account");
    assert!(out.stderr.contains("'*-LOG-Trip'"), "{out:?}");
}

#[test]
fn ovms_watch_prints_changes_and_ctrl_c_disconnects_with_exit_0() {
    let (env, sim) = sim(&[]);
    let file = env.path("watch.out");
    let child = env
        .command(&[
            "ovms",
            "watch",
            "DEMO1",
            "--interval",
            "0.2",
            "--fields",
            "soc,status_time,range_estimated",
            "-o",
            "ndjson",
        ])
        .stdout(std::fs::File::create(&file).unwrap())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // the connected car sends a fresh status 1.5 s after GET /api/vehicle: a second line
    let out = signal_when(
        child,
        "two changes",
        || {
            std::fs::read_to_string(&file)
                .unwrap_or_default()
                .lines()
                .count()
                >= 2
        },
        "INT",
    );
    assert_code(&out, 0);
    let lines = ndjson_of(&read(&file));
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["vehicle"], "DEMO1");
    assert_eq!(lines[0]["soc"], 85);
    assert_eq!(lines[0]["range_estimated"], 290);
    assert_eq!(lines[0]["distance_unit"], "km");
    let (old, new) = (
        lines[0]["status_time"].as_str().unwrap(),
        lines[1]["status_time"].as_str().unwrap(),
    );
    assert!(new > old, "{old} → {new}");
    // only what changed
    let raw = read(&file);
    let second = raw.lines().nth(1).unwrap();
    assert!(second.starts_with(r#"{"time":""#), "time first: {second}");
    let keys: Vec<&String> = lines[1].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["status_time", "time", "vehicle"]);
    assert!(
        raw.lines()
            .next()
            .unwrap()
            .contains(r#""vehicle":"DEMO1","soc":85,"status_time":"#),
        "fields in the order asked: {raw}"
    );
    let calls = sent(&sim);
    assert_eq!(
        calls[..3],
        [
            "GET /api/cookie",
            "GET /api/vehicle/DEMO1",
            "GET /api/status/DEMO1"
        ],
        "{calls:?}"
    );
    assert_eq!(
        calls.last().unwrap(),
        "DELETE /api/vehicle/DEMO1",
        "{calls:?}"
    );
    assert_eq!(count(&calls, "GET /api/vehicle/DEMO1"), 1, "{calls:?}");
    assert!(
        calls
            .iter()
            .all(|c| !c.contains("/api/charge") && !c.contains("/api/location")),
        "only the endpoints the fields need: {calls:?}"
    );
}

#[test]
fn ovms_watch_table_lines_and_no_connect() {
    let (env, sim) = sim(&[]);
    let out = watch_until(
        &env,
        &sim,
        &[
            "ovms",
            "watch",
            "DEMO2",
            "--interval",
            "0.1",
            "--no-connect",
            "--fields",
            "soc,range_estimated,charging,car_connected",
        ],
        "/api/status/DEMO2",
        3,
    );
    assert_code(&out, 0);
    // nothing changes on an offline car: one line, the first poll's
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{out:?}");
    assert!(
        lines[0]
            .contains("  DEMO2  soc=42 %  range_estimated=90 mi  charging=no  car_connected=no"),
        "{out:?}"
    );
    let calls = sent(&sim);
    assert!(
        calls.iter().all(|c| !c.contains("/api/vehicle/")),
        "{calls:?}"
    );
    assert!(
        calls.contains(&"GET /api/vehicles".to_owned()),
        "car_connected needs /api/vehicles: {calls:?}"
    );
}

#[test]
fn ovms_watch_refuses_unknown_fields_and_bad_intervals() {
    let (env, sim) = sim(&[]);
    let out = env.ovms(&["watch", "DEMO1", "--fields", "soc,bogus"]);
    assert_fails(&out, 2, "unknown field bogus");
    assert!(
        out.stderr
            .contains("soc, range_estimated, range_ideal, charging"),
        "lists the valid ones: {out:?}"
    );
    // an empty --fields (a script's empty variable) must not watch the defaults forever
    for empty in ["", ",", " , "] {
        assert_fails(
            &env.ovms(&["watch", "DEMO1", "--fields", empty]),
            2,
            "--fields: no field named",
        );
    }
    for bad in ["--interval=0", "--interval=-1", "--interval=nan"] {
        assert_fails(&env.ovms(&["watch", "DEMO1", bad]), 2, "--interval");
    }
    assert!(sim.requests().is_empty());
    // a watch of an unknown vehicle ends at once with its exit code
    assert_fails(
        &env.ovms(&["watch", "NOPE", "--interval", "0.1"]),
        5,
        "no vehicle NOPE",
    );
}

#[test]
fn ovms_watch_names_no_unit_the_car_did_not_send() {
    let mut env = Env::new();
    let scenario = env.path("nounits.toml");
    std::fs::write(
        &scenario,
        r#"
[[users]]
name = "demo"
password = "demo"
[[vehicles]]
id = "NOUNITS"
owner = "demo"
[vehicles.S]
soc = "50"
estimatedrange = "100"
"#,
    )
    .unwrap();
    let sim = Sim::start(&env, "ovms", &["--scenario", scenario.to_str().unwrap()]);
    env.ovms_account(&sim.addr, "demo");
    let out = watch_until(
        &env,
        &sim,
        &[
            "ovms",
            "watch",
            "NOUNITS",
            "--interval",
            "0.1",
            "--no-connect",
            "--fields",
            "soc,range_estimated",
        ],
        "/api/status/NOUNITS",
        2,
    );
    assert_code(&out, 0);
    assert!(
        out.stdout
            .trim_end()
            .ends_with("  NOUNITS  soc=50 %  range_estimated=100"),
        "no guessed km: {out:?}"
    );
    assert!(
        sim.requests()
            .iter()
            .all(|r| r["path"] != "/api/vehicle/NOUNITS")
    );
}

/// CSV rows carry the car's distance unit when a distance or speed is watched (a spreadsheet has no other way
/// to tell miles from km).
#[test]
fn ovms_watch_csv_names_the_distance_unit() {
    let (env, sim) = sim(&[]);
    let out = watch_until(
        &env,
        &sim,
        &[
            "ovms",
            "watch",
            "DEMO2",
            "--interval",
            "0.1",
            "--no-connect",
            "--fields",
            "soc,range_estimated",
            "-o",
            "csv",
        ],
        "/api/status/DEMO2",
        2,
    );
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0], "time,vehicle,soc,range_estimated,distance_unit",
        "{out:?}"
    );
    assert!(lines[1].ends_with(",DEMO2,42,90,mi"), "{out:?}");
    // soc alone: no distance, no unit column
    let out = watch_until(
        &env,
        &sim,
        &[
            "ovms",
            "watch",
            "DEMO2",
            "--interval",
            "0.1",
            "--no-connect",
            "--fields",
            "soc",
            "-o",
            "csv",
        ],
        "/api/status/DEMO2",
        1,
    );
    assert_eq!(
        out.stdout.lines().next(),
        Some("time,vehicle,soc"),
        "{out:?}"
    );
}

/// Run a watch (ARGS) until the simulator has answered POLLS requests to PATH since it started, then Ctrl-C.
fn watch_until(env: &Env, sim: &Sim, args: &[&str], path: &str, polls: usize) -> Output {
    let before = sim.requests().len();
    let child = env.spawn(args);
    signal_when(
        child,
        "the watch to poll",
        || {
            sim.requests()[before..]
                .iter()
                .filter(|r| r["path"] == path)
                .count()
                >= polls
        },
        "INT",
    )
}
