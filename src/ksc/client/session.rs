//! Logging in: sessions (`Session.StartSession` / `EndSession`, kept by `ksc login` in the state store) and
//! the per-connection `login`; two-factor on the same connection; authenticating again after a 401 or a
//! dropped login connection.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::auth::Auth;
use super::{Client, READ_ATTEMPTS, accept_all};
use crate::error::{Failure, Kind};
use crate::interrupt::Hold;
use crate::state::Record;
use crate::transport::{Body, ConnectionId, Reauth, Request, Response};

pub(super) enum State {
    None,
    Session {
        id: String,
        /// Kept by `ksc login` for later runs: not ended by this one.
        kept: bool,
    },
    Connection(ConnectionId),
}

/// What a kept session's record says besides its id (informational: `ksc login` shows it).
#[derive(Serialize, Deserialize, Default, Clone, Debug)]
pub struct Payload {
    #[serde(default)]
    pub auth: String,
    #[serde(default)]
    pub since: u64,
}

/// The state file's user part: the account (or the token scheme) and the virtual server, so that a session
/// never serves another account or virtual server.
pub(super) fn store_user(auth: &Auth, vserver: Option<&str>) -> String {
    let who = match &auth.user {
        Some(_) => auth.who(),
        None => format!("({})", auth.method.name()),
    };
    match vserver {
        Some(vs) => format!("{who}@{vs}"),
        None => who,
    }
}

impl Client<'_> {
    pub(super) fn restore_kept(&self) {
        if let Some(record) = self.store.peek::<Payload>()
            && !record.session.is_empty()
            && !record.expired()
        {
            self.t.register_secret(&record.session);
            *self.state.lock().expect("state lock") = State::Session {
                id: record.session,
                kept: true,
            };
        }
    }

    pub(super) fn ensure_authenticated(&self) -> anyhow::Result<()> {
        if !matches!(&*self.state.lock().expect("state lock"), State::None) {
            return Ok(());
        }
        if self.connection_auth {
            self.login_connection()
        } else {
            self.start_session(false).map(|_| ())
        }
    }

    /// `Session.StartSession`; `keep`: record it for later runs (`ksc login`) instead of ending it at exit.
    pub(super) fn start_session(&self, keep: bool) -> anyhow::Result<String> {
        let hold = Hold::pending();
        let resp = self.authenticate_call("Session.StartSession")?;
        let out = self.result("Session.StartSession", &resp)?;
        let id = match out.get("PxgRetVal") {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s.clone(),
            _ => {
                return Err(Failure::new(
                    Kind::Malformed,
                    format!(
                        "Session.StartSession: {} answered no session id",
                        self.server()
                    ),
                )
                .into());
            }
        };
        self.t.register_secret(&id);
        if keep {
            let held = self.store.lock()?;
            let mut record: Record<Payload> = Record::new(&self.store, id.clone());
            record.payload = Payload {
                auth: self.auth.method.name().to_owned(),
                since: crate::state::now_secs(),
            };
            held.write(&record)?;
        } else {
            hold.rename(format!("the KSC session on {}", self.server()));
            *self.hold.lock().expect("hold lock") = Some(hold);
        }
        *self.state.lock().expect("state lock") = State::Session {
            id: id.clone(),
            kept: keep,
        };
        Ok(id)
    }

    /// `login`: the connection it came over is authenticated; later calls are bound to it.
    fn login_connection(&self) -> anyhow::Result<()> {
        let resp = self.authenticate_call("login")?;
        if let Some(f) = self.failure("login", &resp, true) {
            return Err(f.into());
        }
        let id = resp.connection.ok_or_else(|| {
            Failure::new(
                Kind::Internal,
                "login: the transport did not say which connection it used",
            )
        })?;
        *self.state.lock().expect("state lock") = State::Connection(id);
        Ok(())
    }

    /// A login call (`login` or `Session.StartSession`) with the credentials; when the server asks for a
    /// second factor, the same call again on the SAME connection with `KSCMFA`. A refusal is exit 4.
    fn authenticate_call(&self, method: &str) -> anyhow::Result<Response> {
        let header = self.authorization()?;
        // A busy server (503) is asked again: a login that was refused for being busy made nothing.
        let mut resp = self.while_busy(method, READ_ATTEMPTS, &mut || {
            let req = self
                .api_request(method, Body::Json(json!({})))
                .header("Authorization", &header)
                .finish_on_interrupt()
                .hide_response_body();
            self.t.send(req)
        })?;
        if super::errors::wants_second_factor(&resp) {
            let mfa = self.second_factor()?;
            let mut req = self
                .api_request(method, Body::Json(json!({})))
                .header("Authorization", &mfa)
                .finish_on_interrupt()
                .hide_response_body();
            if let Some(c) = resp.connection {
                req = req.require_connection(c);
            }
            resp = self.t.send(req).map_err(|e| {
                if crate::transport::was_dropped(&e) {
                    e.context(Failure::new(
                        Kind::Auth,
                        format!(
                            "{method}: {} closed the connection before the two-factor code could be sent on it",
                            self.server()
                        ),
                    ))
                } else {
                    e
                }
            })?;
        }
        if let Some(f) = self.failure(method, &resp, true) {
            return Err(f.into());
        }
        Ok(resp)
    }

    /// After a 401 (the session expired) or a dropped login connection: authenticate once more.
    pub(super) fn authenticate_again(&self, _why: Reauth) -> anyhow::Result<()> {
        let kept = {
            let state = self.state.lock().expect("state lock");
            match &*state {
                State::Connection(_) => None,
                State::Session { kept, .. } => Some(*kept),
                State::None => Some(false),
            }
        };
        match kept {
            None => self.login_connection(),
            Some(kept) => {
                // The server has forgotten the old session: nothing left to end.
                self.hold.lock().expect("hold lock").take();
                if kept && !self.can_log_in()? {
                    return Err(Failure::new(
                        Kind::Auth,
                        format!("the session kept by `fieldctl ksc login` on {} has expired", self.server()),
                    )
                    .hint("run `fieldctl ksc login` again, or give the password/token a source (env, stdin, profile)")
                    .into());
                }
                self.start_session(kept).map(|_| ())
            }
        }
    }

    pub(super) fn authorize(&self, mut req: Request) -> Request {
        self.authorize_replay(&mut req);
        req
    }

    pub(super) fn authorize_replay(&self, req: &mut Request) {
        match &*self.state.lock().expect("state lock") {
            State::Session { id, .. } => req.set_header("X-KSC-Session", id),
            State::Connection(c) => req.set_required_connection(*c),
            State::None => {}
        }
    }

    /// The end of a run: this run's own session is ended (`Session.EndSession`); a kept one stays; a login
    /// connection ends with the process.
    pub fn close(&self) -> anyhow::Result<()> {
        let id = match &*self.state.lock().expect("state lock") {
            State::Session { id, kept: false } => Some(id.clone()),
            _ => None,
        };
        let Some(id) = id else {
            return Ok(());
        };
        let result = self.end_session(&id);
        *self.state.lock().expect("state lock") = State::None;
        self.hold.lock().expect("hold lock").take();
        result
    }

    fn end_session(&self, id: &str) -> anyhow::Result<()> {
        // Repeated while busy: an EndSession lost to a 503 would leave the session open until it expires.
        let resp = self.while_busy("Session.EndSession", READ_ATTEMPTS, &mut || {
            let req = self
                .api_request("Session.EndSession", Body::Json(json!({})))
                .header("X-KSC-Session", id)
                .status_rule(accept_all);
            self.t.send(req)
        })?;
        // 401: the server already forgot it (idle expiry) — what EndSession was for.
        if resp.status == 401 {
            return Ok(());
        }
        match self.failure("Session.EndSession", &resp, false) {
            Some(f) => Err(f.into()),
            None => Ok(()),
        }
    }

    /// `ksc login`: a new session kept for later runs (an older kept one is ended first).
    pub fn log_in_kept(&self) -> anyhow::Result<()> {
        if self.connection_auth {
            return Err(Failure::new(
                Kind::Usage,
                "`ksc login` keeps a session for later runs; --connection-auth authenticates only this run's connection",
            )
            .into());
        }
        let old = match &*self.state.lock().expect("state lock") {
            State::Session { id, kept: true } => Some(id.clone()),
            _ => None,
        };
        *self.state.lock().expect("state lock") = State::None;
        self.start_session(true)?;
        if let Some(old) = old {
            // Best effort: the new record already replaced it; an expired one answers 401.
            let _ = self.end_session(&old);
        }
        Ok(())
    }

    /// `ksc logout`: end the kept session on the server and forget it; false when none was kept.
    pub fn log_out_kept(&self) -> anyhow::Result<bool> {
        let held = self.store.lock()?;
        let Some(record) = held.read::<Payload>() else {
            return Ok(false);
        };
        self.t.register_secret(&record.session);
        let ended = if record.expired() {
            Ok(())
        } else {
            self.end_session(&record.session)
        };
        // Forgotten even when the server could not be told: the file must not outlive a logout.
        held.remove();
        *self.state.lock().expect("state lock") = State::None;
        ended.map(|()| true)
    }

    /// Where `ksc login` keeps the session.
    pub fn state_path(&self) -> std::path::PathBuf {
        self.store.path()
    }
}
