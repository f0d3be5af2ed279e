//! `fieldctl profile …` and `fieldctl config path`.

use clap::Subcommand;
use serde_json::json;

use crate::config::{self, Editor, SETTINGS};
use crate::context::Context;
use crate::error::{Failure, Kind, fail};

#[derive(Subcommand)]
#[command(after_help = settings_help())]
pub enum ProfileCommand {
    /// List the profiles
    List,
    /// Show a profile's settings (secrets redacted); default: the selected profile
    Show { name: Option<String> },
    /// Set GROUP.SETTING in a profile (created if needed). Secrets are read from stdin or a prompt, never argv.
    #[command(after_help = settings_help())]
    Set {
        name: String,
        key: String,
        /// The value; for secrets (*.password, *.token) omit it or give `-` and send it on stdin
        value: Option<String>,
    },
    /// Remove GROUP.SETTING from a profile
    Unset { name: String, key: String },
    /// Delete a profile
    Remove { name: String },
    /// Make NAME the default profile
    Use { name: String },
}

#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Print the path of the config file in use
    Path,
}

fn settings_help() -> String {
    let mut s = String::from("Settings (GROUP.SETTING [env variable]):\n");
    for setting in SETTINGS {
        let env = setting.env.map(|e| format!(" [{e}]")).unwrap_or_default();
        let secret = if setting.secret { " (secret)" } else { "" };
        s.push_str(&format!("  {}{secret}{env}\n", setting.key));
    }
    s
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
                .map(|(name, p)| {
                    let mut groups: Vec<&str> = p
                        .keys()
                        .filter_map(|k| k.split_once('.').map(|(g, _)| g))
                        .collect();
                    groups.dedup();
                    json!({
                        "name": name,
                        "default": config.default_profile.as_deref() == Some(name),
                        "groups": groups.join(","),
                    })
                })
                .collect();
            ctx.out.list(
                &[
                    ("name", "NAME"),
                    ("default", "DEFAULT"),
                    ("groups", "GROUPS"),
                ],
                &rows,
            )?;
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
            let rows: Vec<_> = profile
                .iter()
                .map(|(k, v)| {
                    let secret = config::setting(k).is_some_and(|s| s.secret);
                    let value = match v {
                        _ if secret => json!("(redacted)"),
                        config::Value::Str(s) => json!(s),
                        config::Value::Int(i) => json!(i),
                    };
                    json!({"profile": name, "setting": k, "value": value})
                })
                .collect();
            ctx.out
                .list(&[("setting", "SETTING"), ("value", "VALUE")], &rows)?;
        }
        ProfileCommand::Set { name, key, value } => {
            if name.trim().is_empty() {
                return fail(Kind::Usage, "a profile needs a name");
            }
            let Some(setting) = config::setting(&key) else {
                return Err(unknown_key(&key));
            };
            let raw = match (setting.secret, value) {
                (true, Some(v)) if v != "-" => {
                    return Err(Failure::new(Kind::Usage, format!("{key} is a secret and is not taken on the command line (it would show in `ps` and shell history)"))
                        .hint(format!("send it on stdin: `fieldctl profile set {name} {key} -`, or prefer {}", setting.env.unwrap_or("password_command")))
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
            let mut editor = Editor::open(&path)?;
            editor.set(&name, &key, &value);
            editor.save(setting.secret)?;
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
            } else if config::setting(&key).is_none() {
                return Err(unknown_key(&key));
            } else {
                ctx.out.note(&format!("{name}: {key} was not set"));
            }
        }
        ProfileCommand::Remove { name } => {
            let mut editor = Editor::open_raw(&path)?;
            if !editor.remove_profile(&name) {
                return Err(no_such_profile(&name, &path));
            }
            editor.save(false)?;
            ctx.out.note(&format!("profile {name} removed"));
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
    let known: Vec<&str> = SETTINGS.iter().map(|s| s.key).collect();
    Failure::new(Kind::Config, format!("unknown setting '{key}'"))
        .hint(format!("settings are GROUP.SETTING: {}", known.join(", ")))
        .into()
}
