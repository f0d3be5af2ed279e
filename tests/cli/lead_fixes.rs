//! Clean-up against a device that stopped answering, uploads over existing device files, joining a session
//! whose channel was set up otherwise.

use crate::support::*;

#[test]
fn ctrl_c_against_a_hung_device_gives_up_the_clean_up_after_one_bounded_try() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let dump = env.spawn_can(&sim, &["dump"]);
    wait_for("the dump to read", || !calls(&sim, "canRead").is_empty());
    sim.signal("STOP");
    // With three clean-up calls (bus off, close, unload) each waiting the 30 s timeout, this would take 90 s and
    // run into the harness's deadline: the first unanswered one ends the clean-up.
    signal(&dump, "TERM");
    let out = finish(dump);
    sim.signal("CONT");
    assert_fails(
        &out,
        130,
        "not sent: the peer did not answer the clean-up after Ctrl-C",
    );
    assert!(
        out.stderr
            .contains("fieldctl: interrupted: releasing a session on the device at "),
        "{out:?}"
    );
    // The record stays, ownerless: the next run frees the device first. (The stopped device may still have
    // queued the one clean-up call that was tried, canBusOff, and answer it once it runs again.)
    assert_code(&env.can(&sim, &["timer"]), 0);
    let f = sim.functions();
    let last_read = f.iter().rposition(|f| f == "S/canRead").unwrap();
    let mut next = &f[last_read + 1..];
    if next.first().is_some_and(|f| f == "S/canBusOff") {
        next = &next[1..]; // the queued attempt, when the device still read it once running again
    }
    assert_eq!(
        next[..2],
        ["S/canUnloadLibrary", "canInitializeLibrary"],
        "{f:?}"
    );
    assert_eq!(f.iter().filter(|f| *f == "S/canClose").count(), 1, "{f:?}");
}

/// An address whose connection attempts go unanswered, like a device that is switched off: a listener with
/// a backlog of 0, already full.
fn unanswering_peer() -> (std::process::Child, String) {
    use std::io::BufRead;
    let script = r#"
import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
port = s.getsockname()[1]
held = []
for _ in range(3):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(("127.0.0.1", port))
    except BlockingIOError: pass
    held.append(c)
time.sleep(0.3)
print(f"127.0.0.1:{port}", flush=True)
time.sleep(600)
"#;
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, line.trim().to_owned())
}

#[test]
fn ctrl_c_while_connecting_to_a_device_that_does_not_answer_exits_at_once() {
    // The unanswering peer is a Python script (a listen backlog held full).
    crate::require_python!();
    let env = Env::new();
    let (mut peer, addr) = unanswering_peer();
    // --timeout 600: an uninterruptible connect would outlast the harness's deadline.
    let timer = env.spawn_can(&addr, &["timer", "--timeout", "600"]);
    let port = addr.rsplit(':').next().unwrap().to_owned();
    wait_for("fieldctl to be connecting", || {
        tcp_state("syn-sent", &port, timer.id())
    });
    signal(&timer, "INT");
    let out = finish(timer);
    assert_code(&out, 130);
    assert!(!out.stderr.contains("left behind"), "{out:?}");
    // Without Ctrl-C, the same connect ends at --timeout.
    let out = env.can(&addr, &["status", "--timeout", "1"]);
    assert_fails(&out, 7, "/deviceStatus?ident=1: no answer within 1 s");
    let _ = peer.kill();
    let _ = peer.wait();
}

/// Whether process `pid` has a TCP connection to 127.0.0.1:`port` in `state` (`syn-sent`: its connection
/// attempt is not answered yet; `established`), as `ss` sees it.
fn tcp_state(state: &str, port: &str, pid: u32) -> bool {
    let out = std::process::Command::new("ss")
        .args(["-Htnp", "state", state, "dst", &format!("127.0.0.1:{port}")])
        .output()
        .expect("ss (iproute2)");
    String::from_utf8_lossy(&out.stdout).contains(&format!("pid={pid},"))
}

#[test]
fn a_profile_named_on_the_command_line_must_exist_even_when_no_setting_is_read() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    env.write_config("[profiles.lab.can]\nhost = \"h\"\n");
    let out = env.run(&["-p", "nope", "can", "status", "--host", &sim.addr]);
    assert_fails(&out, 10, "requested profile 'nope' does not exist");
    assert!(sim.requests().is_empty(), "nothing is sent");
    env.set("FIELDCTL_PROFILE", "nope");
    assert_fails(
        &env.can(&sim, &["status"]),
        10,
        "requested profile 'nope' does not exist",
    );
    // An existing one is fine, and without a named profile a broken file does not stop `can status --host`.
    assert_code(
        &env.run(&["-p", "lab", "can", "status", "--host", &sim.addr]),
        0,
    );
    let env = Env::new();
    env.write_config("[profiles.lab\n");
    assert_code(&env.can(&sim, &["status"]), 0);
}

#[test]
fn joining_with_another_bitrate_from_a_setting_warns_and_a_listen_only_channel_is_not_sent_on() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let dump = env.spawn_can(&sim, &["dump", "--bitrate", "250K", "--silent"]);
    wait_for("the dump on bus", || !calls(&sim, "canRead").is_empty());
    // A sender would transmit on a channel the dump put in listen-only mode: refused, nothing written.
    let out = env.can(&sim, &["send", "001#01"]);
    assert_fails(
        &out,
        8,
        "channel 0 is listen-only for this session (`can dump --silent`",
    );
    assert!(
        out.stderr.contains(&format!("PID {}", dump.id())),
        "{out:?}"
    );
    assert!(calls(&sim, "canWrite").is_empty());
    // Another channel is free to use.
    assert_code(&env.can(&sim, &["send", "001#02", "--channel", "1"]), 0);
    signal(&dump, "INT");
    assert_code(&finish(dump), 0);

    let reads = calls(&sim, "canRead").len();
    let dump = env.spawn_can(&sim, &["dump", "--bitrate", "250K"]);
    wait_for("the dump on bus", || calls(&sim, "canRead").len() > reads);
    env.set("FIELDCTL_CAN_BITRATE", "500K");
    let out = env.can(&sim, &["send", "001#03"]);
    assert_fails(
        &out,
        0,
        "warning: channel 0 is already on the session's bus at 250K (set by fieldctl PID",
    );
    assert!(
        out.stderr
            .contains("joining at that rate, not at 500K from FIELDCTL_CAN_BITRATE"),
        "{out:?}"
    );
    assert_eq!(calls(&sim, "canWrite").len(), 2);
    signal(&dump, "INT");
    assert_code(&finish(dump), 0);
}

#[test]
fn dump_file_no_clobber_and_a_missing_directory_are_refused_before_the_device_is_touched() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "1000"]);
    let trip = env.path("trip.log");
    std::fs::write(&trip, "precious\n").unwrap();
    let out = env.can(
        &sim,
        &[
            "dump",
            "--count",
            "1",
            "--file",
            trip.to_str().unwrap(),
            "--no-clobber",
        ],
    );
    assert_fails(&out, 10, "trip.log");
    assert_eq!(std::fs::read_to_string(&trip).unwrap(), "precious\n");
    let missing = env.path("nodir/trip.log");
    let out = env.can(
        &sim,
        &["dump", "--count", "1", "--file", missing.to_str().unwrap()],
    );
    assert_fails(&out, 10, "nodir");
    let dir = env.path("adir");
    std::fs::create_dir(&dir).unwrap();
    let out = env.can(
        &sim,
        &["dump", "--count", "1", "--file", dir.to_str().unwrap()],
    );
    assert_fails(&out, 10, "adir: is a directory");
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    // Without --no-clobber the capture replaces the file, as cp would.
    let out = env.can(
        &sim,
        &["dump", "--count", "1", "--file", trip.to_str().unwrap()],
    );
    assert_code(&out, 0);
    assert!(!std::fs::read_to_string(&trip).unwrap().contains("precious"));
}

#[test]
fn leds_with_only_the_http_timeout_says_which_is_which() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["leds", "all-on", "--timeout", "1000"]);
    assert_fails(
        &out,
        0,
        "warning: --timeout is the HTTP timeout in seconds; the time the LEDs stay so is --led-timeout MS",
    );
    assert_eq!(param(&calls(&sim, "kvFlashLeds")[0], "timeout"), None);
    // Both given, or the LED time alone: no warning.
    for args in [
        &["leds", "all-on", "--timeout", "5", "--led-timeout", "1000"][..],
        &["leds", "all-on", "--led-timeout", "1000"][..],
    ] {
        let out = env.can(&sim, args);
        assert_code(&out, 0);
        assert!(!out.stderr.contains("warning"), "{out:?}");
    }
}

#[test]
fn hints_for_device_file_names_and_impossible_bitrates() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["file", "get", "hello.txt", "-"]);
    assert_fails(
        &out,
        5,
        "hint: device files are named with their drive, like F:/hello.txt",
    );
    let out = env.can(&sim, &["send", "001#01", "--bitrate", "5000000"]);
    assert_fails(
        &out,
        2,
        "a classic CAN bus runs at 1M (1000000 bit/s) at most",
    );
    let out = env.can(&sim, &["send", "001#01", "--bitrate", "fast"]);
    assert_fails(
        &out,
        2,
        "expected 1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, keep or bits per second",
    );
    assert!(calls(&sim, "canWrite").is_empty());
}

#[test]
fn https_to_a_plain_http_port_hints_at_http() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&format!("https://{}", sim.addr), &["status"]);
    assert_fails(
        &out,
        6,
        &format!(
            "hint: the server did not answer in TLS: if it speaks plain HTTP, use an http:// address (http://{})",
            sim.addr
        ),
    );
}

#[test]
fn password_stdin_loses_to_the_variable_with_a_warning() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "right"]);
    env.set("FIELDCTL_CAN_PASSWORD", "right");
    let out = env.can_stdin(&sim, &["timer", "--password-stdin"], "wrong\n");
    assert_fails(
        &out,
        0,
        "warning: --password-stdin is ignored: FIELDCTL_CAN_PASSWORD is set and comes first",
    );
}

#[test]
fn a_dump_stopped_before_the_device_was_its_own_prints_no_summary() {
    let env = Env::new();
    // A device that takes the connection and never answers canInitializeLibrary; Ctrl-C while waiting.
    let addr = silent_peer();
    let dump = env.spawn_can(&addr, &["dump"]);
    let port = addr.rsplit(':').next().unwrap().to_owned();
    wait_for("the request to be sent", || {
        tcp_state("established", &port, dump.id())
    });
    signal(&dump, "INT");
    let out = finish(dump);
    assert_code(&out, 130);
    assert!(!out.stderr.contains("frames in"), "{out:?}");
}

#[test]
fn empty_script_slots_are_explained() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["script", "start", "--slot", "1"]);
    assert_fails(&out, 3, "hint: is a script loaded in that slot");
    let follow = env.spawn_can(&sim, &["script", "text", "--slot", "1", "--follow"]);
    let out = signal_when(
        follow,
        "the text to be read",
        || !calls(&sim, "kvScriptGetText").is_empty(),
        "INT",
    );
    assert_fails(
        &out,
        0,
        "slot 1 has no script loaded: waiting for one to print",
    );
    let out = env.can(&sim, &["script", "text", "--slot", "99", "--follow"]);
    assert_fails(&out, 5, "the device has no script slot 99");
}

/// A relay to `target` that holds every answer back for `delay` (a slow link).
fn slow_answers(target: &str, delay: std::time::Duration) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let target = target.to_owned();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = std::net::TcpStream::connect(&target) else {
                continue;
            };
            let (mut c_in, mut s_out) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                while let Ok(n @ 1..) = c_in.read(&mut buf) {
                    if s_out.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            });
            let (mut s_in, mut c_out) = (server, client);
            std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                while let Ok(n @ 1..) = s_in.read(&mut buf) {
                    std::thread::sleep(delay);
                    if c_out.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            });
        }
    });
    addr
}

#[test]
fn ctrl_c_while_the_session_is_being_opened_waits_for_it_and_releases_it() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let relay = slow_answers(&sim.addr, std::time::Duration::from_millis(1500));
    let timer = env.spawn_can(&relay, &["timer"]);
    // The device has opened the session; its answer is still on the way.
    let out = signal_when(
        timer,
        "the device to open the session",
        || !calls(&sim, "canInitializeLibrary").is_empty(),
        "INT",
    );
    assert_code(&out, 130);
    assert!(
        out.stderr
            .contains("interrupted: waiting up to 5 s for the answer that names the session"),
        "{out:?}"
    );
    assert_eq!(
        calls(&sim, "canUnloadLibrary").len(),
        1,
        "{:?}",
        sim.functions()
    );
    let status = env.can(&sim, &["status", "-o", "json"]);
    assert!(status.stdout.contains(r#""state": "free""#), "{status:?}");
}

#[test]
fn a_run_until_stopped_whose_clean_up_fails_does_not_exit_0() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let send = env.spawn_can(
        &sim,
        &["send", "001#01", "--repeat", "0", "--interval", "10"],
    );
    wait_for("sending", || !calls(&sim, "canWrite").is_empty());
    sim.signal("STOP");
    signal(&send, "INT");
    let out = finish(send);
    sim.signal("CONT");
    // Stopped by Ctrl-C as designed, but the device was not released: that is not success.
    assert_fails(&out, 130, "cleaning up after Ctrl-C");
    assert!(
        out.stderr.contains("no answer within 5 s"),
        "the clean-up's own timeout: {out:?}"
    );
}

#[test]
fn no_clobber_keeps_files_but_writes_through_devices_and_refuses_dangling_links() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--device-file", "F:/x.txt=/dev/null"]);
    assert_code(
        &env.can(
            &sim,
            &["file", "get", "F:/x.txt", "/dev/null", "--no-clobber"],
        ),
        0,
    );
    let link = env.path("link.txt");
    std::os::unix::fs::symlink(env.path("nothere.txt"), &link).unwrap();
    let out = env.can(
        &sim,
        &[
            "file",
            "get",
            "F:/x.txt",
            link.to_str().unwrap(),
            "--no-clobber",
        ],
    );
    assert_fails(
        &out,
        10,
        "is a symlink to a file that does not exist (--no-clobber)",
    );
    assert!(!env.path("nothere.txt").exists());
}
