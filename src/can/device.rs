//! Device-level commands: `can status`, `timer`, `ioctl`, `leds`, `identify`, `raw`.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::api::{self, CanApi};
use super::bus::with_channel;
use super::rows::{IoctlRow, StatusRow, TimerRow};
use super::session::{OpenOptions, with_session};
use super::status;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::interrupt;

pub fn show_status(ctx: &Context, api: &CanApi) -> anyhow::Result<()> {
    let st = api.device_status()?;
    ctx.out.row(&StatusRow {
        state: st.usage_text(),
        usage: st.usage,
        ip: st.ip,
        timeout: st.timeout,
    })?;
    Ok(())
}

pub fn timer(ctx: &Context, api: &CanApi, opts: &OpenOptions, channel: u32) -> anyhow::Result<()> {
    let timer = with_session(api, opts, |s| {
        with_channel(api, &s.id, channel, |hnd| api.read_timer(&s.id, hnd))
    })?;
    ctx.out.row(&TimerRow { time: timer.time })?;
    Ok(())
}

/// canIOCTL_* by the names users type.
const IOCTLS: [(&str, u32); 15] = [
    ("prefer-ext", 1),
    ("prefer-std", 2),
    ("clear-error-counters", 5),
    ("set-timer-scale", 6),
    ("set-txack", 7),
    ("get-rx-buffer-level", 8),
    ("get-tx-buffer-level", 9),
    ("flush-rx", 10),
    ("flush-tx", 11),
    ("get-timer-scale", 12),
    ("set-txrq", 13),
    ("set-buson-time-auto-reset", 30),
    ("set-local-txecho", 32),
    ("set-error-frames-reporting", 33),
    ("reset-overrun-count", 44),
];

pub fn ioctl_number(func: &str) -> anyhow::Result<u32> {
    let f = func.to_ascii_lowercase().replace('_', "-");
    let f = f.strip_prefix("canioctl-").unwrap_or(&f);
    if let Some((_, n)) = IOCTLS
        .iter()
        .find(|(name, _)| *name == f || *name == f.replace("-buffer", ""))
    {
        return Ok(*n);
    }
    func.parse::<u32>().map_err(|_| {
        let names: Vec<&str> = IOCTLS.iter().map(|(n, _)| *n).collect();
        Failure::new(
            Kind::Usage,
            format!(
                "unknown ioctl '{func}': use a number or one of {}",
                names.join(", ")
            ),
        )
        .into()
    })
}

pub fn ioctl(
    ctx: &Context,
    api: &CanApi,
    opts: &OpenOptions,
    channel: u32,
    func: &str,
    buf: Option<&str>,
) -> anyhow::Result<()> {
    let number = ioctl_number(func)?;
    let reply = with_session(api, opts, |s| {
        with_channel(api, &s.id, channel, |hnd| {
            api.ioctl(&s.id, hnd, number, buf)
        })
    })?;
    ctx.out.row(&IoctlRow {
        func: reply.func,
        stat: reply.stat,
        buf: reply.buf,
    })?;
    Ok(())
}

/// kvLED_ACTION_*: all-on, all-off, led<N>-on, led<N>-off (N = 0..11) or the number.
pub fn led_action(action: &str) -> anyhow::Result<u32> {
    let a = action.to_ascii_lowercase();
    let parsed = match a.as_str() {
        "all-on" => Some(0),
        "all-off" => Some(1),
        _ => a.strip_prefix("led").and_then(|rest| {
            let (n, state) = rest.split_once('-')?;
            let n: u32 = n.parse().ok().filter(|n| *n < 12)?;
            match state {
                "on" => Some(2 + 2 * n),
                "off" => Some(3 + 2 * n),
                _ => None,
            }
        }),
    };
    parsed.or_else(|| a.parse::<u32>().ok().filter(|n| *n <= 25)).ok_or_else(|| {
        Failure::new(Kind::Usage, format!("unknown LED action '{action}': all-on, all-off, led<N>-on, led<N>-off (N 0..11) or 0..25")).into()
    })
}

pub fn leds(
    api: &CanApi,
    opts: &OpenOptions,
    action: &str,
    timeout_ms: Option<u32>,
) -> anyhow::Result<()> {
    let action = led_action(action)?;
    with_session(api, opts, |s| api.flash_leds(&s.id, action, timeout_ms))
}

/// Blink every LED for `seconds` so a person can find the device in a rack. Each step carries a timeout so the
/// LEDs return to their normal function even if this run is killed.
pub fn identify(api: &CanApi, opts: &OpenOptions, seconds: f64) -> anyhow::Result<()> {
    with_session(api, opts, |s| {
        let end = Instant::now() + Duration::from_secs_f64(seconds);
        let mut on = true;
        while Instant::now() < end {
            interrupt::check()?;
            api.flash_leds(&s.id, if on { 0 } else { 1 }, Some(400))?;
            on = !on;
            interrupt::sleep(Duration::from_millis(250));
        }
        interrupt::check()
    })
}

pub fn raw(
    ctx: &Context,
    api: &CanApi,
    opts: &OpenOptions,
    function: &str,
    params: &[String],
    channel: Option<u32>,
) -> anyhow::Result<()> {
    if function == "canInitializeLibrary" || function == "canUnloadLibrary" {
        // A session opened by hand would lock the device with nothing recorded to release it.
        return Err(Failure::new(
            Kind::Usage,
            format!("{function}: fieldctl opens and releases the device session itself around every command"),
        )
        .hint("call the function you need; add --channel N to get a channel handle as hnd")
        .into());
    }
    let mut pairs = Vec::new();
    for p in params {
        match p.split_once('=') {
            Some((k, v)) if !k.is_empty() => pairs.push((k, v.to_owned())),
            _ => {
                return Err(
                    Failure::new(Kind::Usage, format!("parameter '{p}' is not key=value")).into(),
                );
            }
        }
    }
    let reply: Value = match channel {
        _ if function == "deviceStatus" => api.call(None, function, &pairs)?,
        None => with_session(api, opts, |s| api.call(Some(&s.id), function, &pairs))?,
        Some(ch) => with_session(api, opts, |s| {
            with_channel(api, &s.id, ch, |hnd| {
                if !pairs.iter().any(|(k, _)| *k == "hnd") {
                    pairs.push(("hnd", hnd.to_string()));
                }
                api.call(Some(&s.id), function, &pairs)
            })
        })?,
    };
    ctx.out.json_document(&reply)?;
    match api::stat_of(&reply, function) {
        Ok(status::OK) | Err(_) => Ok(()),
        Ok(stat) => Err(status::failure(stat, function).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(ioctl_number("flush-rx").unwrap(), 10);
        assert_eq!(ioctl_number("FLUSH_RX_BUFFER").unwrap(), 10);
        assert_eq!(ioctl_number("canIOCTL_SET_TIMER_SCALE").unwrap(), 6);
        assert_eq!(ioctl_number("44").unwrap(), 44);
        assert!(ioctl_number("nope").is_err());
        assert_eq!(led_action("all-on").unwrap(), 0);
        assert_eq!(led_action("led0-on").unwrap(), 2);
        assert_eq!(led_action("led11-off").unwrap(), 25);
        assert_eq!(led_action("7").unwrap(), 7);
        assert!(led_action("led12-on").is_err());
    }
}
