//! `fieldctl can` against `fieldctl sim can`: what is printed, what is sent (from the simulator's request log),
//! and that the device is always left free.

use std::io::Read;

use crate::support::*;

fn device_is_free(env: &Env, sim: &Sim) -> bool {
    env.can(&sim, &["status", "-o", "json"])
        .stdout
        .contains("\"usage\": 0")
}

fn no_session_state(env: &Env) -> bool {
    std::fs::read_dir(env.root.join("state/fieldctl"))
        .map(|d| {
            d.flatten()
                .all(|e| !e.file_name().to_string_lossy().ends_with(".json"))
        })
        .unwrap_or(true)
}

#[test]
fn status_shows_free_and_the_holder() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["status", "-o", "json"]);
    assert_code(&out, 0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["state"], "free");
    assert_eq!(v["usage"], 0);
    assert_eq!(sim.functions(), ["deviceStatus"]);
    assert_eq!(param(&sim.requests()[0], "ident"), Some("1"));
    get_json(&sim.addr, "/canInitializeLibrary?timeout=300");
    let v: serde_json::Value =
        serde_json::from_str(&env.can(&sim, &["status", "--json"]).stdout).unwrap();
    assert_eq!(v["state"], "in use via JSON API");
    assert_eq!(v["usage"], 2);
    assert_eq!(v["ip"], "127.0.0.1");
    assert!(v["timeout"].as_u64().unwrap() > 290);
}

#[test]
fn timer_opens_and_releases_everything() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["timer", "-o", "json", "--session-timeout", "45"]);
    assert_code(&out, 0);
    assert_eq!(
        sim.functions(),
        [
            "canInitializeLibrary",
            "S/canOpenChannel",
            "S/canReadTimer",
            "S/canClose",
            "S/canUnloadLibrary"
        ]
    );
    let idents: Vec<_> = sim
        .requests()
        .iter()
        .map(|r| param(r, "ident").unwrap().to_owned())
        .collect();
    assert_eq!(idents, ["1", "2", "3", "4", "5"]);
    assert_eq!(param(&sim.requests()[0], "timeout"), Some("45"));
    assert!(
        sim.requests()[0]["raw_query"]
            .as_str()
            .unwrap()
            .find("password")
            .is_none(),
        "no password source: none sent"
    );
    assert!(device_is_free(&env, &sim));
    assert!(no_session_state(&env));
}

#[test]
fn send_writes_exactly_the_frames_typed() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(
        &sim,
        &[
            "send",
            "123#DEADBEEF",
            "5A1#11.22.33",
            "1F334455#11",
            "123#R3",
            "7FF#",
            "--bitrate",
            "1M",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout, "");
    assert_eq!(
        sim.functions(),
        [
            "canInitializeLibrary",
            "S/canOpenChannel",
            "S/canSetBusParams",
            "S/canBusOn",
            "S/canWrite",
            "S/canWrite",
            "S/canWrite",
            "S/canWrite",
            "S/canWrite",
            "S/canBusOff",
            "S/canClose",
            "S/canUnloadLibrary"
        ]
    );
    let reqs = sim.requests();
    assert_eq!(param(&reqs[1], "channel"), Some("0"));
    assert_eq!(
        param(&reqs[1], "flags"),
        Some("512"),
        "canOPEN_ACCEPT_LARGE_DLC"
    );
    assert_eq!(param(&reqs[2], "freq"), Some("-1"));
    let writes: Vec<_> = calls(&sim, "canWrite")
        .iter()
        .map(|r| {
            ["id", "flag", "dlc", "msg"]
                .map(|k| param(r, k).unwrap().to_owned())
                .join(" ")
        })
        .collect();
    assert_eq!(
        writes,
        [
            "291 2 4 222,173,190,239",
            "1441 2 3 17,34,51",
            "523453525 4 1 17",
            "291 3 3 ",
            "2047 2 0 "
        ]
    );
    assert!(device_is_free(&env, &sim));
}

#[test]
fn custom_bitrates_and_profile_bitrate() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(
        &sim,
        &[
            "send",
            "123#00",
            "--bitrate",
            "800000",
            "--tseg1",
            "6",
            "--tseg2",
            "3",
            "--sjw",
            "1",
            "--samples",
            "1",
        ],
    );
    assert_code(&out, 0);
    let p = &calls(&sim, "canSetBusParams")[0];
    assert_eq!(
        ["freq", "tseg1", "tseg2", "sjw", "noSamp"].map(|k| param(p, k).unwrap()),
        ["800000", "6", "3", "1", "1"]
    );
    let out = env.can(&sim, &["send", "123#00", "--bitrate", "800000"]);
    assert_fails(&out, 2, "give --tseg1 --tseg2 --sjw --samples");
    env.write_config(&format!(
        "[profiles.b.can]\nhost = \"{}\"\nbitrate = \"125K\"\n",
        sim.addr
    ));
    assert_code(&env.run(&["-p", "b", "can", "send", "123#00"]), 0);
    assert_eq!(
        param(calls(&sim, "canSetBusParams").last().unwrap(), "freq"),
        Some("-4")
    );
}

#[test]
fn bad_frames_are_refused_before_anything_is_sent() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let cases = [
        ("800#11", "standard id 0x800 is above 0x7FF"),
        ("3FFFFFFF#11", "extended id 0x3FFFFFFF is above 0x1FFFFFFF"),
        (
            "123#112233445566778899",
            "column 21: more than 8 data bytes",
        ),
        ("123#ABC", "column 7: odd number of hex digits"),
        ("123#DEXD", "column 7: 'X' is not a hex digit"),
        ("123#R9", "remote request length 9 is above 8"),
        ("1234#11", "use 3 for a standard id or 8 for an extended id"),
    ];
    for (frame, message) in cases {
        let out = env.can(&sim, &["send", "123#00", frame]);
        assert_fails(&out, 2, &format!("bad frame '{frame}' (argument 2)"));
        assert!(out.stderr.contains(message), "{frame}: {out:?}");
    }
    assert!(
        sim.requests().is_empty(),
        "nothing may be sent: {:?}",
        sim.functions()
    );
}

#[test]
fn send_reads_frames_and_log_lines_from_stdin_and_repeats() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let input = "123#01\n\n(1436509052.249713) can0 00000456#0203 R\n; comment\n";
    let out = env.can_stdin(
        &sim,
        &["send", "-", "--repeat", "3", "--interval", "5"],
        input,
    );
    assert_code(&out, 0);
    let ids: Vec<_> = calls(&sim, "canWrite")
        .iter()
        .map(|r| param(r, "id").unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["291", "1110", "291", "1110", "291", "1110"]);
    let out = env.can_stdin(&sim, &["send", "-"], "123#01\n12#0\n");
    assert_fails(&out, 2, "(stdin line 2)");
}

#[test]
fn dump_and_send_test_each_other_across_channels() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--channels", "2"]);
    let dump = env.spawn_can(&sim, &["dump", "--channel", "1", "--count", "3"]);
    wait_for("dump on bus", || calls(&sim, "canRead").len() > 1);
    let out = env.can(&sim, &["send", "123#DEADBEEF", "1F334455#11", "123#R"]);
    assert_code(&out, 0);
    let out = finish(dump);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "  can1  123   [4]  DE AD BE EF\n  can1  1F334455   [1]  11\n  can1  123   [0]  remote request\n"
    );
    assert!(out.stderr.contains("3 frames in"), "{out:?}");
    // One session for both processes: the second joined it, the last one out unloaded it.
    assert_eq!(calls(&sim, "canInitializeLibrary").len(), 1);
    assert_eq!(calls(&sim, "canUnloadLibrary").len(), 1);
    assert_eq!(sim.functions().last().unwrap(), "S/canUnloadLibrary");
    assert!(device_is_free(&env, &sim));
    assert!(no_session_state(&env));
}

#[test]
fn dump_formats_and_timestamps() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "2000"]);
    let out = env.can(&sim, &["dump", "--count", "5", "--format", "ndjson"]);
    assert_code(&out, 0);
    let lines: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    for l in &lines {
        for key in [
            "timestamp",
            "channel",
            "id",
            "extended",
            "rtr",
            "error",
            "dlc",
            "data",
            "flags",
        ] {
            assert!(l.get(key).is_some(), "{key} in {l}");
        }
        let ts = l["timestamp"].as_f64().unwrap();
        assert!(
            (now - ts).abs() < 30.0,
            "absolute timestamps are wall-clock: {ts} vs {now}"
        );
        assert_eq!(
            l["data"].as_str().unwrap().len(),
            2 * l["dlc"].as_u64().unwrap() as usize
        );
    }
    let out = env.can(
        &sim,
        &[
            "dump",
            "--count",
            "3",
            "--format",
            "csv",
            "--timestamps",
            "zero",
        ],
    );
    assert_code(&out, 0);
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        rows[0],
        "timestamp,arbitration_id,extended,remote,error,dlc,data"
    );
    assert_eq!(rows.len(), 4);
    assert!(rows[1].starts_with("0.000000,0x"), "{rows:?}");
    let zero: Vec<f64> = rows[1..]
        .iter()
        .map(|r| r.split(',').next().unwrap().parse().unwrap())
        .collect();
    assert!(
        zero[2] > zero[0] && zero.windows(2).all(|w| w[0] <= w[1]),
        "{zero:?}"
    );
    let out = env.can(&sim, &["dump", "--count", "3", "--timestamps", "delta"]);
    assert_code(&out, 0);
    assert!(out.stdout.starts_with(" (000.000000)  can0  "), "{out:?}");
    // delta: each line the time since the previous frame (2000 frames/s: about half a millisecond)
    let deltas: Vec<f64> = out
        .stdout
        .lines()
        .map(|l| l[2..l.find(')').unwrap()].parse().unwrap())
        .collect();
    assert_eq!(deltas.len(), 3);
    assert!(
        deltas[1] > 0.0 && deltas[2] > 0.0 && deltas.iter().all(|d| *d < 0.5),
        "{deltas:?}"
    );
    // Log timestamps are anchored to the host clock via canReadTimer right after bus on, at 10 µs ticks.
    let ioctl = calls(&sim, "canIoCtl");
    assert_eq!(
        ["func", "buf"].map(|k| param(&ioctl[0], k).unwrap()),
        ["6", "10"]
    );
    let seq = sim.functions();
    let on = seq.iter().position(|f| f == "S/canBusOn").unwrap();
    assert_eq!(seq[on + 1], "S/canReadTimer");
}

#[test]
fn dump_device_and_client_filters() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "5000"]);
    let out = env.can(
        &sim,
        &[
            "dump",
            "--count",
            "50",
            "--format",
            "log",
            "--pass",
            "100-2FF",
            "--stop",
            "180-1FF",
            "--pass",
            "00000000-0000FFFF",
        ],
    );
    assert_code(&out, 0);
    let filters = calls(&sim, "canAddFilter");
    let f: Vec<_> = filters
        .iter()
        .map(|r| {
            ["type", "idMin", "id", "flags"]
                .map(|k| param(r, k).unwrap_or("-").to_owned())
                .join(" ")
        })
        .collect();
    assert_eq!(f, ["1 256 767 2", "1 0 65535 4", "2 384 511 2"]);
    assert_eq!(out.stdout.lines().count(), 50);
    for line in out.stdout.lines() {
        let id_text = line.split(' ').nth(2).unwrap().split('#').next().unwrap();
        let id = u32::from_str_radix(id_text, 16).unwrap();
        if id_text.len() == 3 {
            assert!(
                (0x100..=0x2FF).contains(&id) && !(0x180..=0x1FF).contains(&id),
                "{line}"
            );
        } else {
            assert!(id <= 0xFFFF, "{line}");
        }
    }
    // The frames a `can dump --format log …` printed: (id, ID#DATA).
    let dumped = |args: &[&str]| -> Vec<(u32, String)> {
        let mut all = vec!["dump", "--format", "log"];
        all.extend_from_slice(args);
        let out = env.can(&sim, &all);
        assert_code(&out, 0);
        out.stdout
            .lines()
            .map(|l| {
                let frame = l.split(' ').nth(2).unwrap().to_owned();
                let id = u32::from_str_radix(frame.split('#').next().unwrap(), 16).unwrap();
                (id, frame)
            })
            .collect()
    };
    // candump semantics: rx_id & mask == id & mask (a 3-digit filter does not look at the id's length)
    let frames = dumped(&["--count", "20", "--filter", "100:700"]);
    assert_eq!(frames.len(), 20);
    for (id, frame) in &frames {
        assert_eq!(id & 0x700, 0x100, "{frame}");
    }
    // inverted: everything but 1xx
    let frames = dumped(&["--count", "20", "--filter", "100~700"]);
    assert_eq!(frames.len(), 20);
    for (id, frame) in &frames {
        assert_ne!(id & 0x700, 0x100, "{frame}");
    }
    // a stop filter on extended ids stops only extended frames
    let frames = dumped(&["--duration", "0.5", "--stop", "00000000-1FFFFFFF"]);
    assert!(frames.len() > 10, "{frames:?}");
    assert!(
        frames.iter().all(|(_, f)| f.find('#') == Some(3)),
        "{frames:?}"
    );
    // counting pass: one id, THRESHOLD of every MAX frames
    let frames = dumped(&["--duration", "0.5", "--sample", "123:1/100"]);
    assert!(
        frames.iter().all(|(_, f)| f.starts_with("123#")),
        "{frames:?}"
    );
    let s = calls(&sim, "canAddFilter").last().cloned().unwrap();
    assert_eq!(
        ["type", "id", "counterThreshold", "counterMax", "flags"].map(|k| param(&s, k).unwrap()),
        ["3", "291", "1", "100", "2"]
    );
    let before = sim.requests().len();
    let out = env.can(&sim, &["dump", "--pass", "800"]);
    assert_fails(&out, 2, "--pass: standard id 0x800 is above 0x7FF");
    assert_eq!(sim.requests().len(), before, "nothing sent");
}

#[test]
fn dump_reports_error_frames_and_writes_a_file() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "5000", "--error-every", "10"]);
    let file = env.path("out.log");
    let out = env.can(
        &sim,
        &[
            "dump",
            "--errors",
            "--count",
            "40",
            "--format",
            "log",
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout, "");
    let text = read(&file);
    assert_eq!(text.lines().count(), 40);
    assert!(text.contains(" can0 20000080#0000000000000000"), "{text}");
    assert!(
        out.stderr.contains("error frames") && !out.stderr.contains(", 0 error frames"),
        "{out:?}"
    );
    let out = env.can(&sim, &["dump", "--errors", "--count", "40"]);
    assert!(out.stdout.contains("ERRORFRAME"), "{out:?}");
}

#[test]
fn ctrl_c_during_dump_stops_normally_and_frees_the_device() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "500"]);
    let mut dump = env.spawn_can(&sim, &["dump", "--format", "log"]);
    let mut first = [0u8; 1];
    dump.stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    signal(&dump, "INT");
    let out = finish(dump);
    assert_code(&out, 0);
    assert!(out.stderr.contains(" frames/s), "), "{out:?}");
    let tail: Vec<_> = sim.functions().into_iter().rev().take(3).collect();
    assert_eq!(tail, ["S/canUnloadLibrary", "S/canClose", "S/canBusOff"]);
    assert!(device_is_free(&env, &sim));
    assert!(no_session_state(&env));
}

#[test]
fn sigkill_during_dump_leaves_the_device_usable_at_once() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "200"]);
    let mut dump = env.spawn_can(&sim, &["dump", "--session-timeout", "600"]);
    let mut first = [0u8; 1];
    dump.stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    signal(&dump, "KILL");
    let _ = dump.wait();
    assert!(
        !device_is_free(&env, &sim),
        "the killed run's session still holds the device"
    );
    // the killed run's session is on record, privately
    let dir = env.root.join("state/fieldctl");
    let record = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .expect("a session record")
        .path();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&record).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let state: serde_json::Value = serde_json::from_str(&read(&record)).unwrap();
    let killed_session = state["session"].as_str().unwrap().to_owned();
    let read_path = calls(&sim, "canRead")[0]["path"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(read_path, format!("/{killed_session}/canRead"));
    // at once: not after the killed run's 600 s session timeout (the harness would give up first)
    let out = env.can(&sim, &["timer"]);
    assert_code(&out, 0);
    let unloads: Vec<String> = calls(&sim, "canUnloadLibrary")
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        unloads.len(),
        2,
        "the stale session was unloaded first, then ours"
    );
    assert_eq!(unloads[0], format!("/{killed_session}/canUnloadLibrary"));
    assert_ne!(unloads[1], unloads[0]);
    assert!(device_is_free(&env, &sim));
}

#[test]
fn one_stop_request_delivered_twice_still_cleans_up() {
    // `timeout -s INT` signals the command and then its process group: two SIGINTs a moment apart are one
    // request, and the device must still be released.
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let send = env.spawn_can(
        &sim,
        &["send", "123#01", "--repeat", "0", "--interval", "20"],
    );
    wait_for("a few frames", || calls(&sim, "canWrite").len() >= 3);
    signal(&send, "INT");
    signal(&send, "INT");
    let out = finish(send);
    assert!(
        !out.stderr.contains("interrupted again"),
        "a duplicate was taken for a second Ctrl-C: {out:?}"
    );
    assert_eq!(sim.functions().last().unwrap(), "S/canUnloadLibrary");
    assert!(device_is_free(&env, &sim));
}

#[test]
fn sigterm_during_send_cleans_up_and_exits_130() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let send = env.spawn_can(
        &sim,
        &["send", "123#01", "--repeat", "1000000", "--interval", "20"],
    );
    wait_for("a few frames", || calls(&sim, "canWrite").len() >= 3);
    signal(&send, "TERM");
    let out = finish(send);
    assert_fails(&out, 130, "interrupted");
    assert_eq!(sim.functions().last().unwrap(), "S/canUnloadLibrary");
    assert!(device_is_free(&env, &sim));
}

#[test]
fn second_client_gets_exit_8_with_the_holder() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    // A session this machine did not record (another host, or another user's tool).
    get_json(&sim.addr, "/canInitializeLibrary?timeout=120");
    let out = env.can(&sim, &["dump", "--count", "1"]);
    assert_fails(&out, 8, "in use via JSON API by 127.0.0.1 for up to 1");
}

#[test]
fn python_can_reads_our_log_and_we_replay_its_log() {
    crate::require_python!("can");
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "3000", "--channels", "2"]);
    let ours = env.path("ours.log");
    let out = env.can(
        &sim,
        &[
            "dump",
            "--count",
            "300",
            "--format",
            "log",
            "--file",
            ours.to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    let script = r#"
import sys, can
for m in can.LogReader(sys.argv[1]):
    if m.is_remote_frame:
        data = "R%d" % m.dlc if m.dlc else "R"
    else:
        data = m.data.hex().upper()
    fmt = "%08X" if m.is_extended_id else "%03X"
    print("%.6f %s %s#%s" % (m.timestamp, m.channel, fmt % m.arbitration_id, data))
"#;
    let py = std::process::Command::new("python3")
        .args(["-c", script, ours.to_str().unwrap()])
        .output()
        .expect("python3");
    assert!(
        py.status.success(),
        "python-can: {}",
        String::from_utf8_lossy(&py.stderr)
    );
    let theirs: Vec<String> = String::from_utf8(py.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let mine: Vec<String> = read(&ours)
        .lines()
        .map(|l| {
            let p: Vec<&str> = l.split(' ').collect();
            format!("{} {} {}", p[0].trim_matches(['(', ')']), p[1], p[2])
        })
        .collect();
    assert_eq!(theirs.len(), 300);
    assert_eq!(theirs, mine);

    // python-can writes a log (with its " R"/" T" suffixes); `can replay` sends it; a dump on channel 1 sees it.
    let theirs_log = env.path("theirs.log");
    let script = r#"
import sys, can
w = can.CanutilsLogWriter(sys.argv[1])
for i in range(20):
    w.on_message_received(can.Message(timestamp=100 + i * 0.001, arbitration_id=0x100 + i, is_extended_id=(i % 3 == 0), data=bytes([i, 255 - i])[: i % 3]))
w.on_message_received(can.Message(timestamp=100.5, arbitration_id=0x7FF, is_remote_frame=True, dlc=2))
w.stop()
"#;
    let py = std::process::Command::new("python3")
        .args(["-c", script, theirs_log.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let sim2 = Sim::start(&env, "can", &["--channels", "2"]);
    let dump = env.spawn_can(
        &sim2,
        &["dump", "--channel", "1", "--count", "21", "--format", "log"],
    );
    wait_for("dump on bus", || calls(&sim2, "canRead").len() > 1);
    let out = env.can(
        &sim2,
        &["replay", theirs_log.to_str().unwrap(), "--speed", "4"],
    );
    assert_code(&out, 0);
    let out = finish(dump);
    assert_code(&out, 0);
    let got: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.split(' ').nth(2).unwrap())
        .collect();
    let want: Vec<String> = read(&theirs_log)
        .lines()
        .map(|l| l.split(' ').nth(2).unwrap().to_owned())
        .collect();
    assert_eq!(got, want);
}

#[test]
fn replay_options_and_bad_logs() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let log = env.path("a.log");
    // Gaps of 1000 s: honouring them instead of --ignore-timestamps would outlast the harness's deadline.
    std::fs::write(&log, "# header\n(10.000000) can0 123#01\n(1010.000000) can0 124#02\nnot a frame\n(2010.000000) can0 20000080#0000000000000000\n").unwrap();
    let out = env.can(
        &sim,
        &[
            "replay",
            log.to_str().unwrap(),
            "--ignore-timestamps",
            "--gap",
            "0",
            "--loop",
            "3",
        ],
    );
    assert_code(&out, 0);
    assert!(out.stderr.contains("skipping 1 error frames"), "{out:?}");
    let ids: Vec<_> = calls(&sim, "canWrite")
        .iter()
        .map(|r| param(r, "id").unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["291", "292", "291", "292", "291", "292"]);
    std::fs::write(&log, "(1.0) can0 123#01\n(1.1) can0 123#0\n").unwrap();
    let out = env.can(&sim, &["replay", log.to_str().unwrap()]);
    assert_fails(&out, 10, "a.log:2: column 16: odd number of hex digits");
    let out = env.can(&sim, &["replay", env.path("missing.log").to_str().unwrap()]);
    assert_code(&out, 10);
}

#[test]
fn scripts_load_run_talk_and_unload() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let txe = env.path("hello.txe");
    std::fs::write(&txe, vec![7u8; 1496]).unwrap();
    let out = env.can(
        &sim,
        &[
            "script",
            "load",
            txe.to_str().unwrap(),
            "--slot",
            "1",
            "--start",
        ],
    );
    assert_code(&out, 0);
    let load = &calls(&sim, "kvScriptLoadFile")[0];
    assert_eq!(load["method"], "POST");
    assert_eq!(load["headers"]["content-type"], "application/octet-stream");
    assert_eq!(load["headers"]["content-length"], "1496");
    assert!(load["headers"].get("transfer-encoding").is_none());
    assert_eq!(load["body_size"], 1496);
    assert_eq!(param(load, "slotNo"), Some("1"));
    let out = env.can(&sim, &["script", "status", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 4);
    assert_eq!(v[1]["state"], "running");
    assert_eq!(v[0]["state"], "empty");
    // subscribe, send a key, read the text
    let mut follow = env.spawn_can(&sim, &["script", "text", "--slot", "1", "--follow"]);
    let printed = collect(follow.stdout.take().unwrap());
    wait_for("subscription", || {
        !calls(&sim, "kvScriptGetText").is_empty()
    });
    assert_code(
        &env.can(&sim, &["script", "event", "--slot", "1", "--key", "a"]),
        0,
    );
    let ev = calls(&sim, "kvScriptSendEvent");
    assert_eq!(
        ["eventType", "eventNo"].map(|k| param(&ev[0], k).unwrap()),
        ["1", "97"]
    );
    wait_for("key text on stdout", || {
        printed
            .lock()
            .unwrap()
            .contains("slot 1: key event 97 'a'\n")
    });
    signal(&follow, "INT");
    let out = finish(follow);
    assert_code(&out, 0);
    assert!(printed.lock().unwrap().starts_with("slot 1: "), "{out:?}");
    let req = calls(&sim, "kvScriptRequestText");
    assert_eq!(
        req.iter()
            .map(|r| param(r, "request").unwrap())
            .collect::<Vec<_>>(),
        ["2", "1"]
    );
    assert!(device_is_free(&env, &sim));
    // stop, unload; unload of a running script is a remote error
    assert_code(&env.can(&sim, &["script", "unload", "--slot", "1"]), 3);
    assert_code(
        &env.can(&sim, &["script", "stop", "--slot", "1", "--force"]),
        0,
    );
    assert_eq!(param(&calls(&sim, "kvScriptStop")[0], "mode"), Some("-9"));
    assert_code(&env.can(&sim, &["script", "unload", "--slot", "1"]), 0);
    let out = env.can(&sim, &["script", "status", "--slot", "1", "--json"]);
    assert!(out.stdout.contains("\"state\": \"empty\""), "{out:?}");
    assert!(device_is_free(&env, &sim));
}

#[test]
fn script_load_from_device_file() {
    let env = Env::new();
    let txe = env.path("s.txe");
    std::fs::write(&txe, b"txe").unwrap();
    let spec = format!("F:/s.txe={}", txe.display());
    let sim = Sim::start(&env, "can", &["--device-file", &spec]);
    assert_code(
        &env.can(
            &sim,
            &["script", "load", "--device-file", "F:/s.txe", "--slot", "0"],
        ),
        0,
    );
    assert_eq!(
        param(&calls(&sim, "kvScriptLoadFileOnDevice")[0], "localFile"),
        Some("F:/s.txe")
    );
    let out = env.can(
        &sim,
        &[
            "script",
            "load",
            "--device-file",
            "F:/none.txe",
            "--slot",
            "0",
        ],
    );
    assert_code(&out, 5);
}

#[test]
fn envvars_by_type() {
    let env = Env::new();
    let sim = Sim::start(
        &env,
        "can",
        &[
            "--envvar",
            "speed:int=42",
            "--envvar",
            "ratio:float=1.5",
            "--envvar",
            "msg:data[8]=Hello",
        ],
    );
    let get = |name: &str| -> serde_json::Value {
        let out = env.can(&sim, &["envvar", "get", name, "--json"]);
        assert_code(&out, 0);
        serde_json::from_str(&out.stdout).unwrap()
    };
    assert_eq!(get("speed")["value"], 42);
    assert_eq!(get("ratio")["value"], 1.5);
    let m = get("msg");
    assert_eq!(
        (
            m["type"].as_str(),
            m["size"].as_u64(),
            m["value"].as_str(),
            m["text"].as_str()
        ),
        (
            Some("data"),
            Some(8),
            Some("48656c6c6f000000"),
            Some("Hello")
        )
    );
    assert_code(&env.can(&sim, &["envvar", "set", "speed", "-7"]), 0);
    assert_eq!(get("speed")["value"], -7);
    assert_code(&env.can(&sim, &["envvar", "set", "ratio", "2.25"]), 0);
    assert_eq!(get("ratio")["value"], 2.25);
    assert_code(&env.can(&sim, &["envvar", "set", "msg", "Hi"]), 0);
    let set = calls(&sim, "kvScriptEnvvarSetData");
    assert_eq!(
        ["buf", "startIndex", "dataLen"].map(|k| param(&set[0], k).unwrap()),
        ["4869000000000000", "0", "8"]
    );
    assert_code(
        &env.can(&sim, &["envvar", "set", "msg", "0102", "--hex"]),
        0,
    );
    assert_eq!(get("msg")["value"], "0102000000000000");
    // too long: refused clearly, and the envvar is still closed
    let opens = calls(&sim, "kvScriptEnvvarOpen").len();
    let out = env.can(&sim, &["envvar", "set", "msg", "far too long"]);
    assert_fails(&out, 2, "holds 8 bytes; the value has 12");
    assert_eq!(calls(&sim, "kvScriptEnvvarOpen").len(), opens + 1);
    assert_eq!(calls(&sim, "kvScriptEnvvarClose").len(), opens + 1);
    assert_code(&env.can(&sim, &["envvar", "set", "speed", "fast"]), 2);
    let out = env.can(&sim, &["envvar", "get", "nope"]);
    assert_code(&out, 5);
    assert!(device_is_free(&env, &sim));
}

#[test]
fn files_put_ls_get_rm_format() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let local = env.path("config.kmf");
    let content: Vec<u8> = (0..5000u32).map(|i| (i * 7) as u8).collect();
    std::fs::write(&local, &content).unwrap();
    assert_code(&env.can(&sim, &["file", "put", local.to_str().unwrap()]), 0);
    let put = &calls(&sim, "kvFileCopyToDevice")[0];
    assert_eq!(param(put, "deviceFileName"), Some("F:/config.kmf"));
    assert_eq!(put["headers"]["content-length"], "5000");
    assert_eq!(put["headers"]["content-type"], "application/octet-stream");
    assert_code(
        &env.can(&sim, &["file", "put", local.to_str().unwrap(), "F:/b.bin"]),
        0,
    );
    let out = env.can(&sim, &["file", "ls", "-o", "csv"]);
    assert_eq!(out.stdout, "name\r\nF:/b.bin\r\nF:/config.kmf\r\n");
    // get into a directory: the device's name for it
    let dir = env.path("dl");
    std::fs::create_dir(&dir).unwrap();
    assert_code(
        &env.can(
            &sim,
            &["file", "get", "F:/config.kmf", dir.to_str().unwrap()],
        ),
        0,
    );
    assert_eq!(std::fs::read(dir.join("config.kmf")).unwrap(), content);
    assert_code(
        &env.can(
            &sim,
            &["file", "get", "F:/b.bin", dir.join("x").to_str().unwrap()],
        ),
        0,
    );
    assert_eq!(std::fs::read(dir.join("x")).unwrap(), content);
    // a file that is not there: exit 5 and nothing written, not even a temp file
    let out = env.can(
        &sim,
        &["file", "get", "F:/missing", dir.join("m").to_str().unwrap()],
    );
    assert_fails(&out, 5, "F:/missing: no such file on the device");
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_code(&env.can(&sim, &["file", "rm", "F:/b.bin"]), 0);
    assert_code(&env.can(&sim, &["file", "rm", "F:/b.bin"]), 5);
    let out = env.can(&sim, &["file", "format"]);
    assert_fails(&out, 2, "without --yes");
    assert!(calls(&sim, "kvFileDiskFormat").is_empty());
    assert_code(&env.can(&sim, &["file", "format", "--yes"]), 0);
    assert_eq!(env.can(&sim, &["file", "ls", "--json"]).stdout, "[]\n");
    assert_code(
        &env.can(&sim, &["file", "put", env.path("nope").to_str().unwrap()]),
        10,
    );
    assert!(device_is_free(&env, &sim));
}

#[test]
fn leds_identify_ioctl_and_raw() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    assert_code(
        &env.can(&sim, &["leds", "led3-on", "--led-timeout", "1000"]),
        0,
    );
    let l = &calls(&sim, "kvFlashLeds")[0];
    assert_eq!(
        ["action", "timeout"].map(|k| param(l, k).unwrap()),
        ["8", "1000"]
    );
    assert_code(&env.can(&sim, &["leds", "led12-on"]), 2);
    assert_code(&env.can(&sim, &["identify", "--seconds", "0.6"]), 0);
    let actions: Vec<_> = calls(&sim, "kvFlashLeds")
        .iter()
        .skip(1)
        .map(|r| param(r, "action").unwrap().to_owned())
        .collect();
    assert!(
        actions.len() >= 2 && actions[0] == "0" && actions[1] == "1",
        "{actions:?}"
    );
    let out = env.can(&sim, &["ioctl", "flush-rx", "--json"]);
    assert_code(&out, 0);
    assert_eq!(param(&calls(&sim, "canIoCtl")[0], "func"), Some("10"));
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v, serde_json::json!({"func": 10, "stat": 0, "buf": null}));
    let out = env.can(&sim, &["ioctl", "no-such-ioctl"]);
    assert_fails(&out, 2, "unknown ioctl 'no-such-ioctl'");
    let out = env.can(&sim, &["ioctl", "set-timer-scale", "--buf", "100"]);
    assert_code(&out, 0);
    assert_eq!(param(&calls(&sim, "canIoCtl")[1], "buf"), Some("100"));
    let out = env.can(&sim, &["raw", "canOpenChannel", "channel=1", "flags=8"]);
    assert_code(&out, 0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["stat"], 0);
    let out = env.can(&sim, &["raw", "canOpenChannel", "channel=9", "flags=0"]);
    assert_fails(&out, 3, "canERR_NOCHANNELS (-5): No channels available");
    assert!(device_is_free(&env, &sim));
}

#[test]
fn dump_silent_device_timestamps_and_overruns() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "4000", "--rx-queue", "5"]);
    let out = env.can(
        &sim,
        &[
            "dump",
            "--silent",
            "--duration",
            "0.5",
            "--format",
            "log",
            "--timestamps",
            "device",
        ],
    );
    assert_code(&out, 0);
    let oc = calls(&sim, "canSetBusOutputControl");
    assert_eq!(param(&oc[0], "drivertype"), Some("1"), "listen only");
    let seq = sim.functions();
    assert!(
        seq.iter().position(|f| f == "S/canSetBusOutputControl")
            < seq.iter().position(|f| f == "S/canBusOn")
    );
    // device time: seconds since bus on, small (not epoch seconds; generous for a loaded machine) and increasing
    let ts: Vec<f64> = out
        .stdout
        .lines()
        .map(|l| l[1..l.find(')').unwrap()].parse().unwrap())
        .collect();
    assert!(
        !ts.is_empty() && ts.iter().all(|t| *t < 60.0) && ts.windows(2).all(|w| w[0] <= w[1]),
        "{ts:?}"
    );
    // a 5-frame receive buffer at 4000 frames/s overflows between polls: counted and reported
    assert!(!out.stderr.contains(" 0 overruns"), "{out:?}");
    assert!(out.stderr.contains(" overruns"), "{out:?}");
}

#[test]
fn ctrl_c_keeps_every_frame_already_received_in_the_file() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "1000"]);
    let file = env.path("cap.log");
    let dump = env.spawn_can(
        &sim,
        &["dump", "--format", "log", "--file", file.to_str().unwrap()],
    );
    wait_for("frames in the file", || {
        std::fs::read_to_string(&file)
            .map(|t| t.lines().count() > 50)
            .unwrap_or(false)
    });
    signal(&dump, "INT");
    let out = finish(dump);
    assert_code(&out, 0);
    let text = read(&file);
    let written = text.lines().count();
    assert!(text.ends_with('\n'));
    let reported: usize = out
        .stderr
        .split("fieldctl: ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(written, reported, "{out:?}");
    assert!(device_is_free(&env, &sim));
}

#[test]
fn file_get_names_the_download_after_the_device_and_escapes_names_in_tables() {
    let env = Env::new();
    let src = env.path("src.bin");
    std::fs::write(&src, b"abc").unwrap();
    let odd = format!("F:/x.txe={}", src.display());
    let ctl = format!("F:/bad\u{1b}[2J.txe={}", src.display());
    let sim = Sim::start(&env, "can", &["--device-file", &odd, "--device-file", &ctl]);
    let cwd = env.path("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let out = env
        .command(&["can", "file", "get", "F:/x.txe", "--host", &sim.addr])
        .current_dir(&cwd)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read(cwd.join("x.txe")).unwrap(), b"abc");
    let out = env.can(&sim, &["file", "ls"]);
    assert!(
        out.stdout.contains("F:/bad\\u{1b}[2J.txe") && !out.stdout.contains('\u{1b}'),
        "{out:?}"
    );
    let out = env.can(&sim, &["file", "ls", "--json"]);
    assert!(out.stdout.contains("F:/bad\\u001b[2J.txe"), "{out:?}");
}

#[test]
fn simulator_replays_a_candump_log_as_bus_traffic() {
    let env = Env::new();
    let log = env.path("bus.log");
    std::fs::write(
        &log,
        "(5.000000) can0 100#11\n(5.010000) can0 00000200#2233\n(5.020000) can1 300#R\n",
    )
    .unwrap();
    let sim = Sim::start(&env, "can", &["--replay", log.to_str().unwrap()]);
    let out = env.can(
        &sim,
        &[
            "dump",
            "--count",
            "6",
            "--format",
            "log",
            "--timestamps",
            "zero",
        ],
    );
    assert_code(&out, 0);
    let frames: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.split(' ').nth(2).unwrap())
        .collect();
    // the log loops; the dump may join anywhere in it, but the order is the log's
    let cycle = ["100#11", "00000200#2233", "300#R"];
    let start = cycle.iter().position(|c| *c == frames[0]).unwrap();
    for (i, f) in frames.iter().enumerate() {
        assert_eq!(*f, cycle[(start + i) % 3], "{}", out.stdout);
    }
    let bad = env.path("bad.log");
    std::fs::write(&bad, "(1.0) can0 12#1\n").unwrap();
    let out = env.run(&[
        "sim",
        "can",
        "--listen",
        "127.0.0.1:0",
        "--replay",
        bad.to_str().unwrap(),
    ]);
    assert_code(&out, 10);
}

#[test]
fn script_start_and_numbered_events() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let txe = env.path("a.txe");
    std::fs::write(&txe, b"x").unwrap();
    assert_code(
        &env.can(
            &sim,
            &["script", "load", txe.to_str().unwrap(), "--slot", "2"],
        ),
        0,
    );
    // not running yet: an event is refused by the device (canERR_SCRIPT_FAIL)
    let out = env.can(&sim, &["script", "event", "--slot", "2", "--event", "5"]);
    assert_fails(&out, 3, "canERR_SCRIPT_FAIL (-39): Script error");
    assert_code(&env.can(&sim, &["script", "start", "--slot", "2"]), 0);
    assert_code(
        &env.can(&sim, &["script", "event", "--slot", "2", "--event", "5"]),
        0,
    );
    let ev = calls(&sim, "kvScriptSendEvent");
    assert_eq!(
        ["slotNo", "eventType", "eventNo"].map(|k| param(ev.last().unwrap(), k).unwrap()),
        ["2", "1", "5"]
    );
    assert_code(
        &env.can(&sim, &["script", "event", "--slot", "2", "--key", "ab"]),
        2,
    );
    assert_code(&env.can(&sim, &["script", "stop", "--slot", "2"]), 0);
    assert_eq!(param(&calls(&sim, "kvScriptStop")[0], "mode"), Some("0"));
    assert!(device_is_free(&env, &sim));
}

#[test]
fn send_uses_the_channel_asked_for() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--channels", "2"]);
    let dump = env.spawn_can(
        &sim,
        &["dump", "--channel", "0", "--count", "1", "--format", "log"],
    );
    wait_for("dump on bus", || calls(&sim, "canRead").len() > 1);
    assert_code(&env.can(&sim, &["send", "--channel", "1", "321#AB"]), 0);
    let out = finish(dump);
    assert_code(&out, 0);
    assert!(out.stdout.ends_with(" can0 321#AB\n"), "{out:?}");
    let opens: Vec<_> = calls(&sim, "canOpenChannel")
        .iter()
        .map(|r| param(r, "channel").unwrap().to_owned())
        .collect();
    assert_eq!(opens, ["0", "1"]);
}

#[test]
fn replay_follows_the_log_timing_and_speed() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let short = env.path("short.log");
    std::fs::write(
        &short,
        "(10.0) can0 100#01\n(10.2) can0 100#02\n(10.4) can0 100#03\n",
    )
    .unwrap();
    // Gaps of 500 s: a replay that did not speed them up or ignore them would outlast the harness's deadline.
    let long = env.path("long.log");
    std::fs::write(
        &long,
        "(0.0) can0 100#01\n(500.0) can0 100#02\n(1000.0) can0 100#03\n",
    )
    .unwrap();
    // When each frame reached the device after the first (lower bounds only: a busy machine is slower). The
    // schedule is absolute, so one delayed request may shorten the gap after it, never the time since the first.
    let gaps = |log: &std::path::Path, extra: &[&str]| -> Vec<f64> {
        let before = calls(&sim, "canWrite").len();
        let mut args = vec!["replay", log.to_str().unwrap()];
        args.extend_from_slice(extra);
        assert_code(&env.can(&sim, &args), 0);
        let times: Vec<f64> = calls(&sim, "canWrite")[before..]
            .iter()
            .map(|r| r["time"].as_f64().unwrap())
            .collect();
        assert_eq!(times.len(), 3);
        times[1..].iter().map(|t| t - times[0]).collect()
    };
    let at_least = |gaps: &[f64], secs: f64, what: &str| {
        assert!(
            gaps.iter()
                .enumerate()
                .all(|(i, g)| *g >= (i + 1) as f64 * secs * 0.95),
            "{what}: gaps {gaps:?} s"
        );
    };
    at_least(&gaps(&short, &[]), 0.2, "the log's own timing");
    at_least(&gaps(&short, &["--speed", "0.25"]), 0.8, "--speed 0.25");
    at_least(&gaps(&long, &["--speed", "1000"]), 0.5, "--speed 1000");
    at_least(
        &gaps(&long, &["--ignore-timestamps", "--gap", "300"]),
        0.3,
        "--gap 300",
    );
    assert_eq!(calls(&sim, "canWrite").len(), 12);
    let log = short;
    // --loop inf plays until Ctrl-C, then cleans up: exit 130
    let child = env.spawn_can(
        &sim,
        &[
            "replay",
            log.to_str().unwrap(),
            "--loop",
            "inf",
            "--ignore-timestamps",
            "--gap",
            "1",
        ],
    );
    wait_for("several loops", || calls(&sim, "canWrite").len() > 20);
    signal(&child, "INT");
    assert_code(&finish(child), 0); // --loop inf runs until stopped
    assert!(device_is_free(&env, &sim));
}

#[test]
fn the_first_owner_leaving_does_not_unload_the_shared_session() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    // the owner: a periodic send; then a dump joins its session
    let send = env.spawn_can(
        &sim,
        &["send", "123#01", "--repeat", "0", "--interval", "20"],
    );
    wait_for("sending", || calls(&sim, "canWrite").len() > 2);
    let mut dump = env.spawn_can(&sim, &["dump", "--format", "log"]);
    let printed = collect(dump.stdout.take().unwrap());
    wait_for("dump receiving", || {
        printed.lock().unwrap().lines().count() > 2
    });
    signal(&send, "INT");
    assert_code(&finish(send), 0); // --repeat 0 runs until stopped
    assert!(
        calls(&sim, "canUnloadLibrary").is_empty(),
        "the dump still uses the session"
    );
    let before = calls(&sim, "canRead").len();
    wait_for("dump still reading", || {
        calls(&sim, "canRead").len() > before + 3
    });
    signal(&dump, "TERM"); // SIGTERM stops a dump like Ctrl-C
    let out = finish(dump);
    assert_code(&out, 0);
    assert!(out.stderr.contains(" frames in "), "{out:?}");
    assert_eq!(calls(&sim, "canInitializeLibrary").len(), 1);
    assert_eq!(calls(&sim, "canUnloadLibrary").len(), 1);
    assert!(device_is_free(&env, &sim));
}

#[test]
fn file_to_stdout_and_script_text_once() {
    let env = Env::new();
    let src = env.path("a.bin");
    let bytes: Vec<u8> = (0..=255u8).collect();
    std::fs::write(&src, &bytes).unwrap();
    let spec = format!("F:/a.bin={}", src.display());
    let sim = Sim::start(&env, "can", &["--device-file", &spec]);
    let child = env.spawn_can(&sim, &["file", "get", "F:/a.bin", "-"]);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(o.stdout, bytes, "the bytes, unchanged, on stdout");
    // script text without --follow: what is there now, then unsubscribe
    let txe = env.path("s.txe");
    std::fs::write(&txe, b"x").unwrap();
    assert_code(
        &env.can(
            &sim,
            &[
                "script",
                "load",
                txe.to_str().unwrap(),
                "--slot",
                "0",
                "--start",
            ],
        ),
        0,
    );
    let out = env.can(&sim, &["script", "text", "--slot", "0"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "", "nothing printed since this run subscribed");
    let req: Vec<_> = calls(&sim, "kvScriptRequestText")
        .iter()
        .map(|r| param(r, "request").unwrap().to_owned())
        .collect();
    assert_eq!(req, ["2", "1"]);
    assert_eq!(calls(&sim, "kvScriptGetText").len(), 1);
}

#[test]
fn session_timeout_from_flag_env_and_profile() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    env.write_config(&format!(
        "default_profile = \"p\"\n[profiles.p.can]\nhost = \"{}\"\nsession_timeout = 77\n",
        sim.addr
    ));
    let timeouts = |sim: &Sim| -> Vec<String> {
        calls(sim, "canInitializeLibrary")
            .iter()
            .map(|r| param(r, "timeout").unwrap().to_owned())
            .collect()
    };
    assert_code(&env.run(&["can", "timer"]), 0);
    env.set("FIELDCTL_CAN_SESSION_TIMEOUT", "66");
    assert_code(&env.run(&["can", "timer"]), 0);
    assert_code(&env.run(&["can", "timer", "--session-timeout", "55"]), 0);
    assert_eq!(timeouts(&sim), ["77", "66", "55"]);
    let out = env.run(&["can", "timer", "--session-timeout", "86400"]);
    assert_code(&out, 2);
    env.set("FIELDCTL_CAN_SESSION_TIMEOUT", "0");
    assert_code(&env.run(&["can", "timer"]), 10);
    assert_eq!(timeouts(&sim).len(), 3, "nothing sent for bad timeouts");
}

#[test]
fn file_format_asks_on_a_terminal() {
    crate::require_python!();
    let env = Env::new();
    let src = env.path("a.bin");
    std::fs::write(&src, b"x").unwrap();
    let spec = format!("F:/a.bin={}", src.display());
    let sim = Sim::start(&env, "can", &["--device-file", &spec]);
    // python's pty gives fieldctl a terminal; the answer is typed at the question
    let script = r#"
import os, pty, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], ["fieldctl", "can", "file", "format", "--host", sys.argv[2]])
out = b""
deadline = time.time() + 10
while b"[y/N]" not in out and time.time() < deadline:
    out += os.read(fd, 100)
os.write(fd, sys.argv[3].encode() + b"\n")
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status), out.decode().strip().splitlines()[-1])
"#;
    let ask = |answer: &str| {
        let o = env
            .external("python3", &["-c", script, BIN, &sim.addr, answer])
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).trim().to_owned()
    };
    let said_no = ask("n");
    assert!(
        said_no.starts_with("2 Erase every file on the device at http://127.0.0.1:"),
        "{said_no}"
    );
    assert!(calls(&sim, "kvFileDiskFormat").is_empty());
    let said_yes = ask("y");
    assert!(said_yes.starts_with("0 "), "{said_yes}");
    assert_eq!(calls(&sim, "kvFileDiskFormat").len(), 1);
}

#[test]
fn progress_only_on_a_terminal_and_not_with_no_progress_or_quiet() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--flash-size", "100000000"]);
    let big = env.path("big.bin");
    std::fs::write(&big, vec![0x5Au8; 5 << 20]).unwrap();
    let on_tty = |extra: &str| {
        let cmd = format!(
            "{BIN} can file put {} --host {} {extra}",
            big.display(),
            sim.addr
        );
        let o = env
            .external("script", &["-qec", &cmd, "/dev/null"])
            .output()
            .unwrap();
        assert!(o.status.success());
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    assert!(on_tty("").contains("uploading"), "a bar on a terminal");
    assert!(!on_tty("--no-progress").contains("uploading"));
    assert!(!on_tty("-q").contains("uploading"));
    let out = env.can(&sim, &["file", "put", big.to_str().unwrap()]);
    assert_code(&out, 0);
    assert!(
        !out.stderr.contains("uploading"),
        "no bar when stderr is not a terminal: {out:?}"
    );
}
