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

/// `3 min ago`, `2 h ago`, `5 days ago`: the age of data for people.
pub fn age_words(secs: u64) -> String {
    match secs {
        0..=59 => format!("{secs} s ago"),
        60..=3599 => format!("{} min ago", secs / 60),
        3600..=172_799 => format!("{} h ago", secs / 3600),
        _ => format!("{} days ago", secs / 86_400),
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
}
