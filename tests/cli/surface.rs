//! One CLI surface: `-o` on every command, row fields in table order, `can dump -o`, `--led-timeout`, help
//! headings, Ctrl-C ends of run-until-stopped commands, `0x` ids, and every command the README shows.

use std::process::Stdio;

use serde_json::Value;

use crate::support::*;

/// The device ended free: every run released its session.
fn free(env: &Env, sim: &Sim) {
    let out = env.can(sim, &["status", "--json"]);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["usage"], 0, "{out:?}");
}

/// The keys of a JSON object as they appear in the text (serde_json's Value would sort them).
fn keys_in_order(json: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(json).unwrap();
    let obj = if v.is_array() { &v[0] } else { &v };
    let mut keys: Vec<(usize, String)> = obj
        .as_object()
        .unwrap()
        .keys()
        .map(|k| (json.find(&format!("\"{k}\"")).unwrap(), k.clone()))
        .collect();
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}

#[test]
fn json_keys_come_in_table_order() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--envvar", "mode:data[4]=Hi"]);
    let out = env.can(&sim, &["status", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(
        keys_in_order(&out.stdout),
        ["state", "usage", "ip", "timeout"]
    );
    let out = env.can(&sim, &["status", "-o", "ndjson"]);
    assert_eq!(
        out.stdout,
        "{\"state\":\"free\",\"usage\":0,\"ip\":null,\"timeout\":null}\n"
    );
    let out = env.can(&sim, &["status", "-o", "csv"]);
    assert_eq!(out.stdout, "state,usage,ip,timeout\r\nfree,0,,\r\n");
    let out = env.can(&sim, &["envvar", "get", "mode", "-o", "ndjson"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "{\"name\":\"mode\",\"type\":\"data\",\"size\":4,\"value\":\"48690000\",\"text\":\"Hi\"}\n"
    );
    let out = env.can(&sim, &["script", "status", "--json"]);
    assert_code(&out, 0);
    assert_eq!(
        keys_in_order(&out.stdout),
        ["slot", "state", "loaded", "running", "status"]
    );
    // the table shows the same columns, in the same order
    let out = env.can(&sim, &["script", "status", "--slot", "0"]);
    let headers: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        headers,
        ["SLOT", "STATE", "LOADED", "RUNNING", "STATUS"],
        "{out:?}"
    );
    let out = env.can(&sim, &["script", "status", "--slot", "9"]);
    assert_fails(&out, 5, "the device has no script slot 9");
    free(&env, &sim);
}

/// The keys of a JSON object in the order its text has them (serde_json's Value would sort them).
struct Keys(Vec<String>);

impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some((k, _)) = m.next_entry::<String, serde::de::IgnoredAny>()? {
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// The fields docs/output.md lists for `command` (`| `COMMAND` | `a`, `b`, … |`), in order.
fn documented_keys(command: &str) -> Vec<String> {
    let doc = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/output.md"));
    let line = doc
        .lines()
        .find(|l| l.starts_with(&format!("| `{command}` |")))
        .unwrap_or_else(|| panic!("docs/output.md does not document `{command}`"));
    line.split(" | ")
        .nth(1)
        .unwrap()
        .split(", ")
        .map(|k| k.trim_matches('`').to_owned())
        .collect()
}

/// How a command prints its records with `-o json`: one object (one record) or an array.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Shape {
    Object,
    Array,
}

/// stdout of a records command in `format` holds records with `keys` (table: `headers`) in order.
fn assert_records(
    what: &str,
    format: &str,
    stdout: &str,
    shape: Shape,
    keys: &[String],
    headers: &[&str],
) {
    let ctx = format!("{what} -o {format}:\n{stdout}");
    match format {
        "json" => {
            let objects = match shape {
                Shape::Object => vec![serde_json::from_str::<Keys>(stdout).expect(&ctx)],
                Shape::Array => serde_json::from_str::<Vec<Keys>>(stdout).expect(&ctx),
            };
            assert!(!objects.is_empty(), "{ctx}");
            for o in objects {
                assert_eq!(o.0, keys, "{ctx}");
            }
        }
        "ndjson" => {
            assert!(stdout.ends_with('\n') && !stdout.trim().is_empty(), "{ctx}");
            if shape == Shape::Object {
                assert_eq!(stdout.lines().count(), 1, "{ctx}");
            }
            for line in stdout.lines() {
                assert!(!line.contains("\n"), "{ctx}");
                assert_eq!(
                    serde_json::from_str::<Keys>(line).expect(&ctx).0,
                    keys,
                    "{ctx}"
                );
            }
        }
        "csv" => {
            let lines: Vec<&str> = stdout.split_terminator("\r\n").collect();
            assert_eq!(lines[0], keys.join(","), "{ctx}");
            assert!(lines.len() >= 2, "a header and records: {ctx}");
            if shape == Shape::Object {
                assert_eq!(lines.len(), 2, "{ctx}");
            }
        }
        "table" => match shape {
            // HEADER VALUE lines
            Shape::Object => {
                let lines: Vec<&str> = stdout.lines().collect();
                assert_eq!(lines.len(), headers.len(), "{ctx}");
                for (line, header) in lines.iter().zip(headers) {
                    assert!(line.trim_start().starts_with(header), "{header}: {ctx}");
                }
            }
            // a header line, then the records
            Shape::Array => {
                let first = stdout.lines().next().expect(&ctx);
                let words: Vec<&str> = first.split_whitespace().collect();
                let expected: Vec<&str> = headers.iter().flat_map(|h| h.split(' ')).collect();
                assert_eq!(words, expected, "{ctx}");
                assert!(stdout.lines().count() >= 2, "{ctx}");
            }
        },
        _ => unreachable!(),
    }
}

#[test]
fn every_command_honours_or_refuses_o() {
    let env = Env::new();
    let sim = Sim::start(
        &env,
        "can",
        &[
            "--device-file",
            "F:/a.txt=/dev/null",
            "--envvar",
            "mode:data[4]=Hi",
        ],
    );
    env.write_config("default_profile = \"lab\"\n\n[profiles.lab.can]\nhost = \"10.0.0.1\"\n");
    let can = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["can".to_owned()];
        a.extend(args.iter().map(|s| s.to_string()));
        a.extend(["--host".to_owned(), sim.addr.clone()]);
        a
    };
    let own = |args: &[&str]| -> Vec<String> { args.iter().map(|s| s.to_string()).collect() };
    // records in every format but log, with the documented fields in order
    for (args, documented, shape, headers) in [
        (
            can(&["status"]),
            "can status",
            Shape::Object,
            &["STATE", "USAGE", "HOLDER IP", "SECONDS LEFT"][..],
        ),
        (can(&["timer"]), "can timer", Shape::Object, &["TIME"]),
        (
            can(&["ioctl", "flush-rx"]),
            "can ioctl",
            Shape::Object,
            &["FUNC", "STAT", "BUF"],
        ),
        (
            can(&["script", "status"]),
            "can script status",
            Shape::Array,
            &["SLOT", "STATE", "LOADED", "RUNNING", "STATUS"],
        ),
        (
            can(&["script", "status", "--slot", "0"]),
            "can script status",
            Shape::Object,
            &["SLOT", "STATE", "LOADED", "RUNNING", "STATUS"],
        ),
        (
            can(&["envvar", "get", "mode"]),
            "can envvar get",
            Shape::Object,
            &["NAME", "TYPE", "SIZE", "VALUE", "TEXT"],
        ),
        (can(&["file", "ls"]), "can file ls", Shape::Array, &["NAME"]),
        (
            own(&["profile", "list"]),
            "profile list",
            Shape::Array,
            &["NAME", "DEFAULT", "GROUPS"],
        ),
        (
            own(&["profile", "show", "lab"]),
            "profile show [NAME]",
            Shape::Array,
            &["PROFILE", "SETTING", "VALUE"],
        ),
    ] {
        let words = args
            .iter()
            .take_while(|a| !a.starts_with('-'))
            .cloned()
            .collect::<Vec<_>>();
        let words = words
            .iter()
            .filter(|w| !["mode", "flush-rx", "lab"].contains(&w.as_str()));
        let words = words.cloned().collect::<Vec<_>>().join(" ");
        let keys = documented_keys(documented);
        for format in ["table", "json", "ndjson", "csv"] {
            let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
            a.extend(["-o", format]);
            let out = env.run(&a);
            assert_code(&out, 0);
            assert_records(&words, format, &out.stdout, shape, &keys, headers);
        }
        let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
        a.extend(["-o", "log"]);
        assert_fails(
            &env.run(&a),
            2,
            &format!("-o log: `fieldctl {words}` does not print candump logs"),
        );
    }
    // commands without data print nothing on stdout, whatever the format
    let log = env.path("replay.log");
    std::fs::write(&log, "(1.0) can0 123#01\n").unwrap();
    let txe = env.path("s.txe");
    std::fs::write(&txe, [7u8; 64]).unwrap();
    for (slot, format) in ["table", "json", "ndjson", "csv"].into_iter().enumerate() {
        let slot = slot.to_string();
        for args in [
            &["replay", log.to_str().unwrap()][..],
            &["leds", "all-on"],
            &["identify", "--seconds", "0.6"],
            &["script", "load", txe.to_str().unwrap(), "--slot", &slot],
        ] {
            let mut a = args.to_vec();
            a.extend(["-o", format]);
            let out = env.can(&sim, &a);
            assert_code(&out, 0);
            assert_eq!(out.stdout, "", "{args:?} -o {format}: {out:?}");
        }
    }
    // text that is the data itself: only as a table
    assert_fails(
        &env.can(&sim, &["script", "text", "--slot", "0", "-o", "json"]),
        2,
        "-o json: `fieldctl can script text` prints its data as it is",
    );
    assert_fails(
        &env.can(&sim, &["file", "get", "F:/a.txt", "-", "--json"]),
        2,
        "-o json: `fieldctl can file get` prints its data as it is",
    );
    assert_fails(
        &env.run(&["config", "path", "-o", "csv"]),
        2,
        "-o csv: `fieldctl config path`",
    );
    // commands without data accept any format but log
    let sent = calls(&sim, "canWrite").len();
    let out = env.can(&sim, &["send", "123#01", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "");
    assert_fails(
        &env.can(&sim, &["send", "123#01", "-o", "log"]),
        2,
        "-o log",
    );
    // nothing was sent for a refused command: only the accepted runs reached the device
    assert_eq!(calls(&sim, "canWrite").len(), sent + 1);
    // FIELDCTL_OUTPUT is a preference: ignored where it does not apply, used where it does
    let mut env2 = Env::new();
    env2.set("FIELDCTL_OUTPUT", "json");
    let out = env2.run(&["config", "path"]);
    assert_code(&out, 0);
    assert!(out.stdout.ends_with("config.toml\n"), "{out:?}");
    let out = env2.can(&sim, &["timer"]);
    assert_code(&out, 0);
    assert!(serde_json::from_str::<Value>(&out.stdout).unwrap()["time"].is_u64());
    env2.set("FIELDCTL_OUTPUT", "log");
    assert_code(&env2.can(&sim, &["status"]), 0);
    free(&env, &sim);
}

#[test]
fn raw_prints_json_in_every_format_and_says_so_for_tables() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let raw = |format: &[&str]| {
        let mut a = vec!["raw", "kvFileGetCount", "--channel", "0"];
        a.extend_from_slice(format);
        let out = env.can(&sim, &a);
        assert_code(&out, 0);
        out
    };
    let out = raw(&["-o", "table"]);
    assert_eq!(
        serde_json::from_str::<Value>(&out.stdout).unwrap()["stat"],
        0
    );
    assert!(
        out.stderr
            .contains("prints the JSON reply as it is; -o table does not apply"),
        "{out:?}"
    );
    let out = raw(&["-o", "ndjson"]);
    assert_eq!(out.stdout.lines().count(), 1, "{out:?}");
    assert!(out.stderr.is_empty(), "{out:?}");
    // the default table is not "asked": no note
    let out = raw(&[]);
    assert!(out.stderr.is_empty(), "{out:?}");
    assert_eq!(param(&calls(&sim, "kvFileGetCount")[0], "hnd"), Some("0"));
}

fn traffic_sim(env: &Env) -> Sim {
    Sim::start(env, "can", &["--traffic", "2000"])
}

#[test]
fn dump_follows_o() {
    let env = Env::new();
    let sim = traffic_sim(&env);
    let dump = |format: &[&str]| {
        let mut a = vec!["dump", "--count", "3"];
        a.extend_from_slice(format);
        let out = env.can(&sim, &a);
        assert_code(&out, 0);
        out.stdout
    };
    let ndjson = dump(&["-o", "ndjson"]);
    assert_eq!(ndjson.lines().count(), 3, "{ndjson}");
    for line in ndjson.lines() {
        assert_eq!(
            keys_in_order(line),
            [
                "timestamp",
                "channel",
                "id",
                "extended",
                "rtr",
                "error",
                "dlc",
                "data",
                "flags"
            ]
        );
        assert!(serde_json::from_str::<Value>(line).unwrap()["timestamp"].is_f64());
    }
    let json: Value = serde_json::from_str(&dump(&["--json"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    let csv = dump(&["-o", "csv"]);
    assert!(
        csv.starts_with("timestamp,arbitration_id,extended,remote,error,dlc,data\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 4);
    let log = dump(&["-o", "log"]);
    assert!(
        log.lines()
            .all(|l| l.starts_with('(') && l.contains(") can0 ")),
        "{log}"
    );
    let table = dump(&["-o", "table"]);
    assert!(table.lines().all(|l| l.starts_with("  can0  ")), "{table}");
    // --format is dump's own spelling and wins over -o, saying so on stderr when they differ
    let out = env.can(
        &sim,
        &["dump", "--count", "3", "-o", "json", "--format", "log"],
    );
    assert_code(&out, 0);
    assert!(out.stdout.lines().all(|l| l.starts_with('(')), "{out:?}");
    assert!(
        out.stderr
            .contains("fieldctl: --format log wins over -o json\n"),
        "{out:?}"
    );
    for same in [
        &["-o", "table", "--format", "candump"][..],
        &["--format", "log"],
    ] {
        let mut a = vec!["dump", "--count", "1"];
        a.extend_from_slice(same);
        let out = env.can(&sim, &a);
        assert_code(&out, 0);
        assert!(!out.stderr.contains("wins over"), "{out:?}");
    }
    // FIELDCTL_OUTPUT is a preference, not a clash
    let mut env2 = Env::new();
    env2.set("FIELDCTL_OUTPUT", "json");
    let out = env2.can(&sim, &["dump", "--count", "1", "--format", "log"]);
    assert_code(&out, 0);
    assert!(!out.stderr.contains("wins over"), "{out:?}");
    free(&env, &sim);
}

#[test]
fn dump_json_is_one_document_after_ctrl_c() {
    let env = Env::new();
    let sim = traffic_sim(&env);
    let mut child = env.spawn_can(&sim, &["dump", "-o", "json"]);
    let printed = collect(child.stdout.take().unwrap());
    wait_for("frames", || printed.lock().unwrap().len() > 200);
    signal(&child, "INT");
    let out = finish(child);
    assert_code(&out, 0);
    wait_for("the closed array", || {
        printed.lock().unwrap().ends_with("]\n")
    });
    let text = printed.lock().unwrap().clone();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert!(!v.as_array().unwrap().is_empty());
    free(&env, &sim);
}

#[test]
fn ids_take_0x_prefixes() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(
        &sim,
        &[
            "dump",
            "--duration",
            "0.2",
            "--pass",
            "0x100-0x1FF",
            "--stop",
            "0X000-0x0FF",
            "--sample",
            "0x123:1/10",
            "--filter",
            "0x123:0x7FF",
        ],
    );
    assert_code(&out, 0);
    let filters = calls(&sim, "canAddFilter");
    let keys = [
        "type",
        "idMin",
        "id",
        "flags",
        "counterThreshold",
        "counterMax",
    ];
    let got: Vec<_> = filters.iter().map(|f| params(f, keys)).collect();
    assert_eq!(
        got,
        [
            ["1", "256", "511", "2", "-", "-"],
            ["2", "0", "255", "2", "-", "-"],
            ["3", "-", "291", "2", "1", "10"],
        ]
        .map(|a| a.map(str::to_owned))
    );
    // 8 digits after 0x: an extended id
    assert_code(
        &env.can(&sim, &["dump", "--duration", "0.1", "--pass", "0x00000100"]),
        0,
    );
    assert_eq!(
        param(calls(&sim, "canAddFilter").last().unwrap(), "flags"),
        Some("4")
    );
    assert_fails(
        &env.can(&sim, &["dump", "--pass", "0x"]),
        2,
        "--pass: '0x' is not a CAN id in hex",
    );
    assert_fails(
        &env.can(&sim, &["dump", "--filter", "0xZZ:7FF"]),
        2,
        "--filter '0xZZ:7FF': expected id:mask",
    );
}

#[test]
fn led_timeout_and_http_timeout_have_one_meaning_each() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    assert_code(
        &env.can(
            &sim,
            &["leds", "all-on", "--led-timeout", "1000", "--timeout", "5"],
        ),
        0,
    );
    assert_eq!(
        param(&calls(&sim, "kvFlashLeds")[0], "timeout"),
        Some("1000")
    );
    // --timeout after `leds` is the HTTP timeout (seconds), not the LED time
    assert_code(&env.can(&sim, &["leds", "all-off", "--timeout", "5"]), 0);
    assert_eq!(param(&calls(&sim, "kvFlashLeds")[1], "timeout"), None);
    // any word `leds` no longer turns a later --timeout into --led-timeout
    let leds = env.path("leds");
    std::fs::write(&leds, b"x").unwrap();
    let run_in_root = |args: &[&str]| {
        finish(
            env.can_command(&sim, args)
                .current_dir(&env.root)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        )
    };
    let out = run_in_root(&["file", "put", "leds", "--timeout", "5"]);
    assert_code(&out, 0);
    assert_eq!(
        param(&calls(&sim, "kvFileCopyToDevice")[0], "deviceFileName"),
        Some("F:/leds")
    );
    let out = run_in_root(&["envvar", "get", "leds", "--timeout", "5"]);
    assert_fails(&out, 5, "envvar 'leds' does not exist");
    let out = env.can(&sim, &["leds", "all-on", "--timeout", "1000ms"]);
    assert_fails(&out, 2, "'1000ms' is not a number of seconds");
    let help = env.run(&["can", "leds", "-h"]);
    assert_code(&help, 0);
    assert!(help.stdout.contains("--led-timeout <MS>"), "{help:?}");
    assert!(help.stdout.contains("--timeout <SECS>"), "{help:?}");
    assert!(help.stdout.contains("HTTP timeout"), "{help:?}");
    free(&env, &sim);
}

#[test]
fn help_lists_own_then_connection_then_global_options() {
    let env = Env::new();
    for long in [false, true] {
        let out = env.run(&["can", "dump", if long { "--help" } else { "-h" }]);
        assert_code(&out, 0);
        let at = |s: &str| {
            out.stdout
                .find(s)
                .unwrap_or_else(|| panic!("{s} missing:\n{}", out.stdout))
        };
        let (own, conn, global) = (
            at("Options:"),
            at("Connection options:"),
            at("Global options:"),
        );
        assert!(own < conn && conn < global, "{}", out.stdout);
        // flags as listed below the headings (the about line names some too)
        let at = |flag: &str| {
            own + out.stdout[own..]
                .find(flag)
                .unwrap_or_else(|| panic!("{flag}"))
        };
        for flag in ["--channel", "--bitrate", "--count", "--format", "--pass"] {
            assert!(at(flag) > own && at(flag) < conn, "{flag}:\n{}", out.stdout);
        }
        for flag in ["--host", "--session-timeout", "--password-stdin"] {
            assert!(
                at(flag) > conn && at(flag) < global,
                "{flag}:\n{}",
                out.stdout
            );
        }
        for flag in ["--profile", "--config", "--output", "--timeout", "--quiet"] {
            assert!(at(flag) > global, "{flag}:\n{}", out.stdout);
        }
    }
}

/// Start `can ARGS`, wait until the simulator saw `function`, send `sig`, and return how it ended.
fn stop(env: &Env, sim: &Sim, args: &[&str], function: &str, sig: &str) -> Output {
    signal_when(
        env.spawn_can(sim, args),
        function,
        || !calls(sim, function).is_empty(),
        sig,
    )
}

/// After the run the device was cleaned up: off bus, handle closed, session unloaded.
fn cleaned_up(sim: &Sim) {
    assert_last_functions(sim, &["S/canBusOff", "S/canClose", "S/canUnloadLibrary"]);
}

#[test]
fn run_until_stopped_commands_exit_0_on_ctrl_c_and_sigterm() {
    let env = Env::new();
    let log = env.path("trip.log");
    std::fs::write(&log, "(0.0) can0 123#01\n(0.05) can0 124#02\n").unwrap();
    for sig in ["INT", "TERM"] {
        for (args, function) in [
            (
                &["send", "123#01", "--repeat", "0", "--interval", "20"][..],
                "canWrite",
            ),
            (
                &["replay", log.to_str().unwrap(), "--loop", "inf"],
                "canWrite",
            ),
            (&["dump"], "canRead"),
        ] {
            let sim = Sim::start(&env, "can", &[]);
            assert_code(&stop(&env, &sim, args, function, sig), 0);
            cleaned_up(&sim);
        }
        let sim = Sim::start(&env, "can", &[]);
        let out = stop(
            &env,
            &sim,
            &["script", "text", "--slot", "0", "--follow"],
            "kvScriptGetText",
            sig,
        );
        assert_code(&out, 0);
        assert_last_functions(
            &sim,
            &["S/kvScriptRequestText", "S/canClose", "S/canUnloadLibrary"],
        );
        assert_eq!(
            param(
                calls(&sim, "kvScriptRequestText").last().unwrap(),
                "request"
            ),
            Some("1")
        );
    }
}

#[test]
fn other_interrupted_commands_exit_130() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = stop(
        &env,
        &sim,
        &["send", "123#01", "--repeat", "1000", "--interval", "20"],
        "canWrite",
        "INT",
    );
    assert_fails(&out, 130, "interrupted");
    cleaned_up(&sim);
    let sim = Sim::start(&env, "can", &[]);
    let out = stop(
        &env,
        &sim,
        &["identify", "--seconds", "60"],
        "kvFlashLeds",
        "TERM",
    );
    assert_fails(&out, 130, "interrupted");
    assert_last_functions(&sim, &["S/canUnloadLibrary"]);
}

/// The `fieldctl …` lines of README.md's sh code blocks, without their comments.
fn readme_commands() -> Vec<Vec<String>> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut in_sh = false;
    let mut commands = Vec::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = line == "```sh";
            continue;
        }
        let line = line.trim();
        if !in_sh || !line.starts_with("fieldctl ") {
            continue;
        }
        // a comment starts with " #" (frames like 123#DEADBEEF have no space before #)
        let code = line.split(" #").next().unwrap();
        // a shell's single quotes ('*-LOG-Trip') are not part of the word
        commands.push(
            code.split_whitespace()
                .skip(1)
                .map(|w| w.trim_matches('\'').to_owned())
                .collect(),
        );
    }
    commands
}

/// Start `cmd` with its output read as it comes, wait until `ready(stdout, stderr)`, then Ctrl-C it and return
/// how it ended (a command that runs until stopped).
fn interrupt_when(mut cmd: std::process::Command, ready: impl Fn(&str, &str) -> bool) -> Output {
    use std::io::Read;
    use std::sync::{Arc, Mutex};
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pipe = |mut r: Box<dyn Read + Send>| {
        let text = Arc::new(Mutex::new(String::new()));
        let into = Arc::clone(&text);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = r.read(&mut buf) {
                into.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        (text, reader)
    };
    let (stdout, out_reader) = pipe(Box::new(child.stdout.take().unwrap()));
    let (stderr, err_reader) = pipe(Box::new(child.stderr.take().unwrap()));
    wait_for("the command's first output", || {
        ready(&stdout.lock().unwrap(), &stderr.lock().unwrap())
    });
    signal(&child, "INT");
    let end = finish(child); // its deadline; the pipes were taken, so its output is read here
    out_reader.join().unwrap();
    err_reader.join().unwrap();
    let text = |t: Arc<Mutex<String>>| t.lock().unwrap().clone();
    Output {
        code: end.code,
        stdout: text(stdout),
        stderr: text(stderr),
    }
}

/// The URLs of the `-v` trace lines (`* GET http://127.0.0.1:PORT/… → 200 (0 ms)`), in order.
fn traces(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("* ") && l.contains(" → "))
        .filter_map(|l| l.split(' ').nth(2))
        .collect()
}

/// README lines that do not simply run to exit 0 against `sim`, and what they do instead.
const REFUSED: [&str; 3] = [
    // They keep state for later runs (a session, a pin in the profile), which the embedded simulator cannot
    // serve: refused with exit 2, as the README's `sim` paragraph says. That is what a reader gets, so that is
    // what is asserted. Against a simulator that stays they work as the README shows, which their groups' tests
    // check (ovms_account::login_encodes_the_password_and_keeps_a_private_session_that_later_runs_reuse,
    // ksc_client::login_keeps_the_session_for_later_runs_until_logout,
    // ksc_tls::ksc_trust_shows_the_fingerprint_and_save_pins_it_in_the_profile): running them here against a
    // separate `fieldctl sim` would add nothing.
    "ovms login",
    "ksc trust --save",
    "ksc login",
];

/// README lines with nothing to do against `sim`: no session is kept there (the login line was refused), so a
/// logout finds none, says so and exits 0, without a request.
const NOTHING_KEPT: [&str; 2] = ["ovms logout", "ksc logout"];

/// Every `fieldctl` line of the README, as a reader who read its top runs it: against `sim`. The server
/// variables say `sim` (and a `--host X`/`--server X` in a line is replaced by `sim`); what the README
/// exports besides is exported too, except the KSC password: that is the password of the README's
/// `fieldctl sim ksc --password demo`, while the embedded simulator's account has its own, made in the process
/// (a password given is used instead, and refused: the `sim` paragraph says so).
///
/// Each line starts its own simulator, which ends with it: what a line needs is in the demo data (the
/// device's envvar `speed`, its file F:/log.kmf, traffic that fills `--filter 120:7F0`; src/sim/can/demo.rs),
/// or in files an earlier line wrote in the working directory (trip.log). Lines that run until Ctrl-C get it
/// once they show they run. Every line runs with `-v`, so its traces show what reached the simulator: each
/// can line released the device (canClose, then canUnloadLibrary last), each ksc line ended its session.
#[test]
fn every_readme_command_runs_against_sim() {
    let mut env = Env::new();
    for var in [
        "FIELDCTL_CAN_HOST",
        "FIELDCTL_OVMS_SERVER",
        "FIELDCTL_KSC_SERVER",
    ] {
        env.set(var, "sim");
    }
    env.set("FIELDCTL_OVMS_USERNAME", "demo"); // the README's export line, its server part `sim`
    let dir = env.path("work");
    std::fs::create_dir_all(dir.join("logs")).unwrap();
    std::fs::write(dir.join("hello.txe"), [7u8; 64]).unwrap();
    // The README's database: its message and signal names are engine.dbc's, as is the demo traffic.
    let engine = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dbc/engine.dbc");
    std::fs::copy(engine, dir.join("car.dbc")).unwrap();
    // What some lines show on stdout against `sim`.
    let shows = [
        (
            "can dump --count 100 --pass 0x100-0x1FF --filter 120:7F0",
            "  can0  123   [4]  ",
        ),
        (
            "can dump --dbc car.dbc --message EngineData",
            " :: EngineData(EngineSpeed: ",
        ),
        ("can dbc show car.dbc Transmission", "VehicleSpeed"),
        ("ovms status DEMO1", "85 %"),
        (
            "ovms watch DEMO1 --interval 5 --fields soc,charging",
            "DEMO1  soc=85 %",
        ),
        ("ksc host show web-000002", "web-000002"),
    ];
    let commands = readme_commands();
    assert!(commands.len() > 25, "{commands:?}");
    let mut all_traces = String::new();
    let mut ran = 0;
    for words in &commands {
        let line = words.join(" ");
        let mut args: Vec<String> = words.clone();
        if args[0] == "sim" {
            // The simulators that stay, for the lines the README shows before `sim` existed.
            assert!(
                args == ["sim", "can"]
                    || args == ["sim", "can", "--listen", "127.0.0.1:0"]
                    || args == ["sim", "ovms"]
                    || args == ["sim", "ksc", "--password", "demo"],
                "{args:?}"
            );
            continue;
        }
        let device = ["can", "ovms", "ksc"].contains(&args[0].as_str());
        if let Some(i) = args.iter().position(|a| a == "--host" || a == "--server") {
            args[i + 1] = "sim".to_owned();
        }
        if device {
            args.push("-v".to_owned());
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut cmd = env.command(&args);
        cmd.current_dir(&dir);
        let forever = args[1] == "dump" && !args.contains(&"--count")
            || args.windows(2).any(|w| w == ["--repeat", "0"])
            || args.contains(&"--follow")
            || args[..2] == ["ovms", "watch"];
        let out = if REFUSED.contains(&line.as_str()) {
            let out = finish(
                cmd.stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap(),
            );
            assert_fails(
                &out,
                2,
                "keeps state for later runs, and the embedded simulator (`sim`) ends with this command",
            );
            assert!(out.stderr.contains("start `fieldctl sim "), "{out:?}");
            ran += 1;
            continue;
        } else if forever {
            let file = args
                .windows(2)
                .find(|w| w[0] == "--file")
                .map(|w| dir.join(w[1]));
            interrupt_when(cmd, |stdout, stderr| match &file {
                // a capture to a file has frames in it before it is stopped (replay reads it next)
                Some(p) => std::fs::metadata(p).is_ok_and(|m| m.len() > 0),
                // a first line; `send --repeat 0` prints nothing: its first frame sent. `script text --follow`
                // shows no text: the script the line before loaded was in that line's simulator (gone with
                // it), so this one's slot 0 is empty; it subscribes to its text and waits.
                None => {
                    stdout.contains('\n')
                        || stderr.contains("/canWrite?")
                        || stderr.contains("/kvScriptRequestText?")
                }
            })
        } else {
            finish(
                cmd.stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap(),
            )
        };
        assert_eq!(out.code, 0, "fieldctl {line}:\n{out:?}");
        if let Some((_, shown)) = shows.iter().find(|(l, _)| *l == line) {
            assert!(out.stdout.contains(shown), "fieldctl {line}:\n{out:?}");
        }
        let t = traces(&out.stderr);
        // A session opened was unloaded last; a channel opened was closed.
        let traced = |f: &str| t.iter().any(|u| u.contains(&format!("/{f}?")));
        if traced("canInitializeLibrary") {
            assert!(
                t.last().unwrap().contains("/canUnloadLibrary?")
                    && (!traced("canOpenChannel") || traced("canClose")),
                "fieldctl {line} did not release the device:\n{}",
                out.stderr
            );
        }
        if t.iter().any(|u| u.ends_with("/Session.StartSession")) {
            assert!(
                t.last().unwrap().ends_with("/Session.EndSession"),
                "fieldctl {line} did not end its session:\n{}",
                out.stderr
            );
        }
        if NOTHING_KEPT.contains(&line.as_str()) {
            assert!(
                t.is_empty() && out.stderr.contains(": nothing to "),
                "{out:?}"
            );
        } else if device && !["decode", "dbc"].contains(&args[1]) {
            assert!(!t.is_empty(), "fieldctl {line}: nothing traced:\n{out:?}");
            assert!(
                t.iter().all(|u| u.contains("://127.0.0.1:")),
                "fieldctl {line} left the loopback:\n{}",
                out.stderr
            );
        }
        all_traces.push_str(&out.stderr);
        ran += 1;
    }
    assert!(ran > 25);
    // What the examples did reached the device or the server.
    assert!(std::fs::metadata(dir.join("trip.log")).unwrap().len() > 0);
    assert!(read(&dir.join("logs/log.kmf")).starts_with("(1767225600.000000) can0 100#"));
    assert!(dir.join("klsctunnel").exists());
    for traced in [
        "/kvScriptEnvvarSetInt?",
        "/kvFlashLeds?",
        "/FTUR/demo-upload ",
    ] {
        assert!(all_traces.contains(traced), "{traced}:\n{all_traces}");
    }
    let line = |part: &str| all_traces.lines().find(|l| l.contains(part)).unwrap();
    assert!(line("/kvScriptEnvvarSetInt?").contains("&val=42&"));
    assert!(line("/kvFlashLeds?").contains("&timeout=1000&"));
    // No line left a state file (the profile lines wrote the config file, as they do anywhere).
    let left: Vec<_> = std::fs::read_dir(env.path("state")).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// The README's first lines (issue 11): `cargo run --release -- …` against `sim`, run here as they are written
/// (the built binary for `cargo run --release --`), then the test command.
#[test]
fn the_readme_first_lines_run_literally_against_sim() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut lines = readme.lines();
    assert_eq!(lines.next(), Some("# fieldctl"));
    assert_eq!(lines.next(), Some(""));
    assert_eq!(lines.next(), Some("```sh"));
    let tried: Vec<&str> = lines
        .by_ref()
        .take_while(|l| *l != "```")
        .map(|l| l.split(" #").next().unwrap().trim())
        .collect();
    assert_eq!(
        tried,
        [
            "cargo run --release -- can dump --host sim --count 20",
            "cargo run --release -- ovms status --server sim",
            "cargo run --release -- ksc hosts --server sim",
        ]
    );
    let test_block: Vec<&str> = lines
        .skip_while(|l| *l != "```sh")
        .skip(1)
        .take_while(|l| *l != "```")
        .map(|l| l.split(" #").next().unwrap().trim())
        .collect();
    assert_eq!(test_block, ["bash .ci/run"]);
    let env = Env::new();
    for line in tried {
        let args: Vec<&str> = line
            .strip_prefix("cargo run --release -- ")
            .unwrap()
            .split_whitespace()
            .collect();
        let out = env.run(&args);
        assert_code(&out, 0);
        let rows: Vec<&str> = out.stdout.lines().collect();
        match args[0] {
            "can" => {
                assert_eq!(rows.len(), 20, "{out:?}");
                assert!(rows.iter().all(|r| r.starts_with("  can0  ")), "{out:?}");
            }
            "ovms" => assert!(out.stdout.contains("DEMO1") && out.stdout.contains("85 %")),
            _ => {
                // a header and the demo inventory's 200 hosts
                assert_eq!(rows.len(), 201, "{out:?}");
                assert!(out.stdout.contains("web-000002"), "{out:?}");
            }
        }
    }
}
