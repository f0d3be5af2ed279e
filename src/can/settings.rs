//! The `can` group's settings and credential: the only place their keys and variables are written.

use crate::address::{Defaults, Scheme};
use crate::settings::{Credential, CredentialKind, Group, Setting};

/// Kvaser REST devices: plain HTTP on port 8080.
pub const ADDRESS: Defaults = Defaults {
    scheme: Scheme::Http,
    port: 8080,
    flag: "--host",
    sim: crate::sim::embedded::Sim::Can,
};

fn check_server(value: &str) -> Result<(), String> {
    crate::address::check(value, ADDRESS)
}

pub static HOST: Setting<Option<String>> = Setting::checked(
    "can.host",
    check_server,
    "Device address HOST[:PORT] (port 8080 by default), an http(s):// URL, or `sim` (a simulator inside the command)",
)
.env("FIELDCTL_CAN_HOST");

pub static SESSION_TIMEOUT: Setting<u32> = Setting::int_or(
    "can.session_timeout",
    1,
    86399,
    "30",
    "Session inactivity timeout in seconds",
)
.env("FIELDCTL_CAN_SESSION_TIMEOUT");

pub static BITRATE: Setting<String> = Setting::text_or(
    "can.bitrate",
    Some(check_bitrate),
    "500K",
    "Bus bitrate: 1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or keep (the bus as it is configured)",
)
.env("FIELDCTL_CAN_BITRATE");

pub static CA_CERT: Setting<Option<std::path::PathBuf>> = Setting::path(
    "can.ca_cert",
    "PEM CA certificate of a device served over https:// (when --ca-cert is not given)",
);

pub static DBC: Setting<Vec<std::path::PathBuf>> = Setting::paths(
    "can.dbc",
    "CAN databases (DBC) for decode, dump and send: a list; the later file wins a clashing id",
)
.env("FIELDCTL_CAN_DBC");

pub static PASSWORD_VALUE: Setting<Option<String>> =
    Setting::secret("can.password", "Device password").env("FIELDCTL_CAN_PASSWORD");

pub static PASSWORD_COMMAND: Setting<Option<String>> = Setting::command(
    "can.password_command",
    "Command printing the device password on its first line",
);

pub static PASSWORD: Credential = Credential {
    what: "CAN device password",
    kind: CredentialKind::Password,
    value: &PASSWORD_VALUE.spec,
    command: Some(&PASSWORD_COMMAND.spec),
};

pub static GROUP: Group = Group {
    name: "can",
    about: "Kvaser CAN devices (REST API)",
    settings: &[
        &HOST.spec,
        &SESSION_TIMEOUT.spec,
        &BITRATE.spec,
        &CA_CERT.spec,
        &DBC.spec,
        &PASSWORD_VALUE.spec,
        &PASSWORD_COMMAND.spec,
    ],
    credentials: &[&PASSWORD],
};

fn check_bitrate(value: &str) -> Result<(), String> {
    super::bus::parse_bitrate(value, [None; 4])
        .map(|_| ())
        .map_err(|_| {
            format!(
                "'{value}' is not a bitrate; expected {}, keep, or one of them in bits/s",
                super::bus::bitrate_names().join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_sources_name_every_way_in() {
        assert_eq!(
            PASSWORD.sources(),
            "FIELDCTL_CAN_PASSWORD, --password-stdin or can.password_command"
        );
        assert_eq!(
            PASSWORD.sources_besides_stdin(),
            "FIELDCTL_CAN_PASSWORD or can.password_command"
        );
    }

    #[test]
    fn bitrates() {
        assert!(check_bitrate("250k").is_ok() && check_bitrate("125000").is_ok());
        let e = check_bitrate("33K").unwrap_err();
        assert!(
            e.starts_with("'33K' is not a bitrate; expected 1M, 500K"),
            "{e}"
        );
    }
}
