//! The device is never left locked and nothing local is lost, on the paths where that is hardest.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use crate::support::*;

fn state_files(env: &Env) -> Vec<String> {
    std::fs::read_dir(env.root.join("state/fieldctl"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().into_string().unwrap())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn long_intervals_keep_the_session_alive() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(
        &sim,
        &[
            "send",
            "123#01",
            "--repeat",
            "2",
            "--interval",
            "2500",
            "--session-timeout",
            "1",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(calls(&sim, "canWrite").len(), 2);
    assert!(
        calls(&sim, "canReadTimer").len() >= 5,
        "keep-alive calls while waiting: {:?}",
        sim.functions()
    );
    let log = env.path("gap.log");
    std::fs::write(&log, "(1.0) can0 123#01\n(3.5) can0 123#02\n").unwrap();
    let out = env.can(
        &sim,
        &["replay", log.to_str().unwrap(), "--session-timeout", "1"],
    );
    assert_code(&out, 0);
    assert_eq!(calls(&sim, "canWrite").len(), 4);
}

#[test]
fn a_dropped_session_of_a_live_owner_is_not_joined() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "100"]);
    let dump = env.spawn_can(&sim, &["dump", "--session-timeout", "1"]);
    wait_for("dump on bus", || calls(&sim, "canRead").len() > 1);
    signal(&dump, "STOP"); // e.g. Ctrl-Z: the owner lives, its session times out on the device
    wait_for("the device to end the stopped owner's session", || {
        get_json(&sim.addr, "/deviceStatus")["usage"] == 0
    });
    let out = env.can(&sim, &["send", "123#01"]);
    signal(&dump, "CONT");
    assert_code(&out, 0);
    assert_eq!(
        calls(&sim, "canInitializeLibrary").len(),
        2,
        "a new session instead of joining the dead one"
    );
    signal(&dump, "INT");
    let _ = finish(dump);
    assert!(env.can(&sim, &["status"]).stdout.contains("free"));
}

/// A device whose canUnloadLibrary answers garbage while `broken` is set; everything else works.
fn flaky_device(broken: Arc<AtomicBool>, unloads: Arc<AtomicU32>) -> String {
    fake_kvaser(move |function, ident| {
        if function == "canUnloadLibrary" {
            unloads.fetch_add(1, Ordering::SeqCst);
            if broken.load(Ordering::SeqCst) {
                return reply("200 OK", b"garbage");
            }
        }
        normal_answer(function, ident)
    })
    .0
}

#[test]
fn replies_to_other_requests_are_protocol_errors_and_the_session_is_still_released() {
    let env = Env::new();
    // canRead echoes the wrong ident
    let (addr, seen) = fake_kvaser(|function, ident| match function {
        "canRead" => reply("200 OK", br#"{"stat":-2,"ident":999}"#),
        _ => normal_answer(function, ident),
    });
    let out = env.can(&addr, &["dump", "--count", "1"]);
    assert_fails(
        &out,
        9,
        "canRead: reply carries ident 999 but the request had ident=",
    );
    assert_eq!(seen.lock().unwrap().last().unwrap(), "canUnloadLibrary");
    // a reply with no ident at all
    let (addr, _) = fake_kvaser(|function, ident| match function {
        "canReadTimer" => reply("200 OK", br#"{"stat":0,"time":1}"#),
        _ => normal_answer(function, ident),
    });
    let out = env.can(&addr, &["timer"]);
    assert_fails(&out, 9, "canReadTimer: the reply does not echo ident=3");
}

#[test]
fn not_authorized_is_exit_4() {
    let env = Env::new();
    let (addr, seen) = fake_kvaser(|function, ident| match function {
        "canInitializeLibrary" => reply(
            "200 OK",
            format!(r#"{{"stat":-130,"ident":{ident}}}"#).as_bytes(),
        ),
        _ => normal_answer(function, ident),
    });
    let out = env.can(&addr, &["timer"]);
    assert_fails(&out, 4, "canERR_NOT_AUTHORIZED (-130): Not authorized");
    assert_eq!(*seen.lock().unwrap(), ["canInitializeLibrary"]);
}

#[test]
fn a_download_that_breaks_off_leaves_nothing_behind() {
    let env = Env::new();
    let (addr, seen) = fake_kvaser(|function, ident| match function {
        "kvFileCopyFromDevice" => {
            let mut r = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 100\r\nContent-Disposition: attachment; filename=\"F:/big.bin\"\r\nConnection: close\r\n\r\n".to_vec();
            r.extend_from_slice(&[7u8; 10]);
            r
        }
        _ => normal_answer(function, ident),
    });
    let dir = env.path("dl");
    std::fs::create_dir(&dir).unwrap();
    let out = env.can(&addr, &["file", "get", "F:/big.bin", dir.to_str().unwrap()]);
    // the connection broke off mid-body: a connection failure (6), naming the file
    assert_fails(&out, 6, "F:/big.bin");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "no partial file, no temp file"
    );
    assert_eq!(seen.lock().unwrap().last().unwrap(), "canUnloadLibrary");
}

#[test]
fn a_device_that_refuses_finer_ticks_keeps_millisecond_timestamps() {
    let env = Env::new();
    let (addr, _) = fake_kvaser(|function, ident| match function {
        "canIoCtl" => reply(
            "200 OK",
            format!(r#"{{"stat":-1,"ident":{ident}}}"#).as_bytes(),
        ),
        _ => normal_answer(function, ident),
    });
    let out = env.can(
        &addr,
        &[
            "dump",
            "--count",
            "2",
            "--format",
            "log",
            "--timestamps",
            "device",
        ],
    );
    assert_code(&out, 0);
    // ticks 1005 and 1255 at the default 1 ms
    assert_eq!(
        out.stdout,
        "(1.005000) can0 001#02\n(1.255000) can0 001#03\n"
    );
}

#[test]
fn a_failed_unload_keeps_the_record_and_the_next_run_unloads_first() {
    let env = Env::new();
    let broken = Arc::new(AtomicBool::new(true));
    let unloads = Arc::new(AtomicU32::new(0));
    let addr = flaky_device(broken.clone(), unloads.clone());
    let out = env.can(&addr, &["timer"]);
    assert_fails(&out, 9, "releasing the device session");
    assert_eq!(state_files(&env).len(), 1, "the session is still recorded");
    broken.store(false, Ordering::SeqCst);
    let out = env.can(&addr, &["timer"]);
    assert_code(&out, 0);
    assert_eq!(
        unloads.load(Ordering::SeqCst),
        3,
        "failed unload, recovery unload, our own unload"
    );
    assert!(state_files(&env).is_empty());
}

#[test]
fn dump_file_is_untouched_when_the_device_is_busy() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let file = env.path("keep.log");
    std::fs::write(&file, "(1.0) can0 123#01\n").unwrap();
    get_json(&sim.addr, "/canInitializeLibrary?timeout=60");
    let out = env.can(
        &sim,
        &["dump", "--count", "1", "--file", file.to_str().unwrap()],
    );
    assert_code(&out, 8);
    assert_eq!(read(&file), "(1.0) can0 123#01\n");
}

#[test]
fn raw_never_opens_an_unrecorded_session_and_can_get_a_handle() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for f in ["canInitializeLibrary", "canUnloadLibrary"] {
        let out = env.can(&sim, &["raw", f]);
        assert_fails(&out, 2, "opens and releases the device session itself");
    }
    assert!(sim.requests().is_empty());
    let out = env.can(&sim, &["raw", "kvFileGetCount", "--channel", "0"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("\"count\": 0"), "{out:?}");
    assert_eq!(param(&calls(&sim, "kvFileGetCount")[0], "hnd"), Some("0"));
    assert!(env.can(&sim, &["status"]).stdout.contains("free"));
}

#[test]
fn bad_local_input_is_refused_before_the_device_is_touched() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let dir = env.path("adir");
    std::fs::create_dir(&dir).unwrap();
    let out = env.can(&sim, &["file", "put", dir.to_str().unwrap()]);
    assert_fails(&out, 10, "is not a regular file");
    assert_code(
        &env.can(
            &sim,
            &["script", "load", dir.to_str().unwrap(), "--slot", "0"],
        ),
        10,
    );
    let out = env.can_stdin(&sim, &["send", "-", "--password-stdin"], "pw\n123#01\n");
    assert_code(&out, 2);
    assert_code(&env.can(&sim, &["dump", "--count", "0"]), 2);
    assert_code(&env.can(&sim, &["replay", "x.log", "--loop", "0"]), 2);
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
}

#[test]
fn linux_error_frames_of_any_class_are_skipped_on_replay() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let log = env.path("lin.log");
    std::fs::write(
        &log,
        "(1.0) can0 123#01\n(1.0) can0 2000000C#0004000000000000\n(1.0) can0 124#02\n",
    )
    .unwrap();
    let out = env.can(&sim, &["replay", log.to_str().unwrap()]);
    assert_code(&out, 0);
    assert_eq!(calls(&sim, "canWrite").len(), 2);
}

#[test]
fn script_status_is_read_under_either_name() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--script-status-field", "status"]);
    let out = env.can(&sim, &["script", "status", "--slot", "0", "--json"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("\"state\": \"empty\""), "{out:?}");
}

#[test]
fn a_joiner_outliving_a_killed_owner_unloads_the_session() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "200"]);
    let mut dump = env.spawn_can(
        &sim,
        &["dump", "--format", "log", "--session-timeout", "600"],
    );
    let printed = collect(dump.stdout.take().unwrap());
    wait_for("the owner receiving", || {
        !printed.lock().unwrap().is_empty()
    });
    let send = env.spawn_can(
        &sim,
        &["send", "123#01", "--repeat", "0", "--interval", "20"],
    );
    wait_for("the joiner sending", || calls(&sim, "canWrite").len() > 2);
    signal(&dump, "KILL");
    let _ = dump.wait();
    let writes = calls(&sim, "canWrite").len();
    wait_for("the joiner carrying on", || {
        calls(&sim, "canWrite").len() > writes + 2
    });
    signal(&send, "INT");
    assert_code(&finish(send), 0); // --repeat 0 runs until stopped
    assert_eq!(
        calls(&sim, "canInitializeLibrary").len(),
        1,
        "joined, not a second session"
    );
    assert_eq!(
        calls(&sim, "canUnloadLibrary").len(),
        1,
        "the last live owner unloads"
    );
    assert_eq!(get_json(&sim.addr, "/deviceStatus")["usage"], 0);
    assert!(state_files(&env).is_empty());
}
