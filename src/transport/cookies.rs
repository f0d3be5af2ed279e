//! A cookie jar per server (origin `scheme://host:port`): `Set-Cookie` stored, `Cookie` sent back (OVMS cookie
//! sessions). Deliberately small: servers we talk to set session cookies without attributes, so `Path`,
//! `Domain` and `Expires` are not interpreted; `Max-Age=0` (or negative) deletes a cookie.

use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Default)]
pub struct CookieJar {
    by_origin: Mutex<HashMap<String, Vec<(String, String)>>>,
}

impl CookieJar {
    /// The `Cookie` header value for a request to `origin`, if any cookie is held for it.
    pub fn header_for(&self, origin: &str) -> Option<String> {
        let jar = self.by_origin.lock().expect("cookie jar");
        let cookies = jar.get(origin).filter(|c| !c.is_empty())?;
        Some(
            cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; "),
        )
    }

    /// Take in one `Set-Cookie` header value; returns the cookie's value when one was stored.
    pub fn store(&self, origin: &str, set_cookie: &str) -> Option<String> {
        let mut parts = set_cookie.split(';');
        let (name, value) = parts.next()?.split_once('=')?;
        let (name, value) = (name.trim(), value.trim().trim_matches('"'));
        if name.is_empty() {
            return None;
        }
        let expired = parts.any(|attr| {
            attr.split_once('=').is_some_and(|(k, v)| {
                k.trim().eq_ignore_ascii_case("max-age")
                    && v.trim().parse::<i64>().is_ok_and(|n| n <= 0)
            })
        });
        if expired {
            self.remove(origin, name);
            return None;
        }
        self.set(origin, name, value);
        Some(value.to_owned())
    }

    pub fn set(&self, origin: &str, name: &str, value: &str) {
        let mut jar = self.by_origin.lock().expect("cookie jar");
        let cookies = jar.entry(origin.to_owned()).or_default();
        match cookies.iter_mut().find(|(k, _)| k == name) {
            Some(c) => c.1 = value.to_owned(),
            None => cookies.push((name.to_owned(), value.to_owned())),
        }
    }

    pub fn remove(&self, origin: &str, name: &str) {
        if let Some(c) = self.by_origin.lock().expect("cookie jar").get_mut(origin) {
            c.retain(|(k, _)| k != name);
        }
    }

    pub fn get(&self, origin: &str) -> Vec<(String, String)> {
        self.by_origin
            .lock()
            .expect("cookie jar")
            .get(origin)
            .cloned()
            .unwrap_or_default()
    }

    pub fn clear(&self, origin: &str) {
        self.by_origin.lock().expect("cookie jar").remove(origin);
    }
}

/// `scheme://host:port` of a URL, lower-cased, without credentials or path: the jar's key.
pub fn origin(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("http", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    format!(
        "{}://{}",
        scheme.to_ascii_lowercase(),
        host.to_ascii_lowercase()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_replaces_and_deletes() {
        let jar = CookieJar::default();
        let o = "http://h:6868";
        assert_eq!(jar.header_for(o), None);
        assert_eq!(
            jar.store(o, "ovmsapisession=abc-1").as_deref(),
            Some("abc-1")
        );
        jar.store(o, "other=\"x\"; Path=/; HttpOnly");
        assert_eq!(
            jar.header_for(o).as_deref(),
            Some("ovmsapisession=abc-1; other=x")
        );
        jar.store(o, "ovmsapisession=abc-2");
        assert_eq!(
            jar.header_for(o).as_deref(),
            Some("ovmsapisession=abc-2; other=x")
        );
        jar.store(o, "other=; Max-Age=0");
        assert_eq!(jar.get(o), vec![("ovmsapisession".into(), "abc-2".into())]);
        assert_eq!(jar.header_for("https://h:6868"), None, "per origin");
        assert_eq!(jar.store(o, "garbage"), None);
        jar.clear(o);
        assert_eq!(jar.header_for(o), None);
    }

    #[test]
    fn origins() {
        assert_eq!(origin("HTTP://u:p@H:1/x?y"), "http://h:1");
        assert_eq!(origin("https://h"), "https://h");
    }
}
