//! Device sessions that never leave a device locked.
//!
//! A device allows one session, and a lost one locks it for up to `timeout` seconds. So every session this
//! machine opens is recorded in a 0600 state file (per host) until it is unloaded, with the PIDs of the
//! fieldctl processes using it. A later run that finds the file:
//! - joins the session when an owner is still alive (candump in one terminal, cansend in another): it opens its
//!   own channel handle and adds its PID; the last process to leave unloads the session;
//! - unloads it first when every owner is dead (a killed fieldctl), then opens its own.
//!
//! A lock file serialises these steps between processes.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::api::CanApi;
use super::status;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::secret::{self, Need, Secret};

#[derive(Serialize, Deserialize, Default, Debug)]
struct State {
    host: String,
    session: String,
    owners: Vec<u32>,
    timeout: u32,
}

pub struct Session {
    pub id: String,
    state_path: PathBuf,
    lock_path: PathBuf,
    /// Ctrl-C waits for `close` while the session exists.
    _hold: crate::interrupt::Hold,
}

pub struct OpenOptions<'a> {
    pub session_timeout: u32,
    pub password_stdin: bool,
    pub ctx: &'a Context,
}

fn paths(base: &str) -> anyhow::Result<(PathBuf, PathBuf)> {
    let safe: String = base
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let dir = crate::files::state_dir()?;
    Ok((
        dir.join(format!("can-{safe}.json")),
        dir.join(format!("can-{safe}.lock")),
    ))
}

/// An exclusive lock between fieldctl processes, released on drop.
struct Lock(File);

impl Lock {
    fn take(path: &Path) -> anyhow::Result<Lock> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(path)?;
        file.lock()?;
        Ok(Lock(file))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

fn read_state(path: &Path) -> Option<State> {
    let text = std::fs::read(path).ok()?;
    serde_json::from_slice(&text).ok()
}

fn write_state(path: &Path, state: &State) -> anyhow::Result<()> {
    crate::files::replace_private(path, &serde_json::to_vec_pretty(state)?)?;
    Ok(())
}

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
        // Without a portable check, assume alive: never unload a session another process may be using.
        let _ = pid;
        true
    }
}

impl Session {
    pub fn open(api: &CanApi, opts: &OpenOptions) -> anyhow::Result<Session> {
        let (state_path, lock_path) = paths(api.base())?;
        // Held from before canInitializeLibrary: a session may exist as soon as that request is sent.
        let hold = crate::interrupt::Hold::new();
        let _lock = Lock::take(&lock_path)?;
        let me = std::process::id();
        if let Some(mut state) = read_state(&state_path) {
            state.owners.retain(|&pid| alive(pid) && pid != me);
            api.transport().register_secret(&state.session);
            if !state.owners.is_empty() {
                // A live owner's session may still have ended on the device (its owner was stopped longer than
                // the timeout): check before joining; a dropped session is forgotten, not joined.
                if session_alive(api, &state.session)? {
                    state.owners.push(me);
                    write_state(&state_path, &state)?;
                    return Ok(Session {
                        id: state.session,
                        state_path,
                        lock_path,
                        _hold: hold,
                    });
                }
                let _ = std::fs::remove_file(&state_path);
            } else {
                // Every owner is dead: free the device before asking for a new session.
                let stat = api.unload(&state.session)?;
                if stat != status::OK && stat != status::ERR_INVALID_SESSION {
                    opts.ctx.out.warn(&format!(
                        "could not unload the stale session of a previous run: {}",
                        status::describe(stat)
                    ));
                }
                let _ = std::fs::remove_file(&state_path);
            }
        }
        let need = Need::new(&super::settings::PASSWORD, opts.password_stdin);
        let mut password: Option<Secret> = secret::find(opts.ctx, &need)?;
        let session = loop {
            match api.initialize(password.as_ref(), opts.session_timeout)? {
                Ok(session) => break session,
                Err(status::ERR_INVALID_PASSWORD) if password.is_none() => {
                    // The device wants a password and no source had one: ask, or fail naming the variable.
                    password = Some(secret::require(opts.ctx, &need)?);
                }
                Err(status::ERR_INVALID_SESSION) => return Err(busy(api)),
                Err(stat) => return Err(status::failure(stat, "canInitializeLibrary").into()),
            }
        };
        let state = State {
            host: api.base().to_owned(),
            session: session.clone(),
            owners: vec![me],
            timeout: opts.session_timeout,
        };
        if let Err(e) = write_state(&state_path, &state) {
            // Without the record a crash could lock the device: do not keep a session we cannot record.
            let _ = api.unload(&session);
            return Err(e.context(format!("recording the session in {}", state_path.display())));
        }
        Ok(Session {
            id: session,
            state_path,
            lock_path,
            _hold: hold,
        })
    }

    /// Leave the session; unload it when no other live process uses it.
    pub fn close(self, api: &CanApi) -> anyhow::Result<()> {
        let _lock = Lock::take(&self.lock_path)?;
        let me = std::process::id();
        let mut state = read_state(&self.state_path).unwrap_or_default();
        state.owners.retain(|&pid| pid != me && alive(pid));
        if state.session == self.id && !state.owners.is_empty() {
            return write_state(&self.state_path, &state);
        }
        let ours = state.session == self.id;
        // The record goes only once the device confirms the session is gone (unloaded, or already ended):
        // after a failed unload it stays, ownerless, and the next run unloads the session first.
        let gone = match api.unload(&self.id) {
            Ok(status::OK | status::ERR_INVALID_SESSION) => Ok(()),
            Ok(stat) => Err(status::failure(stat, "canUnloadLibrary").into()),
            Err(e) => Err(e),
        };
        if ours {
            match &gone {
                Ok(()) => {
                    let _ = std::fs::remove_file(&self.state_path);
                }
                Err(_) => write_state(&self.state_path, &state)?,
            }
        }
        gone
    }
}

/// Whether the device still knows `session`: a read-only call with a handle that cannot exist answers
/// canERR_INVALID_SESSION for an ended session, a handle or parameter error for a live one.
fn session_alive(api: &CanApi, session: &str) -> anyhow::Result<bool> {
    let reply = api.call(Some(session), "canReadTimer", &[("hnd", "-1".into())])?;
    Ok(super::api::stat_of(&reply, "canReadTimer")? != status::ERR_INVALID_SESSION)
}

/// The device is held by a session that is not ours: say who and for how long (exit 8).
fn busy(api: &CanApi) -> anyhow::Error {
    let detail = match api.device_status() {
        Ok(st) => {
            let who = st.ip.as_deref().unwrap_or("an unknown host");
            let left = st
                .timeout
                .map(|t| format!(" for up to {t} s more"))
                .unwrap_or_default();
            format!("the device is {} by {who}{left}", st.usage_text())
        }
        Err(_) => "the device already has an active session".to_owned(),
    };
    Failure::new(Kind::Busy, detail)
        .hint("wait for the other session to end, or stop the program that holds it")
        .into()
}

/// Open a session, run `body`, and always close the session (on success, error and Ctrl-C).
pub fn with_session<T>(
    api: &CanApi,
    opts: &OpenOptions,
    body: impl FnOnce(&Session) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let session = Session::open(api, opts)?;
    let result = body(&session);
    let closed = session.close(api);
    match (result, closed) {
        (Ok(v), Ok(())) => Ok(v),
        (Ok(_), Err(e)) => Err(e.context("releasing the device session")),
        (Err(e), Ok(())) => Err(e),
        (Err(e), Err(close_err)) => {
            opts.ctx.out.warn(&format!(
                "releasing the device session also failed: {close_err:#}"
            ));
            Err(e)
        }
    }
}
