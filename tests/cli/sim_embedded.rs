//! `sim` as a target (issue 11): each group's simulator embedded in the command's own process. What happened on
//! the simulator's side is read from the `-v` traces (every request to 127.0.0.1:PORT, its answer), since an
//! embedded simulator has no request log; that nothing is left behind is checked on disk (the port closes with
//! the process, which has exited).

use crate::support::*;

/// `127.0.0.1:PORT` of the `-v` trace lines (`* GET http://127.0.0.1:PORT/… → 200`), and the paths requested.
fn traced(stderr: &str) -> (String, Vec<String>) {
    let mut addr = None;
    let mut paths = Vec::new();
    for line in stderr
        .lines()
        .filter(|l| l.starts_with("* ") && l.contains(" → "))
    {
        let url = line.split(' ').nth(2).unwrap_or("");
        let rest = url.split_once("://").map_or("", |(_, r)| r);
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        assert!(host.starts_with("127.0.0.1:"), "not loopback: {line}");
        assert!(line.ends_with(')'), "no answer traced: {line}");
        assert_eq!(*addr.get_or_insert_with(|| host.to_owned()), host);
        paths.push(format!("/{}", path.split('?').next().unwrap_or("")));
    }
    (addr.expect("no request traced"), paths)
}

/// No file under the test's state and config directories (nothing kept for `sim`).
fn assert_nothing_kept(env: &Env) {
    for dir in ["state", "config"] {
        let mut left = Vec::new();
        let mut todo = vec![env.path(dir)];
        while let Some(d) = todo.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    todo.push(p);
                } else {
                    left.push(p);
                }
            }
        }
        assert!(left.is_empty(), "left behind: {left:?}");
    }
}

/// The embedded simulator's port is closed once its command ended.
#[test]
fn can_dump_against_sim_prints_twenty_frames_and_releases_the_device() {
    let env = Env::new();
    let out = env.run(&["can", "dump", "--host", "sim", "--count", "20", "-v"]);
    assert_code(&out, 0);
    let frames: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(frames.len(), 20, "{out:?}");
    for f in &frames {
        assert!(f.starts_with("  can0  "), "not a candump line: {f:?}");
        assert!(f.contains("   ["), "no DLC: {f:?}");
    }
    let (_, paths) = traced(&out.stderr);
    assert_eq!(
        paths.first().map(String::as_str),
        Some("/canInitializeLibrary")
    );
    assert!(paths.iter().any(|p| p.ends_with("/canRead")), "{paths:?}");
    assert!(
        paths.last().unwrap().ends_with("/canUnloadLibrary"),
        "{paths:?}"
    );
    assert_nothing_kept(&env);
}

#[test]
fn can_send_and_status_against_sim_from_the_variable_and_a_profile() {
    let mut env = Env::new();
    env.set("FIELDCTL_CAN_HOST", "sim");
    let out = env.run(&["can", "send", "123#DEADBEEF", "-v"]);
    assert_code(&out, 0);
    let (_, paths) = traced(&out.stderr);
    assert!(
        out.stderr
            .contains("/canWrite?hnd=0&id=291&flag=2&dlc=4&msg=222,173,190,239"),
        "{out:?}"
    );
    assert!(
        paths.last().unwrap().ends_with("/canUnloadLibrary"),
        "{paths:?}"
    );

    let env = Env::new();
    let out = env.run(&["profile", "set", "bench", "can.host", "sim"]);
    assert_code(&out, 0);
    let out = env.run(&["-p", "bench", "can", "status", "-o", "json", "-v"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("free"), "{out:?}");
    traced(&out.stderr);
    // The profile written by `profile set` is the only file, and it names `sim`, not a port.
    let config = read(&env.config_file());
    assert!(config.contains("host = \"sim\""), "{config}");
    assert!(!env.path("state").read_dir().unwrap().any(|_| true));
}

#[test]
fn ovms_status_against_sim_shows_the_demo_car_with_the_demo_account() {
    let env = Env::new();
    let out = env.run(&["ovms", "status", "--server", "sim", "-v"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("DEMO1"), "{out:?}");
    assert!(out.stdout.contains("85 %"), "{out:?}");
    let (_, paths) = traced(&out.stderr);
    assert_eq!(paths, ["/api/cookie", "/api/status/DEMO1"]);
    // The demo password went in the login's query, and no trace shows it.
    assert!(out.stderr.contains("password=(redacted)"), "{out:?}");
    assert!(!out.stderr.contains("password=demo"), "{out:?}");
    assert_nothing_kept(&env);
}

#[test]
fn ovms_vehicles_against_sim_from_the_variable_lists_the_demo_fleet() {
    let mut env = Env::new();
    env.set("FIELDCTL_OVMS_SERVER", "sim");
    let out = env.run(&["ovms", "vehicles", "-o", "ndjson"]);
    assert_code(&out, 0);
    for car in ["DEMO1", "DEMO2", "DEMO3", "DEMO4"] {
        assert!(out.stdout.contains(car), "{car}: {out:?}");
    }
    assert_nothing_kept(&env);
}

#[test]
fn ksc_hosts_against_sim_streams_the_demo_inventory_and_ends_its_session() {
    let env = Env::new();
    let out = env.run(&["ksc", "hosts", "--server", "sim", "-o", "ndjson", "-v"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), 200, "{}", out.stderr);
    assert!(out.stdout.contains("web-000002"), "{}", out.stderr);
    let (_, paths) = traced(&out.stderr);
    assert!(out.stderr.contains("* POST https://127.0.0.1:"), "{out:?}");
    assert_eq!(paths.first().unwrap(), "/api/v1.0/Session.StartSession");
    assert!(paths.contains(&"/api/v1.0/ChunkAccessor.Release".to_owned()));
    assert_eq!(paths.last().unwrap(), "/api/v1.0/Session.EndSession");
    // Trusted without --insecure, and with no password shown or asked for.
    assert!(!out.stderr.contains("insecure"), "{out:?}");
    assert!(!out.stderr.contains("password for"), "{out:?}");
    assert_nothing_kept(&env);
}

#[test]
fn ksc_download_from_sim_writes_the_file_and_nothing_else() {
    let env = Env::new();
    let dest = env.path("klsctunnel");
    let out = env.run(&[
        "ksc",
        "download",
        "/FTSF/klsctunnel",
        dest.to_str().unwrap(),
        "--server",
        "sim",
        "-v",
    ]);
    assert_code(&out, 0);
    assert!(std::fs::metadata(&dest).unwrap().len() > 0, "{out:?}");
    let (_, paths) = traced(&out.stderr);
    assert!(paths.contains(&"/FTSF/klsctunnel".to_owned()), "{paths:?}");
    assert_eq!(paths.last().unwrap(), "/api/v1.0/Session.EndSession");
    assert_nothing_kept(&env);
}

#[test]
fn ksc_server_sim_from_a_profile() {
    let env = Env::new();
    assert_code(&env.run(&["profile", "set", "lab", "ksc.server", "sim"]), 0);
    let out = env.run(&["-p", "lab", "ksc", "hosts", "--group", "10", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.trim(), "[]", "{out:?}");
}

#[test]
fn commands_that_keep_state_are_refused_against_sim() {
    let env = Env::new();
    for args in [
        &["ovms", "login", "--server", "sim"][..],
        &["ovms", "token", "create", "--save", "--server", "sim"],
        &["ksc", "login", "--server", "sim"],
        &["ksc", "token", "create", "--save", "--server", "sim"],
        &["ksc", "trust", "--save", "--server", "sim"],
    ] {
        let out = env.run(args);
        assert_fails(
            &out,
            2,
            "keeps state for later runs, and the embedded simulator (`sim`) ends with this command",
        );
        assert!(out.stderr.contains("start `fieldctl sim "), "{out:?}");
    }
    assert_nothing_kept(&env);
}

#[test]
fn a_token_made_against_sim_says_it_ends_with_the_command() {
    let env = Env::new();
    for args in [
        &["ovms", "token", "create", "--server", "sim"][..],
        &["ksc", "token", "create", "--server", "sim"],
    ] {
        let out = env.run(args);
        assert_code(&out, 0);
        assert!(
            out.stderr.contains(
                "the token is for the embedded simulator (`sim`), which ends with this command"
            ),
            "{out:?}"
        );
        // And no advice to keep it or to save it next time.
        assert!(!out.stderr.contains("next time"), "{out:?}");
    }
    assert_nothing_kept(&env);
}

#[test]
fn the_users_own_credentials_win_over_the_demo_account() {
    let mut env = Env::new();
    env.set("FIELDCTL_KSC_PASSWORD", "not-the-sims");
    let out = env.run(&["ksc", "hosts", "--server", "sim"]);
    assert_code(&out, 4);
    let mut env = Env::new();
    env.set("FIELDCTL_OVMS_USERNAME", "nobody");
    let out = env.run(&["ovms", "status", "--server", "sim"]);
    assert_code(&out, 4);
}

#[test]
fn bad_flags_against_sim_are_usage_errors_and_release_the_device() {
    let env = Env::new();
    // Trust options name another certificate than the one the command makes and pins.
    for flag in [
        &["--insecure"][..],
        &["--ca-cert", "/etc/hosts"],
        &["--pin-sha256", &"0".repeat(64)],
    ] {
        let mut args = vec!["ksc", "groups", "--server", "sim"];
        args.extend(flag);
        assert_fails(&env.run(&args), 2, "does not apply to `sim`");
    }
    let out = env.run(&[
        "can",
        "dump",
        "--host",
        "sim",
        "--bitrate",
        "keep",
        "--silent",
        "-v",
    ]);
    assert_fails(&out, 2, "--silent needs init access");
    // Refused before any channel is opened, and the session it had opened is released.
    let (_, paths) = traced(&out.stderr);
    assert!(
        !paths.iter().any(|p| p.ends_with("/canOpenChannel")),
        "{paths:?}"
    );
    assert!(
        paths.last().unwrap().ends_with("/canUnloadLibrary"),
        "{paths:?}"
    );
    // Only the exact word is the simulator: `sim:8080` is a host named sim (checked, not started).
    let out = env.run(&["can", "status", "--host", "sim:abc"]);
    assert_fails(&out, 2, "port 'abc' is not a number");
}

#[test]
fn can_dump_against_sim_decodes_with_the_readme_dbc() {
    // The README's `sim` paragraph: the demo traffic is engine.dbc's messages (and two it does not describe).
    let env = Env::new();
    let dbc = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dbc/engine.dbc");
    let out = env.run(&[
        "can", "dump", "--host", "sim", "--dbc", dbc, "--count", "40",
    ]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), 40, "{out:?}");
    for shown in [
        ":: EngineData(EngineSpeed: ",
        // It warms up a degree every 100 frames: whatever the value when the dump went on bus.
        " degC, ThrottlePos: ",
        ":: Transmission(Gear: 'Drive', VehicleSpeed: ",
        "  can0  123   [4]  ",
    ] {
        assert!(out.stdout.contains(shown), "{shown}: {out:?}");
    }
    // Its envvar and file, which the README's `can envvar set` and `can file get` lines use.
    let out = env.run(&[
        "can", "envvar", "get", "speed", "--host", "sim", "-o", "ndjson",
    ]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("\"type\":\"int\""), "{out:?}");
    let log = env.path("log.kmf");
    let out = env.run(&[
        "can",
        "file",
        "get",
        "F:/log.kmf",
        log.to_str().unwrap(),
        "--host",
        "sim",
    ]);
    assert_code(&out, 0);
    let out = env.run(&["can", "decode", log.to_str().unwrap(), "--dbc", dbc]);
    assert_code(&out, 0);
    assert!(out.stdout.contains(" can0 18FEF100#"), "{out:?}");
    assert!(
        out.stdout
            .contains(":: J1939Engine(ParkingBrake: 'Released'"),
        "{out:?}"
    );
}
