//! The `ksc` group's output rows (docs/output.md). Each part of the group appends its row types here and
//! lists them in [`DOCUMENTED`].

use crate::output::Row;

crate::row! {
    /// `ksc token create`
    pub struct KscTokenRow {
        token: String => ("token", "TOKEN"),
        server: String => ("server", "SERVER"),
    }
}

#[cfg_attr(not(test), allow(dead_code))] // read by output::tests against docs/output.md
pub const DOCUMENTED: &[(&str, &[crate::output::Column])] = &[
    ("ksc token create", KscTokenRow::COLUMNS),
    ("ksc tasks list", KscTaskRow::COLUMNS),
    ("ksc tasks status", KscTaskStatusRow::COLUMNS),
    ("ksc server info", KscServerInfoRow::COLUMNS),
    ("ksc action wait", KscActionRow::COLUMNS),
    ("ksc trust", KscTrustRow::COLUMNS),
    ("ksc hosts", KscHostRow::COLUMNS),
    ("ksc host show", KscHostInfoRow::COLUMNS),
    ("ksc groups", KscGroupRow::COLUMNS),
    ("ksc events", KscEventRow::COLUMNS),
];

crate::row! {
    /// `ksc tasks list`
    pub struct KscTaskRow {
        id: String => ("id", "ID"),
        name: Option<String> => ("name", "NAME"),
        task_type: Option<String> => ("type", "TYPE"),
        product: Option<String> => ("product", "PRODUCT"),
        version: Option<String> => ("version", "VERSION"),
        group: Option<i64> => ("group", "GROUP"),
        created: Option<String> => ("created", "CREATED"),
    }
}

crate::row! {
    /// `ksc tasks status`: hosts per state (`Tasks.GetTaskStatistics`, keyed by the host task state bits).
    pub struct KscTaskStatusRow {
        id: String => ("id", "ID"),
        name: Option<String> => ("name", "NAME"),
        percent: Option<i64> => ("completed_percent", "DONE %"),
        pending: Option<i64> => ("pending", "PENDING"),
        scheduled: Option<i64> => ("scheduled", "SCHEDULED"),
        running: Option<i64> => ("running", "RUNNING"),
        suspended: Option<i64> => ("suspended", "SUSPENDED"),
        completed: Option<i64> => ("completed", "COMPLETED"),
        warning: Option<i64> => ("completed_with_warning", "WARNING"),
        failed: Option<i64> => ("failed", "FAILED"),
    }
}

crate::row! {
    /// `ksc server info`: one row per value `HostGroup.GetStaticInfo` returned.
    pub struct KscServerInfoRow {
        key: String => ("key", "KEY"),
        value: serde_json::Value => ("value", "VALUE"),
    }
}

crate::row! {
    /// `ksc action wait`: how the action ended (printed when it succeeded).
    pub struct KscActionRow {
        guid: String => ("guid", "GUID"),
        succeeded: bool => ("succeeded", "SUCCEEDED"),
        state_code: Option<i64> => ("state_code", "STATE"),
        state_data: serde_json::Value => ("state_data", "STATE DATA"),
    }
}

crate::row! {
    /// `ksc trust`
    pub struct KscTrustRow {
        server: String => ("server", "SERVER"),
        /// Lowercase hex, no separators: what `--pin-sha256` and `ksc.pin_sha256` take.
        sha256: String => ("sha256", "SHA-256"),
        subject: Option<String> => ("subject", "SUBJECT"),
        issuer: Option<String> => ("issuer", "ISSUER"),
        not_before: Option<String> => ("not_before", "NOT BEFORE"),
        not_after: Option<String> => ("not_after", "NOT AFTER"),
        /// Size of the DER certificate.
        bytes: usize => ("bytes", "BYTES"),
        /// The certificate is the one `ksc.pin_sha256` names (environment or profile); null when none is set.
        pinned: Option<bool> => ("pinned", "PINNED"),
    }
}

crate::row! {
    /// `ksc hosts` (without `--fields`)
    pub struct KscHostRow {
        name: String => ("name", "NAME"),
        id: String => ("id", "ID"),
        group: Option<i64> => ("group", "GROUP"),
        status: Option<i64> => ("status", "STATUS"),
        last_visible: Option<String> => ("last_visible", "LAST VISIBLE"),
        ip: Option<String> => ("ip", "IP"),
        os: Option<String> => ("os", "OS"),
    }
}

crate::row! {
    /// `ksc host show`
    pub struct KscHostInfoRow {
        name: String => ("name", "NAME"),
        id: String => ("id", "ID"),
        group: Option<i64> => ("group", "GROUP"),
        status: Option<i64> => ("status", "STATUS"),
        last_visible: Option<String> => ("last_visible", "LAST VISIBLE"),
        ip: Option<String> => ("ip", "IP"),
        os: Option<String> => ("os", "OS"),
        fqdn: Option<String> => ("fqdn", "FQDN"),
        domain: Option<String> => ("domain", "DOMAIN"),
        agent_version: Option<String> => ("agent_version", "AGENT VERSION"),
        rtp_state: Option<i64> => ("rtp_state", "RTP STATE"),
        virus_count: Option<i64> => ("virus_count", "VIRUS COUNT"),
        products: Vec<String> => ("products", "PRODUCTS"),
    }
}

crate::row! {
    /// `ksc groups`
    pub struct KscGroupRow {
        id: i64 => ("id", "ID"),
        name: String => ("name", "NAME"),
        parent: i64 => ("parent", "PARENT"),
        level: u32 => ("level", "LEVEL"),
        path: String => ("path", "PATH"),
    }
}

crate::row! {
    /// `ksc events` (without `--fields`)
    pub struct KscEventRow {
        id: Option<i64> => ("id", "ID"),
        time: Option<String> => ("time", "TIME"),
        severity: Option<i64> => ("severity", "SEVERITY"),
        host: Option<String> => ("host", "HOST"),
        event: Option<String> => ("event", "EVENT"),
        description: Option<String> => ("description", "DESCRIPTION"),
    }
}
