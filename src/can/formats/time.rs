//! Calendar times as Vector logs write them: ASC's local `Tue Dec 01 15:20:26.123 2026` and BLF's UTC SYSTEMTIME.

use std::time::{SystemTime, UNIX_EPOCH};

pub fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// The local time zone's offset from UTC at `secs`, in seconds (python-can writes and reads ASC in local time).
#[cfg(unix)]
fn local_offset(secs: i64) -> i64 {
    let t = secs as libc::time_t;
    // SAFETY: localtime_r only writes the tm we own.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff
    }
}

#[cfg(not(unix))]
fn local_offset(_secs: i64) -> i64 {
    0
}

/// Civil date (year, month 1-12, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/// Broken-down UTC time: year, month, weekday (0 = Sunday), day, hour, minute, second, millisecond.
pub fn utc_parts(ts: f64) -> [i64; 8] {
    let ms = (ts * 1000.0).round() as i64;
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil(days);
    [
        y,
        i64::from(m),
        (days + 4).rem_euclid(7),
        i64::from(d),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        ms.rem_euclid(1000),
    ]
}

/// UTC parts back to seconds; None for an invalid date (BLF writes zeros when it has no start time).
pub fn from_utc_parts(y: i64, m: u32, d: u32, h: u32, min: u32, s: u32, ms: u32) -> Option<f64> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || h > 23 || min > 59 || s > 59 || ms > 999
    {
        return None;
    }
    let secs = days_from_civil(y, m, d) * 86_400
        + i64::from(h) * 3600
        + i64::from(min) * 60
        + i64::from(s);
    Some(secs as f64 + f64::from(ms) / 1000.0)
}

/// ASC's date in local time with milliseconds: `Tue Dec 01 15:20:26.123 2026` (three digits, as CANoe needs).
pub fn asc_date(ts: f64) -> String {
    let ms = (ts * 1000.0).round() as i64;
    let local = ms.div_euclid(1000) + local_offset(ms.div_euclid(1000));
    let days = local.div_euclid(86_400);
    let rem = local.rem_euclid(86_400);
    let (y, m, d) = civil(days);
    format!(
        "{} {} {d:02} {:02}:{:02}:{:02}.{:03} {y}",
        WEEKDAYS[days.rem_euclid(7) as usize],
        MONTHS[m as usize - 1],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        ms.rem_euclid(1000)
    )
}

/// ASC's date back to Unix seconds (local time), in the forms python-can reads: `Tue Dec 01 15:20:26.123 2026`,
/// without fraction, with `am`/`pm`, and German month names.
pub fn parse_asc_date(text: &str) -> Option<f64> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    // Optional weekday first.
    let parts = if parts.len() >= 5
        && parts[0].chars().all(|c| c.is_alphabetic())
        && parts[1].chars().all(|c| c.is_alphabetic())
    {
        &parts[1..]
    } else {
        &parts[..]
    };
    let month = match parts.first()?.to_lowercase().as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" | "mär" => 3,
        "apr" => 4,
        "may" | "mai" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" | "okt" => 10,
        "nov" => 11,
        "dec" | "dez" => 12,
        _ => return None,
    };
    let day: u32 = parts.get(1)?.parse().ok()?;
    let clock = parts.get(2)?;
    let (pm, year) = match parts.get(3..)? {
        [ampm, y] => (Some(ampm.eq_ignore_ascii_case("pm")), y),
        [y] => (None, y),
        _ => return None,
    };
    let year: i64 = year.parse().ok()?;
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, ""));
    let mut hms = hms.split(':').map(|p| p.parse::<u32>().ok());
    let (mut h, min, s) = (hms.next()??, hms.next()??, hms.next()??);
    if let Some(pm) = pm {
        h = h % 12 + if pm { 12 } else { 0 };
    }
    let frac = if frac.is_empty() {
        0.0
    } else {
        format!("0.{frac}").parse::<f64>().ok()?
    };
    let naive = from_utc_parts(year, month, day, h, min, s, 0)? as i64;
    // The local offset at that wall time: take the offset near it, then correct once (DST edges).
    let guess = naive - local_offset(naive);
    let secs = naive - local_offset(guess);
    Some(secs as f64 + frac)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        let ts = 1_796_138_426.123_9;
        let text = asc_date(ts);
        assert!(text.ends_with(".124 2026"), "{text}");
        let back = parse_asc_date(&text).unwrap();
        assert!((back - 1_796_138_426.124).abs() < 1e-6, "{back}");
        assert_eq!(utc_parts(0.0), [1970, 1, 4, 1, 0, 0, 0, 0]);
        let p = utc_parts(ts);
        let back = from_utc_parts(
            p[0],
            p[1] as u32,
            p[3] as u32,
            p[4] as u32,
            p[5] as u32,
            p[6] as u32,
            p[7] as u32,
        )
        .unwrap();
        assert!((back - 1_796_138_426.124).abs() < 1e-6);
        assert!(parse_asc_date("Dec 01 03:20:26 pm 2026").is_some());
        assert!(parse_asc_date("Foo 01 03:20:26 2026").is_none());
    }
}
