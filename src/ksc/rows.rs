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
pub const DOCUMENTED: &[(&str, &[crate::output::Column])] =
    &[("ksc token create", KscTokenRow::COLUMNS)];
