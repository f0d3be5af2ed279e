//! `ksc tasks list [--group ID]`, `ksc tasks run|stop|suspend|resume TASK`, `ksc tasks status TASK`: group
//! tasks (docs/ksc-client-notes.md, "Most used methods").
//!
//! Tasks are enumerated with a server-side iterator (`Tasks.ResetTasksIterator`, `GetNextTask` until
//! `pTaskData` is `{}`), which is released (`ReleaseTasksIterator`) whatever happens — after an error and after
//! Ctrl-C too. TASK is a task id (digits, as the API writes them: "1", "45") or a display name, looked up
//! through that iterator: no match is exit 5, several are exit 2 listing them.

use clap::Subcommand;
use serde_json::{Map, Value, json};

use super::client::Client;
use super::rows::{KscTaskRow, KscTaskStatusRow};
use super::value::{plain, text};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Prints;

#[derive(Subcommand)]
pub enum TasksCommand {
    /// List the group tasks (all of them, or those of one administration group)
    List {
        /// Only the tasks of this administration group (its id, as `ksc groups` shows it)
        #[arg(long, value_name = "ID")]
        group: Option<i64>,
    },
    /// Start a task now (Tasks.RunTask)
    Run(TaskArg),
    /// Stop a running task (Tasks.CancelTask)
    Stop(TaskArg),
    /// Pause a running task (Tasks.SuspendTask)
    Suspend(TaskArg),
    /// Continue a paused task (Tasks.ResumeTask)
    Resume(TaskArg),
    /// How many hosts are in each state of the task (Tasks.GetTaskStatistics)
    Status(TaskArg),
}

#[derive(clap::Args)]
pub struct TaskArg {
    /// The task: its id (digits), or its display name
    #[arg(value_name = "TASK")]
    pub task: String,
}

impl TasksCommand {
    pub fn prints(&self) -> Prints {
        match self {
            TasksCommand::List { .. } | TasksCommand::Status(_) => Prints::Records,
            _ => Prints::Nothing,
        }
    }
}

pub fn run(ctx: &Context, client: &Client, cmd: TasksCommand) -> anyhow::Result<()> {
    match cmd {
        TasksCommand::List { group } => list(ctx, client, group),
        TasksCommand::Run(t) => act(ctx, client, &t.task, Action::Run),
        TasksCommand::Stop(t) => act(ctx, client, &t.task, Action::Stop),
        TasksCommand::Suspend(t) => act(ctx, client, &t.task, Action::Suspend),
        TasksCommand::Resume(t) => act(ctx, client, &t.task, Action::Resume),
        TasksCommand::Status(t) => status(ctx, client, &t.task),
    }
}

fn list(ctx: &Context, client: &Client, group: Option<i64>) -> anyhow::Result<()> {
    let mut stream = ctx.out.stream::<KscTaskRow>();
    each_task(client, group, |task| {
        stream.push(&row(task))?;
        Ok(true)
    })?;
    stream.finish()?;
    Ok(())
}

/// Call `f` with each task (typed wrappers decoded) until it answers false; the iterator is released in
/// every case, and a failure to release counts only when nothing else failed.
fn each_task(
    client: &Client,
    group: Option<i64>,
    mut f: impl FnMut(&Map<String, Value>) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    // Taken before the iterator exists: Ctrl-C then lets this run release it before exiting.
    let hold = crate::interrupt::Hold::pending();
    let out = client.open(
        "Tasks.ResetTasksIterator",
        json!({
            "nGroupId": group.unwrap_or(0),
            "bGroupIdSignificant": group.is_some(),
            "strProductName": "",
            "strVersion": "",
            "strComponentName": "",
            "strInstanceId": "",
            "strTaskName": "",
            "bIncludeSupergroups": false,
        }),
    )?;
    let Some(id) = out.get("strTaskIteratorId").and_then(Value::as_str) else {
        return Err(Failure::new(
            Kind::Malformed,
            format!(
                "Tasks.ResetTasksIterator: the answer of {} has no strTaskIteratorId",
                client.server()
            ),
        )
        .into());
    };
    hold.rename(format!("the task iterator {id} on {}", client.server()));
    let walked = walk(client, id, &mut f);
    let released = client
        .read(
            "Tasks.ReleaseTasksIterator",
            json!({"strTaskIteratorId": id}),
        )
        .map(drop);
    drop(hold);
    crate::interrupt::after_cleanup(walked, released)
}

fn walk(
    client: &Client,
    id: &str,
    f: &mut impl FnMut(&Map<String, Value>) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    loop {
        crate::interrupt::check()?;
        let out = client.read("Tasks.GetNextTask", json!({"strTaskIteratorId": id}))?;
        let task = match out.get("pTaskData").map(plain) {
            Some(Value::Object(m)) if !m.is_empty() => m,
            // `{}` (or nothing) is the end.
            _ => return Ok(()),
        };
        if !f(&task)? {
            return Ok(());
        }
    }
}

/// A task attribute, at the top of its data or inside `TASK_INFO_PARAMS` (where servers put DisplayName
/// and the group).
fn attr<'a>(task: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    task.get(key)
        .or_else(|| task.get("TASK_INFO_PARAMS")?.get(key))
        .filter(|v| !v.is_null())
}

fn attr_text(task: &Map<String, Value>, key: &str) -> Option<String> {
    attr(task, key).map(text).filter(|s| !s.is_empty())
}

fn task_id(task: &Map<String, Value>) -> String {
    attr_text(task, "TASK_UNIQUE_ID").unwrap_or_default()
}

fn task_name(task: &Map<String, Value>) -> Option<String> {
    attr_text(task, "DisplayName")
}

fn row(task: &Map<String, Value>) -> KscTaskRow {
    KscTaskRow {
        id: task_id(task),
        name: task_name(task),
        task_type: attr_text(task, "TASK_NAME"),
        product: attr_text(task, "TASKID_PRODUCT_NAME"),
        version: attr_text(task, "TASKID_VERSION"),
        group: attr(task, "PRTS_TASK_GROUPID")
            .or_else(|| attr(task, "TASK_GROUP_ID"))
            .and_then(Value::as_i64),
        created: attr_text(task, "PRTS_TASK_CREATION_DATE"),
    }
}

/// A task named on the command line: its id, and its display name when known.
struct Named {
    id: String,
    name: Option<String>,
}

impl Named {
    fn describe(&self) -> String {
        match &self.name {
            Some(n) => format!("task {} ({n})", self.id),
            None => format!("task {}", self.id),
        }
    }
}

/// TASK as an id (digits: used as it is, nothing looked up) or a display name (looked up through the tasks
/// iterator: exactly equal, else equal ignoring case).
fn resolve(client: &Client, task: &str) -> anyhow::Result<Named> {
    if !task.is_empty() && task.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Named {
            id: task.to_owned(),
            name: None,
        });
    }
    if task.trim().is_empty() {
        return Err(
            Failure::new(Kind::Usage, "TASK is empty: give a task id or display name").into(),
        );
    }
    let (mut exact, mut folded) = (Vec::new(), Vec::new());
    each_task(client, None, |t| {
        let Some(name) = task_name(t) else {
            return Ok(true);
        };
        let found = (row(t), name.clone());
        if name == task {
            exact.push(found);
        } else if name.to_lowercase() == task.to_lowercase() {
            folded.push(found);
        }
        Ok(true)
    })?;
    let found = if exact.is_empty() { folded } else { exact };
    match found.len() {
        0 => Err(Failure::new(
            Kind::NotFound,
            format!("no task named '{task}' on {}", client.server()),
        )
        .hint("`fieldctl ksc tasks list` shows the tasks, with their ids")
        .into()),
        1 => {
            let (r, name) = found.into_iter().next().expect("one");
            Ok(Named {
                id: r.id,
                name: Some(name),
            })
        }
        n => {
            let list: Vec<String> = found
                .iter()
                .map(|(r, name)| match r.group {
                    Some(g) => format!("{} '{name}' (group {g})", r.id),
                    None => format!("{} '{name}'", r.id),
                })
                .collect();
            Err(Failure::new(
                Kind::Usage,
                format!(
                    "{n} tasks are named '{task}' on {}: {}",
                    client.server(),
                    list.join(", ")
                ),
            )
            .hint("name the task by its id")
            .into())
        }
    }
}

#[derive(Clone, Copy)]
enum Action {
    Run,
    Stop,
    Suspend,
    Resume,
}

impl Action {
    fn method(self) -> &'static str {
        match self {
            Action::Run => "Tasks.RunTask",
            Action::Stop => "Tasks.CancelTask",
            Action::Suspend => "Tasks.SuspendTask",
            Action::Resume => "Tasks.ResumeTask",
        }
    }

    fn done(self) -> &'static str {
        match self {
            Action::Run => "started",
            Action::Stop => "stopped",
            Action::Suspend => "suspended",
            Action::Resume => "resumed",
        }
    }
}

/// An action is sent once: a 503 is not repeated (a repeated RunTask would run the task twice).
fn act(ctx: &Context, client: &Client, task: &str, action: Action) -> anyhow::Result<()> {
    let named = resolve(client, task)?;
    client.call(action.method(), json!({"strTask": named.id}))?;
    ctx.out.note(&format!(
        "{} {} on {} (`fieldctl ksc tasks status {}` shows its progress)",
        action.done(),
        named.describe(),
        client.server(),
        named.id
    ));
    Ok(())
}

/// The statistics keys are the host task state bits (KSC Open API, "Bitmasks of host task states").
const PENDING: &str = "1";
const RUNNING: &str = "2";
const COMPLETED: &str = "4";
const WARNING: &str = "8";
const FAILED: &str = "16";
const SCHEDULED: &str = "32";
const SUSPENDED: &str = "64";

fn status(ctx: &Context, client: &Client, task: &str) -> anyhow::Result<()> {
    let mut named = resolve(client, task)?;
    if named.name.is_none() {
        let out = client.read("Tasks.GetTask", json!({"strTask": named.id}))?;
        if let Some(Value::Object(t)) = out.get("PxgRetVal").map(plain) {
            named.name = task_name(&t);
        }
    }
    let out = client.read("Tasks.GetTaskStatistics", json!({"strTask": named.id}))?;
    let stats = match out.get("PxgRetVal").map(plain) {
        Some(Value::Object(m)) => m,
        _ => {
            return Err(Failure::new(
                Kind::Malformed,
                format!(
                    "Tasks.GetTaskStatistics: the answer of {} has no statistics container",
                    client.server()
                ),
            )
            .into());
        }
    };
    ctx.out.row(&status_row(named, &stats))?;
    Ok(())
}

fn status_row(named: Named, stats: &Map<String, Value>) -> KscTaskStatusRow {
    let n = |k: &str| stats.get(k).and_then(Value::as_i64);
    KscTaskStatusRow {
        id: named.id,
        name: named.name,
        percent: n("GNRL_COMPLETED_PERCENT"),
        pending: n(PENDING),
        scheduled: n(SCHEDULED),
        running: n(RUNNING),
        suspended: n(SUSPENDED),
        completed: n(COMPLETED),
        warning: n(WARNING),
        failed: n(FAILED),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_attributes_at_the_top_and_in_task_info_params() {
        let t = plain(&json!({
            "TASK_UNIQUE_ID": "101",
            "TASK_NAME": "kss_update",
            "TASKID_PRODUCT_NAME": "KES",
            "TASKID_VERSION": "11.0.0.0",
            "TASK_INFO_PARAMS": {"type": "params", "value": {
                "DisplayName": "Update",
                "PRTS_TASK_GROUPID": 0,
                "PRTS_TASK_CREATION_DATE": {"type": "datetime", "value": "2026-09-01T12:00:00Z"}
            }}
        }));
        let r = row(t.as_object().unwrap());
        assert_eq!(r.id, "101");
        assert_eq!(r.name.as_deref(), Some("Update"));
        assert_eq!(r.task_type.as_deref(), Some("kss_update"));
        assert_eq!(r.group, Some(0));
        assert_eq!(r.created.as_deref(), Some("2026-09-01T12:00:00Z"));
    }

    #[test]
    fn statistics_are_read_by_state_bit() {
        let stats = json!({"1": 3, "2": 5, "4": 10, "8": 1, "16": 2, "32": 4, "64": 0, "GNRL_COMPLETED_PERCENT": 40});
        let r = status_row(
            Named {
                id: "7".into(),
                name: None,
            },
            stats.as_object().unwrap(),
        );
        assert_eq!(
            (
                r.pending,
                r.running,
                r.completed,
                r.warning,
                r.failed,
                r.scheduled,
                r.suspended
            ),
            (
                Some(3),
                Some(5),
                Some(10),
                Some(1),
                Some(2),
                Some(4),
                Some(0)
            )
        );
        assert_eq!(r.percent, Some(40));
    }
}
