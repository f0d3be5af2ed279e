//! `fieldctl ovms` (OVMS servers): only the settings are declared so far.

pub mod settings;
