//! Accounts, sessions (`Session.StartSession` / `X-KSC-Session`) and tokens (`Session.CreateToken`, `KSCT`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use base64::Engine as _;
use ring::rand::{SecureRandom, SystemRandom};

use super::authz::Presented;

/// `NAME` (internal or domain-less) or `DOMAIN\NAME`: lower-cased domain (may be empty) and name.
fn split_account(spec: &str) -> Result<(String, String), String> {
    let (domain, name) = spec.rsplit_once('\\').unwrap_or(("", spec));
    if name.is_empty() {
        return Err(format!("{spec:?}: the user name is empty"));
    }
    Ok((domain.to_lowercase(), name.to_owned()))
}

/// One account: a Windows one (local, domain-less, or `DOMAIN\NAME`) or an internal KSC user.
struct User {
    domain: String,
    name: String,
    mfa: bool,
    /// An internal KSC user: `internal="1"` and no domain; a Windows account: `internal="0"` (or absent).
    internal: bool,
}

/// The accounts: `--user` with `--password` (a Windows account), `--internal-user` (an internal KSC user),
/// and `--mfa-user` (one of them or a new Windows account; the same password, and a TOTP code).
pub struct Accounts {
    password: String,
    users: Vec<User>,
}

impl Accounts {
    pub fn new(
        user: &str,
        password: &str,
        mfa_user: Option<&str>,
        internal_user: Option<&str>,
    ) -> Result<Accounts, String> {
        let (domain, name) = split_account(user).map_err(|e| format!("--user {e}"))?;
        let mut users = vec![User {
            domain,
            name,
            mfa: false,
            internal: false,
        }];
        if let Some(i) = internal_user {
            let (domain, name) = split_account(i).map_err(|e| format!("--internal-user {e}"))?;
            if !domain.is_empty() {
                return Err(format!(
                    "--internal-user {i:?}: an internal user has no domain"
                ));
            }
            users.push(User {
                domain,
                name,
                mfa: false,
                internal: true,
            });
        }
        if let Some(m) = mfa_user {
            let (domain, name) = split_account(m).map_err(|e| format!("--mfa-user {e}"))?;
            let mut found = false;
            for u in users
                .iter_mut()
                .filter(|u| u.domain == domain && u.name == name)
            {
                u.mfa = true;
                found = true;
            }
            if !found {
                users.push(User {
                    domain,
                    name,
                    mfa: true,
                    internal: false,
                });
            }
        }
        Ok(Accounts {
            password: password.to_owned(),
            users,
        })
    }

    /// The account's display name, and whether it needs a second factor, when the credentials match. An
    /// internal user presented as a Windows account (or the other way round) is refused as a wrong password.
    fn check(
        &self,
        user: &str,
        pass: &str,
        domain: &str,
        internal: bool,
    ) -> Option<(String, bool)> {
        let domain = domain.to_lowercase();
        let mfa = self
            .users
            .iter()
            .find(|u| u.domain == domain && u.name == user && u.internal == internal)?
            .mfa;
        (pass == self.password).then(|| {
            let name = if domain.is_empty() {
                user.to_owned()
            } else {
                format!("{domain}\\{user}")
            };
            (name, mfa)
        })
    }
}

/// Who is logged in, and on which (virtual) server: 0 is the main server, k the k-th `--vserver`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    pub user: String,
    pub server: usize,
}

/// What the presented credentials are worth.
pub enum Verdict {
    Ok(Principal),
    /// Right password, but the account needs `KSCMFA` next.
    NeedsMfa(Principal),
    Refused,
}

struct Session {
    who: Principal,
    last_used: Instant,
    /// The `expire::epoch()` it was started in: a later SIGUSR1 has expired it.
    epoch: u64,
}

pub struct Auth {
    accounts: Accounts,
    sessions: HashMap<String, Session>,
    /// KSCT token → account and server.
    tokens: HashMap<String, Principal>,
    idle: Duration,
    totp: String,
}

impl Auth {
    pub fn new(accounts: Accounts, idle: Duration, totp: String) -> Auth {
        Auth {
            accounts,
            sessions: HashMap::new(),
            tokens: HashMap::new(),
            idle,
            totp,
        }
    }

    /// Basic or token credentials for `server` (the one `X-KSC-VServer` named). A token is bound to the
    /// server it was made on, and has passed any second factor already.
    pub fn authenticate(&self, p: &Presented, server: usize) -> Verdict {
        match p {
            Presented::Basic {
                user,
                pass,
                domain,
                internal,
            } => match self.accounts.check(user, pass, domain, *internal) {
                Some((user, mfa)) => {
                    let who = Principal { user, server };
                    if mfa {
                        Verdict::NeedsMfa(who)
                    } else {
                        Verdict::Ok(who)
                    }
                }
                None => Verdict::Refused,
            },
            Presented::Token(t) => match self.tokens.get(t) {
                Some(who) if who.server == server => Verdict::Ok(who.clone()),
                _ => Verdict::Refused,
            },
            Presented::Mfa(_) => Verdict::Refused,
        }
    }

    pub fn totp_ok(&self, code: &str) -> bool {
        code == self.totp
    }

    pub fn start_session(&mut self, who: Principal) -> String {
        let id = random_b64(24);
        self.sessions.insert(
            id.clone(),
            Session {
                who,
                last_used: Instant::now(),
                epoch: super::expire::epoch(),
            },
        );
        id
    }

    /// The session's account, its idle time restarted; an unknown or idle-expired one is `None` (and gone).
    pub fn touch(&mut self, id: &str) -> Option<Principal> {
        let s = self.sessions.get_mut(id)?;
        if s.last_used.elapsed() > self.idle || s.epoch < super::expire::epoch() {
            self.sessions.remove(id);
            return None;
        }
        s.last_used = Instant::now();
        Some(s.who.clone())
    }

    pub fn end_session(&mut self, id: &str) {
        self.sessions.remove(id);
    }

    pub fn create_token(&mut self, who: Principal) -> String {
        let t = random_b64(32);
        self.tokens.insert(t.clone(), who);
        t
    }
}

/// Random bytes from the system's generator.
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut b = vec![0u8; n];
    SystemRandom::new()
        .fill(&mut b)
        .expect("the system's random generator");
    b
}

/// Random base64 text of `n` characters (n a multiple of 4), as the server's ids look:
/// `n4QFPNjYK2oXRMYkis5CMcg==`.
pub fn random_b64(n: usize) -> String {
    base64::engine::general_purpose::STANDARD.encode(random_bytes(n * 3 / 4))
}

/// A password to print at start: 16 letters and digits.
pub fn random_password() -> String {
    const CHARS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    random_bytes(16)
        .iter()
        .map(|b| CHARS[*b as usize % CHARS.len()] as char)
        .collect()
}

/// A six-digit TOTP code to print at start.
pub fn random_totp() -> String {
    let b = random_bytes(4);
    format!(
        "{:06}",
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) % 1_000_000
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_and_domains() {
        let a = Accounts::new("admin", "pw", None, None).unwrap();
        assert_eq!(
            a.check("admin", "pw", "", false),
            Some(("admin".into(), false))
        );
        assert_eq!(a.check("admin", "x", "", false), None);
        assert_eq!(a.check("admin", "pw", "corp", false), None);
        // a Windows account presented as internal: refused
        assert_eq!(a.check("admin", "pw", "", true), None);
        let a = Accounts::new("CORP\\bob", "pw", Some("eve"), Some("kim")).unwrap();
        assert_eq!(
            a.check("bob", "pw", "corp", false),
            Some(("corp\\bob".into(), false))
        );
        assert_eq!(a.check("bob", "pw", "corp", true), None);
        assert_eq!(a.check("bob", "pw", "", false), None);
        assert_eq!(a.check("eve", "pw", "", false), Some(("eve".into(), true)));
        assert_eq!(a.check("kim", "pw", "", true), Some(("kim".into(), false)));
        assert_eq!(a.check("kim", "pw", "", false), None);
        let a = Accounts::new("admin", "pw", Some("admin"), None).unwrap();
        assert_eq!(
            a.check("admin", "pw", "", false),
            Some(("admin".into(), true))
        );
        assert!(Accounts::new("", "pw", None, None).is_err());
        assert!(Accounts::new("CORP\\", "pw", None, None).is_err());
        assert!(Accounts::new("admin", "pw", None, Some("CORP\\kim")).is_err());
    }

    #[test]
    fn ids_are_base64_and_distinct() {
        let a = random_b64(24);
        assert_eq!(a.len(), 24);
        assert!(super::super::authz::decode_utf8(&a).is_some() || a.len() == 24);
        assert_ne!(a, random_b64(24));
        assert_eq!(random_totp().len(), 6);
        assert_eq!(random_password().len(), 16);
    }
}
