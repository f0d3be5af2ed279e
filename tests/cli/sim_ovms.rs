//! The OVMS server simulator itself, spoken to with raw HTTP: it must behave as the real server does
//! (docs/ovms-server-notes.md), whatever our client does.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::*;

const CREDS: &str = "username=demo&password=demo";

struct Resp {
    status_line: String,
    head: String,
    body: String,
}

impl Resp {
    fn status(&self) -> u16 {
        self.status_line.split(' ').nth(1).unwrap().parse().unwrap()
    }

    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// Send one raw request and read until the server closes (it must: HTTP/1.0). A server that keeps the
/// connection open fails the test through the read timeout.
fn raw(addr: &str, request: &str) -> Resp {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text)
        .expect("the server closes the connection after its answer");
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let (status_line, head) = head.split_once("\r\n").unwrap_or((head, ""));
    Resp {
        status_line: status_line.to_owned(),
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

/// A keep-alive HTTP/1.1 request, optionally with a cookie.
fn call(addr: &str, method: &str, target: &str, cookie: Option<&str>) -> Resp {
    let cookie = cookie.map_or(String::new(), |c| format!("Cookie: ovmsapisession={c}\r\n"));
    raw(
        addr,
        &format!("{method} {target} HTTP/1.1\r\nHost: x\r\n{cookie}\r\n"),
    )
}

fn get(addr: &str, target: &str) -> Resp {
    call(addr, "GET", target, None)
}

/// GET with the demo credentials, 200 expected, JSON.
fn get_ok(addr: &str, path: &str) -> Value {
    let sep = if path.contains('?') { '&' } else { '?' };
    let r = get(addr, &format!("{path}{sep}{CREDS}"));
    assert_eq!(r.status(), 200, "{path}: {}", r.body);
    r.json()
}

fn login(addr: &str, creds: &str) -> String {
    let r = get(addr, &format!("/api/cookie?{creds}"));
    assert_eq!(r.status(), 200, "{}", r.body);
    let c = r.header("set-cookie").unwrap();
    c.strip_prefix("ovmsapisession=").unwrap().to_owned()
}

fn post_token(addr: &str, query: &str, body: &str) -> Resp {
    raw(
        addr,
        &format!(
            "POST /api/token?{query} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    )
}

fn scenario(env: &Env, text: &str) -> String {
    let path = env.path("scenario.toml");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn http_1_0_close_login_cookie_and_401() {
    let env = Env::new();
    let file = scenario(
        &env,
        r#"
[[users]]
name = "demo"
password = "demo pass+&%é"
"#,
    );
    let sim = Sim::start(&env, "ovms", &["--scenario", &file]);
    let r = get(
        &sim.addr,
        "/api/cookie?username=demo&password=demo%20pass%2B%26%25%C3%A9",
    );
    assert_eq!(r.status_line, "HTTP/1.0 200 OK");
    assert_eq!(r.header("connection").as_deref(), Some("close"));
    assert_eq!(r.header("content-type").as_deref(), Some("text/plain"));
    assert_eq!(r.body, "Login ok\n");
    let cookie = r.header("set-cookie").unwrap();
    let id = cookie.strip_prefix("ovmsapisession=").unwrap();
    assert_eq!(id.len(), 36, "a UUID, no attributes: {cookie}");
    assert!(!cookie.contains(';'), "{cookie}");
    let r = call(&sim.addr, "GET", "/api/vehicles", Some(id));
    assert_eq!((r.status(), r.body.as_str()), (200, "[]\n"));
    // wrong password, none at all, a `+` not encoded (a space), an unknown cookie
    for target in [
        "/api/vehicles?username=demo&password=nope",
        "/api/vehicles",
        "/api/vehicles?username=demo&password=demo%20pass+%26%25%C3%A9",
    ] {
        let r = get(&sim.addr, target);
        assert_eq!(
            (r.status(), r.body.as_str()),
            (401, "Authentication failed\n")
        );
        assert_eq!(r.header("content-type").as_deref(), Some("text/plain"));
    }
    let r = call(&sim.addr, "GET", "/api/vehicles", Some("NOPE"));
    assert_eq!(r.status(), 401);
    // a new login with a live cookie replaces that session
    let r = call(&sim.addr, "GET", "/api/cookie", Some(id));
    assert_eq!(r.status(), 200);
    let new = r.header("set-cookie").unwrap();
    assert_ne!(new, cookie);
    assert_eq!(
        call(&sim.addr, "GET", "/api/vehicles", Some(id)).status(),
        401
    );
    let r = call(&sim.addr, "DELETE", "/api/cookie", Some(&new[15..]));
    assert_eq!((r.status(), r.body.as_str()), (200, "Logout ok\n"));
    assert_eq!(
        call(&sim.addr, "GET", "/api/vehicles", Some(&new[15..])).status(),
        401
    );
}

#[test]
fn sessions_expire_after_login_and_drop_their_vehicle_connections() {
    let env = Env::new();
    let sim = Sim::start(&env, "ovms", &["--session-ttl", "1"]);
    let id = login(&sim.addr, CREDS);
    let started = Instant::now();
    let r = call(&sim.addr, "GET", "/api/vehicle/DEMO1", Some(&id));
    assert_eq!(r.json()["v_apps_connected"], 1, "{}", r.body);
    // used all the time, it still ends: the lifetime counts from login
    wait_for("the session to expire", || {
        call(&sim.addr, "GET", "/api/vehicles", Some(&id)).status() == 401
    });
    assert!(started.elapsed() >= Duration::from_millis(900));
    let list = get_ok(&sim.addr, "/api/vehicles");
    let demo1 = list
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["id"] == "DEMO1")
        .unwrap();
    assert_eq!(demo1["v_apps_connected"], 0, "{list}");
}

#[test]
fn tokens_from_the_form_body_with_permits_enforced() {
    let env = Env::new();
    let sim = Sim::start(&env, "ovms", &[]);
    // fields in the query are ignored
    let r = post_token(
        &sim.addr,
        &format!("{CREDS}&application=QUERY&permit=QUERY"),
        "application=cron&purpose=nightly%20soc",
    );
    assert_eq!(r.status(), 201, "{}", r.body);
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/json")
    );
    let t = r.json();
    let token = t["token"].as_str().unwrap().to_owned();
    assert_eq!(token.len(), 64);
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()), "{token}");
    assert_eq!(
        t,
        json!({"application": "cron", "owner": "demo", "permit": "auth", "purpose": "nightly soc", "token": token})
    );
    let logged = sim.requests();
    let post = logged.iter().find(|r| r["method"] == "POST").unwrap();
    assert_eq!(post["body"], "application=cron&purpose=nightly%20soc");
    // an empty body: the defaults
    let t = post_token(&sim.addr, CREDS, "").json();
    assert_eq!(
        (
            t["application"].as_str(),
            t["purpose"].as_str(),
            t["permit"].as_str()
        ),
        (Some("notspecified"), Some("notspecified"), Some("auth"))
    );
    // permit `auth`: data yes, cookie and token list no
    let tq = format!("username=demo&password={token}");
    assert_eq!(get(&sim.addr, &format!("/api/vehicles?{tq}")).status(), 200);
    for path in ["/api/cookie", "/api/token"] {
        let r = get(&sim.addr, &format!("{path}?{tq}"));
        assert_eq!(
            (r.status(), r.body.as_str()),
            (403, "Insufficient rights\n"),
            "{path}"
        );
    }
    // permit `auth,session`: the cookie login works, the token list still not
    let t2 = post_token(&sim.addr, CREDS, "permit=auth%2Csession").json()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let id = login(&sim.addr, &format!("username=demo&password={t2}"));
    assert_eq!(
        call(&sim.addr, "GET", "/api/vehicles", Some(&id)).status(),
        200
    );
    assert_eq!(
        call(&sim.addr, "GET", "/api/token", Some(&id)).status(),
        403
    );
    // the list, with its eight fields
    let list = get_ok(&sim.addr, "/api/token");
    assert_eq!(list.as_array().unwrap().len(), 3);
    let keys: Vec<&String> = list[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "application",
            "created",
            "lastused",
            "owner",
            "permit",
            "purpose",
            "refreshed",
            "token"
        ]
    );
    // delete: 200 even for an unknown token; a deleted token no longer authenticates
    let r = call(
        &sim.addr,
        "DELETE",
        &format!("/api/token/abc?{CREDS}"),
        None,
    );
    assert_eq!(
        (r.status(), r.json()),
        (200, json!({"owner": "demo", "token": "abc"}))
    );
    let r = call(
        &sim.addr,
        "DELETE",
        &format!("/api/token/{token}?{CREDS}"),
        None,
    );
    assert_eq!(r.status(), 200);
    assert_eq!(get(&sim.addr, &format!("/api/vehicles?{tq}")).status(), 401);
    let r = call(&sim.addr, "DELETE", &format!("/api/token?{CREDS}"), None);
    assert_eq!(
        (r.status(), r.body.as_str()),
        (404, "Token not specified\n")
    );
}

const VALUES: &str = r#"
[[users]]
name = "demo"
password = "demo"
[[users]]
name = "eve"
password = "eve"
[[vehicles]]
id = "CAR1"
owner = "demo"
[vehicles.S]
age = 30
raw = "85,K,,,charging"
[vehicles.D]
age = 31
charging = true
caron = true
carlocked = true
carawake = true
cp_dooropen = true
odometer = "123456"
[vehicles.L]
latitude = "51.5"
longitude = "-0.12"
[vehicles.W]
fr_pressure = "230.5"
staletpms = "1"
[[vehicles.history]]
type = "*-LOG-Trip"
time = "2026-11-30 10:00:00"
number = 2
data = "a,b"
[[vehicles.history]]
type = "*-LOG-Trip"
time = "2026-11-29 10:00:00"
number = 1
data = "c"
[[vehicles.history]]
type = "*-LOG-Grid"
time = "2026-11-30 12:00:00"
data = "g"
[[vehicles]]
id = "EMPTY"
owner = "demo"
[[vehicles]]
id = "EVE1"
owner = "eve"
[vehicles.S]
soc = "1"
"#;

#[test]
fn message_fields_are_strings_flags_bitmasks_short_messages_null() {
    let env = Env::new();
    let file = scenario(&env, VALUES);
    let sim = Sim::start(&env, "ovms", &["--scenario", &file]);
    let s = get_ok(&sim.addr, "/api/status/CAR1");
    assert_eq!(s["soc"], "85");
    assert_eq!(s["units"], "K");
    assert_eq!(s["chargestate"], "charging");
    assert_eq!(s["mode"], Value::Null, "the raw message stops before it");
    assert_eq!(s["odometer"], "123456");
    assert_eq!(s["temperature_pem"], "", "empty, a later field is filled");
    assert_eq!(s["vehicle12v"], Value::Null, "after the last filled field");
    for (flag, v) in [
        ("charging", 16),
        ("caron", 128),
        ("carlocked", 8),
        ("carawake", 2),
        ("cp_dooropen", 4),
        ("valetmode", 0),
    ] {
        assert_eq!(s[flag], v, "{flag}");
    }
    let age = s["m_msgage_s"].as_i64().expect("an integer age");
    assert!((30..40).contains(&age), "{age}");
    assert!(s["m_msgage_d"].as_i64().unwrap() >= 31);
    let t = s["m_msgtime_s"].as_str().unwrap();
    assert!(t.len() == 19 && &t[10..11] == " " && &t[4..5] == "-", "{t}");
    let c = get_ok(&sim.addr, "/api/charge/CAR1");
    assert_eq!(
        (c["linevoltage"].as_str(), c["charging"].as_i64()),
        (Some(""), Some(16))
    );
    assert!(c.get("carlocked").is_none(), "charge has no lock flag");
    let l = get_ok(&sim.addr, "/api/location/CAR1");
    assert_eq!(
        (l["latitude"].as_str(), l["direction"].clone()),
        (Some("51.5"), Value::Null)
    );
    assert!(l["m_msgage_l"].is_i64());
    let w = get_ok(&sim.addr, "/api/tpms/CAR1");
    assert_eq!(
        (w["fr_pressure"].as_str(), w["staletpms"].as_str()),
        (Some("230.5"), Some("1"))
    );
    // keys sorted, compact, one trailing newline
    let r = get(&sim.addr, &format!("/api/tpms/CAR1?{CREDS}"));
    assert!(
        r.body.starts_with("{\"fl_pressure\":\"\",") && r.body.ends_with("}\n"),
        "{}",
        r.body
    );
    // a car with no messages
    for kind in ["status", "charge", "location", "tpms"] {
        let r = get(&sim.addr, &format!("/api/{kind}/EMPTY?{CREDS}"));
        assert_eq!((r.status(), r.body.as_str()), (200, "{}\n"), "{kind}");
    }
    for kind in ["historical", "protocol"] {
        let r = get(&sim.addr, &format!("/api/{kind}/EMPTY?{CREDS}"));
        assert_eq!((r.status(), r.body.as_str()), (200, "[]\n"), "{kind}");
    }
    let p = get_ok(&sim.addr, "/api/protocol/CAR1");
    let codes: Vec<&str> = p
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["m_code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["S", "D", "L", "W"]);
    assert_eq!(
        (p[0]["m_msg"].as_str(), p[0]["m_paranoid"].as_i64()),
        (Some("85,K,,,charging"), Some(0))
    );
    // another owner's vehicle, an unknown one, none
    for path in [
        "/api/status/EVE1",
        "/api/status/NOPE",
        "/api/status",
        "/api/vehicle/EVE1",
        "/api/historical/EVE1",
    ] {
        let r = get(&sim.addr, &format!("{path}?{CREDS}"));
        assert_eq!(
            (r.status(), r.body.as_str()),
            (403, "Forbidden\n"),
            "{path}"
        );
    }
}

#[test]
fn historical_summary_records_and_since() {
    let env = Env::new();
    let file = scenario(&env, VALUES);
    let sim = Sim::start(&env, "ovms", &["--scenario", &file]);
    let sum = get_ok(&sim.addr, "/api/historical/CAR1");
    assert_eq!(
        sum,
        json!([
            {"h_recordtype": "*-LOG-Grid", "distinctrecs": 1, "totalrecs": 1, "totalsize": "35",
             "first": "2026-11-30 12:00:00", "last": "2026-11-30 12:00:00"},
            {"h_recordtype": "*-LOG-Trip", "distinctrecs": 2, "totalrecs": 2, "totalsize": "72",
             "first": "2026-11-29 10:00:00", "last": "2026-11-30 10:00:00"}
        ])
    );
    let recs = get_ok(&sim.addr, "/api/historical/CAR1/%2A-LOG-Trip");
    assert_eq!(
        recs,
        json!([
            {"h_timestamp": "2026-11-29 10:00:00", "h_recordnumber": 1, "h_data": "c"},
            {"h_timestamp": "2026-11-30 10:00:00", "h_recordnumber": 2, "h_data": "a,b"}
        ])
    );
    let recs = get_ok(
        &sim.addr,
        "/api/historical/CAR1/*-LOG-Trip?since=2026-11-29%2010:00:00",
    );
    assert_eq!(
        recs.as_array().unwrap().len(),
        1,
        "strictly after since: {recs}"
    );
    let sum = get_ok(&sim.addr, "/api/historical/CAR1?since=2026-11-30");
    assert_eq!(sum[1]["totalrecs"], 1, "{sum}");
    assert_eq!(get_ok(&sim.addr, "/api/historical/CAR1/nothing"), json!([]));
}

#[test]
fn disconnect_paranoid_stubs_and_unknown_calls() {
    let env = Env::new();
    let sim = Sim::start(&env, "ovms", &[]);
    let r = call(
        &sim.addr,
        "DELETE",
        &format!("/api/vehicle/DEMO1?{CREDS}"),
        None,
    );
    assert_eq!((r.status(), r.body.as_str()), (200, "Disconnect OK\n"));
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/json")
    );
    for kind in ["status", "charge", "location", "tpms"] {
        let r = get(&sim.addr, &format!("/api/{kind}/DEMO4?{CREDS}"));
        let want = if kind == "status" || kind == "charge" {
            502
        } else {
            200
        };
        assert_eq!(r.status(), want, "{kind}: {}", r.body);
        if want == 502 {
            assert_eq!(r.body, "Paranoid vehicles not supported by api\n");
        }
    }
    assert_eq!(get_ok(&sim.addr, "/api/protocol/DEMO4")[0]["m_paranoid"], 1);
    for (method, path) in [
        ("PUT", "charge"),
        ("DELETE", "charge"),
        ("PUT", "lock"),
        ("DELETE", "lock"),
        ("GET", "valet"),
        ("PUT", "valet"),
        ("DELETE", "valet"),
        ("GET", "features"),
        ("PUT", "features"),
        ("GET", "parameters"),
        ("PUT", "parameters"),
        ("PUT", "reset"),
        ("PUT", "homelink"),
    ] {
        let r = call(
            &sim.addr,
            method,
            &format!("/api/{path}/DEMO1?{CREDS}"),
            None,
        );
        assert_eq!(
            (r.status(), r.body.as_str()),
            (501, "Not yet implemented\n"),
            "{method} {path}"
        );
    }
    let r = get(&sim.addr, &format!("/api/lock/DEMO1?{CREDS}"));
    assert_eq!((r.status(), r.body.as_str()), (404, "not found\n"));
    // unknown calls: before authentication
    for (method, path) in [
        ("GET", "/api/nothing"),
        ("PUT", "/api/feature/DEMO1"),
        ("POST", "/api/status/DEMO1"),
        ("GET", "/api"),
    ] {
        let r = call(&sim.addr, method, path, None);
        assert_eq!(
            (r.status(), r.body.as_str()),
            (404, "Unrecognised API call\n"),
            "{method} {path}"
        );
    }
    let r = get(&sim.addr, "/index.html");
    assert_eq!((r.status(), r.body.as_str()), (404, "not found\n"));
    // the stubs still need credentials
    assert_eq!(
        call(&sim.addr, "PUT", "/api/lock/DEMO1", None).status(),
        401
    );
}

#[test]
fn rate_limit_holds_then_429() {
    let env = Env::new();
    let sim = Sim::start(&env, "ovms", &["--rate-limit", "3,0", "--rate-hold", "0.2"]);
    for _ in 0..3 {
        assert_eq!(
            get(&sim.addr, &format!("/api/vehicles?{CREDS}")).status(),
            200
        );
    }
    let started = Instant::now();
    let r = get(&sim.addr, &format!("/api/vehicles?{CREDS}"));
    assert_eq!((r.status(), r.body.as_str()), (429, ""));
    assert!(
        started.elapsed() >= Duration::from_millis(200),
        "held first"
    );
    assert_eq!(
        get(&sim.addr, "/api/nothing").status(),
        429,
        "every path counts"
    );
}

#[test]
fn v2_mode_cookie_only_no_tokens_errors_404() {
    let env = Env::new();
    let sim = Sim::start(&env, "ovms", &["--v2"]);
    let r = get(&sim.addr, &format!("/api/vehicles?{CREDS}"));
    assert_eq!(
        (r.status(), r.body.as_str()),
        (404, "Authentication failed\n")
    );
    let r = get(&sim.addr, &format!("/api/token?{CREDS}"));
    assert_eq!(
        (r.status(), r.body.as_str()),
        (404, "Unrecognised API call\n")
    );
    let id = login(&sim.addr, CREDS);
    let r = call(&sim.addr, "GET", "/api/vehicles", Some(&id));
    assert_eq!(r.status(), 200);
    let r = call(&sim.addr, "GET", "/api/status/OTHER1", Some(&id));
    assert_eq!((r.status(), r.body.as_str()), (404, "Forbidden\n"));
    let r = call(&sim.addr, "PUT", "/api/lock/DEMO1", Some(&id));
    assert_eq!(r.status(), 404);
}

#[test]
fn a_connected_car_sends_fresh_status_to_a_first_peer() {
    let env = Env::new();
    let file = scenario(
        &env,
        r#"
[[users]]
name = "demo"
password = "demo"
[[vehicles]]
id = "CAR1"
owner = "demo"
fresh_after = 0.3
[vehicles.S]
age = 1000
soc = "50"
[vehicles.D]
age = 1000
[[vehicles]]
id = "PHONE"
owner = "demo"
apps = 1
[vehicles.S]
age = 1000
soc = "50"
"#,
    );
    let sim = Sim::start(&env, "ovms", &["--scenario", &file]);
    let a = login(&sim.addr, CREDS);
    let v = call(&sim.addr, "GET", "/api/vehicle/CAR1", Some(&a)).json();
    assert_eq!(
        (
            v["v_first_peer"].as_i64(),
            v["v_apps_connected"].as_i64(),
            v["v_net_connected"].as_i64()
        ),
        (Some(1), Some(1), Some(1))
    );
    assert!(v["m_msgage_s"].as_i64().unwrap() >= 1000, "{v}");
    wait_for("a fresh S message", || {
        get_ok(&sim.addr, "/api/status/CAR1")["m_msgage_s"]
            .as_i64()
            .unwrap()
            < 100
    });
    assert!(
        get_ok(&sim.addr, "/api/status/CAR1")["m_msgage_d"]
            .as_i64()
            .unwrap()
            < 100
    );
    // a second session is not the first peer; logging out drops the first one's connection
    let b = login(&sim.addr, CREDS);
    let v = call(&sim.addr, "GET", "/api/vehicle/CAR1", Some(&b)).json();
    assert_eq!(
        (v["v_first_peer"].as_i64(), v["v_apps_connected"].as_i64()),
        (Some(0), Some(2))
    );
    call(&sim.addr, "DELETE", "/api/cookie", Some(&a));
    let list = get_ok(&sim.addr, "/api/vehicles");
    assert_eq!(list[0]["v_apps_connected"], 1, "{list}");
    // with another app already connected the car does not resend
    let v = call(&sim.addr, "GET", "/api/vehicle/PHONE", Some(&b)).json();
    assert_eq!(v["v_first_peer"], 0);
}

#[test]
fn scenario_errors_name_the_message_and_exit_10() {
    let env = Env::new();
    let file = scenario(
        &env,
        "[[users]]\nname = \"demo\"\npassword = \"x\"\n[[vehicles]]\nid = \"C\"\nowner = \"demo\"\n[vehicles.S]\nlatitude = \"1\"\n",
    );
    let out = env.run(&[
        "sim",
        "ovms",
        "--listen",
        "127.0.0.1:0",
        "--scenario",
        &file,
    ]);
    assert_fails(
        &out,
        10,
        "vehicle C: message S has no field `latitude` (it is in the L message)",
    );
    let file = scenario(&env, "[[users]]\nname = \"demo\"\npasword = \"x\"\n");
    let out = env.run(&[
        "sim",
        "ovms",
        "--listen",
        "127.0.0.1:0",
        "--scenario",
        &file,
    ]);
    assert_fails(&out, 10, "users[0]: unknown key `pasword`");
    let file = scenario(&env, "[[vehicles]]\nid = \"C\"\nowner = \"nobody\"\n");
    let out = env.run(&[
        "sim",
        "ovms",
        "--listen",
        "127.0.0.1:0",
        "--scenario",
        &file,
    ]);
    assert_fails(&out, 10, "owner `nobody` is not a user");
}

#[test]
fn json_scenarios_are_read_too() {
    let env = Env::new();
    let path = env.path("s.json");
    let text = json!({
        "users": [{"name": "u", "password": "p"}],
        "vehicles": [{"id": "J1", "owner": "u", "connected": false, "D": {"caron": true}}]
    });
    std::fs::write(&path, text.to_string()).unwrap();
    let sim = Sim::start(&env, "ovms", &["--scenario", path.to_str().unwrap()]);
    let r = get(&sim.addr, "/api/status/J1?username=u&password=p");
    assert_eq!(r.json()["caron"], 128, "{}", r.body);
    let r = get(&sim.addr, "/api/vehicles?username=u&password=p");
    assert_eq!(
        r.json(),
        json!([{"id": "J1", "v_apps_connected": 0, "v_btcs_connected": 0, "v_net_connected": 0}])
    );
}

#[test]
fn fleet_serves_generated_vehicles() {
    let env = Env::new();
    let sim = Sim::start(&env, "ovms", &["--fleet", "12"]);
    let list = get_ok(&sim.addr, "/api/vehicles");
    assert_eq!(list.as_array().unwrap().len(), 12);
    assert_eq!(list[0]["id"], "FLEET001");
    let socs: std::collections::BTreeSet<String> = (1..=12)
        .map(|i| {
            get_ok(&sim.addr, &format!("/api/status/FLEET{i:03}"))["soc"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(socs.len() > 5, "varied data: {socs:?}");
}

#[test]
fn latency_delays_every_answer() {
    let env = Env::new();
    let sim = Sim::start(&env, "ovms", &["--latency", "150"]);
    let started = Instant::now();
    assert_eq!(get(&sim.addr, "/api/nothing").status(), 404);
    assert!(started.elapsed() >= Duration::from_millis(150));
}
