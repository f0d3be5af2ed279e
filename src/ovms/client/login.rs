//! Logging in and out: the cookie session, kept in the state store per kind of credentials, and what a run
//! does when it expires, fails or lacks a right.

use std::io::IsTerminal;
use std::sync::atomic::Ordering;

use serde::{Deserialize, Serialize};

use super::{COOKIE, Client, Mode, accept_all, statuses};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::state::{Record, Store, now_secs};

/// What the state file keeps besides the cookie.
#[derive(Serialize, Deserialize, Default, Debug)]
pub struct Payload {
    /// Which kind of credentials logged in (None in records of older versions: reused by any run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_with: Option<Made>,
    /// When the login was (Unix seconds), for `ovms login` with the session still alive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<u64>,
}

/// What `ovms login` did.
pub enum Login {
    /// A new session.
    New,
    /// No credentials at hand and no terminal, but the kept session still works (checked with one call).
    Kept { since: Option<u64> },
}

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
pub enum Made {
    Token,
    Password,
}

impl Made {
    pub(super) fn of(token: bool) -> Made {
        if token { Made::Token } else { Made::Password }
    }
}

impl Client {
    /// The store of this run's kind of credentials.
    pub(super) fn store(&self) -> &Store {
        match *self.kind.lock().expect("kind lock") {
            Made::Token => &self.token_store,
            Made::Password => &self.password_store,
        }
    }

    /// A kept cookie is reused unless the other kind of credentials made it (a token's session in the file
    /// older versions shared between both kinds).
    pub(super) fn reusable(&self, payload: &Payload) -> bool {
        let kind = *self.kind.lock().expect("kind lock");
        payload.made_with.is_none_or(|made| made == kind)
    }

    /// `ovms login`: a new session whatever is kept (it checks the credentials). Without any credentials at
    /// hand and without a terminal, a new session cannot be had: a kept one is then checked with one cheap call
    /// (GET /api/vehicles) and, alive, reported as it is; a script's `ovms login` before its work then
    /// succeeds as long as the work would.
    pub fn login(&self, ctx: &Context) -> anyhow::Result<Login> {
        let _one = self.login_lock.lock().expect("login lock");
        if self.has_session() && self.wants.is_none() && !std::io::stdin().is_terminal() {
            let resp = self
                .t
                .send(self.request("GET", "/api/vehicles").status_rule(accept_all))?;
            if (200..300).contains(&resp.status) {
                let since = self.store().peek::<Payload>().and_then(|r| r.payload.since);
                return Ok(Login::Kept { since });
            }
            if resp.status == 401 || statuses::v2_refused(resp.status, &resp.body) {
                // It has expired after all: forgotten, and the failure below says so.
                self.store().lock()?.remove();
            } else {
                self.judge("GET", "/api/vehicles", resp)?;
            }
        }
        self.t.clear_cookies(&self.base);
        *self.mode() = Mode::None;
        self.log_in(Some(ctx), Some(String::new()))?;
        Ok(Login::New)
    }

    /// A call refused for rights may be repeated over a password session unless a password made this one.
    pub(super) fn may_upgrade(&self) -> bool {
        !self.upgraded.load(Ordering::SeqCst)
            && *self.made.lock().expect("made lock") != Some(Made::Password)
    }

    /// The session (or the token in the query) lacks a right `what` needs: log in with the password, if one
    /// is at hand or can be asked for, and say so. False when there is none (the caller's failure says what
    /// to do).
    pub(super) fn upgrade(&self, ctx: &Context, what: &str) -> anyhow::Result<bool> {
        let _one = self.login_lock.lock().expect("login lock");
        self.upgraded.store(true, Ordering::SeqCst);
        let Some(auth) = self.find_password(ctx)? else {
            return Ok(false);
        };
        ctx.out.note(&format!(
            "{what} needs a right the API token lacks: logging in with the password from {}",
            auth.source
        ));
        *self.auth.lock().expect("auth lock") = Some(auth);
        *self.kind.lock().expect("kind lock") = Made::Password;
        self.t.clear_cookies(&self.base);
        *self.mode() = Mode::None;
        // A password session kept by an earlier run serves as well as a new one.
        let result = self.log_in(Some(ctx), None);
        self.remember(result)?;
        Ok(true)
    }

    /// Log in (a new cookie session) and keep the cookie; a token without the `session` right switches to
    /// credentials in the query. A cookie another fieldctl kept meanwhile is used instead, unless it is
    /// `stale` (the one that just got a 401; `Some("")`: never reuse).
    pub(super) fn log_in(
        &self,
        ctx: Option<&Context>,
        stale: Option<String>,
    ) -> anyhow::Result<()> {
        let held = self.store().lock()?;
        let kept = held.read::<Payload>();
        if let (Some(record), Some(stale)) = (&kept, &stale)
            && !stale.is_empty()
            && &record.session == stale
        {
            // The server refused it: no later run (nor another thread here) is to take it back.
            held.remove();
        }
        if let Some(record) = kept
            && !record.expired()
            && !record.session.is_empty()
            && self.reusable(&record.payload)
            && stale
                .as_ref()
                .is_none_or(|s| !s.is_empty() && s != &record.session)
        {
            // Kept by another run since this one started: use it rather than log in again.
            self.t.set_cookie(&self.base, COOKIE, &record.session);
            *self.mode() = Mode::Cookie;
            *self.made.lock().expect("made lock") = record.payload.made_with;
            return Ok(());
        }
        let auth = self.credentials(ctx)?;
        self.t.clear_cookies(&self.base);
        // From the request on, Ctrl-C waits for the answer, so the cookie it names is kept, not lost.
        let hold = crate::interrupt::Hold::pending();
        let req = self
            .request("GET", "/api/cookie")
            .query("username", &self.user)
            .secret_query("password", &auth.secret)
            .finish_on_interrupt()
            .status_rule(accept_all);
        let resp = self.t.send(req)?;
        hold.rename(format!("the new session on {}", self.server()));
        if resp.status == 401 || statuses::v2_refused(resp.status, &resp.body) {
            return Err(self.refused(resp.status).into());
        }
        if resp.status == 403 && auth.token && statuses::insufficient_rights(&resp.body) {
            *self.mode() = Mode::Query;
            *self.made.lock().expect("made lock") = Some(Made::Token);
            self.generation.fetch_add(1, Ordering::SeqCst);
            return Ok(());
        }
        let resp = self.judge("GET", "/api/cookie", resp)?;
        let Some((_, cookie)) = self
            .t
            .cookies(&self.base)
            .into_iter()
            .find(|(k, _)| k == COOKIE)
        else {
            return Err(Failure::new(
                Kind::Malformed,
                format!(
                    "{} accepted the login but set no {COOKIE} cookie (answer: {})",
                    self.server(),
                    crate::transport::status::body_start(&resp.body)
                ),
            )
            .hint("is this an OVMS server?")
            .into());
        };
        let mut record = Record::<Payload>::new(self.store(), cookie);
        record.payload.made_with = Some(Made::of(auth.token));
        record.payload.since = Some(now_secs());
        held.write(&record)?;
        *self.mode() = Mode::Cookie;
        *self.made.lock().expect("made lock") = Some(Made::of(auth.token));
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    /// A login that failed is remembered (see `failed`).
    pub(super) fn remember(&self, result: anyhow::Result<()>) -> anyhow::Result<()> {
        if let Err(e) = &result {
            let mut failed = self.failed.lock().expect("failed lock");
            if failed.is_none() {
                *failed = Some((crate::error::kind_of(e), e.to_string()));
            }
        }
        result
    }

    /// An earlier login of this run failed: so does this call, without sending anything.
    pub(super) fn check_failed(&self) -> anyhow::Result<()> {
        match self.failed.lock().expect("failed lock").as_ref() {
            Some((kind, message)) => Err(Failure::new(*kind, message.clone())
                .hint("logging in failed earlier in this run; nothing more was sent")
                .into()),
            None => Ok(()),
        }
    }

    /// After a 401 to a call sent at `generation`: log in unless another thread already did.
    pub(super) fn login_again(&self, ctx: Option<&Context>, generation: u64) -> anyhow::Result<()> {
        let _one = self.login_lock.lock().expect("login lock");
        self.check_failed()?;
        if self.generation.load(Ordering::SeqCst) != generation {
            return Ok(());
        }
        self.had_session.store(true, Ordering::SeqCst);
        // The kept cookie is dead: forget it before logging in.
        let stale = self
            .t
            .cookies(&self.base)
            .into_iter()
            .find(|(k, _)| k == COOKIE)
            .map(|(_, v)| v)
            .unwrap_or_default();
        *self.mode() = Mode::None;
        self.t.clear_cookies(&self.base);
        let result = self.log_in(ctx, Some(stale));
        self.remember(result)
    }

    /// End the kept sessions of this user on the server (the password's and the token's: `logout` means
    /// both) and forget them. The kinds of the sessions ended, none when nothing was kept.
    pub fn logout(&self) -> anyhow::Result<Vec<Made>> {
        let _one = self.login_lock.lock().expect("login lock");
        let mut ended = Vec::new();
        for (made, store) in [
            (Made::Password, &self.password_store),
            (Made::Token, &self.token_store),
        ] {
            let held = store.lock()?;
            let live = held
                .read::<Payload>()
                .filter(|r| !r.expired() && !r.session.is_empty());
            let Some(record) = live else {
                held.remove();
                continue;
            };
            self.t.clear_cookies(&self.base);
            self.t.set_cookie(&self.base, COOKIE, &record.session);
            let resp = self.t.send(
                self.request("DELETE", "/api/cookie")
                    .status_rule(accept_all),
            )?;
            // already expired (a v2 server says so with a 404): nothing left to end
            let gone = resp.status == 401 || statuses::v2_refused(resp.status, &resp.body);
            held.remove();
            self.t.clear_cookies(&self.base);
            *self.mode() = Mode::None;
            if !gone {
                self.judge("DELETE", "/api/cookie", resp)?;
            }
            ended.push(made);
        }
        Ok(ended)
    }

    /// A token was deleted that made the kept session: forget the session (the state record and the jar). True
    /// when there was one to forget.
    pub fn forget_token_session(&self) -> anyhow::Result<bool> {
        let _one = self.login_lock.lock().expect("login lock");
        let mut forgot = false;
        // A token's session (and one of unknown kind in the file older versions shared).
        for store in [&self.token_store, &self.password_store] {
            let held = store.lock()?;
            if let Some(r) = held.read::<Payload>()
                && r.payload.made_with != Some(Made::Password)
            {
                held.remove();
                forgot = true;
            }
        }
        if *self.made.lock().expect("made lock") != Some(Made::Password) {
            self.t.clear_cookies(&self.base);
            if *self.mode() == Mode::Cookie {
                *self.mode() = Mode::None;
            }
        }
        Ok(forgot)
    }
}
