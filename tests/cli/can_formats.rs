//! Vector ASC and BLF and python-can CSV, checked both ways against python-can (installed by .ci/run; without it
//! these tests say they are skipped, and fail under CI=true, as in can.rs): python-can reads what `dump` writes, `replay` reads what
//! python-can writes, frame by frame over a few thousand random frames with extended, remote, error and DLC-0
//! frames.

use std::path::Path;

use crate::support::*;

/// python-can reads a log and prints each frame as `timestamp|channel|id|extended|remote|error|dlc|data`.
const READ_PY: &str = r#"
import sys, can
kind, path = sys.argv[1], sys.argv[2]
open_reader = {
    "asc": lambda p: can.ASCReader(p, relative_timestamp=False),
    "blf": can.BLFReader,
    "csv": can.CSVReader,
}[kind]
for m in open_reader(path):
    data = "" if m.is_remote_frame else m.data.hex().upper()
    print("%.6f|%s|%X|%d|%d|%d|%d|%s" % (m.timestamp, m.channel, m.arbitration_id, m.is_extended_id,
                                         m.is_remote_frame, m.is_error_frame, m.dlc, data))
"#;

/// python-can writes N random frames (seeded) on channels 0 and 1 and prints them as READ_PY does.
const WRITE_PY: &str = r#"
import sys, random, can
kind, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(9)
w = {"asc": can.ASCWriter, "blf": can.BLFWriter, "csv": can.CSVWriter}[kind](path)
t = 1796138426.0 + rnd.randrange(100000) / 1e5
for i in range(n):
    t += rnd.randint(1, 2000) / 1e5
    ext = rnd.random() < 0.3
    aid = rnd.randrange(0x20000000 if ext else 0x800)
    ch = rnd.randrange(2)
    k = rnd.random()
    if k < 0.05:
        m = can.Message(timestamp=t, is_error_frame=True, channel=ch)
    elif k < 0.15:
        m = can.Message(timestamp=t, arbitration_id=aid, is_extended_id=ext, is_remote_frame=True,
                        dlc=rnd.randrange(9), channel=ch)
    else:
        dlc = rnd.choice([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 8])
        m = can.Message(timestamp=t, arbitration_id=aid, is_extended_id=ext, channel=ch,
                        data=bytes(rnd.randrange(256) for _ in range(dlc)))
    w.on_message_received(m)
    data = "" if m.is_remote_frame else m.data.hex().upper()
    print("%.6f|%s|%X|%d|%d|%d|%d|%s" % (m.timestamp, m.channel, m.arbitration_id, m.is_extended_id,
                                         m.is_remote_frame, m.is_error_frame, m.dlc, data))
w.stop()
"#;

fn python(script: &str, args: &[&str]) -> Vec<String> {
    // In fieldctl's time zone: its runs inherit no TZ (ASC dates are local time).
    let out = std::process::Command::new("python3")
        .env_remove("TZ")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "python-can: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// One frame as both sides print it.
#[derive(Clone, Debug, PartialEq)]
struct Rec {
    ts: f64,
    channel: String,
    /// id|extended|remote|error|dlc|data
    frame: String,
}

fn rec(line: &str) -> Rec {
    let (ts, rest) = line.split_once('|').unwrap();
    let (channel, frame) = rest.split_once('|').unwrap();
    Rec {
        ts: ts.parse().unwrap(),
        channel: channel.to_owned(),
        frame: frame.to_owned(),
    }
}

/// A tiny deterministic generator (xorshift), so the logs are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A candump log of `n` random frames 100 µs to 1 ms apart (multiples of 10 µs, the device's tick) for the
/// simulator to play as bus traffic, and each frame as python-can will print it (`frame` part).
fn random_log(n: usize) -> (String, Vec<(f64, String)>) {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut log, mut want) = (String::new(), Vec::new());
    let mut t = 0.0f64;
    for i in 0..n {
        t += (10 + r.below(91)) as f64 * 1e-5;
        let ext = r.below(10) < 3;
        let id = if ext {
            r.below(0x2000_0000) as u32
        } else {
            r.below(0x800) as u32
        };
        let id_text = if ext {
            format!("{id:08X}")
        } else {
            format!("{id:03X}")
        };
        let kind = r.below(20);
        let (text, frame) = if kind == 0 {
            (
                "20000080#0000000000000000".to_owned(),
                "0|0|0|1|0|".to_owned(),
            )
        } else if kind <= 2 {
            let dlc = r.below(9);
            let suffix = if dlc > 0 {
                dlc.to_string()
            } else {
                String::new()
            };
            (
                format!("{id_text}#R{suffix}"),
                format!("{id:X}|{}|1|0|{dlc}|", u8::from(ext)),
            )
        } else {
            // Every data frame carries its index, so a capture that starts mid-log can be placed in it.
            let dlc = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 8][r.below(11) as usize];
            let mut data: Vec<u8> = (0..dlc).map(|_| r.below(256) as u8).collect();
            for (k, b) in (i as u32).to_le_bytes().iter().take(dlc.min(2)).enumerate() {
                data[k] = *b;
            }
            let hex: String = data.iter().map(|b| format!("{b:02X}")).collect();
            (
                format!("{id_text}#{hex}"),
                format!("{id:X}|{}|0|0|{dlc}|{hex}", u8::from(ext)),
            )
        };
        log.push_str(&format!("({:.6}) can0 {text}\n", 100.0 + t));
        want.push((t, frame));
    }
    (log, want)
}

/// Error frames are hidden by default once `dump --errors` exists; shown by default before.
fn errors_flag(env: &Env) -> Option<&'static str> {
    let help = env.run(&["can", "dump", "--help"]);
    help.stdout.contains("--errors").then_some("--errors")
}

/// `dump --format FORMAT` of the simulator's replayed random log, read back by python-can: every frame in log
/// order (from wherever the capture started), on channel 0, times apart as in the log to the device's 10 µs
/// tick, and absolute times near now (an ASC date in the wrong time zone would be hours off).
fn check_dump(format: &str, to_stdout: bool, count: usize) {
    let env = Env::new();
    let (log, want) = random_log(3000);
    let log_path = env.path("bus.log");
    std::fs::write(&log_path, log).unwrap();
    let sim = Sim::start(&env, "can", &["--replay", log_path.to_str().unwrap()]);
    let file = env.path(&format!("capture.{format}"));
    let count_s = count.to_string();
    let mut args = vec!["dump", "--format", format, "--count", &count_s];
    args.extend(errors_flag(&env));
    if !to_stdout {
        args.extend(["--file", file.to_str().unwrap()]);
    }
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let out = env.can(&sim, &args);
    assert_code(&out, 0);
    if to_stdout {
        std::fs::write(&file, &out.stdout).unwrap();
    } else {
        assert_eq!(out.stdout, "");
    }
    // What reached the device: a channel opened, put on bus, read until the count was reached.
    let f = sim.functions();
    assert!(f.contains(&"S/canBusOn".to_owned()), "{f:?}");
    assert!(f.iter().filter(|x| *x == "S/canRead").count() >= 1);
    let got: Vec<Rec> = python(READ_PY, &[format, file.to_str().unwrap()])
        .iter()
        .map(|l| rec(l))
        .collect();
    assert_eq!(got.len(), count, "{format}");
    // Place the capture in the (looping) log by its first frames.
    let n = want.len();
    // An ASC `ErrorFrame` line carries no id: python-can gives it Message's defaults (extended id 0).
    let want: Vec<(f64, String)> = want
        .into_iter()
        .map(|(t, f)| match (format, f.as_str()) {
            ("asc", "0|0|0|1|0|") => (t, "0|1|0|1|0|".to_owned()),
            _ => (t, f),
        })
        .collect();
    let starts: Vec<usize> = (0..n)
        .filter(|&k| (0..40).all(|i| got[i].frame == want[(k + i) % n].1))
        .collect();
    assert_eq!(
        starts.len(),
        1,
        "{format}: capture not found once in the log: {:?}",
        &got[..3]
    );
    let k = starts[0];
    assert!(
        (got[0].ts - before).abs() < 30.0,
        "{format}: {} vs {before}",
        got[0].ts
    );
    for (i, g) in got.iter().enumerate() {
        let j = (k + i) % n;
        assert_eq!(g.frame, want[j].1, "{format}: frame {i}");
        assert_eq!(g.channel, "0", "{format}: frame {i}");
        if i > 0 && j > 0 {
            let (dg, dw) = (g.ts - got[i - 1].ts, want[j].0 - want[j - 1].0);
            assert!((dg - dw).abs() < 11e-6, "{format}: frame {i}: {dg} vs {dw}");
        }
    }
}

#[test]
fn python_can_reads_our_asc_dump() {
    crate::require_python!("can");
    check_dump("asc", false, 2000);
}

#[test]
fn python_can_reads_our_asc_dump_on_stdout() {
    crate::require_python!("can");
    check_dump("asc", true, 300);
}

#[test]
fn python_can_reads_our_blf_dump() {
    crate::require_python!("can");
    check_dump("blf", false, 2000);
}

/// canWrite calls as `id|extended|remote|error|dlc|data`.
fn written(sim: &Sim) -> Vec<String> {
    calls(sim, "canWrite")
        .iter()
        .map(|r| {
            let [id, flag, dlc, msg] = params(r, ["id", "flag", "dlc", "msg"]);
            let flag: u64 = flag.parse().unwrap();
            let hex: String = msg
                .split(',')
                .filter(|b| !b.is_empty())
                .map(|b| format!("{:02X}", b.parse::<u8>().unwrap()))
                .collect();
            format!(
                "{:X}|{}|{}|0|{dlc}|{hex}",
                id.parse::<u32>().unwrap(),
                u8::from(flag & 4 != 0),
                u8::from(flag & 1 != 0)
            )
        })
        .collect()
}

/// python-can writes a log; `replay` sends each of its frames (error frames skipped and counted).
fn check_replay(format: &str, path: &Path, frames: usize) {
    let env = Env::new();
    let want: Vec<Rec> = python(
        WRITE_PY,
        &[format, path.to_str().unwrap(), &frames.to_string()],
    )
    .iter()
    .map(|l| rec(l))
    .collect();
    assert_eq!(want.len(), frames);
    let errors = want
        .iter()
        .filter(|r| r.frame.split('|').nth(3) == Some("1"))
        .count();
    assert!(errors > frames / 50, "{errors}");
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(
        &sim,
        &[
            "replay",
            path.to_str().unwrap(),
            "--ignore-timestamps",
            "--gap",
            "0",
        ],
    );
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains(&format!("skipping {errors} error frames")),
        "{out:?}"
    );
    let sent = written(&sim);
    let expected: Vec<&str> = want
        .iter()
        .map(|r| r.frame.as_str())
        .filter(|f| f.split('|').nth(3) == Some("0"))
        .collect();
    assert_eq!(sent.len(), expected.len(), "{format}");
    for (i, (s, w)) in sent.iter().zip(&expected).enumerate() {
        assert_eq!(s, w, "{format}: frame {i}");
    }
}

#[test]
fn we_replay_what_python_can_writes_in_asc() {
    crate::require_python!("can");
    let env = Env::new();
    check_replay("asc", &env.path("theirs.asc"), 3000);
}

#[test]
fn we_replay_what_python_can_writes_in_blf() {
    crate::require_python!("can");
    let env = Env::new();
    check_replay("blf", &env.path("theirs.blf"), 3000);
}

#[test]
fn we_replay_what_python_can_writes_in_csv() {
    crate::require_python!("can");
    let env = Env::new();
    check_replay("csv", &env.path("theirs.csv"), 2000);
}

#[test]
fn logs_are_recognised_by_content_without_their_extension() {
    crate::require_python!("can");
    let env = Env::new();
    check_replay("asc", &env.path("theirs-asc.log"), 300);
    check_replay("blf", &env.path("theirs-blf.dat"), 300);
    check_replay("csv", &env.path("theirs-csv.txt"), 300);
}

#[test]
fn blf_needs_a_file() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for extra in [&[][..], &["--file", "-"][..]] {
        let mut args = vec!["dump", "--format", "blf", "--count", "1"];
        args.extend_from_slice(extra);
        let out = env.can(&sim, &args);
        assert_fails(
            &out,
            2,
            "--format blf writes a binary file: give --file PATH",
        );
        assert_eq!(out.stdout, "");
    }
    // Refused before anything reached the device.
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
}

#[test]
fn bad_vector_and_csv_logs_name_the_place() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let cases = [
        (
            "bad.asc",
            &b"date Tue Dec 01 15:20:26.123 2026\nbase hex  timestamps absolute\n 0.1 1  123 Rx d 1 11\n 0.2 1  800 Rx d 1 11\n"[..],
            "bad.asc: line 4: CAN id 0x800 is above 0x7FF",
        ),
        (
            "fd.asc",
            &b"base hex  timestamps absolute\n 0.1 CANFD 1 Rx 123 1 0 9 12 00 00 00 00 00 00 00 00 00 00 00 00\n"[..],
            "fd.asc: line 2: CAN FD frames are not supported",
        ),
        ("bad.blf", &b"LOGX0000"[..], "bad.blf: not a BLF file"),
        (
            "bad.csv",
            &b"timestamp,arbitration_id,extended,remote,error,dlc,data\n1.0,0x123,0,0,0,1,!!\n"[..],
            "bad.csv: line 2: bad base64 data '!!'",
        ),
        (
            "empty.asc",
            &b"date Tue Dec 01 15:20:26.123 2026\n"[..],
            "empty.asc: no frames in it",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = env.path(name);
        std::fs::write(&path, bytes).unwrap();
        let out = env.can(&sim, &["replay", path.to_str().unwrap()]);
        assert_fails(&out, 10, message);
    }
}

#[test]
fn interrupted_vector_dumps_are_complete_logs() {
    crate::require_python!("can");
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "2000", "--error-every", "50"]);
    for format in ["asc", "blf"] {
        let file = env.path(&format!("ctrl-c.{format}"));
        let mut args = vec!["dump", "--format", format, "--file", file.to_str().unwrap()];
        args.extend(errors_flag(&env));
        let before = calls(&sim, "canRead").len();
        let dump = env.spawn_can(&sim, &args);
        wait_for("a few reads", || calls(&sim, "canRead").len() >= before + 5);
        signal(&dump, "INT");
        let out = finish(dump);
        assert_code(&out, 0);
        let frames: usize = out
            .stderr
            .split_once("fieldctl: ")
            .and_then(|(_, s)| s.split(' ').next())
            .and_then(|n| n.replace(',', "").parse().ok())
            .unwrap_or_else(|| panic!("{out:?}"));
        let got = python(READ_PY, &[format, file.to_str().unwrap()]);
        assert!(frames > 0);
        assert_eq!(got.len(), frames, "{format}: {out:?}");
        let bytes = std::fs::read(&file).unwrap();
        if format == "asc" {
            assert!(read(&file).ends_with("End TriggerBlock\n"));
        } else {
            // The header got the final size and object count.
            let size = u64::from_le_bytes(bytes[16..24].try_into().unwrap());
            let count = u32::from_le_bytes(bytes[32..36].try_into().unwrap());
            assert_eq!((size, count as usize), (bytes.len() as u64, frames));
        }
    }
}
