//! `can dump`: receive frames like candump, into candump screen lines, candump -L logs (canplayer and
//! python-can read them), NDJSON or python-can CSV; on stdout or a file flushed every batch.

mod channels;
mod poll;
mod writer;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::TrySendError;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use clap::{Args, ValueEnum};

use super::api::{CanApi, DeviceFilter, FilterKind, RawMsg};
use super::bus::{BitrateArgs, BusSetup};
use super::frame::{self, Frame};
use super::session::{OpenOptions, with_session};
use super::signals::SignalArgs;
use super::signals::print::{Out, Printer};
use super::status;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::interrupt;
use crate::output::Format;

/// canIOCTL_SET_TIMER_SCALE.
const IOCTL_SET_TIMER_SCALE: u32 = 6;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DumpFormat {
    /// candump's screen lines: `  can0  123   [4]  DE AD BE EF`
    Candump,
    /// candump -L: `(1436509052.249713) can0 123#DEADBEEF`
    Log,
    /// one JSON object a frame (fields in docs/output.md)
    Ndjson,
    /// python-can's CSV: timestamp,arbitration_id,extended,remote,error,dlc,data(base64)
    Csv,
    /// one JSON array of the NDJSON objects, streamed
    Json,
    /// Vector ASC, as python-can writes it
    Asc,
    /// Vector BLF (binary: only with --file)
    Blf,
}

impl DumpFormat {
    /// `-o`/`--json` spelled as a dump format: `table` is candump's screen format.
    pub fn from_output(format: Format) -> DumpFormat {
        match format {
            Format::Table => DumpFormat::Candump,
            Format::Log => DumpFormat::Log,
            Format::Ndjson => DumpFormat::Ndjson,
            Format::Csv => DumpFormat::Csv,
            Format::Json => DumpFormat::Json,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Timestamps {
    /// wall-clock time: device ticks anchored to the host clock at bus on
    Absolute,
    /// seconds since the previous frame
    Delta,
    /// seconds since the first frame
    Zero,
    /// the device's own timer, in seconds since bus on
    Device,
}

#[derive(Args)]
pub struct DumpArgs {
    /// Channel on the device, a list of them (`0,1`) or `all` (every channel the device has): one handle each,
    /// frames merged in time order and tagged with their channel (can0, can1)
    #[arg(long, default_value = "0", value_name = "N[,N...]|all")]
    channel: String,
    #[command(flatten)]
    rate: BitrateArgs,
    /// Listen only (canDRIVER_SILENT): never ACK, never send
    #[arg(long)]
    silent: bool,
    /// Stop after N frames printed (hidden error frames and filtered frames do not count)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    count: Option<u64>,
    /// Stop after SECS seconds
    #[arg(long, value_name = "SECS")]
    duration: Option<f64>,
    /// Output format (default: from -o, which maps table to candump; else candump). Wins over -o.
    #[arg(long, value_enum)]
    format: Option<DumpFormat>,
    /// Timestamps (default: none for candump, absolute for the other formats)
    #[arg(long, value_enum)]
    timestamps: Option<Timestamps>,
    /// Write to FILE instead of stdout (flushed every batch; `-` is stdout)
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,
    /// With --file: refuse to overwrite an existing file
    #[arg(long, requires = "file")]
    no_clobber: bool,
    /// Device-side pass filter: ID or ID-ID in hex (8 digits: extended); repeatable
    #[arg(long = "pass", value_name = "ID[-ID]")]
    pass: Vec<String>,
    /// Device-side stop filter: ID or ID-ID in hex; repeatable
    #[arg(long = "stop", value_name = "ID[-ID]")]
    stop: Vec<String>,
    /// Device-side counting pass filter: let THRESHOLD of every MAX frames with ID through; repeatable
    #[arg(long = "sample", value_name = "ID:THRESHOLD/MAX")]
    sample: Vec<String>,
    /// Show error frames (hidden by default, counted in the summary); they count towards --count when shown
    #[arg(long)]
    errors: bool,
    /// Frames kept while the output is slower than the bus (about 11 s of a saturated 1 Mbit/s bus by
    /// default); when it is full, frames are dropped, warned about and counted in the summary
    #[arg(long, value_name = "FRAMES", default_value_t = writer::DEFAULT_BUFFER,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=10_000_000))]
    buffer: usize,
    /// Client-side candump filter: id:mask (match when id & mask == rx & mask) or id~mask (inverted), hex; repeatable
    #[arg(long = "filter", value_name = "ID:MASK")]
    filter: Vec<String>,
    #[command(flatten, next_help_heading = "Signals (DBC)")]
    signals: SignalArgs,
}

fn parse_id(text: &str, what: &str) -> anyhow::Result<(u32, bool)> {
    // Hex with or without 0x; the digit count (8: extended) is that of the digits after the prefix.
    let digits = strip_0x(text);
    if digits.is_empty() || digits.len() > 8 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        let m = format!("{what}: '{text}' is not a CAN id in hex");
        return Err(Failure::new(Kind::Usage, m).into());
    }
    frame::check_id(digits).map_err(|m| Failure::new(Kind::Usage, format!("{what}: {m}")).into())
}

fn strip_0x(text: &str) -> &str {
    text.strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text)
}

fn parse_range(text: &str, kind: FilterKind, what: &str) -> anyhow::Result<DeviceFilter> {
    let (a, b) = text.split_once('-').unwrap_or((text, text));
    let (min, ext_a) = parse_id(a, what)?;
    let (max, ext_b) = parse_id(b, what)?;
    if ext_a != ext_b || min > max {
        return Err(Failure::new(
            Kind::Usage,
            format!("{what} {text}: the range must go up and both ends have the same id length"),
        )
        .into());
    }
    Ok(DeviceFilter {
        kind,
        min,
        max,
        extended: ext_a,
        counter: None,
    })
}

fn parse_sample(text: &str) -> anyhow::Result<DeviceFilter> {
    let bad = || -> anyhow::Error {
        Failure::new(
            Kind::Usage,
            format!("--sample '{text}': expected ID:THRESHOLD/MAX, e.g. 123:1/100"),
        )
        .into()
    };
    let (id, rest) = text.split_once(':').ok_or_else(bad)?;
    let (t, m) = rest.split_once('/').ok_or_else(bad)?;
    let (threshold, max) = (
        t.parse::<u64>().map_err(|_| bad())?,
        m.parse::<u64>().map_err(|_| bad())?,
    );
    if max == 0 || threshold > max {
        return Err(bad());
    }
    let (id, extended) = parse_id(id, "--sample")?;
    Ok(DeviceFilter {
        kind: FilterKind::CountingPass,
        min: id,
        max: id,
        extended,
        counter: Some((threshold, max)),
    })
}

/// candump's `id:mask` / `id~mask`.
#[derive(Debug, PartialEq, Eq)]
struct ClientFilter {
    id: u32,
    mask: u32,
    invert: bool,
}

fn parse_client_filter(text: &str) -> anyhow::Result<ClientFilter> {
    let (sep, invert) = if text.contains('~') {
        ('~', true)
    } else {
        (':', false)
    };
    let bad = || -> anyhow::Error {
        Failure::new(
            Kind::Usage,
            format!("--filter '{text}': expected id:mask or id~mask in hex"),
        )
        .into()
    };
    let (id, mask) = text.split_once(sep).ok_or_else(bad)?;
    let id = u32::from_str_radix(strip_0x(id), 16).map_err(|_| bad())?;
    let mask = u32::from_str_radix(strip_0x(mask), 16).map_err(|_| bad())?;
    Ok(ClientFilter { id, mask, invert })
}

impl ClientFilter {
    fn matches(&self, id: u32) -> bool {
        ((id & self.mask) == (self.id & self.mask)) != self.invert
    }
}

/// One handle's device ticks → seconds, across the 32-bit wrap, anchored to the host clock.
pub struct Clock {
    tick_s: f64,
    last_raw: u32,
    wraps: u64,
    anchor_ticks: u64,
    anchor_host: f64,
}

/// `--timestamps` over the merged frames of every channel.
pub struct Stamps {
    mode: Option<Timestamps>,
    first: Option<f64>,
    prev: Option<f64>,
}

impl Stamps {
    pub fn stamp(&mut self, absolute: f64, device: f64) -> f64 {
        let first = *self.first.get_or_insert(absolute);
        let prev = self.prev.replace(absolute).unwrap_or(absolute);
        match self.mode.unwrap_or(Timestamps::Absolute) {
            Timestamps::Absolute => absolute,
            Timestamps::Delta => absolute - prev,
            Timestamps::Zero => absolute - first,
            Timestamps::Device => device,
        }
    }
}

/// A received frame on its way to the writer: its channel and times (absolute: the merge order; device).
pub struct Rx {
    pub channel: u32,
    pub absolute: f64,
    pub device: f64,
    pub msg: RawMsg,
}

impl Clock {
    fn unwrap(&mut self, raw: u32) -> u64 {
        if raw < self.last_raw && self.last_raw - raw > u32::MAX / 2 {
            self.wraps += 1;
        }
        if raw >= self.last_raw || self.last_raw - raw > u32::MAX / 2 {
            self.last_raw = raw;
        }
        (self.wraps << 32) + u64::from(raw)
    }

    /// (absolute, device) seconds of a raw timestamp.
    pub fn times(&mut self, raw: u32) -> (f64, f64) {
        let ticks = self.unwrap(raw);
        let device = ticks as f64 * self.tick_s;
        let absolute = self.anchor_host + (ticks as f64 - self.anchor_ticks as f64) * self.tick_s;
        (absolute, device)
    }
}

fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn to_frame(m: &RawMsg) -> Frame {
    if m.flag & frame::MSG_ERROR_FRAME != 0 {
        return Frame {
            id: m.id,
            extended: false,
            rtr: false,
            error: true,
            dlc: m.dlc,
            data: Vec::new(),
        };
    }
    let rtr = m.flag & frame::MSG_RTR != 0;
    let len = if rtr {
        0
    } else {
        usize::from(m.dlc.min(8)).min(m.msg.len())
    };
    Frame {
        id: m.id,
        extended: m.flag & frame::MSG_EXT != 0,
        rtr,
        error: false,
        dlc: m.dlc,
        // Some devices send bytes as signed values: keep the low 8 bits.
        data: m.msg[..len].iter().map(|b| (b & 0xFF) as u8).collect(),
    }
}

struct Stats {
    /// The device was ours and on bus: there is something to sum up.
    receiving: bool,
    frames: u64,
    received: u64,
    overruns: u64,
    error_frames: u64,
    /// Frames the buffer had no room for: the output was too slow.
    dropped: u64,
}

pub fn dump(ctx: &Context, api: &CanApi, opts: &OpenOptions, args: DumpArgs) -> anyhow::Result<()> {
    let channels = channels::parse(&args.channel)?;
    let mut device_filters = Vec::new();
    for p in &args.pass {
        device_filters.push(parse_range(p, FilterKind::Pass, "--pass")?);
    }
    for p in &args.stop {
        device_filters.push(parse_range(p, FilterKind::Stop, "--stop")?);
    }
    for p in &args.sample {
        device_filters.push(parse_sample(p)?);
    }
    let client_filters = args
        .filter
        .iter()
        .map(|f| parse_client_filter(f))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if let Some(d) = args.duration
        && !(d > 0.0 && d.is_finite())
    {
        return Err(Failure::new(
            Kind::Usage,
            "--duration must be a positive number of seconds",
        )
        .into());
    }
    // `--file -` is stdout, said so everywhere.
    let file = args.file.clone().filter(|p| p.as_os_str() != "-");
    // A capture that cannot be written is refused before the device is touched (and checked again when
    // it is opened, once the device is ours: a busy device never truncates an existing capture).
    if let Some(path) = &file {
        if path.is_dir() {
            return Err(Failure::new(
                Kind::Config,
                format!("--file {}: is a directory", path.display()),
            )
            .hint("name the capture file, e.g. --file trip.log")
            .into());
        }
        crate::files::Destination::check(path, None, args.no_clobber)?;
    }
    let (bitrate, bitrate_from) = args.rate.bitrate(ctx)?;
    let setup = BusSetup {
        ctx,
        channel: 0,
        bitrate,
        bitrate_from,
        silent: args.silent,
        transmits: false,
    };
    let from_o = DumpFormat::from_output(ctx.out.format);
    let format = args.format.unwrap_or(from_o);
    // Both on the command line and different: --format wins, said on stderr rather than refused (exit 2), so
    // an alias or wrapper that always passes `-o json` still runs `can dump --format log`.
    if ctx.out.format_explicit && format != from_o {
        ctx.out.note(&format!(
            "fieldctl: --format {} wins over -o {}",
            format
                .to_possible_value()
                .expect("no skipped values")
                .get_name(),
            ctx.out.format.name()
        ));
    }
    if format == DumpFormat::Blf {
        crate::can::formats::Writer::blf_needs_file(file.as_deref())?;
    }
    let mut vector = match format {
        DumpFormat::Asc => Some(crate::can::formats::Writer::asc()),
        DumpFormat::Blf => Some(crate::can::formats::Writer::blf()),
        _ => None,
    };
    let printer = printer(ctx, &args.signals, format)?;
    let mode = args.timestamps.or(match format {
        DumpFormat::Candump => None,
        _ => Some(Timestamps::Absolute),
    });
    let lines = LineFormat { format, mode };
    let mut stats = Stats {
        receiving: false,
        frames: 0,
        received: 0,
        overruns: 0,
        error_frames: 0,
        dropped: 0,
    };
    let started = Instant::now();
    let mut lines = Some(lines);
    let mut printer = printer;
    // Joined once the device session is closed: an output that drains slowly never holds the device.
    let mut writer: Option<std::thread::JoinHandle<writer::Written>> = None;
    let polled = with_session(api, opts, |s| {
        channels::with_buses(
            api,
            &s.id,
            &channels,
            &args.channel,
            &setup,
            |hnd| {
                for f in &device_filters {
                    api.add_filter(&s.id, hnd, f)?;
                }
                // Finer device ticks (10 µs) for log timestamps; a device that refuses keeps its 1 ms default.
                let fine = api
                    .ioctl_reply(&s.id, hnd, IOCTL_SET_TIMER_SCALE, Some("10"))?
                    .stat
                    == status::OK;
                Ok(if fine { 0.000_01 } else { 0.001 })
            },
            |open, ticks| {
                // Each handle has its own timer: each is anchored to the host clock on its own.
                let mut clocks = Vec::new();
                for (o, tick_s) in open.iter().zip(ticks) {
                    let before = unix_now();
                    let time = api.read_timer(&s.id, o.hnd)?.time;
                    let after = unix_now();
                    let raw = time as u32;
                    clocks.push(Clock {
                        tick_s,
                        last_raw: raw,
                        wraps: 0,
                        anchor_ticks: u64::from(raw),
                        anchor_host: (before + after) / 2.0,
                    });
                }
                // Created only now that the device is ours and on bus: a busy device or a bad option never
                // truncates an existing capture.
                let sink = open_sink(file.as_deref(), args.no_clobber)?;
                stats.receiving = true;
                let done = Arc::new(AtomicBool::new(false));
                let (tx, rx) = std::sync::mpsc::sync_channel(args.buffer);
                writer = Some(
                    writer::Writer {
                        sink,
                        lines: lines.take().expect("one body"),
                        stamps: Stamps {
                            mode,
                            first: None,
                            prev: None,
                        },
                        vector: vector.take(),
                        printer: printer.take(),
                        path: file.clone(),
                        count: args.count,
                        done: done.clone(),
                    }
                    .spawn(rx),
                );
                let deadline = args.duration.map(|d| started + Duration::from_secs_f64(d));
                let mut poller = poll::Poller::new();
                let mut last = Instant::now();
                loop {
                    if interrupt::interrupted()
                        || done.load(Ordering::SeqCst)
                        || deadline.is_some_and(|d| Instant::now() >= d)
                    {
                        return Ok(());
                    }
                    let start = Instant::now();
                    // Every handle each round; the round merged by absolute time (stable: a channel's own
                    // order is kept).
                    let mut round = Vec::new();
                    let mut got = 0;
                    for (o, clock) in open.iter().zip(&mut clocks) {
                        let msgs = match api.read(&s.id, o.hnd, poller.max) {
                            // Ctrl-C ended a canRead in flight: the normal way to stop.
                            Err(_) if interrupt::interrupted() => return Ok(()),
                            r => r?,
                        };
                        got = got.max(msgs.len());
                        round.extend(msgs.into_iter().map(|msg| {
                            let (absolute, device) = clock.times(msg.time);
                            Rx {
                                channel: o.channel,
                                absolute,
                                device,
                                msg,
                            }
                        }));
                    }
                    if open.len() > 1 {
                        round.sort_by(|a, b| a.absolute.total_cmp(&b.absolute));
                    }
                    for rx in round {
                        let m = &rx.msg;
                        stats.received += 1;
                        if m.flag & (frame::MSGERR_HW_OVERRUN | frame::MSGERR_SW_OVERRUN) != 0 {
                            stats.overruns += 1;
                        }
                        // Error frames have no id for a filter to match: candump's rule, shown only when
                        // asked for (and then whatever the id filters).
                        if m.flag & frame::MSG_ERROR_FRAME != 0 {
                            stats.error_frames += 1;
                            if !args.errors {
                                continue;
                            }
                        } else if !client_filters.is_empty()
                            && !client_filters.iter().any(|c| c.matches(m.id))
                        {
                            continue;
                        }
                        match tx.try_send(rx) {
                            Ok(()) => {}
                            Err(TrySendError::Full(_)) => {
                                if stats.dropped == 0 {
                                    ctx.out.warn(&format!(
                                        "output too slow: the buffer of {} frames is full, frames are \
                                         dropped until it drains",
                                        thousands(args.buffer as u64)
                                    ));
                                }
                                stats.dropped += 1;
                            }
                            // The writer stopped (--count reached, or the output failed).
                            Err(TrySendError::Disconnected(_)) => return Ok(()),
                        }
                    }
                    let period = poller.after(got, start - last);
                    last = start;
                    let mut wait = period.saturating_sub(start.elapsed());
                    if let Some(d) = deadline {
                        wait = wait.min(d.saturating_duration_since(Instant::now()));
                    }
                    if !wait.is_zero() {
                        interrupt::sleep(wait);
                    }
                }
            },
        )
    });
    // The session is closed: now let the output drain.
    let written = writer.map(|w| {
        w.join().unwrap_or_else(|_| writer::Written {
            frames: 0,
            result: Err(anyhow::anyhow!("the dump's writer thread panicked")),
        })
    });
    let result = match written {
        Some(w) => {
            stats.frames = w.frames;
            polled.and(w.result)
        }
        None => polled,
    };
    let secs = started.elapsed().as_secs_f64();
    // A closed stdout (`dump | head`) is the reader leaving, not an error.
    let failed = result
        .as_ref()
        .is_err_and(|e| !crate::error::is_broken_pipe(e));
    if stats.receiving && failed && !interrupt::interrupted() {
        // Said before the error itself: what the capture holds, and where.
        let place = match &file {
            Some(p) => p.display().to_string(),
            None => "stdout".into(),
        };
        eprintln!(
            "fieldctl: {} frame{} kept in {place} before the error",
            thousands(stats.frames),
            if stats.frames == 1 { "" } else { "s" },
        );
    }
    if !ctx.out.quiet && stats.receiving && (result.is_ok() || interrupt::interrupted()) {
        // --message and --signals leave frames out as --filter does.
        let selected = !args.signals.messages.is_empty() || !args.signals.signals.is_empty();
        let filtered = if stats.received != stats.frames
            && (!client_filters.is_empty() || selected || (stats.error_frames > 0 && !args.errors))
        {
            format!(" ({} received)", stats.received)
        } else {
            String::new()
        };
        let dropped = if stats.dropped > 0 {
            format!(
                ", {} frames dropped: output too slow",
                thousands(stats.dropped)
            )
        } else {
            String::new()
        };
        eprintln!(
            "fieldctl: {} frame{}{filtered} in {secs:.1} s ({:.0} frames/s), {} overruns, {} error frames{dropped}",
            stats.frames,
            if stats.frames == 1 { "" } else { "s" },
            stats.frames as f64 / secs.max(1e-9),
            stats.overruns,
            stats.error_frames
        );
    }
    result
}

/// `--dbc` (or FIELDCTL_CAN_DBC, `can.dbc`): the decoding printer, loaded and checked before the device is
/// touched. A database from the environment or profile is not used by the formats that record frames as they are
/// (log, asc, blf); `--dbc` typed with them is exit 2.
fn printer(
    ctx: &Context,
    args: &SignalArgs,
    format: DumpFormat,
) -> anyhow::Result<Option<Printer>> {
    let out = match format {
        DumpFormat::Candump => Some(Out::Table),
        DumpFormat::Ndjson => Some(Out::Ndjson),
        DumpFormat::Json => Some(Out::Json),
        DumpFormat::Csv => Some(Out::Csv),
        DumpFormat::Log | DumpFormat::Asc | DumpFormat::Blf => None,
    };
    let Some(out) = out else {
        if !args.dbc.dbc.is_empty() {
            return Err(Failure::new(
                Kind::Usage,
                "--dbc decodes into the candump table, ndjson, json or csv; log, asc and blf keep frames as they are",
            )
            .hint("drop --dbc, or decode the capture later with `fieldctl can decode LOG --dbc FILE`")
            .into());
        }
        return Ok(None);
    };
    let paths = args.dbc.paths(ctx)?;
    if paths.is_empty() {
        if !args.messages.is_empty() || !args.signals.is_empty() {
            return Err(
                Failure::new(Kind::Usage, "--message and --signals need a database")
                    .hint(format!(
                        "give --dbc FILE, or set {}",
                        super::settings::DBC.spec.origins()
                    ))
                    .into(),
            );
        }
        return Ok(None);
    }
    let db = super::signals::load(ctx, &paths)?;
    let select = super::signals::Selection::new(&db, args)?;
    Ok(Some(Printer::new(db, select, out, args)))
}

/// 12345 → `12,345`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// stdout, or `--file` with `cp`'s rules (`crate::files::Destination`): a device or FIFO is written through, a
/// symlink followed, a missing directory named (exit 10); a regular file grows in place so it can be followed.
fn open_sink(
    file: Option<&std::path::Path>,
    no_clobber: bool,
) -> anyhow::Result<Box<dyn Write + Send>> {
    Ok(match file {
        Some(path) => Box::new(std::io::BufWriter::with_capacity(
            256 << 10,
            crate::files::Destination::open_live(path, no_clobber)?,
        )),
        None => Box::new(crate::output::buffered_stdout()),
    })
}

/// How each received frame becomes a line.
pub struct LineFormat {
    format: DumpFormat,
    mode: Option<Timestamps>,
}

impl LineFormat {
    /// One frame; `first` is whether it is the first of the dump (JSON opens its array).
    pub fn write(
        &self,
        out: &mut String,
        f: &Frame,
        ts: f64,
        channel: u32,
        flag: u64,
        first: bool,
    ) {
        let LineFormat { format, mode } = self;
        use std::fmt::Write as _;
        // `can0`, `can1`…: no allocation per frame for the channels devices have.
        const NAMES: [&str; 8] = [
            "can0", "can1", "can2", "can3", "can4", "can5", "can6", "can7",
        ];
        let other;
        let iface = match NAMES.get(channel as usize) {
            Some(name) => name,
            None => {
                other = format!("can{channel}");
                other.as_str()
            }
        };
        match format {
            DumpFormat::Candump => {
                // candump -ta prints (seconds.micros); -td/-tz print (000.000000)
                match mode {
                    Some(Timestamps::Absolute) => {
                        let _ = write!(out, " ({ts:017.6})");
                    }
                    Some(_) => {
                        let _ = write!(out, " ({ts:010.6})");
                    }
                    None => {}
                }
                f.write_candump(out, iface);
            }
            DumpFormat::Log => {
                let _ = write!(out, "({ts:.6}) {iface} ");
                f.write_compact(out);
            }
            DumpFormat::Ndjson | DumpFormat::Json => {
                if *format == DumpFormat::Json {
                    out.push_str(if first { "[\n  " } else { ",\n  " });
                }
                // The same object `can decode -o ndjson` prints for a frame (docs/output.md).
                let stamp = format!("{ts:.6}");
                crate::can::signals::print::frame_fields(
                    out,
                    &crate::can::signals::print::Rec {
                        frame: f,
                        timestamp: Some(&stamp),
                        channel,
                        flags: flag,
                        line: "",
                    },
                );
                if *format == DumpFormat::Json {
                    return;
                }
            }
            DumpFormat::Csv => f.write_csv(out, ts),
            // Written by formats::Writer.
            DumpFormat::Asc | DumpFormat::Blf => return,
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters() {
        assert_eq!(
            parse_range("100-1FF", FilterKind::Pass, "--pass").unwrap(),
            DeviceFilter {
                kind: FilterKind::Pass,
                min: 0x100,
                max: 0x1FF,
                extended: false,
                counter: None
            }
        );
        assert!(
            parse_range("00000100", FilterKind::Stop, "--stop")
                .unwrap()
                .extended
        );
        assert!(parse_range("800", FilterKind::Pass, "--pass").is_err());
        assert!(parse_range("200-100", FilterKind::Pass, "--pass").is_err());
        // 0x prefixes as people type them; the digit count after it still decides extended.
        let hex = parse_range("0x100-0X1FF", FilterKind::Pass, "--pass").unwrap();
        assert_eq!((hex.min, hex.max, hex.extended), (0x100, 0x1FF, false));
        assert!(
            parse_range("0x00000100", FilterKind::Stop, "--stop")
                .unwrap()
                .extended
        );
        assert!(parse_range("0x", FilterKind::Pass, "--pass").is_err());
        assert_eq!(parse_sample("0x123:1/10").unwrap().min, 0x123);
        assert_eq!(
            parse_client_filter("0x123:0x7FF").unwrap(),
            ClientFilter {
                id: 0x123,
                mask: 0x7FF,
                invert: false
            }
        );
        assert_eq!(parse_sample("123:1/100").unwrap().counter, Some((1, 100)));
        assert!(parse_sample("123:5/1").is_err());
        let f = parse_client_filter("100:7F0").unwrap();
        assert!(f.matches(0x10F) && !f.matches(0x200));
        assert!(!parse_client_filter("100~7F0").unwrap().matches(0x10F));
    }

    #[test]
    fn ndjson_lines_are_frame_rows() {
        let lines = LineFormat {
            format: DumpFormat::Ndjson,
            mode: Some(Timestamps::Absolute),
        };
        let f = Frame::data(0x123, false, &[0xDE, 0xAD, 0xBE, 0xEF]);
        let mut out = String::new();
        lines.write(&mut out, &f, 1436509052.249713, 1, 2, true);
        let row = crate::can::rows::FrameRow {
            timestamp: 1436509052.249713,
            channel: 1,
            id: 0x123,
            extended: false,
            rtr: false,
            error: false,
            dlc: 4,
            data: "DEADBEEF".into(),
            flags: 2,
        };
        assert_eq!(out, format!("{}\n", serde_json::to_string(&row).unwrap()));
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(12_345), "12,345");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }

    #[test]
    fn clock_handles_the_32_bit_wrap() {
        let mut c = Clock {
            tick_s: 0.001,
            last_raw: u32::MAX - 10,
            wraps: 0,
            anchor_ticks: u64::from(u32::MAX - 10),
            anchor_host: 1000.0,
        };
        let a = c.times(u32::MAX - 5).1;
        let b = c.times(4).1;
        assert!((b - a - 0.010).abs() < 1e-9, "{a} {b}");
        // a value just below the last one (out of order) is not a wrap
        let back = c.times(3).1;
        assert!((back - b + 0.001).abs() < 1e-9, "{back} {b}");
        // and a second wrap is counted
        c.times(u32::MAX / 2 + 10);
        c.times(u32::MAX - 1);
        let twice = c.times(7).1;
        assert!(
            (twice - (2.0 * 4_294_967.296 + 0.007)).abs() < 1e-6,
            "{twice}"
        );
        let abs = c.times(14).0;
        assert!(
            (abs - (1000.0 + (4_294_967_296.0 + 25.0) * 0.001)).abs() < 1e-6,
            "{abs}"
        );
    }

    #[test]
    fn stamps_run_over_the_merged_frames() {
        let mut s = Stamps {
            mode: Some(Timestamps::Delta),
            first: None,
            prev: None,
        };
        assert_eq!(s.stamp(10.0, 1.0), 0.0);
        assert!((s.stamp(10.5, 7.0) - 0.5).abs() < 1e-9);
        s.mode = Some(Timestamps::Zero);
        assert!((s.stamp(11.0, 0.0) - 1.0).abs() < 1e-9);
        s.mode = Some(Timestamps::Device);
        assert_eq!(s.stamp(12.0, 3.0), 3.0);
    }
}
