//! Generated events: two per host, oldest first, made from their index as hosts are.

use serde_json::{Map, Value, json};

use super::inventory::{Inventory, NOW, mix};
use super::value::{datetime, long};

pub const FIELDS: &[&str] = &[
    "event_db_id",
    "event_type",
    "event_type_display_name",
    "descr",
    "severity",
    "rise_time",
    "registration_time",
    "hostname",
    "hostdn",
    "product_name",
    "product_version",
    "task_display_name",
];

/// (event_type, display name, severity: 1 info, 2 warning, 3 error, 4 critical, product, task).
const TYPES: &[(&str, &str, i64, &str, &str)] = &[
    ("KLPRCI_TaskState", "Task state changed", 1, "KES", "Update"),
    (
        "GNRL_EV_VIRUS_FOUND",
        "Malicious object detected",
        4,
        "KES",
        "Virus scan",
    ),
    ("KLNAG_EV_DEVICE_ARRIVAL", "Device connected", 1, "1093", ""),
    (
        "GNRL_EV_OBJECT_NOTCURED",
        "Object not disinfected",
        3,
        "KES",
        "Virus scan",
    ),
    (
        "KLSRV_EV_LICENSE_CHECK_90",
        "License expires soon",
        2,
        "1093",
        "",
    ),
    (
        "KLPRCI_TaskState",
        "Task state changed",
        1,
        "1093",
        "Install application remotely",
    ),
];

pub fn count(inv: &Inventory) -> u32 {
    inv.hosts.saturating_mul(2)
}

pub fn attr(inv: &Inventory, server: usize, e: u32, field: &str) -> Option<Value> {
    let h = mix(u64::from(e) | 1 << 61 | (server as u64) << 40);
    let host = (h % u64::from(inv.hosts.max(1))) as u32;
    let t = TYPES[(h >> 20) as usize % TYPES.len()];
    // evenly spread over the last 30 days, oldest first
    let rise = NOW - 86_400 * 30 + i64::from(e) * 86_400 * 30 / i64::from(count(inv).max(1));
    Some(match field {
        "event_db_id" => long(i64::from(e) + 1),
        "event_type" => json!(t.0),
        "event_type_display_name" => json!(t.1),
        "descr" => json!(format!("{} on {}", t.1, inv.host_name(server, host))),
        "severity" => json!(t.2),
        "rise_time" => datetime(rise),
        "registration_time" => datetime(rise + 2),
        "hostname" => json!(Inventory::host_id(server, host)),
        "hostdn" => json!(inv.host_name(server, host)),
        "product_name" => json!(t.3),
        "product_version" => json!(if t.3 == "KES" { "11.0.0.0" } else { "1.0.0.0" }),
        "task_display_name" => json!(t.4),
        _ => return None,
    })
}

/// The events `pFilter` selects: each of its keys must equal the event's value (unknown keys are ignored,
/// as the server ignores parameters it does not know).
pub fn select(inv: &Inventory, server: usize, filter: &Map<String, Value>) -> Vec<u32> {
    let wanted: Vec<(&String, &Value)> = filter
        .iter()
        .filter(|(k, _)| FIELDS.contains(&k.as_str()))
        .collect();
    (0..count(inv))
        .filter(|e| {
            wanted.iter().all(|(k, v)| {
                attr(inv, server, *e, k)
                    .is_some_and(|a| super::value::unwrap(&a) == super::value::unwrap(v))
            })
        })
        .collect()
}
