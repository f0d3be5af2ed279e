//! The `Authorization` header of `login` and `Session.StartSession`: the schemes the simulator accepts
//! (specs/ksc-open-api.txt, "Supported authentication methods").

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// Strict base64 (standard alphabet, padded) of UTF-8 text; `None` when either layer is invalid.
pub fn decode_utf8(text: &str) -> Option<String> {
    String::from_utf8(STANDARD.decode(text).ok()?).ok()
}

/// What a client presented, decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum Presented {
    /// `KSCBasic user="b64", pass="b64", domain="…", internal="0|1"`.
    Basic {
        user: String,
        pass: String,
        domain: String,
        /// `internal="1"`: an internal KSC user (absent: "0", a Windows account).
        internal: bool,
    },
    /// `KSCT <token>`.
    Token(String),
    /// `KSCMFA totp="123456"`: the second step of a two-factor login, on the same connection.
    Mfa(String),
}

/// Parse the header. `Err` is a 401 (missing, malformed, or a scheme this simulator does not support).
pub fn parse(header: Option<&str>) -> Result<Presented, &'static str> {
    let header = header.ok_or("Authentication required")?.trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    match scheme {
        "KSCBasic" => basic(rest),
        "KSCT" => {
            let token = rest.trim();
            if token.is_empty() || token.contains(char::is_whitespace) {
                Err("Invalid KSCT authorization")
            } else {
                Ok(Presented::Token(token.to_owned()))
            }
        }
        "KSCMFA" => {
            let pairs = params(rest).ok_or("Invalid KSCMFA authorization")?;
            match pairs.as_slice() {
                [(name, code)] if name == "totp" && !code.is_empty() => {
                    Ok(Presented::Mfa(code.clone()))
                }
                _ => Err("Invalid KSCMFA authorization"),
            }
        }
        _ => Err("Authentication required"),
    }
}

fn basic(rest: &str) -> Result<Presented, &'static str> {
    const BAD: &str = "Invalid KSCBasic authorization";
    let pairs = params(rest).ok_or(BAD)?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let user = decode_utf8(get("user").ok_or(BAD)?).ok_or(BAD)?;
    let pass = decode_utf8(get("pass").ok_or(BAD)?).ok_or(BAD)?;
    // The spec encodes the domain in base64; Kaspersky's own client sends it as is: take both.
    let domain = match get("domain") {
        None => String::new(),
        Some(d) => decode_utf8(d)
            .filter(|t| !t.is_empty() && !t.chars().any(char::is_control))
            .unwrap_or_else(|| d.to_owned()),
    };
    let internal = match get("internal") {
        None | Some("0") => false,
        Some("1") => true,
        Some(_) => return Err(BAD),
    };
    if user.is_empty() {
        return Err(BAD);
    }
    Ok(Presented::Basic {
        user,
        pass,
        domain,
        internal,
    })
}

/// `name = "value", name = "value"`: spaces around `=` and `,` allowed, values quoted (no escapes: base64
/// and flags never need them). Duplicate names are refused.
fn params(text: &str) -> Option<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut s = text.trim();
    while !s.is_empty() {
        let (name, after) = s.split_once('=')?;
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        let after = after.trim_start().strip_prefix('"')?;
        let (value, after) = after.split_once('"')?;
        if out.iter().any(|(n, _)| n == name) {
            return None;
        }
        out.push((name.to_owned(), value.to_owned()));
        s = after.trim_start();
        if let Some(next) = s.strip_prefix(',') {
            s = next.trim_start();
            if s.is_empty() {
                return None;
            }
        } else if !s.is_empty() {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_as_the_spec_and_kasperskys_client_send_it() {
        let p = parse(Some(
            r#"KSCBasic user="0LvQvtCz0LjQvQ==", pass="0L/QsNGA0L7Qu9GM", internal="0""#,
        ));
        assert_eq!(
            p,
            Ok(Presented::Basic {
                user: "логин".into(),
                pass: "пароль".into(),
                domain: String::new(),
                internal: false,
            })
        );
        let spaced = parse(Some(
            r#"KSCBasic user = "YQ==", pass = "Yg==", domain = "Q09SUA==", internal = "1""#,
        ));
        assert!(matches!(spaced, Ok(Presented::Basic { domain, .. }) if domain == "CORP"));
        let raw = parse(Some(
            r#"KSCBasic user="YQ==", pass="Yg==", domain="corp.example""#,
        ));
        assert!(matches!(raw, Ok(Presented::Basic { domain, .. }) if domain == "corp.example"));
    }

    #[test]
    fn malformed_headers_are_refused() {
        for h in [
            "",
            "Basic YWRtaW46YWRtaW4=",
            "KSCBasic",
            r#"KSCBasic user="YQ==""#,
            r#"KSCBasic user="YQ", pass="Yg==""#,
            r#"KSCBasic user="YQ==", pass="Yg==", internal="2""#,
            r#"KSCBasic user="YQ==", pass="Yg==","#,
            r#"KSCBasic user="YQ==" pass="Yg==""#,
            r#"KSCBasic user="YQ==", user="Yg==", pass="Yg==""#,
            "KSCT",
            "KSCT a b",
        ] {
            assert!(parse(Some(h)).is_err(), "{h}");
        }
        assert!(parse(None).is_err());
        assert_eq!(parse(Some("KSCT abc")), Ok(Presented::Token("abc".into())));
        assert_eq!(
            parse(Some(r#"KSCMFA totp="499754""#)),
            Ok(Presented::Mfa("499754".into()))
        );
        assert!(parse(Some(r#"KSCMFA code="1""#)).is_err());
        assert!(parse(Some("KSCMFA")).is_err());
        assert_eq!(decode_utf8("0LvQvtCz0LjQvQ==").as_deref(), Some("логин"));
        assert_eq!(decode_utf8("abc"), None);
    }
}
