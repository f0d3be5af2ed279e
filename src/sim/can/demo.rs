//! The demo device (`fieldctl sim can --demo`, and the embedded simulator of `--host sim`): everything the
//! README's `can` examples use, in one place.
//!
//! - Bus traffic from a small car, at the messages' cycle times: `tests/data/dbc/engine.dbc`'s EngineData
//!   (0x100, 10 ms), Transmission (0x200, 20 ms), J1939Engine (0x18FEF100, extended, 100 ms) and Heartbeat
//!   (0x400, 1 s), with signals that move (engine speed, throttle and torque swing, the coolant warms up, the car
//!   drives at about 50 km/h in Drive, the odometer counts); and two body-node frames engine.dbc does not
//!   describe (0x120 every 20 ms, 0x123 every 10 ms: `--filter 120:7F0` passes them; a decode passes them
//!   through undecoded). About 310 frames/s in all, the same on every channel.
//! - An int envvar `speed` (0), for `can envvar set speed 42`.
//! - A device file `F:/log.kmf`: a small log of this traffic (its first second, as candump -L text; a real
//!   Memorator's KMF is binary), for `can file get F:/log.kmf ./logs/`.
//!
//! Every frame's payload is a function of its index, so a run's traffic is the same from the device's start.

use std::time::{Duration, Instant};

use super::Device;
use super::bus::RxFrame;
use super::canlib::*;
use super::envvar::Envvar;

/// The demo's envvars and files on `dev` (the traffic is the clock's: [`Traffic`]).
pub(super) fn demo(dev: &mut Device) {
    dev.envvars.insert("speed".to_owned(), Envvar::Int(0));
    dev.files.insert("F:/log.kmf".to_owned(), log());
}

/// One periodic message: its id, whether extended, its period, and its payload for the nth frame.
struct Message {
    id: u32,
    extended: bool,
    period: Duration,
    payload: fn(u64) -> Vec<u8>,
}

const MESSAGES: [Message; 6] = [
    Message {
        id: 0x100,
        extended: false,
        period: Duration::from_millis(10),
        payload: engine_data,
    },
    Message {
        id: 0x123,
        extended: false,
        period: Duration::from_millis(10),
        payload: body_counter,
    },
    Message {
        id: 0x200,
        extended: false,
        period: Duration::from_millis(20),
        payload: transmission,
    },
    Message {
        id: 0x120,
        extended: false,
        period: Duration::from_millis(20),
        payload: body_status,
    },
    Message {
        id: 0x18FE_F100,
        extended: true,
        period: Duration::from_millis(100),
        payload: j1939_engine,
    },
    Message {
        id: 0x400,
        extended: false,
        period: Duration::from_secs(1),
        payload: |_| Vec::new(),
    },
];

/// The demo traffic as the device's clock delivers it: every message at its cycle time from `start`.
pub(super) struct Traffic {
    start: Instant,
    sent: [u64; MESSAGES.len()],
}

impl Traffic {
    pub(super) fn new(start: Instant) -> Traffic {
        Traffic {
            start,
            sent: [0; MESSAGES.len()],
        }
    }

    /// The frames due by `now`, in time order, each stamped with its own time on the bus.
    pub(super) fn due(&mut self, now: Instant) -> Vec<RxFrame> {
        let mut out = Vec::new();
        for (m, sent) in MESSAGES.iter().zip(self.sent.iter_mut()) {
            while self.start + m.period * (*sent as u32) <= now {
                out.push(frame(m, *sent, self.start + m.period * (*sent as u32)));
                *sent += 1;
            }
        }
        out.sort_by_key(|f| f.at);
        out
    }
}

fn frame(m: &Message, n: u64, at: Instant) -> RxFrame {
    let data = (m.payload)(n);
    RxFrame {
        id: m.id,
        flag: if m.extended { MSG_EXT } else { MSG_STD },
        dlc: data.len() as u8,
        data,
        at,
    }
}

/// The demo log: the traffic's first second as candump -L lines.
fn log() -> Vec<u8> {
    let start = Instant::now();
    let mut t = Traffic::new(start);
    let mut text = String::new();
    for f in t.due(start + Duration::from_millis(999)) {
        let secs = (f.at - start).as_secs_f64();
        text.push_str(&format!(
            "({:.6}) can0 {}\n",
            1_767_225_600.0 + secs,
            frame_text(&f)
        ));
    }
    text.into_bytes()
}

/// `123#DEADBEEF`, `18FEF100#…` (extended ids in 8 digits), as candump -L writes a frame.
fn frame_text(f: &RxFrame) -> String {
    let id = if f.flag & MSG_EXT != 0 {
        format!("{:08X}", f.id)
    } else {
        format!("{:03X}", f.id)
    };
    let data: String = f.data.iter().map(|b| format!("{b:02X}")).collect();
    format!("{id}#{data}")
}

/// A smooth swing between 0 and 1 with a period of `period` frames.
fn swing(n: u64, period: u64) -> f64 {
    (1.0 - (std::f64::consts::TAU * (n % period) as f64 / period as f64).cos()) / 2.0
}

/// `raw` into `len` bits of `data` from DBC start bit `start`: Intel (little-endian, `@1`) or Motorola
/// (big-endian, `@0`: the start bit is the most significant).
fn put(data: &mut [u8], start: u32, len: u32, motorola: bool, raw: u64) {
    let mut bit = start;
    for i in 0..len {
        let v = if motorola {
            (raw >> (len - 1 - i)) & 1
        } else {
            (raw >> i) & 1
        };
        let (byte, b) = ((bit / 8) as usize, bit % 8);
        data[byte] = data[byte] & !(1 << b) | ((v as u8) << b);
        bit = match motorola {
            false => bit + 1,
            true if b == 0 => bit + 15,
            true => bit - 1,
        };
    }
}

/// `value` in the raw units of a signal of `scale` and `offset`, as `len`-bit two's complement.
fn raw(value: f64, scale: f64, offset: f64, len: u32) -> u64 {
    let r = ((value - offset) / scale).round() as i64;
    (r as u64) & ((1u64 << len) - 1)
}

/// EngineData (0x100, every 10 ms): speed 800…2600 rpm and throttle 8…38 % over 6 s, coolant 20 → 90 °C over
/// its first 70 s, oil 2…4 bar, torque 40…180 Nm, check-engine off.
fn engine_data(n: u64) -> Vec<u8> {
    let s = swing(n, 600);
    let mut d = vec![0u8; 8];
    put(
        &mut d,
        0,
        16,
        false,
        raw(800.0 + 1800.0 * s, 0.125, 0.0, 16),
    );
    let coolant = (20.0 + n as f64 / 100.0).min(90.0);
    put(&mut d, 16, 8, false, raw(coolant, 1.0, -40.0, 8));
    put(&mut d, 24, 8, false, raw(8.0 + 30.0 * s, 0.4, 0.0, 8));
    put(&mut d, 39, 10, true, raw(2.0 + 2.0 * s, 0.1, 0.0, 10));
    put(&mut d, 45, 12, true, raw(40.0 + 140.0 * s, 0.5, 0.0, 12));
    d
}

/// Transmission (0x200, every 20 ms): Drive, 40…60 km/h over 10 s, ratio 3.5.
fn transmission(n: u64) -> Vec<u8> {
    let mut d = vec![0u8; 4];
    put(&mut d, 0, 3, false, 3);
    put(
        &mut d,
        8,
        16,
        false,
        raw(40.0 + 20.0 * swing(n, 500), 0.01, 0.0, 16),
    );
    put(&mut d, 31, 8, true, raw(3.5, 0.1, 0.0, 8));
    d
}

/// J1939Engine (0x18FEF100, every 100 ms): brake released, wheel speed 40…60 km/h, the odometer from 12 345 km.
fn j1939_engine(n: u64) -> Vec<u8> {
    let kmh = 40.0 + 20.0 * swing(n * 5, 500);
    let mut d = vec![0u8; 8];
    put(&mut d, 2, 2, false, 0);
    put(&mut d, 8, 16, false, raw(kmh, 0.003_906_25, 0.0, 16));
    put(
        &mut d,
        32,
        32,
        false,
        raw(12_345.0 + n as f64 * 0.0014, 0.005, 0.0, 32),
    );
    d
}

/// A body node's counter (0x123, every 10 ms, not in engine.dbc): a 32-bit big-endian frame count.
fn body_counter(n: u64) -> Vec<u8> {
    (n as u32).to_be_bytes().to_vec()
}

/// A body node's status (0x120, every 20 ms, not in engine.dbc): doors, lights and a rolling counter.
fn body_status(n: u64) -> Vec<u8> {
    vec![0x0F, (n / 50 % 2) as u8, 0, 0, 0, 0, 0, n as u8]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_land_where_the_dbc_puts_them() {
        // Motorola 8 bits from start bit 31 is byte 3 exactly; 10 bits from 39: byte 4 and the top of byte 5.
        let mut d = [0u8; 8];
        put(&mut d, 31, 8, true, 35);
        assert_eq!(d, [0, 0, 0, 35, 0, 0, 0, 0]);
        let mut d = [0u8; 8];
        put(&mut d, 39, 10, true, 0x3FF);
        assert_eq!(d, [0, 0, 0, 0, 0xFF, 0xC0, 0, 0]);
        let mut d = [0u8; 8];
        put(&mut d, 8, 16, false, 0x1234);
        assert_eq!(d, [0, 0x34, 0x12, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn about_310_frames_a_second_and_a_one_second_log() {
        let start = Instant::now();
        let frames = Traffic::new(start).due(start + Duration::from_millis(999));
        assert_eq!(frames.len(), 100 + 100 + 50 + 50 + 10 + 1);
        assert!(frames.windows(2).all(|w| w[0].at <= w[1].at));
        let log = String::from_utf8(log()).unwrap();
        assert_eq!(log.lines().count(), frames.len());
        assert!(log.contains(" can0 18FEF100#"), "{log}");
        assert!(log.contains(" can0 400#\n"), "{log}");
    }
}
