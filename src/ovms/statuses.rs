//! What each status of the OVMS server means (docs/ovms-server-notes.md, "Status codes"), as exit codes and
//! messages that name the vehicle, the right or the call. The server answers errors as `text/plain` one-liners;
//! older (v2) servers answer every error with a 404.

use crate::error::{Failure, Kind};
use crate::transport::Response;
use crate::transport::status::body_start;

/// The call a status answered.
pub struct Call<'a> {
    pub method: &'a str,
    /// Encoded path without the query.
    pub path: &'a str,
    pub server: &'a str,
    pub user: &'a str,
    /// The credentials are an API token (its permit may lack a right).
    pub token: bool,
    /// The call went over a session an older version kept, of unknown kind (no credentials resolved).
    pub older_session: bool,
    /// One of many calls at once (the fleet view, `vehicles --status --parallel N`).
    pub parallel: bool,
}

impl Call<'_> {
    /// `/api/status/CAR` → `status`.
    fn endpoint(&self) -> &str {
        self.path
            .trim_start_matches("/api/")
            .split('/')
            .next()
            .unwrap_or("")
    }

    /// `/api/status/CAR` → `CAR` (decoded).
    fn vehicle(&self) -> Option<String> {
        let mut parts = self.path.trim_start_matches("/api/").split('/');
        let endpoint = parts.next()?;
        if matches!(endpoint, "cookie" | "token" | "vehicles" | "") {
            return None;
        }
        parts
            .next()
            .filter(|v| !v.is_empty())
            .map(super::client::decode_segment)
    }

    /// The right the server checks for this call (see the server's dispatcher).
    fn right(&self) -> Option<&'static str> {
        match self.endpoint() {
            "cookie" => Some("session"),
            "token" => Some("token.admin"),
            _ => None,
        }
    }
}

/// The endpoints of every OVMS server, v2 included (the v2 server lacks only the tokens).
const EVERY_SERVER: &[&str] = &[
    "cookie",
    "vehicles",
    "vehicle",
    "status",
    "tpms",
    "location",
    "charge",
    "protocol",
    "historical",
];

/// An older (v2) server's refusal of the credentials or the session: every error is a 404, the body tells.
pub fn v2_refused(status: u16, body: &[u8]) -> bool {
    status == 404 && text(body).eq_ignore_ascii_case("Authentication failed")
}

/// The server cannot read the vehicle's data (end-to-end encrypted): 502 with the server's text, or the same
/// text in a v2 server's 404. A 502 with another body (a proxy's `Bad Gateway`) is not this.
pub fn paranoid(status: u16, body: &[u8]) -> bool {
    matches!(status, 404 | 502)
        && text(body).eq_ignore_ascii_case("Paranoid vehicles not supported by api")
}

pub fn insufficient_rights(body: &[u8]) -> bool {
    text(body).eq_ignore_ascii_case("Insufficient rights")
}

fn text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).trim().to_owned()
}

/// The failure for a non-2xx answer other than 401 (which the client reads with its credentials).
pub fn failure(call: &Call, resp: &Response) -> Failure {
    let body = text(&resp.body);
    let said = if body.is_empty() {
        format!("{}", resp.status)
    } else {
        format!("{} {}", resp.status, body_start(body.as_bytes()))
    };
    let what = format!("{} {}", call.method, call.path);
    // A v2 server answers every error with 404 but keeps the body: read it as the status a v3 server sends.
    let status = match (resp.status, body.to_ascii_lowercase().as_str()) {
        (404, "forbidden" | "insufficient rights") => 403,
        (404, "not yet implemented") => 501,
        (404, "paranoid vehicles not supported by api") => 502,
        (s, _) => s,
    };
    match status {
        403 if insufficient_rights(body.as_bytes()) => {
            let right = call.right();
            // A password login has every right: a refusal means a token (or a session a token opened).
            let who = if call.token {
                "the API token"
            } else {
                "the kept session (opened with an API token)"
            };
            let message = match right {
                Some("token.admin") => {
                    format!("{who} lacks the `token.admin` (or `admin`) right that {what} needs ({said})")
                }
                Some(r) => format!("{who} lacks the `{r}` right that {what} needs ({said})"),
                None => format!("insufficient rights for {what} ({said})"),
            };
            let hint = match right {
                Some("session") => "create a token that may log in: `fieldctl ovms token create --permit auth,session`, or use the password".to_owned(),
                // The client repeats such a call with the password when it has one or a terminal: neither was
                // at hand.
                Some(_) if call.older_session => "`fieldctl ovms logout` ends that session (the next run logs in with the password), or set FIELDCTL_OVMS_PASSWORD and fieldctl logs in with the password for this call".to_owned(),
                Some(_) => "the token comes before the password: set FIELDCTL_OVMS_PASSWORD too (or run on a terminal, to be asked for it) and fieldctl logs in with the password for this call; or use a token whose permit has `token.admin`".to_owned(),
                None => "check the token's permit (`fieldctl ovms token list`)".to_owned(),
            };
            Failure::new(Kind::Auth, message).hint(hint)
        }
        403 => match call.vehicle() {
            Some(v) => Failure::new(
                Kind::NotFound,
                format!("no vehicle {v} on this account ({} on {}: {said})", call.user, call.server),
            )
            .hint("`fieldctl ovms vehicles` lists the account's vehicles"),
            None => Failure::new(Kind::Auth, format!("{what} was refused ({said})")),
        },
        404 if body.eq_ignore_ascii_case("Unrecognised API call") => Failure::new(
            Kind::Remote,
            format!("this server does not support {what} ({said})"),
        )
        .hint(match call.endpoint() {
            "token" => "an older (v2) server? It offers the cookie login, vehicles and their data, but no tokens".to_owned(),
            e if EVERY_SERVER.contains(&e) => format!(
                "every OVMS server (v2 too) answers {what}: check the server URL ({}), is it an OVMS server's API?",
                call.server
            ),
            _ => "not an API call the server knows: check the path (specs: /api/vehicles, /api/status/VEHICLE, …)".to_owned(),
        }),
        404 if body.eq_ignore_ascii_case("not found") => Failure::new(
            Kind::Remote,
            format!("server error: {what} failed on the server ({said})"),
        )
        .hint("the server's handler for this call failed; report it to the server's operator"),
        404 => Failure::new(Kind::Remote, format!("{what} answered {said}"))
            .hint("older (v2) servers answer every error with 404: check the vehicle id and the credentials"),
        429 => Failure::new(
            Kind::Busy,
            format!("the server's rate limit was hit: {what} answered 429"),
        )
        .hint(format!(
            "the public server allows about 60 requests a minute per address (bursts of 120): {}",
            rate_advice(call)
        )),
        501 => Failure::new(
            Kind::Remote,
            format!("not implemented by this server: {what} ({said})"),
        )
        .hint("no OVMS server version implements this endpoint yet; use the vehicle module's own interfaces instead (the OVMS app, SMS commands or the module's shell)"),
        502 if paranoid(502, body.as_bytes()) => {
            let v = call.vehicle().unwrap_or_else(|| "this vehicle".into());
            Failure::new(
                Kind::Remote,
                format!("vehicle {v} is in paranoid mode: its data is end-to-end encrypted, and the server's API cannot read it ({said})"),
            )
            .hint("read it with an OVMS app that holds the vehicle's shared secret, or turn paranoid mode off in the module")
        }
        status => {
            let kind = crate::transport::status::kind(status);
            crate::transport::status::failure(kind, status, &what, &resp.body, None, false)
        }
    }
}

/// What to do about a 429, for the command that got it: only the fleet view sends many calls at once.
fn rate_advice(call: &Call) -> &'static str {
    if call.parallel {
        "wait a minute, or lower --parallel (fewer vehicles asked at once)"
    } else if call.endpoint() == "cookie" {
        "wait a minute before the next run; a kept session (`fieldctl ovms login`) spares each run its login"
    } else {
        "wait a minute and run it again; a script that repeats calls should space them out"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_bodies_the_server_sends() {
        assert!(v2_refused(404, b"Authentication failed\n"));
        assert!(!v2_refused(404, b"Unrecognised API call\n"));
        assert!(!v2_refused(401, b"Authentication failed\n"));
        assert!(insufficient_rights(b"Insufficient rights\n"));
        assert!(!insufficient_rights(b"Forbidden\n"));
    }

    #[test]
    fn names_the_vehicle_and_the_right_of_a_call() {
        let call = |path| Call {
            method: "GET",
            path,
            server: "s",
            user: "u",
            token: true,
            older_session: false,
            parallel: false,
        };
        assert_eq!(call("/api/status/A%20B").vehicle().as_deref(), Some("A B"));
        assert_eq!(call("/api/token/abc").vehicle(), None);
        assert_eq!(call("/api/token/abc").right(), Some("token.admin"));
        assert_eq!(call("/api/cookie").right(), Some("session"));
        assert_eq!(call("/api/lock/CAR").right(), None);
    }
}
