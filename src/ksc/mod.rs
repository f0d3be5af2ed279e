//! `fieldctl ksc` (Kaspersky Security Center Open API): only the settings are declared so far.

pub mod settings;
#[allow(dead_code)] // until `ksc trust` and the ksc connection options are wired
pub mod trust;
