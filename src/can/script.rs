//! `can script …`: t-script slots (status, load from a file or the device's flash, start, stop, unload, key
//! events, printf text).

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::json;

use super::api::{self, CanApi};
use super::bus::with_channel;
use super::session::{OpenOptions, with_session};
use super::status;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::interrupt;

const STATUS_LOADED: u64 = 1;
const STATUS_RUNNING: u64 = 2;
const REQUEST_TEXT_UNSUBSCRIBE: u32 = 1;
const REQUEST_TEXT_SUBSCRIBE: u32 = 2;
const EVENT_TYPE_KEY: u32 = 1;

#[derive(Args)]
pub struct ScriptArgs {
    /// Channel whose handle the script calls use
    #[arg(long, default_value_t = 0, global = true, value_name = "N")]
    channel: u32,
    #[command(subcommand)]
    command: ScriptCommand,
}

#[derive(Subcommand)]
enum ScriptCommand {
    /// Loaded/running state of one slot, or of every slot
    Status {
        #[arg(long, value_name = "N")]
        slot: Option<u32>,
    },
    /// Load a compiled script (.txe) from a local file or from the device's flash
    Load {
        /// Local .txe file to upload
        #[arg(
            required_unless_present = "device_file",
            conflicts_with = "device_file"
        )]
        file: Option<std::path::PathBuf>,
        /// A file already on the device, e.g. F:/myscript.txe
        #[arg(long, value_name = "F:/NAME")]
        device_file: Option<String>,
        #[arg(long, value_name = "N")]
        slot: u32,
        /// Start it once loaded
        #[arg(long)]
        start: bool,
    },
    /// Start the script in a slot
    Start {
        #[arg(long, value_name = "N")]
        slot: u32,
    },
    /// Stop the script in a slot
    Stop {
        #[arg(long, value_name = "N")]
        slot: u32,
        /// Stop at once (kvSCRIPT_STOP_FORCED) instead of letting on_stop run
        #[arg(long)]
        force: bool,
    },
    /// Unload the script from a slot
    Unload {
        #[arg(long, value_name = "N")]
        slot: u32,
    },
    /// Send a key event to a running script
    Event {
        #[arg(long, value_name = "N")]
        slot: u32,
        /// The key, one character
        #[arg(
            long,
            value_name = "CHAR",
            required_unless_present = "event",
            conflicts_with = "event"
        )]
        key: Option<String>,
        /// The event number
        #[arg(long, value_name = "N")]
        event: Option<u32>,
    },
    /// Print the script's printf output (subscribe, read, unsubscribe)
    Text {
        #[arg(long, value_name = "N")]
        slot: u32,
        /// Keep printing until Ctrl-C
        #[arg(long)]
        follow: bool,
    },
}

fn slot_param(slot: u32) -> (&'static str, String) {
    ("slotNo", slot.to_string())
}

/// kvScriptStatus's flags; the spec names the field both `scriptStatus` and `status`.
fn script_status(reply: &serde_json::Value) -> anyhow::Result<u64> {
    reply
        .get("scriptStatus")
        .or_else(|| reply.get("status"))
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| {
            Failure::new(
                Kind::Malformed,
                "kvScriptStatus: the reply has neither 'scriptStatus' nor 'status'",
            )
            .into()
        })
}

fn status_record(slot: u32, flags: u64) -> serde_json::Value {
    let state = if flags & STATUS_RUNNING != 0 {
        "running"
    } else if flags & STATUS_LOADED != 0 {
        "loaded"
    } else {
        "empty"
    };
    json!({"slot": slot, "state": state, "loaded": flags & STATUS_LOADED != 0, "running": flags & STATUS_RUNNING != 0, "status": flags})
}

pub fn run(
    ctx: &Context,
    api: &CanApi,
    opts: &OpenOptions,
    args: ScriptArgs,
) -> anyhow::Result<()> {
    if let ScriptCommand::Text { slot, follow } = args.command {
        return text(ctx, api, opts, args.channel, slot, follow);
    }
    if let ScriptCommand::Load {
        file: Some(path), ..
    } = &args.command
    {
        super::file::check_upload(path)?;
    }
    let channel = args.channel;
    with_session(api, opts, |s| {
        let sid = s.id.as_str();
        with_channel(api, sid, channel, |hnd| {
            let h = ("hnd", hnd.to_string());
            match &args.command {
                ScriptCommand::Status { slot: Some(slot) } => {
                    let r = api.ok(Some(sid), "kvScriptStatus", &[h.clone(), slot_param(*slot)])?;
                    ctx.out
                        .object(&STATUS_COLUMNS, &status_record(*slot, script_status(&r)?))?;
                }
                ScriptCommand::Status { slot: None } => {
                    // Every slot: ask until the device says the slot number is out of range.
                    let mut rows = Vec::new();
                    for slot in 0..256u32 {
                        let r =
                            api.call(Some(sid), "kvScriptStatus", &[h.clone(), slot_param(slot)])?;
                        match api::stat_of(&r, "kvScriptStatus")? {
                            status::OK => rows.push(status_record(slot, script_status(&r)?)),
                            status::ERR_PARAM if slot > 0 => break,
                            stat => return Err(status::failure(stat, "kvScriptStatus").into()),
                        }
                    }
                    ctx.out.list(&STATUS_COLUMNS, &rows)?;
                }
                ScriptCommand::Load {
                    file,
                    device_file,
                    slot,
                    start,
                } => {
                    match (file, device_file) {
                        (_, Some(df)) => {
                            let params = [h.clone(), slot_param(*slot), ("localFile", df.clone())];
                            api.ok_device_file(sid, "kvScriptLoadFileOnDevice", &params, df)?;
                        }
                        (Some(path), None) => {
                            let params = [h.clone(), slot_param(*slot)];
                            super::file::upload(
                                ctx,
                                api,
                                sid,
                                super::file::Upload {
                                    function: "kvScriptLoadFile",
                                    params: &params,
                                    local: path,
                                    remote: format!("a partly loaded script in slot {slot}"),
                                },
                                || api.ok(Some(sid), "kvScriptUnload", &params).map(drop),
                            )?;
                        }
                        (None, None) => unreachable!("clap requires one"),
                    }
                    if *start {
                        api.ok(Some(sid), "kvScriptStart", &[h.clone(), slot_param(*slot)])?;
                    }
                }
                ScriptCommand::Start { slot } => {
                    api.ok(Some(sid), "kvScriptStart", &[h.clone(), slot_param(*slot)])?;
                }
                ScriptCommand::Stop { slot, force } => {
                    let mode = if *force { "-9" } else { "0" };
                    api.ok(
                        Some(sid),
                        "kvScriptStop",
                        &[h.clone(), slot_param(*slot), ("mode", mode.into())],
                    )?;
                }
                ScriptCommand::Unload { slot } => {
                    api.ok(Some(sid), "kvScriptUnload", &[h.clone(), slot_param(*slot)])?;
                }
                ScriptCommand::Event { slot, key, event } => {
                    let number = match (key, event) {
                        (Some(k), _) => {
                            let mut chars = k.chars();
                            match (chars.next(), chars.next()) {
                                (Some(c), None) => c as u32,
                                _ => {
                                    return Err(Failure::new(
                                        Kind::Usage,
                                        format!("--key '{k}': give exactly one character"),
                                    )
                                    .into());
                                }
                            }
                        }
                        (None, Some(n)) => *n,
                        (None, None) => unreachable!("clap requires one"),
                    };
                    api.ok(
                        Some(sid),
                        "kvScriptSendEvent",
                        &[
                            h.clone(),
                            slot_param(*slot),
                            ("eventType", EVENT_TYPE_KEY.to_string()),
                            ("eventNo", number.to_string()),
                        ],
                    )?;
                }
                ScriptCommand::Text { .. } => unreachable!("handled above"),
            }
            interrupt::check()
        })
    })
}

const STATUS_COLUMNS: [crate::output::Column; 3] =
    [("slot", "SLOT"), ("state", "STATE"), ("status", "STATUS")];

/// Subscribe to a slot's printf output, print it as it comes, and always unsubscribe.
fn text(
    ctx: &Context,
    api: &CanApi,
    opts: &OpenOptions,
    channel: u32,
    slot: u32,
    follow: bool,
) -> anyhow::Result<()> {
    with_session(api, opts, |s| {
        let sid = s.id.as_str();
        with_channel(api, sid, channel, |hnd| {
            let h = ("hnd", hnd.to_string());
            let sub = |request: u32| {
                api.ok(
                    Some(sid),
                    "kvScriptRequestText",
                    &[
                        h.clone(),
                        ("slot", slot.to_string()),
                        ("request", request.to_string()),
                    ],
                )
            };
            sub(REQUEST_TEXT_SUBSCRIBE)?;
            let result = (|| -> anyhow::Result<()> {
                let mut idle = Duration::from_millis(20);
                loop {
                    if interrupt::interrupted() {
                        return Ok(()); // Ctrl-C is the normal way to stop following
                    }
                    let r = api.call(Some(sid), "kvScriptGetText", std::slice::from_ref(&h))?;
                    match api::stat_of(&r, "kvScriptGetText")? {
                        status::OK => {
                            let buf = r.get("buf").and_then(|b| b.as_str()).unwrap_or("");
                            ctx.out.text(buf)?;
                            idle = Duration::from_millis(20);
                        }
                        status::ERR_NOMSG if follow => {
                            interrupt::sleep(idle);
                            idle = (idle * 2).min(Duration::from_millis(250));
                        }
                        status::ERR_NOMSG => return Ok(()),
                        stat => return Err(status::failure(stat, "kvScriptGetText").into()),
                    }
                }
            })();
            let unsubscribed = sub(REQUEST_TEXT_UNSUBSCRIBE);
            result?;
            unsubscribed?;
            Ok(())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_field_has_two_names() {
        assert_eq!(
            script_status(&json!({"stat":0,"scriptStatus":3})).unwrap(),
            3
        );
        assert_eq!(script_status(&json!({"stat":0,"status":1})).unwrap(), 1);
        assert!(script_status(&json!({"stat":0})).is_err());
        assert_eq!(status_record(0, 3)["state"], "running");
    }
}
