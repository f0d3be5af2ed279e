//! Who is asking: users with passwords, API tokens (each with its permit), and cookie sessions that expire a
//! fixed time after LOGIN (the server records the login time and never refreshes it).

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant};

use super::clock;
use super::scenario::Token;

pub struct Session {
    pub owner: String,
    pub permissions: String,
    created: Instant,
}

pub struct Auth {
    users: BTreeMap<String, String>,
    tokens: Vec<Token>,
    sessions: HashMap<String, Session>,
    ttl: Duration,
}

/// A permit grants a right when it is `*` or lists it (comma-separated, case-insensitive).
pub fn permitted(permissions: &str, rights: &[&str]) -> bool {
    if permissions == "*" {
        return true;
    }
    let granted: Vec<String> = permissions
        .split(',')
        .map(|p| p.trim().to_ascii_lowercase())
        .collect();
    rights
        .iter()
        .any(|r| granted.contains(&r.to_ascii_lowercase()))
}

impl Auth {
    pub fn new(users: BTreeMap<String, String>, tokens: Vec<Token>, ttl: Duration) -> Self {
        Auth {
            users,
            tokens,
            sessions: HashMap::new(),
            ttl,
        }
    }

    /// The permissions of a password (`*`) or of a token of that user (its permit); None when neither matches.
    pub fn authenticate(&self, user: &str, secret: &str, tokens_allowed: bool) -> Option<String> {
        let password = self.users.get(user)?;
        if password == secret {
            return Some("*".into());
        }
        if !tokens_allowed {
            return None;
        }
        self.tokens
            .iter()
            .find(|t| t.owner == user && t.token == secret)
            .map(|t| t.permit.clone())
    }

    /// Drop the sessions whose time is up; their ids, so their vehicle connections can be dropped too.
    pub fn expire(&mut self) -> Vec<String> {
        let ttl = self.ttl;
        let gone: Vec<String> = self
            .sessions
            .iter()
            .filter(|(_, s)| s.created.elapsed() >= ttl)
            .map(|(id, _)| id.clone())
            .collect();
        for id in &gone {
            self.sessions.remove(id);
        }
        gone
    }

    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.get(id)
    }

    pub fn login(&mut self, owner: &str, permissions: &str) -> String {
        let id = uuid();
        self.sessions.insert(
            id.clone(),
            Session {
                owner: owner.into(),
                permissions: permissions.into(),
                created: Instant::now(),
            },
        );
        id
    }

    pub fn logout(&mut self, id: &str) -> bool {
        self.sessions.remove(id).is_some()
    }

    pub fn tokens_of(&self, owner: &str) -> impl Iterator<Item = &Token> {
        self.tokens.iter().filter(move |t| t.owner == owner)
    }

    pub fn create_token(
        &mut self,
        owner: &str,
        application: &str,
        purpose: &str,
        permit: &str,
    ) -> Token {
        let token = Token {
            owner: owner.into(),
            token: random_hex(64),
            application: application.into(),
            purpose: purpose.into(),
            permit: permit.into(),
            created: clock::format(clock::now()),
        };
        self.tokens.push(token.clone());
        token
    }

    pub fn delete_token(&mut self, owner: &str, token: &str) {
        self.tokens
            .retain(|t| !(t.owner == owner && t.token == token));
    }
}

/// Random hex digits; std's per-instance random hash keys are enough for a simulator.
fn random_hex(n: usize) -> String {
    let mut out = String::new();
    while out.len() < n {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(Instant::now().elapsed().as_nanos() ^ out.len() as u128);
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out.truncate(n);
    out
}

/// A session id shaped like the server's (Data::UUID: upper-case 8-4-4-4-12).
fn uuid() -> String {
    let h = random_hex(32).to_ascii_uppercase();
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permits() {
        assert!(permitted("*", &["session"]));
        assert!(permitted("auth, Session", &["session"]));
        assert!(!permitted("auth", &["session"]));
        assert!(permitted("token.admin", &["token.admin", "admin"]));
        assert_ne!(random_hex(64), random_hex(64));
        assert_eq!(uuid().len(), 36);
    }
}
