//! Where a signal's bits are in a frame, and reading and writing them.
//!
//! Every signal, whatever its byte order, occupies a run of whole bytes `first..=last` (at most 9 for 64 bits)
//! that, read as one integer (little-endian for Intel, big-endian for Motorola) and shifted right by `shift`,
//! has the signal's value in its low `length` bits. So one read is a short byte loop, a shift and a mask.

use super::Raw;
use crate::can::dbc::model::{ByteOrder, Signal, ValueType};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub first: usize,
    pub last: usize,
    shift: u32,
    length: u32,
    motorola: bool,
}

impl Layout {
    /// Reads nothing from any frame.
    pub const NEVER: Layout = Layout {
        first: usize::MAX,
        last: usize::MAX,
        shift: 0,
        length: 1,
        motorola: false,
    };

    /// None when the length is outside 1..=64 (nothing can be read or written for such a signal).
    pub fn of(sig: &Signal) -> Option<Layout> {
        let length = u32::from(sig.length);
        if !(1..=64).contains(&length) {
            return None;
        }
        let start = usize::from(sig.start);
        let bits = length as usize;
        Some(match sig.byte_order {
            ByteOrder::Intel => {
                let end = start + bits - 1;
                Layout {
                    first: start / 8,
                    last: end / 8,
                    shift: (start % 8) as u32,
                    length,
                    motorola: false,
                }
            }
            ByteOrder::Motorola => {
                // Position counted from the most significant bit of byte 0; the signal runs from its MSB at `pos`
                // to its LSB at `end`, which has weight 7 - end % 8 in the last byte.
                let pos = start / 8 * 8 + 7 - start % 8;
                let end = pos + bits - 1;
                Layout {
                    first: pos / 8,
                    last: end / 8,
                    shift: 7 - (end % 8) as u32,
                    length,
                    motorola: true,
                }
            }
        })
    }

    /// The signal's bits, None when `data` ends before the signal's last byte.
    #[inline]
    pub fn read(&self, data: &[u8]) -> Option<u64> {
        if self.last >= data.len() {
            return None;
        }
        let bytes = &data[self.first..=self.last];
        let mut acc: u128 = 0;
        if self.motorola {
            for &b in bytes {
                acc = acc << 8 | u128::from(b);
            }
        } else {
            for &b in bytes.iter().rev() {
                acc = acc << 8 | u128::from(b);
            }
        }
        Some((acc >> self.shift) as u64 & mask(self.length))
    }

    /// Replaces the signal's bits in `data` with the low `length` bits of `value`; false (nothing written) when
    /// `data` is too short.
    pub fn write(&self, data: &mut [u8], value: u64) -> bool {
        let Some(bytes) = data.get_mut(self.first..=self.last) else {
            return false;
        };
        let m = u128::from(mask(self.length)) << self.shift;
        let v = u128::from(value & mask(self.length)) << self.shift;
        let n = bytes.len();
        for (k, b) in bytes.iter_mut().enumerate() {
            let at = 8 * if self.motorola { n - 1 - k } else { k };
            let (bm, bv) = ((m >> at) as u8, (v >> at) as u8);
            *b = (*b & !bm) | bv;
        }
        true
    }
}

pub fn mask(length: u32) -> u64 {
    if length >= 64 {
        u64::MAX
    } else {
        (1u64 << length) - 1
    }
}

/// The width of an IEEE signal: SIG_VALTYPE_ 1/2 on a 32/64-bit signal (bitstruct decides by the length too).
/// Other lengths are read as integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ieee {
    Single,
    Double,
}

pub fn ieee(sig: &Signal) -> Option<Ieee> {
    match (sig.value_type, sig.length) {
        (ValueType::Integer, _) => None,
        (_, 32) => Some(Ieee::Single),
        (_, 64) => Some(Ieee::Double),
        _ => None,
    }
}

/// How a signal's bits become its raw value, resolved once (see [`raw_of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Unsigned,
    /// Sign-extended from its length: the bits unused above it.
    Signed(u32),
    Single,
    Double,
}

impl Kind {
    pub fn of(sig: &Signal) -> Kind {
        match ieee(sig) {
            Some(Ieee::Single) => Kind::Single,
            Some(Ieee::Double) => Kind::Double,
            None if sig.signed => Kind::Signed(64 - u32::from(sig.length).clamp(1, 64)),
            None => Kind::Unsigned,
        }
    }

    #[inline]
    pub fn raw(self, bits: u64) -> Raw {
        match self {
            Kind::Unsigned => Raw::Int(i128::from(bits)),
            Kind::Signed(unused) => Raw::Int(i128::from(((bits << unused) as i64) >> unused)),
            Kind::Single => Raw::Float(f64::from(f32::from_bits(bits as u32))),
            Kind::Double => Raw::Float(f64::from_bits(bits)),
        }
    }
}

/// The raw value of the signal's bits: sign-extended when signed, the float when IEEE.
#[inline]
pub fn raw_of(sig: &Signal, bits: u64) -> Raw {
    match ieee(sig) {
        Some(Ieee::Single) => Raw::Float(f64::from(f32::from_bits(bits as u32))),
        Some(Ieee::Double) => Raw::Float(f64::from_bits(bits)),
        None if sig.signed => {
            let unused = 64 - u32::from(sig.length).clamp(1, 64);
            Raw::Int(i128::from(((bits << unused) as i64) >> unused))
        }
        None => Raw::Int(i128::from(bits)),
    }
}

/// The bits of a raw value, None when it does not fit the signal (out of its integer range, or a finite value
/// that is infinite as a single float).
pub fn bits_of(sig: &Signal, raw: Raw) -> Option<u64> {
    match (ieee(sig), raw) {
        (Some(Ieee::Single), Raw::Float(f)) => {
            let single = f as f32;
            (single.is_finite() || !f.is_finite()).then_some(u64::from(single.to_bits()))
        }
        (Some(Ieee::Double), Raw::Float(f)) => Some(f.to_bits()),
        (Some(_), Raw::Int(i)) => bits_of(sig, Raw::Float(i as f64)),
        (None, Raw::Float(f)) => {
            let r = f.round_ties_even();
            (r.is_finite() && r.abs() < 1e38).then(|| bits_of(sig, Raw::Int(r as i128)))?
        }
        (None, Raw::Int(i)) => {
            let (lo, hi) = int_range(sig);
            (lo..=hi)
                .contains(&i)
                .then_some(i as u64 & mask(u32::from(sig.length)))
        }
    }
}

/// The raw integer range of a signal's bits (for an unusable length, 0..=0).
pub fn int_range(sig: &Signal) -> (i128, i128) {
    let length = u32::from(sig.length);
    if !(1..=64).contains(&length) {
        return (0, 0);
    }
    if sig.signed {
        (-(1i128 << (length - 1)), (1i128 << (length - 1)) - 1)
    } else {
        (0, (1i128 << length) - 1)
    }
}
