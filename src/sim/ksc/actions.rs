//! Asynchronous actions: `HostGroup.RemoveGroup` starts one, `AsyncActionStateChecker.CheckActionState`
//! follows it.

use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::api::{World, guid};
use super::inventory::Inventory;
use super::reply::{self, not_found};
use super::value::{int_arg, params, str_arg};
use crate::sim::http::Response;

/// How long an async action takes, and the delay it asks callers to wait between checks.
pub const ACTION_TIME: Duration = Duration::from_secs(1);
pub const CHECK_DELAY_MS: i64 = 200;

pub(super) struct Action {
    server: usize,
    started: Instant,
    /// `CheckActionState` calls answered so far.
    checks: u32,
    /// The error it finishes with, or None for success.
    failure: Option<Value>,
}

impl World {
    /// `RemoveGroup(nGroup, nFlags)`: an async action. nFlags 1 removes only an empty group (else the action
    /// fails), 2 also its subgroups (it fails when they hold hosts), 3 also the hosts.
    pub(super) fn remove_group(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let group = int_arg(p, "nGroup");
        if !self.inv.group_exists(s, group) {
            return not_found("Group", &group.to_string());
        }
        if Inventory::parent(s, group).is_none() {
            return reply::pxg_error_loc(
                reply::BAD_PARAM,
                0,
                "The group '%1' cannot be removed: it is a root group",
                &[&group.to_string()],
            );
        }
        let tree = self.inv.subtree(s, group);
        let has_hosts = (0..self.inv.hosts)
            .any(|i| self.inv.host_group(s, i).is_some_and(|g| tree.contains(&g)));
        let name = self.inv.group_attr(s, group, "name").unwrap_or_default();
        let name = name.as_str().unwrap_or("");
        let flags = int_arg(p, "nFlags");
        let failure = if (flags <= 1 && (has_hosts || tree.len() > 1)) || (flags == 2 && has_hosts)
        {
            Some(reply::error_body(
                reply::BAD_PARAM,
                0,
                "The group '%1' is not empty (%2)",
                &[
                    name,
                    if has_hosts {
                        "it has devices"
                    } else {
                        "it has subgroups"
                    },
                ],
            ))
        } else {
            self.inv.remove_groups(&tree);
            None
        };
        let guid = guid();
        self.actions.insert(
            guid.clone(),
            Action {
                server: s,
                started: Instant::now(),
                checks: 0,
                failure,
            },
        );
        reply::json(json!({"strActionGuid": guid}))
    }

    pub(super) fn check_action(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let id = str_arg(p, "wstrActionGuid");
        let Some(a) = self.actions.get_mut(id).filter(|a| a.server == s) else {
            return not_found("Action", id);
        };
        a.checks = a.checks.saturating_add(1);
        // `--action-checks N`: finished on the N-th check, whatever the time (tests count checks exactly).
        let running = match self.action_checks {
            Some(n) => a.checks < n,
            None => a.started.elapsed() < ACTION_TIME,
        };
        if running {
            return reply::json(json!({
                "bFinalized": false,
                "bSuccededFinalized": false,
                "lStateCode": 0,
                "pStateData": {},
                "lNextCheckDelay": CHECK_DELAY_MS,
            }));
        }
        let state = match &a.failure {
            None => json!({}),
            Some(e) => {
                let mut m = Map::new();
                m.insert(
                    "KLBLAG_ERROR_INFO".into(),
                    params(e.as_object().cloned().unwrap_or_default()),
                );
                Value::Object(m)
            }
        };
        reply::json(json!({
            "bFinalized": true,
            "bSuccededFinalized": a.failure.is_none(),
            "lStateCode": if a.failure.is_none() { 0 } else { 1 },
            "pStateData": state,
            "lNextCheckDelay": 0,
        }))
    }
}
