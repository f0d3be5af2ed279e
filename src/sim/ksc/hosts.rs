//! `HostGroup`: searching hosts and groups, host details, the group tree, moving hosts, server info.

use serde_json::{Map, Value, json};

use super::api::{World, fields_or, order_of};
use super::filter;
use super::inventory::{self, GROUP_FIELDS, HOST_FIELDS, Inventory};
use super::lists::{self, List, Rows};
use super::reply::{self, bad_param, not_found};
use super::value::{bool_arg, datetime, int_arg, params, params_arg, str_arg, strings_arg};
use crate::sim::http::Response;

impl World {
    pub(super) fn find_hosts(&mut self, p: &Map<String, Value>, s: usize) -> Response {
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

    pub(super) fn find_groups(&mut self, p: &Map<String, Value>, s: usize) -> Response {
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

    pub(super) fn host(&self, p: &Map<String, Value>, s: usize) -> Result<u32, Response> {
        let name = str_arg(p, "strHostName");
        self.inv
            .host_index(s, name)
            .ok_or_else(|| not_found("Host", name))
    }

    pub(super) fn host_info(&self, p: &Map<String, Value>, s: usize) -> Response {
        let i = match self.host(p, s) {
            Ok(i) => i,
            Err(r) => return r,
        };
        let fields = fields_or(strings_arg(p, "pFields2Return"), HOST_FIELDS);
        reply::ret(Value::Object(self.inv.host_record(s, i, &fields)))
    }

    pub(super) fn host_products(&self, p: &Map<String, Value>, s: usize) -> Response {
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
    pub(super) fn subgroups(&self, s: usize, id: i64, depth: i64) -> Vec<Value> {
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

    pub(super) fn move_hosts(&mut self, p: &Map<String, Value>, s: usize) -> Response {
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
}

pub(super) fn static_info(p: &Map<String, Value>, inv: &Inventory, s: usize) -> Response {
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
