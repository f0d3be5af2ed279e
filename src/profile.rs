//! `fieldctl profile …` and `fieldctl config path`.

use clap::Subcommand;
use serde_json::{Value, json};

use crate::config::{self, Editor};
use crate::context::Context;
use crate::error::{Failure, Kind, fail};
use crate::settings;

crate::row! {
    /// `profile list`
    pub struct ProfileRow {
        name: String => ("name", "NAME"),
        default: bool => ("default", "DEFAULT"),
        /// Comma-separated: `can,ksc`.
        groups: String => ("groups", "GROUPS"),
    }
}

crate::row! {
    /// `profile show`
    pub struct ProfileSettingRow {
        profile: String => ("profile", "PROFILE"),
        setting: String => ("setting", "SETTING"),
        /// Secrets are `"(redacted)"`.
        value: Value => ("value", "VALUE"),
    }
}

#[cfg(test)]
/// The documented rows of this module, by the command that prints them (as docs/output.md names it).
pub const DOCUMENTED: [(&str, &[crate::output::Column]); 2] = [
    ("profile list", <ProfileRow as crate::output::Row>::COLUMNS),
    (
        "profile show [NAME]",
        <ProfileSettingRow as crate::output::Row>::COLUMNS,
    ),
];

#[derive(Subcommand)]
#[command(after_help = settings::help())]
pub enum ProfileCommand {
    /// List the profiles
    List,
    /// Show a profile's settings (secrets redacted); default: the selected profile
    Show {
        /// The profile
        name: Option<String>,
    },
    /// Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv.
    #[command(after_help = settings::help())]
    Set {
        /// The profile
        name: String,
        /// GROUP.SETTING, e.g. can.host
        key: String,
        /// The value; for secrets (*.password, *.token) omit it or give `-` and send it on stdin
        value: Option<String>,
    },
    /// Remove GROUP.SETTING from a profile
    Unset {
        /// The profile
        name: String,
        /// GROUP.SETTING, e.g. can.host
        key: String,
    },
    /// Delete a profile
    Remove {
        /// The profile
        name: String,
    },
    /// Make NAME the default profile
    Use {
        /// The profile
        name: String,
    },
    /// Say where a credential (e.g. ovms.token) would come from, without showing it
    #[command(hide = true)]
    Credential {
        key: String,
        #[arg(long)]
        password_stdin: bool,
        #[arg(long)]
        token_stdin: bool,
    },
}

#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Print the path of the config file in use
    Path,
}

pub fn run_config(ctx: &Context, cmd: ConfigCommand) -> anyhow::Result<()> {
    match cmd {
        ConfigCommand::Path => Ok(ctx.out.line(&ctx.config_path()?.display().to_string())?),
    }
}

pub fn run(ctx: &Context, cmd: ProfileCommand) -> anyhow::Result<()> {
    let path = ctx.config_path()?;
    match cmd {
        ProfileCommand::List => {
            let config = ctx.config()?;
            let rows: Vec<_> = config
                .profiles
                .iter()
                .map(|(name, p)| ProfileRow {
                    name: name.clone(),
                    default: config.default_profile.as_deref() == Some(name),
                    groups: p.groups().join(","),
                })
                .collect();
            ctx.out.rows(&rows)?;
        }
        ProfileCommand::Show { name } => {
            let config = ctx.config()?;
            let (name, profile) = match name.as_deref().or(ctx.requested_profile()) {
                Some(n) => match config.profiles.get_key_value(n) {
                    Some((k, p)) => (k.as_str(), p),
                    None => return Err(config.missing_profile(n, "requested ").into()),
                },
                None => match config.select(None)? {
                    Some(found) => found,
                    None => {
                        return Err(Failure::new(
                            Kind::Config,
                            "no profile named and no default_profile set",
                        )
                        .hint("name one: `fieldctl profile show NAME`")
                        .into());
                    }
                },
            };
            // As written in the file: a value that would not pass its check is shown, not refused.
            let rows: Vec<_> = profile
                .entries
                .iter()
                .map(|(k, entry)| {
                    let secret = settings::find(k).is_some_and(|s| s.is_secret());
                    let value = match &entry.value {
                        _ if secret => json!("(redacted)"),
                        toml_edit::Value::String(s) => json!(s.value()),
                        toml_edit::Value::Integer(i) => json!(i.value()),
                        other => json!(other.to_string().trim()),
                    };
                    ProfileSettingRow {
                        profile: name.to_owned(),
                        setting: k.clone(),
                        value,
                    }
                })
                .collect();
            ctx.out.rows(&rows)?;
        }
        ProfileCommand::Set { name, key, value } => {
            if name.trim().is_empty() {
                return fail(Kind::Usage, "a profile needs a name");
            }
            let Some(setting) = settings::find(&key) else {
                return Err(unknown_key(&key));
            };
            let raw = match (setting.is_secret(), value) {
                (true, Some(v)) if v != "-" => {
                    let better = settings::credential(&key).map_or_else(
                        || setting.env.unwrap_or_default().to_owned(),
                        |c| c.sources(),
                    );
                    return Err(Failure::new(Kind::Usage, format!("{key} is a secret and is not taken on the command line (it would show in `ps` and shell history)"))
                        .hint(format!("send it on stdin: `fieldctl profile set {name} {key} -`, or prefer {better}"))
                        .into());
                }
                (true, _) => crate::secret::read_for_profile(&key)?.expose().to_owned(),
                (false, Some(v)) => v,
                (false, None) => {
                    return fail(
                        Kind::Usage,
                        format!("profile set {name} {key}: give a VALUE"),
                    );
                }
            };
            let value = config::parse_value(setting, &raw)?;
            ctx.config()?; // its warnings (unknown keys elsewhere in the file) are worth seeing now
            let mut editor = Editor::open(&path)?;
            editor.set(&name, &key, value)?;
            editor.save(setting.is_secret())?;
            ctx.out
                .note(&format!("{name}: {key} set in {}", path.display()));
        }
        ProfileCommand::Unset { name, key } => {
            if !key.contains('.') {
                return Err(unknown_key(&key));
            }
            let mut editor = Editor::open_raw(&path)?;
            if !editor.has_profile(&name) {
                return Err(no_such_profile(&name, &path));
            }
            if editor.unset(&name, &key) {
                editor.save(false)?;
                ctx.out.note(&format!("{name}: {key} removed"));
            } else if settings::find(&key).is_none() {
                return Err(unknown_key(&key));
            } else {
                ctx.out.note(&format!("{name}: {key} was not set"));
            }
        }
        ProfileCommand::Remove { name } => {
            let mut editor = Editor::open_raw(&path)?;
            let (removed, dropped_default) = editor.remove_profile(&name);
            if !removed {
                return Err(no_such_profile(&name, &path));
            }
            editor.save(false)?;
            ctx.out.note(&format!("profile {name} removed"));
            if dropped_default {
                ctx.out
                    .note(&format!("default profile was {name}; no default now"));
            }
        }
        ProfileCommand::Use { name } => {
            let mut editor = Editor::open(&path)?;
            if !editor.has_profile(&name) {
                return Err(ctx.config()?.missing_profile(&name, "").into());
            }
            editor.set_default(&name);
            editor.save(false)?;
            ctx.out.note(&format!("default profile is now {name}"));
        }
        ProfileCommand::Credential {
            key,
            password_stdin,
            token_stdin,
        } => {
            let Some(credential) = settings::credential(&key) else {
                return Err(unknown_key(&key));
            };
            let from_stdin = match credential.kind.stdin_flag() {
                Some("--password-stdin") => password_stdin,
                Some(_) => token_stdin,
                None => false,
            };
            let need = crate::secret::Need::new(credential, from_stdin);
            let (secret, source) = crate::secret::require_with_source(ctx, &need)?;
            // The length tells a test (or a puzzled user) that the right line was taken; the value never shows.
            ctx.out.line(&format!(
                "{key}: from {source} ({} characters)",
                secret.expose().chars().count()
            ))?;
        }
    }
    Ok(())
}

fn no_such_profile(name: &str, path: &std::path::Path) -> anyhow::Error {
    Failure::new(
        Kind::Config,
        format!("profile '{name}' does not exist in {}", path.display()),
    )
    .hint("see `fieldctl profile list`")
    .into()
}

fn unknown_key(key: &str) -> anyhow::Error {
    let stored = || settings::all().filter(|s| s.stored()).map(|s| s.key);
    let hint = match settings::nearest(key, stored()) {
        Some(near) => format!("did you mean {near}? (see `fieldctl profile --help`)"),
        None => format!(
            "settings are GROUP.SETTING: {}",
            stored().collect::<Vec<_>>().join(", ")
        ),
    };
    let what = match settings::all().find(|s| s.key == key) {
        Some(spec) => format!(
            "{key} is not kept in a profile; set {}",
            spec.env.unwrap_or("its variable")
        ),
        None => format!("unknown setting '{key}'"),
    };
    Failure::new(Kind::Config, what).hint(hint).into()
}
