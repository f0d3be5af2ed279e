//! The generated inventory: per (virtual) server a small group tree and `--hosts N` hosts whose attributes
//! are computed from their index (nothing is stored per host: 100,000 cost nothing at start). Host ids
//! (`KLHST_WKS_HOSTNAME`) are GUID-like and carry the index, so a lookup by id is O(1).

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::value::{datetime, long};

/// "Now" for generated times: fixed, so that every run serves the same inventory.
pub const NOW: i64 = 1_796_040_000; // 2026-11-30T12:00:00Z

/// The groups of one server, by local id: (local id, name, parent local id or -1, host name prefix).
/// 0 is "Managed devices" (`GroupIdGroups`), 1 "Unassigned devices" (`GroupIdUnassigned`), 10 is empty.
const GROUPS: &[(i64, &str, i64, &str)] = &[
    (0, "Managed devices", -1, "pc"),
    (1, "Unassigned devices", -1, "new"),
    (2, "Servers", 0, "srv"),
    (3, "Workstations", 0, "ws"),
    (4, "Laptops", 3, "lt"),
    (5, "Desktops", 3, "dt"),
    (6, "Moscow", 5, "msk"),
    (7, "Berlin", 5, "ber"),
    (8, "Web", 2, "web"),
    (9, "Databases", 2, "db"),
    (10, "Empty", 0, "-"),
];

/// Where host i starts: `HOME[i % 10]` (a local group id).
const HOME: [i64; 10] = [0, 2, 8, 9, 3, 4, 5, 6, 7, 1];

/// The attributes a host has (filters may name only these).
pub const HOST_FIELDS: &[&str] = &[
    "KLHST_WKS_HOSTNAME",
    "KLHST_WKS_DN",
    "KLHST_WKS_FQDN",
    "KLHST_WKS_DNSNAME",
    "KLHST_WKS_DNSDOMAIN",
    "KLHST_WKS_WINHOSTNAME",
    "KLHST_WKS_WINDOMAIN",
    "KLHST_WKS_GROUPID",
    "KLHST_WKS_GROUPID_GP",
    "KLHST_WKS_STATUS",
    "KLHST_WKS_STATUS_ID",
    "KLHST_WKS_LAST_VISIBLE",
    "KLHST_WKS_LAST_INFOUDATE",
    "KLHST_WKS_CREATED",
    "KLHST_WKS_IP_LONG",
    "KLHST_WKS_OS_NAME",
    "KLHST_WKS_OS_VER_MAJOR",
    "KLHST_WKS_RTP_STATE",
    "KLHST_WKS_NAG_VERSION",
    "KLHST_WKS_VIRUS_COUNT",
    "KLHST_WKS_FROM_UNASSIGNED",
    "KLHST_WKS_COMMENT",
];

pub const GROUP_FIELDS: &[&str] = &["id", "name", "grp_full_name", "parentId", "level"];

pub const SERVER_VERSION: &str = "14.2.0.26967";

/// Everything generated, plus what calls changed (moved hosts, removed groups).
pub struct Inventory {
    pub hosts: u32,
    /// "" for the main server, then the `--vserver` names.
    pub servers: Vec<String>,
    moved: HashMap<(usize, u32), i64>,
    removed: HashSet<i64>,
}

pub fn mix(mut z: u64) -> u64 {
    // splitmix64: a good spread from consecutive indexes
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Inventory {
    pub fn new(hosts: u32, vservers: Vec<String>) -> Inventory {
        let mut servers = vec![String::new()];
        servers.extend(vservers);
        Inventory {
            hosts,
            servers,
            moved: HashMap::new(),
            removed: HashSet::new(),
        }
    }

    /// Group ids of server k are k*100 + the local id: every (virtual) server has its own tree.
    pub fn root(server: usize) -> i64 {
        server as i64 * 100
    }

    pub fn unassigned(server: usize) -> i64 {
        server as i64 * 100 + 1
    }

    fn local(server: usize, id: i64) -> Option<&'static (i64, &'static str, i64, &'static str)> {
        let l = id - Self::root(server);
        GROUPS.iter().find(|g| g.0 == l)
    }

    pub fn group_exists(&self, server: usize, id: i64) -> bool {
        Self::local(server, id).is_some() && !self.removed.contains(&id)
    }

    /// The group's parent id, or None for a root.
    pub fn parent(server: usize, id: i64) -> Option<i64> {
        let g = Self::local(server, id)?;
        (g.2 >= 0).then(|| Self::root(server) + g.2)
    }

    /// The group and its ancestors, nearest first.
    pub fn ancestors(server: usize, id: i64) -> Vec<i64> {
        let mut out = vec![id];
        let mut at = id;
        while let Some(p) = Self::parent(server, at) {
            out.push(p);
            at = p;
        }
        out
    }

    pub fn groups(&self, server: usize) -> Vec<i64> {
        GROUPS
            .iter()
            .map(|g| Self::root(server) + g.0)
            .filter(|id| !self.removed.contains(id))
            .collect()
    }

    pub fn children(&self, server: usize, id: i64) -> Vec<i64> {
        self.groups(server)
            .into_iter()
            .filter(|g| Self::parent(server, *g) == Some(id))
            .collect()
    }

    /// The group and every group below it.
    pub fn subtree(&self, server: usize, id: i64) -> Vec<i64> {
        let mut out = vec![id];
        let mut i = 0;
        while i < out.len() {
            out.extend(self.children(server, out[i]));
            i += 1;
        }
        out
    }

    pub fn group_attr(&self, server: usize, id: i64, field: &str) -> Option<Value> {
        let g = Self::local(server, id)?;
        Some(match field {
            "id" => json!(id),
            "name" => json!(g.1),
            "parentId" => json!(Self::parent(server, id).unwrap_or(-1)),
            "level" => json!(Self::ancestors(server, id).len() - 1),
            "grp_full_name" => {
                let mut names: Vec<&str> = Self::ancestors(server, id)
                    .iter()
                    .filter_map(|a| Self::local(server, *a).map(|g| g.1))
                    .collect();
                names.reverse();
                json!(names.join("/"))
            }
            _ => return None,
        })
    }

    pub fn remove_groups(&mut self, ids: &[i64]) {
        self.removed.extend(ids.iter().copied());
    }

    /// Host i's group now; None when it is gone (its group was removed with its hosts).
    pub fn host_group(&self, server: usize, i: u32) -> Option<i64> {
        let g = match self.moved.get(&(server, i)) {
            Some(g) => *g,
            None => Self::root(server) + HOME[i as usize % HOME.len()],
        };
        (!self.removed.contains(&g)).then_some(g)
    }

    pub fn move_host(&mut self, server: usize, i: u32, group: i64) {
        self.moved.insert((server, i), group);
    }

    /// The `KLHST_WKS_HOSTNAME` of host i: `xxxxxxxx-xxxx-xxxx-SSSS-IIIIIIIIIIII` (S the server, I the index).
    pub fn host_id(server: usize, i: u32) -> String {
        let h = mix(((server as u64) << 32) | u64::from(i));
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            h >> 32,
            (h >> 16) & 0xffff,
            h & 0xffff,
            server,
            i
        )
    }

    /// The index of the host with this id on this server (and not gone).
    pub fn host_index(&self, server: usize, id: &str) -> Option<u32> {
        let mut parts = id.rsplit('-');
        let i = u32::from_str_radix(parts.next()?, 16).ok()?;
        let s = usize::from_str_radix(parts.next()?, 16).ok()?;
        (s == server && i < self.hosts && Self::host_id(s, i).eq_ignore_ascii_case(id))
            .then_some(i)
            .filter(|i| self.host_group(server, *i).is_some())
    }

    pub fn host_name(&self, server: usize, i: u32) -> String {
        let prefix = GROUPS
            .iter()
            .find(|g| g.0 == HOME[i as usize % HOME.len()])
            .map_or("pc", |g| g.3);
        match self.servers[server].as_str() {
            "" => format!("{prefix}-{i:06}"),
            vs => format!("{vs}-{prefix}-{i:06}"),
        }
    }

    /// One attribute of host i, typed as the server writes it inside params.
    pub fn host_attr(&self, server: usize, i: u32, field: &str) -> Option<Value> {
        let h = mix(((server as u64) << 32) | u64::from(i) | 1 << 60);
        let home = HOME[i as usize % HOME.len()];
        let is_server = matches!(home, 2 | 8 | 9);
        let visible = h % 10 < 7;
        Some(match field {
            "KLHST_WKS_HOSTNAME" => json!(Self::host_id(server, i)),
            "KLHST_WKS_DN" | "KLHST_WKS_DNSNAME" => json!(self.host_name(server, i)),
            "KLHST_WKS_FQDN" => json!(format!("{}.corp.example", self.host_name(server, i))),
            "KLHST_WKS_DNSDOMAIN" => json!("corp.example"),
            "KLHST_WKS_WINHOSTNAME" => json!(self.host_name(server, i).to_uppercase()),
            "KLHST_WKS_WINDOMAIN" => json!("CORP"),
            "KLHST_WKS_GROUPID" => json!(self.host_group(server, i)?),
            "KLHST_WKS_GROUPID_GP" => json!(Self::ancestors(server, self.host_group(server, i)?)),
            "KLHST_WKS_STATUS" => {
                // bit 0 visible, 2 Network Agent installed, 3 Network Agent alive, 4 protection installed
                let mut s = 0x04 | 0x10;
                if visible {
                    s |= 0x01 | 0x08;
                }
                json!(s)
            }
            "KLHST_WKS_STATUS_ID" => json!([0, 0, 0, 0, 0, 0, 1, 1, 2, 0][(h >> 8) as usize % 10]),
            "KLHST_WKS_LAST_VISIBLE" => datetime(if visible {
                NOW - (h >> 12) as i64 % 3600
            } else {
                NOW - 86_400 * 3 - (h >> 12) as i64 % (86_400 * 60)
            }),
            "KLHST_WKS_LAST_INFOUDATE" => datetime(NOW - (h >> 20) as i64 % 86_400),
            "KLHST_WKS_CREATED" => datetime(NOW - 86_400 * 400 + i64::from(i % 30_000) * 900),
            "KLHST_WKS_IP_LONG" => long((10 << 24) | i64::from((i + 1) & 0x00ff_ffff)),
            "KLHST_WKS_OS_NAME" => {
                let names: &[&str] = if is_server {
                    &[
                        "Microsoft Windows Server 2022",
                        "Microsoft Windows Server 2019",
                        "Ubuntu 22.04 LTS",
                        "Red Hat Enterprise Linux 9",
                    ]
                } else {
                    &[
                        "Microsoft Windows 11 Pro",
                        "Microsoft Windows 10 Enterprise",
                        "Microsoft Windows 11 Enterprise",
                        "macOS 14",
                    ]
                };
                json!(names[(h >> 24) as usize % names.len()])
            }
            "KLHST_WKS_OS_VER_MAJOR" => json!(10),
            "KLHST_WKS_RTP_STATE" => json!(if (h >> 28).is_multiple_of(20) { 1 } else { 4 }),
            "KLHST_WKS_NAG_VERSION" => json!(if (h >> 32).is_multiple_of(8) {
                "13.2.0.1511"
            } else {
                SERVER_VERSION
            }),
            "KLHST_WKS_VIRUS_COUNT" => long(if (h >> 36).is_multiple_of(25) {
                1 + (h >> 40) as i64 % 9
            } else {
                0
            }),
            "KLHST_WKS_FROM_UNASSIGNED" => json!(home == 1),
            "KLHST_WKS_COMMENT" => json!(""),
            _ => return None,
        })
    }

    /// The requested fields of host i as a record.
    pub fn host_record(&self, server: usize, i: u32, fields: &[String]) -> Map<String, Value> {
        fields
            .iter()
            .filter_map(|f| Some((f.clone(), self.host_attr(server, i, f)?)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_groups_nest() {
        let inv = Inventory::new(1000, vec!["vs1".into()]);
        let id = Inventory::host_id(1, 777);
        assert_eq!(inv.host_index(1, &id), Some(777));
        assert_eq!(inv.host_index(0, &id), None);
        assert_eq!(inv.host_index(1, &id.replace("0309", "0308")), None);
        assert_eq!(Inventory::ancestors(0, 6), vec![6, 5, 3, 0]);
        assert_eq!(inv.subtree(0, 3), vec![3, 4, 5, 6, 7]);
        assert_eq!(
            inv.group_attr(1, 106, "grp_full_name"),
            Some(json!("Managed devices/Workstations/Desktops/Moscow"))
        );
        assert_eq!(inv.host_group(0, 12), Some(8));
        assert_eq!(inv.host_name(1, 12), "vs1-web-000012");
    }
}
