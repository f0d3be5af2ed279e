//! Group tasks and their runs. `RunTask` starts a run that takes `RUN` (its hosts complete one by one);
//! `SuspendTask` pauses it, `ResumeTask` continues, `CancelTask` stops it (hosts not done go back to
//! scheduled). "Install application remotely" fails on every tenth host.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::api::{World, guid};
use super::reply::{self, not_found};
use super::value::{bool_arg, int_arg, str_arg};
use crate::sim::http::Response;

use super::inventory::{Inventory, NOW};
use super::value::{datetime, params};

/// How long a run takes.
pub const RUN: Duration = Duration::from_secs(2);

/// (local id, display name, task type, product, version, local group id).
const TASKS: &[(i64, &str, &str, &str, &str, i64)] = &[
    (101, "Update", "kss_update", "KES", "11.0.0.0", 0),
    (
        102,
        "Virus scan",
        "kss_on_demand_scan",
        "KES",
        "11.0.0.0",
        0,
    ),
    (
        103,
        "Find vulnerabilities and required updates",
        "KLNAG_TASK_VAPM_SCAN",
        "1093",
        "1.0.0.0",
        2,
    ),
    (
        104,
        "Install application remotely",
        "KLNAG_TASK_REMOTE_INSTALL",
        "1093",
        "1.0.0.0",
        3,
    ),
    (
        105,
        "Quick scan",
        "kss_on_demand_scan",
        "KES",
        "11.0.0.0",
        6,
    ),
    (
        106,
        "Backup of Administration Server data",
        "KLSRV_BACKUP",
        "1093",
        "1.0.0.0",
        0,
    ),
];

/// Host states in `GetTaskStatistics`, keyed as the server keys them: the host task state bit as text
/// (Kaspersky's "Bitmasks of host task states": 1 pending — the change has not reached the host —, 2 running,
/// 4 completed, 8 completed with a warning, 16 failed, 32 scheduled, 64 suspended). Hosts waiting for a
/// run are scheduled; the sim delivers changes at once, so none is pending.
pub const SCHEDULED: &str = "32";
pub const RUNNING: &str = "2";
pub const COMPLETED: &str = "4";
pub const FAILED: &str = "16";
pub const SUSPENDED: &str = "64";

#[derive(Default, Clone)]
struct Run {
    /// Time run so far, before `since`.
    done: Duration,
    /// Running (not suspended) since.
    since: Option<Instant>,
    started: bool,
    cancelled: bool,
}

impl Run {
    fn progress(&self) -> f64 {
        let d = self.done + self.since.map_or(Duration::ZERO, |s| s.elapsed());
        (d.as_secs_f64() / RUN.as_secs_f64()).min(1.0)
    }
}

#[derive(Default)]
pub struct Tasks {
    runs: HashMap<String, Run>,
}

/// The task with this id on this server: its static row.
fn find(
    server: usize,
    id: &str,
) -> Option<&'static (
    i64,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
)> {
    let n: i64 = id.parse().ok()?;
    TASKS.iter().find(|t| server as i64 * 1000 + t.0 == n)
}

pub fn ids(server: usize) -> Vec<String> {
    TASKS
        .iter()
        .map(|t| (server as i64 * 1000 + t.0).to_string())
        .collect()
}

pub fn exists(server: usize, id: &str) -> bool {
    find(server, id).is_some()
}

pub fn group(server: usize, id: &str) -> Option<i64> {
    find(server, id).map(|t| Inventory::root(server) + t.5)
}

/// `pTaskData` / `GetTask`'s return: a params object.
pub fn data(server: usize, id: &str) -> Option<Map<String, Value>> {
    let t = find(server, id)?;
    let mut info = Map::new();
    info.insert("DisplayName".into(), json!(t.1));
    info.insert(
        "PRTS_TASK_GROUPID".into(),
        json!(Inventory::root(server) + t.5),
    );
    info.insert(
        "PRTS_TASK_CREATION_DATE".into(),
        datetime(NOW - 86_400 * 90),
    );
    let v = json!({
        "TASK_UNIQUE_ID": id,
        "TASK_NAME": t.2,
        "TASKID_PRODUCT_NAME": t.3,
        "TASKID_VERSION": t.4,
        "TASKID_COMPONENT_NAME": if t.3 == "KES" { "Connector" } else { "1093" },
        "TASKID_INSTANCE_ID": "",
        "TASKSCH_TYPE": 0,
        "TASK_INFO_PARAMS": params(info),
    });
    v.as_object().cloned()
}

/// Task fields a `ResetTasksIterator` filter compares.
pub fn matches(
    server: usize,
    id: &str,
    product: &str,
    version: &str,
    component: &str,
    name: &str,
) -> bool {
    let Some(d) = data(server, id) else {
        return false;
    };
    let eq =
        |k: &str, want: &str| want.is_empty() || d.get(k).and_then(Value::as_str) == Some(want);
    eq("TASKID_PRODUCT_NAME", product)
        && eq("TASKID_VERSION", version)
        && eq("TASKID_COMPONENT_NAME", component)
        && eq("TASK_NAME", name)
}

impl Tasks {
    pub fn run(&mut self, id: &str) {
        let r = self.runs.entry(id.to_owned()).or_default();
        if r.since.is_none() && (r.progress() >= 1.0 || !r.started || r.cancelled) {
            *r = Run {
                started: true,
                since: Some(Instant::now()),
                ..Run::default()
            };
        } else if r.since.is_none() {
            r.since = Some(Instant::now()); // a suspended run: run continues
        }
    }

    pub fn suspend(&mut self, id: &str) {
        if let Some(r) = self.runs.get_mut(id)
            && let Some(s) = r.since.take()
        {
            r.done += s.elapsed();
        }
    }

    pub fn resume(&mut self, id: &str) {
        if let Some(r) = self.runs.get_mut(id)
            && r.started
            && !r.cancelled
            && r.since.is_none()
            && r.progress() < 1.0
        {
            r.since = Some(Instant::now());
        }
    }

    pub fn cancel(&mut self, id: &str) {
        self.suspend(id);
        if let Some(r) = self.runs.get_mut(id)
            && r.progress() < 1.0
        {
            r.cancelled = true;
        }
    }

    /// Hosts per state for a task whose group (and subgroups) hold `hosts` hosts, and the percentage done.
    pub fn statistics(&self, id: &str, hosts: u64, fails: bool) -> Map<String, Value> {
        let r = self.runs.get(id).cloned().unwrap_or_default();
        let done = (hosts as f64 * r.progress()).floor() as u64;
        let failed = if fails { done / 10 } else { 0 };
        let rest = hosts - done;
        let (running, suspended, scheduled) = if !r.started || r.cancelled {
            (0, 0, rest)
        } else if r.since.is_some() {
            (rest, 0, 0)
        } else {
            (0, rest, 0)
        };
        let mut m = Map::new();
        m.insert(SCHEDULED.into(), json!(scheduled));
        m.insert(RUNNING.into(), json!(running));
        m.insert(COMPLETED.into(), json!(done - failed));
        m.insert(FAILED.into(), json!(failed));
        m.insert(SUSPENDED.into(), json!(suspended));
        let pct = (done * 100).checked_div(hosts).unwrap_or(0);
        m.insert("GNRL_COMPLETED_PERCENT".into(), json!(pct));
        m.insert("KLSRV_TSKSTAT_INCONSISTENT".into(), json!(false));
        m
    }
}

/// The task that fails on some hosts.
pub fn fails(server: usize, id: &str) -> bool {
    find(server, id).is_some_and(|t| t.2 == "KLNAG_TASK_REMOTE_INSTALL")
}

// The `Tasks` methods.

pub(super) struct TaskIter {
    server: usize,
    ids: Vec<String>,
    next: usize,
    expires: Instant,
}

impl World {
    pub(super) fn reset_tasks(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let gid = int_arg(p, "nGroupId");
        let significant = bool_arg(p, "bGroupIdSignificant");
        let supergroups = bool_arg(p, "bIncludeSupergroups");
        if significant && !self.inv.group_exists(s, gid) {
            return not_found("Group", &gid.to_string());
        }
        let groups = if supergroups {
            Inventory::ancestors(s, gid)
        } else {
            vec![gid]
        };
        let ids = ids(s)
            .into_iter()
            .filter(|t| !significant || group(s, t).is_some_and(|g| groups.contains(&g)))
            .filter(|t| {
                matches(
                    s,
                    t,
                    str_arg(p, "strProductName"),
                    str_arg(p, "strVersion"),
                    str_arg(p, "strComponentName"),
                    str_arg(p, "strTaskName"),
                )
            })
            .collect();
        let now = Instant::now();
        self.task_iters.retain(|_, it| it.expires > now);
        let id = guid();
        self.task_iters.insert(
            id.clone(),
            TaskIter {
                server: s,
                ids,
                next: 0,
                expires: now + Duration::from_secs(3600),
            },
        );
        reply::json(json!({"strTaskIteratorId": id}))
    }

    pub(super) fn release_tasks(&mut self, id: &str, s: usize) -> Response {
        match self.task_iters.get(id) {
            Some(it) if it.server == s => {
                self.task_iters.remove(id);
                reply::json(json!({}))
            }
            _ => not_found("Iterator", id),
        }
    }

    pub(super) fn next_task(&mut self, id: &str, s: usize) -> Response {
        let Some(it) = self
            .task_iters
            .get_mut(id)
            .filter(|it| it.server == s && it.expires > Instant::now())
        else {
            return not_found("Iterator", id);
        };
        let data = match it.ids.get(it.next) {
            Some(t) => {
                it.next += 1;
                data(s, t).unwrap_or_default()
            }
            None => Map::new(),
        };
        reply::json(json!({"pTaskData": data}))
    }

    pub(super) fn task(&mut self, method: &str, p: &Map<String, Value>, s: usize) -> Response {
        let id = str_arg(p, "strTask");
        if !exists(s, id) {
            return not_found("Task", id);
        }
        match method {
            "Tasks.GetTask" => {
                return reply::ret(Value::Object(data(s, id).unwrap_or_default()));
            }
            "Tasks.RunTask" => self.tasks.run(id),
            "Tasks.SuspendTask" => self.tasks.suspend(id),
            "Tasks.ResumeTask" => self.tasks.resume(id),
            "Tasks.CancelTask" => self.tasks.cancel(id),
            _ => {
                let tree = self.inv.subtree(s, group(s, id).unwrap_or(0));
                let hosts = (0..self.inv.hosts)
                    .filter(|i| {
                        self.inv
                            .host_group(s, *i)
                            .is_some_and(|g| tree.contains(&g))
                    })
                    .count() as u64;
                let stats = self.tasks.statistics(id, hosts, fails(s, id));
                return reply::ret(Value::Object(stats));
            }
        }
        reply::json(json!({}))
    }
}
