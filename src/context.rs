//! Everything a command needs, resolved once from the global options: the output layer, network options and
//! (loaded on first use, so commands that do not need it never fail on a broken file) the profile config.
//! Group settings follow one precedence: flag > environment > selected profile > built-in default; the caller
//! applies its flag, [`Context::get`] the rest, checking a value only when it is read.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::time::Duration;

use crate::cli::GlobalArgs;
use crate::config::{self, Config, Profile};
use crate::error::{Failure, Kind};
use crate::output::Output;
use crate::settings::{FromValue, Setting, Spec, Value};
use crate::transport::{self, Transport};

pub struct Context {
    pub out: Output,
    pub timeout: Duration,
    /// `--timeout` was typed on the command line (not from FIELDCTL_TIMEOUT or the default).
    pub timeout_typed: bool,
    pub verbosity: u8,
    ca_cert: Option<PathBuf>,
    insecure: bool,
    max_response_bytes: u64,
    config_path: Option<PathBuf>,
    requested_profile: Option<String>,
    config: OnceCell<Config>,
    /// The subcommand's words (`ovms status`), for messages.
    command_words: String,
}

impl Context {
    pub fn new(g: &GlobalArgs) -> Context {
        let mut out = Output::new(g.format(), g.color, g.quiet, g.no_progress);
        out.format_explicit = g.output_on_command_line;
        Context {
            out,
            timeout: Duration::from_secs_f64(g.timeout),
            timeout_typed: g.timeout_on_command_line,
            verbosity: g.verbose,
            ca_cert: g.ca_cert.clone(),
            insecure: g.insecure,
            max_response_bytes: g.max_response_bytes,
            config_path: g.config.clone(),
            requested_profile: g.profile.clone().filter(|p| !p.is_empty()),
            config: OnceCell::new(),
            command_words: g.command_words.clone(),
        }
    }

    /// The subcommand's words as typed (`ovms status`), for messages and hints.
    pub fn command_words(&self) -> &str {
        &self.command_words
    }

    pub fn config_path(&self) -> anyhow::Result<PathBuf> {
        match &self.config_path {
            Some(p) => Ok(p.clone()),
            None => config::default_path(),
        }
    }

    /// The config file, loaded once; its warnings (unknown keys) are shown then.
    pub fn config(&self) -> anyhow::Result<&Config> {
        if let Some(c) = self.config.get() {
            return Ok(c);
        }
        let loaded = Config::load(&self.config_path()?)?;
        for warning in &loaded.warnings {
            self.out.warn(warning);
        }
        Ok(self.config.get_or_init(|| loaded))
    }

    pub fn requested_profile(&self) -> Option<&str> {
        self.requested_profile.as_deref()
    }

    /// The selected profile (`-p`/`FIELDCTL_PROFILE`, else `default_profile`); a named one that does not exist
    /// is a configuration error listing the profiles there are.
    pub fn profile(&self) -> anyhow::Result<Option<(&str, &Profile)>> {
        self.config()?.select(self.requested_profile())
    }

    /// A profile named with `-p`/`FIELDCTL_PROFILE` must exist, even for a command that reads none of its
    /// settings (`-p lab can status --host H`): a typo in its name is never silently ignored.
    pub fn check_requested_profile(&self) -> anyhow::Result<()> {
        if self.requested_profile.is_some() {
            self.profile()?;
        }
        Ok(())
    }

    /// A group setting from the environment, else the selected profile, else the embedded simulator's demo
    /// value (when the command's target is `sim`), else its default (the caller applies
    /// its flag first): `ctx.get(&can::settings::SESSION_TIMEOUT)? -> u32`. Exit 10 naming the variable or
    /// file:line when the value is not of the setting's kind.
    pub fn get<T: FromValue>(&self, setting: &Setting<T>) -> anyhow::Result<T> {
        debug_assert!(
            !setting.spec.is_secret(),
            "secrets are read through crate::secret"
        );
        Ok(T::from_value(&setting.spec, self.lookup(&setting.spec)?))
    }

    /// The untyped form of [`Context::get`], for the credential resolver.
    pub fn lookup(&self, spec: &Spec) -> anyhow::Result<Option<Value>> {
        if let Some(value) = self.env_value(spec)? {
            return spec.parse(&value).map(Some).map_err(|why| {
                Failure::new(
                    Kind::Config,
                    format!(
                        "environment variable {}: {why}",
                        spec.env.unwrap_or_default()
                    ),
                )
                .hint("fix the variable or unset it")
                .into()
            });
        }
        if let Some(value) = self.profile_value(spec)? {
            return Ok(Some(value));
        }
        // Against `sim`, its demo account comes before the built-in default.
        if let Some(demo) = crate::sim::embedded::demo_setting(spec.key) {
            return Ok(Some(spec.parse(demo).expect("demo values are valid")));
        }
        Ok(spec
            .default
            .map(|d| spec.parse(d).expect("declared defaults are valid")))
    }

    /// The raw value of the setting's variable (empty variables were removed at start).
    pub fn env_value(&self, spec: &Spec) -> anyhow::Result<Option<String>> {
        let Some(var) = spec.env else { return Ok(None) };
        match std::env::var(var) {
            Ok(v) => Ok(Some(v)),
            Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => Err(Failure::new(
                Kind::Config,
                format!("environment variable {var} is not UTF-8"),
            )
            .into()),
        }
    }

    /// The selected profile's value, checked.
    pub fn profile_value(&self, spec: &Spec) -> anyhow::Result<Option<Value>> {
        if !spec.stored() {
            return Ok(None);
        }
        match self.profile()? {
            Some((_, profile)) => self.config()?.read(profile, spec),
            None => Ok(None),
        }
    }

    /// The shared transport. `trust` is the group's part: its profile CA (used when --ca-cert is absent) and
    /// a pinned certificate (which wins over both CAs); --insecure wins over everything.
    /// The trust options given for this run (`--ca-cert`, `--insecure`): the embedded KSC simulator refuses them.
    pub fn trust_options(&self) -> [(bool, &'static str); 2] {
        [
            (self.ca_cert.is_some(), "--ca-cert"),
            (self.insecure, "--insecure"),
        ]
    }

    pub fn transport(&self, trust: transport::Trust) -> anyhow::Result<Transport> {
        if self.insecure {
            self.out.warn("--insecure: TLS certificates are NOT verified; anyone on the network path can read and alter this traffic");
        }
        Transport::new(transport::Options {
            timeout: self.timeout,
            ca_cert: self.ca_cert.clone().or(trust.ca_cert),
            insecure: self.insecure,
            pin_sha256: trust.pin_sha256,
            offers_pin: trust.offers_pin,
            verbosity: self.verbosity,
            max_response_bytes: self.max_response_bytes,
        })
    }
}
