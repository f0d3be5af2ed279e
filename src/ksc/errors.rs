//! What a KSC answer that is not a result means, as an exit code and a message (docs/exit-codes.md, ksc).
//!
//! A `PxgError` is read whatever the HTTP status (servers answer exceptions with 200, and some with 500):
//! exit 3 with code, subcode, module, message and the localized format with `%1…` filled from its args (exit 4
//! when it answers a login). Without one: 401/403 → 4, 404 → 5 (the method is not implemented by this server
//! version), 413 → 3 with what to do instead (paging), 503 → 8, any other status → 3; the `X-KSC-Error*`
//! headers and a `text/html` description are shown when the server sends them.

use serde_json::Value;

use crate::error::{Failure, Kind};
use crate::transport::Response;
use crate::transport::status::body_start;

/// A KSC exception (`PxgError`, specs/ksc-open-api.txt "The JSON object with the Error").
#[derive(Debug, Clone, PartialEq)]
pub struct PxgError {
    pub code: i64,
    pub subcode: Option<i64>,
    pub module: String,
    pub message: String,
    /// The localization format, `%1`, `%2`… filled from `args`.
    pub localized: Option<String>,
}

impl PxgError {
    /// The `PxgError` of an answer's body, if it has one.
    pub fn of(body: &[u8]) -> Option<PxgError> {
        let v: Value = serde_json::from_slice(body).ok()?;
        let e = v.get("PxgError")?;
        let int = |k: &str| e.get(k).and_then(Value::as_i64);
        let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_owned();
        let loc = e.get("locdata").filter(|l| l.is_object());
        let localized = loc.and_then(|l| {
            let format = l.get("format")?.as_str()?;
            let args: Vec<String> = l
                .get("args")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(super::value::text).collect())
                .unwrap_or_default();
            Some(fill(format, &args))
        });
        Some(PxgError {
            code: int("code").unwrap_or(0),
            subcode: int("subcode"),
            module: text(e.get("module")),
            message: text(e.get("message")),
            localized: localized.filter(|l| !l.is_empty()),
        })
    }

    /// `KSC error 1199 (module KLSTD, subcode 3): Operation canceled; localized: "…"`.
    pub fn describe(&self) -> String {
        let mut s = format!("KSC error {}", self.code);
        let mut what = Vec::new();
        if !self.module.is_empty() {
            what.push(format!("module {}", self.module));
        }
        if let Some(sub) = self.subcode {
            what.push(format!("subcode {sub}"));
        }
        if !what.is_empty() {
            s.push_str(&format!(" ({})", what.join(", ")));
        }
        if !self.message.is_empty() {
            s.push_str(&format!(": {}", self.message));
        }
        if let Some(l) = &self.localized
            && *l != self.message
        {
            s.push_str(&format!("; localized: \"{l}\""));
        }
        crate::output::sanitize(&s).into_owned()
    }
}

/// `%1`…`%9` (and `%10`…) replaced by the args; a template with no arg stays as it is.
pub fn fill(format: &str, args: &[String]) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' || !chars.peek().is_some_and(|d| d.is_ascii_digit()) {
            out.push(c);
            continue;
        }
        let mut digits = String::new();
        while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            digits.push(*d);
            chars.next();
        }
        match digits
            .parse::<usize>()
            .ok()
            .and_then(|n| args.get(n.wrapping_sub(1)))
        {
            Some(arg) => out.push_str(arg),
            None => {
                out.push('%');
                out.push_str(&digits);
            }
        }
    }
    out
}

/// What a failed call was, for its message.
pub struct Call<'a> {
    /// `HostGroup.FindHosts`, `login`, or `GET /FTSF/file`.
    pub what: &'a str,
    /// The server as messages show it.
    pub server: &'a str,
    /// Who authenticated (`admin`, `a token`).
    pub who: &'a str,
    /// The call authenticates (login, StartSession): a refusal is about the credentials.
    pub login: bool,
}

/// The failure an answer means, or None for a result (a 2xx without `PxgError`).
pub fn failure(call: &Call, resp: &Response) -> Option<Failure> {
    if let Some(e) = PxgError::of(&resp.body) {
        let kind = if call.login { Kind::Auth } else { Kind::Remote };
        let f = Failure::new(kind, format!("{}: {}", call.what, e.describe()));
        return Some(if call.login {
            f.hint(login_hint(resp))
        } else {
            f
        });
    }
    if (200..300).contains(&resp.status) {
        return None;
    }
    let detail = detail(resp);
    let status = resp.status;
    let f = match status {
        401 => Failure::new(
            Kind::Auth,
            format!("{}: {} refused the credentials of {} (HTTP 401){detail}", call.what, call.server, call.who),
        )
        .hint("check the user name, password or token, and --domain/--internal/--vserver"),
        403 if call.login => Failure::new(
            Kind::Auth,
            format!("{}: {} refused {} (HTTP 403){detail}", call.what, call.server, call.who),
        )
        .hint(login_hint(resp)),
        403 => Failure::new(
            Kind::Auth,
            format!("{}: not permitted for {} by the server's security rules (HTTP 403){detail}", call.what, call.who),
        )
        .hint("ask the KSC administrator for the right, or use an account that has it"),
        404 => Failure::new(
            Kind::NotFound,
            format!("{}: method not implemented by this server version (HTTP 404){detail}", call.what),
        )
        .hint("check the spelling: names are case-sensitive ([Instance.]Class.Method); a method newer than the server is not there (`fieldctl ksc server info` shows its version)"),
        413 => Failure::new(
            Kind::Remote,
            format!("{}: the request is larger than {} accepts (HTTP 413){detail}", call.what, call.server),
        )
        .hint("a request this large is an API call that needs paging (chunks or iterators): ask for fewer items per call"),
        503 => Failure::new(
            Kind::Busy,
            format!("{}: {} is busy or starting up (HTTP 503){detail}", call.what, call.server),
        )
        .hint("try again later; fieldctl repeats its own reads, and `ksc call --retry` repeats a method that only reads"),
        _ => Failure::new(
            Kind::Remote,
            format!("{}: {} answered HTTP {status}{detail}", call.what, call.server),
        ),
    };
    Some(f)
}

/// What to check when a login is refused: the virtual server when the server names it, else the account.
fn login_hint(resp: &Response) -> String {
    let says = |n: &str| resp.header(n).unwrap_or("").to_ascii_lowercase();
    let text = format!(
        "{} {}",
        says("x-ksc-errormsg"),
        String::from_utf8_lossy(&resp.body).to_ascii_lowercase()
    );
    if text.contains("virtual server") {
        "check --vserver NAME (ksc.vserver): the server does not know that virtual server, or the account has no access to it".into()
    } else {
        "check the user name and password (or token), --domain for a Windows account, --internal for an internal KSC user, and --vserver; the account may also be blocked".into()
    }
}

/// `: <description>` from the `X-KSC-Error*` headers and a text body.
fn detail(resp: &Response) -> String {
    let mut parts = Vec::new();
    let h = |n: &str| resp.header(n).map(str::trim).filter(|v| !v.is_empty());
    if let Some(id) = h("x-ksc-errorid") {
        let mut s = format!("KSC error {id}");
        if let Some(m) = h("x-ksc-errormodule") {
            s.push_str(&format!(" (module {m})"));
        }
        if let Some(msg) = h("x-ksc-errormsg") {
            s.push_str(&format!(": {msg}"));
        }
        if let Some(f) = h("x-ksc-errorlocfmtid") {
            s.push_str(&format!(" [format {f}]"));
        }
        parts.push(s);
    } else if let Some(msg) = h("x-ksc-errormsg") {
        parts.push(msg.to_owned());
    }
    let text = body_start(&resp.body);
    if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
        parts.push(text);
    }
    if parts.is_empty() {
        String::new()
    } else {
        crate::output::sanitize(&format!(": {}", parts.join("; "))).into_owned()
    }
}

/// The server asks for a second factor (`login` or `StartSession` answered 401 `Authentication not finished`
/// or `WWW-Authenticate: KSCMFA`).
pub fn wants_second_factor(resp: &Response) -> bool {
    resp.status == 401
        && (resp.headers.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("www-authenticate") && v.trim().starts_with("KSCMFA")
        }) || String::from_utf8_lossy(&resp.body).contains("Authentication not finished"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_from_args() {
        let args = vec!["web-01".to_owned(), "7".to_owned()];
        assert_eq!(
            fill("Host '%1' not in group %2", &args),
            "Host 'web-01' not in group 7"
        );
        assert_eq!(fill("%3 stays, 100% stays", &args), "%3 stays, 100% stays");
        assert_eq!(fill("%1%2", &args), "web-017");
    }

    #[test]
    fn pxg_error_reads_every_field() {
        let body = br#"{"PxgError":{"code":1167,"subcode":2,"module":"KLSTD","file":"x.cpp","line":3,
            "message":"Object not found","locdata":{"format-id":5,"format":"Host '%1' was not found",
            "locmodule":"KLSTD","args":["web-01"]}}}"#;
        let e = PxgError::of(body).expect("an error");
        assert_eq!(e.code, 1167);
        assert_eq!(e.subcode, Some(2));
        assert_eq!(
            e.describe(),
            "KSC error 1167 (module KLSTD, subcode 2): Object not found; localized: \"Host 'web-01' was not found\""
        );
        assert!(PxgError::of(br#"{"PxgRetVal":1}"#).is_none());
        assert!(PxgError::of(b"<html>").is_none());
    }

    /// An answer as the transport gives it (a Response is built only through a StreamResponse here).
    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
        crate::transport::StreamResponse {
            status,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            content_length: Some(body.len() as u64),
            reader: Box::new(std::io::Cursor::new(body.as_bytes().to_vec())),
            connection: None,
        }
        .into_head(4096)
        .unwrap()
    }

    #[test]
    fn either_trigger_alone_asks_for_the_second_factor() {
        // The header alone (a server whose body says something else, or nothing).
        assert!(wants_second_factor(&answer(
            401,
            &[("WWW-Authenticate", "KSCMFA")],
            ""
        )));
        assert!(wants_second_factor(&answer(
            401,
            &[("www-authenticate", " KSCMFA realm=\"x\"")],
            "<html>Unauthorized</html>"
        )));
        // The body alone (no WWW-Authenticate, or another scheme's).
        assert!(wants_second_factor(&answer(
            401,
            &[("Content-Type", "text/html")],
            "Authentication not finished"
        )));
        assert!(wants_second_factor(&answer(
            401,
            &[("WWW-Authenticate", "KSCBasic")],
            "Authentication not finished"
        )));
        // Neither, or not a 401: no.
        assert!(!wants_second_factor(&answer(
            401,
            &[("WWW-Authenticate", "KSCBasic")],
            "Unauthorized"
        )));
        assert!(!wants_second_factor(&answer(
            403,
            &[("WWW-Authenticate", "KSCMFA")],
            "Authentication not finished"
        )));
    }
}
