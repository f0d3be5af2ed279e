//! `ovms status|charge|location|tpms` against the simulator: readable tables, typed rows in every format,
//! `--raw`, `--max-age` and `--fresh` (connect, poll, disconnect — also on Ctrl-C), and what was sent.

use serde_json::Value;

use crate::support::*;

const SCENARIO: &str = r#"
session_ttl = 600
[[users]]
name = "demo"
password = "pw"
[[users]]
name = "other"
password = "pw2"

[[vehicles]]
id = "CAR1"
owner = "demo"
fresh_after = 0.3
[vehicles.S]
age = 200
soc = "85"
units = "K"
linevoltage = "230"
chargecurrent = "16"
chargestate = "charging"
mode = "standard"
idealrange = "312.5"
estimatedrange = "290"
chargekwh = "115"
chargeduration = "65"
charge_etr_full = "55"
idealrange_max = "360"
chargepower = "3.6789"
soh = "97"
batt_range_speed = ""
batt_capacity = "64"
[vehicles.D]
age = 500
charging = true
pilotpresent = true
carlocked = true
temperature_battery = "18.5"
tripmeter = "125"
odometer = "1234567"
speed = "0"
staletemps = "1"
vehicle12v = "12.9"
[vehicles.L]
age = 200
latitude = "51.500729"
longitude = "-0.124625"
gpslock = "1"
stalegps = "1"
speed = "3.5"
tripmeter = "125"
[vehicles.W]
age = 200
fl_pressure = "33.4"
fl_temperature = "14"
fr_pressure = "33"
fr_temperature = "15"
rl_pressure = "32.5"
rl_temperature = "15"
rr_pressure = "32"
rr_temperature = "16"
staletpms = "1"

# Offline, in miles, decimal ranges, empty fields, and a short status message (null after its end).
[[vehicles]]
id = "MILES"
owner = "demo"
connected = false
[vehicles.S]
age = 90000
raw = "42.5,M,0,0,done,standard,98.4,,16"
[vehicles.D]
age = 90000
odometer = "456789"
temperature_ambient = "-3.5"
[vehicles.L]
age = 90000
latitude = "0"
longitude = "0"
speed = ""

[[vehicles]]
id = "EMPTY"
owner = "demo"

[[vehicles]]
id = "SECRET"
owner = "demo"
paranoid = true
[vehicles.S]
soc = "50"
[vehicles.L]
latitude = "1"
[vehicles.W]
fl_pressure = "30"

# Connected, but its answer comes long after any test's patience.
[[vehicles]]
id = "SLOW"
owner = "demo"
fresh_after = 600
[vehicles.S]
age = 100
soc = "60"
units = "K"

[[vehicles]]
id = "THEIRS"
owner = "other"
[vehicles.S]
soc = "10"
"#;

fn setup() -> (Env, Sim) {
    let mut env = Env::new();
    let scenario = env.path("scenario.toml");
    std::fs::write(&scenario, SCENARIO).unwrap();
    let sim = Sim::start(&env, "ovms", &["--scenario", scenario.to_str().unwrap()]);
    env.ovms_account(&sim.addr, "pw");
    (env, sim)
}

fn cookie(r: &Value) -> Option<&str> {
    r["headers"]["cookie"].as_str()
}

/// The FIELD/VALUE table's value for `field` (columns separated by two or more spaces).
fn field<'a>(stdout: &'a str, name: &str) -> Option<&'a str> {
    stdout.lines().find_map(|l| {
        let l = l.trim();
        let rest = l.strip_prefix(name)?;
        rest.starts_with("  ").then(|| rest.trim())
    })
}

#[test]
fn ovms_view_status_table_reads_at_a_glance() {
    let (env, sim) = setup();
    let out = env.run(&["ovms", "status", "CAR1"]);
    assert_code(&out, 0);
    let s = &out.stdout;
    assert_eq!(field(s, "vehicle"), Some("CAR1"), "{out:?}");
    assert_eq!(field(s, "SOC"), Some("85 %"));
    assert_eq!(field(s, "range"), Some("312.5 km ideal, 290 km estimated"));
    assert_eq!(field(s, "full range"), Some("360 km"));
    assert_eq!(field(s, "charging"), Some("yes"));
    assert_eq!(field(s, "locked"), Some("yes"));
    assert_eq!(field(s, "valet mode"), Some("no"));
    assert_eq!(field(s, "odometer"), Some("123456.7 km"));
    assert_eq!(field(s, "trip"), Some("12.5 km"));
    assert_eq!(field(s, "speed"), Some("0 km/h"));
    assert_eq!(field(s, "battery temperature"), Some("18.5 °C"));
    assert_eq!(field(s, "12 V battery"), Some("12.9 V"));
    // S is 200 s old, D 500 s: both named.
    let updated = field(s, "updated").unwrap();
    assert!(updated.contains("status 3 min ago"), "{updated}");
    assert!(
        updated.contains("doors and temperatures 8 min ago"),
        "{updated}"
    );
    // What the car did not send is not shown.
    assert_eq!(field(s, "cabin"), None);
    // One login, one call with its cookie.
    let reqs = sim.requests();
    assert_eq!(sent(&sim), ["GET /api/cookie", "GET /api/status/CAR1"]);
    assert!(cookie(&reqs[1]).unwrap().contains("ovmsapisession="));
}

#[test]
fn ovms_view_json_is_typed() {
    let (env, _sim) = setup();
    let out = env.run(&["ovms", "status", "CAR1", "-o", "json"]);
    assert_code(&out, 0);
    let v = json_of(&out);
    assert_eq!(v["vehicle"], "CAR1");
    assert_eq!(v["soc"], 85);
    assert_eq!(v["distance_unit"], "km");
    assert_eq!(v["speed_unit"], "km/h");
    assert_eq!(v["range_ideal"], 312.5);
    assert_eq!(v["charging"], true);
    assert_eq!(v["locked"], true);
    assert_eq!(v["handbrake"], false);
    assert_eq!(v["odometer"], 123456.7);
    assert_eq!(v["temperatures_stale"], false);
    assert!(v["temperature_cabin"].is_null());
    let t = v["status_time"].as_str().unwrap();
    assert!(
        t.len() == 20 && t.ends_with('Z') && t.as_bytes()[10] == b'T',
        "{t}"
    );
    assert!(v["status_age"].as_u64().unwrap() >= 200);
    assert!(v["doors_age"].as_u64().unwrap() >= 500);

    let out = env.run(&["ovms", "charge", "CAR1", "-o", "json"]);
    assert_code(&out, 0);
    let v = json_of(&out);
    assert_eq!(v["charged_kwh"], 11.5);
    // minutes in the protocol, like charge_etr_full; whole values are JSON integers, not 65.0
    assert_eq!(v["charge_minutes"], 65);
    assert!(out.stdout.contains("\"charge_minutes\": 65,"), "{out:?}");
    assert!(v.get("charge_seconds").is_none());
    assert_eq!(v["minutes_to_full"], 55);
    assert_eq!(v["line_voltage"], 230);
    // no rounding in JSON (the table's line rounds)
    assert_eq!(v["charge_power"], 3.6789);
    assert_eq!(v["battery_capacity_kwh"], 64);
    assert_eq!(v["plugged_in"], true);
    assert_eq!(v["charge_state"], "charging");
    let out = env.run(&["ovms", "charge", "CAR1"]);
    assert_eq!(field(&out.stdout, "charged"), Some("11.5 kWh"), "{out:?}");
    assert_eq!(field(&out.stdout, "charging for"), Some("1 h 5 min"));
    assert_eq!(field(&out.stdout, "power"), Some("3.679 kW"));
    let csv = env.run(&["ovms", "charge", "CAR1", "-o", "csv"]).stdout;
    assert!(csv.contains(",3.6789,"), "{csv}");
}

#[test]
fn ovms_view_location_has_a_map_link_and_the_cars_unit() {
    let (env, sim) = setup();
    let out = env.run(&["ovms", "location", "CAR1"]);
    assert_code(&out, 0);
    assert_eq!(
        field(&out.stdout, "map"),
        Some(
            "https://www.openstreetmap.org/?mlat=51.500729&mlon=-0.124625#map=16/51.500729/-0.124625"
        ),
        "{out:?}"
    );
    assert_eq!(field(&out.stdout, "position"), Some("51.500729, -0.124625"));
    assert_eq!(field(&out.stdout, "speed"), Some("3.5 km/h"));
    assert_eq!(field(&out.stdout, "trip"), Some("12.5 km"));
    // The unit of speed and trip is in the status message only.
    assert_eq!(
        sent(&sim),
        [
            "GET /api/cookie",
            "GET /api/location/CAR1",
            "GET /api/status/CAR1"
        ]
    );
    let v = json_of(&env.run(&["ovms", "location", "CAR1", "-o", "json"]));
    assert_eq!(v["latitude"], 51.500729);
    assert_eq!(v["gps_lock"], true);
    assert_eq!(v["gps_stale"], false);
    assert_eq!(v["speed_unit"], "km/h");
}

#[test]
fn ovms_view_tpms_in_kpa_from_the_psi_the_api_sends() {
    let (env, _sim) = setup();
    let out = env.run(&["ovms", "tpms", "CAR1"]);
    assert_code(&out, 0);
    assert_eq!(
        field(&out.stdout, "front left"),
        Some("230.3 kPa (33.4 psi), 14 °C"),
        "{out:?}"
    );
    assert_eq!(
        field(&out.stdout, "rear right"),
        Some("220.6 kPa (32 psi), 16 °C")
    );
    let v = json_of(&env.run(&["ovms", "tpms", "CAR1", "-o", "json"]));
    assert_eq!(v["fl_pressure_kpa"], 230.3);
    assert_eq!(v["fl_pressure_psi"], 33.4);
    assert_eq!(v["fr_temperature"], 15);
    assert_eq!(v["stale"], false);
}

#[test]
fn ovms_view_miles_decimals_empty_fields_and_nulls_in_every_format() {
    let (env, _sim) = setup();
    let out = env.run(&["ovms", "status", "MILES"]);
    assert_code(&out, 0);
    assert_eq!(field(&out.stdout, "SOC"), Some("42.5 %"), "{out:?}");
    assert_eq!(field(&out.stdout, "range"), Some("98.4 mi ideal"));
    assert_eq!(field(&out.stdout, "odometer"), Some("45678.9 mi"));
    assert_eq!(field(&out.stdout, "ambient"), Some("-3.5 °C"));
    assert_eq!(field(&out.stdout, "updated"), Some("1 day 1 h ago"));
    for fmt in ["table", "json", "ndjson", "csv"] {
        for cmd in ["status", "charge", "location", "tpms"] {
            let out = env.run(&["ovms", cmd, "MILES", "-o", fmt]);
            assert_code(&out, 0);
            for bad in ["NaN", "inf", "panick"] {
                assert!(
                    !out.stdout.contains(bad) && !out.stderr.contains(bad),
                    "{cmd} -o {fmt}: {out:?}"
                );
            }
        }
    }
    let v = json_of(&env.run(&["ovms", "status", "MILES", "-o", "json"]));
    assert_eq!(v["distance_unit"], "mi");
    assert_eq!(v["speed_unit"], "mph");
    assert_eq!(v["range_ideal"], 98.4);
    // "" and the fields after the end of a short message are null.
    assert!(v["range_estimated"].is_null());
    assert!(v["range_ideal_max"].is_null());
    let line: Value = serde_json::from_str(
        env.run(&["ovms", "charge", "MILES", "-o", "ndjson"])
            .stdout
            .trim(),
    )
    .unwrap();
    assert_eq!(line["charge_current_limit"], 16);
    assert!(line["charged_kwh"].is_null());
    let csv = env.run(&["ovms", "status", "MILES", "-o", "csv"]).stdout;
    let mut rows = csv.lines();
    let (head, row) = (rows.next().unwrap(), rows.next().unwrap());
    assert!(head.starts_with("vehicle,soc,soh,distance_unit,"), "{csv}");
    assert!(row.starts_with("MILES,42.5,,mi,mph,98.4,,,"), "{csv}");
    // A location at 0,0 (no fix) gets no map link.
    let v = json_of(&env.run(&["ovms", "location", "MILES", "-o", "json"]));
    assert!(v["map_url"].is_null());
    assert!(v["speed"].is_null());
}

#[test]
fn ovms_view_a_car_without_records_says_it_has_no_data() {
    let (env, _sim) = setup();
    for cmd in ["status", "charge", "location", "tpms"] {
        let out = env.run(&["ovms", cmd, "EMPTY"]);
        assert_code(&out, 0);
        assert_eq!(
            field(&out.stdout, "updated"),
            Some("never: the server has no data from the car"),
            "{out:?}"
        );
        assert!(
            out.stderr
                .contains(&format!("EMPTY: the server has no {cmd} data")),
            "{out:?}"
        );
        let v = json_of(&env.run(&["ovms", cmd, "EMPTY", "-o", "json"]));
        let obj = v.as_object().unwrap();
        assert!(
            obj.iter().all(|(k, v)| k == "vehicle" || v.is_null()),
            "{v}"
        );
        let csv = env.run(&["ovms", cmd, "EMPTY", "-o", "csv"]);
        assert_code(&csv, 0);
        assert_eq!(csv.stdout.lines().count(), 2);
        assert!(csv.stdout.lines().nth(1).unwrap().starts_with("EMPTY,,"));
        // No data is not fresh data.
        let out = env.run(&["ovms", cmd, "EMPTY", "--max-age", "60", "-o", "ndjson"]);
        assert_fails(&out, 3, "no ");
        assert!(out.stdout.contains("\"vehicle\":\"EMPTY\""), "{out:?}");
    }
}

/// `m_msgage_*` grow between two reads: mask them to compare the rest byte for byte.
fn mask_ages(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\"m_msgage_") {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let colon = tail.find(':').unwrap();
        out.push_str(&tail[..=colon]);
        let after = &tail[colon + 1..];
        let digits = after.find(|c: char| !c.is_ascii_digit()).unwrap();
        out.push('N');
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

#[test]
fn ovms_view_raw_prints_the_servers_bytes() {
    let (env, sim) = setup();
    for cmd in ["status", "charge", "location", "tpms"] {
        let out = env.run(&["ovms", cmd, "CAR1", "--raw"]);
        assert_code(&out, 0);
        let (status, direct) = http(
            &sim.addr,
            &format!(
                "GET /api/{cmd}/CAR1?username=demo&password=pw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            ),
        );
        assert_eq!(status, 200);
        assert!(
            direct.ends_with("}\n") && !direct.contains(": "),
            "{direct}"
        );
        assert_eq!(mask_ages(&out.stdout), mask_ages(&direct), "{cmd}");
    }
    // The server's strings stay strings: nothing was re-encoded.
    let out = env.run(&["ovms", "status", "CAR1", "--raw"]);
    assert!(out.stdout.contains(r#""soc":"85""#), "{out:?}");
    // -o json/ndjson (added out of habit) print the same bytes; CSV has no rows to print.
    for format in ["json", "ndjson"] {
        let with = env.run(&["ovms", "status", "CAR1", "--raw", "-o", format]);
        assert_code(&with, 0);
        assert_eq!(mask_ages(&with.stdout), mask_ages(&out.stdout), "{format}");
    }
    let out = env.run(&["ovms", "status", "CAR1", "--raw", "-o", "csv"]);
    assert_fails(&out, 2, "prints the server's answer as received");
    let out = env.run(&["ovms", "raw", "GET", "/api/vehicles", "-o", "json"]);
    assert_code(&out, 0);
    assert!(out.stdout.starts_with(r#"[{"id":"CAR1""#), "{out:?}");
}

#[test]
fn ovms_view_max_age_judges_the_oldest_message_after_printing() {
    let (env, _sim) = setup();
    // S is 200 s old, D 500 s: the D message decides.
    let out = env.run(&["ovms", "status", "CAR1", "--max-age", "300"]);
    assert_fails(&out, 3, "stale data: CAR1's status data is");
    assert!(out.stderr.contains("older than --max-age 300 s"), "{out:?}");
    assert!(
        out.stderr.contains("doors and temperatures 8 min ago"),
        "{out:?}"
    );
    assert_eq!(
        field(&out.stdout, "SOC"),
        Some("85 %"),
        "printed before the verdict"
    );
    let out = env.run(&["ovms", "status", "CAR1", "--max-age", "100000"]);
    assert_code(&out, 0);
    assert!(!out.stderr.contains("stale"), "{out:?}");
    // Location is its L message only (200 s).
    assert_code(
        &env.run(&["ovms", "location", "CAR1", "--max-age", "300"]),
        0,
    );
    let out = env.run(&["ovms", "tpms", "CAR1", "--max-age", "100", "-o", "json"]);
    assert_fails(&out, 3, "stale data");
    assert_eq!(json_of(&out)["fl_pressure_psi"], 33.4);
}

#[test]
fn ovms_view_fresh_connects_waits_for_newer_data_and_disconnects() {
    let (env, sim) = setup();
    let out = env.run(&[
        "ovms",
        "status",
        "CAR1",
        "--fresh",
        "8",
        "--max-age",
        "60",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    let v = json_of(&out);
    assert!(v["status_age"].as_u64().unwrap() < 60, "{v}");
    assert!(v["doors_age"].as_u64().unwrap() < 60, "{v}");
    assert!(!out.stderr.contains("warning"), "{out:?}");
    let sent = sent(&sim);
    assert_eq!(
        &sent[..3],
        [
            "GET /api/cookie",
            "GET /api/status/CAR1",
            "GET /api/vehicle/CAR1"
        ],
        "{sent:?}"
    );
    assert_eq!(sent.last().unwrap(), "DELETE /api/vehicle/CAR1");
    let polls = &sent[3..sent.len() - 1];
    assert!(
        !polls.is_empty() && polls.iter().all(|p| p == "GET /api/status/CAR1"),
        "{sent:?}"
    );
    // Gentle: the car answers after 0.3 s, the first poll is at 0.5 s.
    assert!(polls.len() <= 3, "{sent:?}");
    // All on the one cookie session (the connection belongs to it).
    let reqs = sim.requests();
    let c = cookie(&reqs[1]).unwrap();
    assert!(reqs[1..].iter().all(|r| cookie(r) == Some(c)), "{reqs:?}");
}

#[test]
fn ovms_view_fresh_does_not_wait_for_a_car_that_is_offline() {
    let (env, sim) = setup();
    let out = env.run(&["ovms", "charge", "MILES", "--fresh"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("MILES is not connected to the server")
            && out.stderr.contains("as old as it is (status 1 day 1 h ago"),
        "{out:?}"
    );
    assert_eq!(field(&out.stdout, "SOC"), Some("42.5 %"));
    assert_eq!(
        sent(&sim),
        [
            "GET /api/cookie",
            "GET /api/charge/MILES",
            "GET /api/vehicle/MILES",
            "DELETE /api/vehicle/MILES"
        ]
    );
    // With --max-age, the age still decides.
    let out = env.run(&["ovms", "charge", "MILES", "--fresh", "--max-age", "3600"]);
    assert_fails(&out, 3, "stale data");
}

#[test]
fn ovms_view_fresh_without_newer_data_prints_what_there_is() {
    let (env, sim) = setup();
    // The simulated car refreshes S, D and L on a new peer, not its tyres.
    let out = env.run(&["ovms", "tpms", "CAR1", "--fresh", "1.2"]);
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("nothing newer from CAR1 within 1.2 s (waited for: tyre data)"),
        "{out:?}"
    );
    assert!(field(&out.stdout, "front left").is_some(), "{out:?}");
    let sent = sent(&sim);
    assert_eq!(sent.last().unwrap(), "DELETE /api/vehicle/CAR1", "{sent:?}");
    let polls = sent.iter().filter(|p| *p == "GET /api/tpms/CAR1").count();
    assert!((2..=4).contains(&polls), "{sent:?}");
    let out = env.run(&["ovms", "tpms", "CAR1", "--fresh", "0.5", "--max-age", "60"]);
    assert_fails(&out, 3, "stale data");
}

#[test]
fn ovms_view_fresh_disconnects_on_ctrl_c() {
    let (env, sim) = setup();
    let child = env.spawn(&["ovms", "status", "SLOW", "--fresh", "30"]);
    let out = signal_when(
        child,
        "the connect",
        || sent(&sim).iter().any(|p| p == "GET /api/vehicle/SLOW"),
        "INT",
    );
    assert_code(&out, 130);
    let sent = sent(&sim);
    assert_eq!(
        sent.last().unwrap(),
        "DELETE /api/vehicle/SLOW",
        "{sent:?} {out:?}"
    );
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn ovms_view_vehicle_errors_for_every_view() {
    let (env, sim) = setup();
    for cmd in ["status", "charge", "location", "tpms"] {
        let out = env.run(&["ovms", cmd, "THEIRS"]);
        assert_fails(&out, 5, "no vehicle THEIRS on this account");
        let out = env.run(&["ovms", cmd, "SECRET"]);
        assert_fails(&out, 3, "vehicle SECRET is in paranoid mode");
        // --fresh reads first: nothing is connected for a car it cannot show.
        let out = env.run(&["ovms", cmd, "SECRET", "--fresh"]);
        assert_fails(&out, 3, "paranoid");
    }
    assert!(
        !sent(&sim).iter().any(|p| p.contains("/api/vehicle/")),
        "{:?}",
        sent(&sim)
    );
    // The vehicle id from the environment, percent-encoded in the path.
    let mut env = env;
    env.set("FIELDCTL_OVMS_VEHICLE", "A B/C");
    let out = env.run(&["ovms", "status"]);
    assert_fails(&out, 5, "no vehicle A B/C");
    assert_eq!(sent(&sim).last().unwrap(), "GET /api/status/A%20B%2FC");
}

#[test]
fn ovms_view_max_age_takes_ages_and_the_hint_depends_on_the_car_being_online() {
    let (env, sim) = setup();
    // CAR1 is connected: --fresh can help. D is 500 s old: over 5m.
    let out = env.run(&["ovms", "status", "CAR1", "--max-age", "5m"]);
    assert_fails(&out, 3, "older than --max-age 300 s");
    assert!(out.stderr.contains("--fresh asks it"), "{out:?}");
    assert_code(&env.run(&["ovms", "status", "CAR1", "--max-age", "1h"]), 0);
    assert_code(&env.run(&["ovms", "status", "CAR1", "--max-age", "2d"]), 0);
    // MILES is offline: --fresh cannot help, and the hint says why.
    let out = env.run(&["ovms", "status", "MILES", "--max-age", "1h"]);
    assert_fails(&out, 3, "stale data: MILES's status data");
    assert!(out.stderr.contains("the car is offline"), "{out:?}");
    assert!(!out.stderr.contains("--fresh"), "{out:?}");
    let calls = sent(&sim);
    assert_eq!(
        calls[calls.len() - 2..],
        ["GET /api/status/MILES", "GET /api/vehicles"],
        "the car's state is asked only for the hint: {calls:?}"
    );
    // Bad ages are usage errors, before anything is sent.
    let before = sim.requests().len();
    let out = env.run(&["ovms", "status", "CAR1", "--max-age", "-5"]);
    assert_fails(&out, 2, "negative");
    let out = env.run(&["ovms", "status", "CAR1", "--max-age", "10x"]);
    assert_fails(&out, 2, "not an age");
    assert_eq!(sim.requests().len(), before);
}

#[test]
fn ovms_view_fresh_before_the_vehicle_says_what_to_do() {
    let (env, sim) = setup();
    let out = env.run(&["ovms", "charge", "--fresh", "CAR1"]);
    assert_fails(&out, 2, "put the vehicle first");
    assert!(
        out.stderr.contains("ovms charge CAR1 --fresh") && out.stderr.contains("--fresh 10 CAR1"),
        "{out:?}"
    );
    assert!(!out.stderr.contains("invalid float literal"), "{out:?}");
    let out = env.run(&["ovms", "status", "CAR1", "--fresh", "4000"]);
    assert_fails(&out, 2, "0 to 3600");
    assert!(sim.requests().is_empty());
    // SECS then the vehicle works
    let out = env.run(&["ovms", "status", "--fresh", "0", "MILES"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("warning: MILES is not connected"),
        "{out:?}"
    );
    assert!(sent(&sim).contains(&"DELETE /api/vehicle/MILES".to_owned()));
}
