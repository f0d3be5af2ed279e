//! `ksc tasks list|run|stop|suspend|resume|status`, `ksc server info` and `ksc action wait` against
//! `fieldctl sim ksc`: what each sends (methods, parameters, the session on every call, the task iterator
//! released exactly once, the session ended last) and what it prints; and the bad paths.

use serde_json::{Value, json};

use crate::support::*;

/// A plain-HTTP simulator (`--fail-rate` etc. in `extra`) and an environment pointed at it as admin.
fn setup(extra: &[&str]) -> (Env, Sim) {
    let mut env = Env::new();
    let mut args = vec!["--plain", "--password", "pw"];
    args.extend_from_slice(extra);
    let sim = Sim::start(&env, "ksc", &args);
    env.set("FIELDCTL_KSC_SERVER", &format!("http://{}", sim.addr));
    env.set("FIELDCTL_KSC_USERNAME", "admin");
    env.set("FIELDCTL_KSC_PASSWORD", "pw");
    (env, sim)
}

fn ksc(env: &Env, args: &[&str]) -> Output {
    let mut all = vec!["ksc"];
    all.extend_from_slice(args);
    env.run(&all)
}

/// One API request the simulator logged.
struct Sent {
    method: String,
    body: Value,
    session: Option<String>,
    status: u16,
}

fn api(sim: &Sim) -> Vec<Sent> {
    sim.requests()
        .iter()
        .map(|r| Sent {
            method: r["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("/api/v1.0/")
                .to_owned(),
            body: serde_json::from_str(r["body"].as_str().unwrap_or("")).unwrap_or(Value::Null),
            session: r["headers"]["x-ksc-session"].as_str().map(str::to_owned),
            status: r["status"].as_u64().unwrap_or(0) as u16,
        })
        .collect()
}

fn methods(sent: &[Sent]) -> Vec<&str> {
    sent.iter().map(|s| s.method.as_str()).collect()
}

/// A session was started first, every later call carried its id, and it was ended last.
fn assert_one_session(sent: &[Sent]) {
    assert_eq!(
        sent[0].method,
        "Session.StartSession",
        "{:?}",
        methods(sent)
    );
    assert_eq!(
        sent.last().unwrap().method,
        "Session.EndSession",
        "{:?}",
        methods(sent)
    );
    let id = sent[1]
        .session
        .clone()
        .expect("X-KSC-Session on the first call");
    assert!(!id.is_empty());
    for s in &sent[1..] {
        assert_eq!(s.session.as_deref(), Some(id.as_str()), "{}", s.method);
    }
}

fn count(sent: &[Sent], method: &str) -> usize {
    sent.iter().filter(|s| s.method == method).count()
}

/// The iterator was released exactly once (answered 200), after every GetNextTask, with the id that
/// ResetTasksIterator's calls used.
fn assert_released_once(sent: &[Sent]) {
    let released: Vec<&Sent> = sent
        .iter()
        .filter(|s| s.method == "Tasks.ReleaseTasksIterator" && s.status == 200)
        .collect();
    assert_eq!(released.len(), 1, "{:?}", methods(sent));
    let id = released[0].body["strTaskIteratorId"].as_str().unwrap();
    assert!(!id.is_empty());
    let last_next = sent
        .iter()
        .rposition(|s| s.method == "Tasks.GetNextTask")
        .unwrap();
    let at = sent
        .iter()
        .position(|s| s.method == "Tasks.ReleaseTasksIterator")
        .unwrap();
    assert!(at > last_next, "{:?}", methods(sent));
    for s in sent.iter().filter(|s| s.method == "Tasks.GetNextTask") {
        assert_eq!(s.body, json!({"strTaskIteratorId": id}));
    }
}

const ALL_TASKS: [&str; 6] = ["101", "102", "103", "104", "105", "106"];

#[test]
fn ksc_tasks_list_walks_the_iterator_to_the_end_and_releases_it() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["tasks", "list", "-o", "json"]);
    assert_code(&out, 0);
    let rows = json_of(&out);
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ALL_TASKS);
    assert_eq!(
        rows[3],
        json!({"id": "104", "name": "Install application remotely", "type": "KLNAG_TASK_REMOTE_INSTALL",
               "product": "1093", "version": "1.0.0.0", "group": 3, "created": "2026-09-01T12:00:00Z"})
    );
    let sent = api(&sim);
    assert_one_session(&sent);
    let mut want = vec!["Session.StartSession", "Tasks.ResetTasksIterator"];
    want.extend(["Tasks.GetNextTask"; 7]); // six tasks, then `{}`
    want.extend(["Tasks.ReleaseTasksIterator", "Session.EndSession"]);
    assert_eq!(methods(&sent), want);
    assert_eq!(
        sent[1].body,
        json!({"nGroupId": 0, "bGroupIdSignificant": false, "strProductName": "", "strVersion": "",
               "strComponentName": "", "strInstanceId": "", "strTaskName": "", "bIncludeSupergroups": false})
    );
    assert_released_once(&sent);

    // The table: headers and the names.
    let out = ksc(&env, &["tasks", "list"]);
    assert_code(&out, 0);
    assert!(
        out.stdout.starts_with(" ID ") || out.stdout.contains("ID "),
        "{out:?}"
    );
    for name in [
        "Update",
        "Virus scan",
        "Backup of Administration Server data",
    ] {
        assert!(out.stdout.contains(name), "{out:?}");
    }
}

#[test]
fn ksc_tasks_list_group_asks_for_that_group_only() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["tasks", "list", "--group", "2", "-o", "ndjson"]);
    assert_code(&out, 0);
    let rows = ndjson_of(&out.stdout);
    assert_eq!(rows.len(), 1, "{out:?}");
    assert_eq!(rows[0]["id"], "103");
    assert_eq!(rows[0]["group"], 2);
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_eq!(sent[1].body["nGroupId"], 2);
    assert_eq!(sent[1].body["bGroupIdSignificant"], true);
    assert_eq!(sent[1].body["bIncludeSupergroups"], false);
    assert_released_once(&sent);
}

#[test]
fn ksc_tasks_list_of_an_unknown_group_is_the_servers_error_and_nothing_to_release() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["tasks", "list", "--group", "999"]);
    assert_fails(&out, 3, "Tasks.ResetTasksIterator: KSC error 1183");
    assert!(out.stderr.contains("'999' not found"), "{out:?}");
    assert_eq!(out.stdout, "");
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_eq!(
        methods(&sent),
        [
            "Session.StartSession",
            "Tasks.ResetTasksIterator",
            "Session.EndSession"
        ]
    );
}

#[test]
fn ksc_tasks_actions_by_id_send_one_call_each_and_print_a_note() {
    let (env, sim) = setup(&[]);
    for (verb, method, done) in [
        ("run", "Tasks.RunTask", "started task 105"),
        ("suspend", "Tasks.SuspendTask", "suspended task 105"),
        ("resume", "Tasks.ResumeTask", "resumed task 105"),
        ("stop", "Tasks.CancelTask", "stopped task 105"),
    ] {
        let before = api(&sim).len();
        let out = ksc(&env, &["tasks", verb, "105"]);
        assert_code(&out, 0);
        assert_eq!(out.stdout, "", "{verb}");
        assert!(out.stderr.contains(done), "{out:?}");
        let sent: Vec<Sent> = api(&sim).into_iter().skip(before).collect();
        assert_one_session(&sent);
        assert_eq!(
            methods(&sent),
            ["Session.StartSession", method, "Session.EndSession"]
        );
        assert_eq!(sent[1].body, json!({"strTask": "105"}));
    }
}

#[test]
fn ksc_tasks_run_by_display_name_looks_it_up_then_runs_it() {
    let (env, sim) = setup(&[]);
    // Equal ignoring case, as no task is named exactly so.
    let out = ksc(&env, &["tasks", "run", "virus scan"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("started task 102 (Virus scan)"),
        "{out:?}"
    );
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_released_once(&sent);
    let run = sent
        .iter()
        .position(|s| s.method == "Tasks.RunTask")
        .unwrap();
    let release = sent
        .iter()
        .position(|s| s.method == "Tasks.ReleaseTasksIterator")
        .unwrap();
    assert!(release < run);
    assert_eq!(sent[run].body, json!({"strTask": "102"}));
    assert_eq!(count(&sent, "Tasks.RunTask"), 1);
}

#[test]
fn ksc_tasks_run_of_an_unknown_name_exits_5_and_still_releases_the_iterator() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["tasks", "run", "Defragment"]);
    assert_fails(&out, 5, "no task named 'Defragment'");
    assert!(out.stderr.contains("ksc tasks list"), "{out:?}");
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_released_once(&sent);
    assert_eq!(count(&sent, "Tasks.RunTask"), 0);
}

#[test]
fn ksc_tasks_run_of_an_unknown_id_is_the_servers_pxg_error() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["tasks", "run", "999"]);
    assert_fails(
        &out,
        3,
        "Tasks.RunTask: KSC error 1183 (module KLSTD, subcode 2)",
    );
    // The server's English message, and its localized format filled by the client (the sim's `message` is
    // not the filled format, so only the client's filling of `%1 '%2' not found` can produce this).
    assert!(
        out.stderr
            .contains(r#"Object not found; localized: "Task '999' not found""#),
        "{out:?}"
    );
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_eq!(
        methods(&sent),
        [
            "Session.StartSession",
            "Tasks.RunTask",
            "Session.EndSession"
        ]
    );
}

/// Two tasks with one display name (the simulator has none: a scripted server, one answer per connection).
#[test]
fn ksc_tasks_run_of_an_ambiguous_name_exits_2_listing_them() {
    let ok = |body: Value| {
        reply(
            "200 OK\r\nContent-Type: application/json",
            body.to_string().as_bytes(),
        )
    };
    let task = |id: &str, group: i64| {
        json!({"pTaskData": {"TASK_UNIQUE_ID": id, "TASK_NAME": "kss_update",
            "TASK_INFO_PARAMS": {"type": "params", "value": {"DisplayName": "Update", "PRTS_TASK_GROUPID": group}}}})
    };
    let (addr, log) = logging_peer(vec![
        ok(json!({"PxgRetVal": "SESSION1"})),
        ok(json!({"strTaskIteratorId": "IT1"})),
        ok(task("11", 0)),
        ok(task("12", 4)),
        ok(json!({"pTaskData": {}})),
        ok(json!({})),
        ok(json!({})),
    ]);
    let mut env = Env::new();
    env.set("FIELDCTL_KSC_SERVER", &format!("http://{addr}"));
    env.set("FIELDCTL_KSC_USERNAME", "admin");
    env.set("FIELDCTL_KSC_PASSWORD", "pw");
    let out = ksc(&env, &["tasks", "run", "Update"]);
    assert_fails(&out, 2, "2 tasks are named 'Update'");
    assert!(
        out.stderr
            .contains("11 'Update' (group 0), 12 'Update' (group 4)"),
        "{out:?}"
    );
    let lines = log.lock().unwrap().clone();
    let paths: Vec<&str> = lines
        .iter()
        .map(|l| l.split(' ').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(
        paths,
        [
            "/api/v1.0/Session.StartSession",
            "/api/v1.0/Tasks.ResetTasksIterator",
            "/api/v1.0/Tasks.GetNextTask",
            "/api/v1.0/Tasks.GetNextTask",
            "/api/v1.0/Tasks.GetNextTask",
            "/api/v1.0/Tasks.ReleaseTasksIterator",
            "/api/v1.0/Session.EndSession",
        ]
    );
}

#[test]
fn ksc_tasks_status_by_id_reads_the_task_and_its_statistics() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["tasks", "status", "104", "-o", "json"]);
    assert_code(&out, 0);
    let row = json_of(&out);
    // Keys in the documented order (as printed: the parsed map is sorted).
    let order = [
        "id",
        "name",
        "completed_percent",
        "pending",
        "scheduled",
        "running",
        "suspended",
        "completed",
        "completed_with_warning",
        "failed",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|k| out.stdout.find(&format!("\"{k}\":")).unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{out:?}");
    assert_eq!(row.as_object().unwrap().len(), order.len());
    assert_eq!(row["id"], "104");
    assert_eq!(row["name"], "Install application remotely");
    assert_eq!(row["completed_percent"], 0);
    assert_eq!(row["running"], 0);
    assert_eq!(row["completed"], 0);
    // Group 3 and its subgroups hold half of the 200 hosts, all scheduled before a first run (state 32);
    // none pending (state 1: the sim delivers a task to its hosts at once).
    assert_eq!(row["pending"], json!(null), "{row}");
    let waiting = row["scheduled"].as_i64().unwrap_or(0);
    assert_eq!(waiting, 100, "{row}");
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_eq!(
        methods(&sent),
        [
            "Session.StartSession",
            "Tasks.GetTask",
            "Tasks.GetTaskStatistics",
            "Session.EndSession"
        ]
    );
    assert_eq!(sent[1].body, json!({"strTask": "104"}));
    assert_eq!(sent[2].body, json!({"strTask": "104"}));

    // Once running, every host is in one state or another.
    assert_code(&ksc(&env, &["tasks", "run", "104"]), 0);
    let row = json_of(&ksc(&env, &["tasks", "status", "104", "-o", "json"]));
    let total: i64 = [
        "pending",
        "scheduled",
        "running",
        "suspended",
        "completed",
        "failed",
    ]
    .iter()
    .map(|k| row[*k].as_i64().unwrap_or(0))
    .sum();
    assert_eq!(total, 100, "{row}");
    let busy_or_done: i64 = ["running", "completed", "failed"]
        .iter()
        .map(|k| row[*k].as_i64().unwrap_or(0))
        .sum();
    assert_eq!(busy_or_done, 100, "{row}");
}

#[test]
fn ksc_tasks_status_by_name_needs_no_get_task() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["tasks", "status", "Quick scan"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("105"), "{out:?}");
    assert!(out.stdout.contains("Quick scan"), "{out:?}");
    assert!(out.stdout.contains("RUNNING"), "{out:?}");
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_released_once(&sent);
    assert_eq!(count(&sent, "Tasks.GetTask"), 0);
    let stats: Vec<&Sent> = sent
        .iter()
        .filter(|s| s.method == "Tasks.GetTaskStatistics")
        .collect();
    assert_eq!(stats.len(), 1);
    assert_eq!(stats[0].body, json!({"strTask": "105"}));
}

#[test]
fn ksc_server_info_prints_every_value_typed() {
    let (env, sim) = setup(&[]);
    let out = ksc(&env, &["server", "info", "-o", "json"]);
    assert_code(&out, 0);
    let rows = json_of(&out);
    let rows = rows.as_array().unwrap();
    let keys: Vec<&str> = rows.iter().map(|r| r["key"].as_str().unwrap()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let value = |k: &str| rows.iter().find(|r| r["key"] == k).unwrap()["value"].clone();
    assert_eq!(value("KLADMSRV_PRODUCT_FULL_VERSION"), "14.2.0.26967");
    assert_eq!(value("KLADMSRV_SERVER_HOSTNAME"), "ksc-sim-0001");
    assert_eq!(value("KLADMSRV_IS_VIRTUAL"), false);
    assert_eq!(value("KLADMSRV_HOSTS_COUNT"), 200);
    assert!(rows.len() >= 10, "{out:?}");
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_eq!(
        methods(&sent),
        [
            "Session.StartSession",
            "HostGroup.GetStaticInfo",
            "Session.EndSession"
        ]
    );
    assert_eq!(sent[1].body, json!({"pValues": null}));

    let out = ksc(&env, &["server", "info"]);
    assert_code(&out, 0);
    assert!(
        out.stdout.contains("KLADMSRV_PRODUCT_FULL_VERSION"),
        "{out:?}"
    );
    assert!(out.stdout.contains("14.2.0.26967"), "{out:?}");
}

/// Start `HostGroup.RemoveGroup(nGroup)` (an async action) with `ksc call`; its GUID.
fn remove_group(env: &Env, group: &str) -> String {
    let out = ksc(
        env,
        &[
            "call",
            "HostGroup.RemoveGroup",
            &format!("nGroup:={group}"),
            "nFlags:=1",
        ],
    );
    assert_code(&out, 0);
    json_of(&out)["strActionGuid"].as_str().unwrap().to_owned()
}

fn checks(sim: &Sim, since: usize) -> Vec<Sent> {
    api(sim).into_iter().skip(since).collect()
}

/// The sim's log times of the CheckActionState requests among `sent` (seconds).
fn check_times(sim: &Sim, since: usize) -> Vec<f64> {
    sim.requests()
        .iter()
        .skip(since)
        .filter(|r| r["path"] == "/api/v1.0/AsyncActionStateChecker.CheckActionState")
        .map(|r| r["time"].as_f64().unwrap())
        .collect()
}

#[test]
fn ksc_action_wait_polls_until_the_action_succeeds() {
    // The action finishes on its 4th check, whatever the time; until then it asks for 200 ms between checks.
    let (env, sim) = setup(&["--action-checks", "4"]);
    let guid = remove_group(&env, "10");
    let before = api(&sim).len();
    let out = ksc(&env, &["action", "wait", &guid, "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(
        json_of(&out),
        json!({"guid": guid, "succeeded": true, "state_code": 0, "state_data": {}})
    );
    assert!(out.stderr.contains("state code 0"), "{out:?}");
    let sent = checks(&sim, before);
    assert_one_session(&sent);
    let polls: Vec<&Sent> = sent
        .iter()
        .filter(|s| s.method == "AsyncActionStateChecker.CheckActionState")
        .collect();
    assert_eq!(polls.len(), sent.len() - 2, "{:?}", methods(&sent));
    // Exactly four checks: none after the action ended, none skipped.
    assert_eq!(polls.len(), 4, "{:?}", methods(&sent));
    for p in polls {
        assert_eq!(p.body, json!({"wstrActionGuid": guid}));
    }
    // It waited the lNextCheckDelay (200 ms) between checks, never a busy loop. A lower bound only: the sim
    // logs a request before answering it, so two log times are at least the client's wait apart (20 ms of
    // slack for the wall clock).
    let times = check_times(&sim, before);
    for w in times.windows(2) {
        assert!(w[1] - w[0] >= 0.180, "checks {:.3} s apart", w[1] - w[0]);
    }
}

#[test]
fn ksc_action_wait_of_a_failed_action_exits_3_with_its_error() {
    let (env, sim) = setup(&[]);
    // Group 2 holds hosts: removing it "only when empty" fails.
    let guid = remove_group(&env, "2");
    let before = api(&sim).len();
    let out = ksc(&env, &["action", "wait", &guid]);
    assert_fails(
        &out,
        3,
        &format!("action {guid} failed (state code 1): KSC error 1171 (module KLSTD"),
    );
    assert!(out.stderr.contains("is not empty"), "{out:?}");
    assert!(out.stderr.contains("it has devices"), "{out:?}");
    assert_eq!(out.stdout, "");
    assert_one_session(&checks(&sim, before));
}

#[test]
fn ksc_action_wait_of_an_unknown_guid_is_the_servers_pxg_error() {
    let (env, _sim) = setup(&[]);
    let out = ksc(
        &env,
        &["action", "wait", "00000000-0000-0000-0000-000000000000"],
    );
    assert_fails(
        &out,
        3,
        "AsyncActionStateChecker.CheckActionState: KSC error 1183",
    );
    assert!(out.stderr.contains("not found"), "{out:?}");
}

#[test]
fn ksc_action_wait_max_wait_gives_up_with_exit_7() {
    // Never finished within any --max-wait: it ends on its 1000th check.
    let (env, sim) = setup(&["--action-checks", "1000"]);
    let guid = remove_group(&env, "9");
    let before = api(&sim).len();
    let out = ksc(&env, &["action", "wait", &guid, "--max-wait", "0.2"]);
    assert_fails(&out, 7, &format!("action {guid} has not ended after 0.2 s"));
    let sent = checks(&sim, before);
    assert_one_session(&sent);
    // Checked once, then (the wait cut to what is left of 0.2 s) once more at most when it ran out: the
    // client's logic bounds this, not the machine's speed.
    let polls = count(&sent, "AsyncActionStateChecker.CheckActionState");
    assert!((1..=2).contains(&polls), "{:?}", methods(&sent));
    let bad = ksc(&env, &["action", "wait", &guid, "--max-wait", "0"]);
    assert_code(&bad, 2);
}

#[test]
fn ksc_action_wait_ctrl_c_exits_130_and_ends_the_session() {
    // Still running when interrupted, however slow the machine: it would end on its 1000th check.
    let (env, sim) = setup(&["--action-checks", "1000"]);
    let guid = remove_group(&env, "10");
    let before = api(&sim).len();
    let child = env.spawn(&["ksc", "action", "wait", &guid]);
    let out = signal_when(
        child,
        "two checks",
        || {
            count(
                &checks(&sim, before),
                "AsyncActionStateChecker.CheckActionState",
            ) >= 2
        },
        "INT",
    );
    assert_code(&out, 130);
    assert_eq!(out.stdout, "");
    let sent = checks(&sim, before);
    assert_one_session(&sent);
}

#[test]
fn ksc_tasks_list_ctrl_c_releases_the_iterator_once_and_exits_130() {
    // Every 4th call is busy, with `Retry-After: 5`: the client waits 5 s before repeating a GetNextTask, and
    // is interrupted there (a window no loaded machine misses).
    let (env, sim) = setup(&["--fail-rate", "0.25", "--retry-after", "5"]);
    let child = env.spawn(&["ksc", "tasks", "list", "-o", "ndjson"]);
    let out = signal_when(
        child,
        "a busy GetNextTask",
        || {
            api(&sim)
                .iter()
                .any(|s| s.method == "Tasks.GetNextTask" && s.status == 503)
        },
        "INT",
    );
    assert_code(&out, 130);
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_eq!(
        count(&sent, "Tasks.ReleaseTasksIterator"),
        1,
        "{:?}",
        methods(&sent)
    );
    assert_eq!(
        sent[sent.len() - 2].method,
        "Tasks.ReleaseTasksIterator",
        "{:?}",
        methods(&sent)
    );
    // Not walked to the end: interrupted at the first busy answer.
    assert!(
        count(&sent, "Tasks.GetNextTask") < 7,
        "{:?}",
        methods(&sent)
    );
}

#[test]
fn ksc_reads_are_repeated_on_503_and_finish() {
    let (env, sim) = setup(&["--fail-rate", "0.25"]);
    let out = ksc(&env, &["tasks", "list", "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(json_of(&out).as_array().unwrap().len(), 6);
    assert!(
        out.stderr.is_empty() || !out.stderr.contains("error"),
        "{out:?}"
    );
    let sent = api(&sim);
    assert_one_session(&sent);
    assert!(sent.iter().any(|s| s.status == 503), "no 503 was sent");
    // Seven successful GetNextTask (six tasks, then `{}`), whatever was repeated.
    let ok_next = sent
        .iter()
        .filter(|s| s.method == "Tasks.GetNextTask" && s.status == 200)
        .count();
    assert_eq!(ok_next, 7);
    assert_released_once(&sent);

    let out = ksc(&env, &["server", "info", "-o", "json"]);
    assert_code(&out, 0);
}

#[test]
fn ksc_tasks_run_is_not_repeated_on_503() {
    let (env, sim) = setup(&["--fail-rate", "1"]);
    let out = ksc(&env, &["tasks", "run", "101"]);
    assert_fails(&out, 8, "Tasks.RunTask");
    assert!(out.stderr.contains("503"), "{out:?}");
    let sent = api(&sim);
    assert_one_session(&sent);
    assert_eq!(
        methods(&sent),
        [
            "Session.StartSession",
            "Tasks.RunTask",
            "Session.EndSession"
        ]
    );
    // A read is repeated (then gives up with exit 8 too).
    let before = sent.len();
    let out = ksc(&env, &["tasks", "status", "101"]);
    assert_fails(&out, 8, "Tasks.GetTask");
    let sent = checks(&sim, before);
    assert!(count(&sent, "Tasks.GetTask") > 1, "{:?}", methods(&sent));
}

#[test]
fn ksc_tasks_list_goes_on_when_the_session_expires_mid_listing() {
    // A busy answer makes the client wait 500 ms; the session expires after 300 ms idle meanwhile.
    let (env, sim) = setup(&["--fail-rate", "0.25", "--session-idle", "0.3"]);
    let out = ksc(&env, &["tasks", "list", "-o", "json"]);
    assert_code(&out, 0);
    let ids: Vec<String> = json_of(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ALL_TASKS);
    let sent = api(&sim);
    assert!(
        sent.iter()
            .any(|s| s.method == "Tasks.GetNextTask" && s.status == 401),
        "the session did not expire: {:?}",
        methods(&sent)
    );
    assert!(count(&sent, "Session.StartSession") >= 2);
    assert_eq!(count(&sent, "Session.EndSession"), 1);
    assert_released_once(&sent);
    // The iterator outlives the session; the new session releases it and is the one ended.
    let release = sent
        .iter()
        .find(|s| s.method == "Tasks.ReleaseTasksIterator" && s.status == 200)
        .unwrap();
    let end = sent.last().unwrap();
    assert_eq!(end.method, "Session.EndSession");
    assert_eq!(end.session, release.session);
}

#[test]
fn ksc_tasks_list_with_connection_auth_releases_on_the_login_connection() {
    let (env, sim) = setup(&[]);
    let out = ksc(
        &env,
        &["--connection-auth", "tasks", "list", "-o", "ndjson"],
    );
    assert_code(&out, 0);
    assert_eq!(ndjson_of(&out.stdout).len(), 6);
    let reqs = sim.requests();
    let sent = api(&sim);
    assert_eq!(sent[0].method, "login", "{:?}", methods(&sent));
    let peer = reqs[0]["peer"].as_str().unwrap();
    for (r, s) in reqs.iter().zip(&sent).skip(1) {
        // One keep-alive connection, no credentials and no session after the login.
        assert_eq!(r["peer"].as_str(), Some(peer), "{}", s.method);
        assert!(r["headers"]["authorization"].is_null(), "{}", s.method);
        assert_eq!(s.session, None, "{}", s.method);
    }
    assert_released_once(&sent);
    assert_eq!(count(&sent, "Session.StartSession"), 0);
}

/// fieldctl on a terminal (stdout and stderr): exit code, then everything it wrote.
const ON_A_TTY: &str = r#"
import os, pty, sys
os.environ.update({"FIELDCTL_KSC_SERVER": sys.argv[2], "FIELDCTL_KSC_USERNAME": "admin",
                   "FIELDCTL_KSC_PASSWORD": "pw", "NO_COLOR": "1"})
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1]] + sys.argv[3:])
out = b""
while True:
    try:
        b = os.read(fd, 4096)
    except OSError:
        break
    if not b:
        break
    out += b
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
print(out.decode(errors="replace"))
"#;

#[test]
fn ksc_action_wait_shows_a_spinner_on_a_terminal() {
    crate::require_python!();
    let (env, sim) = setup(&[]);
    let guid = remove_group(&env, "10");
    let server = format!("http://{}", sim.addr);
    let out = env.python(ON_A_TTY, &[BIN, &server, "ksc", "action", "wait", &guid]);
    let mut lines = out.stdout.lines();
    assert_eq!(lines.next(), Some("0"), "{out:?}");
    let shown = out.stdout.replace('\r', "\n");
    assert!(
        shown.contains(&format!("action {guid}: state 0")),
        "{out:?}"
    );
    // The spinner replaces the piped run's notes; the row follows.
    assert!(!shown.contains("running (state code"), "{out:?}");
    assert!(shown.contains("SUCCEEDED"), "{out:?}");
}
