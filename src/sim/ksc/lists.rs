//! Server-side result sets: `HostGroup.FindHosts`/`FindGroups` accessors (`ChunkAccessor`), `SrvView`
//! iterators and event iterators. Each lives until released or until its lifetime (seconds, from creation)
//! is over; after that its id is unknown (a `PxgError`). Host and event sets keep only indexes: records are
//! made when a range is read.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::events;
use super::inventory::Inventory;
use super::value::unwrap;

pub enum Rows {
    /// (server, host index): the main server's searches also see its virtual servers' hosts.
    Hosts(Vec<(usize, u32)>),
    Events(Vec<u32>),
    Records(Vec<Map<String, Value>>),
}

pub struct List {
    /// Which interface reads it: "ChunkAccessor", "SrvView", "EventProcessing".
    kind: &'static str,
    pub server: usize,
    pub rows: Rows,
    pub fields: Vec<String>,
    expires: Instant,
}

impl List {
    pub fn new(kind: &'static str, server: usize, rows: Rows, fields: Vec<String>) -> List {
        List {
            kind,
            server,
            rows,
            fields,
            expires: Instant::now(),
        }
    }

    pub fn len(&self) -> usize {
        match &self.rows {
            Rows::Hosts(v) => v.len(),
            Rows::Events(v) => v.len(),
            Rows::Records(v) => v.len(),
        }
    }

    /// Records `start..end` (clamped), as the JSON text of an array of `params` wrappers (what
    /// `KLCSP_ITERATOR_ARRAY` holds), and how many. Written directly: a chunk of 1,000 hosts need not be a
    /// tree of maps first.
    pub fn range(&self, inv: &Inventory, start: i64, end: i64) -> (usize, String) {
        let end = (end.max(0) as usize).min(self.len());
        let start = (start.max(0) as usize).min(end);
        let mut out = String::with_capacity((end - start) * 64 * (self.fields.len() + 1) + 2);
        out.push('[');
        for k in start..end {
            if k > start {
                out.push(',');
            }
            out.push_str(r#"{"type":"params","value":{"#);
            let mut first = true;
            for f in &self.fields {
                let v = match &self.rows {
                    Rows::Hosts(v) => inv.host_attr(v[k].0, v[k].1, f),
                    Rows::Events(v) => events::attr(inv, self.server, v[k], f),
                    Rows::Records(v) => v[k].get(f).cloned(),
                };
                let Some(v) = v else { continue };
                if !first {
                    out.push(',');
                }
                first = false;
                out.push_str(&Value::from(f.as_str()).to_string());
                out.push(':');
                out.push_str(&v.to_string());
            }
            out.push_str("}}");
        }
        out.push(']');
        (end - start, out)
    }
}

#[derive(Default)]
pub struct Lists {
    lists: HashMap<String, List>,
}

impl Lists {
    /// Keep `list` for `lifetime` seconds (0 or less: 2 hours, as the server's default); its id.
    pub fn add(&mut self, mut list: List, lifetime: i64) -> String {
        let now = Instant::now();
        self.lists.retain(|_, l| l.expires > now);
        let secs = if lifetime > 0 { lifetime as u64 } else { 7200 };
        list.expires = now + Duration::from_secs(secs);
        let id = super::auth::random_b64(24)
            .replace(['+', '/'], "x")
            .trim_end_matches('=')
            .to_owned();
        self.lists.insert(id.clone(), list);
        id
    }

    /// The list, if it exists for this interface on this server and has not expired.
    pub fn get(&mut self, id: &str, kind: &str, server: usize) -> Option<&List> {
        if self.lists.get(id)?.expires <= Instant::now() {
            self.lists.remove(id);
            return None;
        }
        self.lists
            .get(id)
            .filter(|l| l.server == server && l.kind == kind)
    }

    pub fn release(&mut self, id: &str, kind: &str, server: usize) -> bool {
        self.get(id, kind, server).is_some() && self.lists.remove(id).is_some()
    }
}

/// Sort `rows` by the `vecFieldsToOrder` fields, `key` giving a row's value of a field.
pub fn order<T: Copy>(
    rows: &mut Vec<T>,
    by: &[(String, bool)],
    key: impl Fn(T, &str) -> Option<Value>,
) {
    if by.is_empty() {
        return;
    }
    let mut keyed: Vec<(Vec<Option<Value>>, T)> = rows
        .iter()
        .map(|r| (by.iter().map(|(f, _)| key(*r, f)).collect(), *r))
        .collect();
    keyed.sort_by(|a, b| {
        for (i, (_, asc)) in by.iter().enumerate() {
            let o = compare(a.0[i].as_ref(), b.0[i].as_ref());
            let o = if *asc { o } else { o.reverse() };
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    });
    *rows = keyed.into_iter().map(|(_, r)| r).collect();
}

/// Numbers by value, text case-insensitively (datetimes are text that sorts), missing values last.
pub fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a.map(unwrap), b.map(unwrap)) {
        (None, None) => Ordering::Equal,
        (None, _) => Ordering::Greater,
        (_, None) => Ordering::Less,
        (Some(Value::Number(x)), Some(Value::Number(y))) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Some(Value::String(x)), Some(Value::String(y))) => x.to_lowercase().cmp(&y.to_lowercase()),
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        (Some(x), Some(y)) => x.to_string().cmp(&y.to_string()),
    }
}
