//! `can script …`: t-script slots (status, load from a file or the device's flash, start, stop, unload, key
//! events, printf text).

use std::time::Duration;

use super::api::{CanApi, ScriptStatus};
use super::bus::with_channel;
use super::rows::ScriptStatusRow;
use super::session::{OpenOptions, with_session};
use super::status;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::interrupt;
use crate::output::Prints;
use clap::{Args, Subcommand};

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
        /// One slot (default: every slot)
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
        /// The script slot
        #[arg(long, value_name = "N")]
        slot: u32,
        /// Start it once loaded
        #[arg(long)]
        start: bool,
    },
    /// Start the script in a slot
    Start {
        /// The script slot
        #[arg(long, value_name = "N")]
        slot: u32,
    },
    /// Stop the script in a slot
    Stop {
        /// The script slot
        #[arg(long, value_name = "N")]
        slot: u32,
        /// Stop at once (kvSCRIPT_STOP_FORCED) instead of letting on_stop run
        #[arg(long)]
        force: bool,
    },
    /// Unload the script from a slot
    Unload {
        /// The script slot
        #[arg(long, value_name = "N")]
        slot: u32,
    },
    /// Send a key event to a running script
    Event {
        /// The script slot
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
        /// The script slot
        #[arg(long, value_name = "N")]
        slot: u32,
        /// Keep printing until Ctrl-C
        #[arg(long)]
        follow: bool,
    },
}

impl ScriptArgs {
    pub fn prints(&self) -> Prints {
        match self.command {
            ScriptCommand::Status { .. } => Prints::Records,
            ScriptCommand::Text { .. } => Prints::Text,
            _ => Prints::Nothing,
        }
    }
}

fn status_row(st: &ScriptStatus) -> ScriptStatusRow {
    ScriptStatusRow {
        slot: st.slot,
        state: st.state(),
        loaded: st.loaded(),
        running: st.running(),
        status: st.flags,
    }
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
    if let ScriptCommand::Load {
        device_file: Some(name),
        ..
    } = &args.command
    {
        super::file::check_device_name(name)?;
    }
    let channel = args.channel;
    with_session(api, opts, |s| {
        let sid = s.id.as_str();
        with_channel(api, sid, channel, |hnd| {
            match &args.command {
                ScriptCommand::Status { slot: Some(slot) } => {
                    let st = slot_status(api, sid, hnd, *slot)?;
                    ctx.out.row(&status_row(&st))?;
                }
                ScriptCommand::Status { slot: None } => {
                    // Every slot: ask until the device says the slot number is out of range.
                    let mut rows = Vec::new();
                    for slot in 0..256u32 {
                        match api.script_status(sid, hnd, slot)? {
                            Some(st) => rows.push(status_row(&st)),
                            None if slot > 0 => break,
                            None => {
                                return Err(
                                    status::failure(status::ERR_PARAM, "kvScriptStatus").into()
                                );
                            }
                        }
                    }
                    ctx.out.rows(&rows)?;
                }
                ScriptCommand::Load {
                    file,
                    device_file,
                    slot,
                    start,
                } => {
                    match (file, device_file) {
                        (_, Some(df)) => api.script_load_on_device(sid, hnd, *slot, df)?,
                        (Some(path), None) => {
                            super::file::upload(
                                ctx,
                                path,
                                format!("a partly loaded script in slot {slot}"),
                                |len, body| api.script_load(sid, hnd, *slot, len, body),
                                || {
                                    api.script_unload(sid, hnd, *slot)?;
                                    Ok(format!(
                                        "the partly loaded script in slot {slot} was unloaded"
                                    ))
                                },
                            )?;
                        }
                        (None, None) => unreachable!("clap requires one"),
                    }
                    if *start {
                        api.script_start(sid, hnd, *slot)?;
                    }
                }
                ScriptCommand::Start { slot } => api.script_start(sid, hnd, *slot)?,
                ScriptCommand::Stop { slot, force } => api.script_stop(sid, hnd, *slot, *force)?,
                ScriptCommand::Unload { slot } => api.script_unload(sid, hnd, *slot)?,
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
                    api.script_send_key(sid, hnd, *slot, number)?;
                }
                ScriptCommand::Text { .. } => unreachable!("handled above"),
            }
            interrupt::check()
        })
    })
}

/// A slot's status; a slot the device does not have is exit 5.
fn slot_status(
    api: &CanApi,
    sid: &str,
    hnd: i64,
    slot: u32,
) -> anyhow::Result<super::api::ScriptStatus> {
    api.script_status(sid, hnd, slot)?.ok_or_else(|| {
        Failure::new(
            Kind::NotFound,
            format!("the device has no script slot {slot}"),
        )
        .into()
    })
}

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
            if follow && !slot_status(api, sid, hnd, slot)?.loaded() {
                // Following an empty slot is allowed (a script may be loaded next), but not in silence.
                ctx.out.warn(&format!(
                    "slot {slot} has no script loaded: waiting for one to print (Ctrl-C stops)"
                ));
            }
            api.script_subscribe_text(sid, hnd, slot, true)?;
            let result = (|| -> anyhow::Result<()> {
                let mut idle = Duration::from_millis(20);
                loop {
                    if interrupt::interrupted() {
                        return Ok(()); // Ctrl-C is the normal way to stop following
                    }
                    match api.script_get_text(sid, hnd)? {
                        Some(text) => {
                            ctx.out.text(&text)?;
                            idle = Duration::from_millis(20);
                        }
                        None if follow => {
                            interrupt::sleep(idle);
                            idle = (idle * 2).min(Duration::from_millis(250));
                        }
                        None => return Ok(()),
                    }
                }
            })();
            let unsubscribed = api.script_subscribe_text(sid, hnd, slot, false);
            let result = if follow {
                crate::interrupt::until_stopped(result)
            } else {
                result
            };
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
    fn status_rows_name_the_state() {
        let row = status_row(&ScriptStatus { slot: 1, flags: 3 });
        assert_eq!(
            (row.state, row.loaded, row.running),
            ("running", true, true)
        );
        assert_eq!(
            status_row(&ScriptStatus { slot: 0, flags: 1 }).state,
            "loaded"
        );
        assert_eq!(
            status_row(&ScriptStatus { slot: 0, flags: 0 }).state,
            "empty"
        );
    }
}
