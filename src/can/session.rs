//! Device sessions that never leave a device locked.
//!
//! A device allows one session, and a lost one locks it for up to `timeout` seconds. So every session this
//! machine opens is recorded in the session-state store (`crate::state`, one 0600 file per device identity)
//! until it is unloaded, with the PIDs of the fieldctl processes using it. A later run that finds the record:
//! - joins the session when an owner is still alive (candump in one terminal, cansend in another): it opens its
//!   own channel handle and adds its PID; the last process to leave unloads the session;
//! - unloads it first when every owner is dead (a killed fieldctl), then opens its own.
//!
//! The store's lock serialises these steps between processes. The record also keeps each channel's bitrate and
//! the process that set it, so a joiner asking for another bitrate is refused instead of silently sharing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::api::CanApi;
use super::api::Initialized;
use super::bus::BitrateSource;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::secret::{self, Need, Secret};
use crate::state::{Held, Record, Store};

/// The CAN part of a session record.
#[derive(Serialize, Deserialize, Default, Debug)]
struct Payload {
    /// The session timeout asked for, in seconds.
    timeout: u32,
    /// Channel number → how it was configured (by the handle that had init access).
    #[serde(default)]
    channels: BTreeMap<u32, ChannelRecord>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
struct ChannelRecord {
    bitrate: String,
    /// The process whose handle set the bitrate.
    owner: u32,
    /// Put in listen-only mode (canDRIVER_SILENT) by its owner: nobody may send on it.
    #[serde(default)]
    silent: bool,
}

type CanRecord = Record<Payload>;

pub struct Session {
    pub id: String,
    store: Store,
    /// Ctrl-C waits for `close` while the session exists; a second one says the session is left behind.
    _hold: crate::interrupt::Hold,
}

pub struct OpenOptions<'a> {
    pub session_timeout: u32,
    pub password_stdin: bool,
    /// `--wait SECS`: a device held by another session is waited for (deviceStatus polled) this long.
    pub wait: Option<std::time::Duration>,
    pub ctx: &'a Context,
}

/// How often a waiting run asks deviceStatus whether the device is free (a cheap call, no session needed).
const WAIT_POLL: std::time::Duration = std::time::Duration::from_millis(500);

fn store(api: &CanApi) -> anyhow::Result<Store> {
    Store::new("can", api.address(), None)
}

impl Session {
    /// Open (or join) a session; with `--wait`, a device held by someone else is waited for, without holding
    /// the local store's lock meanwhile (other local runs may join or leave their sessions).
    pub fn open(api: &CanApi, opts: &OpenOptions) -> anyhow::Result<Session> {
        let started = std::time::Instant::now();
        loop {
            if let Some(session) = Self::open_once(api, opts)? {
                return Ok(session);
            }
            let waited_out = opts.wait.is_none_or(|w| started.elapsed() >= w);
            if waited_out {
                return Err(busy(api, opts.wait));
            }
            wait_until_free(api, started, opts.wait.expect("checked"))?;
        }
    }

    /// One attempt: None when the device is held by a session this machine cannot join.
    fn open_once(api: &CanApi, opts: &OpenOptions) -> anyhow::Result<Option<Session>> {
        let store = store(api)?;
        // Held from before canInitializeLibrary: a session may exist as soon as that request is sent.
        let hold = crate::interrupt::Hold::pending();
        let opened = format!(
            "a session on the device at {} (the device ends it after {} s without use)",
            api.address(),
            opts.session_timeout
        );
        let held = store.lock()?;
        if let Some(id) = Self::join_or_clear(api, opts, &held)? {
            // The session stays with its other owners: leaving without a word costs them nothing.
            hold.rename(format!(
                "this run's channel handle in the shared session on the device at {}",
                api.address()
            ));
            drop(held);
            return Ok(Some(Session {
                id,
                store,
                _hold: hold,
            }));
        }
        let Some(session) = Self::initialize(api, opts)? else {
            return Ok(None);
        };
        hold.rename(opened);
        // No expiry: the device ends a session after `timeout` seconds WITHOUT USE, which a record cannot
        // know; whether a recorded session still lives is asked of the device (`session_alive`).
        let record = CanRecord {
            payload: Payload {
                timeout: opts.session_timeout,
                channels: BTreeMap::new(),
            },
            ..Record::new(&store, session.clone())
        };
        if let Err(e) = held.write(&record) {
            // Without the record a crash could lock the device: do not keep a session we cannot record.
            let _ = api.unload(&session);
            return Err(e);
        }
        drop(held);
        Ok(Some(Session {
            id: session,
            store,
            _hold: hold,
        }))
    }

    /// With a record on file: join its session (Some(id)) when a live owner still uses it and the device still
    /// knows it; otherwise free the device of it and forget it (None).
    fn join_or_clear(
        api: &CanApi,
        opts: &OpenOptions,
        held: &Held,
    ) -> anyhow::Result<Option<String>> {
        let Some(mut record) = held.read::<Payload>() else {
            return Ok(None);
        };
        api.transport().register_secret(&record.session);
        if record.others_alive() {
            // A live owner's session may still have ended on the device (its owner was stopped longer than
            // the timeout): check before joining; a dropped session is forgotten, not joined.
            if api.session_alive(&record.session)? {
                record.owners.push(std::process::id());
                held.write(&record)?;
                return Ok(Some(record.session));
            }
        } else {
            // Every owner is dead: free the device before asking for a new session.
            match api.unload(&record.session) {
                Ok(_) => {}
                // The device refused (a CANlib status): say so, and try for a session all the same.
                Err(e) if crate::error::kind_of(&e) == Kind::Remote => opts.ctx.out.warn(&format!(
                    "could not unload the stale session of a previous run: {e:#}"
                )),
                Err(e) => return Err(e),
            }
        }
        held.remove();
        Ok(None)
    }

    /// canInitializeLibrary; None when the device already has a session.
    fn initialize(api: &CanApi, opts: &OpenOptions) -> anyhow::Result<Option<String>> {
        let need = Need::new(&super::settings::PASSWORD, opts.password_stdin);
        let mut password: Option<Secret> = secret::find(opts.ctx, &need)?;
        loop {
            match api.initialize(password.as_ref(), opts.session_timeout)? {
                Initialized::Session(session) => return Ok(Some(session)),
                Initialized::NeedsPassword => {
                    // The device wants a password and no source had one: ask, or fail naming the variable.
                    password = Some(secret::require(opts.ctx, &need)?);
                }
                Initialized::InUse => return Ok(None),
            }
        }
    }

    /// Leave the session; unload it when no other live process uses it.
    pub fn close(self, api: &CanApi) -> anyhow::Result<()> {
        let held = self.store.lock()?;
        let mut record = held.read::<Payload>();
        let ours = record.as_ref().is_some_and(|r| r.session == self.id);
        if let Some(r) = record.as_mut().filter(|_| ours)
            && r.others_alive()
        {
            let me = std::process::id();
            r.payload.channels.retain(|_, c| c.owner != me);
            return held.write(r);
        }
        // The record goes only once the device confirms the session is gone (unloaded, or already ended):
        // after a failed unload it stays, ownerless, and the next run unloads the session first.
        let gone = api.unload(&self.id).map(drop);
        if ours {
            match (&gone, record.as_mut()) {
                (Ok(()), _) => held.remove(),
                (Err(_), Some(r)) => held.write(r)?,
                (Err(_), None) => {}
            }
        }
        gone
    }
}

/// How this process wants a channel: the bitrate it would set (and where that came from) and whether it
/// sends on it or only listens (silently or not).
pub struct ChannelUse<'a> {
    pub channel: u32,
    pub bitrate: &'a str,
    pub from: BitrateSource,
    pub silent: bool,
    pub transmits: bool,
}

/// A channel was configured by this process (`set`: its handle had init access), or found configured by
/// another handle of the session. A joiner that asked for another bitrate with `--bitrate` is refused (exit 8),
/// as is one that would send on a channel another process put in listen-only mode; a bitrate from the
/// environment or a profile that differs is joined with a warning.
pub fn join_channel(
    ctx: &crate::context::Context,
    api: &CanApi,
    session: &str,
    want: &ChannelUse,
    set: bool,
) -> anyhow::Result<()> {
    let store = store(api)?;
    let held = store.lock()?;
    let Some(mut record) = held.read::<Payload>().filter(|r| r.session == session) else {
        return Ok(());
    };
    let (channel, bitrate) = (want.channel, want.bitrate);
    if set {
        record.payload.channels.insert(
            channel,
            ChannelRecord {
                bitrate: bitrate.to_owned(),
                owner: std::process::id(),
                silent: want.silent,
            },
        );
        return held.write(&record);
    }
    let Some(c) = record.payload.channels.get(&channel) else {
        return Ok(());
    };
    if want.transmits && c.silent {
        return Err(Failure::new(
            Kind::Busy,
            format!(
                "channel {channel} is listen-only for this session (`can dump --silent`, fieldctl PID {}): refusing to send on it",
                c.owner
            ),
        )
        .hint(format!("send on another channel, or stop PID {} first", c.owner))
        .into());
    }
    // `keep` joins whatever the channel runs at.
    if c.bitrate.eq_ignore_ascii_case(bitrate) || bitrate == "keep" {
        return Ok(());
    }
    match want.from {
        BitrateSource::Flag => Err(Failure::new(
            Kind::Busy,
            format!(
                "channel {channel} is already on the session's bus at {} (set by fieldctl PID {}); refusing --bitrate {bitrate}",
                c.bitrate, c.owner
            ),
        )
        .hint(format!(
            "leave out --bitrate to join at {}, or stop PID {} first",
            c.bitrate, c.owner
        ))
        .into()),
        BitrateSource::Setting => {
            let spec = &super::settings::BITRATE.spec;
            let from = match (spec.env, ctx.env_value(spec)?) {
                (Some(env), Some(_)) => env.to_owned(),
                _ => format!("{} in the profile", spec.key),
            };
            ctx.out.warn(&format!(
                "channel {channel} is already on the session's bus at {} (set by fieldctl PID {}): joining at that rate, not at {bitrate} from {from}",
                c.bitrate, c.owner
            ));
            Ok(())
        }
        BitrateSource::Default => Ok(()),
    }
}

/// The device is held by a session that is not ours: say who and for how long (exit 8).
/// Poll deviceStatus until the device is free or `wait` (from `started`) is over; Ctrl-C stops it.
fn wait_until_free(
    api: &CanApi,
    started: std::time::Instant,
    wait: std::time::Duration,
) -> anyhow::Result<()> {
    loop {
        crate::interrupt::check()?;
        let left = wait.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Ok(()); // the caller tries once more, then says who holds it
        }
        crate::interrupt::sleep(WAIT_POLL.min(left));
        crate::interrupt::check()?;
        if api.device_status()?.usage == 0 {
            return Ok(());
        }
    }
}

fn busy(api: &CanApi, waited: Option<std::time::Duration>) -> anyhow::Error {
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
    match waited {
        Some(w) => Failure::new(
            Kind::Busy,
            format!("{detail} (still, after waiting {} s)", w.as_secs_f64()),
        )
        .hint("wait longer with a larger --wait, or stop the program that holds it")
        .into(),
        None => Failure::new(Kind::Busy, detail)
            .hint("wait for the other session to end (--wait SECS waits for it), or stop the program that holds it")
            .into(),
    }
}

/// Open a session, run `body`, and always close the session (on success, error and Ctrl-C).
pub fn with_session<T>(
    api: &CanApi,
    opts: &OpenOptions,
    body: impl FnOnce(&Session) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let session = Session::open(api, opts)?;
    // Ctrl-C while the session was being opened: it is released without doing anything in it.
    let result = crate::interrupt::check().and_then(|()| body(&session));
    let closed = session.close(api);
    match (result, closed) {
        (Ok(v), Ok(())) => Ok(v),
        (Ok(_), Err(e)) => Err(e.context("releasing the device session")),
        (Err(e), Ok(())) => Err(e),
        // After Ctrl-C the failed release is the news (the device may stay locked): never exit 0 for it.
        (Err(e), Err(close_err))
            if crate::interrupt::interrupted()
                && crate::error::kind_of(&e) == Kind::Interrupted =>
        {
            Err(close_err.context("releasing the device session after Ctrl-C"))
        }
        (Err(e), Err(close_err)) => {
            opts.ctx.out.warn(&format!(
                "releasing the device session also failed: {close_err:#}"
            ));
            Err(e)
        }
    }
}
