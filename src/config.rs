//! The profile file: TOML at `dirs::config_dir()/fieldctl/config.toml` (or `--config` / `FIELDCTL_CONFIG`).
//!
//! ```toml
//! default_profile = "lab"
//! [profiles.lab.can]
//! host = "192.168.1.10:8080"
//! ```
//!
//! Loading checks only TOML syntax and the file's shape: values are kept with their line and checked as their
//! setting's kind when a command reads them (`Config::read`), so a broken value of a setting the command does
//! not use never fails it. Keys no group declares (`crate::settings::GROUPS`) are warnings with file:line and the
//! nearest valid key. Edits go through toml_edit so the user's comments and layout survive.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use toml_edit::{DocumentMut, Item, TableLike};

use crate::error::{Failure, Kind, fail};
use crate::settings::{self, Spec};

/// A value as written in the file, with the line it is on.
#[derive(Clone, Debug)]
pub struct Entry {
    pub value: toml_edit::Value,
    pub line: usize,
}

/// Settings of one profile, keyed `GROUP.NAME` (declared keys only).
#[derive(Debug, Default)]
pub struct Profile {
    pub entries: BTreeMap<String, Entry>,
    /// `can = "x"` where a table of settings belongs: reading any `can.*` setting fails at this line.
    broken_groups: BTreeMap<String, usize>,
}

impl Profile {
    pub fn groups(&self) -> Vec<&str> {
        let mut groups: Vec<&str> = self
            .entries
            .keys()
            .filter_map(|k| k.split_once('.').map(|(g, _)| g))
            .collect();
        groups.dedup();
        groups
    }
}

#[derive(Debug, Default)]
pub struct Config {
    pub path: PathBuf,
    pub default_profile: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
    /// True when the file can be read by group or others (a plain password there deserves a warning).
    pub readable_by_others: bool,
    /// Unknown keys and groups, each "FILE:LINE: …"; shown once by the Context.
    pub warnings: Vec<String>,
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
    /// Load and check the shape; a missing file is an empty config.
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

    /// A profile's value of one setting, checked as its kind now; a bad one is exit 10 naming file:line.
    pub fn read(&self, profile: &Profile, spec: &Spec) -> anyhow::Result<Option<settings::Value>> {
        if let Some(line) = profile.broken_groups.get(spec.group()) {
            return Err(self.error_at(
                *line,
                format!("'{}' must be a table of settings", spec.group()),
            ));
        }
        match profile.entries.get(spec.key) {
            None => Ok(None),
            Some(entry) => match spec.parse_toml(&entry.value) {
                // A list of files kept in a profile is the file's: relative entries are relative to it.
                Ok(settings::Value::Paths(paths)) => {
                    let dir = self.path.parent().unwrap_or(Path::new(""));
                    Ok(Some(settings::Value::Paths(
                        paths.into_iter().map(|p| dir.join(p)).collect(),
                    )))
                }
                Ok(v) => Ok(Some(v)),
                Err(why) => Err(self.error_at(entry.line, why)),
            },
        }
    }

    fn error_at(&self, line: usize, what: String) -> anyhow::Error {
        Failure::new(
            Kind::Config,
            format!("{}:{line}: {what}", self.path.display()),
        )
        .hint("see `fieldctl profile --help` for the settings a profile may hold")
        .into()
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

fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    settings::nearest(word, candidates)
        .map(|k| format!("; did you mean {k}?"))
        .unwrap_or_default()
}

/// Where values of the file are, as the parser walks it.
struct Walk<'a> {
    path: &'a Path,
    text: &'a str,
    warnings: Vec<String>,
}

impl Walk<'_> {
    fn line(&self, span: Option<std::ops::Range<usize>>) -> usize {
        line_of(self.text, span)
    }

    fn warn(&mut self, span: Option<std::ops::Range<usize>>, what: String) {
        let line = self.line(span);
        self.warnings
            .push(format!("{}:{line}: {what}", self.path.display()));
    }
}

fn parse(text: &str, path: &Path) -> anyhow::Result<Config> {
    let doc = toml_edit::Document::parse(text.to_owned()).map_err(|e| malformed(path, text, &e))?;
    let mut walk = Walk {
        path,
        text,
        warnings: Vec::new(),
    };
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
                    let profile = parse_profile(name, table, &mut walk);
                    config.profiles.insert(name.to_owned(), profile);
                }
            }
            other => {
                let hint = did_you_mean(other, ["default_profile", "profiles"].into_iter());
                walk.warn(
                    span,
                    format!(
                        "unknown key '{other}' ignored (expected default_profile or [profiles.NAME.GROUP]){hint}"
                    ),
                );
            }
        }
    }
    config.warnings = walk.warnings;
    Ok(config)
}

fn parse_profile(profile_name: &str, table: &dyn TableLike, walk: &mut Walk) -> Profile {
    let mut profile = Profile::default();
    for (group, item) in table.iter() {
        let span = table.key(group).and_then(|k| k.span());
        if settings::group(group).is_none() {
            let names = settings::GROUPS.iter().map(|g| g.name);
            let hint = did_you_mean(group, names);
            let known: Vec<&str> = settings::GROUPS.iter().map(|g| g.name).collect();
            walk.warn(
                span,
                format!(
                    "unknown group '{group}' in profile '{profile_name}' ignored (groups: {}){hint}",
                    known.join(", ")
                ),
            );
            continue;
        }
        let Some(values) = item.as_table_like() else {
            let line = walk.line(span.or_else(|| item.span()));
            profile.broken_groups.insert(group.to_owned(), line);
            continue;
        };
        for (name, item) in values.iter() {
            let span = values
                .key(name)
                .and_then(|k| k.span())
                .or_else(|| item.span());
            let key = format!("{group}.{name}");
            match (settings::find(&key), item.as_value()) {
                (Some(_), Some(value)) => {
                    let line = walk.line(span);
                    profile.entries.insert(
                        key,
                        Entry {
                            value: value.clone(),
                            line,
                        },
                    );
                }
                (Some(_), None) => {
                    // A table where a value belongs: keep it as a value that fails its kind check when read.
                    let line = walk.line(span);
                    profile.entries.insert(
                        key,
                        Entry {
                            value: toml_edit::Value::InlineTable(Default::default()),
                            line,
                        },
                    );
                }
                (None, _) => {
                    let why = match settings::all().find(|s| s.key == key) {
                        Some(spec) => format!(
                            "{key} is not kept in a profile (set {} instead); ignored",
                            spec.env.unwrap_or("its variable")
                        ),
                        None => {
                            let hint = did_you_mean(&key, settings::all().map(|s| s.key));
                            format!(
                                "unknown setting '{key}' in profile '{profile_name}' ignored{hint}"
                            )
                        }
                    };
                    walk.warn(span, why);
                }
            }
        }
    }
    profile
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

/// Check a command-line value for a setting (`profile set`) as its kind; the TOML value to store.
pub fn parse_value(spec: &Spec, raw: &str) -> anyhow::Result<toml_edit::Value> {
    match spec.parse(raw) {
        Ok(settings::Value::Int(i)) => Ok(i.into()),
        // A list from `profile set` is split as the variable is, and kept as an array of what was written,
        // except that a relative entry is made absolute against the current directory: it was typed relative
        // to it, and a stored relative entry would be read relative to the config file's directory.
        Ok(settings::Value::Paths(_)) => {
            let here = std::env::current_dir().ok();
            Ok(toml_edit::Value::Array(
                std::env::split_paths(raw)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(|p| absolute(&p, here.as_deref()).to_string_lossy().into_owned())
                    .collect(),
            ))
        }
        // Paths are stored as written (`~/x` stays portable between machines).
        Ok(_) => Ok(raw.into()),
        Err(why) => fail(Kind::Config, why),
    }
}

/// `p` against `here` when it is relative; `~/…` is kept (it is portable between machines) and so is `p` when
/// the current directory is unknown.
fn absolute(p: &Path, here: Option<&Path>) -> PathBuf {
    match here {
        Some(dir) if p.is_relative() && !p.starts_with("~") => dir.join(p),
        _ => p.to_path_buf(),
    }
}

/// An edit of the file that keeps everything it does not touch (comments, order, layout).
pub struct Editor {
    path: PathBuf,
    doc: DocumentMut,
    existed: bool,
    /// Two `profile set` runs at once would each write their own copy: edits are serialised. The lock file
    /// is removed when the edit ends (saved or not), so none is left beside the config file.
    lock: Option<crate::files::Lock>,
}

impl Drop for Editor {
    fn drop(&mut self) {
        if let Some(lock) = self.lock.take() {
            lock.remove();
        }
    }
}

/// The file's directory, created if needed, but never a missing HOME or `XDG_CONFIG_HOME` (exit 10).
fn make_dir_of(path: &Path) -> anyhow::Result<&Path> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Some(base) = crate::files::missing_base(dir, "XDG_CONFIG_HOME") {
        return Err(Failure::new(
            Kind::Config,
            format!(
                "cannot write config file {}: {base} (fieldctl does not create it)",
                path.display()
            ),
        )
        .hint("use --config FILE or FIELDCTL_CONFIG, or set XDG_CONFIG_HOME or HOME to a directory that exists")
        .into());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

fn lock_beside(path: &Path) -> anyhow::Result<crate::files::Lock> {
    let dir = make_dir_of(path)?;
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
            lock: Some(lock),
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

    /// Set a value; an inline comment on the line it replaces stays (`host = "b"  # the blue one`).
    pub fn set(&mut self, profile: &str, key: &str, value: toml_edit::Value) -> anyhow::Result<()> {
        let (group, name) = key.split_once('.').expect("keys are GROUP.NAME");
        let path = self.path.display().to_string();
        let profiles = self.profiles();
        let prof = profiles
            .entry(profile)
            .or_insert_with(implicit_table)
            .as_table_like_mut()
            .expect("profiles are tables once loaded");
        let Some(grp) = prof
            .entry(group)
            .or_insert_with(toml_edit::table)
            .as_table_like_mut()
        else {
            return fail(
                Kind::Config,
                format!("{path}: '{group}' in profile '{profile}' is not a table of settings"),
            );
        };
        let mut value = value;
        if let Some(old) = grp.get(name).and_then(Item::as_value) {
            *value.decor_mut() = old.decor().clone();
        }
        grp.insert(name, Item::Value(value));
        Ok(())
    }

    /// The profiles table as it is (no insertion): also safe on files that did not validate.
    fn existing_profiles(&mut self) -> Option<&mut dyn TableLike> {
        self.doc
            .get_mut("profiles")
            .and_then(|p| p.as_table_like_mut())
    }

    /// Remove a setting; false when it was not there. Comments written before it (or before its group's
    /// header, when the group goes too) stay in the file.
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
        let position = header_position(prof.get(group));
        let Some(grp) = prof.get_mut(group).and_then(|g| g.as_table_like_mut()) else {
            return false;
        };
        let (removed, mut orphans) = remove_keeping_comments(grp, name);
        let mut orphans_at = position;
        if grp.is_empty() {
            // The header comes first in the file.
            let (_, header) = remove_keeping_comments(prof, group);
            orphans.insert_str(0, &header);
        } else if orphans.is_empty() {
            orphans_at = None;
        }
        self.keep_comments(orphans_at, orphans);
        removed.is_some()
    }

    /// Remove a profile, and `default_profile` when it named it: (removed, default dropped). Comments
    /// written before what is removed stay in the file.
    pub fn remove_profile(&mut self, profile: &str) -> (bool, bool) {
        let mut removed = None;
        let mut orphans = String::new();
        let profiles_at = header_position(self.doc.get("profiles"));
        if let Some(profiles) = self.existing_profiles() {
            (removed, orphans) = remove_keeping_comments(profiles, profile);
        }
        let after = removed
            .as_ref()
            .and_then(first_header_position)
            .or(profiles_at);
        self.keep_comments(after, orphans);
        let mut dropped_default = false;
        if self.doc.get("default_profile").and_then(|d| d.as_str()) == Some(profile) {
            let (_, orphans) = remove_keeping_comments(self.doc.as_table_mut(), "default_profile");
            self.keep_comments(Some(0), orphans);
            dropped_default = true;
        }
        (removed.is_some(), dropped_default)
    }

    /// Put comments of removed things before the first table header after document position `after` (0: the
    /// top-level keys), else at the end of the file.
    fn keep_comments(&mut self, after: Option<isize>, text: String) {
        if text.is_empty() {
            return;
        }
        let mut headers = Vec::new();
        header_paths(self.doc.as_table(), &mut Vec::new(), &mut headers);
        let next = after.and_then(|after| {
            headers
                .into_iter()
                .filter(|(p, _)| *p > after)
                .min_by_key(|(p, _)| *p)
        });
        let top_values = self.doc.iter().any(|(_, i)| i.is_value());
        if let Some((position, path)) = next {
            let first = !top_values && first_header_position(self.doc.as_item()) == Some(position);
            let mut table = self.doc.as_table_mut();
            for key in &path {
                table = table[key.as_str()]
                    .as_table_mut()
                    .expect("a path to a table");
            }
            let decor = table.decor_mut();
            let old = raw_text(decor.prefix());
            let mut prefix = prepend(&old, &text);
            if first {
                prefix = prefix.trim_start().to_owned(); // now the top of the file
            }
            decor.set_prefix(prefix);
        } else {
            let old = raw_text(Some(self.doc.trailing()));
            let text = if old.is_empty() || old.ends_with('\n') {
                format!("{old}{text}")
            } else {
                format!("{old}\n{text}")
            };
            self.doc.set_trailing(text);
        }
    }

    pub fn set_default(&mut self, profile: &str) {
        self.doc
            .insert("default_profile", toml_edit::value(profile));
    }

    /// Write through a temporary file and rename: a crash never leaves half a config. New files are 0600
    /// because profiles may hold passwords; existing files keep their mode unless `tighten` is set.
    pub fn save(self, tighten: bool) -> anyhow::Result<()> {
        let _hold = crate::interrupt::Hold::new(); // never leave the temp file behind on Ctrl-C
        make_dir_of(&self.path)?;
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

fn raw_text(raw: Option<&toml_edit::RawString>) -> String {
    raw.and_then(|r| r.as_str()).unwrap_or_default().to_owned()
}

/// The comment lines of a decor prefix (blank lines and indentation dropped), empty when there are none.
fn comment_lines(raw: Option<&toml_edit::RawString>) -> String {
    raw_text(raw)
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The comments before the headers of a removed table and its subtables, in document order.
fn header_comments(item: &Item) -> String {
    let mut found = Vec::new();
    fn walk(item: &Item, found: &mut Vec<(isize, String)>) {
        if let Item::Table(t) = item {
            if !t.is_implicit() && !t.is_dotted() {
                found.push((
                    t.position().unwrap_or(isize::MAX),
                    comment_lines(t.decor().prefix()),
                ));
            }
            for (_, child) in t.iter() {
                walk(child, found);
            }
        }
    }
    walk(item, &mut found);
    found.sort_by_key(|(p, _)| *p);
    found.into_iter().map(|(_, c)| c).collect()
}

/// The document position of the first header in a (removed) table.
fn first_header_position(item: &Item) -> Option<isize> {
    let t = item.as_table()?;
    let own = t.position().filter(|_| !t.is_implicit() && !t.is_dotted());
    t.iter()
        .filter_map(|(_, child)| first_header_position(child))
        .chain(own)
        .min()
}

/// The position of a table's header, if it has one (values removed from it are followed by the next header).
fn header_position(item: Option<&Item>) -> Option<isize> {
    let t = item?.as_table()?;
    t.position().filter(|_| !t.is_implicit() && !t.is_dotted())
}

/// `text` put before `old`, a decor prefix, after its leading blank lines.
fn prepend(old: &str, text: &str) -> String {
    let blank = old.len() - old.trim_start().len();
    let cut = old[..blank].rfind('\n').map_or(0, |i| i + 1);
    format!("{}{text}{}", &old[..cut], &old[cut..])
}

/// Every table with a header: its document position and its path of keys.
fn header_paths(
    table: &toml_edit::Table,
    path: &mut Vec<String>,
    out: &mut Vec<(isize, Vec<String>)>,
) {
    for (key, item) in table.iter() {
        if let Item::Table(t) = item {
            path.push(key.to_owned());
            if let Some(p) = t.position().filter(|_| !t.is_implicit() && !t.is_dotted()) {
                out.push((p, path.clone()));
            }
            header_paths(t, path, out);
            path.pop();
        }
    }
}

/// Remove `name` from `table`, keeping the comments written before it: a value's go on the next value of
/// the table; what has nowhere to go there (a table's header comments, the last value's) is returned for
/// [`Editor::keep_comments`].
fn remove_keeping_comments(table: &mut dyn TableLike, name: &str) -> (Option<Item>, String) {
    let index = table.iter().position(|(k, _)| k == name);
    let mut text = table
        .key(name)
        .map(|k| comment_lines(k.leaf_decor().prefix()))
        .unwrap_or_default();
    let Some(item) = table.remove(name) else {
        return (None, String::new());
    };
    text.push_str(&header_comments(&item));
    if !text.is_empty() && item.is_value() {
        let next = table
            .iter()
            .skip(index.unwrap_or(usize::MAX))
            .find(|(_, i)| i.is_value())
            .map(|(k, _)| k.to_owned());
        if let Some(mut key) = next.and_then(|k| table.key_mut(&k)) {
            let decor = key.leaf_decor_mut();
            let old = raw_text(decor.prefix());
            decor.set_prefix(prepend(&old, &text));
            text.clear();
        }
    }
    (Some(item), text)
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

/// The selected profile, opened for a command that stores what it made (`token create --save`, `ksc trust
/// --save`): one place that refuses when no profile is selected and writes the file back.
pub struct SelectedProfile {
    editor: Editor,
    pub name: String,
    pub path: PathBuf,
}

impl SelectedProfile {
    /// None selected: `kind` (usage or config) with `why` and `hint`, before anything else happens.
    pub fn open(
        ctx: &crate::context::Context,
        kind: Kind,
        why: &str,
        hint: &str,
    ) -> anyhow::Result<SelectedProfile> {
        let path = ctx.config_path()?;
        let Some((name, _)) = ctx.profile()? else {
            return Err(crate::error::Failure::new(kind, why).hint(hint).into());
        };
        Ok(SelectedProfile {
            editor: Editor::open(&path)?,
            name: name.to_owned(),
            path,
        })
    }

    /// Set `spec` to `raw`, checked as `profile set` checks it.
    pub fn set(&mut self, spec: &Spec, raw: &str) -> anyhow::Result<()> {
        self.editor
            .set(&self.name, spec.key, parse_value(spec, raw)?)
    }

    /// Write the file; `credential`: it now holds one, so it becomes 0600 even if it was readable before.
    pub fn save(self, credential: bool) -> anyhow::Result<()> {
        self.editor.save(credential)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> anyhow::Result<Config> {
        parse(text, Path::new("c.toml"))
    }

    fn read(c: &Config, profile: &str, key: &str) -> anyhow::Result<Option<settings::Value>> {
        c.read(&c.profiles[profile], settings::find(key).unwrap())
    }

    #[test]
    fn reads_profiles_in_table_and_dotted_forms() {
        let c = parse_str(
            "default_profile = \"lab\"\n[profiles.lab.can]\nhost = \"h:1\"\nsession_timeout = 60\n\
             [profiles.car]\novms = { server = \"s\", vehicle = \"V\" }\n",
        )
        .unwrap();
        assert_eq!(c.default_profile.as_deref(), Some("lab"));
        let text = |s: &str| Some(settings::Value::Text(s.into()));
        assert_eq!(read(&c, "lab", "can.host").unwrap(), text("h:1"));
        assert_eq!(
            read(&c, "lab", "can.session_timeout").unwrap(),
            Some(settings::Value::Int(60))
        );
        assert_eq!(read(&c, "car", "ovms.vehicle").unwrap(), text("V"));
        assert!(c.warnings.is_empty());
    }

    #[test]
    fn values_are_checked_when_read_and_errors_name_file_and_line() {
        let c = parse_str("[profiles.lab.can]\nhost = \"h\"\n\nsession_timeout = \"x\"\n").unwrap();
        let e = read(&c, "lab", "can.session_timeout")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.toml:4: can.session_timeout must be an integer"),
            "{e}"
        );
        assert!(read(&c, "lab", "can.host").is_ok());
        let c = parse_str("[profiles.lab]\ncan = 3\n").unwrap();
        let e = read(&c, "lab", "can.host").unwrap_err().to_string();
        assert_eq!(e, "c.toml:2: 'can' must be a table of settings");
        let e = parse_str("[profiles.lab\nhost=1").unwrap_err().to_string();
        assert!(e.starts_with("c.toml:1: malformed TOML"), "{e}");
    }

    #[test]
    fn unknown_keys_and_groups_are_warnings_with_the_nearest_key() {
        let c = parse_str(
            "[profiles.lab.can]\nhost = \"h\"\nhots = \"x\"\n[profiles.lab.ovsm]\nserver = \"s\"\n\
             [profiles.lab.ksc]\ntotp = \"1\"\n[profiles.lab.can.deep]\n",
        )
        .unwrap();
        assert_eq!(
            c.warnings,
            [
                "c.toml:3: unknown setting 'can.hots' in profile 'lab' ignored; did you mean can.host?",
                "c.toml:8: unknown setting 'can.deep' in profile 'lab' ignored",
                "c.toml:4: unknown group 'ovsm' in profile 'lab' ignored (groups: can, ovms, ksc); did you mean ovms?",
                "c.toml:7: ksc.totp is not kept in a profile (set FIELDCTL_KSC_TOTP instead); ignored",
            ]
        );
        assert_eq!(
            read(&c, "lab", "can.host").unwrap(),
            Some(settings::Value::Text("h".into()))
        );
    }

    #[test]
    fn relative_paths_from_the_command_line_are_made_absolute() {
        let here = Path::new("/work/here");
        assert_eq!(
            absolute(Path::new("a.dbc"), Some(here)),
            Path::new("/work/here/a.dbc")
        );
        assert_eq!(
            absolute(Path::new("/x/a.dbc"), Some(here)),
            Path::new("/x/a.dbc")
        );
        assert_eq!(
            absolute(Path::new("~/a.dbc"), Some(here)),
            Path::new("~/a.dbc")
        );
        assert_eq!(absolute(Path::new("a.dbc"), None), Path::new("a.dbc"));
    }

    #[test]
    fn editor_keeps_comments() {
        let dir = std::env::temp_dir().join(format!("fieldctl-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        std::fs::write(
            &path,
            "# mine\n[profiles.lab.can] # bench\nhost = \"a\"   # the blue one\n",
        )
        .unwrap();
        let mut ed = Editor::open(&path).unwrap();
        ed.set("lab", "can.session_timeout", 5.into()).unwrap();
        ed.set("lab", "can.host", "b".into()).unwrap();
        ed.set("car", "ovms.server", "s".into()).unwrap();
        ed.save(false).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with(
                "# mine\n[profiles.lab.can] # bench\nhost = \"b\"   # the blue one\nsession_timeout = 5\n"
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
