//! `can dump` in the field: a slow reader never kills it, dropped frames are said, error frames are asked for,
//! an error says what was kept, and polling adapts to the traffic (asserted from the `max` sent).

use std::io::{BufRead, BufReader, Read};

use crate::support::*;

fn device_is_free(env: &Env, sim: &Sim) -> bool {
    env.can(&sim, &["status", "-o", "json"])
        .stdout
        .contains("\"usage\": 0")
}

/// The frame count of the summary line (`fieldctl: N frames …`).
fn reported(stderr: &str) -> usize {
    let line = stderr
        .lines()
        .find(|l| l.contains(" frames/s), "))
        .unwrap_or_else(|| panic!("no summary in {stderr:?}"));
    line["fieldctl: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// `max` of every canRead sent.
fn read_max(sim: &Sim) -> Vec<usize> {
    calls(sim, "canRead")
        .iter()
        .map(|r| param(r, "max").unwrap().parse().unwrap())
        .collect()
}

#[test]
fn can_dump_outlives_a_reader_slower_than_the_session_timeout() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "5000"]);
    // 5,000 frames/s fill a pipe in well under a second; nobody reads it for longer than the 1 s timeout.
    let dump = env.spawn_can(&sim, &["dump", "--format", "log", "--session-timeout", "1"]);
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let reads_while_blocked = calls(&sim, "canRead").len();
    signal(&dump, "INT");
    let out = finish(dump);
    assert_code(&out, 0);
    assert!(!out.stderr.contains("canERR_INVALID_SESSION"), "{out:?}");
    assert!(!out.stderr.contains("dropped"), "{out:?}");
    // the device was polled all along: at least one canRead a second after the pipe filled
    assert!(reads_while_blocked > 10, "{reads_while_blocked} canReads");
    assert!(out.stdout.ends_with('\n'));
    assert_eq!(
        out.stdout.lines().count(),
        reported(&out.stderr),
        "{}",
        out.stderr
    );
    assert!(out.stdout.lines().count() > 5000, "{}", out.stderr);
    assert_last_functions(&sim, &["S/canBusOff", "S/canClose", "S/canUnloadLibrary"]);
    assert!(device_is_free(&env, &sim));
}

#[test]
fn can_dump_drops_frames_when_its_buffer_is_full_and_says_so_at_once() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "5000"]);
    let mut dump = env.spawn_can(&sim, &["dump", "--format", "log", "--buffer", "100"]);
    // The warning comes while stdout is still unread, not at the end.
    let mut err = BufReader::new(dump.stderr.take().unwrap());
    let mut first = String::new();
    err.read_line(&mut first).unwrap();
    assert_eq!(
        first,
        "fieldctl: warning: output too slow: the buffer of 100 frames is full, frames are dropped until it drains\n"
    );
    signal(&dump, "INT");
    let out = finish(dump);
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), reported(&rest), "{rest}");
    let dropped = rest
        .split(", ")
        .find(|p| p.ends_with(" frames dropped: output too slow\n"))
        .unwrap_or_else(|| panic!("{rest}"));
    let n: u64 = dropped
        .split(' ')
        .next()
        .unwrap()
        .replace(',', "")
        .parse()
        .unwrap();
    assert!(n > 0, "{rest}");
    assert!(device_is_free(&env, &sim));
}

#[test]
fn can_dump_buffer_is_documented_and_checked() {
    let env = Env::new();
    let out = env.run(&["can", "dump", "--help"]);
    assert!(out.stdout.contains("--buffer <FRAMES>"), "{out:?}");
    assert!(out.stdout.contains("[default: 100000]"), "{out:?}");
    let out = env.run(&["can", "dump", "--buffer", "0", "--host", "127.0.0.1:1"]);
    assert_code(&out, 2);
}

/// A looping log: the id asked for, an error frame (Linux's CAN_ERR_FLAG), and another id.
fn error_traffic(env: &Env) -> Sim {
    let log = env.path("traffic.log");
    std::fs::write(
        &log,
        "(0.000000) can0 18FF00F9#11\n(0.001000) can0 20000080#0000000000000000\n\
         (0.002000) can0 123#22\n(0.003000) can0 20000080#0000000000000000\n",
    )
    .unwrap();
    Sim::start(env, "can", &["--replay", log.to_str().unwrap()])
}

#[test]
fn can_dump_error_frames_hidden_by_default_and_shown_with_errors() {
    let env = Env::new();
    let sim = error_traffic(&env);
    let out = env.can(
        &sim,
        &[
            "dump", "--pass", "18FF00F9", "--count", "5", "--format", "log",
        ],
    );
    assert_code(&out, 0);
    let frames: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(frames, ["18FF00F9#11"; 5], "{out:?}");
    let f = calls(&sim, "canAddFilter");
    assert_eq!(
        params(&f[0], ["id", "flags"]),
        ["419365113".to_string(), "4".into()]
    );
    // hidden, yet counted
    assert!(out.stderr.contains("fieldctl: 5 frames ("), "{out:?}");
    assert!(!out.stderr.contains(", 0 error frames"), "{out:?}");
    // candump screen lines without --errors: no ERRORFRAME
    let out = env.can(&sim, &["dump", "--count", "20"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), 20);
    assert!(!out.stdout.contains("ERRORFRAME"), "{out:?}");
    // --errors shows them, and what is printed is what --count counts
    let out = env.can(&sim, &["dump", "--errors", "--count", "20"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), 20);
    assert!(out.stdout.contains("ERRORFRAME"), "{out:?}");
    assert!(out.stdout.contains(" 18FF00F9 "), "{out:?}");
    // client-side filters never let an error frame through unless asked for
    let out = env.can(
        &sim,
        &[
            "dump", "--filter", "123:7FF", "--count", "4", "--format", "log",
        ],
    );
    let frames: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(frames, ["123#22"; 4], "{out:?}");
}

#[test]
fn can_dump_that_fails_says_what_it_kept_and_where() {
    let env = Env::new();
    for to_file in [true, false] {
        let sim = Sim::start(&env, "can", &["--traffic", "1000"]);
        let file = env.path("kept.log");
        let _ = std::fs::remove_file(&file);
        let mut args = vec!["dump", "--format", "log"];
        let path = file.to_str().unwrap().to_owned();
        if to_file {
            args.extend(["--file", &path]);
        }
        let mut dump = env.spawn_can(&sim, &args);
        if to_file {
            wait_for("frames in the file", || {
                std::fs::read_to_string(&file).is_ok_and(|t| t.lines().count() > 20)
            });
        } else {
            let mut first = [0u8; 1];
            dump.stdout
                .as_mut()
                .unwrap()
                .read_exact(&mut first)
                .unwrap();
        }
        // the device goes away mid-dump
        sim.signal("KILL");
        let out = finish(dump);
        assert_ne!(out.code, 0, "{out:?}");
        let kept = if to_file {
            read(&file).lines().count()
        } else {
            out.stdout.lines().count() // the byte read above began the first line
        };
        let place = if to_file { path.as_str() } else { "stdout" };
        let said = format!("fieldctl: {kept} frames kept in {place} before the error\n");
        assert!(out.stderr.contains(&said), "{said:?} in {out:?}");
    }
}

#[test]
fn can_dump_file_dash_is_stdout() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "1000"]);
    let out = env.can(
        &sim,
        &["dump", "--file", "-", "--count", "3", "--format", "log"],
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), 3, "{out:?}");
    assert!(!env.root.join("-").exists());
}

#[test]
fn can_dump_polls_an_idle_bus_with_small_batches_at_most_ten_times_a_second() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["dump", "--duration", "0.6"]);
    assert_code(&out, 0);
    let max = read_max(&sim);
    assert!(max.iter().all(|m| *m == 64), "{max:?}");
    // 100 ms at least between starts: no more than 0.6 s / 100 ms + 1, however slow the machine
    assert!(!max.is_empty() && max.len() <= 7, "{} canReads", max.len());
}

#[test]
fn can_dump_asks_for_bigger_batches_on_a_busy_bus() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "9000"]);
    let out = env.can(&sim, &["dump", "--duration", "1", "--format", "log"]);
    assert_code(&out, 0);
    let max = read_max(&sim);
    assert_eq!(max[0], 64);
    // 450 frames a 50 ms period: room for twice that, so never a full batch once settled
    assert!(max.iter().any(|m| *m >= 1024), "{max:?}");
    assert!(
        max.iter().all(|m| *m <= 4096 && m.is_power_of_two()),
        "{max:?}"
    );
    assert!(out.stdout.lines().count() > 1000, "{}", out.stderr);
}

#[test]
fn can_dump_into_a_reader_that_leaves_ends_quietly() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "2000"]);
    let mut dump = env.spawn_can(&sim, &["dump", "--format", "log"]);
    let mut first = [0u8; 1];
    dump.stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(dump.stdout.take());
    let out = finish(dump);
    assert_code(&out, 0);
    assert!(!out.stderr.contains("kept in"), "{out:?}");
    assert_last_functions(&sim, &["S/canBusOff", "S/canClose", "S/canUnloadLibrary"]);
}

/// `(ts) canN ID#DATA` lines of a `--format log` dump: (timestamp, channel, frame).
fn log_lines(stdout: &str) -> Vec<(f64, String, String)> {
    stdout
        .lines()
        .map(|l| {
            let mut p = l.split(' ');
            let ts = p.next().unwrap().trim_matches(['(', ')']).parse().unwrap();
            (
                ts,
                p.next().unwrap().to_owned(),
                p.next().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn can_dump_two_channels_in_one_session_merged_in_time_order() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "100"]);
    let out = env.can(
        &sim,
        &[
            "dump",
            "--channel",
            "0,1",
            "--format",
            "log",
            "--count",
            "60",
        ],
    );
    assert_code(&out, 0);
    let lines = log_lines(&out.stdout);
    assert_eq!(lines.len(), 60, "{out:?}");
    // Every traffic frame reaches both channels: each is printed on can0 and on can1.
    let on = |c: &str| -> Vec<&str> {
        lines
            .iter()
            .filter(|l| l.1 == c)
            .map(|l| l.2.as_str())
            .collect()
    };
    let (can0, can1) = (on("can0"), on("can1"));
    assert!(can0.len() >= 20 && can1.len() >= 20, "{}", out.stdout);
    assert!(
        can1[..10].iter().all(|f| can0.contains(f)),
        "{}",
        out.stdout
    );
    assert!(lines.iter().all(|l| l.1 == "can0" || l.1 == "can1"));
    // In time order: one channel's batch after the other's would go back ~40 ms (5 frames at 100/s) each round;
    // the two handles' clocks are anchored separately, so a few ms of skew is allowed.
    for w in lines.windows(2) {
        assert!(w[1].0 >= w[0].0 - 0.015, "{:?} then {:?}", w[0], w[1]);
    }
    // One session, two handles opened, both on bus, read, off bus and closed.
    let opened: Vec<String> = calls(&sim, "canOpenChannel")
        .iter()
        .map(|r| param(r, "channel").unwrap().to_owned())
        .collect();
    assert_eq!(opened, ["0", "1"]);
    assert_eq!(calls(&sim, "canInitializeLibrary").len(), 1);
    let hnds = |f: &str| -> Vec<String> {
        let mut h: Vec<String> = calls(&sim, f)
            .iter()
            .map(|r| param(r, "hnd").unwrap().to_owned())
            .collect();
        h.sort();
        h.dedup();
        h
    };
    assert_eq!(hnds("canBusOn").len(), 2);
    assert_eq!(hnds("canRead"), hnds("canBusOn"));
    assert_eq!(hnds("canBusOff"), hnds("canBusOn"));
    assert_eq!(hnds("canClose"), hnds("canBusOn"));
    assert_eq!(calls(&sim, "canBusOn").len(), 2);
    assert_eq!(calls(&sim, "canClose").len(), 2);
    assert_last_functions(
        &sim,
        &[
            "S/canBusOff",
            "S/canBusOff",
            "S/canClose",
            "S/canClose",
            "S/canUnloadLibrary",
        ],
    );
    assert!(device_is_free(&env, &sim));
}

#[test]
fn can_dump_channel_all_opens_every_channel_the_device_has() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--channels", "3", "--traffic", "200"]);
    let out = env.can(
        &sim,
        &["dump", "--channel", "all", "-o", "ndjson", "--count", "30"],
    );
    assert_code(&out, 0);
    // Probed until the device says canERR_NOCHANNELS: channels 0, 1, 2 opened, 3 refused.
    let opened: Vec<String> = calls(&sim, "canOpenChannel")
        .iter()
        .map(|r| param(r, "channel").unwrap().to_owned())
        .collect();
    assert_eq!(opened, ["0", "1", "2", "3"]);
    assert_eq!(calls(&sim, "canBusOn").len(), 3);
    assert_eq!(calls(&sim, "canBusOff").len(), 3);
    assert_eq!(calls(&sim, "canClose").len(), 3);
    for c in 0..3 {
        let tag = format!("\"channel\":{c},");
        assert!(out.stdout.contains(&tag), "{tag}: {}", out.stdout);
    }
    assert_last_functions(&sim, &["S/canClose", "S/canUnloadLibrary"]);
}

#[test]
fn can_dump_refuses_a_bad_channel_list_before_going_on_bus() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for (list, message) in [
        ("0,0", "channel 0 is listed twice"),
        ("x", "'x' is not a channel number"),
        ("0,", "'' is not a channel number"),
    ] {
        let out = env.can(&sim, &["dump", "--channel", list]);
        assert_fails(&out, 2, message);
        assert!(sim.requests().is_empty(), "{list}: {:?}", sim.functions());
    }
    // Whether a channel exists only the device can say (the REST API has no channel count): every handle is
    // opened before any goes on bus, so nothing is on bus and what was opened is closed.
    let out = env.can(&sim, &["dump", "--channel", "0,9"]);
    assert_fails(&out, 2, "--channel 0,9: the device has no channel 9");
    let opened: Vec<String> = calls(&sim, "canOpenChannel")
        .iter()
        .map(|r| param(r, "channel").unwrap().to_owned())
        .collect();
    assert_eq!(opened, ["0", "9"]);
    assert!(calls(&sim, "canBusOn").is_empty());
    assert!(calls(&sim, "canSetBusParams").is_empty());
    assert_eq!(calls(&sim, "canClose").len(), 1);
    assert_last_functions(&sim, &["S/canClose", "S/canUnloadLibrary"]);
    // send and replay keep a single --channel N
    let out = env.can(&sim, &["send", "--channel", "0,1", "123#00"]);
    assert_code(&out, 2);
}
