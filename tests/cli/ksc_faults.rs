//! Client-facing behaviour the audit found untested, end to end against `fieldctl sim ksc`: `ksc call`
//! decoding typed wrappers (and `--raw` keeping them), `X-KSC-Error*` headers with a `text/html` description
//! in the message, two-factor over `--connection-auth`, `--token-stdin`/`--password-stdin`, `--insecure`
//! against the HTTPS simulator, the request-id format on whole runs, and `--retry` honouring `Retry-After`.

use serde_json::{Value, json};

use crate::support::*;

/// An environment pointed at a new plain-HTTP simulator (started with EXTRA) as admin / pw.
fn started(extra: &[&str]) -> (Env, Sim) {
    let mut env = Env::new();
    let sim = ksc_sim(&env, extra);
    env.ksc_account(&sim.addr, "pw");
    (env, sim)
}

/// An environment with only the server set (no user, no password, no token).
fn bare(sim: &Sim) -> Env {
    let mut env = Env::new();
    env.set("FIELDCTL_KSC_SERVER", &format!("http://{}", sim.addr));
    env
}

/// 16 uppercase hex digits.
fn uid(s: &str) -> bool {
    s.len() == 16
        && s.chars()
            .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c))
}

/// Every request of one run carries `X-KSC-RequestId: TRACE_SPAN` (16 uppercase hex each), one trace for
/// all of them and a span of its own each; returns the trace.
fn assert_one_trace(reqs: &[Value]) -> String {
    assert!(!reqs.is_empty());
    let mut traces = Vec::new();
    let mut spans = Vec::new();
    for r in reqs {
        let id = header(r, "x-ksc-requestid").unwrap_or_else(|| panic!("no request id: {r}"));
        let (t, s) = id
            .split_once('_')
            .unwrap_or_else(|| panic!("not TRACE_SPAN: {id}"));
        assert!(uid(t) && uid(s), "not 16 uppercase hex _ 16: {id}");
        traces.push(t.to_owned());
        spans.push(s.to_owned());
    }
    assert!(
        traces.iter().all(|t| *t == traces[0]),
        "one trace per run: {traces:?}"
    );
    let n = spans.len();
    spans.sort();
    spans.dedup();
    assert_eq!(spans.len(), n, "a span per request");
    traces[0].clone()
}

/// Whether `s` is an RFC 3339 UTC time as the server writes them: `2026-11-30T11:02:47Z`.
fn rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 20
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

/// The `KLHST_WKS_HOSTNAME` of the first host `ksc hosts` lists.
fn first_host_id(env: &Env) -> String {
    let out = env.ksc(&["hosts", "-o", "json"]);
    assert_code(&out, 0);
    json_of(&out)[0]["id"]
        .as_str()
        .expect("a host id")
        .to_owned()
}

#[test]
fn call_prints_longs_and_datetimes_inside_params_plain_and_raw_keeps_the_wrappers() {
    let (env, sim) = started(&[]);
    let id = first_host_id(&env);
    // The sim's id ends in the host's index in hex; its IP is 10.0.0.0 + index + 1.
    let index = u64::from_str_radix(id.rsplit('-').next().unwrap(), 16).unwrap();
    let ip = (10u64 << 24) + index + 1;
    let before = sim.requests().len();
    let plain = env.ksc(&[
        "call",
        "HostGroup.GetHostInfo",
        &format!("strHostName={id}"),
    ]);
    assert_code(&plain, 0);
    let sent = &sim.requests()[before..];
    assert_eq!(
        sent.iter().map(ksc_method).collect::<Vec<_>>(),
        [
            "Session.StartSession",
            "HostGroup.GetHostInfo",
            "Session.EndSession"
        ]
    );
    assert_eq!(body_json(&sent[1]), json!({"strHostName": id}));
    let info = &json_of(&plain)["PxgRetVal"];
    assert_eq!(info["KLHST_WKS_HOSTNAME"], json!(id));
    assert_eq!(info["KLHST_WKS_IP_LONG"], json!(ip), "a long → a number");
    assert_eq!(info["KLHST_WKS_VIRUS_COUNT"], json!(0));
    let seen = info["KLHST_WKS_LAST_VISIBLE"]
        .as_str()
        .unwrap_or_else(|| panic!("a datetime → a string: {info}"));
    assert!(rfc3339(seen), "{seen}");
    assert!(rfc3339(info["KLHST_WKS_CREATED"].as_str().unwrap()));
    assert!(
        !plain.stdout.contains("\"type\""),
        "no wrapper left: {}",
        plain.stdout
    );

    let before = sim.requests().len();
    let raw = env.ksc(&[
        "call",
        "HostGroup.GetHostInfo",
        &format!("strHostName={id}"),
        "--raw",
    ]);
    assert_code(&raw, 0);
    assert_eq!(
        body_json(&sim.requests()[before + 1]),
        json!({"strHostName": id}),
        "--raw changes the printing, not the call"
    );
    let info = &json_of(&raw)["PxgRetVal"];
    assert_eq!(
        info["KLHST_WKS_IP_LONG"],
        json!({"type": "long", "value": ip})
    );
    assert_eq!(
        info["KLHST_WKS_LAST_VISIBLE"],
        json!({"type": "datetime", "value": seen})
    );
    assert_eq!(
        info["KLHST_WKS_VIRUS_COUNT"],
        json!({"type": "long", "value": 0})
    );
    // Plain values stay as they are.
    assert_eq!(info["KLHST_WKS_HOSTNAME"], json!(id));
}

#[test]
fn an_unknown_virtual_server_is_exit_4_with_the_error_headers_and_the_html_description() {
    let (env, sim) = started(&["--vserver", "Branch"]);
    for (flags, login) in [
        (&[][..], "Session.StartSession"),
        (&["--connection-auth"][..], "login"),
    ] {
        let before = sim.requests().len();
        let mut args = flags.to_vec();
        args.extend_from_slice(&["call", "Session.Ping", "--vserver", "nope"]);
        let out = env.ksc(&args);
        assert_fails(&out, 4, "1316");
        for part in [
            "KLSPL",
            "Virtual server not found",
            // the text/html body
            "Virtual server 'nope' not found",
        ] {
            assert!(out.stderr.contains(part), "lacks {part:?}: {out:?}");
        }
        let sent = &sim.requests()[before..];
        assert_eq!(
            sent.iter().map(ksc_method).collect::<Vec<_>>(),
            [login],
            "nothing after the refusal"
        );
        assert_eq!(sent[0]["status"], 403);
        assert_eq!(header(&sent[0], "x-ksc-vserver"), Some("bm9wZQ=="));
    }
    // The known one is served (the refusal above was the name, not the account).
    assert_code(
        &env.ksc(&["call", "Session.Ping", "--vserver", "Branch"]),
        0,
    );
}

#[test]
fn two_factor_over_connection_auth_finishes_the_login_on_its_connection_then_calls_carry_nothing() {
    let (env, sim) = started(&["--mfa-user", "admin", "--totp", "246810"]);
    let out = env.ksc(&[
        "--connection-auth",
        "call",
        "KlsrvoapiTestApi.TestMethod0",
        "--totp",
        "246810",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    let r = sim.requests();
    assert_eq!(
        ksc_methods(&sim),
        ["login", "login", "KlsrvoapiTestApi.TestMethod0"]
    );
    assert!(
        header(&r[0], "authorization")
            .unwrap()
            .starts_with("KSCBasic ")
    );
    assert_eq!(r[0]["status"], 401, "the server asks for the second factor");
    assert_eq!(
        header(&r[1], "authorization"),
        Some(r#"KSCMFA totp="246810""#)
    );
    assert_eq!(r[1]["status"], 200);
    assert_eq!(header(&r[2], "authorization"), None);
    assert_eq!(header(&r[2], "x-ksc-session"), None);
    assert_eq!(r[2]["status"], 200);
    assert!(
        r.iter().all(|x| x["peer"] == r[0]["peer"]),
        "one connection for the login, its second step and the call: {:?}",
        r.iter().map(|x| &x["peer"]).collect::<Vec<_>>()
    );
    assert!(!out.stderr.contains("246810"), "{}", out.stderr);

    // No code anywhere: exit 4 after the first login, the code never guessed.
    let before = sim.requests().len();
    let out = env.ksc(&["--connection-auth", "call", "Session.Ping"]);
    assert_fails(&out, 4, "two-factor code");
    assert_eq!(ksc_methods(&sim)[before..], ["login"]);
    // A wrong code: the server refuses it (403), exit 4, no call.
    let before = sim.requests().len();
    let out = env.ksc(&[
        "--connection-auth",
        "call",
        "Session.Ping",
        "--totp",
        "000000",
    ]);
    assert_code(&out, 4);
    let sent = &sim.requests()[before..];
    assert_eq!(
        sent.iter().map(ksc_method).collect::<Vec<_>>(),
        ["login", "login"]
    );
    assert_eq!(sent[1]["status"], 403);
}

#[test]
fn token_stdin_sends_kst_with_the_token_and_password_stdin_sends_it_in_kscbasic() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&["token", "create", "-o", "json"]);
    assert_code(&out, 0);
    let token = json_of(&out)["token"].as_str().expect("a token").to_owned();

    let cron = bare(&sim);
    let before = sim.requests().len();
    let out = cron.run_stdin(
        &[
            "ksc",
            "call",
            "KlsrvoapiTestApi.TestMethod0",
            "--auth",
            "token",
            "--token-stdin",
            "-o",
            "json",
        ],
        &format!("{token}\n"),
    );
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    let sent = &sim.requests()[before..];
    assert_eq!(ksc_method(&sent[0]), "Session.StartSession");
    assert_eq!(
        header(&sent[0], "authorization"),
        Some(format!("KSCT {token}").as_str()),
        "the first line of stdin, without its newline"
    );
    assert!(
        sent[1..]
            .iter()
            .all(|r| header(r, "authorization").is_none())
    );
    assert!(!out.stderr.contains(&token) && !out.stdout.contains(&token));
    // An empty stdin is no token: refused before anything is sent.
    let before = sim.requests().len();
    let out = cron.run_stdin(
        &[
            "ksc",
            "call",
            "Session.Ping",
            "--auth",
            "token",
            "--token-stdin",
        ],
        "",
    );
    assert_fails(&out, 4, "--token-stdin: stdin was empty");
    assert_eq!(sim.requests().len(), before, "{:?}", ksc_methods(&sim));

    // --password-stdin: the first line, in KSCBasic's pass.
    let mut user = bare(&sim);
    user.set("FIELDCTL_KSC_USERNAME", "admin");
    let before = sim.requests().len();
    let out = user.run_stdin(&["ksc", "call", "Session.Ping", "--password-stdin"], "pw\n");
    assert_code(&out, 0);
    assert_eq!(
        header(&sim.requests()[before], "authorization"),
        Some(r#"KSCBasic user="YWRtaW4=", pass="cHc=", internal="0""#)
    );
}

#[test]
fn insecure_works_against_the_https_simulator_and_warns() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "ksc", &["--password", "pw"]);
    env.set("FIELDCTL_KSC_SERVER", &format!("https://{}", sim.addr));
    env.set("FIELDCTL_KSC_USERNAME", "admin");
    env.set("FIELDCTL_KSC_PASSWORD", "pw");
    // Its self-signed certificate is refused without it (nothing reaches the API).
    assert_fails(&env.ksc(&["call", "Session.Ping"]), 6, "--ca-cert");
    assert!(sim.requests().is_empty(), "{:?}", ksc_methods(&sim));
    let out = env.ksc(&[
        "--insecure",
        "call",
        "KlsrvoapiTestApi.TestMethod0",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    assert_eq!(
        out.stderr
            .matches("--insecure: TLS certificates are NOT verified")
            .count(),
        1,
        "one warning: {}",
        out.stderr
    );
    let r = sim.requests();
    assert_eq!(
        ksc_methods(&sim),
        [
            "Session.StartSession",
            "KlsrvoapiTestApi.TestMethod0",
            "Session.EndSession"
        ]
    );
    assert!(r.iter().all(|x| x["status"] == 200), "{r:?}");
    assert_one_trace(&r);
    // A security warning is not a note: -q keeps it.
    let out = env.ksc(&["--insecure", "-q", "call", "Session.Ping"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("NOT verified"), "{out:?}");
}

#[test]
fn every_request_of_hosts_tasks_list_and_download_runs_has_a_request_id_of_the_run_trace() {
    let (env, sim) = started(&["--file-chunk", "1000000"]);
    let mut traces = Vec::new();
    let dest = env.path("tunnel.bin");
    let runs: [(&[&str], &str); 3] = [
        (
            &["hosts", "--chunk", "50", "-o", "ndjson"],
            "ChunkAccessor.GetItemsChunk",
        ),
        (&["tasks", "list", "-o", "json"], "Tasks.GetNextTask"),
        (
            &["download", "/FTSF/klsctunnel", dest.to_str().unwrap()],
            "GET /FTSF/klsctunnel",
        ),
    ];
    for (args, repeated) in runs {
        let before = sim.requests().len();
        let out = env.ksc(args);
        assert_code(&out, 0);
        let sent = &sim.requests()[before..];
        let methods: Vec<String> = sent.iter().map(ksc_method).collect();
        assert!(
            methods.iter().filter(|m| *m == repeated).count() >= 3,
            "{args:?}: several {repeated}: {methods:?}"
        );
        assert_eq!(methods.first().unwrap(), "Session.StartSession");
        assert_eq!(methods.last().unwrap(), "Session.EndSession");
        traces.push(assert_one_trace(sent));
    }
    let n = traces.len();
    traces.sort();
    traces.dedup();
    assert_eq!(traces.len(), n, "a trace per run");
}

#[test]
fn call_retry_rides_out_a_503_storm_then_gives_up_with_exit_8() {
    // Every call busy, `Retry-After: 0`: repeated at once, four times in all, then exit 8.
    let (env, sim) = started(&["--fail-rate", "1", "--retry-after", "0"]);
    let out = env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0", "--retry"]);
    assert_fails(&out, 8, "busy");
    let sent = sim.requests();
    let calls: Vec<&Value> = sent
        .iter()
        .filter(|r| ksc_method(r) == "KlsrvoapiTestApi.TestMethod0")
        .collect();
    assert!(
        (2..10).contains(&calls.len()),
        "repeated a few times: {:?}",
        ksc_methods(&sim)
    );
    assert!(calls.iter().all(|r| r["status"] == 503));
    assert_eq!(
        calls.iter().map(|r| body_json(r)).collect::<Vec<_>>(),
        vec![json!({}); calls.len()],
        "the same call each time"
    );
    assert_eq!(ksc_methods(&sim).last().unwrap(), "Session.EndSession");
    assert_eq!(out.stdout, "");
}

#[test]
fn call_retry_waits_at_least_the_retry_after_the_server_asks() {
    // Every 2nd API call is busy with `Retry-After: 2` (more than the client's own first wait).
    let (env, sim) = started(&["--fail-rate", "0.5", "--retry-after", "2"]);
    // The 1st call of the count is served; the next run's call is the busy 2nd, its repeat the 3rd.
    assert_code(&env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0"]), 0);
    let before = sim.requests().len();
    let out = env.ksc(&[
        "call",
        "KlsrvoapiTestApi.TestMethod0",
        "--retry",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    let sent = &sim.requests()[before..];
    let calls: Vec<&Value> = sent
        .iter()
        .filter(|r| ksc_method(r) == "KlsrvoapiTestApi.TestMethod0")
        .collect();
    assert_eq!(calls.len(), 2, "{:?}", ksc_methods(&sim));
    assert_eq!(calls[0]["status"], 503);
    assert_eq!(calls[1]["status"], 200);
    let gap = calls[1]["time"].as_f64().unwrap() - calls[0]["time"].as_f64().unwrap();
    assert!(gap >= 2.0, "repeated after {gap:.3} s, Retry-After: 2");
}

/// A KSC server on 127.0.0.1 that answers each connection's one request with the next of `responses` (then
/// closes it) and records each request's head (request line and headers, as sent).
fn scripted_ksc(responses: Vec<Vec<u8>>) -> (String, RequestLog) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let log = RequestLog::default();
    let seen = log.clone();
    std::thread::spawn(move || {
        for (stream, resp) in listener.incoming().flatten().zip(responses) {
            let mut r = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut length = 0;
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                head.push_str(&line);
            }
            let mut body = vec![0; length];
            let _ = r.read_exact(&mut body);
            seen.lock().unwrap().push(head);
            let mut out = stream;
            let _ = out.write_all(&resp);
        }
    });
    (addr, log)
}

/// A header's value in a recorded request head.
fn head_header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn json_reply(body: &str) -> Vec<u8> {
    reply("200 OK\r\nContent-Type: application/json", body.as_bytes())
}

#[test]
fn a_busy_start_session_is_asked_again_and_the_run_succeeds() {
    let busy = reply(
        "503 Service Unavailable\r\nContent-Type: text/html\r\nRetry-After: 0",
        b"Server is busy",
    );
    let (addr, log) = scripted_ksc(vec![
        busy.clone(),
        json_reply(r#"{"PxgRetVal":"SESSION-AFTER-BUSY-0001"}"#),
        json_reply(r#"{"PxgRetVal":123456}"#),
        busy,
        json_reply("{}"),
    ]);
    let mut env = Env::new();
    env.ksc_account(&addr, "pw");
    let out = env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    let heads = log.lock().unwrap().clone();
    let lines: Vec<&str> = heads.iter().map(|h| h.lines().next().unwrap()).collect();
    assert_eq!(
        lines,
        [
            "POST /api/v1.0/Session.StartSession HTTP/1.1",
            "POST /api/v1.0/Session.StartSession HTTP/1.1",
            "POST /api/v1.0/KlsrvoapiTestApi.TestMethod0 HTTP/1.1",
            "POST /api/v1.0/Session.EndSession HTTP/1.1",
            "POST /api/v1.0/Session.EndSession HTTP/1.1",
        ],
        "StartSession and EndSession each asked again after a 503"
    );
    let basic = r#"KSCBasic user="YWRtaW4=", pass="cHc=", internal="0""#;
    assert_eq!(head_header(&heads[0], "authorization"), Some(basic));
    assert_eq!(
        head_header(&heads[1], "authorization"),
        Some(basic),
        "the repeat carries the credentials again"
    );
    for h in &heads[2..] {
        assert_eq!(
            head_header(h, "x-ksc-session"),
            Some("SESSION-AFTER-BUSY-0001")
        );
        assert_eq!(head_header(h, "authorization"), None);
    }
    let ids: Vec<Value> = heads
        .iter()
        .map(|h| json!({"headers": {"x-ksc-requestid": head_header(h, "x-ksc-requestid")}}))
        .collect();
    assert_one_trace(&ids);
}

#[test]
fn a_denied_call_is_exit_4_not_permitted_with_the_error_headers_and_the_session_still_ends() {
    let (env, sim) = started(&["--deny", "HostGroup.GetStaticInfo"]);
    for args in [
        &["call", "HostGroup.GetStaticInfo"][..],
        // a command's own call too
        &["server", "info"][..],
    ] {
        let before = sim.requests().len();
        let out = env.ksc(args);
        assert_fails(&out, 4, "not permitted");
        for part in [
            "HostGroup.GetStaticInfo",
            "1196",
            "KLSTD",
            "Access denied",
            // the text/html body
            "admin may not call HostGroup.GetStaticInfo",
        ] {
            assert!(out.stderr.contains(part), "lacks {part:?}: {out:?}");
        }
        assert_eq!(out.stdout, "");
        let sent = &sim.requests()[before..];
        assert_eq!(
            sent.iter().map(ksc_method).collect::<Vec<_>>(),
            [
                "Session.StartSession",
                "HostGroup.GetStaticInfo",
                "Session.EndSession"
            ],
            "{args:?}: sent once (a refusal is not repeated), and the session ends"
        );
        assert_eq!(sent[1]["status"], 403);
        assert!(header(&sent[1], "x-ksc-session").is_some());
    }
    // Other methods are still served on that account.
    assert_code(&env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0"]), 0);
}

#[test]
fn a_broken_method_is_exit_3_with_the_servers_description() {
    let (env, sim) = started(&["--break", "Tasks.GetTask"]);
    let out = env.ksc(&["call", "Tasks.GetTask", "strTask=101", "--retry"]);
    assert_fails(&out, 3, "HTTP 500");
    assert!(
        out.stderr
            .contains("Internal server error: Tasks.GetTask failed unexpectedly"),
        "{out:?}"
    );
    assert_eq!(
        ksc_methods(&sim),
        [
            "Session.StartSession",
            "Tasks.GetTask",
            "Session.EndSession"
        ],
        "a 500 is not a busy server: not repeated even with --retry"
    );
    assert_eq!(body_json(&sim.requests()[1]), json!({"strTask": "101"}));
}

#[test]
fn an_instance_class_method_is_sent_as_written() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&["call", "HostsTags.ListTags.GetAllTags", "-o", "json"]);
    assert_code(&out, 0);
    let tags = json_of(&out)["PxgRetVal"].clone();
    assert!(tags.as_array().is_some_and(|a| !a.is_empty()), "{tags}");
    let r = sim.requests();
    assert_eq!(r[1]["path"], "/api/v1.0/HostsTags.ListTags.GetAllTags");
    assert_eq!(r[1]["status"], 200);
    // Without its instance it is another (unknown) method: exit 5.
    let out = env.ksc(&["call", "ListTags.GetAllTags"]);
    assert_fails(&out, 5, "method not implemented by this server version");
    // Four parts is not a method name: refused before anything is sent.
    let before = sim.requests().len();
    assert_fails(&env.ksc(&["call", "A.B.C.D"]), 2, "Class.Method");
    assert_eq!(sim.requests().len(), before);
}

/// (method, status) of each logged request.
fn answered(reqs: &[Value]) -> Vec<(String, u64)> {
    reqs.iter()
        .map(|r| (ksc_method(r), r["status"].as_u64().unwrap()))
        .collect()
}

fn expect(pairs: &[(&str, u64)]) -> Vec<(String, u64)> {
    pairs.iter().map(|(m, s)| (m.to_string(), *s)).collect()
}

#[test]
fn busy_start_session_end_session_and_login_from_the_simulator_are_asked_again() {
    // Every 2nd call busy, logins and Session.* counted too, `Retry-After: 0`.
    let (env, sim) = started(&["--fail-rate", "0.5", "--fail-logins", "--retry-after", "0"]);
    // One call before the run (refused, but counted) makes the run's StartSession the busy 2nd.
    let (status, _) = http(
        &sim.addr,
        "POST /api/v1.0/Session.Ping HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         Content-Length: 2\r\nConnection: close\r\n\r\n{}",
    );
    assert_eq!(status, 401);
    let out = env.ksc(&[
        "call",
        "KlsrvoapiTestApi.TestMethod0",
        "--retry",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    let sent = &sim.requests()[1..];
    assert_eq!(
        answered(sent),
        expect(&[
            ("Session.StartSession", 503),
            ("Session.StartSession", 200),
            ("KlsrvoapiTestApi.TestMethod0", 503),
            ("KlsrvoapiTestApi.TestMethod0", 200),
            ("Session.EndSession", 503),
            ("Session.EndSession", 200),
        ])
    );
    assert_eq!(
        header(&sent[0], "authorization"),
        header(&sent[1], "authorization")
    );
    assert!(header(&sent[1], "authorization").is_some_and(|a| a.starts_with("KSCBasic ")));
    assert_eq!(
        header(&sent[4], "x-ksc-session"),
        header(&sent[5], "x-ksc-session")
    );
    assert_one_trace(sent);

    // --connection-auth: a busy login is asked again too (the count: the next is the 8th, busy).
    let before = sim.requests().len();
    let out = env.ksc(&["--connection-auth", "call", "Session.Ping", "--retry"]);
    assert_code(&out, 0);
    let sent = &sim.requests()[before..];
    assert_eq!(
        answered(sent),
        expect(&[
            ("login", 503),
            ("login", 200),
            ("Session.Ping", 503),
            ("Session.Ping", 200),
        ])
    );
    assert!(
        sent[2..]
            .iter()
            .all(|r| r["peer"] == sent[1]["peer"] && header(r, "authorization").is_none()),
        "the calls go over the connection the login authenticated, with no credentials"
    );
}
