//! The CAN simulator itself, spoken to directly: it must behave as the spec and the notes say, whatever our
//! client does.

use crate::support::*;

#[test]
fn ident_jsonp_and_device_status() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let (_, body) = http(
        &sim.addr,
        "GET /deviceStatus?mode=jsonp&ident=0001 HTTP/1.1\r\nConnection: close\r\n\r\n",
    );
    let inner = body
        .strip_prefix("canlib_callback(")
        .and_then(|b| b.strip_suffix(')'))
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(inner).unwrap();
    assert_eq!(v, serde_json::json!({"usage": 0, "ident": 1}));
    let (_, body) = http(
        &sim.addr,
        "GET /canInitializeLibrary?timeout=120&mode=jsonp&ident=7 HTTP/1.1\r\nConnection: close\r\n\r\n",
    );
    assert!(
        body.starts_with("canlib_callback({") && body.contains("\"ident\":7"),
        "{body}"
    );
    assert_eq!(
        get_json(&sim.addr, "/deviceStatus")["usage"],
        4,
        "in use via the JSONP API"
    );
}

#[test]
fn sessions_one_at_a_time_with_timeout_and_dummy() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "pw"]);
    assert_eq!(get_json(&sim.addr, "/canInitializeLibrary")["stat"], -128);
    assert_eq!(
        get_json(&sim.addr, "/canInitializeLibrary?password=nope")["stat"],
        -128
    );
    let v = get_json(
        &sim.addr,
        "/canInitializeLibrary?password=pw&dummy_session=1&timeout=1",
    );
    assert_eq!(v["session"], "00000000000000000000000000000000");
    assert_eq!(
        get_json(&sim.addr, "/canInitializeLibrary?password=pw")["stat"],
        -131
    );
    let st = get_json(&sim.addr, "/deviceStatus");
    assert_eq!(
        (st["usage"].as_u64(), st["ip"].as_str()),
        (Some(2), Some("127.0.0.1"))
    );
    assert!(st["timeout"].as_u64().unwrap() <= 1);
    // inactivity ends the session
    wait_for("the session to expire", || {
        get_json(&sim.addr, "/deviceStatus")["usage"] == 0
    });
    assert_eq!(
        get_json(
            &sim.addr,
            "/00000000000000000000000000000000/canUnloadLibrary"
        )["stat"],
        -131
    );
    let v = get_json(&sim.addr, "/canInitializeLibrary?password=pw&timeout=86400");
    assert_eq!(v["stat"], -1, "timeout above 86399");
}

#[test]
fn parameters_functions_and_handles() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let s = get_json(&sim.addr, "/canInitializeLibrary")["session"]
        .as_str()
        .unwrap()
        .to_owned();
    let call = |q: &str| get_json(&sim.addr, &format!("/{s}/{q}"));
    assert_eq!(get_json(&sim.addr, "/kvNoSuchThing")["stat"], -129);
    assert_eq!(call("kvNoSuchThing?hnd=0")["stat"], -129);
    assert_eq!(
        call("canOpenChannel?flags=0")["stat"],
        -1,
        "missing channel"
    );
    assert_eq!(
        call("canOpenChannel?channel=x&flags=0")["stat"],
        -1,
        "bad channel"
    );
    assert_eq!(call("canReadTimer?hnd=5")["stat"], -10);
    let h = call("canOpenChannel?channel=0&flags=0")["hnd"]
        .as_i64()
        .unwrap();
    let h2 = call("canOpenChannel?channel=0&flags=0")["hnd"]
        .as_i64()
        .unwrap();
    assert_ne!(h, h2);
    assert_eq!(call(&format!("canSetBusParams?hnd={h}&freq=-2"))["stat"], 0);
    assert_eq!(
        call(&format!("canSetBusParams?hnd={h2}&freq=-2"))["stat"],
        -31,
        "second handle has no init access"
    );
    assert_eq!(
        call(&format!("canSetBusParams?hnd={h}&freq=500000"))["stat"],
        -1,
        "numeric freq needs tseg1..noSamp"
    );
    assert_eq!(
        call(&format!("canRead?hnd={h}"))["stat"],
        -2,
        "bus off: nothing"
    );
    call(&format!("canBusOn?hnd={h}"));
    call(&format!("canBusOn?hnd={h2}"));
    let r = call(&format!("canRead?hnd={h}&max=5"));
    assert_eq!(r["stat"], -2);
    assert!(r.get("msgs").is_none());
    // written on h: echoed to h2 (same channel), not back to h; signed bytes keep their low 8 bits
    assert_eq!(
        call(&format!(
            "canWrite?hnd={h}&id=55&flag=2&msg=99,-5,101&dlc=3"
        ))["stat"],
        0
    );
    assert_eq!(
        call(&format!("canWrite?hnd={h}&id=2048&flag=2&msg=&dlc=0"))["stat"],
        -1,
        "id above 0x7FF"
    );
    assert_eq!(call(&format!("canRead?hnd={h}"))["stat"], -2);
    let m = &call(&format!("canRead?hnd={h2}&max=10"))["msgs"][0];
    assert_eq!(
        (m["id"].as_u64(), m["dlc"].as_u64(), m["flag"].as_u64()),
        (Some(55), Some(3), Some(2))
    );
    assert_eq!(m["msg"], serde_json::json!([99, 251, 101]));
    // uploads must carry a length
    let (status, _) = http(
        &sim.addr,
        &format!(
            "POST /{s}/kvFileCopyToDevice?hnd={h}&deviceFileName=F:/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/octet-stream\r\n\r\n1\r\na\r\n0\r\n\r\n"
        ),
    );
    assert_eq!(status, 411);
    let (status, body) = http(
        &sim.addr,
        &format!(
            "POST /{s}/kvFileCopyToDevice?hnd={h}&deviceFileName=x HTTP/1.1\r\nContent-Length: 1\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\na"
        ),
    );
    assert_eq!(
        (status, body.as_str()),
        (200, "{\"stat\":-33}"),
        "flash names start with F:/"
    );
}
