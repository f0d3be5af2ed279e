//! Round trips over the project's test databases (tests/data/dbc), through the public decoder and encoder as
//! `can decode` and `can send --dbc` use them: encode(decode(frame)) == frame on every bit a signal defines,
//! and decode(encode(values)) == values. The codec's own tests do the same bit by bit over every layout shape;
//! these prove it for real files (multiplexing, choices, start values, IEEE signals, Motorola across bytes).

use std::path::PathBuf;

use super::codec::{self, Decoded, Raw};
use super::model::{Message, ValueType};

fn databases() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/dbc");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "dbc"))
        // broken.dbc does not load; messy.dbc overlaps signals on purpose (send refuses to give both).
        .filter(|p| !p.ends_with("broken.dbc") && !p.ends_with("messy.dbc"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 6,
        "test databases missing in {}",
        dir.display()
    );
    files
}

/// xorshift64*: the same frames on every run.
struct Rng(u64);

impl Rng {
    fn byte(&mut self) -> u8 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
    }
}

fn decoded(msg: &Message, data: &[u8]) -> Vec<Decoded> {
    let mut out = Vec::new();
    codec::decode(msg, data, &mut out);
    out
}

/// IEEE signals scaled by something other than (1, 0) do not give their bits back through a decimal text
/// (x * 0.5 - 1 + 1 can lose the lowest bits of a tiny x): their values are checked, not their bits.
fn bit_exact(msg: &Message, d: &Decoded) -> bool {
    let s = &msg.signals[d.signal];
    s.value_type == ValueType::Integer || (s.factor == 1.0 && s.offset == 0.0)
}

/// The bits of `data` that some signal decodes (flipping one changes what is decoded), IEEE signals with
/// scaling left out.
fn defined_bits(msg: &Message, data: &[u8]) -> Vec<usize> {
    let before = decoded(msg, data);
    let exact: Vec<Decoded> = before
        .iter()
        .copied()
        .filter(|d| bit_exact(msg, d))
        .collect();
    (0..data.len() * 8)
        .filter(|&bit| {
            let mut flipped = data.to_vec();
            flipped[bit / 8] ^= 1 << (bit % 8);
            let after = decoded(msg, &flipped);
            let present = |v: &[Decoded]| v.iter().map(|d| d.signal).collect::<Vec<_>>();
            // A bit of a multiplexor changes which signals there are; a bit of a signal changes its raw value.
            present(&after) != present(&before)
                || exact.iter().any(|d| {
                    after.iter().find(|a| a.signal == d.signal).map(|a| a.raw) != Some(d.raw)
                })
        })
        .collect()
}

/// What a user would type to send these values: the physical value of every decoded signal.
fn texts(msg: &Message, values: &[Decoded]) -> Option<Vec<(String, String)>> {
    values
        .iter()
        .map(|d| {
            let sig = &msg.signals[d.signal];
            if let Raw::Float(f) = d.raw
                && !f.is_finite()
            {
                return None;
            }
            let mut text = String::new();
            codec::write_physical(sig, d.raw, &mut text);
            Some((sig.name.clone(), text))
        })
        .collect()
}

#[test]
fn every_message_of_the_test_databases_round_trips() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut checked = 0;
    for file in databases() {
        let db = super::load(std::slice::from_ref(&file), &mut |_| {}).unwrap();
        for msg in &db.messages {
            if msg.signals.is_empty() || msg.length > 8 {
                continue;
            }
            let (mut encoded, mut refused) = (0, 0);
            for _ in 0..200 {
                let frame: Vec<u8> = (0..msg.length).map(|_| rng.byte()).collect();
                let values = decoded(msg, &frame);
                let Some(texts) = texts(msg, &values) else {
                    continue;
                };
                let given: Vec<(&str, &str)> = texts
                    .iter()
                    .map(|(n, v)| (n.as_str(), v.as_str()))
                    .collect();
                let again = match codec::encode(msg, &given) {
                    Ok(f) => f,
                    // A random frame can hold values beyond a signal's [min, max], which send refuses.
                    Err(e) if e.to_string().contains("is outside") => {
                        refused += 1;
                        continue;
                    }
                    Err(e) => panic!(
                        "{} {}: {frame:02X?} {given:?}: {e:#}",
                        file.display(),
                        msg.name
                    ),
                };
                for bit in defined_bits(msg, &frame) {
                    assert_eq!(
                        again[bit / 8] >> (bit % 8) & 1,
                        frame[bit / 8] >> (bit % 8) & 1,
                        "{} {}: bit {bit} of {frame:02X?} came back as {again:02X?} from {given:?}",
                        file.display(),
                        msg.name
                    );
                }
                // And the values come back from the frame they made.
                let back = decoded(msg, &again);
                assert_eq!(
                    back.iter().map(|d| d.signal).collect::<Vec<_>>(),
                    values.iter().map(|d| d.signal).collect::<Vec<_>>(),
                    "{} {}: other signals present in {again:02X?}",
                    file.display(),
                    msg.name
                );
                for (b, v) in back.iter().zip(&values).filter(|(_, v)| bit_exact(msg, v)) {
                    assert_eq!(b.raw, v.raw, "{} {}", file.display(), msg.name);
                }
                encoded += 1;
            }
            assert!(
                encoded >= 100,
                "{} {}: only {encoded} of 200 frames encoded ({refused} out of range)",
                file.display(),
                msg.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} messages checked");
}
