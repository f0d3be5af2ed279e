//! One integration-test binary: every test runs the real `fieldctl` with a clean environment (temp HOME and
//! config/state dirs, NO_COLOR) against simulators on 127.0.0.1.

mod support;

mod can;
mod can_dbc;
mod can_dbc_fixes;
mod can_dbc_oracle;
mod can_dbc_output;
mod can_dbc_show;
mod can_dump;
mod can_field;
mod can_formats;
mod can_safety;
mod can_send;
mod config;
mod core_fixes;
mod docs;
mod exit_codes;
mod http_status;
mod ksc_client;
mod ksc_faults;
mod ksc_files;
mod ksc_inventory;
mod ksc_tasks;
mod ksc_tls;
mod lead_fixes;
mod ovms_account;
mod ovms_fleet;
mod ovms_history;
mod ovms_view;
mod settings;
mod sim_can;
mod sim_embedded;
mod sim_ksc;
mod sim_ovms;
mod state;
mod surface;
mod transport;
mod wire_constants;
