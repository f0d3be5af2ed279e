//! The ksc client's foundation against `fieldctl sim ksc`: how a run authenticates (sessions, kept sessions,
//! the per-connection login, every scheme, two-factor), what every request carries, `ksc call`, and what each
//! kind of refusal means.

use serde_json::{Value, json};

use crate::support::*;

/// An environment pointed at a new simulator (started with EXTRA) as admin / pw.
fn started(extra: &[&str]) -> (Env, Sim) {
    let mut env = Env::new();
    let sim = ksc_sim(&env, extra);
    env.ksc_account(&sim.addr, "pw");
    (env, sim)
}

fn env_for(sim: &Sim) -> Env {
    let mut env = Env::new();
    env.ksc_account(&sim.addr, "pw");
    env
}

/// 16 uppercase hex digits.
fn uid(s: &str) -> bool {
    s.len() == 16
        && s.chars()
            .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c))
}

/// The session ids the calls carried, in order (None for a call without one).
fn sessions(sim: &Sim) -> Vec<Option<String>> {
    sim.requests()
        .iter()
        .map(|r| header(r, "x-ksc-session").map(str::to_owned))
        .collect()
}

/// The ksc session files under the Env's state directory.
fn ksc_state_files(env: &Env) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.file_name().unwrap().to_string_lossy().starts_with("ksc")
                && !p.to_string_lossy().ends_with(".lock")
            {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&env.path("state"), &mut out);
    out
}

#[test]
fn a_call_starts_a_session_uses_it_and_ends_it_with_request_ids_of_one_trace() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&[
        "call",
        "KlsrvoapiTestApi.TestMethod0",
        "arg1:=102030",
        "-o",
        "json",
    ]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    // The password went over plain HTTP (the --plain simulator): said once.
    assert_eq!(
        out.stderr
            .matches("is plain HTTP: the password travels unencrypted")
            .count(),
        1,
        "{out:?}"
    );
    let reqs = sim.requests();
    assert_eq!(
        ksc_methods(&sim),
        [
            "Session.StartSession",
            "KlsrvoapiTestApi.TestMethod0",
            "Session.EndSession"
        ]
    );
    // StartSession: the credentials, as the spec writes KSCBasic; no session yet.
    assert_eq!(
        header(&reqs[0], "authorization"),
        Some(r#"KSCBasic user="YWRtaW4=", pass="cHc=", internal="0""#)
    );
    assert_eq!(header(&reqs[0], "x-ksc-session"), None);
    assert_eq!(body_json(&reqs[0]), json!({}));
    // The call: the session, no credentials, the parameters as typed (a number from :=).
    let s = sessions(&sim);
    assert!(s[1].is_some());
    assert_eq!(s[1], s[2], "EndSession ends the session the call used");
    assert_eq!(header(&reqs[1], "authorization"), None);
    assert_eq!(body_json(&reqs[1]), json!({"arg1": 102030}));
    let mut traces = Vec::new();
    let mut spans = Vec::new();
    for r in &reqs {
        assert_eq!(header(r, "content-type"), Some("application/json"));
        assert_eq!(header(r, "accept-encoding"), Some("gzip, deflate"));
        assert_eq!(header(r, "x-ksc-vserver"), None, "no virtual server named");
        let id = header(r, "x-ksc-requestid").expect("a request id");
        let (t, sp) = id.split_once('_').expect("trace_span");
        assert!(uid(t) && uid(sp), "{id}");
        traces.push(t.to_owned());
        spans.push(sp.to_owned());
    }
    assert!(
        traces.iter().all(|t| *t == traces[0]),
        "one trace id per run: {traces:?}"
    );
    spans.sort();
    spans.dedup();
    assert_eq!(spans.len(), 3, "a span id per request");
    // The next run is another trace.
    assert_code(&env.ksc(&["call", "Session.Ping"]), 0);
    let next = sim.requests();
    let t2 = header(&next[3], "x-ksc-requestid")
        .unwrap()
        .split('_')
        .next()
        .unwrap()
        .to_owned();
    assert_ne!(t2, traces[0]);
}

#[test]
fn verbose_shows_each_request_id_and_never_the_password_or_session() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0", "-vv"]);
    assert_code(&out, 0);
    for r in sim.requests() {
        let id = header(&r, "x-ksc-requestid").unwrap();
        assert!(
            out.stderr.contains(&format!("[X-KSC-RequestId: {id}]")),
            "{}",
            out.stderr
        );
        if let Some(s) = header(&r, "x-ksc-session") {
            assert!(
                !out.stderr.contains(s),
                "session id in the trace: {}",
                out.stderr
            );
        }
    }
    assert!(!out.stderr.contains("cHc="), "{}", out.stderr);
    assert!(
        out.stderr.contains("trace id of this run"),
        "{}",
        out.stderr
    );
}

#[test]
fn call_decodes_typed_wrappers_unless_raw_and_reads_data_from_a_file_and_stdin() {
    let (env, sim) = started(&[]);
    let data = env.path("params.json");
    std::fs::write(&data, r#"{"Par1": {"var1": 23, "var2": "str12"}, "x": 1}"#).unwrap();
    let out = env.ksc(&[
        "call",
        "KlsrvoapiTestApi.TestMethod0",
        "--data",
        &format!("@{}", data.display()),
        "x:=2",
        "s=text with = sign",
    ]);
    assert_code(&out, 0);
    let r = sim.requests();
    assert_eq!(
        body_json(&r[1]),
        json!({"Par1": {"var1": 23, "var2": "str12"}, "x": 2, "s": "text with = sign"})
    );
    let out = env.run_stdin(
        &[
            "ksc",
            "call",
            "KlsrvoapiTestApi.TestMethod0",
            "--data",
            "-",
            "--raw",
        ],
        r#"{"y": true}"#,
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout, "{\"PxgRetVal\":123456}\n");
    let r = sim.requests();
    assert_eq!(body_json(&r[4]), json!({"y": true}));
}

#[test]
fn bad_calls_are_refused_before_anything_is_sent() {
    let (env, sim) = started(&[]);
    assert_fails(&env.ksc(&["call", "HostGroup"]), 2, "expected Class.Method");
    assert_fails(&env.ksc(&["call", "Session.StartSession"]), 2, "bypass");
    assert_fails(&env.ksc(&["call", "A.B", "n:=nope"]), 2, "is not JSON");
    assert_fails(
        &env.ksc(&["call", "A.B", "novalue"]),
        2,
        "name=text or name:=JSON",
    );
    assert_fails(
        &env.ksc(&["call", "A.B", "--data", "[1]"]),
        2,
        "one JSON object",
    );
    assert_fails(
        &env.ksc(&["call", "A.B", "--data", "@/nonexistent/p.json"]),
        10,
        "cannot read",
    );
    assert!(sim.requests().is_empty(), "{:?}", ksc_methods(&sim));
}

#[test]
fn pxg_error_404_and_refused_credentials_have_their_exit_codes_and_the_session_still_ends() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&["call", "TestApi.TestError"]);
    assert_fails(
        &out,
        3,
        "TestApi.TestError: KSC error 1199 (module KLSTD): Operation canceled",
    );
    assert_eq!(ksc_methods(&sim).last().unwrap(), "Session.EndSession");
    let out = env.ksc(&["call", "Nope.Missing"]);
    assert_fails(&out, 5, "method not implemented by this server version");
    assert_eq!(ksc_methods(&sim).last().unwrap(), "Session.EndSession");
    let before = sim.requests().len();
    let mut wrong = env_for(&sim);
    wrong.set("FIELDCTL_KSC_PASSWORD", "wrong");
    let out = wrong.ksc(&["call", "Session.Ping"]);
    assert_code(&out, 4);
    assert!(out.stderr.contains("refused admin"), "{}", out.stderr);
    assert_eq!(
        ksc_methods(&sim)[before..],
        ["Session.StartSession"],
        "nothing after a refused login"
    );
}

#[test]
fn without_a_password_source_and_no_terminal_it_is_exit_4_naming_the_sources() {
    let mut env = Env::new();
    let sim = ksc_sim(&env, &[]);
    env.set("FIELDCTL_KSC_SERVER", &format!("http://{}", sim.addr));
    let out = env.ksc(&["call", "Session.Ping", "--username", "admin"]);
    assert_fails(&out, 4, "FIELDCTL_KSC_PASSWORD");
    assert!(sim.requests().is_empty());
    let out = env.ksc(&["call", "Session.Ping"]);
    assert_fails(&out, 2, "no KSC user name given");
    // --password-stdin, and connection options after the method's arguments.
    let out = env.run_stdin(
        &[
            "ksc",
            "call",
            "Session.Ping",
            "--username",
            "admin",
            "--password-stdin",
        ],
        "pw\n",
    );
    assert_code(&out, 0);
    // A stdin flag for the other kind of secret is refused, not ignored.
    let out = env.run_stdin(
        &[
            "ksc",
            "call",
            "Session.Ping",
            "--username",
            "admin",
            "--token-stdin",
        ],
        "t\n",
    );
    assert_fails(&out, 2, "add --auth token");
    let out = env.run_stdin(
        &[
            "ksc",
            "call",
            "Session.Ping",
            "--auth",
            "token",
            "--password-stdin",
        ],
        "p\n",
    );
    assert_fails(&out, 2, "use --token-stdin");
}

#[test]
fn connection_auth_logs_in_once_and_later_calls_carry_no_credentials() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&["--connection-auth", "call", "KlsrvoapiTestApi.TestMethod0"]);
    assert_code(&out, 0);
    let r = sim.requests();
    assert_eq!(ksc_methods(&sim), ["login", "KlsrvoapiTestApi.TestMethod0"]);
    assert!(
        header(&r[0], "authorization")
            .unwrap()
            .starts_with("KSCBasic ")
    );
    assert_eq!(body_json(&r[0]), json!({}));
    assert_eq!(header(&r[1], "authorization"), None);
    assert_eq!(header(&r[1], "x-ksc-session"), None);
    // The sim authenticates the TCP connection: the call was served, so it went over the login's connection.
    assert_eq!(r[1]["status"], 200);
    assert_fails(
        &env.ksc(&["login", "--connection-auth"]),
        2,
        "--connection-auth",
    );
}

#[test]
fn login_keeps_the_session_for_later_runs_until_logout() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&["login"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("logged in to"), "{}", out.stderr);
    assert_eq!(ksc_methods(&sim), ["Session.StartSession"]);
    let state = ksc_state_files(&env);
    assert_eq!(state.len(), 1, "{state:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&state[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Later runs: no login, no EndSession; the kept session on every call.
    assert_code(&env.ksc(&["call", "Session.Ping"]), 0);
    assert_code(&env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0"]), 0);
    assert_eq!(
        ksc_methods(&sim),
        [
            "Session.StartSession",
            "Session.Ping",
            "KlsrvoapiTestApi.TestMethod0"
        ]
    );
    let s = sessions(&sim);
    assert!(s[1].is_some() && s[1] == s[2]);
    let text = std::fs::read_to_string(&state[0]).unwrap();
    assert!(text.contains(s[1].as_deref().unwrap()));
    // logout: EndSession with that session, and the file is gone.
    let out = env.ksc(&["logout"]);
    assert_code(&out, 0);
    assert_eq!(ksc_methods(&sim).last().unwrap(), "Session.EndSession");
    assert_eq!(sessions(&sim).last().unwrap(), &s[1]);
    assert!(!state[0].exists());
    let out = env.ksc(&["logout"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("nothing to log out of"),
        "{}",
        out.stderr
    );
    // And a run after it starts (and ends) its own session again.
    assert_code(&env.ksc(&["call", "Session.Ping"]), 0);
    let m = ksc_methods(&sim);
    assert_eq!(
        m[m.len() - 3..],
        ["Session.StartSession", "Session.Ping", "Session.EndSession"]
    );
}

/// What our client sent (each request carries X-KSC-RequestId): the test's own probes left out.
fn client_requests(sim: &Sim) -> Vec<Value> {
    sim.requests()
        .into_iter()
        .filter(|r| header(r, "x-ksc-requestid").is_some())
        .collect()
}

/// Expire every session of the simulator (SIGUSR1: on the wire, the same 401 an idle-expired session gets),
/// and wait until it has: a probe session started before is refused. No timing margin to miss.
fn expire_sessions(sim: &Sim) {
    let post = |method: &str, header: &str| {
        http(
            &sim.addr,
            &format!(
                "POST /api/v1.0/{method} HTTP/1.1\r\nHost: ksc\r\nConnection: close\r\n{header}\r\n\
                 Content-Length: 2\r\n\r\n{{}}"
            ),
        )
    };
    let (status, body) = post(
        "Session.StartSession",
        r#"Authorization: KSCBasic user="YWRtaW4=", pass="cHc=", internal="0""#,
    );
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    let probe = format!("X-KSC-Session: {}", v["PxgRetVal"].as_str().unwrap());
    sim.signal("USR1");
    wait_for("SIGUSR1 to expire the sessions", || {
        post("Session.Ping", &probe).0 == 401
    });
}

#[test]
fn an_expired_kept_session_is_replaced_transparently_or_exit_4_without_credentials() {
    // Sessions expire on demand (SIGUSR1), not after an idle time two runs must race.
    let (env, sim) = started(&[]);
    assert_code(&env.ksc(&["login"]), 0);
    expire_sessions(&sim);
    let out = env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out), json!({"PxgRetVal": 123456}));
    let r = client_requests(&sim);
    let methods: Vec<String> = r.iter().map(ksc_method).collect();
    assert_eq!(
        methods,
        [
            "Session.StartSession",
            "KlsrvoapiTestApi.TestMethod0",
            "Session.StartSession",
            "KlsrvoapiTestApi.TestMethod0"
        ],
        "401, a new session, the call repeated once; the new session is kept (no EndSession)"
    );
    assert_eq!(r[1]["status"], 401);
    let s: Vec<Option<&str>> = r.iter().map(|r| header(r, "x-ksc-session")).collect();
    assert_ne!(s[1], s[3]);
    let kept = s[3].unwrap().to_owned();
    // The new one is the kept one now.
    assert_code(&env.ksc(&["call", "Session.Ping"]), 0);
    assert_eq!(
        header(client_requests(&sim).last().unwrap(), "x-ksc-session"),
        Some(kept.as_str())
    );
    // Expired again, and no password anywhere: exit 4 saying so, nothing more sent.
    expire_sessions(&sim);
    let mut bare = Env::new();
    bare.set("FIELDCTL_KSC_SERVER", &format!("http://{}", sim.addr));
    bare.set("FIELDCTL_KSC_USERNAME", "admin");
    // Each Env has its own state directory: copy the kept record over.
    for p in ksc_state_files(&env) {
        let to = bare
            .path("state")
            .join(p.strip_prefix(env.path("state")).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&p, &to).unwrap();
    }
    let before = client_requests(&sim).len();
    let out = bare.ksc(&["call", "Session.Ping"]);
    assert_fails(&out, 4, "has expired");
    let after: Vec<String> = client_requests(&sim)[before..]
        .iter()
        .map(ksc_method)
        .collect();
    assert_eq!(after, ["Session.Ping"]);
}

#[test]
fn vserver_is_sent_base64_on_every_request() {
    let (env, sim) = started(&["--vserver", "Отдел 1"]);
    let out = env.ksc(&["call", "Session.Ping", "--vserver", "Отдел 1"]);
    assert_code(&out, 0);
    for r in sim.requests() {
        assert_eq!(header(&r, "x-ksc-vserver"), Some("0J7RgtC00LXQuyAx"), "{r}");
    }
}

#[test]
fn domain_and_internal_go_into_kscbasic_and_do_not_mix() {
    let (env, sim) = started(&[]);
    let _ = env.ksc(&["call", "Session.Ping", "--domain", "CORP"]);
    let r = sim.requests();
    assert_eq!(
        header(&r[0], "authorization"),
        Some(r#"KSCBasic user="YWRtaW4=", pass="cHc=", domain="Q09SUA==", internal="0""#)
    );
    let _ = env.ksc(&["call", "Session.Ping", "--internal"]);
    let r = sim.requests();
    let starts: Vec<&Value> = r
        .iter()
        .filter(|x| ksc_method(x) == "Session.StartSession")
        .collect();
    assert_eq!(starts.len(), 2);
    assert_eq!(
        header(starts[1], "authorization"),
        Some(r#"KSCBasic user="YWRtaW4=", pass="cHc=", internal="1""#)
    );
    assert_fails(
        &env.ksc(&["call", "Session.Ping", "--internal", "--domain", "CORP"]),
        2,
        "--internal",
    );
}

#[test]
fn a_token_from_token_create_authenticates_with_kstc_and_other_schemes_send_their_word() {
    let (env, sim) = started(&[]);
    let out = env.ksc(&["token", "create", "-o", "json"]);
    assert_code(&out, 0);
    let token = json_of(&out)["token"].as_str().expect("a token").to_owned();
    assert!(out.stderr.contains("shown this once"), "{}", out.stderr);
    assert_eq!(
        ksc_methods(&sim),
        [
            "Session.StartSession",
            "Session.CreateToken",
            "Session.EndSession"
        ]
    );
    let mut cron = Env::new();
    cron.set("FIELDCTL_KSC_SERVER", &format!("http://{}", sim.addr));
    cron.set("FIELDCTL_KSC_TOKEN", &token);
    let out = cron.ksc(&["call", "KlsrvoapiTestApi.TestMethod0", "--auth", "token"]);
    assert_code(&out, 0);
    let r = sim.requests();
    assert_eq!(
        header(&r[3], "authorization"),
        Some(format!("KSCT {token}").as_str())
    );
    // The other schemes: their word and the token as is (the sim does not take them: refused, exit 4).
    for (scheme, word) in [
        ("web-token", "KSCWT"),
        ("nwc", "KSCNT"),
        ("gateway", "KSCGW"),
    ] {
        let out = cron.ksc(&["call", "Session.Ping", "--auth", scheme]);
        assert_code(&out, 4);
        let r = sim.requests();
        assert_eq!(
            header(&r[r.len() - 1], "authorization"),
            Some(format!("{word} {token}").as_str())
        );
    }
    assert_fails(
        &cron.ksc(&["call", "Session.Ping", "--auth", "kerberos"]),
        2,
        "basic, token",
    );
}

#[test]
fn token_create_save_keeps_it_in_the_profile_0600() {
    let (mut env, sim) = started(&[]);
    env.write_config(
        "[profiles.cron]\n[profiles.other.ksc]\nserver = \"https://elsewhere.example\"\n",
    );
    let out = env.ksc(&["token", "create", "--save"]);
    assert_fails(&out, 2, "no profile is selected");
    assert_eq!(
        ksc_methods(&sim),
        Vec::<String>::new(),
        "nothing created that cannot be kept"
    );
    // A profile for another server is refused before a token exists (--server wins for the run).
    let out = env.ksc(&[
        "-p",
        "other",
        "token",
        "create",
        "--save",
        "--server",
        &format!("http://{}", sim.addr),
    ]);
    assert_fails(&out, 2, "is for server https://elsewhere.example");
    assert_eq!(ksc_methods(&sim), Vec::<String>::new());
    env.set("FIELDCTL_PROFILE", "cron");
    let out = env.ksc(&["token", "create", "--save"]);
    assert_code(&out, 0);
    let config = std::fs::read_to_string(env.config_file()).unwrap();
    assert!(
        config.contains("ksc.token") || config.contains("[profiles.cron.ksc]"),
        "{config}"
    );
    assert!(config.contains("auth = \"token\""), "{config}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.config_file())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The profile alone now authenticates with the token.
    let mut cron = Env::new();
    std::fs::create_dir_all(cron.config_file().parent().unwrap()).unwrap();
    std::fs::copy(env.config_file(), cron.config_file()).unwrap();
    cron.set("FIELDCTL_PROFILE", "cron");
    let out = cron.ksc(&["call", "Session.Ping"]);
    assert_code(&out, 0);
    let r = sim.requests();
    assert!(
        header(&r[r.len() - 3], "authorization")
            .unwrap()
            .starts_with("KSCT ")
    );
}

#[test]
fn two_factor_sends_the_code_on_the_same_connection_or_exit_4_without_one() {
    let (env, sim) = started(&["--mfa-user", "admin", "--totp", "246810"]);
    let out = env.ksc(&["call", "Session.Ping"]);
    assert_fails(&out, 4, "two-factor code");
    let out = env.ksc(&["call", "Session.Ping", "--totp", "246810"]);
    assert_code(&out, 0);
    let r = sim.requests();
    let n = r.len();
    assert_eq!(ksc_method(&r[n - 4]), "Session.StartSession");
    assert_eq!(r[n - 4]["status"], 401);
    assert_eq!(
        header(&r[n - 3], "authorization"),
        Some(r#"KSCMFA totp="246810""#)
    );
    assert_eq!(r[n - 3]["status"], 200);
    assert_eq!(
        r[n - 4]["peer"],
        r[n - 3]["peer"],
        "the code goes on the same connection"
    );
    let mut with_env = env_for(&sim);
    with_env.set("FIELDCTL_KSC_TOTP", "000000");
    assert_code(&with_env.ksc(&["call", "Session.Ping"]), 4);
    assert_eq!(
        header(&sim.requests()[n + 1], "authorization"),
        Some(r#"KSCMFA totp="000000""#)
    );
}

#[test]
fn reads_are_repeated_on_503_calls_are_not() {
    let (env, sim) = started(&["--fail-rate", "0.5"]);
    let mut ok = 0;
    for _ in 0..4 {
        let out = env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0", "--retry"]);
        if out.code == 0 {
            ok += 1;
        } else {
            assert_fails(&out, 8, "busy");
        }
    }
    assert!(ok >= 3, "--retry rides out a 50% 503 rate");
    let statuses: Vec<u64> = sim
        .requests()
        .iter()
        .filter_map(|r| r["status"].as_u64())
        .collect();
    assert!(statuses.contains(&503), "{statuses:?}");
    // Without --retry a 503 is exit 8 at once, the call sent once (it may not be safe to repeat).
    let before = sim.requests().len();
    let mut codes = Vec::new();
    for _ in 0..2 {
        codes.push(env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0"]).code);
    }
    assert!(codes.contains(&8), "{codes:?}");
    let calls = ksc_methods(&sim)[before..]
        .iter()
        .filter(|m| *m == "KlsrvoapiTestApi.TestMethod0")
        .count();
    assert_eq!(calls, 2);
}

#[test]
fn too_large_a_request_is_explained() {
    let (env, sim) = started(&["--max-body", "4096"]);
    let big = format!("{{\"x\": \"{}\"}}", "a".repeat(10_000));
    let out = env.ksc(&["call", "KlsrvoapiTestApi.TestMethod0", "--data", &big]);
    assert_fails(&out, 3, "HTTP 413");
    assert!(out.stderr.contains("paging"), "{}", out.stderr);
    let r = sim.requests();
    let big_call = r
        .iter()
        .find(|x| ksc_method(x) == "KlsrvoapiTestApi.TestMethod0")
        .expect("sent");
    assert_eq!(big_call["status"], 413);
    assert_eq!(
        ksc_methods(&sim).last().unwrap(),
        "Session.EndSession",
        "the session still ends"
    );
}
