//! `can send -` as a live bridge, `--interval` on an absolute schedule, and `can replay` streaming its log with
//! `--map` and a summary.

use std::collections::HashMap;
use std::io::Write;
use std::process::{Child, ChildStdin, Stdio};

use crate::support::*;

/// `fieldctl can ARGS…` on `sim` with stdin, stdout and stderr piped.
fn spawn_piped(env: &Env, sim: &Sim, args: &[&str]) -> (Child, ChildStdin) {
    let mut child = env
        .can_command(sim, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    (child, stdin)
}

/// canWrite's `id flag dlc msg` in the order the device got them.
fn writes(sim: &Sim) -> Vec<String> {
    calls(sim, "canWrite")
        .iter()
        .map(|r| params(r, ["id", "flag", "dlc", "msg"]).join(" "))
        .collect()
}

fn ids(sim: &Sim) -> Vec<String> {
    calls(sim, "canWrite")
        .iter()
        .map(|r| param(r, "id").unwrap().to_owned())
        .collect()
}

/// Device channel of each handle that went on bus (canOpenChannel is followed by that handle's canBusOn).
fn channel_of_handle(sim: &Sim) -> HashMap<String, String> {
    let opens = calls(sim, "canOpenChannel");
    let ons = calls(sim, "canBusOn");
    assert_eq!(opens.len(), ons.len());
    opens
        .iter()
        .zip(&ons)
        .map(|(o, b)| {
            (
                param(b, "hnd").unwrap().to_owned(),
                param(o, "channel").unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn send_stdin_sends_each_frame_as_its_line_arrives() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let (child, mut stdin) = spawn_piped(&env, &sim, &["send", "-"]);
    stdin.write_all(b"123#01\n").unwrap();
    stdin.flush().unwrap();
    // The first frame reaches the device while the second line is not written yet.
    wait_for("the first frame", || calls(&sim, "canWrite").len() == 1);
    stdin
        .write_all(b"# a comment\n\n(1436509052.249713) can1 00000456#0203 R\n")
        .unwrap();
    stdin.flush().unwrap();
    wait_for("the log line's frame", || {
        calls(&sim, "canWrite").len() == 2
    });
    // An error frame from `dump --errors` is skipped (counted), a bad line stops the bridge naming its line.
    stdin
        .write_all(b"(1.0) can0 20000080#0000000000000000\n12#0\n789#01\n")
        .unwrap();
    drop(stdin);
    let out = finish(child);
    assert_fails(&out, 2, "bad frame '12#0' (stdin line 6)");
    assert!(
        out.stderr.contains("2 frames were sent before it"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("fieldctl: warning: skipped 1 error frames from stdin"),
        "{out:?}"
    );
    assert_eq!(writes(&sim), ["291 2 1 1", "1110 4 2 2,3"]);
    // Cleaned up after the bad line: the session is gone.
    assert_last_functions(&sim, &["S/canBusOff", "S/canClose", "S/canUnloadLibrary"]);
}

#[test]
fn send_stdin_with_arguments_and_repeat_keeps_the_order() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can_stdin(
        &sim,
        &["send", "100#", "-", "200#", "--repeat", "2"],
        "101#\n102#\n",
    );
    assert_code(&out, 0);
    assert_eq!(
        ids(&sim),
        ["256", "257", "258", "512", "256", "257", "258", "512"]
    );
    let out = env.can_stdin(&sim, &["send", "-"], "# nothing\n\n");
    assert_fails(&out, 2, "no frames to send");
}

#[test]
fn dump_piped_into_send_bridges_two_devices_live() {
    let env = Env::new();
    let a = Sim::start(&env, "can", &["--channels", "2"]);
    let b = Sim::start(&env, "can", &[]);
    let mut dump = env
        .can_command(&a, &["dump", "--format", "log", "--count", "3"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let send = env
        .can_command(&b, &["send", "-"])
        .stdin(Stdio::from(dump.stdout.take().unwrap()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("dump on bus", || calls(&a, "canRead").len() > 1);
    wait_for("send on bus", || !calls(&b, "canBusOn").is_empty());
    // Each frame sent on A's other channel reaches B before the next one is even sent on A: a live bridge.
    for (i, frame) in ["123#DEADBEEF", "1F334455#11", "321#R2"].iter().enumerate() {
        assert_code(&env.can(&a, &["send", "--channel", "1", frame]), 0);
        wait_for("the frame forwarded to B", || {
            calls(&b, "canWrite").len() == i + 1
        });
    }
    let dumped = finish(dump);
    assert_code(&dumped, 0);
    let sent = finish(send);
    assert_code(&sent, 0);
    assert_eq!(
        writes(&b),
        ["291 2 4 222,173,190,239", "523453525 4 1 17", "801 3 2 "]
    );
}

#[test]
fn interval_is_a_period_and_missed_slots_are_skipped_and_reported() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let send = env.spawn_can(
        &sim,
        &["send", "123#01", "--repeat", "25", "--interval", "20"],
    );
    wait_for("a few rounds", || calls(&sim, "canWrite").len() >= 3);
    // A device that stops answering for 200 ms (ten periods) makes the client fall behind.
    sim.signal("STOP");
    std::thread::sleep(std::time::Duration::from_millis(200));
    sim.signal("CONT");
    let out = finish(send);
    assert_code(&out, 0);
    // Every round is sent once: missed slots are skipped, not made up for with a burst at the end.
    assert_eq!(calls(&sim, "canWrite").len(), 25);
    assert!(
        out.stderr
            .contains("fieldctl: warning: fell behind the 20 ms period: "),
        "{out:?}"
    );
    assert!(out.stderr.contains(" slots skipped"), "{out:?}");
    // A run that keeps up reports nothing.
    let out = env.can(
        &sim,
        &["send", "123#01", "--repeat", "2", "--interval", "500"],
    );
    assert_code(&out, 0);
    assert!(!out.stderr.contains("fell behind"), "{out:?}");
}

#[test]
fn replay_maps_log_channels_to_device_channels_and_summarises() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--channels", "3"]);
    let log = env.path("three.log");
    std::fs::write(
        &log,
        "(1.000) can0 100#00\n(1.001) can1 101#01\n(1.002) can2 102#02\n(1.003) can1 103#03\n(1.004) can0 20000080#0000000000000000\n",
    )
    .unwrap();
    let log_s = log.to_str().unwrap();
    let out = env.can(
        &sim,
        &["replay", log_s, "--map", "can1=0", "--map", "can0=can2"],
    );
    assert_code(&out, 0);
    let chan = channel_of_handle(&sim);
    let sent: Vec<(String, String)> = calls(&sim, "canWrite")
        .iter()
        .map(|r| {
            (
                param(r, "id").unwrap().to_owned(),
                chan[param(r, "hnd").unwrap()].clone(),
            )
        })
        .collect();
    let want = [("256", "2"), ("257", "0"), ("259", "0")];
    assert_eq!(
        sent,
        want.map(|(i, c)| (i.to_owned(), c.to_owned())),
        "can2 is not in --map: skipped, as canplayer does"
    );
    assert!(
        out.stderr
            .contains("fieldctl: warning: skipping 1 frames of log channels --map does not name"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("fieldctl: warning: skipping 1 error frames: they cannot be sent"),
        "{out:?}"
    );
    assert!(
        out.stderr.contains("fieldctl: 3 frames sent in "),
        "{out:?}"
    );
    // Without --map every log channel goes on --channel.
    let before = calls(&sim, "canWrite").len();
    let out = env.can(&sim, &["replay", log_s, "--channel", "1"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("fieldctl: 4 frames sent in "),
        "{out:?}"
    );
    let opens = calls(&sim, "canOpenChannel");
    assert_eq!(param(opens.last().unwrap(), "channel"), Some("1"));
    assert_eq!(calls(&sim, "canWrite").len(), before + 4);
    // --map naming none of the log's channels, a bad --map, and --map with --channel: nothing is sent.
    let before = sim.requests().len();
    let out = env.can(&sim, &["replay", log_s, "--map", "vcan0=0"]);
    assert_fails(
        &out,
        10,
        "--map names none of its channels (can0, can1, can2)",
    );
    let out = env.can(&sim, &["replay", log_s, "--map", "can1:0"]);
    assert_fails(&out, 2, "--map can1:0: expected LOG=N");
    let out = env.can(
        &sim,
        &["replay", log_s, "--map", "can1=0", "--channel", "1"],
    );
    assert_code(&out, 2);
    assert_eq!(sim.requests().len(), before);
}

#[test]
fn replay_streams_its_log_from_stdin() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let (child, mut stdin) = spawn_piped(&env, &sim, &["replay", "-", "--ignore-timestamps"]);
    stdin.write_all(b"(5.0) can0 123#01\n").unwrap();
    stdin.flush().unwrap();
    // Played as read: the first frame is on the bus before the rest of the log exists.
    wait_for("the first frame", || calls(&sim, "canWrite").len() == 1);
    stdin
        .write_all(b"not a frame\n(6.0) can0 124#02\n(7.0) can0 20000080#0000000000000000\n")
        .unwrap();
    drop(stdin);
    let out = finish(child);
    assert_code(&out, 0);
    assert_eq!(ids(&sim), ["291", "292"]);
    assert!(
        out.stderr
            .contains("fieldctl: warning: skipping 1 error frames"),
        "{out:?}"
    );
    assert!(
        out.stderr.contains("fieldctl: 2 frames sent in "),
        "{out:?}"
    );
    // A log on stdin is read once: --loop is refused before anything is sent.
    let before = sim.requests().len();
    let out = env.can_stdin(&sim, &["replay", "-", "--loop", "2"], "(1.0) can0 123#01\n");
    assert_fails(&out, 2, "a log on stdin can be played only once");
    assert_eq!(sim.requests().len(), before);
}

#[test]
fn an_idle_bridge_keeps_its_session() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let (child, mut stdin) = spawn_piped(&env, &sim, &["send", "-", "--session-timeout", "1"]);
    stdin.write_all(b"123#01\n").unwrap();
    stdin.flush().unwrap();
    wait_for("the first frame", || calls(&sim, "canWrite").len() == 1);
    // Nothing on stdin for longer than the session timeout: harmless calls keep the session.
    let before = calls(&sim, "canReadTimer").len();
    wait_for("keep-alive calls", || {
        calls(&sim, "canReadTimer").len() >= before + 4
    });
    stdin.write_all(b"124#02\n").unwrap();
    drop(stdin);
    let out = finish(child);
    assert_code(&out, 0);
    assert_eq!(ids(&sim), ["291", "292"]);
    assert_eq!(calls(&sim, "canInitializeLibrary").len(), 1);
}

#[test]
fn a_replay_that_falls_behind_slips_and_says_so() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let log = env.path("paced.log");
    let text: String = (0..20)
        .map(|i| {
            format!(
                "({:.3}) can0 1{:02X}#{:02X}\n",
                10.0 + 0.02 * f64::from(i),
                i,
                i
            )
        })
        .collect();
    std::fs::write(&log, text).unwrap();
    let replay = env.spawn_can(&sim, &["replay", log.to_str().unwrap()]);
    wait_for("a few frames", || calls(&sim, "canWrite").len() >= 3);
    // A device that stops answering for 200 ms (ten of the log's gaps).
    sim.signal("STOP");
    std::thread::sleep(std::time::Duration::from_millis(200));
    sim.signal("CONT");
    let out = finish(replay);
    assert_code(&out, 0);
    // No frame of the log is dropped; the late one is counted and the schedule slips.
    let want: Vec<String> = (0..20).map(|i| (0x100 + i).to_string()).collect();
    assert_eq!(ids(&sim), want);
    assert!(
        out.stderr.contains("fieldctl: 20 frames sent in "),
        "{out:?}"
    );
    assert!(
        out.stderr.contains(" late (the schedule slipped "),
        "{out:?}"
    );
}

#[test]
fn ctrl_c_is_the_normal_end_of_a_bridge() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let (child, mut stdin) = spawn_piped(&env, &sim, &["send", "-"]);
    stdin.write_all(b"123#01\n").unwrap();
    stdin.flush().unwrap();
    let out = signal_when(
        child,
        "the first frame",
        || calls(&sim, "canWrite").len() == 1,
        "INT",
    );
    assert_code(&out, 0);
    assert_last_functions(&sim, &["S/canBusOff", "S/canClose", "S/canUnloadLibrary"]);
    drop(stdin);
}
