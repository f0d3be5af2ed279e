//! The `ksc` group's settings and credentials.

use crate::address::{Defaults, Scheme};
use crate::settings::{Credential, CredentialKind, Group, Setting};

/// KSC Open API: HTTPS on port 13299.
pub const ADDRESS: Defaults = Defaults {
    scheme: Scheme::Https,
    port: 13299,
    flag: "--server",
    sim: crate::sim::embedded::Sim::Ksc,
};

fn check_server(value: &str) -> Result<(), String> {
    crate::address::check(value, ADDRESS)
}

pub static SERVER: Setting<Option<String>> = Setting::checked(
    "ksc.server",
    check_server,
    "KSC server URL (https, port 13299 by default), or `sim` (a simulator inside the command)",
)
.env("FIELDCTL_KSC_SERVER");

pub static USERNAME: Setting<Option<String>> =
    Setting::text("ksc.username", "User name").env("FIELDCTL_KSC_USERNAME");

pub static DOMAIN: Setting<Option<String>> = Setting::text(
    "ksc.domain",
    "Windows domain of the user (not for internal users)",
)
.env("FIELDCTL_KSC_DOMAIN");

fn check_internal(value: &str) -> Result<(), String> {
    parse_bool(value)
        .map(|_| ())
        .ok_or_else(|| format!("'{value}': use true or false"))
}

/// `ksc.internal`'s values.
pub fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Some(true),
        "false" | "no" | "0" | "off" => Some(false),
        _ => None,
    }
}

pub static INTERNAL: Setting<Option<String>> = Setting::checked(
    "ksc.internal",
    check_internal,
    "true: the user is an internal KSC user (as --internal)",
)
.env("FIELDCTL_KSC_INTERNAL");

pub static VSERVER: Setting<Option<String>> =
    Setting::text("ksc.vserver", "Virtual server to work on").env("FIELDCTL_KSC_VSERVER");

/// The `--auth` schemes, as typed.
pub const SCHEMES: [&str; 5] = ["basic", "token", "web-token", "nwc", "gateway"];

fn check_auth(value: &str) -> Result<(), String> {
    if SCHEMES.contains(&value) {
        Ok(())
    } else {
        Err(format!("'{value}': use one of {}", SCHEMES.join(", ")))
    }
}

pub static AUTH: Setting<Option<String>> = Setting::checked(
    "ksc.auth",
    check_auth,
    "Authentication scheme: basic (user and password), token, web-token, nwc or gateway",
)
.env("FIELDCTL_KSC_AUTH");

pub static CA_CERT: Setting<Option<std::path::PathBuf>> = Setting::path(
    "ksc.ca_cert",
    "The server's certificate (PEM), trusted when --ca-cert is not given",
);

fn check_pin(value: &str) -> Result<(), String> {
    crate::transport::tls::parse_pin(value).map(|_| ())
}

/// Not a secret (a fingerprint of a public certificate): shown by `profile show`, stored by `ksc trust --save`.
pub static PIN_SHA256: Setting<Option<String>> = Setting::checked(
    "ksc.pin_sha256",
    check_pin,
    "SHA-256 of the server's certificate (64 hex digits): trust exactly that one (`ksc trust --save`)",
)
.env("FIELDCTL_KSC_PIN_SHA256");

pub static PASSWORD_VALUE: Setting<Option<String>> =
    Setting::secret("ksc.password", "User password").env("FIELDCTL_KSC_PASSWORD");

pub static PASSWORD_COMMAND: Setting<Option<String>> = Setting::command(
    "ksc.password_command",
    "Command printing the password on its first line",
);

pub static TOKEN_VALUE: Setting<Option<String>> =
    Setting::secret("ksc.token", "Token for --auth token/web-token/nwc/gateway")
        .env("FIELDCTL_KSC_TOKEN");

pub static TOKEN_COMMAND: Setting<Option<String>> = Setting::command(
    "ksc.token_command",
    "Command printing the token on its first line",
);

pub static TOTP_VALUE: Setting<Option<String>> =
    Setting::env_secret("ksc.totp", "Two-factor code").env("FIELDCTL_KSC_TOTP");

pub static TOTP_COMMAND: Setting<Option<String>> = Setting::command(
    "ksc.totp_command",
    "Command printing a current two-factor code (e.g. oathtool --totp)",
);

pub static PASSWORD: Credential = Credential {
    what: "KSC password",
    kind: CredentialKind::Password,
    value: &PASSWORD_VALUE.spec,
    command: Some(&PASSWORD_COMMAND.spec),
};

pub static TOKEN: Credential = Credential {
    what: "KSC token",
    kind: CredentialKind::Token,
    value: &TOKEN_VALUE.spec,
    command: Some(&TOKEN_COMMAND.spec),
};

pub static TOTP: Credential = Credential {
    what: "KSC two-factor code",
    kind: CredentialKind::Totp,
    value: &TOTP_VALUE.spec,
    command: Some(&TOTP_COMMAND.spec),
};

pub static GROUP: Group = Group {
    name: "ksc",
    about: "Kaspersky Security Center servers (Open API)",
    settings: &[
        &SERVER.spec,
        &USERNAME.spec,
        &DOMAIN.spec,
        &INTERNAL.spec,
        &VSERVER.spec,
        &AUTH.spec,
        &CA_CERT.spec,
        &PIN_SHA256.spec,
        &PASSWORD_VALUE.spec,
        &PASSWORD_COMMAND.spec,
        &TOKEN_VALUE.spec,
        &TOKEN_COMMAND.spec,
        &TOTP_VALUE.spec,
        &TOTP_COMMAND.spec,
    ],
    credentials: &[&PASSWORD, &TOKEN, &TOTP],
};
