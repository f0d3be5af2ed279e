//! Accounts, sessions (`Session.StartSession` / `X-KSC-Session`) and tokens (`Session.CreateToken`, `KSCT`).

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant};

use super::authz::Presented;

/// An account: `NAME` (internal or domain-less) or `DOMAIN\NAME`.
pub struct Accounts {
    /// Lower-cased domain (may be empty) and name → password.
    users: BTreeMap<(String, String), String>,
}

impl Accounts {
    /// From `--user NAME:PASSWORD` values.
    pub fn parse(specs: &[String]) -> Result<Accounts, String> {
        let mut users = BTreeMap::new();
        for spec in specs {
            let (who, pass) = spec
                .split_once(':')
                .ok_or_else(|| format!("--user {spec:?}: expected NAME:PASSWORD"))?;
            let (domain, name) = who.rsplit_once('\\').unwrap_or(("", who));
            if name.is_empty() {
                return Err(format!("--user {spec:?}: the name is empty"));
            }
            users.insert((domain.to_lowercase(), name.to_owned()), pass.to_owned());
        }
        if users.is_empty() {
            users.insert((String::new(), "admin".into()), "admin".into());
        }
        Ok(Accounts { users })
    }

    /// The account's display name when the credentials match.
    fn check(&self, user: &str, pass: &str, domain: &str) -> Option<String> {
        let stored = self.users.get(&(domain.to_lowercase(), user.to_owned()))?;
        (stored == pass).then(|| {
            if domain.is_empty() {
                user.to_owned()
            } else {
                format!("{domain}\\{user}")
            }
        })
    }
}

struct Session {
    user: String,
    last_used: Instant,
}

pub struct Auth {
    accounts: Accounts,
    sessions: HashMap<String, Session>,
    /// KSCT token → account.
    tokens: HashMap<String, String>,
    idle: Duration,
}

impl Auth {
    pub fn new(accounts: Accounts, idle: Duration) -> Auth {
        Auth {
            accounts,
            sessions: HashMap::new(),
            tokens: HashMap::new(),
            idle,
        }
    }

    /// The account the presented credentials belong to, or `None` (a 403).
    pub fn authenticate(&self, p: &Presented) -> Option<String> {
        match p {
            Presented::Basic { user, pass, domain } => self.accounts.check(user, pass, domain),
            Presented::Token(t) => self.tokens.get(t).cloned(),
        }
    }

    pub fn start_session(&mut self, user: String) -> String {
        let id = random_b64(24);
        self.sessions.insert(
            id.clone(),
            Session {
                user,
                last_used: Instant::now(),
            },
        );
        id
    }

    /// The session's account, its idle time restarted; an unknown or idle-expired one is `None` (and gone).
    pub fn touch(&mut self, id: &str) -> Option<String> {
        let s = self.sessions.get_mut(id)?;
        if s.last_used.elapsed() > self.idle {
            self.sessions.remove(id);
            return None;
        }
        s.last_used = Instant::now();
        Some(s.user.clone())
    }

    pub fn end_session(&mut self, id: &str) {
        self.sessions.remove(id);
    }

    pub fn create_token(&mut self, user: String) -> String {
        let t = random_b64(32);
        self.tokens.insert(t.clone(), user);
        t
    }
}

/// Random base64 text of `n` characters (n a multiple of 4 keeps it valid base64), as the server's ids look:
/// `n4QFPNjYK2oXRMYkis5CMcg==`. std's per-instance random hash keys are enough for a simulator.
fn random_b64(n: usize) -> String {
    let mut bytes = Vec::new();
    while bytes.len() * 4 < n * 3 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_usize(bytes.len());
        bytes.extend_from_slice(&h.finish().to_le_bytes());
    }
    bytes.truncate(n * 3 / 4);
    super::b64::encode(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_default_and_domains() {
        let a = Accounts::parse(&[]).unwrap();
        assert_eq!(a.check("admin", "admin", "").as_deref(), Some("admin"));
        assert_eq!(a.check("admin", "x", ""), None);
        let a = Accounts::parse(&["CORP\\bob:pw".into(), "eve:a:b".into()]).unwrap();
        assert_eq!(a.check("bob", "pw", "corp").as_deref(), Some("corp\\bob"));
        assert_eq!(a.check("bob", "pw", ""), None);
        assert_eq!(a.check("eve", "a:b", "").as_deref(), Some("eve"));
        assert_eq!(a.check("admin", "admin", ""), None);
        assert!(Accounts::parse(&["nopass".into()]).is_err());
        assert!(Accounts::parse(&[":pw".into()]).is_err());
    }

    #[test]
    fn ids_are_base64_and_distinct() {
        let a = random_b64(24);
        assert_eq!(a.len(), 24);
        assert!(super::super::b64::decode(&a).is_some());
        assert_ne!(a, random_b64(24));
    }
}
