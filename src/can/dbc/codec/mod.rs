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
    pub fn is_exact(&self) -> bool {
        self.exact.is_some()
    }
}

/// Decodes the signals of `msg` that are present in `data` (multiplexing applied) into `out` (cleared first),
/// in the message's signal order. Returns true when `data` is shorter than the message and a present signal did
/// not fit (it is left out; nothing is read past the data).
pub fn decode(msg: &Message, data: &[u8], out: &mut Vec<Decoded>) -> bool {
    out.clear();
    let short = data.len() < msg.length;
    let mut truncated = false;
    for (i, sig) in msg.signals.iter().enumerate() {
        let Some(layout) = Layout::of(sig) else {
            continue;
        };
        if sig.mux.is_some() && !present(msg, i, |s| switch_value(&msg.signals[s], data)) {
            continue;
        }
        match layout.read(data) {
            Some(b) => out.push(Decoded {
                signal: i,
                raw: bits::raw_of(sig, b),
            }),
            None => truncated |= short,
        }
    }
    truncated
}

/// A multiplexor's raw value in `data`; None when it does not fit or is not an integer signal.
fn switch_value(sig: &Signal, data: &[u8]) -> Option<i128> {
    match bits::raw_of(sig, Layout::of(sig)?.read(data)?) {
        Raw::Int(v) => Some(v),
        Raw::Float(_) => None,
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
    if let (Raw::Int(r), Some(e)) = (raw, &sig.scaling.exact)
        && let Some(v) = e.physical(r)
    {
        return scale::write_decimal(v, e.scale, out);
    }
    scale::write_float(physical(sig, raw), out);
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
