//! Sessions: deviceStatus and canInitializeLibrary (the functions outside a session), one session at a time,
//! its inactivity timeout, and canUnloadLibrary.

use std::time::{Duration, Instant};

use serde_json::json;

use super::canlib::*;
use super::{CanDevice, Device, FUNCTIONS, Params, Reply, fields};

/// canInitializeLibrary's default session timeout (spec 3.2) and the maximum (docs/kvaser-constants.md).
const DEFAULT_TIMEOUT: u64 = 900;
const MAX_TIMEOUT: u64 = 86399;

pub(super) struct ActiveSession {
    pub(super) id: String,
    pub(super) ip: String,
    pub(super) timeout: Duration,
    pub(super) last_used: Instant,
    /// deviceStatus usage bit: 2 JSON API, 4 JSONP API
    pub(super) usage: u64,
}

impl CanDevice {
    pub(super) fn sessionless(
        &self,
        dev: &mut Device,
        function: &str,
        p: &Params,
        jsonp: bool,
    ) -> Reply {
        match function {
            "deviceStatus" => match &dev.session {
                None => fields(&[("usage", json!(USAGE_FREE))]),
                Some(s) => {
                    let left = s.timeout.saturating_sub(s.last_used.elapsed());
                    fields(&[
                        ("usage", json!(s.usage)),
                        ("timeout", json!(left.as_secs())),
                        ("ip", json!(s.ip)),
                    ])
                }
            },
            "canInitializeLibrary" => {
                if dev.session.is_some() {
                    return Err(ERR_INVALID_SESSION);
                }
                if let Some(pw) = &self.password
                    && p.req.param("password") != Some(pw.as_str())
                {
                    return Err(ERR_INVALID_PASSWORD);
                }
                let timeout = p.opt_uint("timeout")?.unwrap_or(DEFAULT_TIMEOUT);
                if timeout == 0 || timeout > MAX_TIMEOUT {
                    return Err(ERR_PARAM);
                }
                dev.sessions_made += 1;
                let id = if p.opt_uint("dummy_session")? == Some(1) {
                    "0".repeat(32)
                } else {
                    new_session_id(dev.sessions_made)
                };
                dev.session = Some(ActiveSession {
                    id: id.clone(),
                    ip: p.req.peer.ip().to_string(),
                    timeout: Duration::from_secs(timeout),
                    last_used: Instant::now(),
                    usage: if jsonp {
                        USAGE_JSONP_API
                    } else {
                        USAGE_JSON_API
                    },
                });
                fields(&[("session", json!(id))])
            }
            "canUnloadLibrary" => Err(ERR_INVALID_SESSION), // needs /<session>/
            _ if FUNCTIONS.contains(&function) => Err(ERR_INVALID_SESSION),
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }
}

impl Device {
    pub(super) fn expire_session(&mut self) {
        if self
            .session
            .as_ref()
            .is_some_and(|s| s.last_used.elapsed() > s.timeout)
        {
            self.end_session();
        }
    }

    pub(super) fn end_session(&mut self) {
        self.session = None;
        self.handles.clear();
        self.env_handles.clear();
        // Handles are numbered per session, from 0.
        self.next_handle = 0;
        self.next_ehnd = 0;
    }
}

/// 32 hex digits, unpredictable enough for a simulator.
fn new_session_id(counter: u64) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for i in 0..2u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(counter);
        h.write_u64(i);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos(),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}
