//! `can envvar get|set`: t-script environment variables. The type comes from kvScriptEnvvarOpen; data envvars
//! are written whole (the API cannot write part of one); the envvar is always closed again.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::api::{self, CanApi};
use super::bus::with_channel;
use super::session::{OpenOptions, with_session};
use crate::context::Context;
use crate::error::{Failure, Kind};

const TYPE_INT: u64 = 1;
const TYPE_FLOAT: u64 = 2;
const TYPE_STRING: u64 = 3;

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
    Get { name: String },
    /// Write an envvar; data envvars shorter than their size are padded with zero bytes
    Set {
        name: String,
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// VALUE is hex bytes (data envvars), e.g. 1234abcd
        #[arg(long)]
        hex: bool,
    },
}

struct Opened {
    ehnd: i64,
    kind: u64,
    size: usize,
}

fn open(api: &CanApi, sid: &str, hnd: i64, name: &str) -> anyhow::Result<Opened> {
    let r = api.call(
        Some(sid),
        "kvScriptEnvvarOpen",
        &[("hnd", hnd.to_string()), ("envvarName", name.to_owned())],
    )?;
    match api::stat_of(&r, "kvScriptEnvvarOpen")? {
        0 => {}
        // The spec names no code for an unknown envvar: a parameter error (-1), or CANlib's NOTFOUND (-3).
        stat @ (-1 | -3) => {
            let why = super::status::describe(stat);
            return Err(Failure::new(
                Kind::NotFound,
                format!("envvar '{name}' does not exist ({why})"),
            )
            .hint("envvars are declared by the scripts loaded on the device")
            .into());
        }
        stat => return Err(super::status::failure(stat, "kvScriptEnvvarOpen").into()),
    }
    Ok(Opened {
        ehnd: api::field_i64(&r, "eHnd", "kvScriptEnvvarOpen")?,
        kind: api::field_u64(&r, "envvarType", "kvScriptEnvvarOpen")?,
        size: api::field_u64(&r, "envvarSize", "kvScriptEnvvarOpen")? as usize,
    })
}

fn type_name(kind: u64) -> &'static str {
    match kind {
        TYPE_INT => "int",
        TYPE_FLOAT => "float",
        TYPE_STRING => "data",
        _ => "unknown",
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

pub fn run(
    ctx: &Context,
    api: &CanApi,
    opts: &OpenOptions,
    args: EnvvarArgs,
) -> anyhow::Result<()> {
    with_session(api, opts, |s| {
        let sid = s.id.as_str();
        with_channel(api, sid, args.channel, |hnd| {
            let name = match &args.command {
                EnvvarCommand::Get { name } | EnvvarCommand::Set { name, .. } => name.clone(),
            };
            let var = open(api, sid, hnd, &name)?;
            let e = ("eHnd", var.ehnd.to_string());
            let result = match &args.command {
                EnvvarCommand::Get { .. } => get(api, sid, &e, &var).and_then(|(value, text)| {
                    let record = json!({"name": name, "type": type_name(var.kind), "size": var.size, "value": value, "text": text});
                    Ok(ctx.out.object(&[("name", "NAME"), ("type", "TYPE"), ("size", "SIZE"), ("value", "VALUE"), ("text", "TEXT")], &record)?)
                }),
                EnvvarCommand::Set { value, hex, .. } => set(api, sid, &e, &var, &name, value, *hex),
            };
            let closed = api.ok(Some(sid), "kvScriptEnvvarClose", std::slice::from_ref(&e));
            result?;
            closed?;
            Ok(())
        })
    })
}

/// The value (number, or hex for data) and, for data, its text when it is printable UTF-8.
fn get(
    api: &CanApi,
    sid: &str,
    e: &(&str, String),
    var: &Opened,
) -> anyhow::Result<(Value, Value)> {
    match var.kind {
        TYPE_INT => {
            let r = api.ok(Some(sid), "kvScriptEnvvarGetInt", std::slice::from_ref(e))?;
            Ok((
                json!(api::field_i64(&r, "val", "kvScriptEnvvarGetInt")?),
                Value::Null,
            ))
        }
        TYPE_FLOAT => {
            let r = api.ok(Some(sid), "kvScriptEnvvarGetFloat", std::slice::from_ref(e))?;
            let v = r.get("val").and_then(Value::as_f64).ok_or_else(|| {
                Failure::new(Kind::Malformed, "kvScriptEnvvarGetFloat: no numeric 'val'")
            })?;
            Ok((json!(v), Value::Null))
        }
        TYPE_STRING => {
            let params = [
                e.clone(),
                ("startIndex", "0".into()),
                ("dataLen", var.size.to_string()),
            ];
            let r = api.ok(Some(sid), "kvScriptEnvvarGetData", &params)?;
            let hex = r
                .get("buf")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_ascii_lowercase();
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| {
                    hex.get(i..i + 2)
                        .and_then(|b| u8::from_str_radix(b, 16).ok())
                })
                .collect();
            let bytes = bytes.filter(|_| hex.len() % 2 == 0).ok_or_else(|| {
                Failure::new(Kind::Malformed, "kvScriptEnvvarGetData: 'buf' is not hex")
            })?;
            let text = std::str::from_utf8(&bytes)
                .ok()
                .map(|t| t.trim_end_matches('\0').to_owned());
            Ok((json!(hex), json!(text)))
        }
        other => Err(Failure::new(
            Kind::Malformed,
            format!("kvScriptEnvvarOpen: unknown envvar type {other}"),
        )
        .into()),
    }
}

fn set(
    api: &CanApi,
    sid: &str,
    e: &(&str, String),
    var: &Opened,
    name: &str,
    value: &str,
    hex: bool,
) -> anyhow::Result<()> {
    let usage = |m: String| -> anyhow::Error { Failure::new(Kind::Usage, m).into() };
    if hex && var.kind != TYPE_STRING {
        return Err(usage(format!(
            "--hex is for data envvars; '{name}' is {}",
            type_name(var.kind)
        )));
    }
    match var.kind {
        TYPE_INT => {
            let v: i32 = value.trim().parse().map_err(|_| {
                usage(format!(
                    "envvar '{name}' is an int: '{value}' is not a 32-bit integer"
                ))
            })?;
            api.ok(
                Some(sid),
                "kvScriptEnvvarSetInt",
                &[e.clone(), ("val", v.to_string())],
            )?;
        }
        TYPE_FLOAT => {
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
            api.ok(
                Some(sid),
                "kvScriptEnvvarSetFloat",
                &[e.clone(), ("val", v.to_string())],
            )?;
        }
        TYPE_STRING => {
            let bytes = data_bytes(value, hex, var.size, name)?;
            let mut buf = String::with_capacity(bytes.len() * 2);
            for b in &bytes {
                buf.push_str(&format!("{b:02x}"));
            }
            let params = [
                e.clone(),
                ("buf", buf),
                ("startIndex", "0".into()),
                ("dataLen", bytes.len().to_string()),
            ];
            api.ok(Some(sid), "kvScriptEnvvarSetData", &params)?;
        }
        other => {
            return Err(Failure::new(
                Kind::Malformed,
                format!("kvScriptEnvvarOpen: unknown envvar type {other}"),
            )
            .into());
        }
    }
    Ok(())
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
