//! Passwords, tokens and TOTP codes of every group, declared as a `settings::Credential` by the group. Sources,
//! in order: the credential's variable, `--password-stdin`/`--token-stdin`, the profile's `*_command` (its first
//! line of stdout, like a git credential helper), the plain value in the profile (with a warning when the file is
//! readable by others), the embedded simulator's demo account (a target `sim`), a prompt when stdin is a
//! terminal. Never argv.

use std::fmt;
use std::io::{IsTerminal, Read};
use std::sync::OnceLock;

use crate::context::Context;
use crate::error::{Failure, Kind, fail};
use crate::settings::{Credential, Value};

/// A secret string: `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// A credential a command asks for; `from_stdin` is its `--password-stdin` / `--token-stdin` flag.
pub struct Need<'a> {
    pub credential: &'a Credential,
    pub from_stdin: bool,
}

impl<'a> Need<'a> {
    pub fn new(credential: &'a Credential, from_stdin: bool) -> Need<'a> {
        Need {
            credential,
            from_stdin,
        }
    }
}

/// Where a secret came from: for `-v`-safe messages and `profile credential`, never the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Env(&'static str),
    Stdin(&'static str),
    Command(&'static str),
    Profile(String),
    /// The demo account of the embedded simulator (`sim`).
    Embedded,
    Prompt,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Env(var) => write!(f, "environment variable {var}"),
            Source::Stdin(flag) => write!(f, "stdin ({flag})"),
            Source::Command(key) => write!(f, "{key}"),
            Source::Profile(profile) => write!(f, "profile '{profile}'"),
            Source::Embedded => f.write_str("the embedded simulator's demo account"),
            Source::Prompt => f.write_str("the terminal"),
        }
    }
}

/// The secret, or None when no source has one and the caller can go on without (the device may not need one).
pub fn find(ctx: &Context, need: &Need) -> anyhow::Result<Option<Secret>> {
    Ok(find_with_source(ctx, need)?.map(|(s, _)| s))
}

/// The sources in order: the variable, stdin, the `*_command`, the profile's value; no prompt.
pub fn find_with_source(ctx: &Context, need: &Need) -> anyhow::Result<Option<(Secret, Source)>> {
    let c = need.credential;
    if let Some(found) = find_at(ctx, need, Step::Env)? {
        if need.from_stdin
            && let Some(flag) = c.kind.stdin_flag()
        {
            // The documented order, but the user asked for stdin: say which one is used.
            let env = c.value.env.unwrap_or_default();
            ctx.out
                .warn(&format!("{flag} is ignored: {env} is set and comes first"));
        }
        return Ok(Some(found));
    }
    for step in [Step::Stdin, Step::Command, Step::Profile] {
        if let Some(found) = find_at(ctx, need, step)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// One kind of source, for groups with two credentials that interleave them (a token's variable, then the
/// password's, then stdin, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Env,
    Stdin,
    Command,
    Profile,
}

/// The secret from one kind of source (no warning about a stdin flag the variable overrides).
pub fn find_at(ctx: &Context, need: &Need, step: Step) -> anyhow::Result<Option<(Secret, Source)>> {
    let c = need.credential;
    match step {
        Step::Env => {
            if let Some(v) = ctx.env_value(c.value)? {
                return Ok(Some((
                    Secret(v),
                    Source::Env(c.value.env.unwrap_or_default()),
                )));
            }
        }
        Step::Stdin => {
            if need.from_stdin
                && let Some(flag) = c.kind.stdin_flag()
            {
                return Ok(Some((read_stdin_once(flag)?, Source::Stdin(flag))));
            }
        }
        Step::Command => {
            if let Some(spec) = c.command
                && let Some(Value::Text(cmd)) = ctx.profile_value(spec)?
            {
                return Ok(Some((
                    run_command(&cmd, spec.key)?,
                    Source::Command(spec.key),
                )));
            }
        }
        Step::Profile => {
            if let Some(Value::Text(v)) = ctx.profile_value(c.value)? {
                let config = ctx.config()?;
                if config.readable_by_others {
                    let path = config.path.display();
                    ctx.out.warn(&format!(
                        "{path} holds a plain {} and can be read by other users; run `chmod 600 {path}` or use {}",
                        c.kind.noun(),
                        c.command.map_or("an environment variable", |s| s.key)
                    ));
                }
                let profile = ctx
                    .profile()?
                    .map(|(n, _)| n.to_owned())
                    .unwrap_or_default();
                return Ok(Some((Secret(v), Source::Profile(profile))));
            }
            // The last source before the prompt: only a target `sim` has one.
            if let Some(demo) = crate::sim::embedded::demo_secret(c.value.key) {
                return Ok(Some((Secret(demo.to_owned()), Source::Embedded)));
            }
        }
    }
    Ok(None)
}

/// Whether a source of this kind has the secret, without running a command or reading stdin (which keys the
/// profile has, which variables are set, the stdin flag).
pub fn available_at(ctx: &Context, need: &Need, step: Step) -> anyhow::Result<bool> {
    let c = need.credential;
    Ok(match step {
        Step::Env => ctx.env_value(c.value)?.is_some(),
        Step::Stdin => need.from_stdin && c.kind.stdin_flag().is_some(),
        Step::Command => match c.command {
            Some(spec) => matches!(ctx.profile_value(spec)?, Some(Value::Text(_))),
            None => false,
        },
        Step::Profile => {
            matches!(ctx.profile_value(c.value)?, Some(Value::Text(_)))
                || crate::sim::embedded::demo_secret(c.value.key).is_some()
        }
    })
}

/// The secret, prompting on a terminal; without any source and without a terminal: exit 4 naming the sources.
pub fn require(ctx: &Context, need: &Need) -> anyhow::Result<Secret> {
    Ok(require_with_source(ctx, need)?.0)
}

pub fn require_with_source(ctx: &Context, need: &Need) -> anyhow::Result<(Secret, Source)> {
    if let Some(found) = find_with_source(ctx, need)? {
        return Ok(found);
    }
    if std::io::stdin().is_terminal() {
        let what = need.credential.what;
        return Ok((prompt(what, &format!("{what}: "))?, Source::Prompt));
    }
    Err(no_source(need).into())
}

/// Ask on the terminal with `label` (`OVMS password for demo on https://…: `); the caller checked that stdin
/// is a terminal.
pub fn prompt(what: &str, label: &str) -> anyhow::Result<Secret> {
    let pw = rpassword::prompt_password(label).map_err(|e| {
        anyhow::Error::new(e).context(Failure::new(Kind::Auth, format!("cannot read the {what}")))
    })?;
    if pw.is_empty() {
        return fail(Kind::Auth, format!("no {what} typed"));
    }
    Ok(Secret(pw))
}

pub fn no_source(need: &Need) -> Failure {
    let c = need.credential;
    Failure::new(
        Kind::Auth,
        format!(
            "{} is needed and there is no terminal to ask for it",
            c.what
        ),
    )
    .hint(format!("give it with {}", c.sources()))
}

/// stdin holds one secret; a command that asks twice gets the same one.
fn read_stdin_once(flag: &str) -> anyhow::Result<Secret> {
    static STDIN: OnceLock<String> = OnceLock::new();
    if let Some(s) = STDIN.get() {
        return Ok(Secret(s.clone()));
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Failure::new(Kind::Config, format!("{flag}: reading stdin: {e}")))?;
    let pw = first_line(&text);
    if pw.is_empty() {
        return fail(Kind::Auth, format!("{flag}: stdin was empty"));
    }
    Ok(Secret(STDIN.get_or_init(|| pw.to_owned()).clone()))
}

fn first_line(text: &str) -> &str {
    text.split(['\n'])
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
}

/// A `*_command`'s first line of stdout (like a git credential helper); its stderr and stdin are the user's.
fn run_command(cmd: &str, key: &str) -> anyhow::Result<Secret> {
    #[cfg(windows)]
    let mut command = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", cmd]);
        c
    };
    #[cfg(not(windows))]
    let mut command = {
        let mut c = std::process::Command::new("sh");
        c.args(["-c", cmd]);
        c
    };
    let out = command
        .stdin(std::process::Stdio::inherit())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| Failure::new(Kind::Config, format!("cannot run {key}: {e}")))?;
    if !out.status.success() {
        return fail(Kind::Config, format!("{key} failed ({})", out.status));
    }
    let text = String::from_utf8(out.stdout)
        .map_err(|_| Failure::new(Kind::Config, format!("{key} printed non-UTF-8")))?;
    let secret = first_line(&text);
    if secret.is_empty() {
        return fail(Kind::Config, format!("{key} printed nothing"));
    }
    Ok(Secret(secret.to_owned()))
}

/// Read a secret value for `profile set` from stdin (prompting when it is a terminal).
pub fn read_for_profile(what: &str) -> anyhow::Result<Secret> {
    if std::io::stdin().is_terminal() {
        let pw = rpassword::prompt_password(format!("{what}: "))?;
        return Ok(Secret(pw));
    }
    read_stdin_once("stdin")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let s = Secret("hunter2".into());
        assert_eq!(format!("{s} {s:?}"), "(redacted) (redacted)");
        assert_eq!(first_line("pw\r\nrest"), "pw");
    }
}
