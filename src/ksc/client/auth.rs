//! The `Authorization` schemes (specs/ksc-open-api.txt, "Supported authentication methods") and where their
//! secrets come from: `KSCBasic` with the password (core secret sources, then a prompt naming user and server),
//! `KSCT`/`KSCWT`/`KSCNT`/`KSCGW` with a token (`FIELDCTL_KSC_TOKEN`, `--token-stdin`, `ksc.token_command`,
//! `ksc.token`, a prompt), and the second factor `KSCMFA totp="…"` (`--totp`, `FIELDCTL_KSC_TOTP`,
//! `ksc.totp_command`, a prompt).

use std::io::IsTerminal;

use base64::Engine as _;

use super::Client;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::ksc::{Connection, settings};
use crate::secret::{self, Need, Secret};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Basic,
    Token,
    WebToken,
    Nwc,
    Gateway,
}

impl Method {
    pub fn parse(s: &str) -> Option<Method> {
        Some(match s {
            "basic" => Method::Basic,
            "token" => Method::Token,
            "web-token" => Method::WebToken,
            "nwc" => Method::Nwc,
            "gateway" => Method::Gateway,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Method::Basic => "basic",
            Method::Token => "token",
            Method::WebToken => "web-token",
            Method::Nwc => "nwc",
            Method::Gateway => "gateway",
        }
    }

    /// The header's scheme word.
    fn scheme(self) -> &'static str {
        match self {
            Method::Basic => "KSCBasic",
            Method::Token => "KSCT",
            Method::WebToken => "KSCWT",
            Method::Nwc => "KSCNT",
            Method::Gateway => "KSCGW",
        }
    }
}

/// Who authenticates and how (no secret: that is read when the first request needs it).
#[derive(Clone, Debug)]
pub struct Auth {
    pub method: Method,
    pub user: Option<String>,
    pub domain: Option<String>,
    pub internal: bool,
}

fn b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s.as_bytes())
}

impl Auth {
    pub fn resolve(ctx: &Context, conn: &Connection) -> anyhow::Result<Auth> {
        let method = match &conn.auth {
            Some(m) => *m,
            None => match ctx.get(&settings::AUTH)? {
                Some(s) => Method::parse(&s).expect("checked by the setting"),
                None => Method::Basic,
            },
        };
        let internal = conn.internal
            || ctx
                .get(&settings::INTERNAL)?
                .and_then(|v| settings::parse_bool(&v))
                .unwrap_or(false);
        let domain = match &conn.domain {
            Some(d) => Some(d.clone()),
            None => ctx.get(&settings::DOMAIN)?,
        }
        .filter(|d| !d.is_empty());
        // A stdin flag for the other kind of secret would be read by nobody: say so rather than ignore it.
        if method == Method::Basic && conn.token_stdin {
            return Err(Failure::new(
                Kind::Usage,
                "--token-stdin reads a token, and this run logs in with a password (--auth basic)",
            )
            .hint("add --auth token (or web-token, nwc, gateway), or use --password-stdin")
            .into());
        }
        if method != Method::Basic && conn.password_stdin {
            return Err(Failure::new(
                Kind::Usage,
                format!(
                    "--password-stdin reads a password, and --auth {} logs in with a token",
                    method.name()
                ),
            )
            .hint("use --token-stdin, or --auth basic with a user name")
            .into());
        }
        if method != Method::Basic {
            return Ok(Auth {
                method,
                user: None,
                domain: None,
                internal: false,
            });
        }
        if internal && domain.is_some() {
            return Err(Failure::new(
                Kind::Usage,
                "--domain names a Windows account's domain; an --internal KSC user has none",
            )
            .hint("drop one of them (ksc.domain / ksc.internal in the profile count too)")
            .into());
        }
        let user = match &conn.username {
            Some(u) => Some(u.clone()),
            None => ctx.get(&settings::USERNAME)?,
        }
        .filter(|u| !u.is_empty())
        .ok_or_else(|| {
            let token_set = ctx
                .env_value(&settings::TOKEN_VALUE.spec)
                .ok()
                .flatten()
                .is_some();
            Failure::new(Kind::Usage, "no KSC user name given").hint(if token_set {
                "FIELDCTL_KSC_TOKEN is set: to log in with it, add --auth token (or set ksc.auth = token)"
                    .to_owned()
            } else {
                format!(
                    "use --username NAME, or set {}; or another scheme with --auth token|web-token|nwc|gateway",
                    settings::USERNAME.spec.origins()
                )
            })
        })?;
        Ok(Auth {
            method,
            user: Some(user),
            domain,
            internal,
        })
    }

    /// `admin`, `CORP\admin`, `a KSCT token` — for messages.
    pub fn who(&self) -> String {
        match (&self.user, &self.domain) {
            (Some(u), Some(d)) => format!("{d}\\{u}"),
            (Some(u), None) => u.clone(),
            _ => format!("a {} token", self.method.scheme()),
        }
    }

    /// The `Authorization` header with `secret`. KSCBasic: user and password base64 (UTF-8), the domain
    /// base64 as the spec says (servers also take it raw, as Kaspersky's client sends it), `internal` always.
    pub fn header(&self, secret: &str) -> String {
        match self.method {
            Method::Basic => {
                let mut h = format!(
                    "KSCBasic user=\"{}\", pass=\"{}\"",
                    b64(self.user.as_deref().unwrap_or("")),
                    b64(secret)
                );
                if let Some(d) = &self.domain {
                    h.push_str(&format!(", domain=\"{}\"", b64(d)));
                }
                h.push_str(&format!(", internal=\"{}\"", u8::from(self.internal)));
                h
            }
            other => format!("{} {secret}", other.scheme()),
        }
    }
}

impl Client<'_> {
    /// The `Authorization` header for a login: the secret resolved once per run (a prompt at most once).
    pub(super) fn authorization(&self) -> anyhow::Result<String> {
        let mut held = self.secret.lock().expect("secret lock");
        if held.is_none() {
            let s = self.find_secret()?;
            self.t.register_secret(s.expose());
            if self.address.scheme == crate::address::Scheme::Http {
                self.ctx.out.warn(&format!(
                    "{} is plain HTTP: the {} travels unencrypted (a KSC server speaks HTTPS)",
                    self.server(),
                    if self.auth.method == Method::Basic {
                        "password"
                    } else {
                        "token"
                    }
                ));
            }
            *held = Some(s);
        }
        Ok(self.auth.header(held.as_ref().expect("resolved").expose()))
    }

    fn find_secret(&self) -> anyhow::Result<Secret> {
        let (credential, from_stdin) = match self.auth.method {
            Method::Basic => (&settings::PASSWORD, self.password_stdin),
            _ => (&settings::TOKEN, self.token_stdin),
        };
        let need = Need::new(credential, from_stdin);
        if let Some((s, _)) = secret::find_with_source(self.ctx, &need)? {
            return Ok(s);
        }
        if !std::io::stdin().is_terminal() {
            return Err(secret::no_source(&need).into());
        }
        let label = match self.auth.method {
            Method::Basic => format!("KSC password for {} on {}: ", self.who(), self.server()),
            m => format!("KSC {} token for {}: ", m.name(), self.server()),
        };
        secret::prompt(credential.what, &label)
    }

    /// Whether a login could be made without asking anyone (a source of the secret is set), or a terminal
    /// is there to ask on.
    pub(super) fn can_log_in(&self) -> anyhow::Result<bool> {
        if self.secret.lock().expect("secret lock").is_some() || std::io::stdin().is_terminal() {
            return Ok(true);
        }
        let (credential, from_stdin) = match self.auth.method {
            Method::Basic => (&settings::PASSWORD, self.password_stdin),
            _ => (&settings::TOKEN, self.token_stdin),
        };
        let need = Need::new(credential, from_stdin);
        for step in [
            secret::Step::Env,
            secret::Step::Stdin,
            secret::Step::Command,
            secret::Step::Profile,
        ] {
            if secret::available_at(self.ctx, &need, step)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `KSCMFA totp="…"`: the code from --totp, FIELDCTL_KSC_TOTP, ksc.totp_command, or the terminal.
    pub(super) fn second_factor(&self) -> anyhow::Result<String> {
        let code = match &self.totp {
            Some(c) => c.clone(),
            None => {
                let need = Need::new(&settings::TOTP, false);
                match secret::find_with_source(self.ctx, &need)? {
                    Some((s, _)) => s.expose().to_owned(),
                    None if std::io::stdin().is_terminal() => secret::prompt(
                        settings::TOTP.what,
                        &format!("Two-factor code for {} on {}: ", self.who(), self.server()),
                    )?
                    .expose()
                    .to_owned(),
                    None => {
                        return Err(Failure::new(
                            Kind::Auth,
                            format!(
                                "{} asks {} for a two-factor code, and none was given",
                                self.server(),
                                self.who()
                            ),
                        )
                        .hint("pass --totp CODE, set FIELDCTL_KSC_TOTP, or set ksc.totp_command (e.g. oathtool --totp -b SECRET)")
                        .into());
                    }
                }
            }
        };
        let code = code.trim().to_owned();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(Failure::new(
                Kind::Usage,
                "the two-factor code must be letters and digits (e.g. 123456)",
            )
            .into());
        }
        self.t.register_secret(&code);
        Ok(format!("KSCMFA totp=\"{code}\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_header_is_base64_utf8_with_internal_always() {
        let a = Auth {
            method: Method::Basic,
            user: Some("логин".into()),
            domain: None,
            internal: false,
        };
        // The spec's own example: user="0LvQvtCz0LjQvQ==", pass="0L/QsNGA0L7Qu9GM", internal="0".
        assert_eq!(
            a.header("пароль"),
            r#"KSCBasic user="0LvQvtCz0LjQvQ==", pass="0L/QsNGA0L7Qu9GM", internal="0""#
        );
        let a = Auth {
            domain: Some("CORP".into()),
            user: Some("admin".into()),
            ..a
        };
        assert_eq!(
            a.header("pw"),
            r#"KSCBasic user="YWRtaW4=", pass="cHc=", domain="Q09SUA==", internal="0""#
        );
        assert_eq!(a.who(), "CORP\\admin");
    }

    #[test]
    fn token_schemes() {
        for (m, word) in [
            (Method::Token, "KSCT"),
            (Method::WebToken, "KSCWT"),
            (Method::Nwc, "KSCNT"),
            (Method::Gateway, "KSCGW"),
        ] {
            let a = Auth {
                method: m,
                user: None,
                domain: None,
                internal: false,
            };
            assert_eq!(a.header("abc"), format!("{word} abc"));
            assert_eq!(Method::parse(m.name()), Some(m));
        }
    }
}
