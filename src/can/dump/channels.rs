//! `--channel 0,1` and `--channel all`: one handle per channel in one session. Every handle is opened before any
//! goes on bus, so a channel the device lacks is refused with nothing on bus; all come off bus and are closed
//! however the dump ends.

use crate::can::api::{self, CanApi};
use crate::can::bus::{self, BusSetup};
use crate::error::{Failure, Kind};

/// canERR_NOCHANNELS: canOpenChannel's answer for a channel the device does not have.
const ERR_NOCHANNELS: i64 = -5;
/// `all` stops probing here (the REST API has no channel count: channels are opened until NOCHANNELS).
const MAX_CHANNELS: u32 = 64;

#[derive(Debug, PartialEq, Eq)]
pub enum Channels {
    List(Vec<u32>),
    All,
}

pub fn parse(text: &str) -> anyhow::Result<Channels> {
    if text.trim().eq_ignore_ascii_case("all") {
        return Ok(Channels::All);
    }
    let mut list = Vec::new();
    for item in text.split(',') {
        let item = item.trim();
        let n = item
            .parse::<u32>()
            .ok()
            .filter(|_| item.chars().all(|c| c.is_ascii_digit()));
        let Some(n) = n else {
            let m =
                format!("--channel '{text}': '{item}' is not a channel number (N, N,N… or all)");
            return Err(Failure::new(Kind::Usage, m).into());
        };
        if list.contains(&n) {
            let m = format!("--channel '{text}': channel {n} is listed twice");
            return Err(Failure::new(Kind::Usage, m).into());
        }
        list.push(n);
    }
    Ok(Channels::List(list))
}

/// An open handle and its channel.
#[derive(Clone, Copy)]
pub struct Open {
    pub channel: u32,
    pub hnd: i64,
}

/// canOpenChannel; `None` when the device has no such channel.
fn try_open(api: &CanApi, sid: &str, channel: u32, flags: u64) -> anyhow::Result<Option<i64>> {
    let f = "canOpenChannel";
    let params = [
        ("channel", channel.to_string()),
        ("flags", flags.to_string()),
    ];
    let reply = api.call(Some(sid), f, &params)?;
    if api::stat_of(&reply, f)? == ERR_NOCHANNELS {
        return Ok(None);
    }
    api::check(&reply, f)?;
    api::field_i64(&reply, "hnd", f).map(Some)
}

fn open_all(
    api: &CanApi,
    sid: &str,
    channels: &Channels,
    text: &str,
    flags: u64,
    open: &mut Vec<Open>,
) -> anyhow::Result<()> {
    match channels {
        Channels::All => {
            for channel in 0..MAX_CHANNELS {
                match try_open(api, sid, channel, flags)? {
                    Some(hnd) => open.push(Open { channel, hnd }),
                    None => break,
                }
            }
            if open.is_empty() {
                let m = "--channel all: the device reports no channel";
                return Err(Failure::new(Kind::Usage, m).into());
            }
        }
        Channels::List(list) => {
            for &channel in list {
                let Some(hnd) = try_open(api, sid, channel, flags)? else {
                    let m = format!("--channel {text}: the device has no channel {channel}");
                    return Err(Failure::new(Kind::Usage, m)
                        .hint("`--channel all` opens every channel it has")
                        .into());
                };
                open.push(Open { channel, hnd });
            }
        }
    }
    Ok(())
}

/// Open every channel, configure each and run `prepare(hnd)`, bus on all, run `body(handles, prepared)`; then
/// bus off and close each, the first error winning.
pub fn with_buses<P, T>(
    api: &CanApi,
    sid: &str,
    channels: &Channels,
    text: &str,
    setup: &BusSetup,
    mut prepare: impl FnMut(i64) -> anyhow::Result<P>,
    body: impl FnOnce(&[Open], Vec<P>) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let flags = bus::open_flags(setup)?;
    let mut open = Vec::new();
    let mut result = open_all(api, sid, channels, text, flags, &mut open).map(|()| None);
    if result.is_ok() {
        let mut on = 0;
        result = (|| {
            let mut prepared = Vec::new();
            for o in &open {
                let one = BusSetup {
                    ctx: setup.ctx,
                    channel: o.channel,
                    bitrate: setup.bitrate.clone(),
                    bitrate_from: setup.bitrate_from,
                    silent: setup.silent,
                    transmits: setup.transmits,
                };
                bus::configure(api, sid, o.hnd, &one)?;
                prepared.push(prepare(o.hnd)?);
            }
            for o in &open {
                api.bus_on(sid, o.hnd)?;
                on += 1;
            }
            body(&open, prepared).map(Some)
        })();
        for o in open[..on].iter().rev() {
            result = crate::interrupt::after_cleanup(result, api.bus_off(sid, o.hnd));
        }
    }
    for o in open.iter().rev() {
        result = bus::close_channel(api, sid, o.hnd, result);
    }
    result.map(|t| t.expect("body ran"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists() {
        assert_eq!(parse("0").unwrap(), Channels::List(vec![0]));
        assert_eq!(parse("1, 0").unwrap(), Channels::List(vec![1, 0]));
        assert_eq!(parse("ALL").unwrap(), Channels::All);
        for bad in ["0,0", "x", "", "0,", "-1", "+1"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
