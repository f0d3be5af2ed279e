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
    ("ksc trust", KscTrustRow::COLUMNS),
];

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
