//! Session state kept between runs, for every group: one private (0600) JSON file per server identity (and
//! user, where sessions are per user), holding the session id or cookie, the PIDs of the fieldctl processes
//! using it, its expiry and a small group payload (the CAN session's timeout and channel bitrates, …).
//!
//! - The state directory is only touched by commands that need state: a command that does not never fails on
//!   an unusable one (`HOME=/dev/null`); one that does names the path it could not use (exit 10).
//! - Reading and writing a record happen under one lock per server ([`Store::lock`]); the lock file is removed
//!   again when no record is left, so a server that never answered leaves nothing behind.
//! - File names are bounded whatever the host: a readable prefix and a hash of the full key.
//! - The embedded simulator's state (`sim`) is kept in memory: it ends with the process, and so does the
//!   simulator, so no file ever names it.
//!
//! ```ignore
//! let store = Store::new("ovms", &address, Some(user))?;
//! let held = store.lock()?;
//! let cookie = match held.read::<()>() {
//!     Some(r) if !r.expired() => r.session,
//!     _ => { let c = login()?; held.write(&Record::new(&store, c))?; c }
//! };
//! ```

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::address::Address;
use crate::error::{Failure, Kind};
use crate::files::{self, Lock};

/// Where state lives: `$XDG_STATE_HOME/fieldctl` (`~/.local/state/fieldctl`), else the platform's local data
/// directory. Not created here.
pub fn dir_path() -> anyhow::Result<PathBuf> {
    let base = dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .ok_or_else(|| {
            Failure::new(
                Kind::Config,
                "cannot find a directory for state files (HOME is not set)",
            )
            .hint("set HOME or XDG_STATE_HOME")
        })?;
    Ok(base.join("fieldctl"))
}

/// The state directory, created (0700) if needed below an existing HOME or `XDG_STATE_HOME` (never those
/// themselves); exit 10 naming it when it cannot be used.
pub fn dir() -> anyhow::Result<PathBuf> {
    let dir = dir_path()?;
    let unusable = |e: std::io::Error| -> anyhow::Error {
        Failure::new(
            Kind::Config,
            format!("cannot use the state directory {}: {e}", dir.display()),
        )
        .hint("set XDG_STATE_HOME (or HOME) to a writable directory")
        .into()
    };
    if let Some(base) = files::missing_base(&dir, "XDG_STATE_HOME") {
        return Err(Failure::new(
            Kind::Config,
            format!(
                "cannot use the state directory {}: {base} (fieldctl does not create it)",
                dir.display()
            ),
        )
        .hint("set XDG_STATE_HOME to a writable directory, or HOME to one that exists")
        .into());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(&dir).map_err(unusable)?;
    if !dir.is_dir() {
        return Err(unusable(std::io::Error::other("not a directory")));
    }
    Ok(dir)
}

/// One server's (and user's) state: where its record and lock live. Making one touches no file.
pub struct Store {
    server: String,
    user: Option<String>,
    dir: PathBuf,
    name: String,
    /// An embedded simulator's: records live in [`memory`], never in a file.
    in_memory: bool,
}

/// The records of embedded simulators' stores, by name.
fn memory() -> std::sync::MutexGuard<'static, std::collections::HashMap<String, Vec<u8>>> {
    static RECORDS: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>,
    > = std::sync::OnceLock::new();
    RECORDS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A session record. `session` is a secret (a session id or cookie): the file is 0600 and nothing prints it.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Record<P> {
    /// The canonical server identity (see `address.rs`): checked on read, so a file never answers for another
    /// server.
    pub server: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub session: String,
    /// fieldctl processes using the session; the last one to leave ends it.
    #[serde(default)]
    pub owners: Vec<u32>,
    /// Unix seconds after which the server has forgotten the session (None: unknown).
    #[serde(default)]
    pub expires: Option<u64>,
    #[serde(default)]
    pub payload: P,
}

impl<P: Default> Record<P> {
    /// A record of `session` for `store`'s server, owned by this process.
    pub fn new(store: &Store, session: impl Into<String>) -> Record<P> {
        Record {
            server: store.server.clone(),
            user: store.user.clone(),
            session: session.into(),
            owners: vec![std::process::id()],
            expires: None,
            payload: P::default(),
        }
    }
}

impl<P> Record<P> {
    /// For cookie and session-id groups (ovms, ksc): a session the server has certainly forgotten.
    pub fn expired(&self) -> bool {
        self.expires.is_some_and(|e| now_secs() >= e)
    }

    /// Drop owners that are no longer running (and this process); true when someone else is left.
    pub fn others_alive(&mut self) -> bool {
        let me = std::process::id();
        self.owners.retain(|&pid| pid != me && alive(pid));
        !self.owners.is_empty()
    }
}

/// Now, in Unix seconds (0 before the epoch).
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Store {
    /// `group` is the command group (`can`, `ovms`, `ksc`); `user` is given where sessions are per user.
    pub fn new(group: &'static str, server: &Address, user: Option<&str>) -> anyhow::Result<Store> {
        let server_address = server;
        let server = server.identity();
        let key = match user {
            Some(u) => format!("{group}\n{server}\n{u}"),
            None => format!("{group}\n{server}"),
        };
        let readable: String = format!(
            "{group}-{}{}",
            server.replacen("://", "_", 1),
            user.map(|u| format!("-{u}")).unwrap_or_default()
        )
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
        let in_memory = server_address.embedded().is_some();
        Ok(Store {
            server,
            user: user.map(str::to_owned),
            // No state directory is needed (nor looked for) in memory.
            dir: if in_memory {
                PathBuf::new()
            } else {
                dir_path()?
            },
            name: format!("{readable}-{:016x}", fnv1a(key.as_bytes())),
            in_memory,
        })
    }

    /// The record's path (which may not exist).
    pub fn path(&self) -> PathBuf {
        self.dir.join(format!("{}.json", self.name))
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join(format!("{}.lock", self.name))
    }

    /// The record as it is now, without locking or creating anything (None when absent or unreadable).
    pub fn peek<P: DeserializeOwned + Default>(&self) -> Option<Record<P>> {
        let text = if self.in_memory {
            memory().get(&self.name)?.clone()
        } else {
            std::fs::read(self.path()).ok()?
        };
        parse_record(&text, &self.server, self.user.as_deref())
    }

    /// Lock this server's state (waiting for another fieldctl that holds it): creates the state directory.
    pub fn lock(&self) -> anyhow::Result<Held<'_>> {
        if self.in_memory {
            // One process uses it: the lock on the memory is enough.
            return Ok(Held {
                store: self,
                lock: None,
            });
        }
        dir()?;
        let path = self.lock_path();
        let lock = Lock::take(&path).map_err(|e| {
            Failure::new(Kind::Config, format!("cannot lock {}: {e}", path.display()))
        })?;
        Ok(Held {
            store: self,
            lock: Some(lock),
        })
    }
}

/// A server's state, locked against other fieldctl processes until dropped. When no record is left at that
/// point the lock file goes too.
pub struct Held<'a> {
    store: &'a Store,
    lock: Option<Lock>,
}

impl Held<'_> {
    /// The record, when there is one for this server and it can be read (a corrupt file counts as none).
    pub fn read<P: DeserializeOwned + Default>(&self) -> Option<Record<P>> {
        self.store.peek()
    }

    pub fn write<P: Serialize>(&self, record: &Record<P>) -> anyhow::Result<()> {
        let path = self.store.path();
        let text = serde_json::to_vec_pretty(record)?;
        if self.store.in_memory {
            memory().insert(self.store.name.clone(), text);
            return Ok(());
        }
        files::write_atomic(&path, &text, None).map_err(|e| {
            Failure::new(
                Kind::Config,
                format!("cannot write the session record {}: {e}", path.display()),
            )
            .into()
        })
    }

    /// Forget the session.
    pub fn remove(&self) {
        if self.store.in_memory {
            memory().remove(&self.store.name);
            return;
        }
        let _ = std::fs::remove_file(self.store.path());
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        if let Some(lock) = self.lock.take()
            && !self.store.path().exists()
        {
            lock.remove();
        }
    }
}

fn parse_record<P: DeserializeOwned + Default>(
    text: &[u8],
    server: &str,
    user: Option<&str>,
) -> Option<Record<P>> {
    let record: Record<P> = serde_json::from_slice(text).ok()?;
    (record.server == server && record.user.as_deref() == user).then_some(record)
}

/// FNV-1a, 64 bits: stable across Rust versions (unlike `DefaultHasher`), enough to keep names apart.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether process `pid` is running (a session owner that was killed is not).
pub fn alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        if pid == std::process::id() {
            return true;
        }
        // SAFETY: kill with signal 0 only checks for existence and permission; it sends nothing.
        let r = unsafe { libc::kill(pid as libc::pid_t, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        // Without a portable check, assume alive: never end a session another process may be using.
        let _ = pid;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::Address;
    use crate::can::settings::ADDRESS as CAN;

    fn store(host: &str, user: Option<&str>) -> Store {
        Store::new("can", &Address::parse(host, CAN).unwrap(), user).unwrap()
    }

    #[test]
    fn one_file_per_canonical_server_and_user() {
        assert_eq!(
            store("localhost:9", None).path(),
            store("127.0.0.1:9", None).path()
        );
        assert_ne!(
            store("http://h:9", None).path(),
            store("https://h:9", None).path()
        );
        assert_ne!(
            store("h:9", Some("a")).path(),
            store("h:9", Some("b")).path()
        );
        assert_ne!(
            store("h:9", Some("a_b")).path(),
            store("h:9", Some("a b")).path()
        );
    }

    #[test]
    fn file_names_are_bounded() {
        // The longest host DNS allows (253 characters), and a long user name.
        let long = format!("{}.example:9", vec!["a".repeat(60); 4].join("."));
        let name = store(&long, Some(&"u".repeat(500))).path();
        let name = name.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.len() <= 64 + 1 + 16 + 5, "{name}");
        assert_ne!(
            store(&long, None).path(),
            store(&long.replace(":9", ":10"), None).path()
        );
    }

    #[test]
    fn expiry() {
        let s = store("h:9", None);
        let r: Record<()> = Record {
            expires: Some(now_secs() + 60),
            ..Record::new(&s, "c")
        };
        assert!(!r.expired());
        let r = Record {
            expires: Some(1),
            ..r
        };
        assert!(r.expired());
        assert!(!Record { expires: None, ..r }.expired());
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
