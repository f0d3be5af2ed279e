//! The client's CANlib values (docs/kvaser-constants.md), each pinned by a literal: what it sends, read from the
//! simulator's request log, and how it reads what a device answers, from a fake device whose replies are numbers
//! written here. The simulator pins its own copy of the table (src/sim/can/canlib.rs), so a wrong value on
//! either side fails a test instead of passing symmetrically.

use serde_json::json;

use crate::support::*;

/// The value of `key` in every logged request to `function`.
fn sent(sim: &Sim, function: &str, key: &str) -> Vec<String> {
    calls(sim, function)
        .iter()
        .filter_map(|r| param(r, key).map(str::to_owned))
        .collect()
}

/// A fake device: `fields(function)` is its JSON reply (stat 0 unless given), None a working device's usual one.
fn device(fields: impl Fn(&str) -> Option<serde_json::Value> + Send + 'static) -> String {
    fake_kvaser(move |function, ident| match fields(function) {
        Some(v) => device_reply(function, ident, v),
        None => normal_answer(function, ident),
    })
    .0
}

/// Runs `fieldctl can ARGS(name)` for each name of `table` against a simulator, then checks that `function`
/// was sent `key` = each value, in order.
fn names_sent_as(
    function: &str,
    key: &str,
    table: &[(&str, &str)],
    args: impl for<'a> Fn(&'a str) -> Vec<&'a str>,
) {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for (name, _) in table {
        assert_code(&env.can(&sim, &args(name)), 0);
    }
    let expected: Vec<&str> = table.iter().map(|(_, v)| *v).collect();
    assert_eq!(sent(&sim, function, key), expected, "{function} {key}");
}

#[test]
fn frame_flags_sent_by_can_send() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(
        &sim,
        &["send", "123#11", "12345678#22", "123#R", "00000123#R2"],
    );
    assert_code(&out, 0);
    // canMSG_STD 0x2, canMSG_EXT 0x4, canMSG_RTR 0x1
    assert_eq!(sent(&sim, "canWrite", "flag"), ["2", "4", "3", "5"]);
    assert_eq!(sent(&sim, "canWrite", "dlc"), ["1", "1", "0", "2"]);
}

#[test]
fn bitrate_names_sent_as_canbitrate_values() {
    let table = [
        ("1M", "-1"),
        ("500K", "-2"),
        ("250K", "-3"),
        ("125K", "-4"),
        ("100K", "-5"),
        ("62K", "-6"),
        ("50K", "-7"),
        ("83K", "-8"),
        ("10K", "-9"),
    ];
    names_sent_as("canSetBusParams", "freq", &table, |name| {
        vec!["send", "--bitrate", name, "001#"]
    });
}

#[test]
fn filters_and_silent_mode_sent_by_can_dump() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "2000"]);
    let out = env.can(
        &sim,
        &[
            "dump", "--silent", "--pass", "100-1FF", "--stop", "00000150", "--sample", "123:1/10",
            "--count", "1",
        ],
    );
    assert_code(&out, 0);
    // canDRIVER_SILENT 1
    assert_eq!(sent(&sim, "canSetBusOutputControl", "drivertype"), ["1"]);
    // canAddFilter type: PASS 1, STOP 2, COUNTING_PASS 3; flags canMSG_STD 2, canMSG_EXT 4
    let filters: Vec<(String, String)> = calls(&sim, "canAddFilter")
        .iter()
        .map(|r| {
            (
                param(r, "type").unwrap().to_owned(),
                param(r, "flags").unwrap().to_owned(),
            )
        })
        .collect();
    let mut filters = filters;
    filters.sort();
    assert_eq!(
        filters,
        [
            ("1".to_owned(), "2".to_owned()),
            ("2".to_owned(), "4".to_owned()),
            ("3".to_owned(), "2".to_owned()),
        ]
    );
}

#[test]
fn ioctl_names_sent_as_canioctl_numbers() {
    let table = [
        ("prefer-ext", "1"),
        ("prefer-std", "2"),
        ("clear-error-counters", "5"),
        ("set-timer-scale", "6"),
        ("set-txack", "7"),
        ("get-rx-buffer-level", "8"),
        ("get-tx-buffer-level", "9"),
        ("flush-rx", "10"),
        ("flush-tx", "11"),
        ("get-timer-scale", "12"),
        ("set-txrq", "13"),
        ("set-buson-time-auto-reset", "30"),
        ("set-local-txecho", "32"),
        ("set-error-frames-reporting", "33"),
        ("reset-overrun-count", "44"),
    ];
    names_sent_as("canIoCtl", "func", &table, |name| {
        vec!["ioctl", name, "--buf", "1"]
    });
}

#[test]
fn led_actions_sent_as_kvled_values() {
    let table = [
        ("all-on", "0"),
        ("all-off", "1"),
        ("led0-on", "2"),
        ("led0-off", "3"),
        ("led5-on", "12"),
        ("led11-on", "24"),
        ("led11-off", "25"),
    ];
    names_sent_as("kvFlashLeds", "action", &table, |name| vec!["leds", name]);
}

#[test]
fn script_values_sent_and_read() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let txe = env.path("a.txe");
    std::fs::write(&txe, b"x").unwrap();
    let run = |args: &[&str]| {
        let mut all = vec!["script"];
        all.extend_from_slice(args);
        env.can(&sim, &all)
    };
    assert_code(&run(&["load", "--slot", "0", txe.to_str().unwrap()]), 0);
    // kvScriptStatus flags: LOADED 1, RUNNING 2 (the simulator answers literal 1 and 3)
    let out = run(&["status", "--slot", "0", "-o", "json"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("\"loaded\""), "{out:?}");
    assert_code(&run(&["start", "--slot", "0"]), 0);
    let out = run(&["status", "--slot", "0", "-o", "json"]);
    assert!(out.stdout.contains("\"running\""), "{out:?}");
    assert_code(&run(&["event", "--slot", "0", "--key", "A"]), 0);
    assert_code(&run(&["stop", "--slot", "0"]), 0);
    assert_code(&run(&["start", "--slot", "0"]), 0);
    assert_code(&run(&["stop", "--slot", "0", "--force"]), 0);
    assert_code(&run(&["text", "--slot", "0"]), 0);
    // kvSCRIPT_STOP_NORMAL 0, STOP_FORCED -9; kvEVENT_TYPE_KEY 1; REQUEST_TEXT_SUBSCRIBE 2, UNSUBSCRIBE 1
    assert_eq!(sent(&sim, "kvScriptStop", "mode"), ["0", "-9"]);
    assert_eq!(sent(&sim, "kvScriptSendEvent", "eventType"), ["1"]);
    let requests = sent(&sim, "kvScriptRequestText", "request");
    assert_eq!(
        requests.first().map(String::as_str),
        Some("2"),
        "{requests:?}"
    );
    assert_eq!(
        requests.last().map(String::as_str),
        Some("1"),
        "{requests:?}"
    );
}

#[test]
fn envvar_types_read_from_the_device() {
    let env = Env::new();
    let sim = Sim::start(
        &env,
        "can",
        &[
            "--envvar",
            "i:int=7",
            "--envvar",
            "f:float=1.5",
            "--envvar",
            "s:data=hi",
        ],
    );
    // kvENVVAR_TYPE_INT 1, FLOAT 2, STRING 3 (answered by the simulator as literal numbers)
    for (name, ty) in [("i", "int"), ("f", "float"), ("s", "data")] {
        let out = env.can(&sim, &["envvar", "get", name, "-o", "json"]);
        assert_code(&out, 0);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(v["type"], ty, "{out:?}");
    }
}

/// canRead answers with frames whose flags are literals: what the client makes of each.
#[test]
fn received_frame_flags() {
    let env = Env::new();
    let read = std::sync::atomic::AtomicBool::new(false);
    let dev = device(move |function| match function {
        "canRead" if !read.swap(true, std::sync::atomic::Ordering::SeqCst) => {
            Some(json!({"msgs": [
                {"id": 0x123, "dlc": 1, "msg": [1], "time": 0, "flag": 0x2},
                {"id": 0x12345, "dlc": 1, "msg": [2], "time": 0, "flag": 0x4},
                {"id": 0x55, "dlc": 2, "msg": [], "time": 0, "flag": 0x2 | 0x1},
                {"id": 0, "dlc": 0, "msg": [], "time": 0, "flag": 0x20},
                {"id": 0x124, "dlc": 0, "msg": [], "time": 0, "flag": 0x2 | 0x200},
                {"id": 0x125, "dlc": 0, "msg": [], "time": 0, "flag": 0x2 | 0x400},
            ]}))
        }
        "canRead" => Some(json!({"stat": -2})),
        _ => None,
    });
    let out = env.can(
        &dev,
        &["dump", "--errors", "--count", "6", "--format", "log"],
    );
    assert_code(&out, 0);
    let frames: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(
        frames,
        [
            "123#01",
            "00012345#02",
            "055#R2",
            "20000080#0000000000000000",
            "124#",
            "125#"
        ],
        "{out:?}"
    );
    assert!(
        out.stderr.contains("2 overruns, 1 error frames"),
        "canMSGERR_HW_OVERRUN 0x200, SW_OVERRUN 0x400: {out:?}"
    );
}

/// Every status code of the table, answered by a device to a function: the client names it with CANlib's text.
#[test]
fn status_codes_named_with_canlib_texts() {
    let table: &[(i64, &str, &str)] = &[
        (-1, "canERR_PARAM", "Error in parameter"),
        (-2, "canERR_NOMSG", "No messages available"),
        (-3, "canERR_NOTFOUND", "Specified device not found"),
        (-4, "canERR_NOMEM", "Out of memory"),
        (-5, "canERR_NOCHANNELS", "No channels available"),
        (-6, "canERR_INTERRUPTED", "Interrupted by signal"),
        (-7, "canERR_TIMEOUT", "Timeout occurred"),
        (-8, "canERR_NOTINITIALIZED", "Library not initialized"),
        (-9, "canERR_NOHANDLES", "No more handles"),
        (-10, "canERR_INVHANDLE", "Handle is invalid"),
        (-12, "canERR_DRIVER", "CAN driver type not supported"),
        (-13, "canERR_TXBUFOFL", "Transmit buffer overflow"),
        (-15, "canERR_HARDWARE", "A hardware error was detected"),
        (
            -19,
            "canERR_NOT_SUPPORTED",
            "Operation not supported by hardware or firmware",
        ),
        (-31, "canERR_NO_ACCESS", "Access denied"),
        (-32, "canERR_NOT_IMPLEMENTED", "Not implemented"),
        (-33, "canERR_DEVICE_FILE", "Device File error"),
        (-34, "canERR_HOST_FILE", "Host File error"),
        (-35, "canERR_DISK", "Disk error"),
        (-36, "canERR_CRC", "CRC error"),
        (-37, "canERR_CONFIG", "Config error"),
        (-39, "canERR_SCRIPT_FAIL", "Script error"),
        (
            -40,
            "canERR_SCRIPT_WRONG_VERSION",
            "Script version mismatch",
        ),
        (
            -41,
            "canERR_SCRIPT_TXE_CONTAINER_VERSION",
            "Script container version mismatch",
        ),
        (
            -42,
            "canERR_SCRIPT_TXE_CONTAINER_FORMAT",
            "Script container format error",
        ),
        (
            -43,
            "canERR_BUFFER_TOO_SMALL",
            "Buffer provided too small to hold data",
        ),
        (-128, "canERR_INVALID_PASSWORD", "Invalid password"),
        (-130, "canERR_NOT_AUTHORIZED", "Not authorized"),
        (-131, "canERR_INVALID_SESSION", "Invalid session"),
    ];
    let env = Env::new();
    for &(stat, name, text) in table {
        let dev = device(move |function| match function {
            "kvFileGetCount" => Some(json!({"stat": stat})),
            _ => None,
        });
        let out = env.can(&dev, &["raw", "kvFileGetCount"]);
        // canERR_INVALID_PASSWORD and NOT_AUTHORIZED are authentication failures (4), the others the device's (3)
        let code = if stat == -128 || stat == -130 { 4 } else { 3 };
        assert_fails(
            &out,
            code,
            &format!("kvFileGetCount: {name} ({stat}): {text}"),
        );
    }
    let dev = device(|function| match function {
        "kvFileGetCount" => Some(json!({"stat": -129})),
        "kvNewThing" => Some(json!({"stat": -77})),
        _ => None,
    });
    let out = env.can(&dev, &["raw", "kvFileGetCount"]);
    assert_fails(
        &out,
        3,
        "this device's firmware does not support kvFileGetCount",
    );
    let out = env.can(&dev, &["raw", "kvNewThing"]);
    assert_fails(&out, 3, "kvNewThing: unknown status -77");
}

/// deviceStatus `usage` bits: 1 service, 2 JSON API, 4 JSONP API.
#[test]
fn device_usage_bits() {
    let env = Env::new();
    for (usage, state) in [
        (0, "free"),
        (1, "in use via service"),
        (2, "in use via JSON API"),
        (4, "in use via JSONP API"),
        (6, "in use via JSON API and JSONP API"),
    ] {
        let dev = device(move |_| Some(json!({"usage": usage, "timeout": 5, "ip": "10.0.0.9"})));
        let out = env.can(&dev, &["status", "-o", "json"]);
        assert_code(&out, 0);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(
            (v["usage"].as_u64(), v["state"].as_str()),
            (Some(usage), Some(state)),
            "{out:?}"
        );
    }
}
