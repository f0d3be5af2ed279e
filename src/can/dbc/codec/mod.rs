//! Bits to values and back.
//!
//! Bit numbering is DBC's: bit `n` is bit `n % 8` of byte `n / 8`. Intel (`@1`) signals start at their least
//! significant bit and go up; Motorola (`@0`) signals start at their most significant bit and go down the
//! sawtooth (7, 6 … 0 of byte 0, then 15 … 8 of byte 1 …), as cantools and CANdb++ count.
//!
//! Exactness: integer signals are scaled on integers from the factor and offset TEXT (see `scale`), so printed
//! values have the decimals the DBC implies and encoding inverts decoding exactly; f64 is only the fallback for
//! texts that are not plain decimals. IEEE signals are f64 throughout, as cantools has them.

mod bits;
mod encode;
mod scale;

use super::model::{Message, Signal};

pub use bits::Layout;
pub use scale::push_u64;

/// A signal's raw value as read from a frame: integers sign-extended when the signal is signed, IEEE signals as
/// their float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Raw {
    Int(i128),
    Float(f64),
}

/// One present signal of a decoded frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decoded {
    /// Index in `Message::signals`.
    pub signal: usize,
    pub raw: Raw,
}

/// Exact decimal scaling of a signal, computed once from its factor and offset text (see `Signal::scaling`).
/// The default (and texts that are not plain decimals) scale with the f64 `factor` and `offset`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scaling {
    exact: Option<scale::Exact>,
}

impl Scaling {
    pub fn of(factor_text: &str, offset_text: &str) -> Scaling {
        Scaling {
            exact: scale::Exact::of(factor_text, offset_text),
        }
    }

    /// True when values are computed exactly from the texts (not with f64).
    #[cfg(test)]
    pub fn is_exact(&self) -> bool {
        self.exact.is_some()
    }
}

/// Decodes the signals of `msg` that are present in `data` (multiplexing applied) into `out` (cleared first),
/// in the message's signal order. Returns true when `data` is shorter than the message and a present signal did
/// not fit (it is left out; nothing is read past the data). The commands build a [`Decoder`] once per message;
/// this one-off form is for tests.
#[cfg(test)]
pub fn decode(msg: &Message, data: &[u8], out: &mut Vec<Decoded>) -> bool {
    Decoder::new(msg, |_| true).decode(msg, data, out)
}

/// A message's signals prepared once for decoding many frames: layouts, value kinds and multiplexors resolved
/// at load, the multiplexors read once per frame, the signals not printed skipped.
pub struct Decoder {
    slots: Vec<Slot>,
    /// The multiplexors conditions refer to: (signal index, layout, kind).
    switches: Vec<(usize, Layout, bits::Kind)>,
    /// Per signal: its place in `switches` (unused for signals no condition refers to).
    switch_of: Vec<usize>,
    /// The switches' raw values in the frame being decoded.
    values: Vec<Option<i128>>,
    length: usize,
}

struct Slot {
    signal: usize,
    layout: Layout,
    kind: bits::Kind,
    conditional: bool,
    /// Wanted in the output; the others are only checked for truncation.
    shown: bool,
}

impl Decoder {
    /// `shown(i)`: whether signal `i` goes into the output.
    pub fn new(msg: &Message, shown: impl Fn(usize) -> bool) -> Decoder {
        let mut switch_of = vec![usize::MAX; msg.signals.len()];
        let mut switches = Vec::new();
        for sig in &msg.signals {
            if let Some(c) = &sig.mux
                && c.switch < msg.signals.len()
                && switch_of[c.switch] == usize::MAX
            {
                let sw = &msg.signals[c.switch];
                switch_of[c.switch] = switches.len();
                // An unusable length never reads: an impossible layout (first byte past any frame).
                let layout = Layout::of(sw).unwrap_or(Layout::NEVER);
                switches.push((c.switch, layout, bits::Kind::of(sw)));
            }
        }
        let slots = msg
            .signals
            .iter()
            .enumerate()
            .filter_map(|(i, sig)| {
                Some(Slot {
                    signal: i,
                    layout: Layout::of(sig)?,
                    kind: bits::Kind::of(sig),
                    conditional: sig.mux.is_some(),
                    shown: shown(i),
                })
            })
            .collect();
        Decoder {
            slots,
            values: vec![None; switches.len()],
            switches,
            switch_of,
            length: msg.length,
        }
    }

    /// As [`decode`], for the message this was built from; only the shown signals go into `out`.
    pub fn decode(&mut self, msg: &Message, data: &[u8], out: &mut Vec<Decoded>) -> bool {
        out.clear();
        for (v, (_, layout, kind)) in self.values.iter_mut().zip(&self.switches) {
            *v = match layout.read(data).map(|b| kind.raw(b)) {
                Some(Raw::Int(v)) => Some(v),
                _ => None,
            };
        }
        let (values, switch_of) = (&self.values, &self.switch_of);
        let raw_of = |s: usize| values.get(switch_of[s]).copied().flatten();
        let short = data.len() < self.length;
        let mut truncated = false;
        for slot in &self.slots {
            if !slot.shown {
                truncated |= short
                    && slot.layout.last >= data.len()
                    && (!slot.conditional || present(msg, slot.signal, raw_of));
                continue;
            }
            if slot.conditional && !present(msg, slot.signal, raw_of) {
                continue;
            }
            match slot.layout.read(data) {
                Some(b) => out.push(Decoded {
                    signal: slot.signal,
                    raw: slot.kind.raw(b),
                }),
                None => truncated |= short,
            }
        }
        truncated
    }
}

/// Whether signal `signal` of `msg` is present, given each signal's raw integer value (`None`: not there): a
/// signal without a condition is; one with a condition is when its switch is present and the switch's value is
/// in a range. A cycle of conditions (a broken file) or a switch index out of range means absent.
pub fn present(msg: &Message, signal: usize, raw_of: impl Fn(usize) -> Option<i128>) -> bool {
    let mut i = signal;
    for _ in 0..=msg.signals.len() {
        let Some(cond) = msg.signals.get(i).map(|s| &s.mux) else {
            return false;
        };
        let Some(cond) = cond else {
            return true;
        };
        if cond.switch >= msg.signals.len() {
            return false;
        }
        match raw_of(cond.switch) {
            Some(v) if in_ranges(&cond.ranges, v) => i = cond.switch,
            _ => return false,
        }
    }
    false
}

fn in_ranges(ranges: &[(u64, u64)], v: i128) -> bool {
    ranges
        .iter()
        .any(|&(lo, hi)| i128::from(lo) <= v && v <= i128::from(hi))
}

/// Appends the physical value as a JSON-valid number: exact decimal for integer signals, with the precision
/// the factor and offset imply; the shortest round-trip text for IEEE signals (`null` when not finite).
pub fn write_physical(sig: &Signal, raw: Raw, out: &mut String) {
    write_value(sig, raw, out, false);
}

/// As [`write_physical`], for text (table, CSV): a value that is not finite is `nan`, `inf` or `-inf`, as
/// cantools (Python) prints it and pandas reads it.
pub fn write_physical_text(sig: &Signal, raw: Raw, out: &mut String) {
    write_value(sig, raw, out, true);
}

#[inline]
fn write_value(sig: &Signal, raw: Raw, out: &mut String, text: bool) {
    if let (Raw::Int(r), Some(e)) = (raw, &sig.scaling.exact)
        && let Some(v) = e.physical(r)
    {
        return scale::write_decimal(v, e.scale, out);
    }
    let v = physical(sig, raw);
    if text && !v.is_finite() {
        out.push_str(if v.is_nan() {
            "nan"
        } else if v > 0.0 {
            "inf"
        } else {
            "-inf"
        });
        return;
    }
    scale::write_float(v, out);
}

/// The physical value as f64 (for range checks and sorting; print with [`write_physical`]).
pub fn physical(sig: &Signal, raw: Raw) -> f64 {
    match raw {
        Raw::Int(r) => {
            if let Some(e) = &sig.scaling.exact
                && let Some(v) = e.physical(r)
            {
                return v as f64 / 10f64.powi(e.scale as i32);
            }
            r as f64 * sig.factor + sig.offset
        }
        Raw::Float(f) => f * sig.factor + sig.offset,
    }
}

/// Encodes `msg` from (signal name, user text) pairs: physical numbers or choice names. Signals not given take
/// `GenSigStartValue` (raw) or 0. Errors are `Kind::Usage` naming the signal and its range, or the nearest names.
/// The frame is `msg.length` bytes; any error means no frame.
pub fn encode(msg: &Message, values: &[(&str, &str)]) -> anyhow::Result<Vec<u8>> {
    encode::frame(msg, values)
}

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
