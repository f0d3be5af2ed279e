//! `fieldctl ksc` (Kaspersky Security Center Open API): only the settings are declared so far.

pub mod settings;
