//! `can send` (cansend syntax, several frames, periodic) and `can replay` (canplayer for candump logs).

use std::io::Read;
use std::time::{Duration, Instant};

use clap::Args;

use super::api::CanApi;
use super::bus::{self, BusArgs, BusSetup};
use super::frame::{self, Frame};
use super::session::{OpenOptions, with_session};
use super::status;
use crate::error::{Failure, Kind};
use crate::interrupt;

#[derive(Args)]
pub struct SendArgs {
    /// Frames in cansend syntax: 123#DEADBEEF, 5A1#11.22.33, 1F334455#11 (8 digits: extended), 123#R, 123#R3.
    /// `-` reads frames or candump log lines from stdin.
    #[arg(required = true, value_name = "FRAME")]
    frames: Vec<String>,
    #[command(flatten)]
    bus: BusArgs,
    /// Send the frames N times (0: until Ctrl-C)
    #[arg(long, default_value_t = 1, value_name = "N")]
    repeat: u64,
    /// Milliseconds between repetitions
    #[arg(long, default_value_t = 0, value_name = "MS")]
    interval: u64,
}

#[derive(Args)]
pub struct ReplayArgs {
    /// candump log (`(1436509052.249713) can0 123#DEADBEEF` lines); `-` reads stdin. Other lines are skipped.
    #[arg(value_name = "FILE|-")]
    file: String,
    #[command(flatten)]
    bus: BusArgs,
    /// Send at a fixed pace (--gap) instead of the log's timing
    #[arg(long)]
    ignore_timestamps: bool,
    /// Milliseconds between frames with --ignore-timestamps
    #[arg(long, default_value_t = 1.0, value_name = "MS")]
    gap: f64,
    /// Play the log N times (N ≥ 1), or `inf` (until Ctrl-C)
    #[arg(long = "loop", default_value = "1", value_name = "N|inf")]
    repeat: String,
    /// Play faster (2) or slower (0.5) than recorded
    #[arg(long, default_value_t = 1.0, value_name = "X")]
    speed: f64,
}

/// Every frame is checked before anything is sent.
fn parse_frames(args: &[String]) -> anyhow::Result<Vec<Frame>> {
    let mut frames = Vec::new();
    for (n, arg) in args.iter().enumerate() {
        if arg == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Failure::new(Kind::Config, format!("reading stdin: {e}")))?;
            for (line_no, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with("//") || line.starts_with(';') {
                    continue;
                }
                let parsed = match frame::parse_log_line(line) {
                    Some(Ok((_, _, f))) => Ok(f),
                    Some(Err(e)) => Err(e),
                    None => Frame::parse(line)
                        .map_err(|e| format!("column {}: {}", e.column, e.message)),
                };
                match parsed {
                    Ok(f) if f.error => {
                        return Err(bad(
                            line,
                            &format!("stdin line {}", line_no + 1),
                            "error frames cannot be sent",
                        ));
                    }
                    Ok(f) => frames.push(f),
                    Err(e) => return Err(bad(line, &format!("stdin line {}", line_no + 1), &e)),
                }
            }
            continue;
        }
        match Frame::parse(arg) {
            Ok(f) => frames.push(f),
            Err(e) => {
                return Err(bad(
                    arg,
                    &format!("argument {}", n + 1),
                    &format!("column {}: {}", e.column, e.message),
                ));
            }
        }
    }
    if frames.is_empty() {
        return Err(Failure::new(Kind::Usage, "no frames to send").into());
    }
    Ok(frames)
}

fn bad(text: &str, place: &str, why: &str) -> anyhow::Error {
    Failure::new(Kind::Usage, format!("bad frame '{text}' ({place}), {why}"))
        .hint("frames are ID#DATA in hex: 123#DEADBEEF (3-digit standard id), 1F334455#11 (8-digit extended id), 123#R (remote request)")
        .into()
}

/// canWrite; a full transmit buffer is waited out (the frame was not taken, so sending it again is safe).
pub fn write(api: &CanApi, session: &str, hnd: i64, f: &Frame) -> anyhow::Result<()> {
    let mut wait = Duration::from_millis(1);
    let started = Instant::now();
    while !api.write(session, hnd, f)? {
        if started.elapsed() >= Duration::from_secs(2) {
            return Err(status::failure(status::ERR_TXBUFOFL, "canWrite").into());
        }
        interrupt::check()?;
        std::thread::sleep(wait);
        wait = (wait * 2).min(Duration::from_millis(100));
    }
    Ok(())
}

pub fn send(
    ctx: &crate::context::Context,
    api: &CanApi,
    opts: &OpenOptions,
    args: SendArgs,
) -> anyhow::Result<()> {
    if args.frames.iter().any(|f| f == "-") && opts.password_stdin {
        return Err(Failure::new(
            Kind::Usage,
            "--password-stdin and frames from stdin (`-`) cannot share stdin",
        )
        .hint(format!(
            "give the password with {}",
            super::settings::PASSWORD.sources_besides_stdin()
        ))
        .into());
    }
    let frames = parse_frames(&args.frames)?;
    let keep = opts.session_timeout;
    let sent = transmit(ctx, api, opts, &args.bus, |sid, hnd| {
        let mut round = 0u64;
        loop {
            for f in &frames {
                interrupt::check()?;
                write(api, sid, hnd, f)?;
            }
            round += 1;
            if args.repeat != 0 && round >= args.repeat {
                return Ok(());
            }
            idle(api, sid, hnd, Duration::from_millis(args.interval), keep)?;
        }
    });
    // `--repeat 0` runs until stopped: Ctrl-C is its normal end.
    if args.repeat == 0 {
        crate::interrupt::until_stopped(sent)
    } else {
        sent
    }
}

/// Wait `d` without losing the session: a device ends a session after `timeout` seconds without a call, so a
/// long wait is cut into slices with a harmless canReadTimer between them. Ctrl-C ends the wait early.
fn idle(
    api: &CanApi,
    sid: &str,
    hnd: i64,
    d: Duration,
    session_timeout: u32,
) -> anyhow::Result<()> {
    let slice = Duration::from_secs_f64((f64::from(session_timeout) / 3.0).max(0.3));
    let end = Instant::now() + d;
    loop {
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() || interrupt::interrupted() {
            return Ok(());
        }
        interrupt::sleep(left.min(slice));
        if left > slice && !interrupt::interrupted() {
            api.read_timer(sid, hnd)?;
        }
    }
}

/// A session and a channel on bus for sending; `body(session, hnd)` does the writing.
fn transmit(
    ctx: &crate::context::Context,
    api: &CanApi,
    opts: &OpenOptions,
    bus: &BusArgs,
    body: impl FnOnce(&str, i64) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let (bitrate, bitrate_from) = bus.bitrate(ctx)?;
    let setup = BusSetup {
        ctx,
        channel: bus.channel,
        bitrate,
        bitrate_from,
        silent: false,
        transmits: true,
    };
    with_session(api, opts, |s| {
        bus::with_bus(api, &s.id, &setup, |_| Ok(()), |hnd| body(&s.id, hnd))
    })
}

/// Frames of a candump log with their timestamps; lines not starting with `(` are skipped, as canplayer does.
fn read_log(file: &str) -> anyhow::Result<(Vec<(f64, Frame)>, usize)> {
    let text = if file == "-" {
        let mut t = String::new();
        std::io::stdin()
            .read_to_string(&mut t)
            .map_err(|e| Failure::new(Kind::Config, format!("reading stdin: {e}")))?;
        t
    } else {
        std::fs::read_to_string(file)
            .map_err(|e| Failure::new(Kind::Config, format!("cannot read {file}: {e}")))?
    };
    let mut frames = Vec::new();
    let mut error_frames = 0;
    for (n, line) in text.lines().enumerate() {
        match frame::parse_log_line(line) {
            None => {}
            Some(Ok((_, _, f))) if f.error => error_frames += 1,
            Some(Ok((ts, _, f))) => frames.push((ts, f)),
            Some(Err(e)) => {
                return Err(Failure::new(Kind::Config, format!("{file}:{}: {e}", n + 1)).into());
            }
        }
    }
    if frames.is_empty() {
        return Err(Failure::new(
            Kind::Config,
            format!("{file}: no frames in it (expected candump -L lines)"),
        )
        .into());
    }
    Ok((frames, error_frames))
}

pub fn replay(
    ctx: &crate::context::Context,
    api: &CanApi,
    opts: &OpenOptions,
    args: ReplayArgs,
) -> anyhow::Result<()> {
    let loops = match args.repeat.as_str() {
        "inf" | "infinite" => None,
        n => Some(n.parse::<u64>().ok().filter(|&n| n > 0).ok_or_else(|| {
            Failure::new(
                Kind::Usage,
                format!("--loop {n}: expected a number of times or `inf`"),
            )
        })?),
    };
    let valid =
        args.speed > 0.0 && args.speed.is_finite() && args.gap >= 0.0 && args.gap.is_finite();
    if !valid {
        return Err(
            Failure::new(Kind::Usage, "--speed must be above 0 and --gap at least 0").into(),
        );
    }
    if args.file == "-" && opts.password_stdin {
        return Err(Failure::new(
            Kind::Usage,
            "--password-stdin and a log on stdin (`-`) cannot share stdin",
        )
        .hint(format!(
            "give the password with {}",
            super::settings::PASSWORD.sources_besides_stdin()
        ))
        .into());
    }
    let (frames, error_frames) = read_log(&args.file)?;
    if error_frames > 0 {
        ctx.out.warn(&format!(
            "skipping {error_frames} error frames: they cannot be sent"
        ));
    }
    let gap = Duration::from_secs_f64(args.gap / 1000.0);
    let keep = opts.session_timeout;
    let played = transmit(ctx, api, opts, &args.bus, |sid, hnd| {
        let mut round = 0u64;
        loop {
            let start = Instant::now();
            let t0 = frames[0].0;
            for (i, (ts, f)) in frames.iter().enumerate() {
                interrupt::check()?;
                if args.ignore_timestamps {
                    if i > 0 {
                        idle(api, sid, hnd, gap, keep)?;
                    }
                } else {
                    let due = start + Duration::from_secs_f64(((ts - t0) / args.speed).max(0.0));
                    idle(
                        api,
                        sid,
                        hnd,
                        due.saturating_duration_since(Instant::now()),
                        keep,
                    )?;
                }
                interrupt::check()?;
                write(api, sid, hnd, f)?;
            }
            round += 1;
            if loops.is_some_and(|n| round >= n) {
                return Ok(());
            }
            idle(api, sid, hnd, gap, keep)?;
        }
    });
    // `--loop inf` runs until stopped: Ctrl-C is its normal end.
    if loops.is_none() {
        crate::interrupt::until_stopped(played)
    } else {
        played
    }
}
