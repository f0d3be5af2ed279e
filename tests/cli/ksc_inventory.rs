//! `ksc hosts`, `host show`, `groups`, `view`, `events` against `fieldctl sim ksc`: what was sent (methods,
//! parameters, the session on every call, the set released exactly once — after an error and Ctrl-C too —
//! and the session ended last) and what was printed.

use std::io::{BufRead, BufReader};

use serde_json::{Value, json};

use crate::support::*;

const PASSWORD: &str = "inventory-pw";

fn start(env: &Env, extra: &[&str]) -> Sim {
    let mut args = vec!["--plain", "--password", PASSWORD];
    args.extend_from_slice(extra);
    Sim::start(env, "ksc", &args)
}

/// A simulator and an Env whose `ksc` runs authenticate as admin on it.
fn setup(extra: &[&str]) -> (Env, Sim) {
    let mut env = Env::new();
    let sim = start(&env, extra);
    env_for(&mut env, &sim);
    (env, sim)
}

/// An Env whose `ksc` runs authenticate as admin on `sim`.
fn env_for(env: &mut Env, sim: &Sim) {
    env.set("FIELDCTL_KSC_SERVER", &format!("http://{}", sim.addr));
    env.set("FIELDCTL_KSC_USERNAME", "admin");
    env.set("FIELDCTL_KSC_PASSWORD", PASSWORD);
}

fn ksc(env: &Env, args: &[&str]) -> Output {
    let mut all = vec!["ksc"];
    all.extend_from_slice(args);
    env.run(&all)
}

fn spawn_ksc(env: &Env, args: &[&str]) -> std::process::Child {
    let mut all = vec!["ksc"];
    all.extend_from_slice(args);
    env.spawn(&all)
}

/// One API call from the log.
struct Call {
    method: String,
    body: Value,
    session: Option<String>,
    status: u16,
}

fn api(sim: &Sim) -> Vec<Call> {
    sim.requests()
        .iter()
        .filter_map(|r| {
            let method = r["path"].as_str()?.strip_prefix("/api/v1.0/")?.to_owned();
            Some(Call {
                method,
                body: serde_json::from_str(r["body"].as_str().unwrap_or("")).unwrap_or(Value::Null),
                session: r["headers"]["x-ksc-session"].as_str().map(str::to_owned),
                status: r["status"].as_u64().unwrap_or(0) as u16,
            })
        })
        .collect()
}

/// The body of the `n`th call of `method`.
fn body_of(sim: &Sim, method: &str, n: usize) -> Value {
    named(&api(sim), method)[n].body.clone()
}

fn methods(calls: &[Call]) -> Vec<&str> {
    calls.iter().map(|c| c.method.as_str()).collect()
}

fn named<'a>(calls: &'a [Call], method: &str) -> Vec<&'a Call> {
    calls.iter().filter(|c| c.method == method).collect()
}

/// One session for the whole run: started first, sent on every later call, ended last.
fn assert_one_session(calls: &[Call]) {
    assert_eq!(
        calls[0].method,
        "Session.StartSession",
        "{:?}",
        methods(calls)
    );
    assert_eq!(
        calls.last().unwrap().method,
        "Session.EndSession",
        "{:?}",
        methods(calls)
    );
    let first = calls[1].session.clone().expect("a session header");
    for c in &calls[1..] {
        assert_eq!(
            c.session.as_ref(),
            Some(&first),
            "{} without the session",
            c.method
        );
    }
}

/// The set named by `id_param` was released exactly once (answered 200), with the id the pages used.
fn assert_released_once(calls: &[Call], range: &str, release: &str, id_param: &str) {
    let released = named(calls, release);
    assert_eq!(released.len(), 1, "{:?}", methods(calls));
    assert_eq!(released[0].status, 200);
    let id = released[0].body[id_param].as_str().expect("an id");
    assert!(!id.is_empty());
    for c in named(calls, range) {
        assert_eq!(c.body[id_param], id);
    }
    // Released after the last page, before the session's end.
    let at = calls.iter().position(|c| c.method == release).unwrap();
    assert!(calls[at + 1..].iter().all(|c| c.method != range));
}

/// The first object of a printed JSON text has these keys in this order (the parsed Value does not keep it).
fn assert_key_order(text: &str, keys: &[&str]) {
    let end = text.find('}').unwrap();
    let at: Vec<usize> = keys
        .iter()
        .map(|k| {
            text[..end]
                .find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("{k}: {text}"))
        })
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "keys out of order: {}",
        &text[..end]
    );
}

const DEFAULT_FIELDS: [&str; 7] = [
    "KLHST_WKS_DN",
    "KLHST_WKS_HOSTNAME",
    "KLHST_WKS_GROUPID",
    "KLHST_WKS_STATUS",
    "KLHST_WKS_LAST_VISIBLE",
    "KLHST_WKS_IP_LONG",
    "KLHST_WKS_OS_NAME",
];

#[test]
fn ksc_hosts_default_columns_sent_and_printed() {
    let (env, sim) = setup(&["--hosts", "25"]);
    let out = ksc(&env, &["hosts", "--chunk", "10", "-o", "json"]);
    assert_code(&out, 0);
    let calls = api(&sim);
    assert_eq!(
        methods(&calls),
        [
            "Session.StartSession",
            "HostGroup.FindHosts",
            "ChunkAccessor.GetItemsChunk",
            "ChunkAccessor.GetItemsChunk",
            "ChunkAccessor.GetItemsChunk",
            "ChunkAccessor.Release",
            "Session.EndSession"
        ]
    );
    assert_one_session(&calls);
    assert_eq!(
        calls[1].body,
        json!({
            "wstrFilter": "",
            "vecFieldsToReturn": DEFAULT_FIELDS,
            "vecFieldsToOrder": [{"type": "params", "value": {"Name": "KLHST_WKS_DN", "Asc": true}}],
            "pParams": {"KLGRP_FIND_FROM_CUR_VS_ONLY": true},
            "lMaxLifeTime": 3600
        })
    );
    let pages: Vec<(u64, u64)> = named(&calls, "ChunkAccessor.GetItemsChunk")
        .iter()
        .map(|c| {
            (
                c.body["nStart"].as_u64().unwrap(),
                c.body["nCount"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pages, [(0, 10), (10, 10), (20, 5)]);
    assert_released_once(
        &calls,
        "ChunkAccessor.GetItemsChunk",
        "ChunkAccessor.Release",
        "strAccessor",
    );

    let rows = json_of(&out);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 25);
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "sorted by display name");
    let web = rows
        .iter()
        .find(|r| r["name"] == "web-000002")
        .expect("web-000002");
    assert_eq!(web.as_object().unwrap().len(), 7);
    assert_key_order(
        &out.stdout,
        &["name", "id", "group", "status", "last_visible", "ip", "os"],
    );
    // IP_LONG is 10.0.0.0 + i + 1: host 2 is 10.0.0.3, most significant byte first.
    assert_eq!(web["ip"], "10.0.0.3");
    assert_eq!(web["group"], 8);
    assert!(
        web["id"].as_str().unwrap().ends_with("-000000000002"),
        "{web}"
    );
    let seen = web["last_visible"].as_str().unwrap();
    assert!(
        seen.len() == 20 && seen.ends_with('Z') && seen.as_bytes()[10] == b'T',
        "{seen}"
    );
    assert!(web["status"].is_i64());
    assert!(web["os"].is_string());
}

#[test]
fn ksc_hosts_table_and_csv() {
    let (env, _sim) = setup(&["--hosts", "12"]);
    let out = ksc(&env, &["hosts"]);
    assert_code(&out, 0);
    let mut lines = out.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "NAME", "ID", "GROUP", "STATUS", "LAST", "VISIBLE", "IP", "OS"
        ]
    );
    assert_eq!(lines.filter(|l| !l.trim().is_empty()).count(), 12);

    let out = ksc(&env, &["hosts", "-o", "csv"]);
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "name,id,group,status,last_visible,ip,os");
    assert_eq!(lines.len(), 13);
    assert!(out.stdout.contains(",10.0.0.3,"), "{}", out.stdout);
}

#[test]
fn ksc_hosts_fields_group_filter_and_order() {
    let (env, sim) = setup(&["--hosts", "100"]);
    let out = ksc(
        &env,
        &[
            "hosts",
            "--fields",
            "KLHST_WKS_DN,KLHST_WKS_GROUPID,KLHST_WKS_IP_LONG",
            "--group",
            "8",
            "--order",
            "KLHST_WKS_DN:desc",
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    let find = body_of(&sim, "HostGroup.FindHosts", 0);
    assert_eq!(find["wstrFilter"], "(KLHST_WKS_GROUPID = 8)");
    assert_eq!(
        find["vecFieldsToReturn"],
        json!(["KLHST_WKS_DN", "KLHST_WKS_GROUPID", "KLHST_WKS_IP_LONG"])
    );
    assert_eq!(
        find["vecFieldsToOrder"],
        json!([{"type": "params", "value": {"Name": "KLHST_WKS_DN", "Asc": false}}])
    );
    // Group 8 holds every tenth host from host 2: 10 of them, names descending, keys in --fields order.
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 10, "{}", out.stdout);
    assert!(
        lines[0].starts_with(r#"{"KLHST_WKS_DN":"web-000092","KLHST_WKS_GROUPID":8,"#),
        "{}",
        lines[0]
    );
    let rows = ndjson_of(&out.stdout);
    assert!(rows.iter().all(|r| r["KLHST_WKS_GROUPID"] == 8));
    // Values are plain: the long IP a number, not a typed wrapper.
    assert_eq!(rows[9]["KLHST_WKS_DN"], "web-000002");
    assert_eq!(rows[9]["KLHST_WKS_IP_LONG"], (10 << 24) + 3);

    // --filter and --group together; --fields in a table and CSV.
    let out = ksc(
        &env,
        &[
            "hosts",
            "--filter",
            "KLHST_WKS_STATUS&1<>0",
            "--group",
            "8",
            "--fields",
            "KLHST_WKS_DN,KLHST_WKS_STATUS",
            "-o",
            "csv",
        ],
    );
    assert_code(&out, 0);
    let find = body_of(&sim, "HostGroup.FindHosts", 1);
    assert_eq!(
        find["wstrFilter"],
        "(&(KLHST_WKS_GROUPID = 8)(KLHST_WKS_STATUS&1<>0))"
    );
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "KLHST_WKS_DN,KLHST_WKS_STATUS");
    assert!(lines.len() > 1 && lines.len() <= 11, "{}", out.stdout);
    for l in &lines[1..] {
        let status: i64 = l.split(',').nth(1).unwrap().parse().unwrap();
        assert_eq!(status & 1, 1, "{l}");
    }
    let out = ksc(
        &env,
        &[
            "hosts",
            "--group",
            "8",
            "--fields",
            "KLHST_WKS_DN,KLHST_WKS_NOSUCH_ATTR",
        ],
    );
    // The server leaves an attribute it does not know out of the records: an empty column, and a warning.
    assert_code(&out, 0);
    let header: Vec<&str> = out
        .stdout
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(header, ["KLHST_WKS_DN", "KLHST_WKS_NOSUCH_ATTR"]);
    assert!(
        out.stderr
            .contains("field KLHST_WKS_NOSUCH_ATTR is in none of the first 10 records"),
        "{out:?}"
    );
    let out = ksc(
        &env,
        &[
            "hosts",
            "--group",
            "8",
            "--fields",
            "KLHST_WKS_DN",
            "-o",
            "json",
        ],
    );
    assert_code(&out, 0);
    let rows = json_of(&out);
    assert_eq!(rows.as_array().unwrap().len(), 10);
    assert_eq!(rows[0], json!({"KLHST_WKS_DN": "web-000002"}));
}

#[test]
fn ksc_hosts_bad_filter_is_the_servers_error() {
    let (env, sim) = setup(&["--hosts", "5"]);
    let out = ksc(&env, &["hosts", "--filter", "(KLHST_WKS_DN = "]);
    assert_fails(&out, 3, "HostGroup.FindHosts: KSC error 1171");
    let calls = api(&sim);
    // No accessor was made: nothing to release; the session still ends.
    assert_eq!(
        methods(&calls),
        [
            "Session.StartSession",
            "HostGroup.FindHosts",
            "Session.EndSession"
        ]
    );
}

#[test]
fn ksc_hosts_bad_chunk_is_usage() {
    let (env, sim) = setup(&[]);
    for bad in ["0", "-1", "lots", "100001"] {
        let out = ksc(&env, &["hosts", &format!("--chunk={bad}")]);
        assert_fails(&out, 2, "--chunk");
    }
    let out = ksc(&env, &["hosts", "--order", "KLHST_WKS_DN:sideways"]);
    assert_fails(&out, 2, "--order");
    let out = ksc(&env, &["hosts", "--fields", ","]);
    assert_fails(&out, 2, "--fields");
    assert!(api(&sim).is_empty(), "nothing is sent for a usage error");
}

#[test]
fn ksc_hosts_thousands_in_chunks_in_order() {
    let (env, sim) = setup(&["--hosts", "3000"]);
    let out = ksc(&env, &["hosts", "--chunk", "250", "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 3000);
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(
        names.windows(2).all(|w| w[0] < w[1]),
        "strictly ascending names"
    );
    let ids: std::collections::HashSet<&str> =
        rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3000);
    let calls = api(&sim);
    let starts: Vec<u64> = named(&calls, "ChunkAccessor.GetItemsChunk")
        .iter()
        .map(|c| c.body["nStart"].as_u64().unwrap())
        .collect();
    assert_eq!(starts, (0..12).map(|k| k * 250).collect::<Vec<_>>());
    assert_released_once(
        &calls,
        "ChunkAccessor.GetItemsChunk",
        "ChunkAccessor.Release",
        "strAccessor",
    );
    assert_one_session(&calls);
}

#[test]
fn ksc_hosts_503_storm_still_completes() {
    let mut env = Env::new();
    // Every 4th API call answers 503.
    let sim = start(&env, &["--hosts", "300", "--fail-rate", "0.25"]);
    env_for(&mut env, &sim);
    let out = ksc(&env, &["hosts", "--chunk", "20", "-o", "ndjson"]);
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 300);
    let calls = api(&sim);
    assert!(
        calls.iter().filter(|c| c.status == 503).count() >= 3,
        "a storm"
    );
    // Each page was answered once, in order, whatever was repeated.
    let answered: Vec<u64> = named(&calls, "ChunkAccessor.GetItemsChunk")
        .iter()
        .filter(|c| c.status == 200)
        .map(|c| c.body["nStart"].as_u64().unwrap())
        .collect();
    assert_eq!(answered, (0..15).map(|k| k * 20).collect::<Vec<_>>());
    let released: Vec<&Call> = named(&calls, "ChunkAccessor.Release")
        .into_iter()
        .filter(|c| c.status == 200)
        .collect();
    assert_eq!(released.len(), 1);
    assert_eq!(calls.last().unwrap().method, "Session.EndSession");
}

/// A listing whose output is not read blocks on the full pipe: the test decides when it goes on.
fn stalled_listing(env: &Env, sim: &Sim, extra: &[&str]) -> std::process::Child {
    let mut args = vec!["hosts", "--chunk", "100", "-o", "ndjson"];
    args.extend_from_slice(extra);
    let child = spawn_ksc(env, &args);
    wait_for("a first chunk", || {
        api(sim)
            .iter()
            .any(|c| c.method == "ChunkAccessor.GetItemsChunk")
    });
    child
}

/// Wait until nothing was sent to `sim` for `secs` seconds.
fn wait_idle(sim: &Sim, secs: f64) {
    wait_for("the session's idle time to pass", || {
        let last = sim.requests().last().unwrap()["time"].as_f64().unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs_f64();
        now - last > secs
    });
}

#[test]
fn ksc_hosts_session_expired_mid_listing() {
    let (env, sim) = setup(&["--hosts", "3000", "--session-idle", "1"]);
    let child = stalled_listing(&env, &sim, &[]);
    // The client waits on stdout (3000 lines are far more than a pipe holds) while the session expires:
    // nothing sent for longer than the idle time.
    wait_idle(&sim, 1.3);
    let pages_so_far = named(&api(&sim), "ChunkAccessor.GetItemsChunk").len();
    assert!(pages_so_far < 30, "the listing should be stalled mid-way");
    let out = finish(child);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 3000);
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]));

    // The structure, not the count: a loaded machine may let the session expire again later, and each
    // expiry must look the same. The page refused with 401 is followed by a new session and the SAME page
    // request, answered in that new session, on the same accessor.
    let calls = api(&sim);
    let refused: Vec<usize> = calls
        .iter()
        .enumerate()
        .filter(|(_, c)| c.method == "ChunkAccessor.GetItemsChunk" && c.status == 401)
        .map(|(i, _)| i)
        .collect();
    assert!(!refused.is_empty(), "a page refused after the idle expiry");
    for &at in &refused {
        assert_eq!(calls[at + 1].method, "Session.StartSession");
        assert_eq!(calls[at + 1].status, 200);
        let again = &calls[at + 2];
        assert_eq!(again.method, "ChunkAccessor.GetItemsChunk");
        assert_eq!(again.status, 200);
        assert_eq!(again.body, calls[at].body);
        assert_ne!(again.session, calls[at].session);
    }
    // Every page answered exactly once, in order, on one accessor.
    let answered: Vec<&Call> = named(&calls, "ChunkAccessor.GetItemsChunk")
        .into_iter()
        .filter(|c| c.status == 200)
        .collect();
    let starts: Vec<u64> = answered
        .iter()
        .map(|c| c.body["nStart"].as_u64().unwrap())
        .collect();
    assert_eq!(starts, (0..30).map(|k| k * 100).collect::<Vec<_>>());
    let accessor = &answered[0].body["strAccessor"];
    assert!(answered.iter().all(|c| &c.body["strAccessor"] == accessor));
    let released: Vec<&Call> = named(&calls, "ChunkAccessor.Release")
        .into_iter()
        .filter(|c| c.status == 200)
        .collect();
    assert_eq!(released.len(), 1);
    assert_eq!(&released[0].body["strAccessor"], accessor);
    let last = calls.last().unwrap();
    assert_eq!(last.method, "Session.EndSession");
}

#[test]
fn ksc_hosts_broken_pipe_mid_listing_still_releases() {
    let (env, sim) = setup(&["--hosts", "3000"]);
    let mut child = stalled_listing(&env, &sim, &[]);
    // `| head -1`: read a line, then close the pipe.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with('{'), "{first}");
    drop(stdout);
    let out = finish(child);
    assert_code(&out, 0);
    let calls = api(&sim);
    assert!(named(&calls, "ChunkAccessor.GetItemsChunk").len() < 30);
    assert_released_once(
        &calls,
        "ChunkAccessor.GetItemsChunk",
        "ChunkAccessor.Release",
        "strAccessor",
    );
    assert_one_session(&calls);
}

#[test]
fn ksc_hosts_ctrl_c_releases_and_exits_130() {
    let (env, sim) = setup(&["--hosts", "3000"]);
    let child = spawn_ksc(&env, &["hosts", "--chunk", "100", "-o", "ndjson"]);
    let out = signal_when(
        child,
        "a first chunk",
        || {
            api(&sim)
                .iter()
                .any(|c| c.method == "ChunkAccessor.GetItemsChunk")
        },
        "INT",
    );
    assert_code(&out, 130);
    let calls = api(&sim);
    assert!(
        named(&calls, "ChunkAccessor.GetItemsChunk").len() < 30,
        "stopped mid-way"
    );
    assert_released_once(
        &calls,
        "ChunkAccessor.GetItemsChunk",
        "ChunkAccessor.Release",
        "strAccessor",
    );
    assert_one_session(&calls);
}

#[test]
fn ksc_host_show_by_name_and_by_id() {
    let (env, sim) = setup(&["--hosts", "30"]);
    let out = ksc(&env, &["host", "show", "web-000002", "-o", "json"]);
    assert_code(&out, 0);
    let host = json_of(&out);
    assert_eq!(host["name"], "web-000002");
    assert_eq!(host["ip"], "10.0.0.3");
    assert_eq!(host["group"], 8);
    assert!(host["fqdn"].as_str().unwrap().starts_with("web-000002."));
    let products = host["products"].as_array().unwrap();
    assert!(!products.is_empty(), "{host}");
    let id = host["id"].as_str().unwrap().to_owned();

    let calls = api(&sim);
    assert_eq!(
        methods(&calls),
        [
            "Session.StartSession",
            "HostGroup.FindHosts",
            "ChunkAccessor.GetItemsChunk",
            "ChunkAccessor.Release",
            "HostGroup.GetHostInfo",
            "HostGroup.GetHostProducts",
            "Session.EndSession"
        ]
    );
    assert_one_session(&calls);
    assert_eq!(
        calls[1].body["wstrFilter"],
        r#"(KLHST_WKS_DN = "web-000002")"#
    );
    assert_eq!(calls[4].body["strHostName"], id.as_str());
    let asked = calls[4].body["pFields2Return"].as_array().unwrap();
    assert!(
        asked.contains(&json!("KLHST_WKS_IP_LONG")) && asked.contains(&json!("KLHST_WKS_FQDN"))
    );
    assert_eq!(calls[5].body, json!({"strHostName": id}));

    let out = ksc(&env, &["host", "show", &id]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("web-000002"), "{}", out.stdout);
    let calls = api(&sim);
    let find = named(&calls, "HostGroup.FindHosts");
    assert_eq!(
        find.last().unwrap().body["wstrFilter"],
        format!("(KLHST_WKS_HOSTNAME = \"{id}\")")
    );
}

#[test]
fn ksc_host_show_unknown_and_ambiguous() {
    let (env, sim) = setup(&["--hosts", "30"]);
    let out = ksc(&env, &["host", "show", "nosuch-host"]);
    assert_fails(&out, 5, "no host named nosuch-host");
    let out = ksc(
        &env,
        &["host", "show", "00000000-0000-0000-0000-000000000000"],
    );
    assert_fails(&out, 5, "no host with id");
    // A name that several hosts match (the server's `*`): each is listed.
    let out = ksc(&env, &["host", "show", "web-0000*"]);
    assert_fails(&out, 2, "3 hosts are named web-0000*");
    assert!(out.stderr.contains("web-000002 (id "), "{out:?}");
    assert!(out.stderr.contains("web-000012 (id "), "{out:?}");
    assert!(out.stderr.contains("web-000022"), "{out:?}");
    let calls = api(&sim);
    assert!(named(&calls, "HostGroup.GetHostInfo").is_empty());
    assert_eq!(named(&calls, "ChunkAccessor.Release").len(), 3);
}

#[test]
fn ksc_groups_flat_and_tree() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["groups", "-o", "json"]);
    assert_code(&out, 0);
    let calls = api(&sim);
    assert_eq!(
        methods(&calls),
        [
            "Session.StartSession",
            "HostGroup.GroupIdGroups",
            "HostGroup.GetSubgroups",
            "Session.EndSession"
        ]
    );
    assert_one_session(&calls);
    assert_eq!(calls[2].body, json!({"nGroupId": 0, "nDepth": 0}));
    let rows = json_of(&out);
    let rows = rows.as_array().unwrap();
    let web = rows.iter().find(|r| r["id"] == 8).expect("group 8");
    assert_eq!(
        *web,
        json!({"id": 8, "name": "Web", "parent": 2, "level": 2, "path": "Servers/Web"})
    );
    let berlin = rows.iter().find(|r| r["id"] == 7).unwrap();
    assert_eq!(berlin["level"], 3);
    assert_eq!(berlin["path"], "Workstations/Desktops/Berlin");
    // Each group before its subgroups.
    let at = |id: i64| rows.iter().position(|r| r["id"] == id).unwrap();
    assert!(at(3) < at(5) && at(5) < at(7));

    let out = ksc(&env, &["groups", "--tree"]);
    assert_code(&out, 0);
    let berlin = out.stdout.lines().find(|l| l.contains("Berlin")).unwrap();
    assert!(berlin.contains("    Berlin"), "{}", out.stdout);
    // --tree leaves JSON flat and the names as they are.
    let out = ksc(&env, &["groups", "--tree", "-o", "json"]);
    assert!(
        json_of(&out)
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "Berlin")
    );
}

#[test]
fn ksc_view_streams_and_releases() {
    let (env, sim) = setup(&[]);
    let out = ksc(
        &env,
        &[
            "view",
            "GlobalUsersListSrvViewName",
            "--fields",
            "ul_wstrDisplayName,ul_llTrusteeId",
            "--order",
            "ul_llTrusteeId",
            "--chunk",
            "15",
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 40);
    assert!(out.stdout.starts_with(r#"{"ul_wstrDisplayName":"#));
    assert!(
        rows[0]["ul_llTrusteeId"].is_i64(),
        "a plain number: {}",
        rows[0]
    );
    let calls = api(&sim);
    assert_eq!(
        methods(&calls),
        [
            "Session.StartSession",
            "SrvView.ResetIterator",
            "SrvView.GetRecordCount",
            "SrvView.GetRecordRange",
            "SrvView.GetRecordRange",
            "SrvView.GetRecordRange",
            "SrvView.ReleaseIterator",
            "Session.EndSession"
        ]
    );
    assert_one_session(&calls);
    assert_eq!(
        calls[1].body,
        json!({
            "wstrViewName": "GlobalUsersListSrvViewName",
            "wstrFilter": "",
            "vecFieldsToReturn": ["ul_wstrDisplayName", "ul_llTrusteeId"],
            "vecFieldsToOrder": [{"type": "params", "value": {"Name": "ul_llTrusteeId", "Asc": true}}],
            "pParams": null,
            "lifetimeSec": 3600
        })
    );
    let ranges: Vec<(u64, u64)> = named(&calls, "SrvView.GetRecordRange")
        .iter()
        .map(|c| {
            (
                c.body["nStart"].as_u64().unwrap(),
                c.body["nEnd"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(ranges, [(0, 15), (15, 30), (30, 40)]);
    assert_released_once(
        &calls,
        "SrvView.GetRecordRange",
        "SrvView.ReleaseIterator",
        "wstrIteratorId",
    );

    // CSV and a table of the chosen fields.
    let out = ksc(
        &env,
        &[
            "view",
            "InvSrvViewName",
            "--fields",
            "wstrDisplayName,nHostsCount",
            "-o",
            "csv",
        ],
    );
    assert_code(&out, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "wstrDisplayName,nHostsCount");
    assert_eq!(lines.len(), 11);
    let out = ksc(
        &env,
        &[
            "view",
            "InvSrvViewName",
            "--fields",
            "wstrDisplayName,nHostsCount",
        ],
    );
    assert_code(&out, 0);
    let header: Vec<&str> = out
        .stdout
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(header, ["wstrDisplayName", "nHostsCount"]);
}

#[test]
fn ksc_view_bad_paths() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["view", "UmdmDevices", "--fields", ","]);
    assert_fails(&out, 2, "--fields");
    let out = ksc(&env, &["view", "UmdmDevices", "--order", ":desc"]);
    assert_fails(&out, 2, "--order");
    assert!(api(&sim).is_empty());
    let out = ksc(&env, &["view", "NoSuchView", "--fields", "a"]);
    assert_fails(&out, 3, "SrvView.ResetIterator: KSC error");
    let out = ksc(
        &env,
        &[
            "view",
            "UmdmDevices",
            "--fields",
            "Dev_Id",
            "--filter",
            "(Dev_Model = ",
        ],
    );
    assert_fails(&out, 3, "KSC error 1171");
    let calls = api(&sim);
    assert!(
        named(&calls, "SrvView.ReleaseIterator").is_empty(),
        "no iterator was made"
    );
    assert_eq!(named(&calls, "Session.EndSession").len(), 2);
}

#[test]
fn ksc_events_filter_limit_and_release() {
    let (env, sim) = setup(&["--hosts", "50"]);
    let out = ksc(
        &env,
        &[
            "events",
            "--filter",
            "severity=4",
            "--limit",
            "7",
            "-o",
            "json",
        ],
    );
    assert_code(&out, 0);
    let calls = api(&sim);
    assert_eq!(
        methods(&calls),
        [
            "Session.StartSession",
            "EventProcessingFactory.CreateEventProcessing2",
            "EventProcessing.GetRecordCount",
            "EventProcessing.GetRecordRange",
            "EventProcessing.ReleaseIterator",
            "Session.EndSession"
        ]
    );
    assert_one_session(&calls);
    let create = &calls[1].body;
    assert_eq!(create["pFilter"], json!({"severity": 4}));
    assert_eq!(
        create["vecFieldsToOrder"],
        json!([{"type": "params", "value": {"Name": "rise_time", "Asc": false}}])
    );
    assert_eq!(create["lifetimeSec"], 3600);
    assert_eq!(
        create["vecFieldsToReturn"],
        json!([
            "event_db_id",
            "rise_time",
            "severity",
            "hostdn",
            "event_type_display_name",
            "descr"
        ])
    );
    let range = &calls[3].body;
    assert_eq!(
        (range["nStart"].as_u64(), range["nEnd"].as_u64()),
        (Some(0), Some(7))
    );
    assert_released_once(
        &calls,
        "EventProcessing.GetRecordRange",
        "EventProcessing.ReleaseIterator",
        "strIteratorId",
    );
    let rows = json_of(&out);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 7);
    assert!(rows.iter().all(|r| r["severity"] == 4), "{rows:?}");
    let times: Vec<&str> = rows.iter().map(|r| r["time"].as_str().unwrap()).collect();
    assert!(
        times.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {times:?}"
    );
    assert_eq!(rows[0].as_object().unwrap().len(), 6);
    assert_key_order(
        &out.stdout,
        &["id", "time", "severity", "host", "event", "description"],
    );

    // --fields, every event (two per host).
    let out = ksc(
        &env,
        &["events", "--fields", "hostdn,severity", "-o", "ndjson"],
    );
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 100);
    assert_eq!(rows[0].as_object().unwrap().len(), 2);

    let out = ksc(&env, &["events", "--filter", "severity"]);
    assert_fails(&out, 2, "NAME=VALUE");
    let out = ksc(&env, &["events", "--limit", "0"]);
    assert_fails(&out, 2, "--limit");
}

#[test]
fn ksc_hosts_empty_result_still_releases() {
    let (env, sim) = setup(&["--hosts", "20"]);
    let out = ksc(
        &env,
        &[
            "hosts",
            "--filter",
            r#"(KLHST_WKS_DN = "nomatch*")"#,
            "-o",
            "json",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout, "[]\n");
    let calls = api(&sim);
    assert_eq!(
        methods(&calls),
        [
            "Session.StartSession",
            "HostGroup.FindHosts",
            "ChunkAccessor.Release",
            "Session.EndSession"
        ]
    );
    let out = ksc(
        &env,
        &["hosts", "--filter", r#"(KLHST_WKS_DN = "nomatch*")"#],
    );
    assert_code(&out, 0);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("no hosts match"), "{out:?}");
    let out = ksc(
        &env,
        &[
            "hosts",
            "--filter",
            r#"(KLHST_WKS_DN = "nomatch*")"#,
            "--fields",
            "KLHST_WKS_DN",
            "-o",
            "csv",
        ],
    );
    assert_eq!(out.stdout, "KLHST_WKS_DN\r\n");
}

#[test]
fn ksc_hosts_over_a_login_connection_and_on_a_virtual_server() {
    let (env, sim) = setup(&["--hosts", "40", "--vserver", "tenant"]);
    let out = ksc(
        &env,
        &["--connection-auth", "hosts", "--chunk", "7", "-o", "ndjson"],
    );
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 40);
    let requests = sim.requests();
    assert_eq!(requests[0]["path"], "/api/v1.0/login");
    // One keep-alive connection carries every call, with no session and no credentials after the login.
    let peer = requests[0]["peer"].clone();
    for r in &requests[1..] {
        assert_eq!(r["peer"], peer, "{}", r["path"]);
        assert!(r["headers"]["x-ksc-session"].is_null());
        assert!(r["headers"]["authorization"].is_null());
    }
    assert_eq!(
        requests.last().unwrap()["path"],
        "/api/v1.0/ChunkAccessor.Release"
    );

    // The virtual server's own inventory: its names start with its name.
    let out = ksc(&env, &["--vserver", "tenant", "hosts", "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 40);
    assert!(
        rows.iter()
            .all(|r| r["name"].as_str().unwrap().starts_with("tenant-")),
        "{}",
        out.stdout
    );
    let calls = api(&sim);
    let find = named(&calls, "HostGroup.FindHosts");
    assert_eq!(
        find.last().unwrap().body["pParams"],
        json!({"KLGRP_FIND_FROM_CUR_VS_ONLY": true})
    );
}

#[test]
fn ksc_events_ctrl_c_releases_the_iterator() {
    let (env, sim) = setup(&["--hosts", "3000"]);
    let child = spawn_ksc(&env, &["events", "-o", "ndjson"]);
    let out = signal_when(
        child,
        "a first range",
        || {
            api(&sim)
                .iter()
                .any(|c| c.method == "EventProcessing.GetRecordRange")
        },
        "INT",
    );
    assert_code(&out, 130);
    let calls = api(&sim);
    // 6000 events in pages of 500: stopped before the end.
    assert!(named(&calls, "EventProcessing.GetRecordRange").len() < 12);
    assert_released_once(
        &calls,
        "EventProcessing.GetRecordRange",
        "EventProcessing.ReleaseIterator",
        "strIteratorId",
    );
    assert_one_session(&calls);
}

#[test]
fn ksc_view_groups_and_host_show_ride_out_503s() {
    let mut env = Env::new();
    // Every second API call answers 503.
    let sim = start(&env, &["--hosts", "30", "--fail-rate", "0.5"]);
    env_for(&mut env, &sim);
    let out = ksc(
        &env,
        &[
            "view",
            "GlobalUsersListSrvViewName",
            "--fields",
            "ul_llTrusteeId",
            "--chunk",
            "15",
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 40);
    let out = ksc(&env, &["groups", "-o", "ndjson"]);
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 9);
    let out = ksc(&env, &["host", "show", "web-000002", "-o", "ndjson"]);
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout)[0]["name"], "web-000002");
    let calls = api(&sim);
    assert!(calls.iter().filter(|c| c.status == 503).count() >= 6);
    let released: Vec<&Call> = named(&calls, "SrvView.ReleaseIterator")
        .into_iter()
        .filter(|c| c.status == 200)
        .collect();
    assert_eq!(released.len(), 1);
}

#[test]
fn ksc_events_filter_names_are_checked_and_aliased() {
    let (env, sim) = setup(&["--hosts", "50"]);
    // A printed column's name stands for its attribute: `host` is hostdn.
    let out = ksc(
        &env,
        &["events", "--filter", "host=web-000002", "-o", "json"],
    );
    assert_code(&out, 0);
    let create = body_of(&sim, "EventProcessingFactory.CreateEventProcessing2", 0);
    assert_eq!(create["pFilter"], json!({"hostdn": "web-000002"}));
    let rows = json_of(&out);
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty() && rows.len() < 10, "{rows:?}");
    assert!(rows.iter().all(|r| r["host"] == "web-000002"));
    // An attribute by its own name.
    let out = ksc(
        &env,
        &[
            "events",
            "--filter",
            "event_type=KLPRCI_TaskState",
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    assert!(!ndjson_of(&out.stdout).is_empty());

    let before = api(&sim).len();
    let out = ksc(&env, &["events", "--filter", "hots=ws-000114"]);
    assert_fails(&out, 2, "--filter: hots is not an event attribute");
    assert!(
        out.stderr.contains("hostdn") && out.stderr.contains("host"),
        "{out:?}"
    );
    let out = ksc(&env, &["events", "--filter", "severity>=3"]);
    assert_fails(&out, 2, "severity> is not an event attribute");
    assert!(out.stderr.contains("no comparisons"), "{out:?}");
    assert_eq!(api(&sim).len(), before, "nothing sent for a bad --filter");
}

#[test]
fn ksc_misspelt_fields_are_warned_about_once() {
    let (env, sim) = setup(&["--hosts", "30"]);
    let warning = "field KLHST_WKS_NOPE is in none of the first 10 records: check its name";
    let out = ksc(
        &env,
        &[
            "hosts",
            "--fields",
            "KLHST_WKS_DN,KLHST_WKS_NOPE",
            "--chunk",
            "10",
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 30);
    assert_eq!(out.stderr.matches(warning).count(), 1, "{out:?}");
    // Sent as asked: the server decides what it has.
    assert_eq!(
        named(&api(&sim), "HostGroup.FindHosts")[0].body["vecFieldsToReturn"],
        json!(["KLHST_WKS_DN", "KLHST_WKS_NOPE"])
    );
    assert!(!out.stderr.contains("KLHST_WKS_DN is"), "{out:?}");
    // Without --fields (the default columns) nothing to warn about.
    let out = ksc(&env, &["hosts", "-o", "ndjson"]);
    assert_code(&out, 0);
    assert!(!out.stderr.contains("check its name"), "{out:?}");

    let out = ksc(
        &env,
        &[
            "view",
            "GlobalUsersListSrvViewName",
            "--fields",
            "ul_wstrDisplayName,ul_nope",
            "--chunk",
            "15",
            "-o",
            "csv",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(
        out.stderr
            .matches("field ul_nope is in none of the first 15 records")
            .count(),
        1,
        "{out:?}"
    );
    let out = ksc(
        &env,
        &[
            "events",
            "--fields",
            "hostdn,hots",
            "--limit",
            "5",
            "-o",
            "json",
        ],
    );
    assert_code(&out, 0);
    assert!(
        out.stderr
            .contains("field hots is in none of the first 5 records"),
        "{out:?}"
    );
}

#[test]
fn ksc_hosts_column_names_stand_for_attributes() {
    let (env, sim) = setup(&["--hosts", "30"]);
    let out = ksc(
        &env,
        &[
            "hosts",
            "--order",
            "name:desc",
            "--fields",
            "name,ip,group",
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    let find = body_of(&sim, "HostGroup.FindHosts", 0);
    assert_eq!(
        find["vecFieldsToOrder"],
        json!([{"type": "params", "value": {"Name": "KLHST_WKS_DN", "Asc": false}}])
    );
    assert_eq!(
        find["vecFieldsToReturn"],
        json!(["KLHST_WKS_DN", "KLHST_WKS_IP_LONG", "KLHST_WKS_GROUPID"])
    );
    // Printed under the names given, in that order; `ip` dotted as in the default columns.
    assert!(
        out.stdout
            .starts_with(r#"{"name":"ws-000024","ip":"10.0.0.25","group":3}"#),
        "{}",
        out.stdout
    );
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 30);
    // Nothing but the plain-HTTP note about the password (these tests talk to a --plain simulator).
    assert!(
        out.stderr.lines().all(|l| l.contains("is plain HTTP")),
        "{out:?}"
    );

    let out = ksc(&env, &["hosts", "--order", "last_visible", "-o", "ndjson"]);
    assert_code(&out, 0);
    let find = body_of(&sim, "HostGroup.FindHosts", 1);
    assert_eq!(
        find["vecFieldsToOrder"][0]["value"]["Name"],
        "KLHST_WKS_LAST_VISIBLE"
    );

    // A malformed --order is exit 2 before anything is sent; a help that says so.
    let before = api(&sim).len();
    for bad in [":desc", "name:up", "a b"] {
        let out = ksc(&env, &["hosts", "--order", bad]);
        assert_fails(&out, 2, "--order");
    }
    assert_eq!(api(&sim).len(), before);
    let help = env.run(&["ksc", "hosts", "--help"]);
    assert_code(&help, 0);
    assert!(help.stdout.contains("last_visible"), "{}", help.stdout);
    for cmd in ["hosts", "view", "events"] {
        let help = env.run(&["ksc", cmd, "--help"]);
        assert!(
            help.stdout.contains("holds every row until the last"),
            "{cmd}: {}",
            help.stdout
        );
    }
}

#[test]
fn ksc_hosts_group_must_be_a_number() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["hosts", "--group", "Web"]);
    assert_fails(&out, 2, "group ids are numbers");
    assert!(out.stderr.contains("fieldctl ksc groups"), "{out:?}");
    assert!(!out.stderr.contains("invalid digit"), "{out:?}");
    assert!(api(&sim).is_empty());
}

#[test]
fn ksc_host_show_hint_names_the_host_and_fqdn_works() {
    let (env, sim) = setup(&["--hosts", "30"]);
    let out = ksc(&env, &["host", "show", "nosuch-host"]);
    assert_fails(&out, 5, "no host named nosuch-host");
    assert!(
        out.stderr
            .contains(r#"fieldctl ksc hosts --filter '(KLHST_WKS_DN = "nosuch-host*")'"#),
        "{out:?}"
    );
    assert!(!out.stderr.contains("part*"), "{out:?}");
    // The hint is a command that works: it finds web-000002 by the start of its name.
    let out = ksc(
        &env,
        &[
            "hosts",
            "--filter",
            r#"(KLHST_WKS_DN = "web-00000*")"#,
            "-o",
            "ndjson",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout)[0]["name"], "web-000002");

    let out = ksc(
        &env,
        &["host", "show", "web-000002.corp.example", "-o", "json"],
    );
    assert_code(&out, 0);
    assert_eq!(json_of(&out)["name"], "web-000002");
    let calls = api(&sim);
    let find = named(&calls, "HostGroup.FindHosts");
    assert_eq!(
        find.last().unwrap().body["wstrFilter"],
        r#"(|(KLHST_WKS_DN = "web-000002.corp.example")(KLHST_WKS_FQDN = "web-000002.corp.example"))"#
    );
}

#[test]
fn ksc_hosts_accessor_without_count_is_released() {
    let body = |b: &str| reply("200 OK\r\nContent-Type: application/json", b.as_bytes());
    let (addr, log) = logging_peer(vec![
        body(r#"{"PxgRetVal": "sess-1"}"#),
        body(r#"{"strAccessor": "acc-1"}"#),
        body("{}"),
        body("{}"),
    ]);
    let mut env = Env::new();
    env.set("FIELDCTL_KSC_SERVER", &format!("http://{addr}"));
    env.set("FIELDCTL_KSC_USERNAME", "admin");
    env.set("FIELDCTL_KSC_PASSWORD", PASSWORD);
    let out = ksc(&env, &["hosts"]);
    assert_fails(&out, 9, "HostGroup.FindHosts");
    assert!(out.stderr.contains("no strAccessor and count"), "{out:?}");
    let lines = log.lock().unwrap().clone();
    let paths: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.split_whitespace().nth(1))
        .collect();
    assert_eq!(
        paths,
        [
            "/api/v1.0/Session.StartSession",
            "/api/v1.0/HostGroup.FindHosts",
            "/api/v1.0/ChunkAccessor.Release",
            "/api/v1.0/Session.EndSession"
        ]
    );
}

#[test]
fn ksc_json_stays_valid_after_ctrl_c() {
    let (env, sim) = setup(&["--hosts", "3000"]);
    for extra in [&[][..], &["--fields", "KLHST_WKS_DN,KLHST_WKS_FQDN"][..]] {
        let mut args = vec!["hosts", "--chunk", "100", "-o", "json"];
        args.extend_from_slice(extra);
        let before = named(&api(&sim), "ChunkAccessor.Release").len();
        let pages = named(&api(&sim), "ChunkAccessor.GetItemsChunk").len();
        let child = spawn_ksc(&env, &args);
        let out = signal_when(
            child,
            "a first chunk",
            || named(&api(&sim), "ChunkAccessor.GetItemsChunk").len() > pages,
            "INT",
        );
        assert_code(&out, 130);
        // What was printed is one JSON array: the records up to the interruption.
        let rows: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{e}: …{}",
                &out.stdout[out.stdout.len().saturating_sub(200)..]
            )
        });
        let n = rows.as_array().unwrap().len();
        assert!(n > 0 && n < 3000, "{n}");
        assert!(out.stdout.ends_with("\n]\n"));
        assert_eq!(named(&api(&sim), "ChunkAccessor.Release").len(), before + 1);
    }
}

#[test]
fn ksc_hosts_progress_bar_counts_hosts_from_its_first_frame() {
    let env = Env::new();
    let sim = start(&env, &["--hosts", "2000"]);
    // script(1) runs it on a pseudo-terminal (stdout and stderr both) and exits with its code.
    let run = format!(
        "env FIELDCTL_KSC_SERVER=http://{} FIELDCTL_KSC_USERNAME=admin FIELDCTL_KSC_PASSWORD={PASSWORD} \
         NO_COLOR=1 {BIN} ksc hosts --chunk 50 -o csv",
        sim.addr
    );
    let out = env
        .external("script", &["-qec", &run, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    let shown = out.replace('\r', "\n");
    assert!(shown.contains("hosts ["), "no bar drawn: {out}");
    assert!(shown.contains("/2000"), "{out}");
    // Never a frame in bytes (the bytes style was the default before the record style was set).
    assert!(!shown.contains(" B/") && !shown.contains("KiB"), "{out}");
    assert_eq!(shown.matches(",10.0.").count(), 2000);
}

#[test]
fn ksc_view_without_fields_prints_every_field() {
    let (env, sim) = setup(&[]);
    let out = ksc(
        &env,
        &["view", "GlobalUsersListSrvViewName", "-o", "ndjson"],
    );
    assert_code(&out, 0);
    let create = body_of(&sim, "SrvView.ResetIterator", 0);
    assert_eq!(create["vecFieldsToReturn"], json!([]));
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 40);
    let fields = [
        "ul_bDisabled",
        "ul_llTrusteeId",
        "ul_nVServer",
        "ul_tmCreated",
        "ul_wstrDisplayName",
        "ul_wstrMail",
        "ul_wstrSamAccountName",
    ];
    assert!(rows.iter().all(|r| r.as_object().unwrap().len() == 7));
    assert_key_order(&out.stdout, &fields);
    let out = ksc(&env, &["view", "GlobalUsersListSrvViewName", "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.lines().next().unwrap(), fields.join(","));
    // Nothing but the plain-HTTP note about the password (these tests talk to a --plain simulator).
    assert!(
        out.stderr.lines().all(|l| l.contains("is plain HTTP")),
        "{out:?}"
    );
}

#[test]
fn ksc_json_stays_valid_after_an_error_mid_listing() {
    let mut env = Env::new();
    let sim = start(&env, &["--hosts", "3000", "--session-idle", "1"]);
    env.set("FIELDCTL_KSC_SERVER", &format!("http://{}", sim.addr));
    env.set("FIELDCTL_KSC_USERNAME", "admin");
    // A kept session and no password for this run: once it expires mid-listing, the run fails (exit 4).
    let login = env.run_stdin(
        &["ksc", "login", "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    assert_code(&login, 0);
    let child = spawn_ksc(&env, &["hosts", "--chunk", "100", "-o", "json"]);
    wait_for("a first chunk", || {
        api(&sim)
            .iter()
            .any(|c| c.method == "ChunkAccessor.GetItemsChunk")
    });
    wait_idle(&sim, 1.3);
    let out = finish(child);
    assert_fails(&out, 4, "expired");
    let rows: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: …{}",
            &out.stdout[out.stdout.len().saturating_sub(200)..]
        )
    });
    let n = rows.as_array().unwrap().len();
    assert!(n > 0 && n < 3000, "{n}");
    let calls = api(&sim);
    assert!(
        calls
            .iter()
            .any(|c| c.method == "ChunkAccessor.GetItemsChunk" && c.status == 401)
    );
}
