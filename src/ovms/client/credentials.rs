//! The credentials: which kind a run uses, where they come from (in [`STEPS`] order, then the prompt), how a
//! call carries them in query mode, and the failure that names them when the server refuses them.

use std::io::IsTerminal;
use std::sync::atomic::Ordering;

use super::login::Made;
use super::{Client, Connection, Mode, settings};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::secret::{self, Need, Source, Step};
use crate::transport::Request;

#[derive(Clone)]
pub(super) struct Auth {
    pub(super) secret: String,
    pub(super) token: bool,
    pub(super) source: Source,
}

impl Client {
    /// Resolve the credentials now, without prompting, so that threads can log in again if the session
    /// expires under them. Without a non-interactive source, a thread's 401 is reported as such.
    pub fn prepare_credentials(&self, ctx: &Context) -> anyhow::Result<()> {
        self.parallel.store(true, Ordering::SeqCst);
        if self.auth.lock().expect("auth lock").is_some() {
            return Ok(());
        }
        if let Some(auth) = self.find_credentials(ctx)? {
            *self.auth.lock().expect("auth lock") = Some(auth);
        }
        Ok(())
    }

    /// The password alone (not the token that comes first), from its sources or the terminal.
    pub(super) fn find_password(&self, ctx: &Context) -> anyhow::Result<Option<Auth>> {
        let need = Need::new(&settings::PASSWORD, self.password_stdin);
        for step in STEPS {
            if let Some((s, source)) = secret::find_at(ctx, &need, step)? {
                self.t.register_secret(s.expose());
                return Ok(Some(Auth {
                    secret: s.expose().to_owned(),
                    token: false,
                    source,
                }));
            }
        }
        if !std::io::stdin().is_terminal() {
            return Ok(None);
        }
        Ok(Some(self.ask_password()?))
    }

    /// Whether this run's credentials are `secret` (a token being deleted).
    pub fn uses_secret(&self, secret: &str) -> bool {
        self.auth
            .lock()
            .expect("auth lock")
            .as_ref()
            .is_some_and(|a| a.secret.eq_ignore_ascii_case(secret))
    }

    pub(super) fn authorize(&self, mut req: Request) -> Request {
        self.authorize_replay(&mut req);
        req
    }

    /// In query mode, the credentials go in the call's query.
    pub(super) fn authorize_replay(&self, req: &mut Request) {
        if *self.mode() != Mode::Query {
            return;
        }
        if let Some(a) = self.auth.lock().expect("auth lock").as_ref() {
            req.add_query("username", &self.user);
            req.add_secret_query("password", &a.secret);
        }
    }

    pub(super) fn credentials(&self, ctx: Option<&Context>) -> anyhow::Result<Auth> {
        if let Some(a) = self.auth.lock().expect("auth lock").clone() {
            return Ok(a);
        }
        let Some(ctx) = ctx else {
            return Err(Failure::new(
                Kind::Auth,
                format!(
                    "the session on {} expired during the run and no password or token is at hand without a prompt",
                    self.server()
                ),
            )
            .hint(format!(
                "run the command again, or give a password or token that needs no prompt: {}",
                sources_in_order()
            ))
            .into());
        };
        let auth = match self.find_credentials(ctx)? {
            Some(a) => a,
            None => self.prompt()?,
        };
        *self.auth.lock().expect("auth lock") = Some(auth.clone());
        Ok(auth)
    }

    /// No source has credentials: ask for the password on a terminal; without one, say why a login is needed.
    fn prompt(&self) -> anyhow::Result<Auth> {
        if !std::io::stdin().is_terminal() {
            let hint = format!(
                "a run without a terminal (cron) needs a password or API token (used in place of the password) from one of, in this order: {}",
                sources_in_order()
            );
            // Only a session that really ended is called expired (`ovms login` checks a live one first).
            let message = if self.had_session.load(Ordering::SeqCst) {
                format!(
                    "the session kept for {} on {} has expired (the server ends a session a fixed time after its login), and there is no terminal to ask for the password to log in again",
                    self.user,
                    self.server()
                )
            } else {
                format!(
                    "logging in to {} as {} needs an OVMS password or API token, and there is no terminal to ask for the password",
                    self.server(),
                    self.user
                )
            };
            return Err(Failure::new(Kind::Auth, message).hint(hint).into());
        }
        self.ask_password()
    }

    /// The password from the terminal (the caller checked there is one).
    fn ask_password(&self) -> anyhow::Result<Auth> {
        let what = settings::PASSWORD.what;
        let label = format!("{what} for {} on {}: ", self.user, self.server());
        let s = secret::prompt(what, &label)?;
        self.t.register_secret(s.expose());
        Ok(Auth {
            secret: s.expose().to_owned(),
            token: false,
            source: Source::Prompt,
        })
    }

    /// The credentials from the first source that has any, in [`STEPS`] order (a source's precedence before
    /// its kind); no prompt. Every secret found is registered with the transport here, so no trace shows it.
    fn find_credentials(&self, ctx: &Context) -> anyhow::Result<Option<Auth>> {
        for step in STEPS {
            for (cred, token, stdin) in [
                (&settings::TOKEN, true, self.token_stdin),
                (&settings::PASSWORD, false, self.password_stdin),
            ] {
                let Some((s, source)) = secret::find_at(ctx, &Need::new(cred, stdin), step)? else {
                    continue;
                };
                if step == Step::Env
                    && let Some(flag) = [
                        (self.token_stdin, "--token-stdin"),
                        (self.password_stdin, "--password-stdin"),
                    ]
                    .iter()
                    .find_map(|(on, f)| on.then_some(*f))
                    && let Source::Env(var) = &source
                {
                    ctx.out
                        .warn(&format!("{flag} is ignored: {var} is set and comes first"));
                }
                self.t.register_secret(s.expose());
                return Ok(Some(Auth {
                    secret: s.expose().to_owned(),
                    token,
                    source,
                }));
            }
        }
        Ok(None)
    }

    pub(super) fn refused(&self, status: u16) -> Failure {
        let auth = self.auth.lock().expect("auth lock").clone();
        let what = match auth.as_ref() {
            Some(a) => format!(
                " the {} from {}",
                if a.token { "API token" } else { "password" },
                a.source
            ),
            None => " the kept session".into(),
        };
        Failure::new(
            Kind::Auth,
            format!(
                "authentication failed: {} refused user {} with{what} ({status} Authentication failed)",
                self.server(),
                self.user
            ),
        )
        .hint(if status == 404 {
            "an older (v2) server answers 404 to refused credentials, and knows no API tokens: check --username and the password".to_owned()
        } else if let Some(a) = auth.as_ref().filter(|a| a.token) {
            // A token that once worked and no longer does was most likely deleted (`token delete` in another
            // profile, or on another machine).
            let remove = match &a.source {
                Source::Profile(p) => {
                    format!("; `fieldctl profile unset {p} ovms.token` removes it from the profile")
                }
                Source::Env(var) => format!("; unset {var} to use the password"),
                _ => String::new(),
            };
            format!(
                "the token may have been deleted: `fieldctl ovms token list` (with the password) shows the account's tokens{remove}"
            )
        } else {
            format!(
                "check --username and the password ({}) or API token ({})",
                settings::PASSWORD.sources(),
                settings::TOKEN.sources()
            )
        })
    }
}

/// Which kind of credentials a run would use, in the order of [`Client::find_credentials`], from what can
/// be seen without running a command or reading stdin. None: only the prompt (a password) is left.
pub(super) fn wanted_kind(ctx: &Context, conn: &Connection) -> anyhow::Result<Option<Made>> {
    for step in STEPS {
        for (cred, token, stdin) in [
            (&settings::TOKEN, true, conn.token_stdin),
            (&settings::PASSWORD, false, conn.password_stdin),
        ] {
            if secret::available_at(ctx, &Need::new(cred, stdin), step)? {
                return Ok(Some(Made::of(token)));
            }
        }
    }
    Ok(None)
}

/// Every source of credentials that needs no terminal, in the order they are tried (for hints).
fn sources_in_order() -> String {
    let env = |s: &crate::settings::Spec| s.env.unwrap_or_default();
    format!(
        "{}, {}, --token-stdin/--password-stdin, {}, {}, {} or {} in the profile",
        env(&settings::TOKEN_VALUE.spec),
        env(&settings::PASSWORD_VALUE.spec),
        settings::TOKEN_COMMAND.spec.key,
        settings::PASSWORD_COMMAND.spec.key,
        settings::TOKEN_VALUE.spec.key,
        settings::PASSWORD_VALUE.spec.key,
    )
}

/// A source's precedence comes before its kind: FIELDCTL_OVMS_TOKEN, FIELDCTL_OVMS_PASSWORD, the stdin
/// flag, ovms.token_command, ovms.password_command, ovms.token, ovms.password, then the prompt.
const STEPS: [Step; 4] = [Step::Env, Step::Stdin, Step::Command, Step::Profile];
