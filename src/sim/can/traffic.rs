//! Bus traffic from other nodes (`--traffic` at a rate or `max`, `--replay` of a candump log, `--demo`) and the device's
//! clock thread, which also ticks running scripts and expires sessions.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::bus::RxFrame;
use super::canlib::*;
use super::script::SlotState;
use super::{Device, candump};
use crate::error::{Failure, Kind};

pub(super) enum Traffic {
    Rate(u64),
    Max,
}

#[derive(Default)]
pub(super) struct Generator {
    pub(super) traffic: Option<Traffic>,
    pub(super) error_every: u64,
    pub(super) n: u64,
    pub(super) x: u64,
}

impl Generator {
    /// A mix of standard and extended ids with varying lengths and data, deterministic from the seed.
    pub(super) fn next_frame(&mut self) -> RxFrame {
        self.n += 1;
        self.x ^= self.x << 13;
        self.x ^= self.x >> 7;
        self.x ^= self.x << 17;
        let r = self.x;
        let at = Instant::now();
        if self.error_every > 0 && self.n.is_multiple_of(self.error_every) {
            return RxFrame {
                id: 0,
                flag: MSG_ERROR_FRAME,
                dlc: 0,
                data: Vec::new(),
                at,
            };
        }
        let extended = r.is_multiple_of(4);
        let id = if extended {
            (r >> 8) as u32 & MAX_EXT_ID
        } else {
            0x100 + ((r >> 8) as u32 % 0x700)
        };
        let dlc = ((r >> 40) % 9) as u8;
        let data: Vec<u8> = (0..dlc)
            .map(|i| (self.n as u8).wrapping_add(i.wrapping_mul(17)) ^ (r >> (i * 3)) as u8)
            .collect();
        RxFrame {
            id,
            flag: if extended { MSG_EXT } else { MSG_STD },
            dlc,
            data,
            at,
        }
    }
}

/// Frames of a candump log with their offsets from the first one.
pub(super) fn load_replay(path: &PathBuf) -> anyhow::Result<Vec<(Duration, RxFrame)>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::new(Kind::Config, format!("--replay {}: {e}", path.display())))?;
    let mut out = Vec::new();
    let mut first = None;
    for (n, line) in text.lines().enumerate() {
        let Some(parsed) = candump::read_line(line) else {
            continue;
        };
        let f = parsed.map_err(|e| {
            Failure::new(Kind::Config, format!("{}:{}: {e}", path.display(), n + 1))
        })?;
        let t0 = *first.get_or_insert(f.timestamp);
        let offset = Duration::from_secs_f64((f.timestamp - t0).max(0.0));
        out.push((
            offset,
            RxFrame {
                id: f.id,
                flag: f.flag,
                dlc: f.dlc,
                data: f.data,
                at: Instant::now(),
            },
        ));
    }
    if out.is_empty() {
        return Err(Failure::new(
            Kind::Config,
            format!("--replay {}: no frames in it", path.display()),
        )
        .into());
    }
    Ok(out)
}

/// The device's own clock: bus traffic at a rate or from a replay, script ticks, session expiry.
pub(super) fn spawn_clock(
    state: Arc<Mutex<Device>>,
    replay: Option<Vec<(Duration, RxFrame)>>,
    demo: bool,
) {
    std::thread::spawn(move || {
        let start = Instant::now();
        let mut demo = demo.then(|| super::demo::Traffic::new(start));
        let mut generated: u64 = 0;
        let mut replay_pos = 0usize;
        let mut replay_base = start;
        let mut last_tick = start;
        loop {
            std::thread::sleep(Duration::from_millis(1));
            let now = Instant::now();
            let mut dev = state.lock().expect("device lock");
            dev.expire_session();
            if let Some(Traffic::Rate(fps)) = dev.generator.traffic {
                let due = (now - start).as_secs_f64() * fps as f64;
                while (generated as f64) < due {
                    let mut f = dev.generator.next_frame();
                    // On the bus frames arrive evenly spaced, not in the clock thread's 1 ms batches.
                    f.at = start + Duration::from_secs_f64(generated as f64 / fps as f64);
                    dev.deliver(&f);
                    generated += 1;
                }
            }
            if let Some(demo) = &mut demo {
                for f in demo.due(now) {
                    dev.deliver(&f);
                }
            }
            if let Some(frames) = &replay {
                while replay_pos < frames.len() && replay_base + frames[replay_pos].0 <= now {
                    let mut f = frames[replay_pos].1.clone();
                    f.at = replay_base + frames[replay_pos].0; // the log's own spacing
                    dev.deliver(&f);
                    replay_pos += 1;
                }
                if replay_pos == frames.len() {
                    replay_pos = 0;
                    replay_base = now + Duration::from_millis(1);
                }
            }
            if now - last_tick >= Duration::from_millis(500) {
                last_tick = now;
                let running: Vec<u32> = dev
                    .slots
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.state == SlotState::Running)
                    .map(|(i, _)| i as u32)
                    .collect();
                for n in running {
                    let t = {
                        let s = &mut dev.slots[n as usize];
                        s.ticks += 1;
                        s.ticks
                    };
                    dev.script_text(n, &format!("slot {n}: tick {t}\n"));
                }
            }
        }
    });
}
