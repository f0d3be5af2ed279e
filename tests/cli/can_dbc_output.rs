//! What `can decode` and `can dump --dbc` print around the decoded values: floats that are not finite, the
//! lines table output passes through, and dump's summary when `--message`/`--signals` leave frames out.

use serde_json::Value;

use crate::support::*;

/// Floats (0x301) of cantools-written.dbc: Voltage and Current (×0.5 − 1) IEEE singles; NaN and +inf, then
/// −inf and 0.
const FLOATS: &str = "(1.0) can0 301#0000C07F0000807F\n(2.0) can0 301#000080FF00000000\n";

#[test]
fn not_finite_floats_are_nan_and_inf_in_table_and_csv_null_in_json() {
    let env = Env::new();
    let log = write(&env, "floats.log", FLOATS);
    let db = dbc("cantools-written.dbc");
    let out = env.run(&["can", "decode", &log, "--dbc", &db]);
    assert_code(&out, 0);
    // As cantools decode prints them (Python's float text); signals in file order.
    assert_eq!(
        out.stdout,
        "(1.0) can0 301#0000C07F0000807F :: Floats(Current: inf A, Voltage: nan V)\n\
         (2.0) can0 301#000080FF00000000 :: Floats(Current: -1 A, Voltage: -inf V)\n",
        "{out:?}"
    );
    let out = env.run(&["can", "decode", &log, "--dbc", &db, "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "timestamp,channel,id,message,signal,value,unit\n\
         1.0,0,301,Floats,Current,inf,A\n1.0,0,301,Floats,Voltage,nan,V\n\
         2.0,0,301,Floats,Current,-1,A\n2.0,0,301,Floats,Voltage,-inf,V\n",
        "{out:?}"
    );
    // JSON has no NaN: null, and every line still parses.
    let out = env.run(&["can", "decode", &log, "--dbc", &db, "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[0]["signals"]["Voltage"], Value::Null, "{out:?}");
    assert_eq!(rows[0]["signals"]["Current"], Value::Null);
    assert_eq!(rows[1]["signals"]["Voltage"], Value::Null);
    assert_eq!(rows[1]["signals"]["Current"], -1);
}

#[test]
fn table_passes_every_line_it_does_not_decode_through_byte_for_byte() {
    let env = Env::new();
    let engine = dbc("engine.dbc");
    let drive = ":: Transmission(Gear: 'Drive', VehicleSpeed: 12.34 km/h, Ratio: 1)";
    // Blank lines (empty, blanks, CR), a CSV header in the middle, CRLF lines, a multi-line block.
    let log = write(
        &env,
        "mixed.log",
        "(1.0) can0 200#03D2040A\n\
         \n   \n\r\n\
         timestamp,arbitration_id,extended,remote,error,dlc,data\n\
         (2.0) can0 200#03D2040A\r\n\
         not a frame\r\n\
         (3.0) can0 200#03D2040A :: Transmission(\n    Gear: 'Park'\n)\n\
         \n",
    );
    let out = env.run(&["can", "decode", &log, "--dbc", &engine]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        format!(
            "(1.0) can0 200#03D2040A {drive}\n\
             \n   \n\r\n\
             timestamp,arbitration_id,extended,remote,error,dlc,data\n\
             (2.0) can0 200#03D2040A {drive}\n\
             not a frame\r\n\
             (3.0) can0 200#03D2040A {drive}\n\
             \n"
        ),
        "{out:?}"
    );
    assert_eq!(out.stderr, "", "{out:?}");
    // Other formats: blank lines and headers are nothing to warn about; the line that is no frame is.
    let out = env.run(&["can", "decode", &log, "--dbc", &engine, "-o", "ndjson"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), 3, "{out:?}");
    assert_eq!(
        out.stderr, "fieldctl: warning: 1 line not understood\n",
        "{out:?}"
    );
    // A python-can CSV with CRLF line ends decodes.
    let csv = write(
        &env,
        "t.csv",
        "timestamp,arbitration_id,extended,remote,error,dlc,data\r\n1.5,0x200,0,0,0,4,A9IECg==\r\n",
    );
    let out = env.run(&["can", "decode", &csv, "--dbc", &engine]);
    assert_code(&out, 0);
    assert!(
        out.stdout
            .ends_with(&format!("(1.500000) can0 200#03D2040A {drive}\n")),
        "{out:?}"
    );
}

#[test]
fn dump_summary_counts_received_frames_when_message_or_signals_leave_some_out() {
    let env = Env::new();
    let log = write(
        &env,
        "traffic.log",
        "(0.000000) can0 200#03D2040A\n(0.001000) can0 123#01\n(0.002000) can0 400#\n",
    );
    let sim = Sim::start(&env, "can", &["--replay", &log]);
    let engine = dbc("engine.dbc");
    for filter in [["--message", "Transmission"], ["--signals", "Gear"]] {
        let mut args = vec!["dump", "--dbc", &engine, "--count", "3"];
        args.extend(filter);
        let out = env.can(&sim, &args);
        assert_code(&out, 0);
        assert_eq!(out.stdout.lines().count(), 3, "{out:?}");
        // Each printed Transmission frame came with others: at least 7 received for 3 printed.
        let summary = out.stderr.lines().last().unwrap_or_default();
        let received: u64 = summary
            .strip_prefix("fieldctl: 3 frames (")
            .and_then(|s| s.split_once(" received)"))
            .and_then(|(n, _)| n.parse().ok())
            .unwrap_or_else(|| panic!("{filter:?}: {out:?}"));
        assert!(received >= 7, "{out:?}");
    }
    // Without them every received frame is printed: no count of its own.
    let out = env.can(&sim, &["dump", "--dbc", &engine, "--count", "3"]);
    assert!(out.stderr.contains("fieldctl: 3 frames in"), "{out:?}");
}
