//! Issue 10's fixes: ids above 0x7FF and their references, message lengths, encode's order and errors, long
//! names, control characters, `[0|0]` ranges, runaway strings, `profile set` with relative paths.

use std::process::Stdio;

use serde_json::Value;

use crate::support::*;

fn multiplex() -> String {
    format!(
        "{}/tests/data/dbc/multiplex.dbc",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn json(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:?}"))
}

const HEAD: &str = "VERSION \"\"\n\nNS_ :\n\nBS_:\n\nBU_: ECU DASH\n\n";

#[test]
fn a_standard_id_above_0x7ff_keeps_its_references() {
    let env = Env::new();
    let file = write(
        &env,
        "ids.dbc",
        &format!(
            "{HEAD}BO_ 3000 Wide: 2 ECU\n SG_ Sig : 0|8@1+ (1,0) [0|255] \"\" DASH\n\n\
             CM_ SG_ 3000 Sig \"the signal\";\n\
             BA_ \"GenMsgCycleTime\" BO_ 3000 100;\n\
             VAL_ 3000 Sig 1 \"One\" ;\n"
        ),
    );
    let out = env.run(&["can", "dbc", "show", &file, "Wide", "-o", "json"]);
    assert_code(&out, 0);
    assert!(!out.stderr.contains("unknown message"), "{out:?}");
    let m = json(&out);
    assert_eq!(m["cycle_time"], 100);
    assert_eq!(m["signals"][0]["choices"]["1"], "One");
    assert_eq!(m["signals"][0]["comment"], "the signal");
    // With bit 31 set it is the same id: a duplicate.
    let twice = write(
        &env,
        "twice.dbc",
        &format!("{HEAD}BO_ 3000 A: 2 ECU\nBO_ 2147486648 B: 2 ECU\n"),
    );
    let out = env.run(&["can", "dbc", "show", &twice]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("is defined again ('B'"), "{out:?}");
    assert_eq!(out.stdout.lines().count(), 2, "{out:?}");
}

#[test]
fn huge_lengths_are_clamped_and_never_sent() {
    let mut env = Env::new();
    let file = write(
        &env,
        "big.dbc",
        &format!(
            "{HEAD}BO_ 100 Big: 18446744073709551615 ECU\n SG_ S : 0|8@1+ (1,0) [0|255] \"\" DASH\n\n\
             BO_ 101 Fd: 12 ECU\n SG_ T : 0|8@1+ (1,0) [0|255] \"\" DASH\n"
        ),
    );
    let out = env.run(&["can", "dbc", "show", &file]);
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("is 18446744073709551615 bytes long, more than CAN FD's 64: read as 64"),
        "{out:?}"
    );
    let log = write(&env, "t.log", "(1.0) can0 064#05\n");
    let out = env.run(&["can", "decode", &log, "--dbc", &file]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("Big(S: 5)"), "{out:?}");
    env.set("FIELDCTL_CAN_HOST", "127.0.0.1:1");
    let sim = Sim::start(&env, "can", &[]);
    for (name, n) in [("Big", 64), ("Fd", 12)] {
        let out = env.can(&sim, &["send", "--dbc", &file, name]);
        assert_code(&out, 2);
        let says = format!(
            "{name} is {n} bytes: the Kvaser REST API sends classic CAN frames of at most 8"
        );
        assert!(out.stderr.contains(&says), "{out:?}");
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.requests());
}

fn encode_db(env: &Env) -> String {
    write(
        env,
        "enc.dbc",
        &format!(
            "{HEAD}BO_ 200 Ov: 2 ECU\n SG_ Low : 0|8@1+ (1,0) [0|255] \"\" DASH\n \
             SG_ Whole : 0|16@1+ (1,0) [0|65535] \"\" DASH\n\n\
             BO_ 201 Fl: 8 ECU\n SG_ F : 0|32@1- (0,0) [0|0] \"\" DASH\n \
             SG_ D : 32|32@1- (1E-300,0) [0|0] \"\" DASH\n\n\
             BO_ 202 Fd: 8 ECU\n SG_ G : 0|64@1- (1E-300,0) [0|0] \"\" DASH\n\n\
             BO_ 203 Wide: 8 ECU\n SG_ U : 0|64@1+ (1,0) [0|18446744073709551615] \"\" DASH\n \
             SG_ Mode : 0|8@1+ (1,0) [0|0] \"\" DASH\n\n\
             SIG_VALTYPE_ 201 F : 1;\nSIG_VALTYPE_ 202 G : 2;\n\
             VAL_ 203 Mode 1 \"Drive\" 2 \"DRIVE2\" 3 \"Park\" ;\n"
        ),
    )
}

#[test]
fn encode_writes_given_values_last_and_refuses_given_overlaps() {
    let env = Env::new();
    let file = encode_db(&env);
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["send", "--dbc", &file, "Ov", "Low=5"]);
    assert_code(&out, 0);
    let writes: Vec<String> = calls(&sim, "canWrite")
        .iter()
        .map(|r| params(r, ["id", "dlc", "msg"]).join(" "))
        .collect();
    assert_eq!(writes, ["200 2 5,0"], "{out:?}");
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["send", "--dbc", &file, "Ov", "Low=5", "Whole=7"]);
    assert_code(&out, 2);
    assert!(
        out.stderr.contains("Low and Whole share bits of Ov"),
        "{out:?}"
    );
    assert!(sim.requests().is_empty());
}

#[test]
fn encode_never_puts_infinity_on_the_bus() {
    let env = Env::new();
    let file = encode_db(&env);
    let sim = Sim::start(&env, "can", &[]);
    for (msg, arg, says) in [
        ("Fl", "F=5", "its factor is 0"),
        ("Fd", "G=1e300", "beyond a 64-bit float"),
    ] {
        let out = env.can(&sim, &["send", "--dbc", &file, msg, arg]);
        assert_code(&out, 2);
        assert!(out.stderr.contains(says), "{arg}: {out:?}");
    }
    assert!(sim.requests().is_empty());
}

#[test]
fn choices_match_case_insensitively_when_only_one_does() {
    let env = Env::new();
    let file = encode_db(&env);
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["send", "--dbc", &file, "Wide", "Mode=park"]);
    assert_code(&out, 0);
    // `drive` matches Drive and DRIVE2? No: only Drive; `drive2` only DRIVE2; exact wins first.
    let out = env.can(&sim, &["send", "--dbc", &file, "Wide", "Mode=drive2"]);
    assert_code(&out, 0);
    let writes: Vec<String> = calls(&sim, "canWrite")
        .iter()
        .map(|r| params(r, ["msg"]).join(" "))
        .collect();
    assert_eq!(writes, ["3,0,0,0,0,0,0,0", "2,0,0,0,0,0,0,0"], "{out:?}");
}

#[test]
fn range_errors_are_exact_and_no_range_is_empty() {
    let env = Env::new();
    let file = encode_db(&env);
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["send", "--dbc", &file, "Wide", "U=2e19"]);
    assert_code(&out, 2);
    assert!(
        out.stderr
            .contains("U: 2e19 is outside 0..18446744073709551615"),
        "{out:?}"
    );
    let out = env.run(&["can", "dbc", "show", &file, "Wide", "-o", "json"]);
    assert_code(&out, 0);
    let m = json(&out);
    assert_eq!(m["signals"][1]["min"], Value::Null);
    assert_eq!(m["signals"][1]["max"], Value::Null);
    assert_eq!(m["signals"][0]["max"], 18446744073709551615u64);
    let out = env.run(&["can", "dbc", "show", &file, "Wide"]);
    let mode = out
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("Mode"))
        .unwrap();
    let cells: Vec<&str> = mode.split_whitespace().collect();
    assert_eq!(
        &cells[..9],
        [
            "Mode", "0", "8", "intel", "no", "integer", "1", "0", "1=Drive,"
        ]
    );
}

#[test]
fn multiplexing_errors_name_the_whole_chain_in_physical_values() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["send", "--dbc", &multiplex(), "ExtMux", "DataB=1"]);
    assert_code(&out, 2);
    assert!(
        out.stderr.contains(
            "DataB is sent only when Outer=1 and Inner=2; Outer is 0 (Idle), so Inner is not sent"
        ),
        "{out:?}"
    );
    assert!(out.stderr.contains("give Outer=1 Inner=2"), "{out:?}");
    let out = env.can(
        &sim,
        &["send", "--dbc", &multiplex(), "Diag", "Mode=2", "Rpm=1"],
    );
    assert_code(&out, 2);
    assert!(
        out.stderr
            .contains("Rpm is sent only when Mode=1; Mode is 2 (Battery)"),
        "{out:?}"
    );
    assert!(sim.requests().is_empty());
}

#[test]
fn unknown_names_say_what_exists_when_nothing_is_near() {
    let env = Env::new();
    let file = write(&env, "w.dbc", &format!("{HEAD}BO_ 1 Wide: 1 ECU\n"));
    let out = env.run(&["can", "dbc", "show", &file, "Nope"]);
    assert_code(&out, 2);
    assert!(out.stderr.contains("its messages: Wide"), "{out:?}");
    assert!(!out.stderr.contains("did you mean"), "{out:?}");
}

#[test]
fn an_unclosed_string_is_reported_where_it_opened() {
    let env = Env::new();
    let file = write(
        &env,
        "open.dbc",
        "VERSION \"\"\nBO_ 1 A: 1 ECU\n SG_ X : 0|8@1+ (1,0) [0|255] \"\" DASH\n\
         CM_ SG_ 1 X \"unterminated;\nCM_ BO_ 1 \"fine\";\nBA_ \"GenMsgCycleTime\" BO_ 1 10;\n",
    );
    let out = env.run(&["can", "dbc", "show", &file]);
    assert_code(&out, 10);
    assert!(
        out.stderr
            .contains("open.dbc:4: a string opened on line 4 is never closed"),
        "{out:?}"
    );
}

#[test]
fn duplicate_signals_are_warned_and_the_first_kept() {
    let env = Env::new();
    let file = write(
        &env,
        "dup.dbc",
        &format!(
            "{HEAD}BO_ 1 A: 2 ECU\n SG_ X : 0|8@1+ (1,0) [0|255] \"\" DASH\n \
             SG_ X : 8|8@1+ (1,0) [0|255] \"\" DASH\n"
        ),
    );
    let out = env.run(&["can", "dbc", "show", &file, "A", "-o", "json"]);
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("dup.dbc:11: signal 'X' of message 'A' is defined again"),
        "{out:?}"
    );
    let m = json(&out);
    assert_eq!(m["signals"].as_array().unwrap().len(), 1);
    assert_eq!(m["signals"][0]["start"], 0);
}

#[test]
fn long_names_replace_the_short_ones() {
    let env = Env::new();
    let file = write(
        &env,
        "long.dbc",
        &format!(
            "{HEAD}BO_ 1 ShortMsg: 1 ECU\n SG_ ShortSig : 0|8@1+ (1,0) [0|255] \"\" DASH\n\n\
             BA_DEF_ SG_ \"SystemSignalLongSymbol\" STRING ;\n\
             BA_DEF_ BO_ \"SystemMessageLongSymbol\" STRING ;\n\
             BA_DEF_ BU_ \"SystemNodeLongSymbol\" STRING ;\n\
             BA_ \"SystemSignalLongSymbol\" SG_ 1 ShortSig \"AVeryLongSignalNameBeyondThirtyTwoChars\";\n\
             BA_ \"SystemMessageLongSymbol\" BO_ 1 \"AVeryLongMessageNameBeyondThirtyTwoChars\";\n\
             BA_ \"SystemNodeLongSymbol\" BU_ ECU \"EngineControlUnitWithALongName\";\n\
             VAL_ 1 ShortSig 1 \"On\" ;\n"
        ),
    );
    let out = env.run(&["can", "dbc", "show", &file, "-o", "json"]);
    assert_code(&out, 0);
    let db = json(&out);
    let m = &db["messages"][0];
    assert_eq!(m["name"], "AVeryLongMessageNameBeyondThirtyTwoChars");
    assert_eq!(m["senders"][0], "EngineControlUnitWithALongName");
    assert_eq!(
        m["signals"][0]["name"],
        "AVeryLongSignalNameBeyondThirtyTwoChars"
    );
    assert_eq!(m["signals"][0]["choices"]["1"], "On");
    assert_eq!(db["nodes"][0], "EngineControlUnitWithALongName");
    let log = write(&env, "t.log", "(1.0) can0 001#01\n");
    let out = env.run(&[
        "can",
        "decode",
        &log,
        "--dbc",
        &file,
        "--signals",
        "AVeryLongSignalNameBeyondThirtyTwoChars",
    ]);
    assert_code(&out, 0);
    assert!(
        out.stdout.contains(
            ":: AVeryLongMessageNameBeyondThirtyTwoChars(AVeryLongSignalNameBeyondThirtyTwoChars: 'On')"
        ),
        "{out:?}"
    );
}

#[test]
fn control_characters_from_a_file_never_reach_the_terminal() {
    let env = Env::new();
    let file = write(
        &env,
        "ctl.dbc",
        &format!(
            "{HEAD}BO_ 1 A: 1 ECU\n SG_ X : 0|8@1+ (1,0) [0|255] \"\x1b[31m\" DASH\n\n\
             VAL_ 1 X 1 \"O\u{9b}n\" ;\nCM_ SG_ 1 X \"line\x07one\nline two\";\n"
        ),
    );
    for format in ["table", "json"] {
        let out = env.run(&["can", "dbc", "show", &file, "A", "-o", format]);
        assert_code(&out, 0);
        assert!(!out.stdout.contains('\x1b'), "{out:?}");
        assert!(!out.stdout.contains('\u{9b}'), "{out:?}");
        assert!(!out.stdout.contains('\x07'), "{out:?}");
    }
    let out = env.run(&["can", "dbc", "show", &file, "A", "-o", "json"]);
    let s = &json(&out)["signals"][0];
    assert_eq!(s["unit"], "\\u{1b}[31m");
    assert_eq!(s["choices"]["1"], "O\\u{9b}n");
    assert_eq!(s["comment"], "line\\u{7}one\nline two");
}

#[test]
fn profile_set_stores_relative_paths_absolute() {
    let env = Env::new();
    let dir = env.path("work");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(multiplex(), dir.join("m.dbc")).unwrap();
    let child = env
        .command(&["profile", "set", "lab", "can.dbc", "m.dbc"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = finish(child);
    assert_code(&out, 0);
    let text = read(&env.config_file());
    let want = dir.join("m.dbc");
    assert!(text.contains(want.to_str().unwrap()), "{text}");
    let out = env.run(&["-p", "lab", "can", "dbc", "show", want.to_str().unwrap()]);
    assert_code(&out, 0);
    let log = write(&env, "t.log", "(1.0) can0 600#0100\n");
    let out = env.run(&["-p", "lab", "can", "decode", &log]);
    assert_code(&out, 0);
    assert!(out.stdout.contains(":: Diag("), "{out:?}");
}
