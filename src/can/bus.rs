//! Channel handles and bus settings: open a channel, set the bitrate (when this handle has init access), go on
//! bus, and always come off bus and close the handle again.

use clap::Args;

use super::api::CanApi;
use crate::context::Context;
use crate::error::{Failure, Kind};

/// Channel and bitrate options of the commands that go on bus.
#[derive(Args, Clone)]
pub struct BusArgs {
    /// Channel number on the device
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub channel: u32,
    #[command(flatten)]
    pub rate: BitrateArgs,
}

/// The bitrate options (`can dump` takes them with its own channel list).
#[derive(Args, Clone)]
pub struct BitrateArgs {
    #[arg(long, value_name = "RATE", help = format!(
        "1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K, or bits/s with --tseg1 --tseg2 --sjw --samples; \
         `keep`: open the channel without init access and use the bus as it is configured (never sets a \
         bitrate: for sniffing a vehicle; not with --silent, which needs init access) [default 500K] {}",
        super::settings::BITRATE.spec.sources()))]
    pub bitrate: Option<String>,
    /// Time segment 1 (with a numeric --bitrate)
    #[arg(long, requires = "bitrate")]
    pub tseg1: Option<u32>,
    /// Time segment 2 (with a numeric --bitrate)
    #[arg(long, requires = "bitrate")]
    pub tseg2: Option<u32>,
    /// Synchronisation jump width (with a numeric --bitrate)
    #[arg(long, requires = "bitrate")]
    pub sjw: Option<u32>,
    /// Sampling points, 1 or 3 (with a numeric --bitrate)
    #[arg(long, requires = "bitrate")]
    pub samples: Option<u32>,
}

/// canSetBusParams' arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bitrate {
    /// `--bitrate keep`: no init access (canOPEN_NO_INIT_ACCESS), no canSetBusParams: the bus as it is.
    Keep,
    /// One of canBITRATE_* (negative).
    Predefined(i64),
    Custom {
        freq: u32,
        tseg1: u32,
        tseg2: u32,
        sjw: u32,
        samples: u32,
    },
}

pub(super) const PREDEFINED: [(&str, u32, i64); 9] = [
    ("1M", 1_000_000, -1),
    ("500K", 500_000, -2),
    ("250K", 250_000, -3),
    ("125K", 125_000, -4),
    ("100K", 100_000, -5),
    ("62K", 62_500, -6),
    ("50K", 50_000, -7),
    ("83K", 83_333, -8),
    ("10K", 10_000, -9),
];

/// Where a bitrate came from: joining a session whose channel runs at another one is refused for a flag,
/// warned about for a setting (environment or profile), and silent for the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitrateSource {
    Flag,
    Setting,
    Default,
}

impl BusArgs {
    pub fn bitrate(&self, ctx: &Context) -> anyhow::Result<(Bitrate, BitrateSource)> {
        self.rate.bitrate(ctx)
    }
}

impl BitrateArgs {
    pub fn bitrate(&self, ctx: &Context) -> anyhow::Result<(Bitrate, BitrateSource)> {
        let spec = &super::settings::BITRATE.spec;
        let (text, from) = match &self.bitrate {
            Some(b) => (b.clone(), BitrateSource::Flag),
            None => {
                let from = if ctx.env_value(spec)?.is_some() || ctx.profile_value(spec)?.is_some() {
                    BitrateSource::Setting
                } else {
                    BitrateSource::Default
                };
                (ctx.get(&super::settings::BITRATE)?, from)
            }
        };
        let bitrate = parse_bitrate(&text, [self.tseg1, self.tseg2, self.sjw, self.samples])?;
        Ok((bitrate, from))
    }
}

/// The predefined bitrates' names, fastest first (as the help lists them; canBITRATE_ numbers are not in
/// order of speed).
pub fn bitrate_names() -> Vec<&'static str> {
    let mut by_rate: Vec<&(&str, u32, i64)> = PREDEFINED.iter().collect();
    by_rate.sort_by_key(|p| std::cmp::Reverse(p.1));
    by_rate.iter().map(|p| p.0).collect()
}

pub fn parse_bitrate(text: &str, timing: [Option<u32>; 4]) -> anyhow::Result<Bitrate> {
    let usage = |m: String| -> anyhow::Error { Failure::new(Kind::Usage, m).into() };
    let upper = text.trim().to_ascii_uppercase();
    let names = bitrate_names();
    if upper == "KEEP" {
        if timing.iter().any(Option::is_some) {
            return Err(usage(
                "--bitrate keep sets no bitrate: leave out --tseg1/--tseg2/--sjw/--samples".into(),
            ));
        }
        return Ok(Bitrate::Keep);
    }
    if let Some(p) = PREDEFINED.iter().find(|p| p.0 == upper) {
        if timing.iter().any(Option::is_some) {
            return Err(usage(format!(
                "--bitrate {text} is predefined: leave out --tseg1/--tseg2/--sjw/--samples"
            )));
        }
        return Ok(Bitrate::Predefined(p.2));
    }
    let Ok(freq) = upper.parse::<u32>() else {
        return Err(usage(format!(
            "--bitrate '{text}': expected {}, keep or bits per second",
            names.join(", ")
        )));
    };
    match timing {
        [Some(tseg1), Some(tseg2), Some(sjw), Some(samples)] => {
            if freq == 0 || freq > 1_000_000 || !matches!(samples, 1 | 3) {
                return Err(usage(format!(
                    "--bitrate {freq} --samples {samples}: bitrate must be 1..1000000, samples 1 or 3"
                )));
            }
            Ok(Bitrate::Custom {
                freq,
                tseg1,
                tseg2,
                sjw,
                samples,
            })
        }
        _ if freq > 1_000_000 => Err(usage(format!(
            "--bitrate {freq}: a classic CAN bus runs at 1M (1000000 bit/s) at most"
        ))),
        [None, None, None, None] => match PREDEFINED.iter().find(|p| p.1 == freq) {
            Some(p) => Ok(Bitrate::Predefined(p.2)),
            None => Err(usage(format!(
                "--bitrate {freq} is not predefined ({}): give --tseg1 --tseg2 --sjw --samples too",
                names.join(", ")
            ))),
        },
        _ => Err(usage(
            "a numeric --bitrate needs all of --tseg1 --tseg2 --sjw --samples".into(),
        )),
    }
}

/// `500K`, or `800000 bit/s (tseg1 6, tseg2 3, sjw 1, samples 1)`.
impl std::fmt::Display for Bitrate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bitrate::Keep => f.write_str("keep"),
            Bitrate::Predefined(code) => match PREDEFINED.iter().find(|p| p.2 == *code) {
                Some(p) => f.write_str(p.0),
                None => write!(f, "canBITRATE {code}"),
            },
            Bitrate::Custom {
                freq,
                tseg1,
                tseg2,
                sjw,
                samples,
            } => write!(
                f,
                "{freq} bit/s (tseg1 {tseg1}, tseg2 {tseg2}, sjw {sjw}, samples {samples})"
            ),
        }
    }
}

/// Close `hnd` whatever `result` was; the first error wins.
pub fn close_channel<T>(
    api: &CanApi,
    session: &str,
    hnd: i64,
    result: anyhow::Result<T>,
) -> anyhow::Result<T> {
    let closed = api.close(session, hnd);
    crate::interrupt::after_cleanup(result, closed)
}

/// Run `body` with a channel handle (not on bus).
pub fn with_channel<T>(
    api: &CanApi,
    session: &str,
    channel: u32,
    body: impl FnOnce(i64) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    open_with(api, session, channel, 0, body)
}

fn open_with<T>(
    api: &CanApi,
    session: &str,
    channel: u32,
    flags: u64,
    body: impl FnOnce(i64) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    // A raw DLC above 8 is sent and received as it is (without the flag the device makes it 8).
    let flags = flags | super::frame::OPEN_ACCEPT_LARGE_DLC;
    let hnd = api.open_channel(session, channel, flags)?;
    let result = body(hnd);
    close_channel(api, session, hnd, result)
}

pub struct BusSetup<'a> {
    pub ctx: &'a Context,
    pub channel: u32,
    pub bitrate: Bitrate,
    pub bitrate_from: BitrateSource,
    /// canDRIVER_SILENT: listen only, never ACK.
    pub silent: bool,
    /// This process sends on the channel (`can send`, `can replay`).
    pub transmits: bool,
}

/// Open the channel, configure it (when this handle may), run `prepare(hnd)` (filters, timer scale), go on bus,
/// run `body(hnd)`, then bus off and close — on success, on error and after Ctrl-C.
pub fn with_bus<T>(
    api: &CanApi,
    session: &str,
    setup: &BusSetup,
    prepare: impl FnOnce(i64) -> anyhow::Result<()>,
    body: impl FnOnce(i64) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let flags = open_flags(setup)?;
    open_with(api, session, setup.channel, flags, |hnd| {
        configure(api, session, hnd, setup)?;
        prepare(hnd)?;
        api.bus_on(session, hnd)?;
        let result = body(hnd);
        let off = api.bus_off(session, hnd);
        crate::interrupt::after_cleanup(result, off)
    })
}

/// canOpenChannel's flags for `setup` (a raw DLC above 8 as it is; no init access with `--bitrate keep`).
pub(super) fn open_flags(setup: &BusSetup) -> anyhow::Result<u64> {
    if setup.bitrate == Bitrate::Keep && setup.silent {
        return Err(Failure::new(
            Kind::Usage,
            "--silent needs init access to set the driver mode, which --bitrate keep gives up",
        )
        .hint("leave out --silent to sniff with the bus as it is, or give the bus's --bitrate")
        .into());
    }
    Ok(super::frame::OPEN_ACCEPT_LARGE_DLC
        | if setup.bitrate == Bitrate::Keep {
            super::frame::OPEN_NO_INIT_ACCESS
        } else {
            0
        })
}

pub(super) fn configure(
    api: &CanApi,
    session: &str,
    hnd: i64,
    setup: &BusSetup,
) -> anyhow::Result<()> {
    // `keep`: this handle has no init access; the bus runs as whoever configured it set it up.
    let set = setup.bitrate != Bitrate::Keep && api.set_bus_params(session, hnd, &setup.bitrate)?;
    // Record how this handle set the channel up, or check a joiner against how another one did.
    let want = super::session::ChannelUse {
        channel: setup.channel,
        bitrate: &setup.bitrate.to_string(),
        from: setup.bitrate_from,
        silent: setup.silent,
        transmits: setup.transmits,
    };
    super::session::join_channel(setup.ctx, api, session, &want, set)?;
    if !set {
        // Another handle (e.g. a `can dump` running in another terminal) configured this channel: share it.
        if setup.silent {
            setup.ctx.out.warn(&format!(
                "channel {} is already configured by another handle: its bitrate and driver mode stay as they are (--silent not applied)",
                setup.channel
            ));
        }
        return Ok(());
    }
    if setup.silent {
        api.set_silent(session, hnd)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitrates() {
        let none = [None; 4];
        assert_eq!(
            parse_bitrate("500k", none).unwrap(),
            Bitrate::Predefined(-2)
        );
        assert_eq!(parse_bitrate("83K", none).unwrap(), Bitrate::Predefined(-8));
        assert_eq!(
            parse_bitrate("1000000", none).unwrap(),
            Bitrate::Predefined(-1)
        );
        assert_eq!(
            parse_bitrate("800000", [Some(6), Some(3), Some(1), Some(1)]).unwrap(),
            Bitrate::Custom {
                freq: 800_000,
                tseg1: 6,
                tseg2: 3,
                sjw: 1,
                samples: 1
            }
        );
        assert!(parse_bitrate("800000", none).is_err());
        assert!(parse_bitrate("fast", none).is_err());
        assert_eq!(parse_bitrate("keep", none).unwrap(), Bitrate::Keep);
        assert!(parse_bitrate("keep", [Some(1), None, None, None]).is_err());
        assert!(parse_bitrate("500K", [Some(1), None, None, None]).is_err());
    }
}
