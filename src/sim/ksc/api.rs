//! The inventory's state and the dispatch of its methods: `HostGroup` (hosts.rs), `ChunkAccessor`, `SrvView`,
//! `EventProcessing[Factory]` (here), `Tasks` (tasks.rs), `AsyncActionStateChecker` (actions.rs). The module
//! doc of `mod.rs` says what each serves.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::actions::Action;
use super::auth::Principal;
use super::filter;
use super::inventory::Inventory;
use super::lists::{self, List, Lists, Rows};
use super::reply::{self, bad_param, not_found};
use super::tasks::{TaskIter, Tasks};
use super::value::{int_arg, order_arg, params_arg, str_arg, strings_arg};
use super::{events, views};
use crate::sim::http::Response;

/// What calls can change.
pub struct World {
    pub inv: Inventory,
    pub lists: Lists,
    pub tasks: Tasks,
    pub(super) task_iters: HashMap<String, TaskIter>,
    pub(super) actions: HashMap<String, Action>,
    /// `--action-checks N`: an action finishes on its N-th check (None: after `ACTION_TIME`).
    pub(super) action_checks: Option<u32>,
}

impl World {
    pub fn new(inv: Inventory, action_checks: Option<u32>) -> World {
        World {
            inv,
            lists: Lists::default(),
            tasks: Tasks::default(),
            task_iters: HashMap::new(),
            actions: HashMap::new(),
            action_checks,
        }
    }

    /// `None`: not a method this simulator has (404).
    pub fn call(
        &mut self,
        method: &str,
        p: &Map<String, Value>,
        who: &Principal,
    ) -> Option<Response> {
        let s = who.server;
        Some(match method {
            "HostGroup.FindHosts" => self.find_hosts(p, s),
            "HostGroup.FindGroups" => self.find_groups(p, s),
            "ChunkAccessor.GetItemsCount" => {
                self.count(str_arg(p, "strAccessor"), "ChunkAccessor", s)
            }
            "ChunkAccessor.GetItemsChunk" => {
                let id = str_arg(p, "strAccessor");
                let start = int_arg(p, "nStart");
                let end = start.saturating_add(int_arg(p, "nCount"));
                match self.range(id, "ChunkAccessor", s, start, end) {
                    Some((n, items)) => raw_json(format!(
                        r#"{{"PxgRetVal":{n},"pChunk":{{"KLCSP_ITERATOR_ARRAY":{items}}}}}"#
                    )),
                    None => not_found("Accessor", id),
                }
            }
            "ChunkAccessor.Release" => self.release(str_arg(p, "strAccessor"), "ChunkAccessor", s),
            "HostGroup.GetHostInfo" => self.host_info(p, s),
            "HostGroup.GetHostProducts" => self.host_products(p, s),
            "HostGroup.GetStaticInfo" => super::hosts::static_info(p, &self.inv, s),
            "HostGroup.GroupIdGroups" => reply::ret(json!(Inventory::root(s))),
            "HostGroup.GroupIdUnassigned" => reply::ret(json!(Inventory::unassigned(s))),
            "HostGroup.GetSubgroups" => {
                let id = int_arg(p, "nGroupId");
                if !self.inv.group_exists(s, id) {
                    return Some(not_found("Group", &id.to_string()));
                }
                let depth = int_arg(p, "nDepth");
                reply::ret(json!(self.subgroups(
                    s,
                    id,
                    if depth <= 0 { i64::MAX } else { depth }
                )))
            }
            "HostGroup.MoveHostsToGroup" => self.move_hosts(p, s),
            "HostGroup.RemoveGroup" => self.remove_group(p, s),
            "SrvView.ResetIterator" => self.reset_view(p, s),
            "SrvView.GetRecordCount" => self.count(str_arg(p, "wstrIteratorId"), "SrvView", s),
            "SrvView.GetRecordRange" => {
                let id = str_arg(p, "wstrIteratorId");
                match self.range(id, "SrvView", s, int_arg(p, "nStart"), int_arg(p, "nEnd")) {
                    Some((_, items)) => raw_json(format!(
                        r#"{{"pRecords":{{"KLCSP_ITERATOR_ARRAY":{items}}}}}"#
                    )),
                    None => not_found("Iterator", id),
                }
            }
            "SrvView.ReleaseIterator" => self.release(str_arg(p, "wstrIteratorId"), "SrvView", s),
            "EventProcessingFactory.CreateEventProcessing2" => self.create_events(p, s),
            "EventProcessing.GetRecordCount" => {
                self.count(str_arg(p, "strIteratorId"), "EventProcessing", s)
            }
            "EventProcessing.GetRecordRange" => {
                let id = str_arg(p, "strIteratorId");
                match self.range(
                    id,
                    "EventProcessing",
                    s,
                    int_arg(p, "nStart"),
                    int_arg(p, "nEnd"),
                ) {
                    Some((_, items)) => raw_json(format!(
                        r#"{{"pParamsEvents":{{"KLEVP_EVENT_RANGE_ARRAY":{items}}}}}"#
                    )),
                    None => not_found("Iterator", id),
                }
            }
            "EventProcessing.ReleaseIterator" => {
                self.release(str_arg(p, "strIteratorId"), "EventProcessing", s)
            }
            "Tasks.ResetTasksIterator" => self.reset_tasks(p, s),
            "Tasks.GetNextTask" => self.next_task(str_arg(p, "strTaskIteratorId"), s),
            "Tasks.ReleaseTasksIterator" => self.release_tasks(str_arg(p, "strTaskIteratorId"), s),
            "Tasks.GetTask"
            | "Tasks.RunTask"
            | "Tasks.SuspendTask"
            | "Tasks.ResumeTask"
            | "Tasks.CancelTask"
            | "Tasks.GetTaskStatistics" => self.task(method, p, s),
            "AsyncActionStateChecker.CheckActionState" => self.check_action(p, s),
            _ => return None,
        })
    }

    fn count(&mut self, id: &str, kind: &str, s: usize) -> Response {
        match self.lists.get(id, kind, s) {
            Some(l) => reply::ret(json!(l.len())),
            None => not_found(
                if kind == "ChunkAccessor" {
                    "Accessor"
                } else {
                    "Iterator"
                },
                id,
            ),
        }
    }

    fn range(
        &mut self,
        id: &str,
        kind: &str,
        s: usize,
        start: i64,
        end: i64,
    ) -> Option<(usize, String)> {
        let inv = &self.inv;
        self.lists
            .get(id, kind, s)
            .map(|l| l.range(inv, start, end))
    }

    fn release(&mut self, id: &str, kind: &str, s: usize) -> Response {
        if self.lists.release(id, kind, s) {
            reply::json(json!({}))
        } else {
            not_found(
                if kind == "ChunkAccessor" {
                    "Accessor"
                } else {
                    "Iterator"
                },
                id,
            )
        }
    }

    fn reset_view(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let view = str_arg(p, "wstrViewName");
        let Some(known_fields) = views::fields(view) else {
            return not_found("View", view);
        };
        let known = |f: &str| known_fields.contains(&f);
        let f = match filter::parse(str_arg(p, "wstrFilter"), &known) {
            Ok(f) => f,
            Err(e) => return bad_param("wstrFilter", &e),
        };
        let mut records: Vec<Map<String, Value>> = views::records(view, &self.inv, s)
            .into_iter()
            .filter(|r| f.matches(&|a| r.get(a).cloned()))
            .collect();
        let order = match order_of(p, &known) {
            Ok(o) => o,
            Err(r) => return r,
        };
        let mut idx: Vec<usize> = (0..records.len()).collect();
        lists::order(&mut idx, &order, |i, a| records[i].get(a).cloned());
        let mut sorted: Vec<Map<String, Value>> = Vec::with_capacity(records.len());
        for i in idx {
            sorted.push(std::mem::take(&mut records[i]));
        }
        let fields = fields_or(strings_arg(p, "vecFieldsToReturn"), known_fields);
        let list = List::new("SrvView", s, Rows::Records(sorted), fields);
        let id = self.lists.add(list, int_arg(p, "lifetimeSec"));
        reply::json(json!({"wstrIteratorId": id}))
    }

    fn create_events(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let mut idx = events::select(&self.inv, s, &params_arg(p, "pFilter"));
        let order = match order_of(p, &|f| events::FIELDS.contains(&f)) {
            Ok(o) => o,
            Err(r) => return r,
        };
        let inv = &self.inv;
        lists::order(&mut idx, &order, |e, a| events::attr(inv, s, e, a));
        let fields = fields_or(strings_arg(p, "vecFieldsToReturn"), events::FIELDS);
        let list = List::new("EventProcessing", s, Rows::Events(idx), fields);
        let id = self.lists.add(list, int_arg(p, "lifetimeSec"));
        reply::json(json!({"strIteratorId": id}))
    }
}

/// `vecFieldsToOrder`, every field one `known` accepts; else the PxgError.
pub(super) fn order_of(
    p: &Map<String, Value>,
    known: &dyn Fn(&str) -> bool,
) -> Result<Vec<(String, bool)>, Response> {
    let order = order_arg(p, "vecFieldsToOrder");
    match order.iter().find(|(o, _)| !known(o)) {
        Some((bad, _)) => Err(bad_param(
            "vecFieldsToOrder",
            &format!("unknown attribute {bad:?}"),
        )),
        None => Ok(order),
    }
}

/// 200 with JSON already written.
pub(super) fn raw_json(text: String) -> Response {
    Response::new(200, "application/json", text)
}

/// The requested fields, or these when none are.
pub(super) fn fields_or(asked: Vec<String>, default: &[&str]) -> Vec<String> {
    if asked.is_empty() {
        default.iter().map(|f| (*f).to_owned()).collect()
    } else {
        asked
    }
}

/// A random GUID, as the server's action and iterator ids.
pub(super) fn guid() -> String {
    let b = super::auth::random_bytes(16);
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}
