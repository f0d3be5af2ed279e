//! The inventory methods: `HostGroup`, `ChunkAccessor`, `SrvView`, `EventProcessing[Factory]`, `Tasks`,
//! `AsyncActionStateChecker` (see the module doc of `mod.rs` for what each serves).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::auth::Principal;
use super::filter;
use super::inventory::{self, GROUP_FIELDS, HOST_FIELDS, Inventory};
use super::lists::{self, List, Lists, Rows};
use super::reply::{self, bad_param, not_found};
use super::tasks::{self, Tasks};
use super::value::{
    bool_arg, datetime, int_arg, order_arg, params, params_arg, str_arg, strings_arg,
};
use super::{events, views};
use crate::sim::http::Response;

/// How long an async action takes, and the delay it asks callers to wait between checks.
pub const ACTION_TIME: Duration = Duration::from_secs(1);
pub const CHECK_DELAY_MS: i64 = 200;

/// What calls can change.
pub struct World {
    pub inv: Inventory,
    pub lists: Lists,
    pub tasks: Tasks,
    task_iters: HashMap<String, TaskIter>,
    actions: HashMap<String, Action>,
}

struct TaskIter {
    server: usize,
    ids: Vec<String>,
    next: usize,
    expires: Instant,
}

struct Action {
    server: usize,
    started: Instant,
    /// The error it finishes with, or None for success.
    failure: Option<Value>,
}

impl World {
    pub fn new(inv: Inventory) -> World {
        World {
            inv,
            lists: Lists::default(),
            tasks: Tasks::default(),
            task_iters: HashMap::new(),
            actions: HashMap::new(),
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
            "HostGroup.GetStaticInfo" => static_info(p, &self.inv, s),
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
            "Tasks.ReleaseTasksIterator" => {
                let id = str_arg(p, "strTaskIteratorId");
                match self.task_iters.get(id) {
                    Some(it) if it.server == s => {
                        self.task_iters.remove(id);
                        reply::json(json!({}))
                    }
                    _ => not_found("Iterator", id),
                }
            }
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

    fn find_hosts(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let known = |f: &str| HOST_FIELDS.contains(&f);
        let f = match filter::parse(str_arg(p, "wstrFilter"), &known) {
            Ok(f) => f,
            Err(e) => return bad_param("wstrFilter", &e),
        };
        let order = match order_of(p, &known) {
            Ok(o) => o,
            Err(r) => return r,
        };
        let inv = &self.inv;
        // The main server searches its virtual servers too, unless KLGRP_FIND_FROM_CUR_VS_ONLY is true.
        let servers =
            if s == 0 && !bool_arg(&params_arg(p, "pParams"), "KLGRP_FIND_FROM_CUR_VS_ONLY") {
                0..inv.servers.len()
            } else {
                s..s + 1
            };
        let mut idx: Vec<(usize, u32)> = servers
            .flat_map(|sv| (0..inv.hosts).map(move |i| (sv, i)))
            .filter(|&(sv, i)| {
                inv.host_group(sv, i).is_some() && f.matches(&|a| inv.host_attr(sv, i, a))
            })
            .collect();
        lists::order(&mut idx, &order, |(sv, i), a| inv.host_attr(sv, i, a));
        let n = idx.len();
        let fields = fields_or(
            strings_arg(p, "vecFieldsToReturn"),
            &["KLHST_WKS_HOSTNAME", "KLHST_WKS_DN"],
        );
        let list = List::new("ChunkAccessor", s, Rows::Hosts(idx), fields);
        let id = self.lists.add(list, int_arg(p, "lMaxLifeTime"));
        reply::json(json!({"PxgRetVal": n, "strAccessor": id}))
    }

    fn find_groups(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let known = |f: &str| GROUP_FIELDS.contains(&f);
        let f = match filter::parse(str_arg(p, "wstrFilter"), &known) {
            Ok(f) => f,
            Err(e) => return bad_param("wstrFilter", &e),
        };
        let inv = &self.inv;
        let mut ids: Vec<i64> = inv
            .groups(s)
            .into_iter()
            .filter(|g| f.matches(&|a| inv.group_attr(s, *g, a)))
            .collect();
        let order = match order_of(p, &known) {
            Ok(o) => o,
            Err(r) => return r,
        };
        lists::order(&mut ids, &order, |g, a| inv.group_attr(s, g, a));
        let records = ids
            .iter()
            .map(|g| {
                GROUP_FIELDS
                    .iter()
                    .filter_map(|a| Some(((*a).to_owned(), inv.group_attr(s, *g, a)?)))
                    .collect()
            })
            .collect::<Vec<Map<String, Value>>>();
        let n = records.len();
        let fields = fields_or(strings_arg(p, "vecFieldsToReturn"), GROUP_FIELDS);
        let list = List::new("ChunkAccessor", s, Rows::Records(records), fields);
        let id = self.lists.add(list, int_arg(p, "lMaxLifeTime"));
        reply::json(json!({"PxgRetVal": n, "strAccessor": id}))
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

    fn host(&self, p: &Map<String, Value>, s: usize) -> Result<u32, Response> {
        let name = str_arg(p, "strHostName");
        self.inv
            .host_index(s, name)
            .ok_or_else(|| not_found("Host", name))
    }

    fn host_info(&self, p: &Map<String, Value>, s: usize) -> Response {
        let i = match self.host(p, s) {
            Ok(i) => i,
            Err(r) => return r,
        };
        let fields = fields_or(strings_arg(p, "pFields2Return"), HOST_FIELDS);
        reply::ret(Value::Object(self.inv.host_record(s, i, &fields)))
    }

    fn host_products(&self, p: &Map<String, Value>, s: usize) -> Response {
        let i = match self.host(p, s) {
            Ok(i) => i,
            Err(r) => return r,
        };
        let nag = self
            .inv
            .host_attr(s, i, "KLHST_WKS_NAG_VERSION")
            .unwrap_or_default();
        let seen = self
            .inv
            .host_attr(s, i, "KLHST_WKS_LAST_INFOUDATE")
            .unwrap_or_default();
        let product = |name: &str, ver: &Value| {
            let mut m = Map::new();
            m.insert("DisplayName".into(), json!(name));
            m.insert("ProdVersion".into(), ver.clone());
            m.insert(
                "InstallTime".into(),
                datetime(inventory::NOW - 86_400 * 200),
            );
            m.insert("LastUpdateTime".into(), seen.clone());
            params(m)
        };
        let by_version = |version: &str, v: Value| {
            let mut m = Map::new();
            m.insert(version.to_owned(), v);
            params(m)
        };
        let mut out = Map::new();
        out.insert(
            "1093".into(),
            by_version(
                "1.0.0.0",
                product("Kaspersky Security Center Network Agent", &nag),
            ),
        );
        out.insert(
            "KES".into(),
            by_version(
                "11.0.0.0",
                product(
                    "Kaspersky Endpoint Security for Windows",
                    &json!("12.3.0.493"),
                ),
            ),
        );
        reply::ret(Value::Object(out))
    }

    /// `GetSubgroups`: `[{id, name, groups: […]}]`, `depth` levels deep.
    fn subgroups(&self, s: usize, id: i64, depth: i64) -> Vec<Value> {
        self.inv
            .children(s, id)
            .into_iter()
            .map(|c| {
                let mut m = Map::new();
                m.insert("id".into(), json!(c));
                m.insert(
                    "name".into(),
                    self.inv.group_attr(s, c, "name").unwrap_or_default(),
                );
                if depth > 1 {
                    let sub = self.subgroups(s, c, depth - 1);
                    if !sub.is_empty() {
                        m.insert("groups".into(), json!(sub));
                    }
                }
                params(m)
            })
            .collect()
    }

    fn move_hosts(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let group = int_arg(p, "nGroup");
        if !self.inv.group_exists(s, group) {
            return not_found("Group", &group.to_string());
        }
        let mut idx = Vec::new();
        for name in strings_arg(p, "pHostNames") {
            match self.inv.host_index(s, &name) {
                Some(i) => idx.push(i),
                None => return not_found("Host", &name),
            }
        }
        for i in idx {
            self.inv.move_host(s, i, group);
        }
        reply::json(json!({}))
    }

    /// `RemoveGroup(nGroup, nFlags)`: an async action. nFlags 1 removes only an empty group (else the action
    /// fails), 2 also its subgroups (it fails when they hold hosts), 3 also the hosts.
    fn remove_group(&mut self, p: &Map<String, Value>, s: usize) -> Response {
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
                failure,
            },
        );
        reply::json(json!({"strActionGuid": guid}))
    }

    fn check_action(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let id = str_arg(p, "wstrActionGuid");
        let Some(a) = self.actions.get(id).filter(|a| a.server == s) else {
            return not_found("Action", id);
        };
        if a.started.elapsed() < ACTION_TIME {
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

    fn reset_tasks(&mut self, p: &Map<String, Value>, s: usize) -> Response {
        let group = int_arg(p, "nGroupId");
        let significant = bool_arg(p, "bGroupIdSignificant");
        let supergroups = bool_arg(p, "bIncludeSupergroups");
        if significant && !self.inv.group_exists(s, group) {
            return not_found("Group", &group.to_string());
        }
        let groups = if supergroups {
            Inventory::ancestors(s, group)
        } else {
            vec![group]
        };
        let ids = tasks::ids(s)
            .into_iter()
            .filter(|t| !significant || tasks::group(s, t).is_some_and(|g| groups.contains(&g)))
            .filter(|t| {
                tasks::matches(
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

    fn next_task(&mut self, id: &str, s: usize) -> Response {
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
                tasks::data(s, t).unwrap_or_default()
            }
            None => Map::new(),
        };
        reply::json(json!({"pTaskData": data}))
    }

    fn task(&mut self, method: &str, p: &Map<String, Value>, s: usize) -> Response {
        let id = str_arg(p, "strTask");
        if !tasks::exists(s, id) {
            return not_found("Task", id);
        }
        match method {
            "Tasks.GetTask" => {
                return reply::ret(Value::Object(tasks::data(s, id).unwrap_or_default()));
            }
            "Tasks.RunTask" => self.tasks.run(id),
            "Tasks.SuspendTask" => self.tasks.suspend(id),
            "Tasks.ResumeTask" => self.tasks.resume(id),
            "Tasks.CancelTask" => self.tasks.cancel(id),
            _ => {
                let tree = self.inv.subtree(s, tasks::group(s, id).unwrap_or(0));
                let hosts = (0..self.inv.hosts)
                    .filter(|i| {
                        self.inv
                            .host_group(s, *i)
                            .is_some_and(|g| tree.contains(&g))
                    })
                    .count() as u64;
                let stats = self.tasks.statistics(id, hosts, tasks::fails(s, id));
                return reply::ret(Value::Object(stats));
            }
        }
        reply::json(json!({}))
    }
}

/// `vecFieldsToOrder`, every field one `known` accepts; else the PxgError.
fn order_of(
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
fn raw_json(text: String) -> Response {
    Response::new(200, "application/json", text)
}

/// The requested fields, or these when none are.
fn fields_or(asked: Vec<String>, default: &[&str]) -> Vec<String> {
    if asked.is_empty() {
        default.iter().map(|f| (*f).to_owned()).collect()
    } else {
        asked
    }
}

fn static_info(p: &Map<String, Value>, inv: &Inventory, s: usize) -> Response {
    let mut all = Map::new();
    all.insert(
        "KLADMSRV_PRODUCT_FULL_VERSION".into(),
        json!(inventory::SERVER_VERSION),
    );
    all.insert("KLADMSRV_PRODUCT_VERSION".into(), json!("14.2.0"));
    all.insert("KLADMSRV_PRODUCT_NAME".into(), json!("1093"));
    all.insert("KLADMSRV_SERVER_HOSTNAME".into(), json!("ksc-sim-0001"));
    all.insert("KLADMSRV_FQDN".into(), json!("ksc.corp.example"));
    all.insert("KLADMSRV_IS_VIRTUAL".into(), json!(s > 0));
    all.insert("KLADMSRV_VSRV_NAME".into(), json!(inv.servers[s]));
    all.insert("KLADMSRV_GRP_ROOT".into(), json!(Inventory::root(s)));
    all.insert(
        "KLADMSRV_GRP_UNASSIGNED".into(),
        json!(Inventory::unassigned(s)),
    );
    all.insert("KLADMSRV_NAGENT_RUNNING".into(), json!(true));
    all.insert("KLADMSRV_HOSTS_COUNT".into(), json!(inv.hosts));
    // pValues names the values wanted (as keys of a params, or an array); null means all.
    let wanted: Vec<String> = match p.get("pValues").map(super::value::unwrap) {
        Some(Value::Object(o)) => o.keys().cloned().collect(),
        Some(Value::Array(_)) => strings_arg(p, "pValues"),
        _ => Vec::new(),
    };
    if !wanted.is_empty() {
        all.retain(|k, _| wanted.contains(k));
    }
    reply::ret(Value::Object(all))
}

/// A random GUID, as the server's action and iterator ids.
fn guid() -> String {
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
