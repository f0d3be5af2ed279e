//! `fieldctl can`: Kvaser CAN interfaces through their JSON REST API.

pub mod api;
mod session;
pub mod status;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Kind, fail};
use api::CanApi;
use session::{OpenOptions, with_session};

#[derive(Args)]
pub struct CanArgs {
    #[command(flatten)]
    conn: Connection,
    #[command(subcommand)]
    command: CanCommand,
}

/// Connection options, accepted anywhere after `can`.
#[derive(Args, Clone)]
struct Connection {
    /// Device address HOST[:PORT] (port 8080 by default) [env: FIELDCTL_CAN_HOST; profile: can.host]
    #[arg(long, global = true, value_name = "HOST[:PORT]")]
    host: Option<String>,
    /// Session inactivity timeout in seconds, 1..=86399 (default 30) [env: FIELDCTL_CAN_SESSION_TIMEOUT]
    #[arg(long, global = true, value_name = "SECS", value_parser = clap::value_parser!(u32).range(1..=86399))]
    session_timeout: Option<u32>,
    /// Read the device password from the first line of stdin
    #[arg(long, global = true)]
    password_stdin: bool,
}

#[derive(Subcommand)]
enum CanCommand {
    /// Show whether the device is free, and who holds it
    Status,
    /// Read the device timer (canReadTimer)
    Timer {
        #[arg(long, default_value_t = 0)]
        channel: u32,
    },
    /// Call any REST function; the session is inserted for session functions. Prints the JSON reply.
    Raw {
        /// Function name, e.g. kvFileGetCount
        function: String,
        /// Parameters as key=value
        params: Vec<String>,
    },
}

/// The connection settings, resolved once: flag > env > profile > default.
struct Settings {
    host: String,
    session_timeout: u32,
    password_stdin: bool,
}

impl Settings {
    fn resolve(ctx: &Context, conn: &Connection) -> anyhow::Result<Settings> {
        let host = match &conn.host {
            Some(h) => h.clone(),
            None => match ctx.setting("can.host")? {
                Some(v) => v.to_string(),
                None => {
                    return Err(crate::error::Failure::new(Kind::Usage, "no device given")
                        .hint("use --host HOST[:PORT], set FIELDCTL_CAN_HOST, or `fieldctl profile set NAME can.host HOST`")
                        .into());
                }
            },
        };
        let session_timeout = match conn.session_timeout {
            Some(t) => t,
            None => match ctx.setting("can.session_timeout")? {
                Some(crate::config::Value::Int(t)) => t as u32,
                _ => 30,
            },
        };
        Ok(Settings {
            host,
            session_timeout,
            password_stdin: conn.password_stdin,
        })
    }
}

/// Functions that work without a session.
const SESSIONLESS: [&str; 3] = ["deviceStatus", "canInitializeLibrary", "canUnloadLibrary"];

pub fn run(ctx: &Context, args: CanArgs) -> anyhow::Result<()> {
    let settings = Settings::resolve(ctx, &args.conn)?;
    let transport = ctx.transport(None)?;
    let api = CanApi::new(&transport, &settings.host);
    let opts = OpenOptions {
        session_timeout: settings.session_timeout,
        password_stdin: settings.password_stdin,
        ctx,
    };
    match args.command {
        CanCommand::Status => {
            let st = api.device_status()?;
            let record = json!({
                "usage": st.usage,
                "state": st.usage_text(),
                "timeout": st.timeout,
                "ip": st.ip,
            });
            ctx.out.object(
                &[
                    ("state", "STATE"),
                    ("usage", "USAGE"),
                    ("ip", "HOLDER IP"),
                    ("timeout", "SECONDS LEFT"),
                ],
                &record,
            )?;
        }
        CanCommand::Timer { channel } => {
            let time = with_session(&api, &opts, |s| {
                let hnd = open_channel(&api, &s.id, channel)?;
                let result = api.ok(Some(&s.id), "canReadTimer", &[("hnd", hnd.to_string())]);
                close_channel(&api, &s.id, hnd, result)
            })?;
            let time = api::field_u64(&time, "time", "canReadTimer")?;
            ctx.out
                .object(&[("time", "TIME")], &json!({"time": time}))?;
        }
        CanCommand::Raw { function, params } => {
            let mut pairs = Vec::new();
            for p in &params {
                match p.split_once('=') {
                    Some((k, v)) if !k.is_empty() => pairs.push((k, v.to_owned())),
                    _ => return fail(Kind::Usage, format!("parameter '{p}' is not key=value")),
                }
            }
            let reply: Value = if SESSIONLESS.contains(&function.as_str()) {
                api.call(None, &function, &pairs)?
            } else {
                with_session(&api, &opts, |s| api.call(Some(&s.id), &function, &pairs))?
            };
            let stat = api::stat_of(&reply, &function).ok();
            crate::output::write_raw(
                format!("{}\n", serde_json::to_string_pretty(&reply)?).as_bytes(),
            )?;
            if let Some(stat) = stat.filter(|&s| s != status::OK) {
                return Err(status::failure(stat, &function).into());
            }
        }
    }
    Ok(())
}

fn open_channel(api: &CanApi, session: &str, channel: u32) -> anyhow::Result<i64> {
    let r = api.ok(
        Some(session),
        "canOpenChannel",
        &[("channel", channel.to_string()), ("flags", "0".into())],
    )?;
    api::field_i64(&r, "hnd", "canOpenChannel")
}

/// Close `hnd` whatever `result` was; the first error wins.
fn close_channel<T>(
    api: &CanApi,
    session: &str,
    hnd: i64,
    result: anyhow::Result<T>,
) -> anyhow::Result<T> {
    let closed = api.ok(Some(session), "canClose", &[("hnd", hnd.to_string())]);
    let value = result?;
    closed?;
    Ok(value)
}
