//! Exact decimal scaling: physical = raw × factor + offset computed on integers scaled by a power of ten taken
//! from the factor and offset as written (`0.01` → 2 decimals, `1E-005` → 5), so `0.1` × 58 is `5.8`, never
//! `5.800000000000001`. Anything that is not a plain decimal or would overflow i128 falls back to f64.

use std::fmt::Write;

/// `digits × 10^-scale`, with no trailing zeros in `digits` while `scale > 0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub digits: i128,
    pub scale: u32,
}

/// Most decimals a scale may have: 10^38 is the largest power of ten in i128.
const MAX_SCALE: u32 = 38;

impl Decimal {
    /// A plain decimal (`-0.5`, `+12`, `.5`, `5.`, `1E-005`, `2.5e3`), None for anything else or too large.
    pub fn parse(text: &str) -> Option<Decimal> {
        let s = text.trim().as_bytes();
        let (negative, s) = match s.first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let mut digits: i128 = 0;
        let mut fraction: i64 = 0;
        let mut seen_digit = false;
        let mut seen_point = false;
        let mut i = 0;
        while i < s.len() {
            match s[i] {
                c @ b'0'..=b'9' => {
                    digits = digits.checked_mul(10)?.checked_add(i128::from(c - b'0'))?;
                    fraction += i64::from(seen_point);
                    seen_digit = true;
                }
                b'.' if !seen_point => seen_point = true,
                _ => break,
            }
            i += 1;
        }
        if !seen_digit {
            return None;
        }
        let mut exponent: i64 = 0;
        if i < s.len() {
            if !matches!(s[i], b'e' | b'E') {
                return None;
            }
            let rest = std::str::from_utf8(&s[i + 1..]).ok()?;
            let plain = rest.strip_prefix(['+', '-']).unwrap_or(rest);
            if plain.is_empty() || plain.len() > 6 || !plain.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            exponent = rest.parse().ok()?;
        }
        if negative {
            digits = -digits;
        }
        let mut scale = fraction - exponent;
        if scale < 0 {
            digits = digits.checked_mul(pow10(u32::try_from(-scale).ok()?)?)?;
            scale = 0;
        }
        while scale > 0 && digits % 10 == 0 {
            digits /= 10;
            scale -= 1;
        }
        let scale = u32::try_from(scale).ok().filter(|&s| s <= MAX_SCALE)?;
        Some(Decimal { digits, scale })
    }

    /// The same number with `scale` decimals (not fewer than its own), None on overflow.
    pub fn at(self, scale: u32) -> Option<i128> {
        self.digits
            .checked_mul(pow10(scale.checked_sub(self.scale)?)?)
    }
}

pub fn pow10(n: u32) -> Option<i128> {
    10i128.checked_pow(n)
}

/// A signal's factor and offset as integers over 10^scale, computed once per signal (see `Signal::scaling`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exact {
    pub factor: i128,
    pub offset: i128,
    pub scale: u32,
}

impl Exact {
    pub fn of(factor_text: &str, offset_text: &str) -> Option<Exact> {
        let (f, o) = (Decimal::parse(factor_text)?, Decimal::parse(offset_text)?);
        let scale = f.scale.max(o.scale);
        Some(Exact {
            factor: f.at(scale)?,
            offset: o.at(scale)?,
            scale,
        })
    }

    /// raw × factor + offset over 10^scale, None on overflow.
    #[inline]
    pub fn physical(&self, raw: i128) -> Option<i128> {
        raw.checked_mul(self.factor)?.checked_add(self.offset)
    }

    /// (value − offset) / factor, rounded half to even when not exact (as Python's `round`, which cantools
    /// uses). None when the factor is 0 or on overflow.
    pub fn raw(&self, value: Decimal) -> Option<i128> {
        let scale = self.scale.max(value.scale);
        let up = pow10(scale - self.scale)?;
        let num = value.at(scale)?.checked_sub(self.offset.checked_mul(up)?)?;
        let den = self.factor.checked_mul(up)?;
        div_round_even(num, den)
    }
}

fn div_round_even(num: i128, den: i128) -> Option<i128> {
    if den == 0 {
        return None;
    }
    let (num, den) = if den < 0 {
        (num.checked_neg()?, den.checked_neg()?)
    } else {
        (num, den)
    };
    let q = num.div_euclid(den);
    let r = num.rem_euclid(den); // 0 <= r < den
    let twice = r.checked_mul(2)?;
    Some(if twice > den || (twice == den && q % 2 != 0) {
        q + 1
    } else {
        q
    })
}

/// Writes `value × 10^-scale` with trailing zeros of the fraction trimmed (`250.5`, `2`, `-0.25`, `0`).
pub fn write_decimal(value: i128, scale: u32, out: &mut String) {
    if value < 0 {
        out.push('-');
    }
    let magnitude = value.unsigned_abs();
    let Some(unit) = 10u128.checked_pow(scale) else {
        let _ = write!(out, "{magnitude}e-{scale}"); // unreachable: scales are at most 38
        return;
    };
    // Nearly every value fits u64, which divides and formats many times faster than u128 (this runs for each
    // signal of each decoded frame).
    if let (Ok(m), Ok(u)) = (u64::try_from(magnitude), u64::try_from(unit)) {
        push_u64(out, m / u, 0);
        let fraction = m % u;
        if fraction != 0 {
            out.push('.');
            push_u64(out, fraction, scale as usize);
            let trimmed = out.trim_end_matches('0').len();
            out.truncate(trimmed);
        }
        return;
    }
    let (whole, fraction) = (magnitude / unit, magnitude % unit);
    let _ = write!(out, "{whole}");
    if fraction != 0 {
        let _ = write!(out, ".{fraction:0width$}", width = scale as usize);
        let trimmed = out.trim_end_matches('0').len();
        out.truncate(trimmed);
    }
}

/// `n` in decimal, zero-padded on the left to `width` digits.
/// `n` in decimal, zero-padded to `width` digits (0: as many as it has), without formatting machinery.
pub fn push_u64(out: &mut String, mut n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut i = digits.len();
    while n > 0 || i == digits.len() {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let i = i.min(digits.len().saturating_sub(width));
    out.push_str(std::str::from_utf8(&digits[i..]).expect("ASCII digits"));
}

/// Writes a float as JSON: Rust's shortest round-trip digits, in exponent form when very large or small (so
/// 1e300 is not 301 digits), `null` when not finite.
pub fn write_float(value: f64, out: &mut String) {
    if !value.is_finite() {
        out.push_str("null");
    } else if value == 0.0 {
        out.push('0');
    } else if (1e-5..1e16).contains(&value.abs()) {
        let _ = write!(out, "{value}");
    } else {
        let _ = write!(out, "{value:e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Option<(i128, u32)> {
        Decimal::parse(text).map(|d| (d.digits, d.scale))
    }

    #[test]
    fn decimals_as_dbc_files_write_them() {
        assert_eq!(dec("0.01"), Some((1, 2)));
        assert_eq!(dec("1E-005"), Some((1, 5)));
        assert_eq!(dec("-0.5"), Some((-5, 1)));
        assert_eq!(dec("100"), Some((100, 0)));
        assert_eq!(dec("0.100"), Some((1, 1)));
        assert_eq!(dec("2.5e3"), Some((2500, 0)));
        assert_eq!(dec("+.5"), Some((5, 1)));
        assert_eq!(dec("5."), Some((5, 0)));
        assert_eq!(dec(" 3 "), Some((3, 0)));
        assert_eq!(dec("0"), Some((0, 0)));
        assert_eq!(dec("-0.0"), Some((0, 0)));
        for bad in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "0x10", "1,5", "inf", "NaN", "1e300", "1e-60",
        ] {
            assert_eq!(dec(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn exact_physical_text() {
        let cases = [
            ("0.1", "0", 58, "5.8"),
            ("0.01", "250", 5, "250.05"),
            ("0.5", "0", 501, "250.5"),
            ("1", "0", 2, "2"),
            ("0.25", "0", -1, "-0.25"),
            ("0.01", "-0.01", 1, "0"),
            ("1E-005", "0", 123, "0.00123"),
            ("-0.5", "100", 3, "98.5"),
            ("100", "-40", 7, "660"),
            ("1", "0", u64::MAX as i128, "18446744073709551615"),
            ("1", "0", i64::MIN as i128, "-9223372036854775808"),
            ("1E-005", "0", -100_001, "-1.00001"),
            (
                "0.001",
                "0",
                1_000_000_000_000_000_000_000_000,
                "1000000000000000000000",
            ),
            ("0.00000000000000000001", "0", 3, "0.00000000000000000003"),
        ];
        for (factor, offset, raw, want) in cases {
            let e = Exact::of(factor, offset).unwrap();
            let mut s = String::new();
            write_decimal(e.physical(raw).unwrap(), e.scale, &mut s);
            assert_eq!(s, want, "{factor} {offset} {raw}");
        }
    }

    #[test]
    fn exact_raw_rounds_half_to_even() {
        let e = Exact::of("0.1", "0").unwrap();
        let raw = |t: &str| e.raw(Decimal::parse(t).unwrap());
        assert_eq!(raw("5.8"), Some(58));
        assert_eq!(raw("0.05"), Some(0));
        assert_eq!(raw("0.15"), Some(2));
        assert_eq!(raw("0.16"), Some(2));
        assert_eq!(raw("-0.15"), Some(-2));
        assert_eq!(raw("-0.16"), Some(-2));
        let negative = Exact::of("-0.5", "10").unwrap();
        assert_eq!(negative.raw(Decimal::parse("9").unwrap()), Some(2));
        assert_eq!(
            Exact::of("0", "1")
                .unwrap()
                .raw(Decimal::parse("1").unwrap()),
            None
        );
    }

    #[test]
    fn floats_as_json() {
        let text = |v: f64| {
            let mut s = String::new();
            write_float(v, &mut s);
            s
        };
        assert_eq!(text(5.8), "5.8");
        assert_eq!(text(2.0), "2");
        assert_eq!(text(-0.0), "0");
        assert_eq!(text(1e300), "1e300");
        assert_eq!(text(-1.5e-7), "-1.5e-7");
        assert_eq!(text(f64::INFINITY), "null");
        assert_eq!(text(f64::NAN), "null");
        assert_eq!(text(0.1f32 as f64), "0.10000000149011612");
    }
}
