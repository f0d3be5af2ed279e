//! docs/exit-codes.md, one test per code (codes pinned elsewhere in detail are pinned here too, briefly).

use std::process::Stdio;

use crate::support::*;

#[test]
fn code_0_ok() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    assert_code(&env.can(&sim, &["status"]), 0);
}

#[test]
#[cfg(target_os = "linux")]
fn code_1_internal_when_stdout_cannot_be_written() {
    let env = Env::new();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = env
        .command(&["config", "path"])
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("fieldctl: error:"));
}

#[test]
fn code_2_usage() {
    let env = Env::new();
    let out = env.run(&["can", "status", "--no-such-flag"]);
    assert_code(&out, 2);
    assert!(
        out.stderr
            .starts_with("fieldctl: error: unexpected argument '--no-such-flag'"),
        "{out:?}"
    );
    let out = env.run(&["--help"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("Usage: fieldctl"), "{out:?}");
    let out = env.run(&["can", "status"]);
    assert_fails(&out, 2, "no device given");
    assert!(out.stderr.contains("FIELDCTL_CAN_HOST"), "{out:?}");
}

#[test]
fn code_3_remote_error() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["raw", "kvNoSuchThing"]);
    assert_fails(
        &out,
        3,
        "this device's firmware does not support kvNoSuchThing",
    );
    assert!(out.stdout.contains("\"stat\": -129"), "{out:?}");
}

#[test]
fn code_4_auth() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "x"]);
    let out = env.can(&sim, &["timer"]);
    assert_fails(&out, 4, "FIELDCTL_CAN_PASSWORD");
    assert_eq!(
        sim.functions(),
        ["canInitializeLibrary"],
        "nothing after the refusal"
    );
}

#[test]
fn code_6_cannot_connect() {
    let env = Env::new();
    assert_code(&env.can(&closed_port(), &["status"]), 6);
}

#[test]
fn code_7_timeout() {
    let env = Env::new();
    let addr = silent_peer();
    assert_code(&env.can(&addr, &["status", "--timeout", "0.3"]), 7);
}

#[test]
fn code_8_busy_names_the_holder() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    // Someone else's session (not recorded in our state file).
    get_json(&sim.addr, "/canInitializeLibrary?timeout=600");
    let out = env.can(&sim, &["timer"]);
    assert_code(&out, 8);
    assert!(
        out.stderr
            .contains("in use via JSON API by 127.0.0.1 for up to 600 s more")
            || out
                .stderr
                .contains("in use via JSON API by 127.0.0.1 for up to 599 s more"),
        "{out:?}"
    );
}

#[test]
fn code_9_malformed_response() {
    let env = Env::new();
    let addr = scripted_peer(vec![reply("200 OK", b"hello")]);
    let out = env.can(&addr, &["status"]);
    assert_fails(&out, 9, "not JSON");
    // A reply to another request (wrong ident) is a protocol error too.
    let addr = scripted_peer(vec![reply("200 OK", br#"{"usage":0,"ident":77}"#)]);
    let out = env.can(&addr, &["status"]);
    assert_fails(
        &out,
        9,
        "reply carries ident 77 but the request had ident=1",
    );
}

#[test]
fn code_10_bad_config() {
    let env = Env::new();
    env.write_config("[profiles.a.can]\nhost = true\n");
    let out = env.run(&["-p", "a", "can", "status"]);
    assert_code(&out, 10);
    let want = format!(
        "fieldctl: error: {}:2: can.host must be a string",
        env.config_file().display()
    );
    assert!(out.stderr.starts_with(&want), "{out:?}");
}

#[test]
fn broken_pipe_exits_0_quietly() {
    let env = Env::new();
    let mut text = String::new();
    for i in 0..3000 {
        text.push_str(&format!("[profiles.p{i}.can]\nhost = \"h{i}\"\n"));
    }
    env.write_config(&text);
    let mut child = env
        .command(&["profile", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn code_5_not_found() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let cwd = env.path("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let child = env
        .command(&["can", "file", "get", "F:/nothing.txe", "--host", &sim.addr])
        .current_dir(&cwd)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let out = finish(child);
    assert_fails(&out, 5, "F:/nothing.txe: no such file on the device");
    assert_eq!(
        std::fs::read_dir(&cwd).unwrap().count(),
        0,
        "no file, no temp file"
    );
}

#[test]
fn code_130_interrupted_after_cleanup() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let child = env.spawn_can(
        &sim,
        &["send", "123#00", "--repeat", "1000000", "--interval", "10"],
    );
    wait_for("sending", || {
        sim.requests()
            .iter()
            .filter(|r| r["path"].as_str().unwrap().ends_with("/canWrite"))
            .count()
            > 2
    });
    signal(&child, "INT");
    let out = finish(child);
    assert_code(&out, 130);
    assert!(
        sim.requests().last().unwrap()["path"]
            .as_str()
            .unwrap()
            .ends_with("/canUnloadLibrary")
    );
}
