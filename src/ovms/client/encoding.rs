//! Percent-encoding for OVMS paths and form bodies, and the decoding of a path segment for messages.

use crate::transport::{Body, percent_encode};

/// One path segment, percent-encoded (vehicle ids, record types such as `*-LOG-Trip`, tokens).
pub fn segment(s: &str) -> String {
    percent_encode(s, b"-._~")
}

/// A form body (`application/x-www-form-urlencoded`), as `POST /api/token` reads its fields.
pub fn form(fields: &[(&str, &str)]) -> Body {
    let data = fields
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    Body::Bytes {
        content_type: "application/x-www-form-urlencoded".into(),
        data: data.into_bytes(),
    }
}

fn form_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b if b.is_ascii_alphanumeric() || b"-._*".contains(&b) => out.push(b as char),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A path segment decoded (`%2A-LOG-Trip` → `*-LOG-Trip`) for messages; a bad escape stays as it is.
pub fn decode_segment(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_segments_and_forms() {
        assert_eq!(segment("*-LOG-Trip"), "%2A-LOG-Trip");
        assert_eq!(segment("a/b c"), "a%2Fb%20c");
        // an escape at the very end is decoded; a cut one stays as it is
        assert_eq!(decode_segment("a%2A"), "a*");
        assert_eq!(decode_segment("%2A-LOG-Trip"), "*-LOG-Trip");
        assert_eq!(decode_segment("a%2"), "a%2");
        let Body::Bytes { data, .. } =
            form(&[("purpose", "a b&c=d+é"), ("permit", "auth,session")])
        else {
            panic!()
        };
        assert_eq!(
            String::from_utf8(data).unwrap(),
            "purpose=a+b%26c%3Dd%2B%C3%A9&permit=auth%2Csession"
        );
    }
}
