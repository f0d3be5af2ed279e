//! The shared transport: unreachable hosts, timeouts, TLS failures and --ca-cert, traces with secrets redacted.

use std::net::TcpListener;

use crate::support::*;

#[test]
fn unreachable_host_is_exit_6() {
    let env = Env::new();
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = env.run(&["can", "status", "--host", &format!("127.0.0.1:{port}")]);
    assert_code(&out, 6);
    assert!(
        out.stderr.starts_with(&format!(
            "fieldctl: error: cannot connect to http://127.0.0.1:{port}/deviceStatus"
        )),
        "{out:?}"
    );
    assert!(out.stderr.contains("connection refused"), "{out:?}");
}

#[test]
fn names_no_resolver_could_find_are_refused_before_any_lookup() {
    // (A real lookup would reach the machine's resolver; a name longer than DNS allows is refused first.)
    let env = Env::new();
    let label = format!("{}.example", "a".repeat(64));
    let out = env.can(&label, &["status"]);
    assert_fails(&out, 2, "is longer than a host name can be");
    let long = vec!["abcdefghij"; 30].join(".");
    let out = env.can(&long, &["status"]);
    assert_fails(&out, 2, "is longer than a host name can be");
}

#[test]
fn silent_peer_is_exit_7_after_the_timeout() {
    let env = Env::new();
    let addr = silent_peer();
    let out = env.can(&addr, &["status", "--timeout", "0.5"]);
    assert_fails(&out, 7, "no answer within 0.5 s");
    assert!(out.stderr.contains("hint: raise --timeout"), "{out:?}");
}

#[test]
fn untrusted_certificate_is_exit_6_and_ca_cert_fixes_it() {
    let env = Env::new();
    let cert = env.path("sim.pem");
    let sim = Sim::start(
        &env,
        "can",
        &["--tls", "--cert-out", cert.to_str().unwrap()],
    );
    let url = format!("https://{}", sim.addr);
    let out = env.can(&url, &["status"]);
    assert_fails(&out, 6, "TLS handshake with https://");
    assert!(out.stderr.contains("--ca-cert"), "{out:?}");
    let out = env.can(
        &url,
        &["status", "--ca-cert", cert.to_str().unwrap(), "-o", "json"],
    );
    assert_code(&out, 0);
    assert!(out.stdout.contains("\"state\": \"free\""), "{out:?}");
    // --insecure works too, and says loudly what it costs.
    let out = env.run(&["--insecure", "can", "status", "--host", &url]);
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("warning: --insecure: TLS certificates are NOT verified"),
        "{out:?}"
    );
    // A CA file that is not PEM is a local input error.
    std::fs::write(env.path("bad.pem"), "nope").unwrap();
    let out = env.can(
        &url,
        &["status", "--ca-cert", env.path("bad.pem").to_str().unwrap()],
    );
    assert_code(&out, 10);
}

#[test]
fn verbose_traces_redact_passwords_and_sessions() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "pa+ss word"]);
    env.set("FIELDCTL_CAN_PASSWORD", "pa+ss word");
    let out = env.can(&sim, &["timer", "-vv"]);
    assert_code(&out, 0);
    let init = sim
        .requests()
        .into_iter()
        .find(|r| r["path"] == "/canInitializeLibrary")
        .unwrap();
    assert_eq!(param(&init, "password"), Some("pa+ss word"));
    assert!(
        init["raw_query"]
            .as_str()
            .unwrap()
            .contains("password=pa%2Bss%20word"),
        "{init}"
    );
    let session = sim.requests()[1]["path"]
        .as_str()
        .unwrap()
        .split('/')
        .nth(1)
        .unwrap()
        .to_owned();
    assert_eq!(session.len(), 32);
    for secret in ["pa+ss", "pa%2Bss", &session] {
        assert!(
            !out.stderr.contains(secret),
            "{secret} leaked:\n{}",
            out.stderr
        );
    }
    assert!(out.stderr.contains("* GET http://127.0.0.1:"), "{out:?}");
    assert!(
        out.stderr
            .contains("/canInitializeLibrary?timeout=30&ident=1&password=(redacted) → 200"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("/(redacted)/canReadTimer?hnd=0&ident=3"),
        "{out:?}"
    );
    // one line per request with -v
    let out = env.can(&sim, &["timer", "-v"]);
    assert_eq!(
        out.stderr
            .lines()
            .filter(|l| l.starts_with("* GET "))
            .count(),
        5,
        "{out:?}"
    );
}

#[test]
fn no_password_source_without_a_tty_is_exit_4_naming_the_variable() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "pw"]);
    let out = env.can(&sim, &["timer"]);
    assert_fails(
        &out,
        4,
        "CAN device password is needed and there is no terminal",
    );
    assert!(out.stderr.contains("FIELDCTL_CAN_PASSWORD"), "{out:?}");
    // A wrong password is also exit 4, with the CANlib status.
    let mut env = Env::new();
    env.set("FIELDCTL_CAN_PASSWORD", "wrong");
    let out = env.can(&sim, &["timer"]);
    assert_fails(&out, 4, "canERR_INVALID_PASSWORD (-128): Invalid password");
    // --password-stdin
    let env = Env::new();
    let out = env.can_stdin(&sim, &["timer", "--password-stdin"], "pw\n");
    assert_code(&out, 0);
}

#[test]
fn global_options_work_before_and_after_the_subcommand() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let a = env.run(&["-o", "json", "can", "--host", &sim.addr, "status"]);
    let b = env.can(&sim, &["status", "-o", "json"]);
    let c = env.can(&sim, &["status", "--json"]);
    assert_code(&a, 0);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stdout, c.stdout);
    let mut env = Env::new();
    env.set("FIELDCTL_OUTPUT", "csv");
    let out = env.can(&sim, &["status"]);
    assert_eq!(out.stdout, "state,usage,ip,timeout\r\nfree,0,,\r\n");
}

#[test]
fn gzip_and_deflate_bodies_are_decoded() {
    use std::io::Write;
    let json = br#"{"usage":0,"ident":1}"#;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(json).unwrap();
    let mut zl = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    zl.write_all(json).unwrap();
    let env = Env::new();
    for (encoding, body) in [
        ("gzip", gz.finish().unwrap()),
        ("deflate", zl.finish().unwrap()),
    ] {
        let addr = scripted_peer(vec![reply(
            &format!("200 OK\r\nContent-Type: application/json\r\nContent-Encoding: {encoding}"),
            &body,
        )]);
        let out = env.can(&addr, &["status", "--json"]);
        assert_code(&out, 0);
        assert!(out.stdout.contains("\"free\""), "{encoding}: {out:?}");
    }
}

#[test]
fn safe_calls_are_retried_on_503() {
    let env = Env::new();
    let addr = scripted_peer(vec![
        reply("503 Service Unavailable\r\nRetry-After: 0", b""),
        reply(
            "200 OK\r\nContent-Type: application/json",
            br#"{"usage":0,"ident":1}"#,
        ),
    ]);
    let out = env.can(&addr, &["status", "-v"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("status 503: retrying"), "{out:?}");
}

#[test]
fn oversized_responses_are_refused() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["status", "--max-response-bytes", "8"]);
    assert_fails(&out, 9, "larger than the limit of 8 bytes");
}

#[test]
fn the_size_limit_applies_to_the_decoded_body() {
    use std::io::Write;
    // 4 MiB of JSON-ish padding compresses to a few KiB: under the limit on the wire, over it decoded.
    let mut body = br#"{"usage":0,"ident":1,"pad":""#.to_vec();
    body.extend(std::iter::repeat_n(b' ', 4 << 20));
    body.extend_from_slice(br#""}"#);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&body).unwrap();
    let gz = gz.finish().unwrap();
    assert!(gz.len() < 100_000);
    let addr = scripted_peer(vec![reply(
        "200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip",
        &gz,
    )]);
    let env = Env::new();
    let out = env.can(&addr, &["status", "--max-response-bytes", "1000000"]);
    assert_fails(&out, 9, "larger than the limit of 1000000 bytes");
}

#[test]
fn ctrl_c_while_waiting_for_a_silent_peer_exits_130_at_once() {
    let env = Env::new();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = accepted.clone();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming() {
            held.push(s);
            flag.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    });
    // --timeout 600: a client that waited for the timeout instead of the signal would outlast the harness
    let child = env.spawn_can(&addr, &["status", "--timeout", "600"]);
    // once fieldctl has connected, its signal handler is installed and the request is in flight
    wait_for("the connection", || {
        accepted.load(std::sync::atomic::Ordering::SeqCst)
    });
    signal(&child, "INT");
    let out = finish(child);
    assert_code(&out, 130);
}

#[test]
fn credentials_in_a_url_never_show() {
    let env = Env::new();
    let closed = closed_port();
    let out = env.can(
        &format!("http://admin:hunter22@{closed}"),
        &["status", "-v"],
    );
    assert_code(&out, 6);
    assert!(
        !out.stderr.contains("hunter22") && !out.stderr.contains("admin:"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains(&format!("http://(redacted)@{closed}/deviceStatus")),
        "{out:?}"
    );
    assert!(
        out.stderr.contains("→ failed after"),
        "-v shows failed requests too: {out:?}"
    );
}

#[test]
fn control_characters_from_a_peer_are_escaped_on_a_terminal() {
    let env = Env::new();
    let evil =
        r#"{"usage":2,"timeout":5,"ip":"1.2.3.4\u001b[31mRED\u0007\u007f\u009b2J","ident":1}"#;
    for format in ["csv", "json", "ndjson", "table"] {
        let addr = scripted_peer(vec![reply(
            "200 OK\r\nContent-Type: application/json",
            evil.as_bytes(),
        )]);
        // `script` gives fieldctl a real terminal as stdout
        let cmd = format!("{} can status --host {addr} -o {format}", BIN);
        let o = env
            .external("script", &["-qec", &cmd, "/dev/null"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success(), "{format}: {text}");
        assert!(text.contains("1.2.3.4"), "{format}: {text}");
        for bad in ['\u{1b}', '\u{7}', '\u{7f}', '\u{9b}'] {
            assert!(!text.contains(bad), "{format}: raw {:?} in {text:?}", bad);
        }
    }
}

#[test]
fn empty_variables_mean_unset_and_the_user_agent_is_ours() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    env.set("FIELDCTL_CONFIG", "");
    env.set("FIELDCTL_OUTPUT", "");
    env.set("FIELDCTL_TIMEOUT", "");
    env.set("FIELDCTL_CAN_PASSWORD", "");
    let out = env.can(&sim, &["status"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("STATE"), "table by default: {out:?}");
    let out = env.run(&["config", "path"]);
    assert_eq!(out.stdout.trim(), env.config_file().to_str().unwrap());
    assert_code(&env.can(&sim, &["timer"]), 0);
    let init = calls(&sim, "canInitializeLibrary");
    assert!(
        param(&init[0], "password").is_none(),
        "an empty password variable is no password"
    );
    assert_eq!(
        sim.requests()[0]["headers"]["user-agent"],
        format!("fieldctl/{}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn quiet_and_color() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "1000"]);
    let out = env.can(&sim, &["dump", "--count", "2", "-q"]);
    assert_code(&out, 0);
    assert_eq!(out.stderr, "", "-q: no summary");
    let out = env.can(&closed_port(), &["status", "--color", "always"]);
    assert!(
        out.stderr
            .starts_with("fieldctl: \u{1b}[1;31merror:\u{1b}[0m "),
        "{out:?}"
    );
    let out = env.can(&closed_port(), &["status"]);
    assert!(
        out.stderr.starts_with("fieldctl: error: "),
        "NO_COLOR and no terminal: {out:?}"
    );
}
