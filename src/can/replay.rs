//! `can replay` (canplayer): a candump, Vector ASC/BLF or python-can CSV log, streamed (memory stays flat in the
//! log's size), with its timing or at a fixed pace, its channels mapped to the device's.

use std::io::BufRead;
use std::time::{Duration, Instant};

use clap::Args;

use super::api::CanApi;
use super::formats;
use super::frame::{self, Frame};
use super::send::{KeepAlive, transmit, write};
use super::session::OpenOptions;
use crate::error::{Failure, Kind};
use crate::interrupt;

#[derive(Args)]
pub struct ReplayArgs {
    /// candump log (`(1436509052.249713) can0 123#DEADBEEF` lines; other lines are skipped), Vector ASC or BLF, or
    /// python-can CSV (by extension or content); `-` reads a candump log from stdin.
    #[arg(value_name = "FILE|-")]
    file: String,
    #[command(flatten)]
    bus: super::bus::BusArgs,
    /// Send the log's channel LOG (its interface name, e.g. can1) on the device's channel N, as canplayer's
    /// can1=can0 does (repeatable); frames of channels not named are skipped. Without it every frame goes on
    /// --channel
    #[arg(long = "map", value_name = "LOG=N", conflicts_with = "channel")]
    map: Vec<String>,
    /// Send at a fixed pace (--gap) instead of the log's timing
    #[arg(long)]
    ignore_timestamps: bool,
    /// Milliseconds between frames with --ignore-timestamps (a fixed schedule: frame n at start + n × MS)
    #[arg(long, default_value_t = 1.0, value_name = "MS")]
    gap: f64,
    /// Play the log N times (N ≥ 1), or `inf` (until Ctrl-C); a log on stdin plays once
    #[arg(long = "loop", default_value = "1", value_name = "N|inf")]
    repeat: String,
    /// Play faster (2) or slower (0.5) than recorded
    #[arg(long, default_value_t = 1.0, value_name = "X")]
    speed: f64,
}

/// A frame is late when it goes out more than this after its time; the schedule then slips by the lateness, so
/// the frames after it keep their gaps instead of going out in a burst.
const LATE: Duration = Duration::from_millis(1);

/// One frame of a log, with the line it came from.
pub struct LogFrame {
    pub ts: f64,
    pub iface: String,
    pub frame: Frame,
}

/// A log streamed: a candump log one line at a time (one line buffer and the reader's, whatever the log's
/// size), or a Vector ASC/BLF or python-can CSV log through `formats::open`'s streaming reader.
pub struct LogReader {
    name: String,
    source: Source,
}

enum Source {
    Candump {
        input: Box<dyn BufRead>,
        line: String,
        line_no: usize,
    },
    /// Its errors already name the place (`line 12: …`, `object 40: …`).
    Other(formats::Records),
}

impl LogReader {
    pub fn open(file: &str) -> anyhow::Result<LogReader> {
        let name = if file == "-" {
            "stdin".into()
        } else {
            file.into()
        };
        // .asc/.blf/.csv, or a file that reads as one; stdin is always a candump log.
        if let Some(records) = formats::open(file)? {
            return Ok(LogReader {
                name,
                source: Source::Other(records),
            });
        }
        let input: Box<dyn BufRead> = if file == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            let f = std::fs::File::open(file)
                .map_err(|e| Failure::new(Kind::Config, format!("cannot read {file}: {e}")))?;
            Box::new(std::io::BufReader::with_capacity(64 << 10, f))
        };
        Ok(LogReader {
            name,
            source: Source::Candump {
                input,
                line: String::new(),
                line_no: 0,
            },
        })
    }

    /// What an empty log was expected to hold, for the message.
    fn expected(&self) -> &'static str {
        match self.source {
            Source::Candump { .. } => " (expected candump -L lines)",
            Source::Other(_) => "",
        }
    }
}

impl Iterator for LogReader {
    type Item = anyhow::Result<LogFrame>;

    fn next(&mut self) -> Option<Self::Item> {
        let (input, line, line_no) = match &mut self.source {
            Source::Candump {
                input,
                line,
                line_no,
            } => (input, line, line_no),
            Source::Other(records) => {
                return records.next().map(|r| match r {
                    Ok((ts, iface, frame)) => Ok(LogFrame { ts, iface, frame }),
                    Err(e) => Err(Failure::new(Kind::Config, format!("{}: {e}", self.name)).into()),
                });
            }
        };
        loop {
            line.clear();
            match input.read_line(line) {
                Ok(0) => return None,
                Ok(_) => *line_no += 1,
                Err(e) => {
                    let msg = format!("{}:{}: {e}", self.name, *line_no + 1);
                    return Some(Err(Failure::new(Kind::Config, msg).into()));
                }
            }
            // Lines not starting with `(` are skipped, as canplayer does.
            match frame::parse_log_line(line) {
                None => continue,
                Some(Ok((ts, iface, frame))) => return Some(Ok(LogFrame { ts, iface, frame })),
                Some(Err(e)) => {
                    let msg = format!("{}:{}: {e}", self.name, line_no);
                    return Some(Err(Failure::new(Kind::Config, msg).into()));
                }
            }
        }
    }
}

/// `--map LOG=N`: the log's interface names and the device channel each goes to.
struct ChannelMap {
    routes: Vec<(String, usize)>,
    /// The device channels to open, in order; `routes` index into them.
    channels: Vec<u32>,
}

impl ChannelMap {
    fn parse(specs: &[String], default: u32) -> anyhow::Result<ChannelMap> {
        let mut map = ChannelMap {
            routes: Vec::new(),
            channels: Vec::new(),
        };
        if specs.is_empty() {
            map.channels.push(default);
            return Ok(map);
        }
        for spec in specs {
            let bad = |why: &str| {
                Failure::new(Kind::Usage, format!("--map {spec}: {why}"))
                    .hint("--map LOG=N sends the log's channel LOG on the device's channel N, e.g. --map can1=0")
            };
            let (log, dev) = spec.split_once('=').ok_or_else(|| bad("expected LOG=N"))?;
            if log.is_empty() {
                return Err(bad("no log channel before '='").into());
            }
            let n = dev.strip_prefix("can").unwrap_or(dev);
            let Ok(channel) = n.parse::<u32>() else {
                return Err(bad(&format!("'{dev}' is not a device channel number")).into());
            };
            if map.routes.iter().any(|(l, _)| l == log) {
                return Err(bad(&format!("{log} is mapped twice")).into());
            }
            let k = match map.channels.iter().position(|&c| c == channel) {
                Some(k) => k,
                None => {
                    map.channels.push(channel);
                    map.channels.len() - 1
                }
            };
            map.routes.push((log.to_owned(), k));
        }
        Ok(map)
    }

    /// Which of `channels` a log interface goes to; None: not mapped, skipped.
    fn route(&self, iface: &str) -> Option<usize> {
        if self.routes.is_empty() {
            return Some(0);
        }
        self.routes
            .iter()
            .find(|(l, _)| l == iface)
            .map(|(_, k)| *k)
    }
}

#[derive(Default)]
struct Played {
    frames: u64,
    error_frames: u64,
    unmapped: u64,
    late: u64,
    slipped: Duration,
}

/// What a log holds, read once before anything is sent (a bad line is found before the first frame goes out).
fn survey(file: &str, map: &ChannelMap) -> anyhow::Result<Played> {
    let mut seen = Played::default();
    let mut unmapped_names: Vec<String> = Vec::new();
    let mut log = LogReader::open(file)?;
    for entry in log.by_ref() {
        let e = entry?;
        if e.frame.error {
            seen.error_frames += 1;
        } else if map.route(&e.iface).is_none() {
            seen.unmapped += 1;
            if !unmapped_names.contains(&e.iface) {
                unmapped_names.push(e.iface);
            }
        } else {
            seen.frames += 1;
        }
    }
    if seen.frames == 0 {
        let why = if seen.unmapped > 0 {
            format!(
                "--map names none of its channels ({})",
                unmapped_names.join(", ")
            )
        } else {
            format!("no frames in it{}", log.expected())
        };
        return Err(Failure::new(Kind::Config, format!("{file}: {why}")).into());
    }
    Ok(seen)
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
    let stdin = args.file == "-";
    if stdin && opts.password_stdin {
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
    if stdin && loops != Some(1) {
        return Err(Failure::new(
            Kind::Usage,
            "--loop: a log on stdin can be played only once",
        )
        .hint("save it to a file and replay that")
        .into());
    }
    let map = ChannelMap::parse(&args.map, args.bus.channel)?;
    if !stdin {
        let seen = survey(&args.file, &map)?;
        skipped_notes(ctx, &seen);
    }
    let gap = Duration::from_secs_f64(args.gap / 1000.0);
    let keep = KeepAlive::new(opts.session_timeout);
    let mut played = Played::default();
    let started = Instant::now();
    let result = transmit(ctx, api, opts, &args.bus, &map.channels, |sid, hnds| {
        let mut round = 0u64;
        loop {
            let mut origin = Instant::now();
            let mut t0 = None;
            let mut n = 0u32;
            for entry in LogReader::open(&args.file)? {
                let e = entry?;
                let first = round == 0;
                if e.frame.error {
                    played.error_frames += u64::from(first);
                    continue;
                }
                let Some(k) = map.route(&e.iface) else {
                    played.unmapped += u64::from(first);
                    continue;
                };
                let offset = if args.ignore_timestamps {
                    gap * n
                } else {
                    let t0 = *t0.get_or_insert(e.ts);
                    Duration::from_secs_f64(((e.ts - t0) / args.speed).max(0.0))
                };
                let due = origin + offset;
                keep.wait_until(api, sid, hnds[0], due)?;
                let now = Instant::now();
                // `--gap 0` has no schedule to be late for.
                let timed = !(args.ignore_timestamps && gap.is_zero());
                if timed && now > due + LATE {
                    played.late += 1;
                    played.slipped += now - due;
                    origin += now - due;
                }
                interrupt::check()?;
                write(api, sid, hnds[k], &e.frame)?;
                played.frames += 1;
                n = n.saturating_add(1);
            }
            round += 1;
            if loops.is_some_and(|n| round >= n) {
                return Ok(());
            }
            keep.wait(api, sid, hnds[0], gap)?;
        }
    });
    if stdin {
        skipped_notes(ctx, &played);
    }
    if result.is_ok() || interrupt::interrupted() {
        summary(ctx, &played, started.elapsed());
    }
    // `--loop inf` runs until stopped: Ctrl-C is its normal end.
    if loops.is_none() {
        crate::interrupt::until_stopped(result)
    } else {
        result
    }
}

fn skipped_notes(ctx: &crate::context::Context, seen: &Played) {
    if seen.error_frames > 0 {
        ctx.out.warn(&format!(
            "skipping {} error frames: they cannot be sent",
            seen.error_frames
        ));
    }
    if seen.unmapped > 0 {
        ctx.out.warn(&format!(
            "skipping {} frames of log channels --map does not name",
            seen.unmapped
        ));
    }
}

/// As `dump` ends: `fieldctl: 6 frames sent in 0.0 s (…), 0 late`.
fn summary(ctx: &crate::context::Context, p: &Played, took: Duration) {
    let secs = took.as_secs_f64();
    let late = if p.late > 0 {
        format!(
            ", {} late (the schedule slipped {:.1} ms: the device took longer than the log's gaps)",
            p.late,
            p.slipped.as_secs_f64() * 1000.0
        )
    } else {
        ", 0 late".into()
    };
    ctx.out.note(&format!(
        "fieldctl: {} frame{} sent in {secs:.1} s ({:.0} frames/s){late}",
        p.frames,
        if p.frames == 1 { "" } else { "s" },
        p.frames as f64 / secs.max(1e-9),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_maps() {
        let m = |specs: &[&str]| {
            ChannelMap::parse(&specs.iter().map(|s| s.to_string()).collect::<Vec<_>>(), 3)
        };
        let none = m(&[]).unwrap();
        assert_eq!(none.channels, [3]);
        assert_eq!(none.route("vcan9"), Some(0));
        let two = m(&["can1=0", "can0=can1", "can2=0"]).unwrap();
        assert_eq!(two.channels, [0, 1]);
        assert_eq!(two.route("can1"), Some(0));
        assert_eq!(two.route("can0"), Some(1));
        assert_eq!(two.route("can2"), Some(0));
        assert_eq!(two.route("can3"), None);
        for bad in ["can1", "=0", "can1=x", "can1=-1"] {
            assert!(m(&[bad]).is_err(), "{bad}");
        }
        assert!(m(&["can1=0", "can1=1"]).is_err());
    }
}
