//! `fieldctl ovms`: the account (login, logout, sessions, tokens), the stub commands, `raw`, vehicle resolution
//! and every error row of the issue, against `fieldctl sim ovms`, asserting what was sent as well as printed.

use serde_json::Value;

use crate::support::*;

/// Every character the notes say must be encoded in a query: `+`, `&`, `%`, spaces, non-ASCII.
const PW: &str = "p +&%é x=1";
/// The form the password travels in (never to be seen in a trace).
const PW_ENCODED: &str = "p%20%2B%26%25%C3%A9%20x%3D1";
const AUTH_TOKEN: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
const SESSION_TOKEN: &str = "5e5510aa00112233445566778899aabbccddeeff00112233445566778899aabb";

fn scenario(env: &Env) -> String {
    let path = env.path("scenario.toml");
    std::fs::write(
        &path,
        format!(
            r#"
[[users]]
name = "demo"
password = "{}"
[[users]]
name = "other"
password = "other"
[[tokens]]
owner = "demo"
token = "{AUTH_TOKEN}"
permit = "auth"
application = "cron"
purpose = "tests"
[[tokens]]
owner = "demo"
token = "{SESSION_TOKEN}"
permit = "auth,session"
application = "app"
purpose = "phone"
[[vehicles]]
id = "CAR1"
owner = "demo"
[vehicles.S]
soc = "80"
[[vehicles]]
id = "CAR2"
owner = "demo"
[[vehicles]]
id = "PARA"
owner = "demo"
paranoid = true
[vehicles.S]
soc = "50"
[[vehicles]]
id = "THEIRS"
owner = "other"
"#,
            PW.replace('\\', "\\\\").replace('"', "\\\"")
        ),
    )
    .unwrap();
    path.to_str().unwrap().to_owned()
}

/// A simulator with the scenario above, and an Env whose password is PW.
fn setup(extra: &[&str]) -> (Env, Sim) {
    let mut env = Env::new();
    let sc = scenario(&env);
    let mut args = vec!["--scenario", sc.as_str()];
    args.extend_from_slice(extra);
    let sim = Sim::start(&env, "ovms", &args);
    env.set("FIELDCTL_OVMS_PASSWORD", PW);
    (env, sim)
}

fn server(sim: &Sim) -> String {
    format!("http://{}", sim.addr)
}

/// `fieldctl ovms ARGS… --server S --username demo` (connection options last: they are accepted anywhere).
fn ovms(env: &Env, sim: &Sim, args: &[&str]) -> Output {
    env.run(
        &ovms_args(sim, args)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    )
}

fn ovms_stdin(env: &Env, sim: &Sim, args: &[&str], stdin: &str) -> Output {
    env.run_stdin(
        &ovms_args(sim, args)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        stdin,
    )
}

fn ovms_args(sim: &Sim, args: &[&str]) -> Vec<String> {
    let mut all = vec!["ovms".to_owned()];
    all.extend(args.iter().map(|s| s.to_string()));
    all.extend([
        "--server".into(),
        server(sim),
        "--username".into(),
        "demo".into(),
    ]);
    all
}

fn logins(sim: &Sim) -> Vec<Value> {
    sim.requests()
        .into_iter()
        .filter(|r| r["method"] == "GET" && r["path"] == "/api/cookie")
        .collect()
}

/// The state files fieldctl keeps (one per server and user).
fn state_files(env: &Env) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "json") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&env.path("state"), &mut out);
    out
}

fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

// ---- sessions ----

#[test]
fn login_encodes_the_password_and_keeps_a_private_session_that_later_runs_reuse() {
    let (env, sim) = setup(&[]);
    let out = ovms(&env, &sim, &["login"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("logged in to"), "{out:?}");
    let l = logins(&sim);
    assert_eq!(l.len(), 1);
    // As the server decoded it, and as it travelled: `+` as %2B, never as a space.
    assert_eq!(param(&l[0], "username"), Some("demo"));
    assert_eq!(param(&l[0], "password"), Some(PW));
    assert!(
        l[0]["raw_query"].as_str().unwrap().contains(PW_ENCODED),
        "{}",
        l[0]["raw_query"]
    );
    let files = state_files(&env);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(mode(&files[0]), 0o600);
    let kept = std::fs::read_to_string(&files[0]).unwrap();
    assert!(!kept.contains(PW) && !kept.contains(PW_ENCODED), "{kept}");

    // Later runs: the kept cookie, no second login.
    let out = ovms(&env, &sim, &["lock", "CAR1"]);
    assert_fails(&out, 3, "not implemented by this server");
    let out = ovms(&env, &sim, &["raw", "GET", "/api/vehicles"]);
    assert_code(&out, 0);
    assert_eq!(logins(&sim).len(), 1, "{:?}", sent(&sim));
    let reqs = sim.requests();
    let first = ovms_cookie(&reqs[1]).expect("cookie sent");
    assert!(kept.contains(&first));
    assert_eq!(
        ovms_cookie(reqs.last().unwrap()).as_deref(),
        Some(first.as_str())
    );
    // The data calls carried no credentials.
    assert!(reqs[1..].iter().all(|r| param(r, "password").is_none()));
}

#[test]
fn a_run_logs_in_once_for_all_its_calls() {
    let (env, sim) = setup(&[]);
    // No vehicle given: one login, then the listing of the account's vehicles over the same cookie.
    let out = ovms(&env, &sim, &["features"]);
    assert_fails(&out, 2, "the account's vehicles: CAR1, CAR2, PARA");
    assert_eq!(sent(&sim), ["GET /api/cookie", "GET /api/vehicles"]);
    let reqs = sim.requests();
    assert!(ovms_cookie(&reqs[1]).is_some());
    // A token delete: the list, then the delete, one login (the kept one) for both.
    let out = ovms(&env, &sim, &["token", "delete", &AUTH_TOKEN[..8]]);
    assert_code(&out, 0);
    assert_eq!(logins(&sim).len(), 1, "{:?}", sent(&sim));
}

#[test]
fn an_expired_session_is_logged_in_again_once_and_the_call_repeated() {
    let (env, sim) = setup(&["--session-ttl", "1"]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    let first = sim.requests().len();
    // The session dies a second after login: poll the server (not fieldctl) until it is gone.
    let cookie = {
        let f = state_files(&env);
        let kept: Value = serde_json::from_str(&std::fs::read_to_string(&f[0]).unwrap()).unwrap();
        kept["session"].as_str().unwrap().to_owned()
    };
    wait_for("the session to expire", || {
        let (status, _) = http(
            &sim.addr,
            &format!(
                "GET /api/vehicles HTTP/1.1\r\nHost: x\r\nCookie: ovmsapisession={cookie}\r\n\r\n"
            ),
        );
        status == 401
    });
    let polled = sim.requests().len() - first;
    let out = ovms(&env, &sim, &["raw", "GET", "vehicles", "-v"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("CAR1"), "{out:?}");
    let after: Vec<String> = sent(&sim)[first + polled..].to_vec();
    assert_eq!(
        after,
        ["GET /api/vehicles", "GET /api/cookie", "GET /api/vehicles"]
    );
    let reqs = sim.requests();
    let n = reqs.len();
    assert_eq!(reqs[n - 3]["status"], 401);
    assert_eq!(reqs[n - 1]["status"], 200);
    assert_ne!(
        ovms_cookie(&reqs[n - 1]),
        Some(cookie),
        "the new cookie is sent"
    );
}

#[test]
fn a_wrong_password_is_exit_4_with_no_retry() {
    let (mut env, sim) = setup(&[]);
    env.set("FIELDCTL_OVMS_PASSWORD", "wrong");
    let out = ovms(&env, &sim, &["lock", "CAR1"]);
    assert_fails(&out, 4, "authentication failed");
    assert!(out.stderr.contains("user demo"), "{out:?}");
    assert_eq!(sent(&sim), ["GET /api/cookie"]);
    assert!(state_files(&env).is_empty());
}

#[test]
fn logout_ends_the_session_and_forgets_it_then_a_call_logs_in_again() {
    let (env, sim) = setup(&[]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    let cookie = ovms_cookie(&sim.requests()[0]);
    assert!(cookie.is_none(), "the login itself carries no cookie");
    let out = ovms(&env, &sim, &["logout"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("logged out"), "{out:?}");
    let reqs = sim.requests();
    assert_eq!(sent(&sim), ["GET /api/cookie", "DELETE /api/cookie"]);
    assert!(ovms_cookie(&reqs[1]).is_some());
    assert_eq!(reqs[1]["status"], 200);
    assert!(state_files(&env).is_empty());
    // Nothing kept: a data call logs in again.
    assert_fails(&ovms(&env, &sim, &["reset", "CAR1"]), 3, "not implemented");
    assert_eq!(sent(&sim)[2..], ["GET /api/cookie", "PUT /api/reset/CAR1"]);
    // A second logout with nothing kept says so, sends nothing more than the first.
    let n = sim.requests().len();
    assert_code(&ovms(&env, &sim, &["logout"]), 0);
    let out = ovms(&env, &sim, &["logout"]);
    assert!(out.stderr.contains("nothing to end"), "{out:?}");
    assert_eq!(sim.requests().len(), n + 1);
}

#[test]
fn secrets_never_show_in_traces() {
    let (mut env, sim) = setup(&[]);
    let mut all = String::new();
    for args in [
        &["login", "-vv"][..],
        &["token", "list", "-vv"],
        &["token", "create", "--purpose", "trace", "-vv", "-o", "json"],
        &["lock", "CAR1", "-v"],
    ] {
        let out = ovms(&env, &sim, args);
        assert!(out.code == 0 || out.code == 3, "{out:?}");
        all.push_str(&out.stderr);
        if args[0] == "token" && args[1] == "create" {
            let v: Value = serde_json::from_str(&out.stdout).unwrap();
            let created = v["token"].as_str().unwrap().to_owned();
            assert_eq!(created.len(), 64);
            assert!(!out.stderr.contains(&created), "{out:?}");
        }
    }
    // The tokens as credentials: a token's login and session, the fleet's threads.
    assert_code(&ovms(&env, &sim, &["logout"]), 0);
    env.set("FIELDCTL_OVMS_TOKEN", SESSION_TOKEN);
    for args in [&["login", "-vv"][..], &["vehicles", "--status", "-vv"]] {
        let out = ovms(&env, &sim, args);
        assert!(out.code == 0 || out.code == 3, "{out:?}");
        all.push_str(&out.stderr);
    }
    assert_eq!(
        param(logins(&sim).last().unwrap(), "password"),
        Some(SESSION_TOKEN)
    );
    let cookies: Vec<String> = sim.requests().iter().filter_map(ovms_cookie).collect();
    assert!(!cookies.is_empty());
    assert!(all.contains("> GET"), "-vv traced the requests: {all}");
    for secret in [
        PW,
        PW_ENCODED,
        SESSION_TOKEN,
        &cookies[0],
        cookies.last().unwrap(),
    ] {
        assert!(!all.contains(secret), "{secret} in the trace:\n{all}");
    }
    assert!(all.contains("(redacted)"));
}

#[test]
fn password_and_token_from_stdin_and_the_token_variable() {
    let (mut env, sim) = setup(&[]);
    // --password-stdin (no variable set: it would come first, with a warning).
    let e2 = Env::new();
    let out = ovms_stdin(
        &e2,
        &sim,
        &["login", "--password-stdin"],
        &format!("{PW}\n"),
    );
    assert_code(&out, 0);
    assert_eq!(param(&logins(&sim)[0], "password"), Some(PW));
    drop(e2);

    // --token-stdin: the token in place of the password.
    let e3 = Env::new();
    let out = ovms_stdin(
        &e3,
        &sim,
        &["login", "--token-stdin"],
        &format!("{SESSION_TOKEN}\n"),
    );
    assert_code(&out, 0);
    assert_eq!(param(&logins(&sim)[1], "password"), Some(SESSION_TOKEN));
    drop(e3);

    // FIELDCTL_OVMS_TOKEN is used in place of the password (which is also set).
    env.set("FIELDCTL_OVMS_TOKEN", SESSION_TOKEN);
    let out = ovms(&env, &sim, &["login"]);
    assert_code(&out, 0);
    assert_eq!(param(&logins(&sim)[2], "password"), Some(SESSION_TOKEN));
}

#[test]
fn a_token_without_the_session_right_cannot_log_in_but_its_calls_carry_it() {
    let (mut env, sim) = setup(&[]);
    env.set("FIELDCTL_OVMS_TOKEN", AUTH_TOKEN);
    let out = ovms(&env, &sim, &["login"]);
    assert_fails(
        &out,
        4,
        "lacks the `session` right that GET /api/cookie needs",
    );
    assert!(out.stderr.contains("no session can be kept"), "{out:?}");
    assert!(state_files(&env).is_empty());
    // Data calls still work: the 403 to the login, then the call with the token in its query.
    let n = sim.requests().len();
    let out = ovms(&env, &sim, &["raw", "GET", "vehicles"]);
    assert_code(&out, 0);
    let reqs = &sim.requests()[n..];
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0]["status"], 403);
    assert_eq!(reqs[1]["path"], "/api/vehicles");
    assert_eq!(param(&reqs[1], "password"), Some(AUTH_TOKEN));
    // Tokens need token.admin: without a password at hand (nor a terminal), exit 4 naming it and what to do.
    let mut only_token = Env::new();
    only_token.set("FIELDCTL_OVMS_TOKEN", AUTH_TOKEN);
    let n = sim.requests().len();
    let out = ovms(&only_token, &sim, &["token", "list"]);
    assert_fails(
        &out,
        4,
        "lacks the `token.admin` (or `admin`) right that GET /api/token needs",
    );
    assert!(
        out.stderr.contains("set FIELDCTL_OVMS_PASSWORD too"),
        "{out:?}"
    );
    assert_eq!(sent(&sim)[n..], ["GET /api/cookie", "GET /api/token"]);
    assert_eq!(sim.requests()[n + 1]["status"], 403);
}

#[test]
fn a_call_the_token_lacks_the_right_for_is_repeated_once_with_the_password() {
    // The token comes first, the password is set too: GET /api/token is refused for the token's rights, then
    // repeated over a password session (the token no longer in its query).
    let (mut env, sim) = setup(&[]);
    env.set("FIELDCTL_OVMS_TOKEN", SESSION_TOKEN);
    let out = ovms(&env, &sim, &["token", "list", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out).as_array().unwrap().len(), 2, "{out:?}");
    assert!(
        out.stderr.contains(
            "GET /api/token needs a right the API token lacks: logging in with the password from environment variable FIELDCTL_OVMS_PASSWORD"
        ),
        "{out:?}"
    );
    assert_eq!(
        sent(&sim),
        [
            "GET /api/cookie",
            "GET /api/token",
            "GET /api/cookie",
            "GET /api/token"
        ]
    );
    let reqs = sim.requests();
    assert_eq!(param(&reqs[0], "password"), Some(SESSION_TOKEN));
    assert_eq!(reqs[1]["status"], 403);
    assert_eq!(param(&reqs[2], "password"), Some(PW));
    assert_eq!(reqs[3]["status"], 200);
    assert_eq!(param(&reqs[3], "password"), None);
    assert_ne!(ovms_cookie(&reqs[3]), ovms_cookie(&reqs[1]));
    // Two kept sessions now, one per kind: the next password-only run reuses the password's, no login.
    assert_eq!(state_files(&env).len(), 2);
    let mut pw_only = Env::new();
    pw_only.set("FIELDCTL_OVMS_PASSWORD", PW);
    std::fs::remove_dir_all(pw_only.path("state")).unwrap();
    copy_dir(&env.path("state"), &pw_only.path("state"));
    let out = ovms(&pw_only, &sim, &["token", "list"]);
    assert_code(&out, 0);
    assert_eq!(sent(&sim)[4..], ["GET /api/token"]);
    assert_eq!(ovms_cookie(&sim.requests()[4]), ovms_cookie(&reqs[3]));
    // `ovms logout` ends both sessions of the user, each with its own cookie.
    let out = ovms(&pw_only, &sim, &["logout"]);
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("(the password's session and the API token's session ended)"),
        "{out:?}"
    );
    assert_eq!(
        sent(&sim)[5..],
        ["DELETE /api/cookie", "DELETE /api/cookie"]
    );
    let after = sim.requests();
    assert_eq!(ovms_cookie(&after[5]), ovms_cookie(&reqs[3]));
    assert_eq!(ovms_cookie(&after[6]), ovms_cookie(&reqs[1]));
    assert!(after[5..].iter().all(|r| r["status"] == 200));
    assert!(state_files(&pw_only).is_empty());
}

#[test]
fn login_without_credentials_or_a_terminal_checks_the_kept_session_instead() {
    let (mut env, sim) = setup(&[]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    let cookie = ovms_cookie(&sim.requests()[0]);
    assert!(cookie.is_none());
    env.set("FIELDCTL_OVMS_PASSWORD", ""); // empty: unset
    // stdin is not a terminal: no new session can be had; one cheap call shows the kept one works.
    let out = ovms(&env, &sim, &["login"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains(&format!(
            "already logged in as demo on {} (session kept since 20",
            server(&sim)
        )) && out
            .stderr
            .contains(" ago); no password or token is at hand"),
        "{out:?}"
    );
    assert!(!out.stderr.contains("expired"), "{out:?}");
    assert_eq!(sent(&sim), ["GET /api/cookie", "GET /api/vehicles"]);
    let reqs = sim.requests();
    assert_eq!(reqs[1]["status"], 200);
    assert!(ovms_cookie(&reqs[1]).is_some());
    assert_eq!(param(&reqs[1], "password"), None);
    assert_eq!(state_files(&env).len(), 1);

    // Nothing kept and no credentials: login needs a password or token, named with every source.
    let none = Env::new();
    let out = ovms(&none, &sim, &["login"]);
    assert_fails(
        &out,
        4,
        &format!(
            "logging in to {} as demo needs an OVMS password or API token, and there is no terminal to ask for the password",
            server(&sim)
        ),
    );
    assert!(!out.stderr.contains("expired"), "{out:?}");
    for source in [
        "FIELDCTL_OVMS_TOKEN",
        "FIELDCTL_OVMS_PASSWORD",
        "--token-stdin/--password-stdin",
        "ovms.token_command",
        "ovms.password_command",
        "ovms.token or ovms.password",
    ] {
        assert!(out.stderr.contains(source), "{source}: {out:?}");
    }
    assert_eq!(sim.requests().len(), 2, "nothing sent: {:?}", sent(&sim));
}

#[test]
fn login_without_credentials_reports_a_kept_session_the_server_ended_as_expired() {
    let (mut env, sim) = setup(&["--session-ttl", "1"]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    let kept: Value = serde_json::from_str(&read(&state_files(&env)[0])).unwrap();
    wait_expired(&sim, kept["session"].as_str().unwrap());
    let n = sim.requests().len();
    env.set("FIELDCTL_OVMS_PASSWORD", ""); // empty: unset
    let out = ovms(&env, &sim, &["login"]);
    assert_fails(&out, 4, "the session kept for demo on");
    assert!(out.stderr.contains("has expired"), "{out:?}");
    // The check, refused; no login without credentials; the dead session forgotten.
    assert_eq!(sent(&sim)[n..], ["GET /api/vehicles"]);
    assert_eq!(sim.requests()[n]["status"], 401);
    assert!(state_files(&env).is_empty());
}

#[test]
fn token_delete_removes_the_token_from_every_profile_and_a_refused_profile_token_may_be_deleted() {
    let (mut env, sim) = setup(&[]);
    let config = format!(
        "[profiles.cron.ovms]\ntoken = \"{SESSION_TOKEN}\"\n[profiles.lab.ovms]\ntoken = \"{SESSION_TOKEN}\"\nvehicle = \"CAR1\"\n[profiles.keep.ovms]\ntoken = \"{AUTH_TOKEN}\"\n"
    );
    env.write_config(&config);
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(env.config_file(), std::fs::Permissions::from_mode(0o600)).unwrap();
    // No -p: every profile that holds it loses it, and says so.
    let out = ovms(&env, &sim, &["token", "delete", &SESSION_TOKEN[..8]]);
    assert_code(&out, 0);
    for p in ["cron", "lab"] {
        assert!(
            out.stderr
                .contains(&format!("{p}: ovms.token was that token: removed from")),
            "{out:?}"
        );
    }
    assert!(!out.stderr.contains("keep:"), "{out:?}");
    assert_eq!(
        sent(&sim),
        [
            "GET /api/cookie",
            "GET /api/token",
            &format!("DELETE /api/token/{SESSION_TOKEN}")
        ]
    );
    let text = read(&env.config_file());
    assert!(!text.contains(SESSION_TOKEN), "{text}");
    assert!(
        text.contains(AUTH_TOKEN) && text.contains("vehicle = \"CAR1\""),
        "{text}"
    );
    assert_eq!(mode(&env.config_file()), 0o600);

    // A profile still holding a deleted token (another machine's config): the refusal says what may be why.
    env.write_config(&config);
    std::fs::set_permissions(env.config_file(), std::fs::Permissions::from_mode(0o600)).unwrap();
    env.set("FIELDCTL_OVMS_PASSWORD", ""); // empty: unset
    let n = sim.requests().len();
    let out = ovms(&env, &sim, &["-p", "cron", "vehicles"]);
    assert_fails(
        &out,
        4,
        "refused user demo with the API token from profile 'cron'",
    );
    assert!(
        out.stderr
            .contains("the token may have been deleted: `fieldctl ovms token list`")
            && out
                .stderr
                .contains("`fieldctl profile unset cron ovms.token` removes it from the profile"),
        "{out:?}"
    );
    assert_eq!(sent(&sim)[n..], ["GET /api/cookie"]);
    let login = &sim.requests()[n];
    assert_eq!(param(login, "password"), Some(SESSION_TOKEN));
    assert_eq!(login["status"], 401);
}

#[test]
fn a_server_path_from_the_variable_or_the_profile_is_a_configuration_error_naming_it() {
    let (mut env, sim) = setup(&[]);
    let with_path = format!("{}/api", server(&sim));
    // The variable: exit 10 naming it (as a bad scheme there is), nothing sent.
    env.set("FIELDCTL_OVMS_SERVER", &with_path);
    let out = env.run(&["ovms", "vehicles", "--username", "demo"]);
    assert_fails(
        &out,
        10,
        "environment variable FIELDCTL_OVMS_SERVER: ovms.server: address",
    );
    assert!(
        out.stderr
            .contains("an OVMS server address has no path (/api)")
            && !out.stderr.contains("--server"),
        "{out:?}"
    );
    env.set("FIELDCTL_OVMS_SERVER", ""); // empty: unset
    // The profile: exit 10 naming the file and line.
    env.write_config(&format!(
        "[profiles.p.ovms]\nusername = \"demo\"\nserver = \"{with_path}\"\n"
    ));
    let out = env.run(&["-p", "p", "ovms", "vehicles"]);
    assert_fails(&out, 10, "config.toml:3: ovms.server: address");
    assert!(
        out.stderr
            .contains("an OVMS server address has no path (/api)"),
        "{out:?}"
    );
    // `profile set` refuses to store it.
    let out = env.run(&["profile", "set", "q", "ovms.server", "http://h/api"]);
    assert_fails(&out, 10, "an OVMS server address has no path (/api)");
    assert!(!read(&env.config_file()).contains("[profiles.q"));
    let out = env.run(&["profile", "set", "q", "ovms.server", "http://h:1"]);
    assert_code(&out, 0);
    assert!(sim.requests().is_empty(), "{:?}", sent(&sim));
}

#[test]
fn a_kept_token_session_without_a_password_at_hand_says_how_to_use_the_password() {
    let (mut env, sim) = setup(&[]);
    env.set("FIELDCTL_OVMS_PASSWORD", ""); // empty: unset
    env.set("FIELDCTL_OVMS_TOKEN", SESSION_TOKEN);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    // The next run reuses the token's session (no credentials resolved) and has no password to repeat with.
    let out = ovms(&env, &sim, &["token", "list"]);
    assert_fails(
        &out,
        4,
        "the API token lacks the `token.admin` (or `admin`) right that GET /api/token needs",
    );
    assert!(
        out.stderr.contains("set FIELDCTL_OVMS_PASSWORD too") && !out.stderr.contains("logout"),
        "{out:?}"
    );
    assert_eq!(sent(&sim), ["GET /api/cookie", "GET /api/token"]);
    let list = &sim.requests()[1];
    assert_eq!(list["status"], 403);
    assert!(ovms_cookie(list).is_some());
    assert_eq!(param(list, "password"), None);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn a_hung_server_ends_the_login_with_exit_7() {
    let peer = silent_peer();
    let mut env = Env::new();
    env.set("FIELDCTL_OVMS_PASSWORD", PW);
    let out = env.run(&[
        "ovms",
        "login",
        "--server",
        &format!("http://{peer}"),
        "--username",
        "demo",
        "--timeout",
        "1",
    ]);
    assert_code(&out, 7);
    assert!(out.stderr.contains("/api/cookie"), "{out:?}");
    assert!(!out.stderr.contains(PW_ENCODED), "{out:?}");
}

// ---- tokens ----

#[test]
fn token_create_sends_a_form_body_and_prints_the_token_once() {
    let (env, sim) = setup(&[]);
    let out = ovms(
        &env,
        &sim,
        &[
            "token",
            "create",
            "--application",
            "my app",
            "--purpose",
            "a+b&c=d é",
            "--permit",
            "auth,session",
            "-o",
            "json",
        ],
    );
    assert_code(&out, 0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let token = v["token"].as_str().unwrap();
    assert_eq!(token.len(), 64);
    assert_eq!(v["owner"], "demo");
    assert_eq!(v["application"], "my app");
    assert_eq!(v["purpose"], "a+b&c=d é");
    assert_eq!(v["permit"], "auth,session");
    let post = sim
        .requests()
        .into_iter()
        .find(|r| r["method"] == "POST")
        .unwrap();
    assert_eq!(post["path"], "/api/token");
    assert_eq!(
        post["query"],
        serde_json::json!([]),
        "fields never in the query"
    );
    assert_eq!(
        post["headers"]["content-type"],
        "application/x-www-form-urlencoded"
    );
    let body = post["body"].as_str().unwrap();
    assert_eq!(
        body,
        "application=my+app&purpose=a%2Bb%26c%3Dd+%C3%A9&permit=auth%2Csession"
    );
    assert_eq!(post["headers"]["content-length"], body.len().to_string());
    assert!(out.stderr.contains("shown this once"), "{out:?}");

    // The list shows only its first 8 digits, in every format; the new token authenticates.
    for format in ["table", "json", "csv"] {
        let out = ovms(&env, &sim, &["token", "list", "-o", format]);
        assert_code(&out, 0);
        assert!(out.stdout.contains(&token[..8]), "{out:?}");
        assert!(!out.stdout.contains(&token[..9]), "{out:?}");
        assert!(!out.stdout.contains(AUTH_TOKEN), "{out:?}");
    }
    let out = ovms(&env, &sim, &["token", "list", "-o", "json"]);
    let list: Value = serde_json::from_str(&out.stdout).unwrap();
    let mine = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["token_prefix"] == token[..8])
        .unwrap();
    assert_eq!(mine["application"], "my app");
    assert_eq!(mine["permit"], "auth,session");

    // Defaults: no fields at all, an empty form body.
    let out = ovms(&env, &sim, &["token", "create"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("notspecified"), "{out:?}");
    assert!(out.stderr.contains("cannot log in"), "{out:?}");
}

#[test]
fn token_create_save_keeps_it_in_the_profile_0600_and_later_runs_use_it() {
    let (env, sim) = setup(&[]);
    env.write_config("[profiles.lab.ovms]\nvehicle = \"CAR1\"\n");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(env.config_file(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = ovms(
        &env,
        &sim,
        &["token", "create", "--save", "--permit", "auth", "-p", "lab"],
    );
    assert_code(&out, 0);
    assert!(out.stderr.contains("ovms.token saved"), "{out:?}");
    let token = out
        .stdout
        .split_whitespace()
        .find(|w| w.len() == 64)
        .unwrap()
        .to_owned();
    assert_eq!(mode(&env.config_file()), 0o600);
    let text = read(&env.config_file());
    assert!(text.contains(&format!("token = \"{token}\"")), "{text}");
    assert!(text.contains("username = \"demo\""), "{text}");
    assert!(text.contains(&server(&sim)), "{text}");
    assert!(text.contains("vehicle = \"CAR1\""), "{text}");

    // Forget the password's session; with no password anywhere, the profile's token authenticates.
    assert_code(&ovms(&env, &sim, &["logout"]), 0);
    let clean = Env::new();
    std::fs::create_dir_all(clean.config_file().parent().unwrap()).unwrap();
    std::fs::copy(env.config_file(), clean.config_file()).unwrap();
    let n = sim.requests().len();
    let out = clean.run(&["-p", "lab", "ovms", "lock"]);
    assert_fails(
        &out,
        3,
        "not implemented by this server: PUT /api/lock/CAR1",
    );
    let reqs = &sim.requests()[n..];
    assert_eq!(reqs.len(), 2, "{reqs:?}");
    assert_eq!(param(&reqs[0], "password"), Some(token.as_str()));
    assert_eq!(reqs[1]["path"], "/api/lock/CAR1");
    assert_eq!(param(&reqs[1], "password"), Some(token.as_str()));
}

#[test]
fn token_create_save_without_a_profile_or_for_another_user_creates_nothing() {
    let (env, sim) = setup(&[]);
    let out = ovms(&env, &sim, &["token", "create", "--save"]);
    assert_fails(&out, 2, "no profile is selected");
    env.write_config("[profiles.lab.ovms]\nusername = \"someone\"\n");
    let out = ovms(&env, &sim, &["token", "create", "--save", "-p", "lab"]);
    assert_fails(&out, 2, "profile lab is for user someone");
    assert!(
        sim.requests().iter().all(|r| r["method"] != "POST"),
        "{:?}",
        sent(&sim)
    );
}

#[test]
fn token_delete_takes_the_listed_prefix_and_checks_the_token_exists() {
    let (env, sim) = setup(&[]);
    let out = ovms(&env, &sim, &["token", "delete", &AUTH_TOKEN[..8]]);
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains(&format!("deleted token {}", &AUTH_TOKEN[..8])),
        "{out:?}"
    );
    let del = sim
        .requests()
        .into_iter()
        .find(|r| r["method"] == "DELETE")
        .unwrap();
    assert_eq!(del["path"], format!("/api/token/{AUTH_TOKEN}"));
    assert_eq!(del["status"], 200);
    // Gone now: the server would answer 200 again, fieldctl says it does not exist and sends no DELETE.
    let n = sim.requests().len();
    let out = ovms(&env, &sim, &["token", "delete", AUTH_TOKEN]);
    assert_fails(&out, 5, &format!("no token {}", &AUTH_TOKEN[..8]));
    assert_eq!(sent(&sim)[n..], ["GET /api/token"]);
    // Not hex, too short.
    assert_fails(
        &ovms(&env, &sim, &["token", "delete", "xyz"]),
        2,
        "hex digits",
    );
}

// ---- stubs ----

#[test]
fn stub_commands_send_the_documented_call_and_report_501() {
    let (env, sim) = setup(&[]);
    let cases: &[(&[&str], &str)] = &[
        (&["lock", "CAR1"], "PUT /api/lock/CAR1"),
        (&["unlock", "CAR1"], "DELETE /api/lock/CAR1"),
        (&["valet", "on", "CAR1"], "PUT /api/valet/CAR1"),
        (&["valet", "off", "CAR1"], "DELETE /api/valet/CAR1"),
        (&["features", "CAR1"], "GET /api/features/CAR1"),
        (&["params", "CAR1"], "GET /api/parameters/CAR1"),
        (&["reset", "CAR1"], "PUT /api/reset/CAR1"),
        (&["homelink", "2", "CAR1"], "PUT /api/homelink/CAR1"),
    ];
    for (args, call) in cases {
        let out = ovms(&env, &sim, args);
        assert_fails(
            &out,
            3,
            &format!("not implemented by this server: {call} (501 Not yet implemented)"),
        );
        assert_eq!(out.stdout, "");
        assert_eq!(sent(&sim).last().unwrap(), call);
        assert_eq!(sim.requests().last().unwrap()["status"], 501);
    }
    // The home link button travels in a form body (no server reads it yet).
    let last = sim.requests().pop().unwrap();
    assert_eq!(last["headers"]["content-length"], "8");
    assert_eq!(
        last["headers"]["content-type"],
        "application/x-www-form-urlencoded"
    );
    assert_fails(&ovms(&env, &sim, &["homelink", "4", "CAR1"]), 2, "4");
}

// ---- error rows ----

#[test]
fn every_error_row_has_its_exit_code_and_message() {
    let (env, sim) = setup(&[]);
    // 403 Forbidden on a vehicle: 5.
    let out = ovms(&env, &sim, &["connect", "THEIRS"]);
    assert_fails(&out, 5, "no vehicle THEIRS on this account");
    // 404 Unrecognised API call: 3.
    let out = ovms(&env, &sim, &["raw", "GET", "nosuch/CAR1"]);
    assert_fails(&out, 3, "this server does not support GET /api/nosuch/CAR1");
    // 404 not found (GET /api/lock on the real server): 3 "server error".
    let out = ovms(&env, &sim, &["raw", "GET", "lock/CAR1"]);
    assert_fails(&out, 3, "server error");
    // 502 paranoid: 3, explained.
    let out = ovms(&env, &sim, &["raw", "GET", "status/PARA"]);
    assert_fails(&out, 3, "vehicle PARA is in paranoid mode");
    assert!(out.stderr.contains("end-to-end encrypted"), "{out:?}");
}

#[test]
fn the_rate_limit_is_exit_8() {
    let (env, sim) = setup(&["--rate-limit", "2,0", "--rate-hold", "0"]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    assert_code(&ovms(&env, &sim, &["raw", "GET", "vehicles"]), 0);
    let out = ovms(&env, &sim, &["raw", "GET", "vehicles"]);
    assert_fails(&out, 8, "rate limit");
    assert_eq!(sim.requests().last().unwrap()["status"], 429);
    // Only `vehicles --status` has --parallel: a single call's hint does not name it.
    assert!(!out.stderr.contains("--parallel"), "{out:?}");
    assert!(
        out.stderr.contains(
            "wait a minute and run it again; a script that repeats calls should space them out"
        ),
        "{out:?}"
    );
    // A login refused by the limit: the kept session is the advice.
    let other = {
        let mut e = Env::new();
        e.set("FIELDCTL_OVMS_PASSWORD", PW);
        e
    };
    let out = ovms(&other, &sim, &["raw", "GET", "vehicles"]);
    assert_fails(&out, 8, "GET /api/cookie answered 429");
    assert!(
        out.stderr
            .contains("a kept session (`fieldctl ovms login`) spares each run its login")
            && !out.stderr.contains("--parallel"),
        "{out:?}"
    );
    assert_eq!(sent(&sim).last().unwrap(), "GET /api/cookie");
}

#[test]
fn a_v2_server_knows_no_tokens_and_answers_refusals_with_404() {
    let (mut env, sim) = setup(&["--v2", "--session-ttl", "1"]);
    let out = ovms(&env, &sim, &["token", "list"]);
    assert_fails(&out, 3, "this server does not support GET /api/token");
    assert!(out.stderr.contains("v2"), "{out:?}");
    // An expired session (404 Authentication failed): logged in again once, the call repeated.
    let n = sim.requests().len();
    let cookie = ovms_cookie(&sim.requests()[1]).unwrap();
    wait_for("the session to expire", || {
        let (status, _) = http(
            &sim.addr,
            &format!(
                "GET /api/vehicles HTTP/1.1\r\nHost: x\r\nCookie: ovmsapisession={cookie}\r\n\r\n"
            ),
        );
        status == 404
    });
    let polled = sim.requests().len() - n;
    let out = ovms(&env, &sim, &["raw", "GET", "vehicles"]);
    assert_code(&out, 0);
    assert_eq!(
        sent(&sim)[n + polled..],
        ["GET /api/vehicles", "GET /api/cookie", "GET /api/vehicles"]
    );
    // A wrong password: 404 from the login is a refusal, exit 4, no retry.
    assert_code(&ovms(&env, &sim, &["logout"]), 0);
    env.set("FIELDCTL_OVMS_PASSWORD", "wrong");
    let n = sim.requests().len();
    let out = ovms(&env, &sim, &["raw", "GET", "vehicles"]);
    assert_fails(&out, 4, "authentication failed");
    assert_eq!(sent(&sim)[n..], ["GET /api/cookie"]);
    // The other errors keep their bodies: read as the v3 statuses they stand for.
    env.set("FIELDCTL_OVMS_PASSWORD", PW);
    let out = ovms(&env, &sim, &["connect", "THEIRS"]);
    assert_fails(&out, 5, "no vehicle THEIRS on this account");
    let out = ovms(&env, &sim, &["lock", "CAR1"]);
    assert_fails(
        &out,
        3,
        "not implemented by this server: PUT /api/lock/CAR1 (404 Not yet implemented)",
    );
    let out = ovms(&env, &sim, &["raw", "GET", "status/PARA"]);
    assert_fails(&out, 3, "vehicle PARA is in paranoid mode");
    assert!(
        sim.requests()
            .iter()
            .rev()
            .take(3)
            .all(|r| r["status"] == 404)
    );
}

// ---- vehicles and options ----

#[test]
fn the_vehicle_comes_from_the_argument_then_the_flag_then_the_variable_then_the_profile() {
    let (mut env, sim) = setup(&[]);
    env.write_config("[profiles.lab.ovms]\nvehicle = \"PROFILECAR\"\n");
    let p = ["-p", "lab"];
    let run = |env: &Env, args: &[&str]| {
        let mut all: Vec<&str> = p.to_vec();
        all.extend_from_slice(args);
        let out = ovms(env, &sim, &all);
        assert_code(&out, 3);
        sent(&sim).last().unwrap().clone()
    };
    assert_eq!(run(&env, &["lock"]), "PUT /api/lock/PROFILECAR");
    env.set("FIELDCTL_OVMS_VEHICLE", "ENVCAR");
    assert_eq!(run(&env, &["lock"]), "PUT /api/lock/ENVCAR");
    assert_eq!(
        run(&env, &["lock", "--vehicle", "FLAGCAR"]),
        "PUT /api/lock/FLAGCAR"
    );
    assert_eq!(run(&env, &["lock", "ARGCAR"]), "PUT /api/lock/ARGCAR");
    // Ids are encoded as one path segment.
    assert_eq!(run(&env, &["lock", "A B/C"]), "PUT /api/lock/A%20B%2FC");
}

#[test]
fn no_vehicle_anywhere_is_exit_2_listing_the_accounts_vehicles() {
    let (env, sim) = setup(&[]);
    let out = ovms(&env, &sim, &["unlock"]);
    assert_fails(
        &out,
        2,
        "no vehicle given; the account's vehicles: CAR1, CAR2, PARA",
    );
    assert!(out.stderr.contains("--vehicle"), "{out:?}");
    assert!(!out.stderr.contains("THEIRS"));
}

#[test]
fn connection_options_are_accepted_anywhere_after_ovms() {
    let (env, sim) = setup(&[]);
    let s = server(&sim);
    for args in [
        vec!["ovms", "--server", &s, "--username", "demo", "lock", "CAR1"],
        vec!["ovms", "lock", "--server", &s, "CAR1", "--username", "demo"],
        vec![
            "ovms",
            "valet",
            "--username",
            "demo",
            "on",
            "CAR1",
            "--server",
            &s,
        ],
    ] {
        let out = env.run(&args);
        assert_fails(&out, 3, "not implemented by this server");
    }
    assert_eq!(logins(&sim).len(), 1);
}

// ---- raw ----

#[test]
fn raw_puts_parameters_in_the_query_for_get_and_delete_and_in_a_form_body_for_post_and_put() {
    let (env, sim) = setup(&[]);
    let out = ovms(
        &env,
        &sim,
        &["raw", "GET", "/api/vehicles", "a=1 2", "b=x&y"],
    );
    assert_code(&out, 0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v[0]["id"], "CAR1");
    let r = sim.requests().pop().unwrap();
    assert_eq!(r["path"], "/api/vehicles");
    assert_eq!(params(&r, ["a", "b"]), ["1 2", "x&y"]);
    assert_eq!(r["body_size"], 0);

    let out = ovms(&env, &sim, &["raw", "delete", "vehicle/CAR1", "x=1"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout, "Disconnect OK\n", "printed as received");
    let r = sim.requests().pop().unwrap();
    assert_eq!(
        (r["method"].as_str(), r["path"].as_str()),
        (Some("DELETE"), Some("/api/vehicle/CAR1"))
    );
    assert_eq!(param(&r, "x"), Some("1"));

    let out = ovms(
        &env,
        &sim,
        &["raw", "POST", "token", "purpose=raw call", "permit=auth"],
    );
    assert_code(&out, 0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["purpose"], "raw call");
    let r = sim.requests().pop().unwrap();
    assert_eq!(r["query"], serde_json::json!([]));
    assert_eq!(r["body"], "purpose=raw+call&permit=auth");

    let out = ovms(&env, &sim, &["raw", "PUT", "charge/CAR1", "mode=range"]);
    assert_fails(
        &out,
        3,
        "not implemented by this server: PUT /api/charge/CAR1",
    );
    let r = sim.requests().pop().unwrap();
    assert_eq!(r["query"], serde_json::json!([]));
    assert_eq!(r["headers"]["content-length"], "10");

    assert_fails(
        &ovms(&env, &sim, &["raw", "PATCH", "vehicles"]),
        2,
        "use GET, POST, PUT or DELETE",
    );
    assert_fails(
        &ovms(&env, &sim, &["raw", "GET", "vehicles", "novalue"]),
        2,
        "is not KEY=VALUE",
    );
}

// ---- review round 2 ----

/// The demo fleet's account (`sim ovms --fleet N`).
fn fleet_env(sim: &Sim) -> (Env, Vec<String>) {
    let mut env = Env::new();
    env.set("FIELDCTL_OVMS_PASSWORD", "demo");
    let conn = vec![
        "--server".to_owned(),
        server(sim),
        "--username".to_owned(),
        "demo".to_owned(),
    ];
    (env, conn)
}

fn run_with(env: &Env, args: &[&str], conn: &[String]) -> Output {
    let mut all: Vec<&str> = vec!["ovms"];
    all.extend_from_slice(args);
    all.extend(conn.iter().map(String::as_str));
    env.run(&all)
}

#[test]
fn a_failed_login_again_is_not_repeated_by_the_other_threads() {
    // Sessions die 1.6 s after login: the vehicle list (sent 1 s after the login, when its answer comes) is
    // served, the first statuses (sent 1 s later still) get 401 — a loaded machine only makes them later,
    // and the list has 0.6 s to spare. The rate limit allows 6 requests in all (login, list, 4 statuses
    // that get 401): the login again gets a 429, and no thread may try another one (nor take the dead
    // cookie back from the state file).
    let env0 = Env::new();
    let sim = Sim::start(
        &env0,
        "ovms",
        &[
            "--fleet",
            "30",
            "--session-ttl",
            "1.6",
            "--latency",
            "1000",
            "--rate-limit",
            "6,0",
            "--rate-hold",
            "0.1",
        ],
    );
    let (env, conn) = fleet_env(&sim);
    let out = run_with(&env, &["vehicles", "--status", "--parallel", "4"], &conn);
    assert_ne!(out.code, 0, "{out:?}");
    let logins = logins(&sim);
    let failed: Vec<&Value> = logins.iter().filter(|r| r["status"] != 200).collect();
    assert_eq!(failed.len(), 1, "{:?}", sent(&sim));
    assert_eq!(failed[0]["status"], 429);
    // After the failed login nothing carried the dead cookie again.
    let reqs = sim.requests();
    let at = reqs
        .iter()
        .position(|r| r["path"] == "/api/cookie" && r["status"] == 429)
        .unwrap();
    let dead: Vec<String> = reqs[..at]
        .iter()
        .filter(|r| r["status"] == 401)
        .filter_map(ovms_cookie)
        .collect();
    assert!(!dead.is_empty(), "{:?}", sent(&sim));
    assert!(
        reqs[at + 1..]
            .iter()
            .all(|r| ovms_cookie(r).is_none_or(|c| !dead.contains(&c))),
        "{:?}",
        sent(&sim)
    );
    assert!(out.stderr.contains("rate limit"), "{out:?}");
    // The refused cookie is not kept for the next run.
    let kept = state_files(&env);
    assert!(
        kept.iter()
            .all(|f| !dead.iter().any(|c| read(f).contains(c.as_str()))),
        "{kept:?}"
    );
}

/// `fieldctl ovms ARGS…` in the background (connection options last).
fn spawn_ovms(env: &Env, sim: &Sim, args: &[&str]) -> std::process::Child {
    env.spawn(
        &ovms_args(sim, args)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    )
}

#[test]
fn ctrl_c_during_token_create_prints_the_token_the_server_made() {
    let (env, sim) = setup(&["--latency", "2000"]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    let child = spawn_ovms(&env, &sim, &["token", "create", "--purpose", "late"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    signal(&child, "INT");
    let out = finish(child);
    // The run was interrupted (130), after the answer was in and the token printed.
    assert_code(&out, 130);
    let printed = out
        .stdout
        .split_whitespace()
        .find(|w| w.len() == 64)
        .unwrap_or_else(|| panic!("no token printed: {out:?}"))
        .to_owned();
    let post = sim
        .requests()
        .into_iter()
        .find(|r| r["method"] == "POST")
        .unwrap();
    assert_eq!(post["path"], "/api/token");
    assert_eq!(post["status"], 201);
    assert_eq!(post["body"], "purpose=late");
    // The token printed is the one on the account.
    let out = ovms(&env, &sim, &["token", "list", "-o", "json"]);
    let list: Value = serde_json::from_str(&out.stdout).unwrap();
    let mine: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["purpose"] == "late")
        .collect();
    assert_eq!(mine.len(), 1, "{list}");
    assert_eq!(mine[0]["token_prefix"], printed[..8]);
}

#[test]
fn ctrl_c_during_the_login_keeps_the_cookie_the_server_made() {
    let (env, sim) = setup(&["--latency", "2000"]);
    let child = spawn_ovms(&env, &sim, &["lock", "CAR1"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    signal(&child, "INT");
    let out = finish(child);
    assert_code(&out, 130);
    // The login was answered and its cookie kept; the call itself was not sent.
    assert_eq!(sent(&sim), ["GET /api/cookie"]);
    assert_eq!(sim.requests()[0]["status"], 200);
    let files = state_files(&env);
    assert_eq!(files.len(), 1, "{out:?}");
    let kept: Value = serde_json::from_str(&read(&files[0])).unwrap();
    let cookie = kept["session"].as_str().unwrap().to_owned();
    assert_eq!(kept["payload"]["made_with"], "password");
    // The next run uses it: no second login.
    let out = ovms(&env, &sim, &["lock", "CAR1"]);
    assert_fails(&out, 3, "not implemented");
    assert_eq!(sent(&sim), ["GET /api/cookie", "PUT /api/lock/CAR1"]);
    assert_eq!(ovms_cookie(&sim.requests()[1]), Some(cookie));
}

#[test]
fn a_sources_precedence_comes_before_its_kind_and_a_kept_cookie_only_serves_its_kind() {
    let (mut env, sim) = setup(&[]);
    env.write_config(&format!(
        "[profiles.lab.ovms]\ntoken = \"{SESSION_TOKEN}\"\n"
    ));
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(env.config_file(), std::fs::Permissions::from_mode(0o600)).unwrap();
    // FIELDCTL_OVMS_PASSWORD (a variable) beats the profile's ovms.token.
    assert_code(&ovms(&env, &sim, &["-p", "lab", "login"]), 0);
    assert_eq!(param(&logins(&sim)[0], "password"), Some(PW));
    // One kept session per kind of credentials, each in its own file.
    let kept = |env: &Env, kind: &str| -> Value {
        let all: Vec<Value> = state_files(env)
            .iter()
            .map(|f| serde_json::from_str(&read(f)).unwrap())
            .filter(|v: &Value| v["payload"]["made_with"] == kind)
            .collect();
        assert_eq!(all.len(), 1, "{all:?}");
        all[0].clone()
    };
    assert_eq!(kept(&env, "password")["payload"]["made_with"], "password");
    // The variable beats --token-stdin too (with a warning).
    let out = ovms_stdin(
        &env,
        &sim,
        &["-p", "lab", "login", "--token-stdin"],
        &format!("{SESSION_TOKEN}\n"),
    );
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("--token-stdin is ignored: FIELDCTL_OVMS_PASSWORD is set"),
        "{out:?}"
    );
    assert_eq!(param(&logins(&sim)[1], "password"), Some(PW));
    // A password run reuses the password's cookie.
    assert_fails(&ovms(&env, &sim, &["lock", "CAR1"]), 3, "not implemented");
    assert_eq!(logins(&sim).len(), 2, "{:?}", sent(&sim));
    // A token run does not reuse the password's cookie: it logs in with the token.
    env.set("FIELDCTL_OVMS_TOKEN", SESSION_TOKEN);
    assert_fails(&ovms(&env, &sim, &["lock", "CAR1"]), 3, "not implemented");
    let l = logins(&sim);
    assert_eq!(l.len(), 3, "{:?}", sent(&sim));
    assert_eq!(param(&l[2], "password"), Some(SESSION_TOKEN));
    let token_cookie = kept(&env, "token")["session"].as_str().unwrap().to_owned();
    assert_eq!(state_files(&env).len(), 2);
    assert_eq!(
        ovms_cookie(sim.requests().last().unwrap()).as_deref(),
        Some(token_cookie.as_str())
    );
    // And the password again: its own session, kept apart from the token's, no login.
    let pw_cookie = kept(&env, "password")["session"]
        .as_str()
        .unwrap()
        .to_owned();
    env.set("FIELDCTL_OVMS_TOKEN", ""); // empty: unset
    assert_fails(&ovms(&env, &sim, &["lock", "CAR1"]), 3, "not implemented");
    assert_eq!(logins(&sim).len(), 3, "{:?}", sent(&sim));
    assert_eq!(
        ovms_cookie(sim.requests().last().unwrap()),
        Some(pw_cookie.clone())
    );
    // Without the variable, the profile's token is used (ovms.token comes before a prompt).
    env.set("FIELDCTL_OVMS_PASSWORD", ""); // empty: unset
    assert_code(&ovms(&env, &sim, &["-p", "lab", "login"]), 0);
    assert_eq!(param(&logins(&sim)[3], "password"), Some(SESSION_TOKEN));
    // No credentials at all and no terminal (interactive use in a script): the password's session, never the
    // token's, which has only the token's rights.
    assert_code(&ovms(&env, &sim, &["token", "list"]), 0);
    assert_eq!(logins(&sim).len(), 4, "{:?}", sent(&sim));
    assert_eq!(ovms_cookie(sim.requests().last().unwrap()), Some(pw_cookie));
}

/// Wait until the sim has forgotten `cookie` (sessions end a fixed time after login).
fn wait_expired(sim: &Sim, cookie: &str) {
    wait_for("the session to expire", || {
        let (status, _) = http(
            &sim.addr,
            &format!(
                "GET /api/vehicles HTTP/1.1\r\nHost: x\r\nCookie: ovmsapisession={cookie}\r\n\r\n"
            ),
        );
        status == 401
    });
}

#[test]
fn an_expired_session_in_cron_says_it_expired_and_what_cron_needs() {
    let (mut env, sim) = setup(&["--session-ttl", "1"]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    let kept: Value = serde_json::from_str(&read(&state_files(&env)[0])).unwrap();
    wait_expired(&sim, kept["session"].as_str().unwrap());
    let n = sim.requests().len();
    env.set("FIELDCTL_OVMS_PASSWORD", ""); // empty: unset
    let out = ovms(&env, &sim, &["lock", "CAR1"]);
    assert_fails(&out, 4, "the session kept for demo on http://127.0.0.1:");
    assert!(
        out.stderr
            .contains("has expired (the server ends a session a fixed time after its login)"),
        "{out:?}"
    );
    // One hint, every non-interactive source once, in the order they are tried.
    assert!(
        out.stderr.contains(
            "hint: a run without a terminal (cron) needs a password or API token (used in place of the password) from one of, in this order: FIELDCTL_OVMS_TOKEN, FIELDCTL_OVMS_PASSWORD, --token-stdin/--password-stdin, ovms.token_command, ovms.password_command, ovms.token or ovms.password in the profile\n"
        ),
        "{out:?}"
    );
    assert_eq!(
        out.stderr.matches("FIELDCTL_OVMS_TOKEN").count(),
        1,
        "{out:?}"
    );
    // The kept cookie was tried once; no login without credentials; the dead cookie is forgotten.
    assert_eq!(sent(&sim)[n..], ["PUT /api/lock/CAR1"]);
    assert_eq!(sim.requests()[n]["status"], 401);
    assert!(state_files(&env).is_empty());
}

#[test]
fn the_password_prompt_names_the_user_and_the_server() {
    crate::require_python!();
    let (_env, sim) = setup(&[]);
    let env = Env::new();
    let script = r#"
import os, pty, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], ["fieldctl", "ovms", "login", "--server", sys.argv[2], "--username", "demo"])
out = b""
deadline = time.time() + 10
while b": " not in out and time.time() < deadline:
    out += os.read(fd, 200)
os.write(fd, sys.argv[3].encode() + b"\n")
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
print(out.decode().strip())
"#;
    let out = env.python(script, &[BIN, &server(&sim), PW]);
    let mut l = out.stdout.lines();
    assert_eq!(l.next(), Some("0"), "{out:?}");
    assert_eq!(
        l.next(),
        Some(format!("OVMS password for demo on {}:", server(&sim)).as_str()),
        "{out:?}"
    );
    assert_eq!(param(&logins(&sim)[0], "password"), Some(PW));
}

#[test]
fn messages_name_what_to_do() {
    let (env, sim) = setup(&[]);
    // A server URL with a path: exit 2 before any request.
    let out = env.run(&[
        "ovms",
        "vehicles",
        "--server",
        &format!("{}/api", server(&sim)),
        "--username",
        "demo",
    ]);
    assert_fails(&out, 2, "an OVMS server address has no path (/api)");
    assert!(
        out.stderr.contains("give only scheme://host[:port]"),
        "{out:?}"
    );
    assert!(sim.requests().is_empty());
    // Two different vehicles: exit 2 naming both, nothing sent.
    let out = ovms(&env, &sim, &["lock", "CAR1", "--vehicle", "CAR2"]);
    assert_fails(
        &out,
        2,
        "two vehicles given: CAR1 (the argument) and --vehicle CAR2",
    );
    assert!(sim.requests().is_empty());
    // The same one twice is fine.
    assert_fails(
        &ovms(&env, &sim, &["lock", "CAR1", "--vehicle", "CAR1"]),
        3,
        "PUT /api/lock/CAR1",
    );
    // No vehicle: the hint repeats every word of the command.
    let out = ovms(&env, &sim, &["charge", "stop"]);
    assert_fails(&out, 2, "no vehicle given");
    assert!(
        out.stderr.contains("`fieldctl ovms charge stop VEHICLE`"),
        "{out:?}"
    );
    assert_eq!(sent(&sim).last().unwrap(), "GET /api/vehicles");
    // The 501 hint is a whole sentence.
    let out = ovms(&env, &sim, &["reset", "CAR1"]);
    assert_fails(&out, 3, "not implemented by this server");
    assert!(
        out.stderr.contains("use the vehicle module's own interfaces instead (the OVMS app, SMS commands or the module's shell)"),
        "{out:?}"
    );
    // An unknown call is not blamed on an old server.
    let out = ovms(&env, &sim, &["raw", "GET", "nosuch/CAR1"]);
    assert_fails(&out, 3, "this server does not support GET /api/nosuch/CAR1");
    assert!(!out.stderr.contains("v2"), "{out:?}");

    // A server that knows no OVMS call (not even the login): check the URL, not "an older server".
    let (peer, log) = logging_peer(vec![reply("404 Not Found", b"Unrecognised API call\n")]);
    let mut e2 = Env::new();
    e2.set("FIELDCTL_OVMS_PASSWORD", PW);
    let out = e2.run(&[
        "ovms",
        "vehicles",
        "--server",
        &format!("http://{peer}"),
        "--username",
        "demo",
    ]);
    assert_fails(&out, 3, "this server does not support GET /api/cookie");
    assert!(
        out.stderr
            .contains("every OVMS server (v2 too) answers GET /api/cookie: check the server URL"),
        "{out:?}"
    );
    assert!(!out.stderr.contains("older (v2) server?"), "{out:?}");
    assert_eq!(log.lock().unwrap().len(), 1);
    assert!(log.lock().unwrap()[0].starts_with("GET /api/cookie?"));

    // A timeout: the hint explains the rate limiter's 20 s hold.
    let out = e2.run(&[
        "ovms",
        "vehicles",
        "--server",
        &format!("http://{}", silent_peer()),
        "--username",
        "demo",
        "--timeout",
        "1",
    ]);
    assert_fails(&out, 7, "/api/cookie");
    assert!(
        out.stderr
            .contains("holds a request 20 s before answering 429"),
        "{out:?}"
    );
}

#[test]
fn the_rate_limiters_hold_outlasts_a_short_timeout() {
    // The sim holds a request over the limit 3 s before its 429: --timeout 1 reports a timeout, with the hint.
    let (env, sim) = setup(&["--rate-limit", "1,0", "--rate-hold", "3"]);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    let out = ovms(&env, &sim, &["raw", "GET", "vehicles", "--timeout", "1"]);
    assert_fails(&out, 7, "no answer within 1 s");
    assert!(
        out.stderr
            .contains("a rate-limited OVMS server holds a request 20 s before answering 429"),
        "{out:?}"
    );
    // The sim logs the held request when it answers it.
    wait_for("the held request in the log", || sent(&sim).len() == 2);
    assert_eq!(sent(&sim), ["GET /api/cookie", "GET /api/vehicles"]);
    assert_eq!(sim.requests()[1]["status"], 429);
}

#[test]
fn token_delete_removes_the_profiles_token_and_forgets_the_session_it_opened() {
    let (mut env, sim) = setup(&[]);
    env.write_config(&format!(
        "[profiles.lab.ovms]\ntoken = \"{SESSION_TOKEN}\"\nvehicle = \"CAR1\"\n"
    ));
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(env.config_file(), std::fs::Permissions::from_mode(0o600)).unwrap();
    // The password (a variable) deletes the token the profile holds: gone from the profile too.
    let out = ovms(
        &env,
        &sim,
        &["-p", "lab", "token", "delete", &SESSION_TOKEN[..8]],
    );
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("lab: ovms.token was that token: removed from"),
        "{out:?}"
    );
    let del = sim
        .requests()
        .into_iter()
        .find(|r| r["method"] == "DELETE")
        .unwrap();
    assert_eq!(del["path"], format!("/api/token/{SESSION_TOKEN}"));
    let text = read(&env.config_file());
    assert!(
        !text.contains(SESSION_TOKEN) && text.contains("vehicle = \"CAR1\""),
        "{text}"
    );
    assert_eq!(mode(&env.config_file()), 0o600);

    // A token that may manage tokens deletes itself: the session it opened is forgotten.
    let out = ovms(
        &env,
        &sim,
        &[
            "token",
            "create",
            "--permit",
            "auth,session,token.admin",
            "-o",
            "json",
        ],
    );
    assert_code(&out, 0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let admin = v["token"].as_str().unwrap().to_owned();
    assert_code(&ovms(&env, &sim, &["logout"]), 0);
    env.set("FIELDCTL_OVMS_TOKEN", &admin);
    assert_code(&ovms(&env, &sim, &["login"]), 0);
    assert_eq!(
        param(logins(&sim).last().unwrap(), "password"),
        Some(admin.as_str())
    );
    assert_eq!(state_files(&env).len(), 1);
    let out = ovms(&env, &sim, &["token", "delete", &admin]);
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("the kept session opened with that token is forgotten"),
        "{out:?}"
    );
    assert!(state_files(&env).is_empty(), "{out:?}");
    assert_eq!(
        sent(&sim).last().unwrap(),
        &format!("DELETE /api/token/{admin}")
    );
}

#[test]
fn a_token_in_the_query_never_shows_in_traces() {
    let (mut env, sim) = setup(&[]);
    env.set("FIELDCTL_OVMS_TOKEN", AUTH_TOKEN);
    let mut all = String::new();
    for args in [
        &["vehicles", "-vv"][..],
        &["vehicles", "--status", "-vv"],
        &["status", "CAR1", "-vv"],
    ] {
        let out = ovms(&env, &sim, args);
        assert!(out.code == 0 || out.code == 3, "{out:?}");
        all.push_str(&out.stderr);
    }
    // Query mode: the token travelled in the data calls' queries.
    let reqs = sim.requests();
    assert!(
        reqs.iter()
            .any(|r| r["path"] == "/api/status/CAR1" && param(r, "password") == Some(AUTH_TOKEN))
    );
    assert!(all.contains("> GET"), "{all}");
    for secret in [AUTH_TOKEN, PW, PW_ENCODED] {
        assert!(!all.contains(secret), "{secret} in the trace:\n{all}");
    }
    assert!(all.contains("password=(redacted)"), "{all}");
}

#[test]
fn raw_refuses_the_cookie_calls_that_would_bypass_the_kept_session() {
    let (env, sim) = setup(&[]);
    for (method, says) in [
        ("GET", "ovms login"),
        ("DELETE", "ovms logout"),
        ("delete", "ovms logout"),
    ] {
        let out = ovms(&env, &sim, &["raw", method, "cookie"]);
        assert_fails(&out, 2, "would bypass the kept session");
        assert!(out.stderr.contains(says), "{out:?}");
    }
    let out = ovms(&env, &sim, &["raw", "GET", "/api/cookie/"]);
    assert_fails(&out, 2, "would bypass the kept session");
    assert!(sim.requests().is_empty(), "{:?}", sent(&sim));
}

#[test]
fn any_other_404_is_exit_3_with_the_call_and_the_answer() {
    // No sim status answers such a 404: a peer that logs in, then answers the call with a 404 of its own.
    let (peer, log) = logging_peer(vec![
        reply(
            "200 OK\r\nSet-Cookie: ovmsapisession=c00k1e; Path=/",
            b"Login ok\n",
        ),
        reply("404 Not Found", b"No such thing\n"),
    ]);
    let mut env = Env::new();
    env.set("FIELDCTL_OVMS_PASSWORD", PW);
    let out = env.run(&[
        "ovms",
        "raw",
        "GET",
        "status/CAR1",
        "--server",
        &format!("http://{peer}"),
        "--username",
        "demo",
    ]);
    assert_fails(&out, 3, "GET /api/status/CAR1 answered 404 No such thing");
    assert!(
        out.stderr
            .contains("check the vehicle id and the credentials"),
        "{out:?}"
    );
    let sent = log.lock().unwrap().clone();
    assert_eq!(sent.len(), 2);
    assert!(sent[0].starts_with("GET /api/cookie?"), "{sent:?}");
    assert!(sent[1].starts_with("GET /api/status/CAR1 "), "{sent:?}");
}

/// `vehicles`, `connect`, `disconnect` and `charge start|stop` against the demo fleet: what each sent and printed.
#[test]
fn vehicles_connect_disconnect_and_charge_actions_send_their_calls() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "ovms", &[]);
    env.ovms_account(&sim.addr, "demo");
    let out = env.ovms(&["vehicles", "-o", "json"]);
    assert_code(&out, 0);
    let list = json_of(&out);
    assert_eq!(list[0]["vehicle"], "DEMO1");
    assert_eq!(list[0]["car_connected"], true);
    assert_eq!(list[1]["car_connected"], false);
    assert_eq!(list.as_array().unwrap().len(), 4);

    let out = env.ovms(&["connect", "DEMO1", "-o", "json"]);
    assert_code(&out, 0);
    let row = json_of(&out);
    assert_eq!(
        (row["vehicle"].clone(), row["first_peer"].clone()),
        ("DEMO1".into(), true.into())
    );
    assert_eq!(row["apps"], 1);
    // an offline car: connected all the same, with a warning
    let out = env.ovms(&["connect", "DEMO2"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("DEMO2 is not connected to the server"),
        "{out:?}"
    );

    let out = env.ovms(&["disconnect", "DEMO1"]);
    assert_code(&out, 0);
    assert!(
        out.stdout.is_empty() && out.stderr.contains("disconnected from DEMO1"),
        "{out:?}"
    );

    for (action, method) in [("start", "PUT"), ("stop", "DELETE")] {
        let out = env.ovms(&["charge", action, "DEMO1"]);
        assert_fails(
            &out,
            3,
            &format!("not implemented by this server: {method} /api/charge/DEMO1"),
        );
    }
    let calls = sent(&sim);
    assert_eq!(
        calls,
        [
            "GET /api/cookie",
            "GET /api/vehicles",
            "GET /api/vehicle/DEMO1",
            "GET /api/vehicle/DEMO2",
            "DELETE /api/vehicle/DEMO1",
            "PUT /api/charge/DEMO1",
            "DELETE /api/charge/DEMO1",
        ]
    );
}
