//! `can dbc show FILE [MESSAGE]`: the test databases as tables, CSV and JSON, with no device; messy files
//! warned about, broken ones refused.

use serde_json::Value;

use crate::support::*;

fn db(name: &str) -> String {
    format!("{}/tests/data/dbc/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Table lines with their column gaps squeezed to one space (the layout is not a contract; the cells are).
fn cells(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn json(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:?}"))
}

#[test]
fn messages_table_needs_no_device() {
    let mut env = Env::new();
    // A broken device address anywhere must not matter: `dbc show` never resolves the connection.
    env.set("FIELDCTL_CAN_HOST", "10.0.0.1:abc");
    let out = env.run(&["can", "dbc", "show", &db("engine.dbc")]);
    assert_code(&out, 0);
    assert_eq!(out.stderr, "");
    let lines = cells(&out.stdout);
    assert_eq!(lines[0], "ID NAME LENGTH SENDERS CYCLE MS SIGNALS");
    assert_eq!(lines[1], "100 EngineData 8 ECU 10 6");
    assert_eq!(lines[2], "200 Transmission 4 ECU, GATEWAY 20 3");
    assert_eq!(lines[3], "18FEF100 J1939Engine 8 ECU 100 3");
    assert_eq!(lines[9], "400 Heartbeat 0 ECU 0");
    assert_eq!(lines.len(), 11);

    let clean = Env::new().run(&["can", "dbc", "show", &db("engine.dbc")]);
    assert_code(&clean, 0);
    assert_eq!(clean.stdout, out.stdout, "no --host, no profile: the same");
}

#[test]
fn a_message_shows_every_signal() {
    let out = Env::new().run(&["can", "dbc", "show", &db("multiplex.dbc"), "ExtMux"]);
    assert_code(&out, 0);
    assert_eq!(
        cells(&out.stdout),
        [
            "NAME START LENGTH BYTE ORDER SIGNED TYPE FACTOR OFFSET MIN MAX UNIT CHOICES MULTIPLEXING",
            "Outer 0 4 intel no integer 1 0 0 15 0=Idle, 1=Nested, 3=Three multiplexor",
            "Inner 4 4 intel no integer 1 0 0 15 2=B, 3=C, 4=C2 multiplexor, when Outer=1",
            "DataA 8 8 intel no integer 1 0 0 255 when Outer in 0, 3..5",
            "DataB 8 16 intel no integer 0.1 0 0 6553.5 km when Outer=1 and Inner=2",
            "DataC 8 16 motorola no integer 1 0 0 65535 when Outer=1 and Inner in 3..4",
            "Tail 48 16 intel yes integer 1 0 -32768 32767",
        ]
    );
}

#[test]
fn signals_as_csv_keep_the_files_factor_text() {
    let out = Env::new().run(&[
        "can",
        "dbc",
        "show",
        &db("engine.dbc"),
        "EngineData",
        "-o",
        "csv",
    ]);
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "name,start,length,byte_order,signed,type,factor,offset,min,max,unit,choices,multiplexing"
    );
    assert_eq!(
        lines[1],
        "EngineSpeed,0,16,intel,false,integer,0.125,0,0,8031.875,rpm,,"
    );
    assert_eq!(
        lines[5],
        "EngineTorque,45,12,motorola,true,integer,0.5,0,-1024,1023.5,Nm,,"
    );
    assert_eq!(
        lines[6],
        "CheckEngine,63,1,intel,false,integer,1,0,0,1,,\"0=Off, 1=On\","
    );
}

#[test]
fn float_and_double_signals_say_so() {
    let out = Env::new().run(&[
        "can",
        "dbc",
        "show",
        &db("engine.dbc"),
        "Floats",
        "-o",
        "ndjson",
    ]);
    assert_code(&out, 0);
    let rows: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[0]["type"], "float");
    let precise = Env::new().run(&[
        "can",
        "dbc",
        "show",
        &db("engine.dbc"),
        "Precise",
        "-o",
        "ndjson",
    ]);
    assert!(precise.stdout.contains(r#""type":"double""#), "{precise:?}");
}

#[test]
fn json_is_the_whole_database() {
    let out = Env::new().run(&["can", "dbc", "show", &db("engine.dbc"), "-o", "json"]);
    assert_code(&out, 0);
    let doc = json(&out);
    assert_eq!(doc["nodes"], serde_json::json!(["ECU", "DASH", "GATEWAY"]));
    let messages = doc["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 10);
    let engine = &messages[0];
    assert_eq!(engine["id"], 256);
    assert_eq!(engine["extended"], false);
    assert_eq!(engine["cycle_time"], 10);
    assert_eq!(engine["comment"], "Engine status, sent every 10 ms.");
    let speed = &engine["signals"][0];
    assert_eq!(speed["name"], "EngineSpeed");
    assert_eq!(speed["factor"], 0.125);
    assert_eq!(speed["receivers"], serde_json::json!(["DASH", "GATEWAY"]));
    assert_eq!(speed["comment"], "Crankshaft speed.");
    assert_eq!(
        engine["signals"][5]["choices"],
        serde_json::json!({"0": "Off", "1": "On"})
    );
    assert_eq!(messages[2]["id"], 0x18FEF100);
    assert_eq!(messages[2]["extended"], true);
    let oil = &engine["signals"][3];
    assert_eq!(
        oil["comment"],
        "Gauge pressure,\nmeasured after the filter (\"hot\" oil)."
    );
}

#[test]
fn json_of_a_message_has_its_multiplexing() {
    let out = Env::new().run(&[
        "can",
        "dbc",
        "show",
        &db("multiplex.dbc"),
        "ExtMux",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    let m = json(&out);
    assert_eq!(m["name"], "ExtMux");
    // Choices in file order, as objects.
    assert_eq!(
        serde_json::to_string(&m["signals"][0]["choices"]).unwrap(),
        r#"{"0":"Idle","1":"Nested","3":"Three"}"#
    );
    assert_eq!(m["signals"][0]["multiplexor"], true);
    assert_eq!(
        m["signals"][2]["multiplexed_by"],
        serde_json::json!({"switch": "Outer", "ranges": [[0, 0], [3, 5]]})
    );
}

#[test]
fn a_message_by_its_hex_id() {
    let out = Env::new().run(&["can", "dbc", "show", &db("multiplex.dbc"), "600"]);
    assert_code(&out, 0);
    assert!(cells(&out.stdout)[1].starts_with("Mode 0 8"), "{out:?}");
}

#[test]
fn an_unknown_message_is_exit_2_with_the_nearest_names() {
    let out = Env::new().run(&["can", "dbc", "show", &db("engine.dbc"), "Enginedata"]);
    assert_code(&out, 2);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("no message 'Enginedata' in "),
        "{out:?}"
    );
    assert!(out.stderr.contains("did you mean EngineData?"), "{out:?}");
}

#[test]
fn a_syntax_error_is_exit_10_naming_file_line_and_what_was_expected() {
    let out = Env::new().run(&["can", "dbc", "show", &db("broken.dbc")]);
    assert_code(&out, 10);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .contains("broken.dbc:11: expected ':' after the signal name, found '16'"),
        "{out:?}"
    );
}

#[test]
fn a_missing_file_is_exit_10() {
    let env = Env::new();
    let missing = env.path("nothing.dbc");
    let out = env.run(&["can", "dbc", "show", missing.to_str().unwrap()]);
    assert_code(&out, 10);
    assert!(out.stderr.contains("cannot read the DBC file"), "{out:?}");
}

#[test]
fn a_messy_file_is_shown_with_each_warning_once() {
    let file = db("messy.dbc");
    let out = Env::new().run(&["can", "dbc", "show", &file]);
    assert_code(&out, 0);
    let warnings: Vec<&str> = out.stderr.lines().collect();
    let expected = [
        ":11: signals 'A' and 'B' of message 'Good' overlap",
        ":12: signal 'Far' does not fit message 'Good' of 8 bytes",
        ":14: message 'NoExtendedBit' has the standard id 0xBB8, above 0x7FF: treated as extended id 00000BB8",
        ":18: signal 'Wide' does not fit message 'Short' of 2 bytes",
        ":24: message id 066 is defined again ('TwiceAgain', first 'Twice' at ",
        ":27: CM_ for an unknown message 555 (ignored)",
        ":28: CM_ for an unknown signal 'Nope' in message 'Short' (ignored)",
        ":30: BA_ for an unknown message 777 (ignored)",
        ":31: VAL_ for an unknown signal 'Missing' in message 'Good' (ignored)",
        ":32: VAL_ for an unknown message 999 (ignored)",
    ];
    assert_eq!(warnings.len(), expected.len(), "{out:?}");
    for (w, e) in warnings.iter().zip(expected) {
        assert!(
            w.starts_with(&format!("fieldctl: warning: {file}{e}")),
            "{w} / {e}"
        );
    }
    let lines = cells(&out.stdout);
    assert_eq!(
        &lines[1..],
        [
            "064 Good 8 ECU 3",
            "00000BB8 NoExtendedBit 8 ECU 1",
            "065 Short 2 ECU 2",
            "066 TwiceAgain 2 ECU 1"
        ]
    );
}

#[test]
fn an_empty_database_is_an_empty_table_and_a_warning() {
    let file = db("empty.dbc");
    let out = Env::new().run(&["can", "dbc", "show", &file]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        format!("fieldctl: warning: {file}: no messages\n")
    );
    let out = Env::new().run(&["can", "dbc", "show", &file, "-o", "json"]);
    assert_eq!(json(&out), serde_json::json!({"messages": [], "nodes": []}));
}

#[test]
fn a_cp1252_file_reads_as_its_characters() {
    let out = Env::new().run(&[
        "can",
        "dbc",
        "show",
        &db("cp1252.dbc"),
        "Climate",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    let m = json(&out);
    assert_eq!(m["comment"], "Klimaanlage – Innenraum");
    assert_eq!(m["signals"][0]["unit"], "°C");
    assert_eq!(m["signals"][1]["choices"]["15"], "Maximal (Größte)");
}
