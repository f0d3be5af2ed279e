//! Issue 10 on the command line: `can decode` on logs of every form (no device), `can dump --dbc` on the
//! simulator's traffic, `can send --dbc` asserted from the simulator's side, and the `--dbc` setting.

use serde_json::Value;

use crate::support::*;

/// Transmission (0x200) of engine.dbc: Gear 3 'Drive', VehicleSpeed 12.34 km/h, Ratio 1.
const DRIVE: &str = ":: Transmission(Gear: 'Drive', VehicleSpeed: 12.34 km/h, Ratio: 1)";

#[test]
fn decode_reads_every_candump_form_and_passes_the_rest_through() {
    let env = Env::new();
    let log = write(
        &env,
        "mixed.log",
        "(1594172461.968006) vcan0 200#03D2040A\n\
         (1594172461.968006) vcan0 200#03D2040A R\n  \
         vcan0  200   [4]  03 D2 04 0A\n \
         (1594172461.968006)  vcan1  200   [4]  03 D2 04 0A   \n \
         (000.000000)  can0  200   [4]  03 D2 04 0A\n  \
         can0  RX - -  200   [4]  03 D2 04 0A  '....'\n\
         \x1b[1;32m  can0\x1b[0m  200   [4]  \x1b[31m03 D2 04 0A\x1b[0m\n\
         garbage line\t\n\
         (1.000000) can0 200#03D2040A :: Transmission(Gear: 'Park')\n\
         (1.000000) can0 200#03D2040A :: Transmission(\n    Gear: 'Park',\n    Ratio: 0\n)\n\
         (1.000000) can0 123#00\n\
         (1.000000) can0 400#\n\
         (1.000000) can0 200#03\n\
         (1.000000) can0 18FEF100#0100803E20A10700\n  \
         can0  200   [4]  remote request\n",
    );
    // No device: nothing about a host is read (a broken one in the environment is never looked at).
    let mut env = env;
    env.set("FIELDCTL_CAN_HOST", "not a host::");
    let out = env.run(&["can", "decode", &log, "--dbc", &dbc("engine.dbc")]);
    assert_code(&out, 0);
    let want = format!(
        "(1594172461.968006) vcan0 200#03D2040A {DRIVE}\n\
         (1594172461.968006) vcan0 200#03D2040A R {DRIVE}\n  \
         vcan0  200   [4]  03 D2 04 0A {DRIVE}\n \
         (1594172461.968006)  vcan1  200   [4]  03 D2 04 0A {DRIVE}\n \
         (000.000000)  can0  200   [4]  03 D2 04 0A {DRIVE}\n  \
         can0  RX - -  200   [4]  03 D2 04 0A  '....' {DRIVE}\n  \
         can0  200   [4]  03 D2 04 0A {DRIVE}\n\
         garbage line\t\n\
         (1.000000) can0 200#03D2040A {DRIVE}\n\
         (1.000000) can0 200#03D2040A {DRIVE}\n\
         (1.000000) can0 123#00\n\
         (1.000000) can0 400# :: Heartbeat()\n\
         (1.000000) can0 200#03 :: Transmission(Gear: 'Drive') [truncated: 1 of 4 bytes]\n\
         (1.000000) can0 18FEF100#0100803E20A10700 :: J1939Engine(ParkingBrake: 'Released', \
         WheelSpeed: 128 km/h, Odometer: 2500 km)\n  \
         can0  200   [4]  remote request\n"
    );
    assert_eq!(out.stdout, want, "{out:?}");
    assert_eq!(out.stderr, "", "{out:?}");
}

#[test]
fn decode_multi_line_no_choices_and_stdin() {
    let env = Env::new();
    let out = env.run_stdin(
        &[
            "can",
            "decode",
            "-",
            "--dbc",
            &dbc("engine.dbc"),
            "--multi-line",
            "--no-choices",
        ],
        "(1.000000) can0 200#03D204F6\n",
    );
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "(1.000000) can0 200#03D204F6 :: Transmission(\n    Gear: 3,\n    VehicleSpeed: 12.34 km/h,\n    \
         Ratio: -1\n)\n",
        "{out:?}"
    );
    // Its own multi-line output decodes again to the same.
    let again = env.run_stdin(
        &[
            "can",
            "decode",
            "--dbc",
            &dbc("engine.dbc"),
            "--multi-line",
            "--no-choices",
        ],
        &out.stdout,
    );
    assert_eq!(again.stdout, out.stdout, "{again:?}");
}

#[test]
fn decode_ndjson_json_and_csv() {
    let env = Env::new();
    let log = write(
        &env,
        "t.log",
        "(1594172461.968006) vcan1 200#03D2040A\n  can0  200   [1]  03\nnot a frame\n\n\
         (2.500000) can0 123#01\n",
    );
    let engine = dbc("engine.dbc");
    let out = env.run(&[
        "can", "decode", &log, "--dbc", &engine, "-o", "ndjson", "--units",
    ]);
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        r#"{"timestamp":1594172461.968006,"channel":1,"id":512,"extended":false,"rtr":false,"error":false,"dlc":4,"data":"03D2040A","flags":2,"message":"Transmission","signals":{"Gear":"Drive","VehicleSpeed":12.34,"Ratio":1},"units":{"Gear":"","VehicleSpeed":"km/h","Ratio":""}}"#
    );
    let v: Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(v["timestamp"], Value::Null);
    assert_eq!(v["truncated"], true);
    assert_eq!(v["signals"], serde_json::json!({"Gear": "Drive"}));
    assert_eq!(
        lines[2],
        r#"{"timestamp":2.500000,"channel":0,"id":291,"extended":false,"rtr":false,"error":false,"dlc":1,"data":"01","flags":2}"#
    );
    assert_eq!(lines.len(), 3);
    assert_eq!(out.stderr, "fieldctl: warning: 1 line not understood\n");

    let out = env.run(&[
        "can",
        "decode",
        &log,
        "--dbc",
        &engine,
        "-o",
        "json",
        "--no-choices",
    ]);
    assert_code(&out, 0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    assert_eq!(v[0]["signals"]["Gear"], 3);

    let out = env.run(&["can", "decode", &log, "--dbc", &engine, "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "timestamp,channel,id,message,signal,value,unit\n\
         1594172461.968006,1,200,Transmission,Gear,Drive,\n\
         1594172461.968006,1,200,Transmission,VehicleSpeed,12.34,km/h\n\
         1594172461.968006,1,200,Transmission,Ratio,1,\n\
         ,0,200,Transmission,Gear,Drive,\n"
    );
    // -o log is no output of decode.
    let out = env.run(&["can", "decode", &log, "--dbc", &engine, "-o", "log"]);
    assert_code(&out, 2);
}

#[test]
fn decode_reads_python_can_csv_and_several_logs_in_order() {
    let env = Env::new();
    let csv = write(
        &env,
        "t.csv",
        "timestamp,arbitration_id,extended,remote,error,dlc,data\n1.25,0x200,0,0,0,4,A9IECg==\n",
    );
    let log = write(&env, "t.log", "(3.000000) can2 400#\n");
    let out = env.run(&["can", "decode", &csv, &log, "--dbc", &dbc("engine.dbc")]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        format!("(1.250000) can0 200#03D2040A {DRIVE}\n(3.000000) can2 400# :: Heartbeat()\n"),
        "{out:?}"
    );
    // The same CSV on stdin is recognised by its rows.
    let text = std::fs::read_to_string(&csv).unwrap();
    let out = env.run_stdin(
        &["can", "decode", "--dbc", &dbc("engine.dbc"), "-o", "csv"],
        &text,
    );
    assert!(
        out.stdout
            .ends_with("1.250000,0,200,Transmission,Ratio,1,\n"),
        "{out:?}"
    );
}

#[test]
fn decode_message_and_signal_filters() {
    let env = Env::new();
    let log = write(
        &env,
        "t.log",
        "(1.0) can0 200#03D2040A\n(1.0) can0 123#00\n(1.0) can0 400#\n",
    );
    let engine = dbc("engine.dbc");
    let out = env.run(&[
        "can",
        "decode",
        &log,
        "--dbc",
        &engine,
        "--message",
        "Heartbeat",
    ]);
    assert_eq!(out.stdout, "(1.0) can0 400# :: Heartbeat()\n", "{out:?}");
    let out = env.run(&[
        "can",
        "decode",
        &log,
        "--dbc",
        &engine,
        "--signals",
        "Ratio,Gear",
    ]);
    assert_eq!(
        out.stdout, "(1.0) can0 200#03D2040A :: Transmission(Gear: 'Drive', Ratio: 1)\n",
        "{out:?}"
    );
    // Unknown names: exit 2 with the nearest, before anything is read.
    let out = env.run(&[
        "can",
        "decode",
        "/nonexistent/x.log",
        "--dbc",
        &engine,
        "--message",
        "Transmision",
    ]);
    assert_code(&out, 10);
    let out = env.run(&[
        "can",
        "decode",
        &log,
        "--dbc",
        &engine,
        "--message",
        "Transmision",
    ]);
    assert_code(&out, 2);
    assert!(out.stderr.contains("Transmission"), "{out:?}");
    assert_eq!(out.stdout, "");
    let out = env.run(&[
        "can",
        "decode",
        &log,
        "--dbc",
        &engine,
        "--signals",
        "VehicleSped",
    ]);
    assert_code(&out, 2);
    assert!(out.stderr.contains("VehicleSpeed"), "{out:?}");
}

#[test]
fn decode_bad_databases_and_inputs() {
    let env = Env::new();
    let log = write(&env, "t.log", "(1.0) can0 200#03D2040A\n");
    // A syntax error: exit 10 naming file:line.
    let out = env.run(&["can", "decode", &log, "--dbc", &dbc("broken.dbc")]);
    assert_code(&out, 10);
    assert!(out.stderr.contains("broken.dbc:11"), "{out:?}");
    let out = env.run(&["can", "decode", &log, "--dbc", "/nonexistent.dbc"]);
    assert_code(&out, 10);
    let out = env.run(&[
        "can",
        "decode",
        "/nonexistent.log",
        "--dbc",
        &dbc("engine.dbc"),
    ]);
    assert_code(&out, 10);
    assert!(out.stderr.contains("/nonexistent.log"), "{out:?}");
    // No database at all: exit 2 saying where one comes from.
    let out = env.run(&["can", "decode", &log]);
    assert_code(&out, 2);
    assert!(out.stderr.contains("FIELDCTL_CAN_DBC"), "{out:?}");
    // An empty database is warned about; frames print as they are.
    let out = env.run(&["can", "decode", &log, "--dbc", &dbc("empty.dbc")]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "(1.0) can0 200#03D2040A\n");
    assert!(out.stderr.contains("no messages"), "{out:?}");
}

#[test]
fn databases_from_the_environment_and_the_profile() {
    let mut env = Env::new();
    let log = write(&env, "t.log", "(1.0) can0 200#0300\n");
    // Profile: a relative path is the config file's neighbour.
    let dir = env.config_file().parent().unwrap().to_owned();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(dbc("override.dbc"), dir.join("override.dbc")).unwrap();
    env.write_config("[profiles.lab.can]\ndbc = \"override.dbc\"\n");
    let out = env.run(&["-p", "lab", "can", "decode", &log]);
    assert_code(&out, 0);
    assert!(
        out.stdout
            .contains(":: TransmissionV2(GearV2: 3, Temperature: 0 degC)"),
        "{out:?}"
    );
    // The variable wins over the profile; several files merge and the later wins a clashing id, warned.
    let list = std::env::join_paths([dbc("engine.dbc"), dbc("override.dbc")]).unwrap();
    env.set("FIELDCTL_CAN_DBC", list.to_str().unwrap());
    let out = env.run(&["-p", "lab", "can", "decode", &log]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("TransmissionV2"), "{out:?}");
    assert!(out.stderr.contains("warning"), "{out:?}");
    // The flag wins over both (not merged).
    let out = env.run(&[
        "-p",
        "lab",
        "can",
        "decode",
        &log,
        "--dbc",
        &dbc("engine.dbc"),
    ]);
    assert!(
        out.stdout
            .contains(":: Transmission(Gear: 'Drive') [truncated: 2 of 4 bytes]"),
        "{out:?}"
    );
    // A profile value of the wrong kind is exit 10 naming the file's line.
    env.write_config("[profiles.lab.can]\ndbc = 3\n");
    let out = env.run(&[
        "-p",
        "lab",
        "can",
        "decode",
        &log,
        "--dbc",
        &dbc("engine.dbc"),
    ]);
    assert_code(&out, 0);
    let env2 = Env::new();
    env2.write_config("[profiles.lab.can]\ndbc = 3\n");
    let out = env2.run(&["-p", "lab", "can", "decode", &log]);
    assert_code(&out, 10);
    assert!(out.stderr.contains("config.toml:2"), "{out:?}");
}

/// The simulator's bus replays these frames (looping).
fn engine_traffic(env: &Env) -> Sim {
    let log = write(
        env,
        "traffic.log",
        "(0.000000) can0 200#03D2040A\n(0.001000) can0 123#01\n(0.002000) can0 400#\n",
    );
    Sim::start(env, "can", &["--replay", &log])
}

#[test]
fn dump_decodes_live_in_every_text_format() {
    let env = Env::new();
    let sim = engine_traffic(&env);
    let engine = dbc("engine.dbc");
    let out = env.can(&sim, &["dump", "--dbc", &engine, "--count", "6"]);
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{out:?}");
    for l in &lines {
        let ok = l.ends_with(&format!("  can0  200   [4]  03 D2 04 0A {DRIVE}"))
            || *l == "  can0  123   [1]  01"
            || *l == "  can0  400   [0]  :: Heartbeat()";
        assert!(ok, "{l:?}\n{out:?}");
    }
    // --message filters, and --count counts what is printed.
    let out = env.can(
        &sim,
        &[
            "dump",
            "--dbc",
            &engine,
            "--message",
            "Transmission",
            "--count",
            "3",
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    let rows: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3, "{out:?}");
    for r in &rows {
        assert_eq!(r["message"], "Transmission");
        assert_eq!(r["signals"]["VehicleSpeed"], 12.34);
        assert!(r["timestamp"].is_f64());
    }
    let out = env.can(
        &sim,
        &[
            "dump",
            "--dbc",
            &engine,
            "--signals",
            "Gear",
            "--count",
            "2",
            "-o",
            "csv",
        ],
    );
    assert_code(&out, 0);
    let csv: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(csv[0], "timestamp,channel,id,message,signal,value,unit");
    assert!(
        csv[1].ends_with(",0,200,Transmission,Gear,Drive,"),
        "{out:?}"
    );
    assert_eq!(csv.len(), 3);
    let out = env.can(
        &sim,
        &["dump", "--dbc", &engine, "--count", "2", "-o", "json"],
    );
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2, "{out:?}");
    // Vector logs recorded by dump decode offline (by detection, as replay reads them).
    for format in ["asc", "blf"] {
        let file = env.path(&format!("trip.{format}"));
        let file = file.to_str().unwrap();
        let out = env.can(
            &sim,
            &["dump", "--format", format, "--file", file, "--count", "3"],
        );
        assert_code(&out, 0);
        let out = env.run(&["can", "decode", file, "--dbc", &engine, "-o", "ndjson"]);
        assert_code(&out, 0);
        let rows: Vec<Value> = out
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), 3, "{out:?}");
        assert!(
            rows.iter().any(|r| r["message"] == "Transmission"),
            "{out:?}"
        );
    }
}

#[test]
fn dump_refuses_dbc_with_raw_formats_before_touching_the_device() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for format in ["log", "asc"] {
        let out = env.can(
            &sim,
            &["dump", "--dbc", &dbc("engine.dbc"), "--format", format],
        );
        assert_code(&out, 2);
    }
    let out = env.can(
        &sim,
        &["dump", "--dbc", &dbc("engine.dbc"), "--message", "Nope"],
    );
    assert_code(&out, 2);
    let out = env.can(&sim, &["dump", "--message", "Transmission"]);
    assert_code(&out, 2);
    let out = env.can(&sim, &["dump", "--dbc", &dbc("broken.dbc")]);
    assert_code(&out, 10);
    assert!(sim.requests().is_empty(), "{:?}", sim.requests());
    // A database from the environment is not forced on a raw format: it is simply not used.
    let mut env = env;
    env.set("FIELDCTL_CAN_DBC", &dbc("engine.dbc"));
    let sim = engine_traffic(&env);
    let out = env.can(&sim, &["dump", "--format", "log", "--count", "1"]);
    assert_code(&out, 0);
    assert!(!out.stdout.contains("::"), "{out:?}");
}

/// canWrite's `id flag dlc msg` in the order the device got them.
fn writes(sim: &Sim) -> Vec<String> {
    calls(sim, "canWrite")
        .iter()
        .map(|r| params(r, ["id", "flag", "dlc", "msg"]).join(" "))
        .collect()
}

#[test]
fn send_encodes_a_message_by_name() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let engine = dbc("engine.dbc");
    let out = env.can(
        &sim,
        &[
            "send",
            "--dbc",
            &engine,
            "Transmission",
            "Gear=Drive",
            "VehicleSpeed=12.34",
            "Ratio=-1",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(writes(&sim), ["512 2 4 3,210,4,246"], "{out:?}");
    // Signals not given take their start value (Gear's GenSigStartValue is 2).
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["send", "--dbc", &engine, "Transmission"]);
    assert_code(&out, 0);
    assert_eq!(writes(&sim), ["512 2 4 2,0,0,0"], "{out:?}");
    // --repeat without --interval: the message's cycle time (20 ms), every round the same frame.
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(
        &sim,
        &[
            "send",
            "--dbc",
            &engine,
            "Transmission",
            "Gear=1",
            "--repeat",
            "3",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(writes(&sim), vec!["512 2 4 1,0,0,0"; 3], "{out:?}");
    // From the environment, a first argument that is no frame is a message; frames stay frames.
    let mut env = env;
    env.set("FIELDCTL_CAN_DBC", &engine);
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["send", "Heartbeat"]);
    assert_code(&out, 0);
    let out = env.can(&sim, &["send", "123#01"]);
    assert_code(&out, 0);
    assert_eq!(writes(&sim), ["1024 2 0 ", "291 2 1 1"], "{out:?}");
}

#[test]
fn send_sends_nothing_when_a_value_is_wrong() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let engine = dbc("engine.dbc");
    let cases: &[(&[&str], i32, &str)] = &[
        (&["Transmission", "VehicleSpeed=700"], 2, "VehicleSpeed"),
        (&["Transmission", "Gear=Fly"], 2, "Gear"),
        (&["Transmission", "Gera=1"], 2, "Gear"),
        (&["Transmision", "Gear=1"], 2, "Transmission"),
        (&["Transmission", "Gear"], 2, "SIGNAL=VALUE"),
        (&["Heartbeat", "--repeat", "2"], 2, "cycle time"),
        (&["123#01"], 2, "message name"),
    ];
    for (args, code, says) in cases {
        let mut all = vec!["send", "--dbc", engine.as_str()];
        all.extend_from_slice(args);
        let out = env.can(&sim, &all);
        assert_code(&out, *code);
        assert!(out.stderr.contains(says), "{args:?}: {out:?}");
    }
    let out = env.can(&sim, &["send", "--dbc", &dbc("empty.dbc"), "Transmission"]);
    assert_code(&out, 2);
    let out = env.can(&sim, &["send", "--dbc", &dbc("broken.dbc"), "Transmission"]);
    assert_code(&out, 10);
    assert!(sim.requests().is_empty(), "{:?}", sim.requests());
}
