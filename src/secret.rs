//! Passwords and tokens. Sources, in order: the group's env variable, `--password-stdin`, the profile's
//! `password_command` (its stdout, like a git credential helper), a plain `password` in the profile (with a warning
//! when the file is readable by others), a prompt when stdin is a terminal. Never argv.

use std::fmt;
use std::io::{IsTerminal, Read};
use std::sync::OnceLock;

use crate::context::Context;
use crate::error::{Failure, Kind, fail};

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

/// Which secret a group needs: `group` is the profile table (`can`), `env` its variable, `what` names it for people.
pub struct Need<'a> {
    pub group: &'a str,
    pub env: &'a str,
    pub what: &'a str,
    /// `--password-stdin` was given.
    pub from_stdin: bool,
}

/// The password, or None when no source has one and the caller can go on without (the device may not need one).
pub fn find_password(ctx: &Context, need: &Need) -> anyhow::Result<Option<Secret>> {
    if let Some(v) = std::env::var_os(need.env) {
        return Ok(Some(Secret(v.into_string().map_err(|_| {
            Failure::new(Kind::Config, format!("{} is not UTF-8", need.env))
        })?)));
    }
    if need.from_stdin {
        return read_stdin_once().map(Some);
    }
    let profile = ctx.profile()?;
    if let Some((name, p)) = profile {
        if let Some(cmd) = p
            .get(&format!("{}.password_command", need.group))
            .and_then(|v| v.as_str())
        {
            return run_password_command(cmd, name).map(Some);
        }
        if let Some(pw) = p
            .get(&format!("{}.password", need.group))
            .and_then(|v| v.as_str())
        {
            let config = ctx.config()?;
            if config.readable_by_others {
                ctx.out.warn(&format!(
                    "{} holds a plain password and can be read by other users; run `chmod 600 {}` or use password_command",
                    config.path.display(),
                    config.path.display()
                ));
            }
            return Ok(Some(Secret(pw.to_owned())));
        }
    }
    Ok(None)
}

/// The password, prompting on a terminal; without any source and without a terminal: exit 4 naming the env variable.
pub fn require_password(ctx: &Context, need: &Need) -> anyhow::Result<Secret> {
    if let Some(secret) = find_password(ctx, need)? {
        return Ok(secret);
    }
    if std::io::stdin().is_terminal() {
        let prompt = format!("{}: ", need.what);
        let pw = rpassword::prompt_password(prompt).map_err(|e| {
            anyhow::Error::new(e).context(Failure::new(Kind::Auth, "cannot read the password"))
        })?;
        return Ok(Secret(pw));
    }
    Err(no_source(need).into())
}

pub fn no_source(need: &Need) -> Failure {
    Failure::new(
        Kind::Auth,
        format!(
            "{} is needed and there is no terminal to ask for it",
            need.what
        ),
    )
    .hint(format!(
        "set {}, pipe it with --password-stdin, or add {}.password_command to the profile",
        need.env, need.group
    ))
}

/// stdin holds one secret; a command that asks twice gets the same one.
fn read_stdin_once() -> anyhow::Result<Secret> {
    static STDIN: OnceLock<String> = OnceLock::new();
    if let Some(s) = STDIN.get() {
        return Ok(Secret(s.clone()));
    }
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).map_err(|e| {
        Failure::new(
            Kind::Config,
            format!("reading the password from stdin: {e}"),
        )
    })?;
    let pw = first_line(&text);
    if pw.is_empty() {
        return fail(Kind::Auth, "--password-stdin: stdin was empty");
    }
    Ok(Secret(STDIN.get_or_init(|| pw.to_owned()).clone()))
}

fn first_line(text: &str) -> &str {
    text.split(['\n'])
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
}

fn run_password_command(cmd: &str, profile: &str) -> anyhow::Result<Secret> {
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
        .map_err(|e| {
            Failure::new(
                Kind::Config,
                format!("profile '{profile}': cannot run password_command: {e}"),
            )
        })?;
    if !out.status.success() {
        return fail(
            Kind::Config,
            format!(
                "profile '{profile}': password_command failed ({})",
                out.status
            ),
        );
    }
    let text = String::from_utf8(out.stdout).map_err(|_| {
        Failure::new(
            Kind::Config,
            format!("profile '{profile}': password_command printed non-UTF-8"),
        )
    })?;
    let pw = first_line(&text);
    if pw.is_empty() {
        return fail(
            Kind::Config,
            format!("profile '{profile}': password_command printed nothing"),
        );
    }
    Ok(Secret(pw.to_owned()))
}

/// Read a secret value for `profile set` from stdin (prompting when it is a terminal).
pub fn read_for_profile(what: &str) -> anyhow::Result<Secret> {
    if std::io::stdin().is_terminal() {
        let pw = rpassword::prompt_password(format!("{what}: "))?;
        return Ok(Secret(pw));
    }
    read_stdin_once()
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
