//! Just enough X.509 to show a fetched certificate (`ksc trust`): subject, issuer and validity, read by a small
//! DER walk (no parser crate for four fields). Anything unexpected gives `None`: the fingerprint is what
//! matters, these fields are for the eye.

pub struct Parsed {
    /// `CN=…, O=…` in the certificate's order, for the common attribute types.
    pub subject: String,
    pub issuer: String,
    /// RFC 3339 UTC: `2026-12-01T13:51:09Z`.
    pub not_before: String,
    pub not_after: String,
}

/// One DER element: tag, contents, and what follows it.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// The contents of an element that must have `tag`, and what follows.
fn expect(input: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
    let (t, body, rest) = element(input)?;
    (t == tag).then_some((body, rest))
}

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;

pub fn parse(der: &[u8]) -> Option<Parsed> {
    let (cert, _) = expect(der, SEQUENCE)?;
    let (tbs, _) = expect(cert, SEQUENCE)?;
    // [0] EXPLICIT version, optional.
    let tbs = match element(tbs)? {
        (0xa0, _, rest) => rest,
        _ => tbs,
    };
    let (_serial, tbs) = expect(tbs, 0x02)?;
    let (_algorithm, tbs) = expect(tbs, SEQUENCE)?;
    let (issuer, tbs) = expect(tbs, SEQUENCE)?;
    let (validity, tbs) = expect(tbs, SEQUENCE)?;
    let (subject, _) = expect(tbs, SEQUENCE)?;
    let (not_before, rest) = time(validity)?;
    let (not_after, _) = time(rest)?;
    Some(Parsed {
        subject: name(subject)?,
        issuer: name(issuer)?,
        not_before,
        not_after,
    })
}

/// UTCTime (`YYMMDDHHMMSSZ`, 1950–2049) or GeneralizedTime (`YYYYMMDDHHMMSSZ`).
fn time(input: &[u8]) -> Option<(String, &[u8])> {
    let (tag, body, rest) = element(input)?;
    let text = std::str::from_utf8(body).ok()?;
    let digits = text.strip_suffix('Z')?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let full = match (tag, digits.len()) {
        (0x17, 12) => {
            let yy: u32 = digits[..2].parse().ok()?;
            format!("{}{digits}", if yy < 50 { "20" } else { "19" })
        }
        (0x18, 14) => digits.to_owned(),
        _ => return None,
    };
    let d = &full;
    Some((
        format!(
            "{}-{}-{}T{}:{}:{}Z",
            &d[..4],
            &d[4..6],
            &d[6..8],
            &d[8..10],
            &d[10..12],
            &d[12..14]
        ),
        rest,
    ))
}

/// A Name (SEQUENCE OF SET OF {type, value}) as `CN=…, O=…`; attribute types without a short name are left out.
fn name(mut input: &[u8]) -> Option<String> {
    let mut parts = Vec::new();
    while !input.is_empty() {
        let (mut set, rest) = expect(input, SET)?;
        input = rest;
        while !set.is_empty() {
            let (attr, more) = expect(set, SEQUENCE)?;
            set = more;
            let (oid, value) = expect(attr, 0x06)?;
            let (_, text, _) = element(value)?;
            let short = match oid {
                [0x55, 0x04, 0x03] => "CN",
                [0x55, 0x04, 0x0a] => "O",
                [0x55, 0x04, 0x0b] => "OU",
                [0x55, 0x04, 0x06] => "C",
                [0x55, 0x04, 0x07] => "L",
                [0x55, 0x04, 0x08] => "ST",
                _ => continue,
            };
            parts.push(format!("{short}={}", String::from_utf8_lossy(text)));
        }
    }
    Some(parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_subject_issuer_and_both_time_forms() {
        let mut params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "klserver.lab");
        params
            .distinguished_name
            .push(rcgen::DnType::OrganizationName, "Field Ops");
        params.not_before = rcgen::date_time_ymd(2024, 3, 5);
        params.not_after = rcgen::date_time_ymd(2054, 3, 5); // GeneralizedTime from 2050 on
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        let p = parse(cert.der()).unwrap();
        assert_eq!(p.subject, "CN=klserver.lab, O=Field Ops");
        assert_eq!(p.issuer, p.subject);
        assert_eq!(p.not_before, "2024-03-05T00:00:00Z");
        assert_eq!(p.not_after, "2054-03-05T00:00:00Z");
    }

    #[test]
    fn garbage_and_truncation_give_none() {
        assert!(parse(b"").is_none());
        assert!(parse(b"\x30\x82\xff\xff").is_none());
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = rcgen::CertificateParams::new(vec!["x".to_string()])
            .unwrap()
            .self_signed(&key)
            .unwrap();
        let der = cert.der();
        assert!(parse(&der[..der.len() / 2]).is_none());
    }
}
