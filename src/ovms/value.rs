//! Reading the server's values. Fields taken from vehicle messages are strings (`"soc":"85"`, `"speed":"-9.7"`),
//! `""` when empty and null when the car sent a shorter message; flags are numbers equal to their bitmask;
//! ages are integers and times `YYYY-MM-DD HH:MM:SS` UTC. Every reader accepts string, number or null.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

/// A number from a string or a number (`"85"`, `85`, `"-9.7"`); None for `""`, null, absent or not a number.
pub fn number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
        _ => None,
    }
}

/// A flag: non-zero is true (`16` for charging), `"1"`/`"0"` as strings too; None when empty or absent.
pub fn flag(v: Option<&Value>) -> Option<bool> {
    match v? {
        Value::Bool(b) => Some(*b),
        other => number(Some(other)).map(|n| n != 0.0),
    }
}

/// A non-empty text (a number is shown as the server wrote it).
pub fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `"2026-12-01 09:04:26"` (UTC) as a time.
pub fn time(v: Option<&Value>) -> Option<SystemTime> {
    parse_time(v?.as_str()?)
}

/// `YYYY-MM-DD HH:MM:SS` (also with `T`) UTC → a time; None when malformed.
pub fn parse_time(s: &str) -> Option<SystemTime> {
    let s = s.trim();
    let (date, clock) = s.split_once([' ', 'T'])?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let clock = clock.trim_end_matches('Z');
    let mut c = clock.split(':').map(|p| p.parse::<i64>().ok());
    let (h, min, sec) = (c.next()??, c.next()??, c.next().flatten().unwrap_or(0));
    if d.next().is_some()
        || !(1..=12).contains(&m)
        || !(1..=31).contains(&day)
        || h > 23
        || min > 59
        || sec > 60
    {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + h * 3600 + min * 60 + sec;
    u64::try_from(secs)
        .ok()
        .map(|s| UNIX_EPOCH + Duration::from_secs(s))
}

/// A time as the server writes it (for `since=`).
pub fn server_time(t: SystemTime) -> String {
    let rfc = crate::output::Time(t).rfc3339();
    // 2026-12-01T09:04:26Z → 2026-12-01 09:04:26
    rfc.get(..19).unwrap_or(&rfc).replacen('T', " ", 1)
}

/// `3 min ago`, `1 h 5 min ago`, `2 days 3 h ago`: the age of data for people.
pub fn age_words(secs: u64) -> String {
    format!("{} ago", duration_words(secs))
}

/// A duration for people, the one formatter of the group: `40 s`, `3 min`, `1 h`, `1 h 5 min`, `1 day`,
/// `2 days 3 h` (two units at most; the smaller dropped when it is 0).
pub fn duration_words(secs: u64) -> String {
    let days = |d: u64| {
        if d == 1 {
            "1 day".to_owned()
        } else {
            format!("{d} days")
        }
    };
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", secs / 60),
        3600..=86_399 => match secs % 3600 / 60 {
            0 => format!("{} h", secs / 3600),
            m => format!("{} h {m} min", secs / 3600),
        },
        _ => match secs % 86_400 / 3600 {
            0 => days(secs / 86_400),
            h => format!("{} {h} h", days(secs / 86_400)),
        },
    }
}

/// An age given on the command line: `600` (seconds), `90s`, `10m`, `1h`, `2d`, `1w` (the ages `--since`
/// takes). The error says what was wrong, for a usage failure.
pub fn parse_age(text: &str) -> Result<u64, String> {
    let t = text.trim();
    if t.starts_with('-') {
        return Err(format!(
            "{text:?} is negative: expected an age such as 600, 10m, 1h or 2d"
        ));
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    let per = match unit {
        "" | "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => 0,
    };
    match n.parse::<u64>() {
        Ok(n) if per > 0 => n
            .checked_mul(per)
            .ok_or_else(|| format!("{text:?} is too large")),
        _ => Err(format!(
            "{text:?} is not an age: expected seconds (600) or a number with s, m, h, d or w (10m, 1h, 2d)"
        )),
    }
}

/// The car's `units` (`K` km, `M` miles; trimmed, any case) as (distance unit, speed unit); None for
/// anything else (the numbers are then unnamed, never guessed).
pub fn units(u: Option<&str>) -> Option<(&'static str, &'static str)> {
    match u?.trim().to_ascii_uppercase().as_str() {
        "K" => Some(("km", "km/h")),
        "M" => Some(("mi", "mph")),
        _ => None,
    }
}

/// A number from the server, as the rows print it: a whole value as a JSON integer (`85`, not `85.0`),
/// anything else as the shortest float that reads back the same (`12.3456`); never NaN or infinite. No
/// rounding: the human FIELD/VALUE lines round, the typed rows keep what the car sent.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Number(f64);

impl Number {
    /// None for NaN and infinities; `-0` is `0`.
    pub fn new(x: f64) -> Option<Number> {
        x.is_finite()
            .then_some(Number(if x == 0.0 { 0.0 } else { x }))
    }

    pub fn get(self) -> f64 {
        self.0
    }

    /// A number field of the server's (string, number, `""` or null).
    pub fn read(v: Option<&Value>) -> Option<Number> {
        number(v).and_then(Number::new)
    }
}

impl From<Number> for f64 {
    fn from(n: Number) -> f64 {
        n.0
    }
}

impl PartialEq<f64> for Number {
    fn eq(&self, other: &f64) -> bool {
        self.0 == *other
    }
}

impl PartialOrd<f64> for Number {
    fn partial_cmp(&self, other: &f64) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(other)
    }
}

impl serde::Serialize for Number {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Integers beyond 2^53 are not exact in an f64 anyway: those stay floats.
        if self.0.fract() == 0.0 && self.0.abs() < 9e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_what_the_server_sends() {
        assert_eq!(number(Some(&json!("85"))), Some(85.0));
        assert_eq!(number(Some(&json!("-9.7"))), Some(-9.7));
        assert_eq!(number(Some(&json!(12.5))), Some(12.5));
        assert_eq!(number(Some(&json!(""))), None);
        assert_eq!(number(Some(&Value::Null)), None);
        assert_eq!(number(None), None);
        assert_eq!(number(Some(&json!("n/a"))), None);
        assert_eq!(flag(Some(&json!(16))), Some(true));
        assert_eq!(flag(Some(&json!(0))), Some(false));
        assert_eq!(flag(Some(&json!("1"))), Some(true));
        assert_eq!(flag(Some(&json!(""))), None);
        assert_eq!(text(Some(&json!(""))), None);
        assert_eq!(text(Some(&json!(" K "))), Some("K".into()));
    }

    #[test]
    fn times_round_trip() {
        let t = parse_time("2026-12-01 09:04:26").unwrap();
        assert_eq!(crate::output::Time(t).rfc3339(), "2026-12-01T09:04:26Z");
        assert_eq!(server_time(t), "2026-12-01 09:04:26");
        assert_eq!(
            parse_time("2024-02-29 00:00:00")
                .map(server_time)
                .as_deref(),
            Some("2024-02-29 00:00:00")
        );
        assert_eq!(parse_time("1970-01-01 00:00:00"), Some(UNIX_EPOCH));
        assert_eq!(parse_time("2026-13-01 00:00:00"), None);
        assert_eq!(parse_time(""), None);
        assert_eq!(age_words(180), "3 min ago");
    }

    #[test]
    fn one_duration_formatter() {
        assert_eq!(duration_words(40), "40 s");
        assert_eq!(duration_words(3600), "1 h");
        assert_eq!(duration_words(3900), "1 h 5 min");
        assert_eq!(duration_words(86_400), "1 day");
        assert_eq!(duration_words(86_400 + 23 * 3600), "1 day 23 h");
        assert_eq!(duration_words(2 * 86_400), "2 days");
        assert_eq!(age_words(47 * 3600), "1 day 23 h ago");
        assert_eq!(parse_age("600"), Ok(600));
        assert_eq!(parse_age("10m"), Ok(600));
        assert_eq!(parse_age("1h"), Ok(3600));
        assert_eq!(parse_age("2d"), Ok(172_800));
        assert!(parse_age("-5").unwrap_err().contains("negative"));
        assert!(parse_age("10x").is_err());
        assert!(parse_age("").is_err());
        assert_eq!(units(Some(" k ")), Some(("km", "km/h")));
        assert_eq!(units(Some("M")), Some(("mi", "mph")));
        assert_eq!(units(Some("X")), None);
        assert_eq!(units(None), None);
    }

    #[test]
    fn numbers_print_whole_values_as_integers_and_never_round() {
        let j = |x: f64| serde_json::to_string(&Number::new(x)).unwrap();
        assert_eq!(j(85.0), "85");
        assert_eq!(j(-0.0), "0");
        assert_eq!(j(12.3456), "12.3456");
        assert_eq!(j(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(j(f64::NAN), "null");
        assert_eq!(j(f64::INFINITY), "null");
        assert_eq!(
            Number::read(Some(&json!("123456.7"))).map(Number::get),
            Some(123456.7)
        );
    }
}
