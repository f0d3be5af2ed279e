//! `can` as can-utils users type it, device files, envvars and the simulator (issue 9, D3).

use crate::support::*;

#[test]
fn field_frame_ids_take_3_or_8_hex_digits_as_cansend() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for (frame, message) in [
        (
            "1#11",
            "CAN id '1' has 1 hex digits: use 3 for a standard id or 8",
        ),
        (
            "12#11",
            "CAN id '12' has 2 hex digits: use 3 for a standard id or 8",
        ),
        ("20000000#11", "extended id 0x20000000 is above 0x1FFFFFFF"),
    ] {
        let out = env.can(&sim, &["send", frame]);
        assert_fails(&out, 2, message);
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    assert_code(&env.can(&sim, &["send", "001#11", "1FFFFFFF#22"]), 0);
    let writes = calls(&sim, "canWrite");
    let sent: Vec<_> = writes.iter().map(|w| params(w, ["id", "flag"])).collect();
    assert_eq!(
        sent,
        [["1", "2"], ["536870911", "4"]].map(|a| a.map(String::from))
    );
}

#[test]
fn field_filter_ids_say_which_limit_they_pass() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["dump", "--pass", "20000000", "--count", "1"]);
    assert_fails(
        &out,
        2,
        "--pass: extended id 0x20000000 is above 0x1FFFFFFF",
    );
    assert!(!out.stderr.contains("use 8 hex digits"), "{out:?}");
    let out = env.can(&sim, &["dump", "--pass", "800", "--count", "1"]);
    assert_fails(&out, 2, "write extended ids with 8 hex digits (00000800)");
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
}

#[test]
fn field_raw_dlc_is_replayed_and_printed_as_can_utils() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--channels", "2"]);
    let log = env.path("raw.log");
    std::fs::write(
        &log,
        "(1.000000) can0 123#1122334455667788_E\n(1.001000) can0 00000456#R8_9\n(1.002000) can0 124#01\n",
    )
    .unwrap();
    let dump = env.spawn_can(
        &sim,
        &["dump", "--channel", "1", "--count", "3", "--format", "log"],
    );
    wait_for("dump on bus", || calls(&sim, "canRead").len() > 1);
    let screen = env.spawn_can(&sim, &["dump", "--channel", "1", "--count", "3"]);
    wait_for("second dump on bus", || calls(&sim, "canBusOn").len() > 1);
    assert_code(&env.can(&sim, &["replay", log.to_str().unwrap()]), 0);
    // What reached the device: the raw DLC with 8 bytes, on a handle opened with canOPEN_ACCEPT_LARGE_DLC.
    let writes: Vec<_> = calls(&sim, "canWrite")
        .iter()
        .map(|w| params(w, ["dlc", "msg", "flag"]))
        .collect();
    assert_eq!(writes[0], ["14", "17,34,51,68,85,102,119,136", "2"]);
    assert_eq!(writes[1][0], "9");
    assert_eq!(writes[1][2], "5");
    for open in calls(&sim, "canOpenChannel") {
        assert_eq!(param(&open, "flags"), Some("512"), "{open}");
    }
    let out = finish(dump);
    assert_code(&out, 0);
    let frames: Vec<_> = out
        .stdout
        .lines()
        .map(|l| l.split(' ').nth(2).unwrap().to_owned())
        .collect();
    assert_eq!(
        frames,
        ["123#1122334455667788_E", "00000456#R8_9", "124#01"]
    );
    let out = finish(screen);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "  can1  123   {E}  11 22 33 44 55 66 77 88\n  can1  00000456   {9}  remote request\n  can1  124   [1]  01\n"
    );
}

#[test]
fn field_raw_dlc_is_checked_and_the_sim_reports_8_without_the_flag() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for (frame, message) in [
        ("123#11223344_E", "a raw DLC (_X) follows 8 data bytes only"),
        ("123#1122334455667788_8", "'8' is not a raw DLC"),
        ("123#1122334455667788_EE", "'EE' is not a raw DLC"),
    ] {
        assert_fails(&env.can(&sim, &["send", frame]), 2, message);
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    // The device: a handle opened without canOPEN_ACCEPT_LARGE_DLC receives (and sends) a DLC above 8 as 8.
    let s = get_json(&sim.addr, "/canInitializeLibrary")["session"]
        .as_str()
        .unwrap()
        .to_owned();
    let call = |q: &str| get_json(&sim.addr, &format!("/{s}/{q}"));
    let plain = call("canOpenChannel?channel=0&flags=0")["hnd"]
        .as_i64()
        .unwrap();
    let large = call("canOpenChannel?channel=0&flags=512")["hnd"]
        .as_i64()
        .unwrap();
    for h in [plain, large] {
        assert_eq!(call(&format!("canBusOn?hnd={h}"))["stat"], 0);
    }
    let msg = "msg=1,2,3,4,5,6,7,8";
    assert_eq!(
        call(&format!("canWrite?hnd={large}&id=1&flag=2&dlc=15&{msg}"))["stat"],
        0
    );
    assert_eq!(
        call(&format!("canWrite?hnd={plain}&id=2&flag=2&dlc=12&{msg}"))["stat"],
        0
    );
    assert_eq!(
        call(&format!("canWrite?hnd={large}&id=3&flag=2&dlc=16&{msg}"))["stat"],
        -1
    );
    let got = |h: i64| -> Vec<(i64, i64)> {
        call(&format!("canRead?hnd={h}&max=10"))["msgs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| (m["id"].as_i64().unwrap(), m["dlc"].as_i64().unwrap()))
            .collect()
    };
    assert_eq!(got(plain), [(1, 8)]);
    assert_eq!(got(large), [(2, 8)]);
}

#[test]
fn field_device_file_names_are_checked_before_anything_is_sent() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let local = env.path("x.bin");
    std::fs::write(&local, b"abc").unwrap();
    let local = local.to_str().unwrap();
    let long = format!("F:/{}", "a".repeat(62));
    let cases: [(&[&str], &str); 7] = [
        (
            &["file", "put", local, "F:/a\nb"],
            "control character U+000A",
        ),
        (
            &["file", "put", local, &long],
            "65 bytes long; device file names take at most 64",
        ),
        (
            &["file", "put", local, "F:/../.."],
            "'..' in a device file name",
        ),
        (
            &["file", "get", "F:/../..", "-"],
            "'..' in a device file name",
        ),
        (&["file", "rm", "F:/a\tb"], "control character U+0009"),
        (&["file", "rm", "F:/"], "the name is empty"),
        (
            &[
                "script",
                "load",
                "--slot",
                "0",
                "--device-file",
                "F:/x\u{7f}",
            ],
            "control character U+007F",
        ),
    ];
    for (args, message) in cases {
        let out = env.can(&sim, args);
        assert_fails(&out, 2, message);
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    // 64 bytes is still taken, by fieldctl and by the device.
    let longest = &long[..64];
    assert_code(&env.can(&sim, &["file", "put", local, longest]), 0);
    let put = calls(&sim, "kvFileCopyToDevice");
    assert_eq!(param(&put[0], "deviceFileName"), Some(longest));
}

#[test]
fn field_the_sim_refuses_names_a_device_refuses() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let s = get_json(&sim.addr, "/canInitializeLibrary")["session"]
        .as_str()
        .unwrap()
        .to_owned();
    let h = get_json(&sim.addr, &format!("/{s}/canOpenChannel?channel=0&flags=0"))["hnd"]
        .as_i64()
        .unwrap();
    let put = |name: &str| {
        let (status, body) = http(
            &sim.addr,
            &format!(
                "POST /{s}/kvFileCopyToDevice?hnd={h}&deviceFileName={name} HTTP/1.1\r\nContent-Length: 1\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\na"
            ),
        );
        assert_eq!(status, 200);
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["stat"].clone()
    };
    let long = format!("F:/{}", "a".repeat(62));
    for bad in ["F:/../..", "F:/a%0Ab", long.as_str(), "F:/", "F:/a/../b"] {
        assert_eq!(put(bad), -33, "{bad}");
    }
    assert_eq!(put(&long[..64]), 0);
    assert_eq!(put("F:/ok.bin"), 0);
    let call = |q: &str| get_json(&sim.addr, &format!("/{s}/{q}"));
    assert_eq!(
        call(&format!(
            "kvFileDelete?hnd={h}&deviceFileName=F:/..%2Fok.bin"
        ))["stat"],
        -33
    );
    assert_eq!(call(&format!("kvFileGetCount?hnd={h}"))["count"], 2);
    assert_eq!(
        call(&format!(
            "kvScriptLoadFileOnDevice?hnd={h}&slotNo=0&localFile=F:/a%0A"
        ))["stat"],
        -33
    );
}

#[test]
fn field_file_put_dash_uploads_stdin() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can_stdin(&sim, &["file", "put", "-", "F:/stdin.bin"], "from a pipe\n");
    assert_code(&out, 0);
    let put = &calls(&sim, "kvFileCopyToDevice")[0];
    assert_eq!(param(put, "deviceFileName"), Some("F:/stdin.bin"));
    assert_eq!(put["body"], "from a pipe\n", "{put}");
    let out = env.can(&sim, &["file", "get", "F:/stdin.bin", "-"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "from a pipe\n");
    let before = sim.requests().len();
    let out = env.can_stdin(&sim, &["file", "put", "-"], "x");
    assert_fails(&out, 2, "file put -: give the DEVICE_FILE");
    assert_eq!(sim.requests().len(), before, "nothing sent");
}

#[test]
fn field_envvar_names_are_checked_locally() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--envvar", "speed:int=3"]);
    for args in [
        &["envvar", "get", ""][..],
        &["envvar", "set", "", "1"],
        &["envvar", "get", "a\nb"],
    ] {
        let out = env.can(&sim, args);
        assert_fails(&out, 2, "envvar ");
        assert!(
            out.stderr.contains("empty") || out.stderr.contains("control"),
            "{out:?}"
        );
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    // Unknown on the built-in sim (-1): exit 5, and the hint names the answer.
    let out = env.can(&sim, &["envvar", "get", "nosuch"]);
    assert_fails(&out, 5, "envvar 'nosuch' does not exist");
    assert!(out.stderr.contains("the device answered -1"), "{out:?}");
    let open = calls(&sim, "kvScriptEnvvarOpen");
    assert_eq!(param(&open[0], "envvarName"), Some("nosuch"));
}

#[test]
fn field_an_unknown_envvar_answered_with_script_fail_is_exit_5() {
    let env = Env::new();
    let (addr, seen) = fake_kvaser(|function, ident| match function {
        "kvScriptEnvvarOpen" => device_reply(function, ident, serde_json::json!({"stat": -39})),
        _ => normal_answer(function, ident),
    });
    let out = env.can(&addr, &["envvar", "get", "nosuch"]);
    assert_fails(
        &out,
        5,
        "envvar 'nosuch' does not exist (canERR_SCRIPT_FAIL (-39)",
    );
    assert!(out.stderr.contains("the device answered -39"), "{out:?}");
    assert!(out.stderr.contains("can script status"), "{out:?}");
    assert_eq!(seen.lock().unwrap().last().unwrap(), "canUnloadLibrary");
}

#[test]
fn field_warnings_start_with_fieldctl() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let log = env.path("err.log");
    std::fs::write(
        &log,
        "(1.0) can0 123#01\n(1.1) can0 20000080#0000000000000000\n",
    )
    .unwrap();
    let out = env.can(&sim, &["replay", log.to_str().unwrap()]);
    assert_code(&out, 0);
    let warning = out
        .stderr
        .lines()
        .find(|l| l.contains("error frames"))
        .unwrap_or_default();
    assert!(
        warning.starts_with("fieldctl: warning: skipping 1 error frames"),
        "{out:?}"
    );
    assert_eq!(
        calls(&sim, "canWrite").len(),
        1,
        "the error frame is not sent"
    );
}

#[test]
fn field_bitrate_keep_opens_without_init_access_and_sets_nothing() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "500"]);
    let out = env.can(&sim, &["dump", "--bitrate", "keep", "--count", "2"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().count(), 2, "{out:?}");
    let open = &calls(&sim, "canOpenChannel")[0];
    assert_eq!(
        param(open, "flags"),
        Some("768"),
        "NO_INIT_ACCESS | ACCEPT_LARGE_DLC"
    );
    assert!(
        calls(&sim, "canSetBusParams").is_empty(),
        "{:?}",
        sim.functions()
    );
    assert!(calls(&sim, "canSetBusOutputControl").is_empty());
    // Sending with keep: still no bus params, the frame goes out.
    assert_code(&env.can(&sim, &["send", "--bitrate", "keep", "123#01"]), 0);
    assert!(calls(&sim, "canSetBusParams").is_empty());
    assert_eq!(calls(&sim, "canWrite").len(), 1);
    // --silent needs the init access keep gives up: refused before the channel is opened.
    let before = calls(&sim, "canOpenChannel").len();
    let out = env.can(
        &sim,
        &["dump", "--bitrate", "keep", "--silent", "--count", "1"],
    );
    assert_fails(&out, 2, "--silent needs init access");
    assert_eq!(calls(&sim, "canOpenChannel").len(), before);
    let out = env.can(
        &sim,
        &["send", "--bitrate", "keep", "--tseg1", "4", "123#01"],
    );
    assert_fails(&out, 2, "--bitrate keep sets no bitrate");
    // The device's side: a handle without init access cannot set bus params or the driver mode.
    let s = get_json(&sim.addr, "/canInitializeLibrary")["session"]
        .as_str()
        .unwrap()
        .to_owned();
    let call = |q: &str| get_json(&sim.addr, &format!("/{s}/{q}"));
    let h = call("canOpenChannel?channel=0&flags=256")["hnd"]
        .as_i64()
        .unwrap();
    assert_eq!(
        call(&format!("canSetBusParams?hnd={h}&freq=-2"))["stat"],
        -31
    );
    assert_eq!(
        call(&format!("canSetBusOutputControl?hnd={h}&drivertype=1"))["stat"],
        -31
    );
    assert_eq!(call(&format!("canBusOn?hnd={h}"))["stat"], 0);
}

#[test]
fn field_wait_polls_device_status_until_the_device_is_free() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    // Another host's session holds the device.
    let other = get_json(&sim.addr, "/canInitializeLibrary")["session"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = env.can(&sim, &["timer", "--wait", "1"]);
    assert_fails(&out, 8, "by 127.0.0.1");
    assert!(out.stderr.contains("(still, after waiting 1 s)"), "{out:?}");
    assert!(
        !calls(&sim, "deviceStatus").is_empty(),
        "polled while waiting"
    );
    let timer = env.spawn_can(&sim, &["timer", "--wait", "60"]);
    let polls = calls(&sim, "deviceStatus").len();
    wait_for("the waiting run to poll", || {
        calls(&sim, "deviceStatus").len() > polls + 1
    });
    // Still waiting: nothing but deviceStatus (and the refused canInitializeLibrary) was asked.
    assert!(calls(&sim, "canReadTimer").is_empty());
    let unload = get_json(&sim.addr, &format!("/{other}/canUnloadLibrary"));
    assert_eq!(unload["stat"], 0);
    let out = finish(timer);
    assert_code(&out, 0);
    assert_eq!(
        calls(&sim, "canReadTimer").len(),
        1,
        "{:?}",
        sim.functions()
    );
    let inits: Vec<_> = sim
        .functions()
        .into_iter()
        .filter(|f| f.ends_with("canInitializeLibrary"))
        .collect();
    assert!(
        inits.len() >= 4,
        "held, refused, refused, granted: {inits:?}"
    );
    // Without --wait a held device is exit 8 at once, with the hint.
    let _held = get_json(&sim.addr, "/canInitializeLibrary");
    let before = calls(&sim, "deviceStatus").len();
    let out = env.can(&sim, &["timer"]);
    assert_fails(&out, 8, "--wait SECS waits for it");
    assert_eq!(
        calls(&sim, "deviceStatus").len(),
        before + 1,
        "asked once, for the message"
    );
}
