//! The `SrvView` views this simulator serves, with their fields; the records are made when an iterator is
//! reset (they are small). Any other view name is a `PxgError`.

use serde_json::{Map, Value, json};

use super::inventory::{Inventory, NOW};
use super::value::{datetime, long};

/// (view name, fields).
pub const VIEWS: &[(&str, &[&str])] = &[
    // as in the spec's samples: 177 mobile devices
    ("UmdmDevices", &["Dev_Id", "Dev_Model", "Dev_ProtocolId"]),
    (
        "GlobalUsersListSrvViewName",
        &[
            "ul_llTrusteeId",
            "ul_wstrDisplayName",
            "ul_wstrSamAccountName",
            "ul_wstrMail",
            "ul_bDisabled",
            "ul_nVServer",
            "ul_tmCreated",
        ],
    ),
    (
        "InvSrvViewName",
        &[
            "nPackageId",
            "wstrDisplayName",
            "wstrDisplayVersion",
            "wstrPublisher",
            "tmInstallDate",
            "nHostsCount",
        ],
    ),
];

pub fn fields(view: &str) -> Option<&'static [&'static str]> {
    VIEWS.iter().find(|(v, _)| *v == view).map(|(_, f)| *f)
}

pub fn records(view: &str, inv: &Inventory, server: usize) -> Vec<Map<String, Value>> {
    let obj = |v: Value| v.as_object().cloned().unwrap_or_default();
    let vs = server as i64;
    match view {
        "UmdmDevices" => (1..=177)
            .map(|i| {
                let (model, proto) = [("iPhone", 1), ("KES Device", 2), ("ActiveSync Device", 4)]
                    [(i as usize - 1) % 3];
                obj(json!({"Dev_Id": i, "Dev_Model": model, "Dev_ProtocolId": proto}))
            })
            .collect(),
        "GlobalUsersListSrvViewName" => {
            const NAMES: &[&str] = &[
                "Alice Martin",
                "Bob Schulz",
                "Carla Rossi",
                "Dmitry Ivanov",
                "Eve Dupont",
                "Farid Haddad",
                "Greta Olsen",
                "Hiro Tanaka",
                "Ines Costa",
                "Jan Novak",
            ];
            (0..40)
                .map(|i: i64| {
                    let name = NAMES[i as usize % NAMES.len()];
                    let first = name.split(' ').next().unwrap_or(name).to_lowercase();
                    let sam = format!("{first}{}", i / 10 + 1);
                    obj(json!({
                        "ul_llTrusteeId": long(1000 + i),
                        "ul_wstrDisplayName": format!("{name} {}", i / 10 + 1),
                        "ul_wstrSamAccountName": sam,
                        "ul_wstrMail": format!("{sam}@corp.example"),
                        "ul_bDisabled": i % 13 == 5,
                        "ul_nVServer": vs,
                        "ul_tmCreated": datetime(NOW - 86_400 * (400 - i * 7)),
                    }))
                })
                .collect()
        }
        "InvSrvViewName" => {
            const APPS: &[(&str, &str, &str)] = &[
                (
                    "Kaspersky Endpoint Security for Windows",
                    "12.3.0.493",
                    "AO Kaspersky Lab",
                ),
                (
                    "Kaspersky Security Center Network Agent",
                    "14.2.0.26967",
                    "AO Kaspersky Lab",
                ),
                ("Mozilla Firefox", "128.5.1", "Mozilla"),
                ("Google Chrome", "131.0.6778.86", "Google LLC"),
                ("7-Zip 23.01 (x64)", "23.01", "Igor Pavlov"),
                ("Microsoft Edge", "131.0.2903.70", "Microsoft Corporation"),
                ("Notepad++ (64-bit x64)", "8.6.9", "Notepad++ Team"),
                (
                    "PostgreSQL 16",
                    "16.4-1",
                    "PostgreSQL Global Development Group",
                ),
                ("VLC media player", "3.0.21", "VideoLAN"),
                (
                    "Microsoft Office Professional Plus 2021",
                    "16.0.14332.20812",
                    "Microsoft Corporation",
                ),
            ];
            APPS.iter()
                .enumerate()
                .map(|(i, (name, ver, publisher))| {
                    obj(json!({
                        "nPackageId": i as i64 + 1,
                        "wstrDisplayName": name,
                        "wstrDisplayVersion": ver,
                        "wstrPublisher": publisher,
                        "tmInstallDate": datetime(NOW - 86_400 * (30 + i as i64 * 11)),
                        "nHostsCount": i64::from(inv.hosts) * (10 - i as i64) / 10,
                    }))
                })
                .collect()
        }
        _ => Vec::new(),
    }
}
