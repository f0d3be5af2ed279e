//! cantools (PyPI, installed by `.ci/run`) as the independent oracle of `can decode` and `can send --dbc`: every
//! message of every database in tests/data/dbc, random frames decoded by both, values encoded by each and
//! decoded by the other. The Python side is tests/cli/oracle/dbc.py (one process per test, everything batched).

use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::support::*;

const ORACLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cli/oracle/dbc.py");
const DBC_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dbc");

/// Random frames per message (a few thousand per database).
const FRAMES: usize = 300;
/// Value sets per message for `can send` (one fieldctl run each).
const SENDS: usize = 2;

/// Runs the oracle (inheriting this environment: cantools may live in the user's site-packages) and parses the
/// JSON it prints.
fn oracle(args: &[&str], stdin: &str) -> Value {
    let mut child = Command::new("python3")
        .arg(ORACLE)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "cantools oracle {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("oracle printed no JSON: {e}"))
}

/// Test databases cantools does not load (tests/data/dbc/README.md): messy.dbc (a standard id above 0x7FF) and
/// broken.dbc (a syntax error); fieldctl's own tests cover them.
const NOT_FOR_CANTOOLS: [&str; 2] = ["messy.dbc", "broken.dbc"];

/// Every test database cantools loads, in name order; there must be some.
fn databases() -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(DBC_DIR)
        .unwrap_or_else(|e| panic!("{DBC_DIR}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "dbc"))
        .filter(|p| !NOT_FOR_CANTOOLS.iter().any(|n| p.ends_with(n)))
        .collect();
    all.sort();
    assert!(!all.is_empty(), "no databases in {DBC_DIR}");
    all
}

/// The oracle's `frames` or `values` run over every database: one result per database (logs in `env`'s dir,
/// `<index>.log`).
fn generate(env: &Env, what: &str, per_message: usize, seed: u64) -> Vec<Value> {
    let dbs = databases();
    let dir = env.path("");
    let (n, seed) = (per_message.to_string(), seed.to_string());
    let mut args = vec![what, dir.to_str().unwrap(), &n, &seed];
    args.extend(dbs.iter().map(|p| p.to_str().unwrap()));
    let result = oracle(&args, "");
    let result = result.as_array().unwrap().clone();
    for (db, r) in dbs.iter().zip(&result) {
        let skipped = r["skipped"].as_object().unwrap();
        if !skipped.is_empty() {
            eprintln!("{}: not compared: {skipped:?}", db.display());
        }
    }
    result
}

/// How one signal's values compare, from cantools' view of the signal.
struct SignalInfo {
    factor: f64,
    float: bool,
}

/// message → signal → info.
type Schema = HashMap<String, HashMap<String, SignalInfo>>;

fn schema(v: &Value) -> Schema {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(m, info)| {
            let signals = info["signals"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(s, i)| {
                    let info = SignalInfo {
                        factor: i["factor"].as_f64().unwrap(),
                        float: i["float"].as_bool().unwrap(),
                    };
                    (s.clone(), info)
                })
                .collect();
            (m.clone(), signals)
        })
        .collect()
}

/// Equal as the issue counts it: choices by name; IEEE values exactly (null: NaN or infinite on both sides);
/// integers that both sides print as integers exactly; other numbers within half the factor. Numbers come as
/// `{"$n": "TEXT"}` (see `exact_signals`).
fn same(info: &SignalInfo, want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Null, Value::Null) => info.float,
        (Value::String(a), Value::String(b)) => a == b,
        (Value::Object(_), Value::Object(_)) => {
            let (a, b) = (number_text(want), number_text(got));
            if let (Ok(x), Ok(y)) = (a.parse::<i128>(), b.parse::<i128>()) {
                return x == y;
            }
            let (Ok(x), Ok(y)) = (a.parse::<f64>(), b.parse::<f64>()) else {
                return false;
            };
            if info.float {
                x == y
            } else {
                (x - y).abs() <= info.factor.abs() / 2.0 + 1e-9 * x.abs()
            }
        }
        _ => false,
    }
}

fn number_text(v: &Value) -> &str {
    v["$n"].as_str().unwrap_or("?")
}

/// A signal value as the failure message shows it.
fn shown(v: &Value) -> String {
    match v.get("$n") {
        Some(Value::String(t)) => t.clone(),
        _ => v.to_string(),
    }
}

/// The `"signals"` object of a fieldctl JSON line with every number as `{"$n":"TEXT"}`: serde_json's default
/// float parsing is not correctly rounded (an ulp off at times), and IEEE signals are compared exactly.
fn exact_signals(line: &str) -> Value {
    let key = "\"signals\":";
    let Some(start) = line.find(&format!("{key}{{")) else {
        return Value::Object(Default::default());
    };
    let body = &line[start + key.len()..];
    let mut out = String::new();
    let (mut in_string, mut escaped, mut depth) = (false, false, 0);
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => depth += 1,
            '}' => depth -= 1,
            '-' | '0'..='9' => {
                let end = body[i..].find([',', '}']).map_or(body.len(), |e| i + e);
                out.push_str(&format!("{{\"$n\":\"{}\"}}", &body[i..end]));
                while chars.next_if(|&(j, _)| j < end).is_some() {}
                continue;
            }
            _ => {}
        }
        out.push(c);
        if depth == 0 {
            break;
        }
    }
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: signals of {line}"))
}

/// The differences between the signals expected and those seen, one line each (empty: equal); `names` say
/// where each side came from.
fn differences(
    schema: &Schema,
    message: &str,
    (want, got): (&Value, &Value),
    [want_is, got_is]: [&str; 2],
) -> Vec<String> {
    let empty = serde_json::Map::new();
    let want = want.as_object().unwrap();
    let got = got.as_object().unwrap_or(&empty);
    let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<BTreeSet<_>>();
    if keys(want) != keys(got) {
        let (w, g) = (keys(want), keys(got));
        return vec![format!("signals differ: {want_is} {w:?}, {got_is} {g:?}")];
    }
    let infos = &schema[message];
    want.iter()
        .filter(|(name, w)| !same(&infos[name.as_str()], w, &got[name.as_str()]))
        .map(|(name, w)| {
            let g = shown(&got[name.as_str()]);
            format!("{name}: {want_is} {}, {got_is} {g}", shown(w))
        })
        .collect()
}

/// `can decode LOG --dbc DB -o ndjson [EXTRA]`: one JSON line per frame, signal values exact (`exact_signals`).
fn fieldctl_decode(env: &Env, db: &Path, log: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec![
        "can",
        "decode",
        log.to_str().unwrap(),
        "--dbc",
        db.to_str().unwrap(),
        "-o",
        "ndjson",
    ];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    assert_code(&out, 0);
    out.stdout
        .lines()
        .zip(ndjson_of(&out.stdout))
        .map(|(line, mut v)| {
            if v.get("signals").is_some() {
                v["signals"] = exact_signals(line);
            }
            v
        })
        .collect()
}

/// A frame as the oracle listed it and as fieldctl printed it: the same frame (the lines line up), the same
/// message, the same signals; `truncated` as cantools' allow_truncated decode implies. Returns what differs.
fn compare_frame(schema: &Schema, want: &Value, signals: &str, got: &Value) -> Vec<String> {
    let message = want["message"].as_str().unwrap();
    let frame = |v: &Value| {
        format!(
            "{:X}{} {}",
            v["id"].as_u64().unwrap_or(u64::MAX),
            if v["extended"] == true { "x" } else { "" },
            v["data"].as_str().unwrap_or("?")
        )
    };
    if frame(want) != frame(got) {
        return vec![format!("out of step: {} vs {}", frame(want), frame(got))];
    }
    if got["message"] != message {
        return vec![format!("message {}", got["message"])];
    }
    let pair = (&want[signals], &got["signals"]);
    let mut diff = differences(schema, message, pair, ["cantools", "fieldctl"]);
    let truncated = got["truncated"] == true;
    if truncated != want["truncated"].as_bool().unwrap_or(false) {
        diff.push(format!("truncated: {truncated}"));
    }
    diff
}

/// Fails listing the first differences (of all databases) when there are any.
fn assert_no_differences(what: &str, all: Vec<String>) {
    assert!(
        all.is_empty(),
        "{what}: {} frames differ from cantools:\n{}",
        all.len(),
        all.iter().take(25).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Random frames of every message decoded by both; `signals` is the oracle's `choices` (decode_choices=True) or
/// `numbers` (False, with fieldctl's `--no-choices`).
fn check_random_frames(signals: &str, extra: &[&str]) {
    let env = Env::new();
    let dbs = databases();
    let results = generate(&env, "frames", FRAMES, 10);
    let mut all = Vec::new();
    for (i, (db, r)) in dbs.iter().zip(&results).enumerate() {
        let schema = schema(&r["schema"]);
        let want = r["frames"].as_array().unwrap();
        let got = fieldctl_decode(&env, db, &env.path(&format!("{i}.log")), extra);
        assert_eq!(got.len(), want.len(), "{}: lines", db.display());
        for (k, (w, g)) in want.iter().zip(&got).enumerate() {
            for d in compare_frame(&schema, w, signals, g) {
                all.push(format!(
                    "{} frame {k} {} {}: {d}",
                    db.display(),
                    w["message"],
                    w["data"]
                ));
            }
        }
    }
    assert_no_differences("random frames", all);
}

#[test]
fn random_frames_of_every_message_decode_as_in_cantools() {
    crate::require_python!("cantools");
    check_random_frames("choices", &[]);
}

#[test]
fn random_frames_with_no_choices_give_cantools_numbers() {
    crate::require_python!("cantools");
    check_random_frames("numbers", &["--no-choices"]);
}

/// Every branch of every multiplexor (cascaded ones too) is among the random frames, and every such frame
/// carries exactly the signals cantools gives for its multiplexor values.
#[test]
fn multiplexed_messages_carry_the_signals_of_their_multiplexor_values() {
    crate::require_python!("cantools");
    let env = Env::new();
    let dbs = databases();
    let results = generate(&env, "frames", FRAMES, 11);
    let (mut muxed, mut cascaded) = (0, 0);
    let mut all = Vec::new();
    for (i, (db, r)) in dbs.iter().zip(&results).enumerate() {
        let schema = schema(&r["schema"]);
        let want = r["frames"].as_array().unwrap();
        let got = fieldctl_decode(&env, db, &env.path(&format!("{i}.log")), &[]);
        assert_eq!(got.len(), want.len(), "{}: lines", db.display());
        let mut seen: BTreeSet<(&str, String)> = BTreeSet::new();
        for (w, g) in want.iter().zip(&got) {
            let path = w["mux"].as_array().unwrap();
            if path.is_empty() {
                continue;
            }
            for d in compare_frame(&schema, w, "choices", g) {
                let frame = format!("{} {}", w["message"], w["data"]);
                all.push(format!(
                    "{} {frame} (multiplexors {path:?}): {d}",
                    db.display()
                ));
            }
            let message = w["message"].as_str().unwrap();
            seen.extend(path.iter().map(|p| (message, p.to_string())));
        }
        for (name, info) in r["schema"].as_object().unwrap() {
            let depth = info["depth"].as_u64().unwrap();
            muxed += usize::from(depth >= 1);
            cascaded += usize::from(depth >= 2);
            for b in info["branches"].as_array().unwrap() {
                if !seen.contains(&(name.as_str(), b.to_string()))
                    && !r["skipped"][name].is_string()
                {
                    all.push(format!(
                        "{}: {name}: no frame had multiplexor {b}",
                        db.display()
                    ));
                }
            }
        }
    }
    assert!(muxed > 0, "no test database has a multiplexed message");
    let cascades_declared = databases().iter().any(|p| {
        std::fs::read_to_string(p)
            .unwrap_or_default()
            .contains("SG_MUL_VAL_")
    });
    assert!(
        cascaded > 0 || !cascades_declared,
        "SG_MUL_VAL_ is in the test databases, but cantools sees no cascaded multiplexor"
    );
    assert_no_differences("multiplexed frames", all);
}

/// cantools encodes values (choices as names, within each signal's minimum/maximum) and fieldctl decodes its
/// frames back to the same values.
#[test]
fn frames_cantools_encodes_decode_to_their_values() {
    crate::require_python!("cantools");
    let env = Env::new();
    let dbs = databases();
    let results = generate(&env, "values", 20, 12);
    let mut all = Vec::new();
    for (i, (db, r)) in dbs.iter().zip(&results).enumerate() {
        let schema = schema(&r["schema"]);
        let want = r["cases"].as_array().unwrap();
        let got = fieldctl_decode(&env, db, &env.path(&format!("{i}.log")), &[]);
        assert_eq!(got.len(), want.len(), "{}: lines", db.display());
        for (w, g) in want.iter().zip(&got) {
            for d in compare_frame(&schema, w, "values", g) {
                all.push(format!(
                    "{} {} {}: {d}",
                    db.display(),
                    w["message"],
                    w["data"]
                ));
            }
        }
    }
    assert_no_differences("cantools' frames", all);
}

/// `can send --dbc DB MESSAGE SIG=VALUE…` with values cantools chose (numbers as a person types them, choice
/// names, now and then a choice's number); the frame the simulator received decodes in cantools to the values.
#[test]
fn frames_fieldctl_sends_decode_in_cantools_to_their_values() {
    crate::require_python!("cantools");
    let env = Env::new();
    let dbs = databases();
    let results = generate(&env, "values", SENDS, 13);
    let mut all = Vec::new();
    for (db, r) in dbs.iter().zip(&results) {
        let schema = schema(&r["schema"]);
        let cases = r["cases"].as_array().unwrap();
        let sim = Sim::start(&env, "can", &[]);
        for c in cases {
            let mut args = vec![
                "send",
                "--dbc",
                db.to_str().unwrap(),
                c["message"].as_str().unwrap(),
            ];
            args.extend(
                c["args"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap()),
            );
            let out = env.can(&sim, &args);
            assert_code(&out, 0);
        }
        let writes = calls(&sim, "canWrite");
        assert_eq!(
            writes.len(),
            cases.len(),
            "{}: one frame per send",
            db.display()
        );
        let frames: String = writes.iter().map(|w| sent_frame(w) + "\n").collect();
        let theirs = oracle(&["decode", db.to_str().unwrap()], &frames);
        for ((c, t), line) in cases
            .iter()
            .zip(theirs.as_array().unwrap())
            .zip(frames.lines())
        {
            let message = c["message"].as_str().unwrap();
            let args: Vec<&str> = c["args"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap())
                .collect();
            let sent = format!(
                "{}: send {message} {} (frame {line})",
                db.display(),
                args.join(" ")
            );
            if t["message"] != message {
                all.push(format!("{sent}: cantools sees {}", t["message"]));
                continue;
            }
            let pair = (&c["values"], &t["signals"]);
            for d in differences(&schema, message, pair, ["given", "cantools decoded"]) {
                all.push(format!("{sent}: {d}"));
            }
        }
    }
    assert_no_differences("fieldctl's frames", all);
}

/// A canWrite the simulator logged as the oracle's `ID EXTENDED HEX` line.
fn sent_frame(w: &Value) -> String {
    let [id, flag, dlc, msg] = params(w, ["id", "flag", "dlc", "msg"]);
    let extended = flag.parse::<u64>().unwrap() & 4 != 0;
    let bytes: Vec<u8> = msg
        .split(',')
        .filter(|b| !b.is_empty())
        .map(|b| (b.parse::<i64>().unwrap() & 0xFF) as u8)
        .take(dlc.parse().unwrap())
        .collect();
    let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
    format!(
        "{:X} {} {hex}",
        id.parse::<u64>().unwrap(),
        u8::from(extended)
    )
}
