//! `can send`: cansend syntax, several frames, periodic on an absolute schedule, and a live bridge from stdin
//! (`can dump --format log | can send -`). Shared with `can replay`: writing, waiting without losing the
//! session, and the session with its channels.

use std::io::BufRead;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::Args;

use super::api::CanApi;
use super::bus::{self, BusArgs, BusSetup};
use super::frame::{self, Frame};
use super::session::{OpenOptions, with_session};
use super::signals::DbcArg;
use super::status;
use crate::error::{Failure, Kind};
use crate::interrupt;

#[derive(Args)]
pub struct SendArgs {
    /// Frames in cansend syntax: 123#DEADBEEF, 5A1#11.22.33, 1F334455#11 (8 digits: extended), 123#R, 123#R3.
    /// `-` reads frames or candump -L log lines from stdin and sends each as its line arrives (a live bridge:
    /// `can dump --format log | can send -`); `#` comments and blank lines are skipped, a bad line stops it
    /// (exit 2, naming the line). With a database: MESSAGE SIGNAL=VALUE… (physical values or choice names;
    /// signals not given take their start value)
    #[arg(required = true, value_name = "FRAME")]
    frames: Vec<String>,
    #[command(flatten)]
    dbc: DbcArg,
    #[command(flatten)]
    bus: BusArgs,
    /// Send the frames N times (0: until Ctrl-C)
    #[arg(long, default_value_t = 1, value_name = "N")]
    repeat: u64,
    /// Period of the repetitions in milliseconds, on a fixed schedule (round n starts at start + n × MS); a
    /// round that ends after its successor's start skips that slot, counted and reported at the end (default
    /// 0; a DBC message repeats at its GenMsgCycleTime)
    #[arg(long, value_name = "MS")]
    interval: Option<u64>,
}

/// What to send, in order: frames from the command line, and stdin where `-` stands.
enum Item {
    Frame(Frame),
    Stdin,
}

/// The command-line frames are all checked before anything is sent; stdin's are checked as they arrive.
fn parse_args(args: &[String]) -> anyhow::Result<Vec<Item>> {
    let mut items = Vec::new();
    for (n, arg) in args.iter().enumerate() {
        if arg == "-" {
            items.push(Item::Stdin);
            continue;
        }
        match Frame::parse(arg) {
            Ok(f) => items.push(Item::Frame(f)),
            Err(e) => {
                return Err(bad(
                    arg,
                    &format!("argument {}", n + 1),
                    &format!("column {}: {}", e.column, e.message),
                ));
            }
        }
    }
    Ok(items)
}

/// One line of stdin: Ok(None) for what is skipped (blank, `#`, `//` and `;` comments), an error frame as
/// itself (the caller counts it), or why the line is bad.
fn parse_line(line: &str) -> Result<Option<Frame>, String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') || line.starts_with("//") || line.starts_with(';') {
        return Ok(None);
    }
    match frame::parse_log_line(line) {
        Some(Ok((_, _, f))) => Ok(Some(f)),
        Some(Err(e)) => Err(e),
        None => Frame::parse(line)
            .map(Some)
            .map_err(|e| format!("column {}: {}", e.column, e.message)),
    }
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

/// Lines of stdin from a thread, so that waiting for the next one can keep the session alive and see Ctrl-C.
/// The channel holds a few lines only: a fast writer is slowed to the device's pace, memory stays flat.
fn stdin_lines() -> mpsc::Receiver<std::io::Result<String>> {
    let (tx, rx) = mpsc::sync_channel(64);
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        loop {
            let mut line = String::new();
            match lock.read_line(&mut line) {
                Ok(0) => return,
                Ok(_) => {
                    if tx.send(Ok(line)).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
    });
    rx
}

/// Counts for the end of a send.
#[derive(Default)]
struct Sent {
    frames: u64,
    error_frames: u64,
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
    let (items, interval) = match dbc_message(ctx, &args)? {
        Some((frame, cycle)) => {
            let interval = match (args.interval, args.repeat) {
                (Some(ms), _) => ms,
                (None, 1) => 0,
                (None, _) => cycle.ok_or_else(|| super::signals::no_cycle_time(&args.frames[0]))?,
            };
            (vec![Item::Frame(frame)], interval)
        }
        None => (parse_args(&args.frames)?, args.interval.unwrap_or(0)),
    };
    let keep = KeepAlive::new(opts.session_timeout);
    let mut schedule = Schedule::new(Duration::from_millis(interval));
    let mut sent = Sent::default();
    let result = transmit(
        ctx,
        api,
        opts,
        &args.bus,
        &[args.bus.channel],
        |sid, hnds| {
            let hnd = hnds[0];
            schedule.restart(Instant::now());
            // Stdin is read once: later rounds repeat what it gave, so only then are its frames kept.
            let remember = args.repeat != 1;
            let mut frames: Vec<Frame> = Vec::new();
            let mut lines = None;
            for item in &items {
                match item {
                    Item::Frame(f) => {
                        interrupt::check()?;
                        write(api, sid, hnd, f)?;
                        sent.frames += 1;
                        if remember {
                            frames.push(f.clone());
                        }
                    }
                    Item::Stdin => {
                        let rx = lines.get_or_insert_with(stdin_lines);
                        bridge(api, sid, hnd, rx, &keep, &mut sent, |f| {
                            if remember {
                                frames.push(f.clone());
                            }
                        })?;
                    }
                }
            }
            if sent.frames == 0 {
                return Err(Failure::new(Kind::Usage, "no frames to send: stdin had none").into());
            }
            if lines.is_some() {
                // The first round went at stdin's pace: the period counts from its end.
                schedule.restart(Instant::now());
            }
            let mut round = 1u64;
            while args.repeat == 0 || round < args.repeat {
                if !schedule.period.is_zero() {
                    let due = schedule.next(Instant::now());
                    keep.wait_until(api, sid, hnd, due)?;
                }
                for f in &frames {
                    interrupt::check()?;
                    write(api, sid, hnd, f)?;
                    sent.frames += 1;
                }
                round += 1;
            }
            Ok(())
        },
    );
    if sent.error_frames > 0 {
        ctx.out.warn(&format!(
            "skipped {} error frames from stdin: they cannot be sent",
            sent.error_frames
        ));
    }
    if schedule.skipped > 0 {
        ctx.out.warn(&format!(
            "fell behind the {} ms period: {} slots skipped (a round of sends took longer than --interval)",
            interval, schedule.skipped
        ));
    }
    // `--repeat 0` and a bridge from stdin run until stopped: Ctrl-C is their normal end.
    if args.repeat == 0 || items.iter().any(|i| matches!(i, Item::Stdin)) {
        crate::interrupt::until_stopped(result)
    } else {
        result
    }
}

/// `MESSAGE SIGNAL=VALUE…` encoded with the database: when `--dbc` is given, or when a database comes from
/// FIELDCTL_CAN_DBC or the profile and the first argument is no frame (frames have a `#`, stdin is `-`).
fn dbc_message(
    ctx: &crate::context::Context,
    args: &SendArgs,
) -> anyhow::Result<Option<(Frame, Option<u64>)>> {
    let first = &args.frames[0];
    let frame_like = first.contains('#') || first == "-";
    if !args.dbc.dbc.is_empty() && frame_like {
        return Err(Failure::new(
            Kind::Usage,
            format!("with --dbc, the first argument is a message name, not '{first}'"),
        )
        .hint("send --dbc FILE MESSAGE SIGNAL=VALUE…; raw frames are sent without --dbc")
        .into());
    }
    if frame_like {
        return Ok(None);
    }
    let paths = args.dbc.paths(ctx)?;
    if paths.is_empty() {
        return Ok(None);
    }
    let (frame, cycle) = super::signals::encode(ctx, &paths, &args.frames)?;
    classic(&args.frames[0], &frame)?;
    Ok(Some((frame, cycle)))
}

/// A DBC message longer than a classic frame (CAN FD's): refused before any device is touched.
fn classic(name: &str, frame: &Frame) -> anyhow::Result<()> {
    if frame.data.len() <= 8 {
        return Ok(());
    }
    Err(Failure::new(
        Kind::Usage,
        format!(
            "{name} is {} bytes: the Kvaser REST API sends classic CAN frames of at most 8",
            frame.data.len()
        ),
    )
    .into())
}

/// Send stdin's frames as their lines arrive, until end of input; a bad line stops the bridge.
fn bridge(
    api: &CanApi,
    sid: &str,
    hnd: i64,
    rx: &mpsc::Receiver<std::io::Result<String>>,
    keep: &KeepAlive,
    sent: &mut Sent,
    mut also: impl FnMut(&Frame),
) -> anyhow::Result<()> {
    let mut line_no = 0usize;
    let mut last_call = Instant::now();
    loop {
        let line = match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(Ok(line)) => line,
            Ok(Err(e)) => {
                return Err(Failure::new(Kind::Config, format!("reading stdin: {e}")).into());
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                interrupt::check()?;
                // An idle bridge would let the device end the session: a harmless call now and then.
                if last_call.elapsed() >= keep.slice {
                    api.read_timer(sid, hnd)?;
                    last_call = Instant::now();
                }
                continue;
            }
        };
        line_no += 1;
        let f = match parse_line(&line) {
            Ok(None) => continue,
            Ok(Some(f)) if f.error => {
                sent.error_frames += 1;
                continue;
            }
            Ok(Some(f)) => f,
            Err(e) => {
                let why = format!(
                    "{e}; {} frame{} sent before it",
                    sent.frames,
                    if sent.frames == 1 { " was" } else { "s were" }
                );
                return Err(bad(line.trim(), &format!("stdin line {line_no}"), &why));
            }
        };
        interrupt::check()?;
        write(api, sid, hnd, &f)?;
        last_call = Instant::now();
        sent.frames += 1;
        also(&f);
    }
}

/// A period on an absolute schedule: slot n is due at start + n × period, whatever the round trips took.
pub struct Schedule {
    start: Instant,
    pub period: Duration,
    slot: u64,
    /// Slots that had passed before the previous round ended: skipped, never sent late in a burst.
    pub skipped: u64,
}

impl Schedule {
    pub fn new(period: Duration) -> Schedule {
        Schedule::starting(Instant::now(), period)
    }

    fn starting(start: Instant, period: Duration) -> Schedule {
        Schedule {
            start,
            period,
            slot: 0,
            skipped: 0,
        }
    }

    /// Slot 0 is `start`: the first round.
    pub fn restart(&mut self, start: Instant) {
        self.start = start;
        self.slot = 0;
    }

    fn at(&self, slot: u64) -> Instant {
        let nanos = self.period.as_nanos() * u128::from(slot);
        self.start + Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
    }

    /// When the next round is due, seen at `now`: the next slot still ahead (or now exactly).
    pub fn next(&mut self, now: Instant) -> Instant {
        self.slot += 1;
        if self.at(self.slot) < now && !self.period.is_zero() {
            let behind = (now - self.start).as_nanos();
            let first_ahead = behind.div_ceil(self.period.as_nanos()) as u64;
            self.skipped += first_ahead - self.slot;
            self.slot = first_ahead;
        }
        self.at(self.slot)
    }
}

/// Waiting without losing the session: a device ends a session after its timeout without a call, so a long
/// wait is cut into slices with a harmless canReadTimer between them. Ctrl-C ends a wait early.
pub struct KeepAlive {
    slice: Duration,
}

impl KeepAlive {
    pub fn new(session_timeout: u32) -> KeepAlive {
        KeepAlive {
            slice: Duration::from_secs_f64((f64::from(session_timeout) / 3.0).max(0.3)),
        }
    }

    pub fn wait(&self, api: &CanApi, sid: &str, hnd: i64, d: Duration) -> anyhow::Result<()> {
        self.wait_until(api, sid, hnd, Instant::now() + d)
    }

    pub fn wait_until(
        &self,
        api: &CanApi,
        sid: &str,
        hnd: i64,
        end: Instant,
    ) -> anyhow::Result<()> {
        loop {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() || interrupt::interrupted() {
                return Ok(());
            }
            interrupt::sleep(left.min(self.slice));
            if left > self.slice && !interrupt::interrupted() {
                api.read_timer(sid, hnd)?;
            }
        }
    }
}

/// A session and the channels for sending, on bus in this order; `body(session, handles)` does the writing.
pub fn transmit(
    ctx: &crate::context::Context,
    api: &CanApi,
    opts: &OpenOptions,
    bus: &BusArgs,
    channels: &[u32],
    body: impl FnOnce(&str, &[i64]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let (bitrate, bitrate_from) = bus.bitrate(ctx)?;
    let setups: Vec<BusSetup> = channels
        .iter()
        .map(|&channel| BusSetup {
            ctx,
            channel,
            bitrate: bitrate.clone(),
            bitrate_from,
            silent: false,
            transmits: true,
        })
        .collect();
    let mut body = Some(body);
    with_session(api, opts, |s| {
        on_buses(api, &s.id, &setups, &mut Vec::new(), &mut |hnds| {
            (body.take().expect("called once"))(&s.id, hnds)
        })
    })
}

/// Each channel on bus inside the previous one's, so every one comes off bus and is closed however it ends.
fn on_buses(
    api: &CanApi,
    sid: &str,
    setups: &[BusSetup],
    hnds: &mut Vec<i64>,
    body: &mut dyn FnMut(&[i64]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match setups.split_first() {
        None => body(hnds),
        Some((setup, rest)) => bus::with_bus(
            api,
            sid,
            setup,
            |_| Ok(()),
            |hnd| {
                hnds.push(hnd);
                on_buses(api, sid, rest, hnds, body)
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_is_absolute_and_skips_what_it_missed() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut s = Schedule::starting(t0, ms(10));
        // Round trips of 3 ms do not add up: slots stay at multiples of 10 ms.
        assert_eq!(s.next(t0 + ms(3)), t0 + ms(10));
        assert_eq!(s.next(t0 + ms(13)), t0 + ms(20));
        // A round that ended at 47 ms missed slots 3 and 4: the next is slot 5, never a burst of late ones.
        assert_eq!(s.next(t0 + ms(47)), t0 + ms(50));
        assert_eq!(s.skipped, 2);
        // Ending exactly on a slot is on time.
        assert_eq!(s.next(t0 + ms(60)), t0 + ms(60));
        assert_eq!(s.skipped, 2);
    }

    #[test]
    fn stdin_lines() {
        assert_eq!(parse_line("  # comment").unwrap(), None);
        assert_eq!(parse_line("\n").unwrap(), None);
        assert_eq!(parse_line("; c").unwrap(), None);
        assert_eq!(
            parse_line("123#01\n").unwrap(),
            Some(Frame::data(0x123, false, &[1]))
        );
        assert_eq!(
            parse_line("(1.5) can1 00000456#0203 R").unwrap(),
            Some(Frame::data(0x456, true, &[2, 3]))
        );
        assert!(
            parse_line("(1.5) can1 20000080#0000000000000000")
                .unwrap()
                .unwrap()
                .error
        );
        assert!(
            parse_line("123#0")
                .unwrap_err()
                .starts_with("column 5: odd")
        );
    }
}
