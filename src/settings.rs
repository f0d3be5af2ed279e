//! Settings and credentials are declared by the group that uses them (`can::settings`, `ovms::settings`,
//! `ksc::settings`); this module holds the declaration types and the registry of every group's table.
//!
//! A declaration names the key (`GROUP.NAME`), its environment variable, its kind, its default and a help line.
//! Nothing is validated until a command reads the setting through [`crate::context::Context::get`], so a broken
//! value of a setting a command does not use can never fail it. The same kind check runs at `profile set` time.

use std::marker::PhantomData;
use std::path::PathBuf;

/// A value check beyond the kind (bitrate names, host syntax): `Err` is the reason, shown after the key.
pub type Check = fn(&str) -> Result<(), String>;

#[derive(Clone, Copy)]
pub enum Kind {
    Text(Option<Check>),
    Int {
        min: i64,
        max: i64,
    },
    /// A file path; `~/` is expanded when read.
    Path,
    /// A list of file paths (`~/` expanded): a TOML array (a single string is a list of one), an environment
    /// value split at the platform's path separator. Relative paths in a profile are relative to its file.
    Paths,
    /// A shell command whose first line of output is a secret (`password_command`).
    Command,
    /// A password or token: read only through the credential resolver, redacted by `profile show`, never taken
    /// on argv. `stored: false` means environment only (a TOTP code has no business in a file).
    Secret {
        stored: bool,
    },
}

/// One setting, untyped: what the registry, `profile set/show/--help` and the resolver need.
pub struct Spec {
    pub key: &'static str,
    pub env: Option<&'static str>,
    pub kind: Kind,
    /// Parsed like an environment value when nothing else gives one; shown in `profile --help`.
    pub default: Option<&'static str>,
    pub help: &'static str,
}

impl Spec {
    pub fn group(&self) -> &'static str {
        self.key.split_once('.').map_or(self.key, |(g, _)| g)
    }

    pub fn is_secret(&self) -> bool {
        matches!(self.kind, Kind::Secret { .. })
    }

    /// May a profile hold it?
    pub fn stored(&self) -> bool {
        !matches!(self.kind, Kind::Secret { stored: false })
    }

    /// "[env: X; profile: GROUP.NAME]" for a flag's help line, so a variable name is written once.
    pub fn sources(&self) -> String {
        match self.env {
            Some(env) => format!("[env: {env}; profile: {}]", self.key),
            None => format!("[profile: {}]", self.key),
        }
    }

    /// "FIELDCTL_X or GROUP.NAME in the profile", for messages and hints.
    pub fn origins(&self) -> String {
        match self.env {
            Some(env) => format!("{env} or {} in the profile", self.key),
            None => format!("{} in the profile", self.key),
        }
    }

    /// Check a text value (from the environment, a default or `profile set`) as this setting's kind.
    pub fn parse(&self, raw: &str) -> Result<Value, String> {
        match self.kind {
            Kind::Int { min, max } => match raw.trim().parse::<i64>() {
                Ok(i) if (min..=max).contains(&i) => Ok(Value::Int(i)),
                _ => Err(format!(
                    "{} must be an integer in {min}..={max}, not '{raw}'",
                    self.key
                )),
            },
            Kind::Paths => {
                let paths: Vec<PathBuf> = std::env::split_paths(raw)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(|p| expand_home(&p.to_string_lossy()))
                    .collect();
                if paths.is_empty() {
                    return Err(format!("{} is empty", self.key));
                }
                Ok(Value::Paths(paths))
            }
            _ => self.check_text(raw.to_owned()),
        }
    }

    /// Check a value from the config file, where TOML types matter. A text setting also takes an integer
    /// (`bitrate = 500000`, `vehicle = 1234`) as its decimal text; a value of the wrong type is shown in the
    /// error (`can.session_timeout must be an integer, not "60"`).
    pub fn parse_toml(&self, value: &toml_edit::Value) -> Result<Value, String> {
        match (self.kind, value) {
            (Kind::Int { min, max }, toml_edit::Value::Integer(i)) => {
                let i = *i.value();
                if (min..=max).contains(&i) {
                    Ok(Value::Int(i))
                } else {
                    Err(format!("{} must be in {min}..={max}, not {i}", self.key))
                }
            }
            (Kind::Int { .. }, other) => Err(format!(
                "{} must be an integer, not {}",
                self.key,
                shown(other)
            )),
            (Kind::Paths, toml_edit::Value::String(s)) => self.paths([s.value().as_str()]),
            (Kind::Paths, toml_edit::Value::Array(items)) => {
                let texts: Option<Vec<&str>> = items.iter().map(|v| v.as_str()).collect();
                match texts {
                    Some(texts) => self.paths(texts),
                    None => Err(format!("{} must be an array of paths (strings)", self.key)),
                }
            }
            (Kind::Paths, other) => Err(format!(
                "{} must be an array of paths, not {}",
                self.key,
                shown(other)
            )),
            (_, toml_edit::Value::String(s)) => self.check_text(s.value().clone()),
            (Kind::Text(_), toml_edit::Value::Integer(i)) => self.check_text(i.value().to_string()),
            (_, other) => Err(format!(
                "{} must be a string, not {}",
                self.key,
                shown(other)
            )),
        }
    }

    /// The paths of a profile's list, as written (`Config::read` resolves relative ones against the file).
    fn paths<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> Result<Value, String> {
        let mut paths = Vec::new();
        for t in texts {
            if t.trim().is_empty() {
                return Err(format!("{} holds an empty path", self.key));
            }
            paths.push(expand_home(t));
        }
        if paths.is_empty() {
            return Err(format!("{} is an empty list", self.key));
        }
        Ok(Value::Paths(paths))
    }

    fn check_text(&self, s: String) -> Result<Value, String> {
        match self.kind {
            Kind::Text(Some(check)) => check(&s).map_err(|why| format!("{}: {why}", self.key))?,
            Kind::Path | Kind::Command if s.trim().is_empty() => {
                return Err(format!("{} is empty", self.key));
            }
            _ => {}
        }
        Ok(match self.kind {
            Kind::Path => Value::Path(expand_home(&s)),
            _ => Value::Text(s),
        })
    }
}

/// A TOML value as written (without its surrounding whitespace and comments), for errors; tables and arrays
/// by their kind.
fn shown(value: &toml_edit::Value) -> String {
    match value {
        toml_edit::Value::InlineTable(_) => "a table".to_owned(),
        toml_edit::Value::Array(_) => "an array".to_owned(),
        other => {
            let mut v = other.clone();
            v.decor_mut().clear();
            v.to_string()
        }
    }
}

/// A checked value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Int(i64),
    Path(PathBuf),
    Paths(Vec<PathBuf>),
}

/// `~/x` and `~` are the home directory, as a shell would expand them; other paths are kept as written.
pub fn expand_home(path: &str) -> PathBuf {
    let home = || dirs::home_dir().filter(|h| !h.as_os_str().is_empty());
    match path.strip_prefix("~/") {
        Some(rest) => home().map_or_else(|| PathBuf::from(path), |h| h.join(rest)),
        None if path == "~" => home().unwrap_or_else(|| PathBuf::from(path)),
        None => PathBuf::from(path),
    }
}

/// A setting with the Rust type a command reads it as; `Context::get` applies the default.
pub struct Setting<T> {
    pub spec: Spec,
    _type: PhantomData<fn() -> T>,
}

impl<T> Setting<T> {
    const fn new(key: &'static str, kind: Kind, help: &'static str) -> Self {
        Setting {
            spec: Spec {
                key,
                env: None,
                kind,
                default: None,
                help,
            },
            _type: PhantomData,
        }
    }

    pub const fn env(mut self, var: &'static str) -> Self {
        self.spec.env = Some(var);
        self
    }
}

impl Setting<Option<String>> {
    pub const fn text(key: &'static str, help: &'static str) -> Self {
        Self::new(key, Kind::Text(None), help)
    }

    pub const fn checked(key: &'static str, check: Check, help: &'static str) -> Self {
        Self::new(key, Kind::Text(Some(check)), help)
    }

    /// A shell command printing a secret; read by the credential resolver.
    pub const fn command(key: &'static str, help: &'static str) -> Self {
        Self::new(key, Kind::Command, help)
    }

    /// A password or token, read only through a [`Credential`].
    pub const fn secret(key: &'static str, help: &'static str) -> Self {
        Self::new(key, Kind::Secret { stored: true }, help)
    }

    /// A secret taken from the environment only (TOTP codes).
    pub const fn env_secret(key: &'static str, help: &'static str) -> Self {
        Self::new(key, Kind::Secret { stored: false }, help)
    }
}

impl Setting<Option<PathBuf>> {
    pub const fn path(key: &'static str, help: &'static str) -> Self {
        Self::new(key, Kind::Path, help)
    }
}

impl Setting<Vec<PathBuf>> {
    /// A list of paths; empty when no source gives one.
    pub const fn paths(key: &'static str, help: &'static str) -> Self {
        Self::new(key, Kind::Paths, help)
    }
}

impl Setting<String> {
    pub const fn text_or(
        key: &'static str,
        check: Option<Check>,
        default: &'static str,
        help: &'static str,
    ) -> Self {
        let mut s = Self::new(key, Kind::Text(check), help);
        s.spec.default = Some(default);
        s
    }
}

impl Setting<u32> {
    pub const fn int_or(
        key: &'static str,
        min: u32,
        max: u32,
        default: &'static str,
        help: &'static str,
    ) -> Self {
        let mut s = Self::new(
            key,
            Kind::Int {
                min: min as i64,
                max: max as i64,
            },
            help,
        );
        s.spec.default = Some(default);
        s
    }
}

/// The Rust types a setting can be read as. `None` in is "no source and no default".
pub trait FromValue: Sized {
    fn from_value(spec: &Spec, value: Option<Value>) -> Self;
}

impl FromValue for Option<String> {
    fn from_value(_: &Spec, value: Option<Value>) -> Self {
        match value? {
            Value::Text(s) => Some(s),
            other => unreachable!("text setting read as {other:?}"),
        }
    }
}

impl FromValue for String {
    fn from_value(spec: &Spec, value: Option<Value>) -> Self {
        Option::<String>::from_value(spec, value).expect("declared with a default")
    }
}

impl FromValue for Option<PathBuf> {
    fn from_value(_: &Spec, value: Option<Value>) -> Self {
        match value? {
            Value::Path(p) => Some(p),
            other => unreachable!("path setting read as {other:?}"),
        }
    }
}

impl FromValue for Vec<PathBuf> {
    fn from_value(_: &Spec, value: Option<Value>) -> Self {
        match value {
            None => Vec::new(),
            Some(Value::Paths(p)) => p,
            Some(other) => unreachable!("path list setting read as {other:?}"),
        }
    }
}

impl FromValue for u32 {
    fn from_value(spec: &Spec, value: Option<Value>) -> Self {
        match value {
            // The declared range keeps it within u32.
            Some(Value::Int(i)) => i as u32,
            other => unreachable!("{}: integer setting read as {other:?}", spec.key),
        }
    }
}

/// What a credential is, for messages and for which stdin flag feeds it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CredentialKind {
    Password,
    Token,
    Totp,
}

impl CredentialKind {
    pub fn noun(self) -> &'static str {
        match self {
            CredentialKind::Password => "password",
            CredentialKind::Token => "token",
            CredentialKind::Totp => "two-factor code",
        }
    }

    pub fn stdin_flag(self) -> Option<&'static str> {
        match self {
            CredentialKind::Password => Some("--password-stdin"),
            CredentialKind::Token => Some("--token-stdin"),
            CredentialKind::Totp => None,
        }
    }
}

/// A secret a group accepts: its value setting (environment variable and profile key) and the optional
/// command that prints it. `crate::secret` resolves it the same way for every group.
pub struct Credential {
    /// For people: "CAN device password", "OVMS API token".
    pub what: &'static str,
    pub kind: CredentialKind,
    pub value: &'static Spec,
    pub command: Option<&'static Spec>,
}

impl Credential {
    /// Where it may come from, for hints: "FIELDCTL_X_PASSWORD, --password-stdin or x.password_command".
    pub fn sources(&self) -> String {
        self.list_sources(true)
    }

    /// The same without the stdin flag, for commands whose stdin carries data.
    pub fn sources_besides_stdin(&self) -> String {
        self.list_sources(false)
    }

    fn list_sources(&self, stdin: bool) -> String {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.value.env);
        parts.extend(self.kind.stdin_flag().filter(|_| stdin));
        parts.extend(self.command.map(|c| c.key));
        match parts.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => self.value.key.to_owned(),
        }
    }
}

/// One group's table, registered in [`GROUPS`].
pub struct Group {
    pub name: &'static str,
    pub about: &'static str,
    pub settings: &'static [&'static Spec],
    pub credentials: &'static [&'static Credential],
}

/// Every group's settings: the config file, `profile set/show` and `profile --help` know these and no others.
pub static GROUPS: &[&Group] = &[
    &crate::can::settings::GROUP,
    &crate::ovms::settings::GROUP,
    &crate::ksc::settings::GROUP,
];

pub fn all() -> impl Iterator<Item = &'static Spec> {
    GROUPS.iter().flat_map(|g| g.settings.iter().copied())
}

pub fn find(key: &str) -> Option<&'static Spec> {
    all().find(|s| s.key == key && s.stored())
}

pub fn group(name: &str) -> Option<&'static Group> {
    GROUPS.iter().copied().find(|g| g.name == name)
}

/// The credential whose value is `key` (`ovms.token`), for `profile credential`.
pub fn credential(key: &str) -> Option<&'static Credential> {
    GROUPS
        .iter()
        .flat_map(|g| g.credentials.iter().copied())
        .find(|c| c.value.key == key)
}

/// "did you mean can.host?": the closest known key within a few edits, for typos in the file and on `profile set`.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .map(|c| (distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edit distance counting a swap of neighbours as one edit (`ovsm` → `ovms`), as typos go.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// `profile --help`: every group's settings with kind, default and variable.
pub fn help() -> String {
    let mut s = String::from("Settings (GROUP.SETTING), by group:\n");
    for g in GROUPS {
        s.push_str(&format!("\n{} — {}\n", g.name, g.about));
        for spec in g.settings {
            let kind = match spec.kind {
                Kind::Text(_) => "text".to_owned(),
                Kind::Int { min, max } => format!("{min}..={max}"),
                Kind::Path => "path, ~/ expanded".to_owned(),
                Kind::Paths => "list of paths, ~/ expanded".to_owned(),
                Kind::Command => "shell command".to_owned(),
                Kind::Secret { stored: true } => "secret".to_owned(),
                Kind::Secret { stored: false } => "secret, environment only".to_owned(),
            };
            let mut extra = vec![kind];
            extra.extend(spec.default.map(|d| format!("default {d}")));
            extra.extend(spec.env.map(|e| format!("env {e}")));
            // Two short lines: clap re-wraps long ones without their indentation.
            s.push_str(&format!(
                "  {:<22} {}\n      {}\n",
                spec.key,
                extra.join("; "),
                spec.help
            ));
        }
    }
    s.push_str(
        "\nPrecedence: flag > environment > profile > default. Secrets come from the variable, --password-stdin \
         or --token-stdin, *_command, the profile, then a prompt on a terminal; never from argv.\n",
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// docs/configuration.md lists every declared setting with its default and variable, and nothing else.
    #[test]
    fn the_settings_table_of_the_docs_is_the_declarations() {
        let doc = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/configuration.md"
        ));
        let rows: Vec<Vec<&str>> = doc
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
            .collect();
        let unquote = |c: &str| c.trim_matches('`').to_owned();
        let documented: Vec<String> = rows.iter().map(|r| unquote(r[0])).collect();
        let declared: Vec<&str> = all().map(|s| s.key).collect();
        assert_eq!(
            documented, declared,
            "docs/configuration.md: settings or their order"
        );
        for (row, spec) in rows.iter().zip(all()) {
            let default = spec.default.map_or("—".to_owned(), str::to_owned);
            assert_eq!(unquote(row[2]), default, "default of {}", spec.key);
            let env = spec.env.map_or("—".to_owned(), str::to_owned);
            assert_eq!(unquote(row[3]), env, "variable of {}", spec.key);
        }
    }

    #[test]
    fn keys_are_unique_grouped_and_defaults_valid() {
        let mut seen = std::collections::BTreeSet::new();
        for g in GROUPS {
            for spec in g.settings {
                assert!(seen.insert(spec.key), "{} declared twice", spec.key);
                assert_eq!(spec.group(), g.name, "{} in group {}", spec.key, g.name);
                if let Some(d) = spec.default {
                    spec.parse(d).unwrap();
                }
                if let Some(env) = spec.env {
                    let want = format!("FIELDCTL_{}", spec.key.replace('.', "_").to_uppercase());
                    assert_eq!(env, want, "variables follow the key");
                }
            }
            for c in g.credentials {
                assert!(g.settings.iter().any(|s| s.key == c.value.key));
                assert!(c.value.is_secret());
            }
        }
    }

    #[test]
    fn nearest_finds_typos_only() {
        let keys = ["can.host", "can.bitrate", "can.session_timeout"];
        assert_eq!(nearest("can.hots", keys.into_iter()), Some("can.host"));
        assert_eq!(nearest("can.bitrat", keys.into_iter()), Some("can.bitrate"));
        assert_eq!(nearest("can.colour", keys.into_iter()), None);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("ovsm", "ovms"), 1);
    }

    #[test]
    fn path_lists_from_the_environment_and_toml() {
        let spec = &crate::can::settings::DBC.spec;
        let joined = std::env::join_paths(["a.dbc", "~/b.dbc"]).unwrap();
        let home = dirs::home_dir().unwrap();
        assert_eq!(
            spec.parse(joined.to_str().unwrap()),
            Ok(Value::Paths(vec!["a.dbc".into(), home.join("b.dbc")]))
        );
        let toml = |t: &str| spec.parse_toml(&t.parse::<toml_edit::Value>().unwrap());
        assert_eq!(
            toml(r#""one.dbc""#),
            Ok(Value::Paths(vec!["one.dbc".into()]))
        );
        assert_eq!(
            toml(r#"["x.dbc", "y.dbc"]"#),
            Ok(Value::Paths(vec!["x.dbc".into(), "y.dbc".into()]))
        );
        assert!(
            toml("3")
                .unwrap_err()
                .contains("must be an array of paths, not 3")
        );
        assert!(toml("[1]").is_err() && toml("[]").is_err() && toml(r#"[""]"#).is_err());
    }

    #[test]
    fn home_is_expanded_in_paths_only() {
        let home = dirs::home_dir().unwrap();
        assert_eq!(expand_home("~/a/b"), home.join("a/b"));
        assert_eq!(expand_home("~"), home);
        assert_eq!(expand_home("/x/~/y"), PathBuf::from("/x/~/y"));
        assert_eq!(expand_home("~other/x"), PathBuf::from("~other/x"));
    }
}
