//! Everything a command needs, resolved once from the global options: the output layer, network options and
//! (loaded on first use, so commands that do not need it never fail on a broken file) the profile config.
//! Group settings follow one precedence: flag > environment > selected profile > built-in default.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::time::Duration;

use crate::cli::GlobalArgs;
use crate::config::{self, Config, Profile, Value};
use crate::output::{Format, Output};
use crate::transport::{self, Transport};

pub struct Context {
    pub out: Output,
    pub timeout: Duration,
    pub verbosity: u8,
    ca_cert: Option<PathBuf>,
    insecure: bool,
    max_response_bytes: u64,
    config_path: Option<PathBuf>,
    requested_profile: Option<String>,
    config: OnceCell<Config>,
}

impl Context {
    pub fn new(g: &GlobalArgs) -> Context {
        let format = if g.json {
            Format::Json
        } else {
            g.output.unwrap_or(Format::Table)
        };
        Context {
            out: Output::new(format, g.color, g.quiet, g.no_progress),
            timeout: Duration::from_secs_f64(g.timeout),
            verbosity: g.verbose,
            ca_cert: g.ca_cert.clone(),
            insecure: g.insecure,
            max_response_bytes: g.max_response_bytes,
            config_path: g.config.clone(),
            requested_profile: g.profile.clone().filter(|p| !p.is_empty()),
            config: OnceCell::new(),
        }
    }

    pub fn config_path(&self) -> anyhow::Result<PathBuf> {
        match &self.config_path {
            Some(p) => Ok(p.clone()),
            None => config::default_path(),
        }
    }

    pub fn config(&self) -> anyhow::Result<&Config> {
        if let Some(c) = self.config.get() {
            return Ok(c);
        }
        let loaded = Config::load(&self.config_path()?)?;
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

    /// A group setting from the environment, else the selected profile (the caller applies its flag first and
    /// its default last).
    pub fn setting(&self, key: &str) -> anyhow::Result<Option<Value>> {
        let spec = config::setting(key).expect("settings are declared in config::SETTINGS");
        if let Some(env) = spec.env
            && let Some(v) = std::env::var(env).ok().filter(|v| !v.is_empty())
        {
            return config::parse_value(spec, &v)
                .map(Some)
                .map_err(|e| e.context(format!("in environment variable {env}")));
        }
        Ok(self.profile()?.and_then(|(_, p)| p.get(key).cloned()))
    }

    /// The shared transport; `group_ca` is a group's profile CA (e.g. `ksc.ca_cert`), used when --ca-cert is absent.
    pub fn transport(&self, group_ca: Option<PathBuf>) -> anyhow::Result<Transport> {
        if self.insecure {
            self.out.warn("--insecure: TLS certificates are NOT verified; anyone on the network path can read and alter this traffic");
        }
        Transport::new(transport::Options {
            timeout: self.timeout,
            ca_cert: self.ca_cert.clone().or(group_ca),
            insecure: self.insecure,
            verbosity: self.verbosity,
            max_response_bytes: self.max_response_bytes,
        })
    }
}
