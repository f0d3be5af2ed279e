//! The `ovms` group's settings and credentials (declared before the commands exist, so profiles can hold them).

use crate::address::{Defaults, Scheme};
use crate::settings::{Credential, CredentialKind, Group, Setting};

/// OVMS servers: HTTPS on port 6869 (the public server's API port).
pub const ADDRESS: Defaults = Defaults {
    scheme: Scheme::Https,
    port: 6869,
    flag: "--server",
    sim: crate::sim::embedded::Sim::Ovms,
};

/// Also for `profile set` and FIELDCTL_OVMS_SERVER: every call's path starts with /api/, so a base path would
/// send /api/api/… (an OVMS server has none; a proxy that serves it under a prefix is not supported).
fn check_server(value: &str) -> Result<(), String> {
    crate::address::check(value, ADDRESS)?;
    if value == crate::sim::embedded::WORD {
        return Ok(());
    }
    let address = crate::address::Address::parse(value, ADDRESS).map_err(|e| e.to_string())?;
    match address.path() {
        "" => Ok(()),
        path => Err(format!(
            "address '{address}': an OVMS server address has no path ({path}); give only scheme://host[:port], fieldctl adds /api/… itself"
        )),
    }
}

pub static SERVER: Setting<String> = Setting::text_or(
    "ovms.server",
    Some(check_server),
    "https://api.openvehicles.com:6869",
    "OVMS server URL, or `sim` (a simulator inside the command)",
)
.env("FIELDCTL_OVMS_SERVER");

pub static USERNAME: Setting<Option<String>> =
    Setting::text("ovms.username", "Account name on the server").env("FIELDCTL_OVMS_USERNAME");

pub static VEHICLE: Setting<Option<String>> =
    Setting::text("ovms.vehicle", "Default vehicle id").env("FIELDCTL_OVMS_VEHICLE");

pub static CA_CERT: Setting<Option<std::path::PathBuf>> = Setting::path(
    "ovms.ca_cert",
    "PEM CA certificate of the server (when --ca-cert is not given)",
);

pub static PASSWORD_VALUE: Setting<Option<String>> =
    Setting::secret("ovms.password", "Account password").env("FIELDCTL_OVMS_PASSWORD");

pub static PASSWORD_COMMAND: Setting<Option<String>> = Setting::command(
    "ovms.password_command",
    "Command printing the account password on its first line",
);

pub static TOKEN_VALUE: Setting<Option<String>> =
    Setting::secret("ovms.token", "API token, used in place of the password")
        .env("FIELDCTL_OVMS_TOKEN");

pub static TOKEN_COMMAND: Setting<Option<String>> = Setting::command(
    "ovms.token_command",
    "Command printing the API token on its first line",
);

pub static PASSWORD: Credential = Credential {
    what: "OVMS password",
    kind: CredentialKind::Password,
    value: &PASSWORD_VALUE.spec,
    command: Some(&PASSWORD_COMMAND.spec),
};

pub static TOKEN: Credential = Credential {
    what: "OVMS API token",
    kind: CredentialKind::Token,
    value: &TOKEN_VALUE.spec,
    command: Some(&TOKEN_COMMAND.spec),
};

pub static GROUP: Group = Group {
    name: "ovms",
    about: "OVMS servers",
    settings: &[
        &SERVER.spec,
        &USERNAME.spec,
        &VEHICLE.spec,
        &CA_CERT.spec,
        &PASSWORD_VALUE.spec,
        &PASSWORD_COMMAND.spec,
        &TOKEN_VALUE.spec,
        &TOKEN_COMMAND.spec,
    ],
    credentials: &[&PASSWORD, &TOKEN],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_address_has_no_path() {
        assert!(check_server("http://h:1").is_ok());
        assert!(check_server("http://h:1/").is_ok());
        let e = check_server("http://h:1/api").unwrap_err();
        assert!(e.contains("has no path (/api)"), "{e}");
        assert!(check_server("ftp://h").is_err());
    }
}
