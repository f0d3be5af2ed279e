//! The profile file: TOML at `dirs::config_dir()/fieldctl/config.toml` (or `--config` / `FIELDCTL_CONFIG`).
//!
//! ```toml
//! default_profile = "lab"
//! [profiles.lab.can]
//! host = "192.168.1.10:8080"
//! ```
//!
//! Every setting a group may read is declared once in [`SETTINGS`]: that list validates the file (unknown keys and
//! wrong types are errors with file and line), drives `profile set/unset/show`, and names each setting's
//! environment variable. Edits go through toml_edit so the user's comments and layout survive.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use toml_edit::{DocumentMut, Item, TableLike};

use crate::error::{Failure, Kind, fail};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Str,
    Int {
        min: i64,
        max: i64,
    },
    /// A file path; `~/` is expanded when used.
    Path,
}

/// One setting a profile may hold, as `GROUP.NAME`.
pub struct Setting {
    pub key: &'static str,
    pub kind: ValueKind,
    /// Secrets are redacted by `profile show` and never taken on argv by `profile set`.
    pub secret: bool,
    /// The environment variable that overrides the profile (flag > env > profile > default).
    pub env: Option<&'static str>,
}

const fn s(key: &'static str, env: Option<&'static str>) -> Setting {
    Setting {
        key,
        kind: ValueKind::Str,
        secret: false,
        env,
    }
}
const fn secret(key: &'static str, env: Option<&'static str>) -> Setting {
    Setting {
        key,
        kind: ValueKind::Str,
        secret: true,
        env,
    }
}
const fn path(key: &'static str, env: Option<&'static str>) -> Setting {
    Setting {
        key,
        kind: ValueKind::Path,
        secret: false,
        env,
    }
}

pub const SETTINGS: &[Setting] = &[
    s("can.host", Some("FIELDCTL_CAN_HOST")),
    Setting {
        key: "can.session_timeout",
        kind: ValueKind::Int { min: 1, max: 86399 },
        secret: false,
        env: Some("FIELDCTL_CAN_SESSION_TIMEOUT"),
    },
    s("can.bitrate", Some("FIELDCTL_CAN_BITRATE")),
    secret("can.password", Some("FIELDCTL_CAN_PASSWORD")),
    s("can.password_command", None),
    s("ovms.server", Some("FIELDCTL_OVMS_SERVER")),
    s("ovms.username", Some("FIELDCTL_OVMS_USERNAME")),
    s("ovms.vehicle", Some("FIELDCTL_OVMS_VEHICLE")),
    path("ovms.ca_cert", None),
    secret("ovms.password", Some("FIELDCTL_OVMS_PASSWORD")),
    secret("ovms.token", Some("FIELDCTL_OVMS_TOKEN")),
    s("ovms.password_command", None),
    s("ksc.server", Some("FIELDCTL_KSC_SERVER")),
    s("ksc.username", Some("FIELDCTL_KSC_USERNAME")),
    path("ksc.ca_cert", None),
    secret("ksc.password", Some("FIELDCTL_KSC_PASSWORD")),
    secret("ksc.token", Some("FIELDCTL_KSC_TOKEN")),
    s("ksc.password_command", None),
];

pub fn setting(key: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.key == key)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Str(String),
    Int(i64),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Str(s) => f.write_str(s),
            Value::Int(i) => write!(f, "{i}"),
        }
    }
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            Value::Int(_) => None,
        }
    }
}

/// Settings of one profile, keyed `GROUP.NAME`.
pub type Profile = BTreeMap<String, Value>;

#[derive(Debug, Default)]
pub struct Config {
    pub path: PathBuf,
    pub default_profile: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
    /// True when the file can be read by group or others (a plain password there deserves a warning).
    pub readable_by_others: bool,
}

/// The file in use: `--config`/`FIELDCTL_CONFIG`, else the platform's config dir.
pub fn default_path() -> anyhow::Result<PathBuf> {
    match dirs::config_dir() {
        Some(dir) => Ok(dir.join("fieldctl").join("config.toml")),
        None => fail(
            Kind::Config,
            "cannot find the configuration directory; use --config FILE or FIELDCTL_CONFIG",
        ),
    }
}

impl Config {
    /// Load and validate; a missing file is an empty config.
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            // HOME=/dev/null (cron, containers): no config file either.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(Config {
                    path: path.to_owned(),
                    ..Default::default()
                });
            }
            Err(e) => {
                return fail(
                    Kind::Config,
                    format!("cannot read config file {}: {e}", path.display()),
                );
            }
        };
        let mut config = parse(&text, path)?;
        config.readable_by_others = readable_by_others(path);
        Ok(config)
    }

    pub fn profile_names(&self) -> Vec<&str> {
        self.profiles.keys().map(String::as_str).collect()
    }

    /// The profile to use: the one named (flag or env), else `default_profile`, else none.
    pub fn select(&self, named: Option<&str>) -> anyhow::Result<Option<(&str, &Profile)>> {
        let (name, origin) = match (named, &self.default_profile) {
            (Some(n), _) => (n, "requested "),
            (None, Some(d)) => (d.as_str(), "default "),
            (None, None) => return Ok(None),
        };
        match self.profiles.get_key_value(name) {
            Some((k, p)) => Ok(Some((k.as_str(), p))),
            None => Err(self.missing_profile(name, origin).into()),
        }
    }

    pub fn missing_profile(&self, name: &str, origin: &str) -> Failure {
        let known = if self.profiles.is_empty() {
            "there are no profiles".to_string()
        } else {
            format!("profiles there: {}", self.profile_names().join(", "))
        };
        Failure::new(
            Kind::Config,
            format!("{origin}profile '{name}' does not exist in {} ({known})", self.path.display()),
        )
        .hint("create it with `fieldctl profile set NAME GROUP.SETTING VALUE`, or see `fieldctl profile list`")
    }
}

fn line_of(text: &str, span: Option<std::ops::Range<usize>>) -> usize {
    span.map(|r| text[..r.start.min(text.len())].matches('\n').count() + 1)
        .unwrap_or(1)
}

fn config_error(
    path: &Path,
    text: &str,
    span: Option<std::ops::Range<usize>>,
    what: String,
) -> anyhow::Error {
    Failure::new(
        Kind::Config,
        format!("{}:{}: {what}", path.display(), line_of(text, span)),
    )
    .hint("see `fieldctl profile --help` for the settings a profile may hold")
    .into()
}

fn malformed(path: &Path, text: &str, e: &toml_edit::TomlError) -> Failure {
    let line = line_of(text, e.span());
    Failure::new(
        Kind::Config,
        format!(
            "{}:{line}: malformed TOML: {}",
            path.display(),
            e.message().trim_end()
        ),
    )
}

fn parse(text: &str, path: &Path) -> anyhow::Result<Config> {
    let doc = toml_edit::Document::parse(text.to_owned()).map_err(|e| malformed(path, text, &e))?;
    let mut config = Config {
        path: path.to_owned(),
        ..Default::default()
    };
    for (key, item) in doc.as_table().iter() {
        let span = doc.as_table().key(key).and_then(|k| k.span());
        match key {
            "default_profile" => match item.as_str() {
                Some(name) => config.default_profile = Some(name.to_owned()),
                None => {
                    return Err(config_error(
                        path,
                        text,
                        span,
                        "default_profile must be a string".into(),
                    ));
                }
            },
            "profiles" => {
                let Some(profiles) = item.as_table_like() else {
                    return Err(config_error(
                        path,
                        text,
                        span,
                        "profiles must be a table".into(),
                    ));
                };
                for (name, item) in profiles.iter() {
                    let span = profiles.key(name).and_then(|k| k.span());
                    let Some(table) = item.as_table_like() else {
                        return Err(config_error(
                            path,
                            text,
                            span,
                            format!("profile '{name}' must be a table"),
                        ));
                    };
                    let profile = parse_profile(table, text, path)?;
                    config.profiles.insert(name.to_owned(), profile);
                }
            }
            other => {
                return Err(config_error(
                    path,
                    text,
                    span,
                    format!(
                        "unknown key '{other}' (expected default_profile or [profiles.NAME.GROUP])"
                    ),
                ));
            }
        }
    }
    Ok(config)
}

fn parse_profile(table: &dyn TableLike, text: &str, path: &Path) -> anyhow::Result<Profile> {
    let mut profile = Profile::new();
    for (group, item) in table.iter() {
        let span = table.key(group).and_then(|k| k.span());
        let Some(settings) = item.as_table_like() else {
            return Err(config_error(
                path,
                text,
                span,
                format!("'{group}' must be a table of settings"),
            ));
        };
        if !SETTINGS
            .iter()
            .any(|s| s.key.split_once('.').map(|(g, _)| g) == Some(group))
        {
            return Err(config_error(
                path,
                text,
                span,
                format!("unknown group '{group}' (expected can, ovms or ksc)"),
            ));
        }
        for (name, item) in settings.iter() {
            let span = settings
                .key(name)
                .and_then(|k| k.span())
                .or_else(|| item.span());
            let key = format!("{group}.{name}");
            let Some(setting) = setting(&key) else {
                return Err(config_error(
                    path,
                    text,
                    span,
                    format!("unknown setting '{key}' ({})", known_keys(group)),
                ));
            };
            let value = match (setting.kind, item.as_value()) {
                (ValueKind::Str | ValueKind::Path, Some(toml_edit::Value::String(s))) => {
                    Value::Str(s.value().clone())
                }
                (ValueKind::Int { min, max }, Some(toml_edit::Value::Integer(i))) => {
                    let i = *i.value();
                    if !(min..=max).contains(&i) {
                        return Err(config_error(
                            path,
                            text,
                            span,
                            format!("{key} must be {min}..={max}, not {i}"),
                        ));
                    }
                    Value::Int(i)
                }
                (kind, _) => {
                    let want = match kind {
                        ValueKind::Int { .. } => "an integer",
                        _ => "a string",
                    };
                    return Err(config_error(
                        path,
                        text,
                        span,
                        format!("{key} must be {want}"),
                    ));
                }
            };
            profile.insert(key, value);
        }
    }
    Ok(profile)
}

fn known_keys(group: &str) -> String {
    let keys: Vec<&str> = SETTINGS
        .iter()
        .filter(|s| s.key.starts_with(&format!("{group}.")))
        .map(|s| s.key)
        .collect();
    format!("known: {}", keys.join(", "))
}

#[cfg(unix)]
fn readable_by_others(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o077 != 0)
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn readable_by_others(_: &Path) -> bool {
    false
}

/// Parse a command-line value for a setting (`profile set`), checking its type and range.
pub fn parse_value(setting: &Setting, raw: &str) -> anyhow::Result<Value> {
    match setting.kind {
        ValueKind::Str | ValueKind::Path => Ok(Value::Str(raw.to_owned())),
        ValueKind::Int { min, max } => match raw.trim().parse::<i64>() {
            Ok(i) if (min..=max).contains(&i) => Ok(Value::Int(i)),
            _ => fail(
                Kind::Config,
                format!(
                    "{} must be an integer in {min}..={max}, not '{raw}'",
                    setting.key
                ),
            ),
        },
    }
}

/// An edit of the file that keeps everything it does not touch (comments, order, layout).
pub struct Editor {
    path: PathBuf,
    doc: DocumentMut,
    existed: bool,
    /// Two `profile set` runs at once would each write their own copy: edits are serialised.
    _lock: crate::files::Lock,
}

fn lock_beside(path: &Path) -> anyhow::Result<crate::files::Lock> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    crate::files::Lock::take(&dir.join(format!(".{name}.lock")))
        .with_context(|| format!("locking {}", path.display()))
}

impl Editor {
    /// Open for adding settings: the file must validate (editing what we cannot understand would be guesswork).
    pub fn open(path: &Path) -> anyhow::Result<Editor> {
        Config::load(path)?;
        Self::open_raw(path)
    }

    /// Open for removing things: only valid TOML is needed, so a misspelt or obsolete key can be unset.
    pub fn open_raw(path: &Path) -> anyhow::Result<Editor> {
        // Edit the file a symlinked config points at, not the link.
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        let lock = lock_beside(&path)?;
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return fail(
                    Kind::Config,
                    format!("cannot read config file {}: {e}", path.display()),
                );
            }
        };
        let doc: DocumentMut = text.parse().map_err(|e| malformed(&path, &text, &e))?;
        Ok(Editor {
            existed: path.exists(),
            path,
            doc,
            _lock: lock,
        })
    }

    fn profiles(&mut self) -> &mut dyn TableLike {
        let root = self.doc.as_table_mut();
        let item = root.entry("profiles").or_insert_with(implicit_table);
        item.as_table_like_mut().expect("validated on open")
    }

    pub fn has_profile(&self, name: &str) -> bool {
        self.doc.get("profiles").and_then(|p| p.get(name)).is_some()
    }

    pub fn set(&mut self, profile: &str, key: &str, value: &Value) {
        let (group, name) = key.split_once('.').expect("keys are GROUP.NAME");
        let profiles = self.profiles();
        let prof = profiles
            .entry(profile)
            .or_insert_with(implicit_table)
            .as_table_like_mut()
            .expect("validated");
        let grp = prof
            .entry(group)
            .or_insert_with(toml_edit::table)
            .as_table_like_mut()
            .expect("validated");
        let item = match value {
            Value::Str(s) => toml_edit::value(s.as_str()),
            Value::Int(i) => toml_edit::value(*i),
        };
        grp.insert(name, item);
    }

    /// The profiles table as it is (no insertion): also safe on files that did not validate.
    fn existing_profiles(&mut self) -> Option<&mut dyn TableLike> {
        self.doc
            .get_mut("profiles")
            .and_then(|p| p.as_table_like_mut())
    }

    /// Remove a setting; false when it was not there.
    pub fn unset(&mut self, profile: &str, key: &str) -> bool {
        let Some((group, name)) = key.split_once('.') else {
            return false;
        };
        let Some(prof) = self
            .existing_profiles()
            .and_then(|p| p.get_mut(profile))
            .and_then(|p| p.as_table_like_mut())
        else {
            return false;
        };
        let Some(grp) = prof.get_mut(group).and_then(|g| g.as_table_like_mut()) else {
            return false;
        };
        let removed = grp.remove(name).is_some();
        if grp.is_empty() {
            prof.remove(group);
        }
        removed
    }

    pub fn remove_profile(&mut self, profile: &str) -> bool {
        let removed = self
            .existing_profiles()
            .is_some_and(|p| p.remove(profile).is_some());
        if self.doc.get("default_profile").and_then(|d| d.as_str()) == Some(profile) {
            self.doc.remove("default_profile");
        }
        removed
    }

    pub fn set_default(&mut self, profile: &str) {
        self.doc
            .insert("default_profile", toml_edit::value(profile));
    }

    /// Write through a temporary file and rename: a crash never leaves half a config. New files are 0600
    /// because profiles may hold passwords; existing files keep their mode unless `tighten` is set.
    pub fn save(self, tighten: bool) -> anyhow::Result<()> {
        let _hold = crate::interrupt::Hold::new(); // never leave the temp file behind on Ctrl-C
        let dir = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let text = self.doc.to_string();
        let mode = if self.existed && !tighten {
            mode_of(&self.path)
        } else {
            None
        };
        crate::files::write_atomic(&self.path, text.as_bytes(), mode)
            .with_context(|| format!("writing {}", self.path.display()))?;
        Ok(())
    }
}

fn implicit_table() -> Item {
    let mut t = toml_edit::Table::new();
    t.set_implicit(true);
    Item::Table(t)
}

#[cfg(unix)]
fn mode_of(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn mode_of(_: &Path) -> Option<u32> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> anyhow::Result<Config> {
        parse(text, Path::new("c.toml"))
    }

    #[test]
    fn reads_profiles_in_table_and_dotted_forms() {
        let c = parse_str(
            "default_profile = \"lab\"\n[profiles.lab.can]\nhost = \"h:1\"\nsession_timeout = 60\n\
             [profiles.car]\novms = { server = \"s\", vehicle = \"V\" }\n",
        )
        .unwrap();
        assert_eq!(c.default_profile.as_deref(), Some("lab"));
        assert_eq!(c.profiles["lab"]["can.host"], Value::Str("h:1".into()));
        assert_eq!(c.profiles["lab"]["can.session_timeout"], Value::Int(60));
        assert_eq!(c.profiles["car"]["ovms.vehicle"], Value::Str("V".into()));
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse_str("[profiles.lab.can]\nhost = \"h\"\nhots = \"x\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("c.toml:3: unknown setting 'can.hots'"), "{e}");
        let e = parse_str("[profiles.lab.can]\n\nsession_timeout = \"x\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.toml:3: can.session_timeout must be an integer"),
            "{e}"
        );
        let e = parse_str("[profiles.lab\nhost=1").unwrap_err().to_string();
        assert!(e.starts_with("c.toml:1: malformed TOML"), "{e}");
    }

    #[test]
    fn editor_keeps_comments() {
        let dir = std::env::temp_dir().join(format!("fieldctl-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        std::fs::write(&path, "# mine\n[profiles.lab.can] # bench\nhost = \"a\"\n").unwrap();
        let mut ed = Editor::open(&path).unwrap();
        ed.set("lab", "can.session_timeout", &Value::Int(5));
        ed.set("car", "ovms.server", &Value::Str("s".into()));
        ed.save(false).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with(
                "# mine\n[profiles.lab.can] # bench\nhost = \"a\"\nsession_timeout = 5\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("[profiles.car.ovms]\nserver = \"s\""),
            "{text}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
