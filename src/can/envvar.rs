//! `can envvar get|set`: t-script environment variables. The type comes from kvScriptEnvvarOpen; data envvars
//! are written whole (the API cannot write part of one); the envvar is always closed again.

use clap::{Args, Subcommand};
use serde_json::json;

use super::api::{CanApi, Envvar, EnvvarType, EnvvarValue};
use super::bus::with_channel;
use super::rows::EnvvarRow;
use super::session::{OpenOptions, with_session};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Prints;

#[derive(Args)]
pub struct EnvvarArgs {
    /// Channel whose handle the envvar calls use
    #[arg(long, default_value_t = 0, global = true, value_name = "N")]
    channel: u32,
    #[command(subcommand)]
    command: EnvvarCommand,
}

#[derive(Subcommand)]
enum EnvvarCommand {
    /// Read an envvar
    Get {
        /// The envvar's name, as the script declares it
        name: String,
    },
    /// Write an envvar; data envvars shorter than their size are padded with zero bytes
    Set {
        /// The envvar's name, as the script declares it
        name: String,
        /// The new value: a number (int, float envvars) or text (data envvars; hex bytes with --hex)
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// VALUE is hex bytes (data envvars), e.g. 1234abcd
        #[arg(long)]
        hex: bool,
    },
}

impl EnvvarArgs {
    pub fn prints(&self) -> Prints {
        match self.command {
            EnvvarCommand::Get { .. } => Prints::Records,
            EnvvarCommand::Set { .. } => Prints::Nothing,
        }
    }
}

/// The bytes a data envvar gets: exactly `size`, zero-padded; longer values are refused.
fn data_bytes(value: &str, hex: bool, size: usize, name: &str) -> anyhow::Result<Vec<u8>> {
    let mut bytes = if hex {
        let clean: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '.')
            .collect();
        if !clean.len().is_multiple_of(2) || !clean.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(Failure::new(
                Kind::Usage,
                format!("--hex value '{value}' is not pairs of hex digits"),
            )
            .into());
        }
        (0..clean.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&clean[i..i + 2], 16).expect("checked"))
            .collect()
    } else {
        value.as_bytes().to_vec()
    };
    if bytes.len() > size {
        return Err(Failure::new(
            Kind::Usage,
            format!(
                "envvar '{name}' holds {size} bytes; the value has {}",
                bytes.len()
            ),
        )
        .into());
    }
    bytes.resize(size, 0);
    Ok(bytes)
}

/// t-script envvar names are identifiers: an empty name, or one with blanks or control characters, names none
/// (and would be sent as an empty or broken `envvarName`).
fn check_name(name: &str) -> anyhow::Result<()> {
    let why = if name.is_empty() {
        "the name is empty"
    } else if name.chars().any(|c| c.is_control() || c.is_whitespace()) {
        "blanks and control characters are not part of an envvar name"
    } else {
        return Ok(());
    };
    Err(Failure::new(Kind::Usage, format!("envvar {name:?}: {why}"))
        .hint("give the name the script declares, e.g. `fieldctl can envvar get myenvvarint`")
        .into())
}

pub fn run(
    ctx: &Context,
    api: &CanApi,
    opts: &OpenOptions,
    args: EnvvarArgs,
) -> anyhow::Result<()> {
    let name = match &args.command {
        EnvvarCommand::Get { name } | EnvvarCommand::Set { name, .. } => name.clone(),
    };
    check_name(&name)?;
    with_session(api, opts, |s| {
        let sid = s.id.as_str();
        with_channel(api, sid, args.channel, |hnd| {
            let var = api.envvar_open(sid, hnd, &name)?;
            let result = match &args.command {
                EnvvarCommand::Get { .. } => api
                    .envvar_get(sid, &var)
                    .and_then(|value| Ok(ctx.out.row(&row(name.clone(), &var, value))?)),
                EnvvarCommand::Set { value, hex, .. } => value_for(&var, &name, value, *hex)
                    .and_then(|value| api.envvar_set(sid, &var, &value)),
            };
            let closed = api.envvar_close(sid, &var);
            result?;
            closed?;
            Ok(())
        })
    })
}

/// The record of `envvar get`: numbers as they are; data as lower-case hex, and as text when it is UTF-8.
fn row(name: String, var: &Envvar, value: EnvvarValue) -> EnvvarRow {
    let (value, text) = match value {
        EnvvarValue::Int(v) => (json!(v), None),
        EnvvarValue::Float(v) => (json!(v), None),
        EnvvarValue::Data(bytes) => {
            let mut hex = String::with_capacity(bytes.len() * 2);
            for b in &bytes {
                hex.push_str(&format!("{b:02x}"));
            }
            let text = std::str::from_utf8(&bytes)
                .ok()
                .map(|t| t.trim_end_matches('\0').to_owned());
            (json!(hex), text)
        }
    };
    EnvvarRow {
        name,
        kind: var.kind.name(),
        size: var.size,
        value,
        text,
    }
}

/// VALUE as the envvar's type needs it; a value that does not fit is a usage error.
fn value_for(var: &Envvar, name: &str, value: &str, hex: bool) -> anyhow::Result<EnvvarValue> {
    let usage = |m: String| -> anyhow::Error { Failure::new(Kind::Usage, m).into() };
    if hex && var.kind != EnvvarType::Data {
        return Err(usage(format!(
            "--hex is for data envvars; '{name}' is {}",
            var.kind.name()
        )));
    }
    Ok(match var.kind {
        EnvvarType::Int => {
            let v: i32 = value.trim().parse().map_err(|_| {
                usage(format!(
                    "envvar '{name}' is an int: '{value}' is not a 32-bit integer"
                ))
            })?;
            EnvvarValue::Int(v.into())
        }
        EnvvarType::Float => {
            let v: f32 = value
                .trim()
                .parse()
                .ok()
                .filter(|v: &f32| v.is_finite())
                .ok_or_else(|| {
                    usage(format!(
                        "envvar '{name}' is a float: '{value}' is not a number"
                    ))
                })?;
            // Through the f32's shortest text, so 0.1 is sent as 0.1 and not 0.10000000149011612.
            EnvvarValue::Float(v.to_string().parse().expect("a float's text"))
        }
        EnvvarType::Data => EnvvarValue::Data(data_bytes(value, hex, var.size, name)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_is_padded_or_refused() {
        assert_eq!(data_bytes("Hi", false, 4, "m").unwrap(), b"Hi\0\0");
        assert_eq!(
            data_bytes("12 34.ab", true, 3, "m").unwrap(),
            [0x12, 0x34, 0xab]
        );
        assert!(data_bytes("Hello", false, 4, "m").is_err());
        assert!(data_bytes("123", true, 4, "m").is_err());
    }
}
