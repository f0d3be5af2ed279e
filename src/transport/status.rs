//! Non-2xx HTTP statuses → exit codes, in one place (docs/exit-codes.md), and `Retry-After`.
//!
//! A group may read a status differently for some paths with a [`StatusRule`] on its requests (OVMS: 403
//! `Forbidden` on `/api/vehicle/X` is an unknown vehicle, 5; 404 `Unrecognised API call` is 3); whatever it does
//! not decide falls to the table in [`kind`].

use std::time::Duration;

use crate::error::{Failure, Kind};

/// A group's reading of a non-2xx status: `None` leaves it to the table.
pub type StatusRule = fn(status: u16, path: &str, body: &[u8]) -> Option<Verdict>;

#[cfg_attr(not(test), allow(dead_code))] // Kind and Fail: for KSC rules
pub enum Verdict {
    /// Hand the response to the caller as it is (e.g. KSC reads `PxgError` whatever the status).
    Accept,
    /// Fail with this kind; the message is the core's (status line and start of the body).
    Kind(Kind),
    /// Fail with the group's own message.
    Fail(Failure),
}

/// The table: 401/403 → 4, 404 → 5, 408/429/503 → 8, any other non-2xx → 3.
pub fn kind(status: u16) -> Kind {
    match status {
        401 | 403 => Kind::Auth,
        404 => Kind::NotFound,
        408 | 429 | 503 => Kind::Busy,
        _ => Kind::Remote,
    }
}

/// `GET http://h/x answered HTTP 503 Service Unavailable: <start of the body>`, with a hint by kind.
pub fn failure(
    kind: Kind,
    status: u16,
    what: &str,
    body: &[u8],
    retry_after: Option<Duration>,
    not_waited: bool,
) -> Failure {
    let reason = ureq::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let mut message = format!("{what} answered HTTP {status} {reason}")
        .trim_end()
        .to_owned();
    let start = body_start(body);
    if !start.is_empty() {
        message.push_str(": ");
        message.push_str(&start);
    }
    let hint = match (kind, retry_after) {
        (Kind::Busy, Some(d)) if not_waited => Some(format!(
            "the server asks to retry after {} s, longer than --timeout: fieldctl did not wait (raise --timeout to let it)",
            d.as_secs()
        )),
        (Kind::Busy, Some(d)) => Some(format!("the server asks to retry after {} s", d.as_secs())),
        (Kind::Busy, None) => Some("the server is busy or rate limiting: try again later".into()),
        (Kind::Auth, _) => Some("check the credentials and the account's rights".into()),
        (Kind::NotFound, _) => {
            Some("check the host and port: is this the right kind of server?".into())
        }
        _ if (300..400).contains(&status) => {
            Some("redirects are not followed: use the address the server points to".into())
        }
        _ => None,
    };
    let failure = Failure::new(kind, message);
    match hint {
        Some(h) => failure.hint(h),
        None => failure,
    }
}

/// The first 160 characters of a body on one line: whitespace runs collapsed, control characters escaped
/// (bodies come from the peer, and may be HTML error pages).
pub fn body_start(body: &[u8]) -> String {
    const MAX: usize = 160;
    let text = String::from_utf8_lossy(&body[..body.len().min(4 * MAX)]);
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        if out.chars().count() >= MAX {
            out.push('…');
            break;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// `Retry-After` in delta-seconds (an HTTP-date, rare from devices, is not read: the caller's backoff applies).
pub fn retry_after(value: Option<&str>) -> Option<Duration> {
    value
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table() {
        for (status, code) in [
            (401, 4),
            (403, 4),
            (404, 5),
            (408, 8),
            (429, 8),
            (503, 8),
            (400, 3),
            (405, 3),
            (500, 3),
            (501, 3),
            (502, 3),
            (301, 3),
        ] {
            assert_eq!(kind(status).exit_code(), code, "HTTP {status}");
        }
    }

    #[test]
    fn message_has_the_status_line_and_the_escaped_start_of_the_body() {
        let f = failure(
            Kind::Busy,
            503,
            "GET http://h/x",
            b"<html>\n  <body>\x1b[31mbusy</body>\n</html>\n",
            None,
            false,
        );
        assert_eq!(
            f.to_string(),
            "GET http://h/x answered HTTP 503 Service Unavailable: <html> <body>\\u{1b}[31mbusy</body> </html>"
        );
        let f = failure(Kind::Remote, 599, "GET http://h/x", b"", None, false);
        assert_eq!(f.to_string(), "GET http://h/x answered HTTP 599");
        let long = "x".repeat(1000);
        assert_eq!(body_start(long.as_bytes()).chars().count(), 161);
    }

    #[test]
    fn retry_after_seconds() {
        assert_eq!(retry_after(Some(" 3 ")), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(Some("Wed, 21 Oct 2015 07:28:00 GMT")), None);
        assert_eq!(retry_after(None), None);
    }
}
