use super::testing::*;
use super::*;
use crate::can::dbc::model::{ByteOrder, ValueType};
use crate::error::{Failure, Kind, kind_of};
use ByteOrder::{Intel, Motorola};

/// splitmix64: a small deterministic PRNG so every run checks the same frames.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// The frame bits of a signal from its most significant bit down, walked one bit at a time as DBC numbers
/// them (independent of `Layout`): Intel counts up from the start (the LSB); Motorola goes down from the start
/// (the MSB) and jumps from bit 0 of a byte to bit 7 of the next.
fn walk(sig: &Signal) -> Vec<usize> {
    let (start, n) = (usize::from(sig.start), usize::from(sig.length));
    match sig.byte_order {
        Intel => (0..n).rev().map(|k| start + k).collect(),
        Motorola => {
            let mut bits = Vec::with_capacity(n);
            let mut b = start;
            for _ in 0..n {
                bits.push(b);
                b = if b % 8 == 0 { b + 15 } else { b - 1 };
            }
            bits
        }
    }
}

fn walk_read(sig: &Signal, data: &[u8]) -> Option<u64> {
    walk(sig).iter().try_fold(0u64, |acc, &b| {
        let byte = *data.get(b / 8)?;
        Some(acc << 1 | u64::from(byte >> (b % 8) & 1))
    })
}

/// Every shape that fits in `bytes` bytes: both byte orders, every start, every length, signed and unsigned.
fn shapes(bytes: usize) -> Vec<Signal> {
    let mut out = Vec::new();
    for order in [Intel, Motorola] {
        for start in 0..(8 * bytes) as u16 {
            for length in 1..=64 {
                let sig = signal("S", start, length, order);
                if walk(&sig).iter().all(|b| b / 8 < bytes) {
                    out.push(signed(sig.clone()));
                    out.push(sig);
                }
            }
        }
    }
    out
}

fn text(sig: &Signal, raw: Raw) -> String {
    let mut s = String::new();
    write_physical(sig, raw, &mut s);
    s
}

fn decoded(msg: &Message, data: &[u8]) -> (Vec<(String, String)>, bool) {
    let mut out = Vec::new();
    let truncated = decode(msg, data, &mut out);
    let values = out
        .iter()
        .map(|d| {
            let sig = &msg.signals[d.signal];
            (sig.name.clone(), text(sig, d.raw))
        })
        .collect();
    (values, truncated)
}

fn pairs(values: &[(&str, &str)]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

fn usage_error(result: anyhow::Result<Vec<u8>>) -> String {
    let err = result.expect_err("encoding must fail");
    assert_eq!(kind_of(&err), Kind::Usage, "{err:#}");
    let failure = err.downcast_ref::<Failure>().expect("a Failure");
    format!("{failure} | {failure:?}")
}

fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02X}")).collect()
}

#[test]
fn layout_reads_what_the_bit_walk_reads() {
    let mut rng = Rng(1);
    for sig in shapes(10).iter().filter(|s| !s.signed) {
        let layout = Layout::of(sig).unwrap();
        let frame = rng.bytes(10);
        assert_eq!(layout.read(&frame), walk_read(sig, &frame), "{sig:?}");
        // One frame bit at a time: exactly one value bit answers, the right one.
        for (from_msb, &b) in walk(sig).iter().enumerate() {
            let mut one = [0u8; 10];
            one[b / 8] = 1 << (b % 8);
            let want = 1u64 << (usize::from(sig.length) - 1 - from_msb);
            assert_eq!(layout.read(&one), Some(want), "bit {b} of {sig:?}");
        }
        // A frame one byte short of the signal's last byte is not read.
        let last = walk(sig).iter().map(|b| b / 8).max().unwrap();
        assert_eq!(layout.read(&frame[..last]), None);
    }
}

#[test]
fn layout_writes_only_the_signals_bits() {
    let mut rng = Rng(2);
    for sig in shapes(10).iter().filter(|s| !s.signed) {
        let layout = Layout::of(sig).unwrap();
        let before = rng.bytes(10);
        let value = rng.next() & bits::mask(u32::from(sig.length));
        let mut after = before.clone();
        assert!(layout.write(&mut after, value));
        assert_eq!(walk_read(sig, &after), Some(value), "{sig:?}");
        let mine = walk(sig);
        for b in (0..80).filter(|b| !mine.contains(b)) {
            assert_eq!(
                after[b / 8] >> (b % 8) & 1,
                before[b / 8] >> (b % 8) & 1,
                "bit {b} of {sig:?}"
            );
        }
    }
}

#[test]
fn known_layouts() {
    let intel = signal("S", 8, 16, Intel);
    assert_eq!(
        Layout::of(&intel).unwrap().read(&[0, 0x34, 0x12]),
        Some(0x1234)
    );
    // Motorola 16 bits from bit 7 of byte 0: bytes 0 and 1 big-endian.
    let moto = signal("S", 7, 16, Motorola);
    assert_eq!(Layout::of(&moto).unwrap().read(&[0x12, 0x34]), Some(0x1234));
    // Motorola from bit 3: the low nibble of byte 0, then byte 1, then the high nibble of byte 2.
    let moto = signal("S", 3, 16, Motorola);
    assert_eq!(
        Layout::of(&moto).unwrap().read(&[0xA1, 0x23, 0x4B]),
        Some(0x1234)
    );
    // 64 bits at an odd start spans 9 bytes.
    let wide = signal("S", 4, 64, Intel);
    let frame = [0x10, 0x32, 0x54, 0x76, 0x98, 0xBA, 0xDC, 0xFE, 0x0F];
    assert_eq!(
        Layout::of(&wide).unwrap().read(&frame),
        Some(0xFFED_CBA9_8765_4321)
    );
}

const SCALINGS: [(&str, &str); 7] = [
    ("1", "0"),
    ("0.01", "250"),
    ("-0.5", "3"),
    ("1E-005", "0"),
    ("100", "-40"),
    ("0.1", "0"),
    ("0.125", "-1.5"),
];

#[test]
fn encode_of_decode_gives_the_frame_back_on_every_defined_bit() {
    let mut rng = Rng(3);
    for (k, shape) in shapes(9).into_iter().enumerate() {
        let (factor, offset) = SCALINGS[k % SCALINGS.len()];
        let sig = scaled(shape, factor, offset);
        let layout = Layout::of(&sig).unwrap();
        let mut defined = [0u8; 9];
        layout.write(&mut defined, u64::MAX);
        let msg = message("M", 9, vec![sig]);
        for _ in 0..3 {
            let frame = rng.bytes(9);
            let (values, truncated) = decoded(&msg, &frame);
            assert!(!truncated);
            let given: Vec<(&str, &str)> = values
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            let back = encode(&msg, &given)
                .unwrap_or_else(|e| panic!("{e:#}: {:?} {given:?}", msg.signals[0]));
            for i in 0..9 {
                assert_eq!(
                    back[i] & defined[i],
                    frame[i] & defined[i],
                    "{:?} {given:?}",
                    msg.signals[0]
                );
                assert_eq!(back[i] & !defined[i], 0);
            }
        }
    }
}

#[test]
fn decode_of_encode_gives_the_values_back() {
    let mut rng = Rng(4);
    for (k, shape) in shapes(9)
        .into_iter()
        .enumerate()
        .filter(|(k, _)| k % 3 == 0)
    {
        let (factor, offset) = SCALINGS[(k / 3) % SCALINGS.len()];
        let sig = scaled(shape, factor, offset);
        // Extremes and random raws, as their exact physical text.
        let (lo, hi) = bits::int_range(&sig);
        let random = bits::raw_of(&sig, rng.next() & bits::mask(u32::from(sig.length)));
        let msg = message("M", 9, vec![sig]);
        for raw in [Raw::Int(lo), Raw::Int(hi), Raw::Int(0), random] {
            let value = text(&msg.signals[0], raw);
            let frame = encode(&msg, &[("S", &value)]).unwrap();
            let mut out = Vec::new();
            assert!(!decode(&msg, &frame, &mut out));
            assert_eq!(
                out,
                [Decoded { signal: 0, raw }],
                "{value} {:?}",
                msg.signals[0]
            );
        }
    }
}

#[test]
fn motohawk_vectors_from_cantools() {
    let msg = motohawk();
    let cases: [(&[(&str, &str)], &str); 3] = [
        (
            &[
                ("Temperature", "250.55"),
                ("AverageRadius", "3.2"),
                ("Enable", "1"),
            ],
            "C006E00000000000",
        ),
        (
            &[
                ("Temperature", "229.53"),
                ("AverageRadius", "0"),
                ("Enable", "0"),
            ],
            "0100200000000000",
        ),
        (
            &[
                ("Temperature", "250.1"),
                ("AverageRadius", "3.2"),
                ("Enable", "Enabled"),
            ],
            "C001400000000000",
        ),
    ];
    for (values, frame) in cases {
        let data = encode(&msg, values).unwrap();
        assert_eq!(hex(&data), frame);
        let (back, truncated) = decoded(&msg, &data);
        assert!(!truncated);
        let mut want = pairs(values);
        if want[2].1 == "Enabled" {
            want[2].1 = "1".into();
        }
        assert_eq!(back, want);
    }
    // 229.53 is raw -2047: the 12-bit two's complement is sign-extended.
    let mut out = Vec::new();
    decode(&msg, &[0x01, 0x00, 0x20, 0, 0, 0, 0, 0], &mut out);
    assert_eq!(out[0].raw, Raw::Int(-2047));
}

#[test]
fn a_short_frame_decodes_the_signals_that_fit() {
    let msg = motohawk();
    // cantools test_motohawk_decode_truncated: b'\x00\x11' has AverageRadius and Enable only.
    let (values, truncated) = decoded(&msg, &[0x00, 0x11]);
    assert!(truncated);
    assert_eq!(values, pairs(&[("AverageRadius", "0"), ("Enable", "0")]));
    let (values, truncated) = decoded(&msg, &[]);
    assert!(truncated);
    assert!(values.is_empty());
    // Longer than the message: every signal, not truncated.
    let (values, truncated) = decoded(&msg, &[0xC0, 0x06, 0xE0, 0, 0, 0, 0, 0, 0xFF, 0xFF]);
    assert!(!truncated);
    assert_eq!(values.len(), 3);
}

#[test]
fn a_signal_beyond_the_message_is_decoded_when_the_data_has_it() {
    let msg = message(
        "M",
        2,
        vec![signal("A", 0, 8, Intel), signal("Far", 32, 8, Intel)],
    );
    let (values, truncated) = decoded(&msg, &[1, 2, 3, 4, 5]);
    assert_eq!(values, pairs(&[("A", "1"), ("Far", "5")]));
    assert!(!truncated);
    // The data is as long as the message: nothing is missing that the message promised.
    let (values, truncated) = decoded(&msg, &[1, 2]);
    assert_eq!(values, pairs(&[("A", "1")]));
    assert!(!truncated);
    let (_, truncated) = decoded(&msg, &[1]);
    assert!(truncated);
}

/// cantools' multiplex.dbc Message1: `Multiplexor M : 2|6@1+`, BIT_x m24 / m8 (with SG_MUL_VAL_ 8, 16, 24),
/// and an unconditional bit in the last byte of ours.
fn multiplex_message1() -> Message {
    let m24 = |name, start| under(signal(name, start, 1, Intel), 12, &[(24, 24)]);
    let m8 = |name, start| {
        under(
            signal(name, start, 1, Intel),
            12,
            &[(8, 8), (16, 16), (24, 24)],
        )
    };
    message(
        "Message1",
        8,
        vec![
            m24("BIT_K", 28),
            m24("BIT_D", 32),
            m24("BIT_B", 33),
            m24("BIT_F", 39),
            m24("BIT_H", 38),
            m24("BIT_E", 29),
            m24("BIT_A", 26),
            m8("BIT_L", 24),
            m8("BIT_G", 23),
            m8("BIT_C", 19),
            m8("BIT_J", 18),
            signal("Unused", 63, 1, Intel),
            multiplexor(signal("Multiplexor", 2, 6, Intel)),
        ],
    )
}

#[test]
fn multiplexed_frames_as_cantools_decodes_them() {
    let msg = multiplex_message1();
    let ones = |names: &[&str]| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> =
            names.iter().map(|n| (n.to_string(), "1".into())).collect();
        v.push(("Unused".into(), "0".into()));
        v
    };
    // cantools 45: 60008c35c3000000 is Multiplexor 24 with every BIT_x 1.
    let (mut values, truncated) = decoded(&msg, &[0x60, 0x00, 0x8C, 0x35, 0xC3, 0, 0, 0]);
    assert!(!truncated);
    assert_eq!(values.pop(), Some(("Multiplexor".into(), "24".into())));
    let all = [
        "BIT_K", "BIT_D", "BIT_B", "BIT_F", "BIT_H", "BIT_E", "BIT_A", "BIT_L", "BIT_G", "BIT_C",
        "BIT_J",
    ];
    assert_eq!(values, ones(&all));
    // 20008c35c3000000: Multiplexor 8, the m8 signals only.
    let (mut values, _) = decoded(&msg, &[0x20, 0x00, 0x8C, 0x35, 0xC3, 0, 0, 0]);
    assert_eq!(values.pop(), Some(("Multiplexor".into(), "8".into())));
    assert_eq!(values, ones(&["BIT_L", "BIT_G", "BIT_C", "BIT_J"]));
    // A value no signal is defined for (cantools refuses the frame): the multiplexor and what does not depend on it.
    let (values, _) = decoded(&msg, &[0x00, 0x00, 0x8C, 0x35, 0xC3, 0, 0, 0]);
    assert_eq!(values, pairs(&[("Unused", "0"), ("Multiplexor", "0")]));
    // Cut to 4 bytes: the m24 bits of byte 4 are missing, the frame truncated.
    let (mut values, truncated) = decoded(&msg, &[0x60, 0x00, 0x8C, 0x35]);
    assert!(truncated);
    assert_eq!(values.pop(), Some(("Multiplexor".into(), "24".into())));
    let mut want = ones(&["BIT_E", "BIT_A", "BIT_L", "BIT_G", "BIT_C", "BIT_J"]);
    want.pop(); // Unused (bit 63) is beyond the data too
    want.insert(0, ("BIT_K".into(), "1".into()));
    assert_eq!(values, want);
}

/// cantools' multiplex_2.dbc `Extended`: S0 M; S1 m0M (under S0 = 0); S2, S3 under S1 = 0; S4 under S1 = 2;
/// S5 under S0 = 1; S6 M; S7 under S6 = 1; S8 under S6 = 2. All signed Intel.
fn cascaded() -> Message {
    let s = |name, start, length| signed(signal(name, start, length, Intel));
    message(
        "Extended",
        8,
        vec![
            under(s("S8", 40, 8), 2, &[(2, 2)]),
            under(s("S7", 40, 24), 2, &[(1, 1)]),
            multiplexor(s("S6", 32, 8)),
            under(s("S5", 4, 28), 8, &[(1, 1)]),
            under(s("S4", 8, 24), 7, &[(2, 2)]),
            under(s("S3", 16, 16), 7, &[(0, 0)]),
            under(s("S2", 8, 8), 7, &[(0, 0)]),
            multiplexor(under(s("S1", 4, 4), 8, &[(0, 0)])),
            multiplexor(s("S0", 0, 4)),
        ],
    )
}

#[test]
fn cascaded_multiplexors() {
    let msg = cascaded();
    let frame = [0x20, 0x05, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF];
    let (values, _) = decoded(&msg, &frame);
    assert_eq!(
        values,
        pairs(&[
            ("S7", "-1"),
            ("S6", "1"),
            ("S4", "5"),
            ("S1", "2"),
            ("S0", "0")
        ])
    );
    let given = [
        ("S7", "-1"),
        ("S6", "1"),
        ("S4", "5"),
        ("S1", "2"),
        ("S0", "0"),
    ];
    assert_eq!(encode(&msg, &given).unwrap(), frame);
    // S0 = 1: S1 is absent, so S4 is too (whatever S1's bits say); S5 is there.
    let (values, _) = decoded(&msg, &[0x21, 0x05, 0, 0, 0x01, 0xFF, 0xFF, 0xFF]);
    let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["S7", "S6", "S5", "S0"]);
    let err = usage_error(encode(&msg, &[("S0", "1"), ("S1", "2"), ("S4", "5")]));
    assert!(
        err.starts_with("S4 is sent only when S0=0 and S1=2; S0 is 1, so S1 is not sent |"),
        "{err}"
    );
    assert!(err.contains("give S0=0 S1=2 to send S4"), "{err}");
    // S1 defaults to 0 (S2 and S3's case): giving S4 alone names S1's value.
    let err = usage_error(encode(&msg, &[("S4", "5")]));
    assert!(
        err.starts_with("S4 is sent only when S0=0 and S1=2; S1 is 0 |"),
        "{err}"
    );
}

#[test]
fn a_cycle_of_conditions_is_absent() {
    let msg = message(
        "Loop",
        8,
        vec![
            under(signal("A", 0, 8, Intel), 1, &[(0, 0)]),
            under(signal("B", 8, 8, Intel), 0, &[(0, 0)]),
            under(signal("C", 16, 8, Intel), 2, &[(0, 0)]),
            under(signal("D", 24, 8, Intel), 9, &[(0, 0)]),
            signal("E", 32, 8, Intel),
        ],
    );
    let (values, truncated) = decoded(&msg, &[0; 8]);
    assert_eq!(values, pairs(&[("E", "0")]));
    assert!(!truncated);
    for name in ["A", "C"] {
        let err = usage_error(encode(&msg, &[(name, "0")]));
        assert!(err.contains("form a cycle"), "{err}");
    }
    let err = usage_error(encode(&msg, &[("D", "0")]));
    assert!(err.contains("its multiplexor is missing"), "{err}");
    assert_eq!(
        encode(&msg, &[("E", "7")]).unwrap(),
        [0, 0, 0, 0, 7, 0, 0, 0]
    );
}

#[test]
fn ieee_signals() {
    let msg = message(
        "F",
        12,
        vec![
            float(signal("Single", 0, 32, Intel), ValueType::Float),
            float(signal("Double", 39, 64, Motorola), ValueType::Double),
        ],
    );
    let data = encode(&msg, &[("Single", "1.5"), ("Double", "-2.25")]).unwrap();
    assert_eq!(hex(&data), "0000C03FC002000000000000");
    let (values, _) = decoded(&msg, &data);
    assert_eq!(values, pairs(&[("Single", "1.5"), ("Double", "-2.25")]));
    let mut out = Vec::new();
    decode(&msg, &data, &mut out);
    assert_eq!(out[0].raw, Raw::Float(1.5));
    // A single's own rounding shows, as in cantools.
    let data = encode(&msg, &[("Single", "0.1")]).unwrap();
    assert_eq!(decoded(&msg, &data).0[0].1, "0.10000000149011612");
    // NaN and infinities are JSON null.
    let (values, _) = decoded(
        &msg,
        &[0x00, 0x00, 0xC0, 0x7F, 0x7F, 0xF0, 0, 0, 0, 0, 0, 0],
    );
    assert_eq!(values, pairs(&[("Single", "null"), ("Double", "null")]));
    let err = usage_error(encode(&msg, &[("Single", "1e39")]));
    assert!(
        err.starts_with("Single: 1e39 does not fit in a 32-bit float |"),
        "{err}"
    );
    // Scaled IEEE: raw × factor + offset in f64.
    let scaled_msg = message(
        "G",
        4,
        vec![scaled(
            float(signal("V", 0, 32, Intel), ValueType::Float),
            "2",
            "1",
        )],
    );
    let data = encode(&scaled_msg, &[("V", "4")]).unwrap();
    assert_eq!(data, 1.5f32.to_le_bytes());
    assert_eq!(decoded(&scaled_msg, &data).0, pairs(&[("V", "4")]));
}

#[test]
fn physical_text_is_exact() {
    let cases = [
        (scaled(signal("S", 0, 8, Intel), "0.1", "0"), 58, "5.8"),
        (scaled(signal("S", 0, 16, Intel), "0.5", "0"), 501, "250.5"),
        (
            scaled(signal("S", 0, 8, Intel), "1E-005", "0"),
            7,
            "0.00007",
        ),
        (
            scaled(signal("S", 0, 64, Intel), "1", "0"),
            u64::MAX as i128,
            "18446744073709551615",
        ),
        (
            scaled(signed(signal("S", 0, 64, Intel)), "1", "0"),
            i64::MIN as i128,
            "-9223372036854775808",
        ),
        (
            scaled(signed(signal("S", 0, 8, Intel)), "0.25", "0"),
            -1,
            "-0.25",
        ),
        (scaled(signal("S", 0, 8, Intel), "0.01", "-0.02"), 2, "0"),
    ];
    for (sig, raw, want) in cases {
        assert!(sig.scaling.is_exact());
        assert_eq!(text(&sig, Raw::Int(raw)), want);
    }
    let sig = scaled(signal("S", 0, 8, Intel), "0.1", "0");
    assert_eq!(physical(&sig, Raw::Int(58)), 5.8);
    // Text that is not a plain decimal: f64, shortest round trip.
    let mut fallback = scaled(signal("S", 0, 8, Intel), "0.1", "0");
    fallback.scaling = Scaling::of("1/10", "0");
    assert!(!fallback.scaling.is_exact());
    assert_eq!(text(&fallback, Raw::Int(58)), "5.800000000000001");
    let mut huge = scaled(signal("S", 0, 8, Intel), "1e300", "0");
    huge.factor = 1e300;
    assert_eq!(text(&huge, Raw::Int(2)), "2e300");
    huge.factor = f64::INFINITY;
    assert_eq!(text(&huge, Raw::Int(2)), "null");
}

fn engine() -> Message {
    message(
        "EngineData",
        8,
        vec![
            ranged(
                scaled(signal("EngineSpeed", 0, 16, Intel), "0.125", "0"),
                0.0,
                8031.875,
                "rpm",
            ),
            with_choices(
                ranged(signal("Gear", 16, 4, Intel), 0.0, 8.0, ""),
                &[(0, "Neutral"), (15, "SNA")],
            ),
            ranged(
                scaled(signal("Level", 24, 8, Intel), "0.5", "0"),
                0.0,
                0.0,
                "%",
            ),
            signed(signal("Trim", 32, 4, Intel)),
        ],
    )
}

#[test]
fn encode_checks_ranges_and_bits() {
    let msg = engine();
    assert_eq!(
        hex(&encode(&msg, &[("EngineSpeed", "8031.875")]).unwrap()),
        "FFFA000000000000"
    );
    let err = usage_error(encode(&msg, &[("EngineSpeed", "9000")]));
    assert!(
        err.starts_with("EngineSpeed: 9000 is outside 0..8031.875 rpm |"),
        "{err}"
    );
    let err = usage_error(encode(&msg, &[("EngineSpeed", "-1")]));
    assert!(
        err.starts_with("EngineSpeed: -1 is outside 0..8031.875 rpm |"),
        "{err}"
    );
    // No range ([0|0]): only the bits limit.
    let err = usage_error(encode(&msg, &[("Level", "200")]));
    assert!(
        err.starts_with("Level: 200 does not fit in 8 unsigned bits (0..127.5 %) |"),
        "{err}"
    );
    let err = usage_error(encode(&msg, &[("Level", "-0.5")]));
    assert!(
        err.starts_with("Level: -0.5 does not fit in 8 unsigned bits"),
        "{err}"
    );
    let err = usage_error(encode(&msg, &[("Trim", "8")]));
    assert!(
        err.starts_with("Trim: 8 does not fit in 4 signed bits (-8..7) |"),
        "{err}"
    );
    assert_eq!(encode(&msg, &[("Trim", "-8")]).unwrap()[4], 0x08);
    // Not exact: rounded to the nearest raw value, half to even (as cantools' round()).
    assert_eq!(encode(&msg, &[("Level", "10.2")]).unwrap()[3], 20);
    assert_eq!(encode(&msg, &[("Level", "10.25")]).unwrap()[3], 20);
    assert_eq!(encode(&msg, &[("Level", "10.75")]).unwrap()[3], 22);
    // Choices: by name even outside the range; a number whose raw is a choice skips the range check too.
    assert_eq!(encode(&msg, &[("Gear", "SNA")]).unwrap()[2], 15);
    assert_eq!(encode(&msg, &[("Gear", "15")]).unwrap()[2], 15);
    let err = usage_error(encode(&msg, &[("Gear", "14")]));
    assert!(err.starts_with("Gear: 14 is outside 0..8 |"), "{err}");
    let err = usage_error(encode(&msg, &[("Gear", "fast")]));
    assert!(
        err.starts_with(
            "Gear: 'fast' is neither a number nor one of its choices: 'Neutral', 'SNA' |"
        ),
        "{err}"
    );
    let err = usage_error(encode(&msg, &[("Level", "high")]));
    assert!(err.starts_with("Level: 'high' is not a number |"), "{err}");
    let err = usage_error(encode(&msg, &[("Level", "inf")]));
    assert!(err.starts_with("Level: 'inf' is not a number"), "{err}");
}

#[test]
fn encode_refuses_unknown_and_repeated_signals() {
    let msg = engine();
    let err = usage_error(encode(&msg, &[("EngineSped", "1")]));
    assert!(
        err.starts_with("EngineData has no signal EngineSped |"),
        "{err}"
    );
    assert!(err.contains("did you mean EngineSpeed?"), "{err}");
    let err = usage_error(encode(&msg, &[("Zzzzzzzzzzzzzzzz", "1")]));
    assert!(
        err.contains("its signals: EngineSpeed, Gear, Level, Trim"),
        "{err}"
    );
    let err = usage_error(encode(&msg, &[("Gear", "1"), ("Gear", "2")]));
    assert!(err.starts_with("Gear is given twice |"), "{err}");
    let empty = message("Empty", 0, vec![]);
    assert_eq!(encode(&empty, &[]).unwrap(), Vec::<u8>::new());
    let err = usage_error(encode(&empty, &[("X", "1")]));
    assert!(
        err.starts_with("Empty has no signals (not even X) |"),
        "{err}"
    );
}

#[test]
fn signals_not_given_take_their_start_value() {
    let mut msg = engine();
    msg.signals[0].start_value = Some(800.0); // raw: 100 rpm
    msg.signals[3].start_value = Some(-1.0);
    assert_eq!(
        hex(&encode(&msg, &[("Gear", "3")]).unwrap()),
        "200303000F000000"
    );
    // A multiplexor's start value decides what may be given without it.
    let mut msg = multiplexed_by_start();
    assert_eq!(hex(&encode(&msg, &[("Page2", "9")]).unwrap()), "0209");
    let err = usage_error(encode(&msg, &[("Page1", "9")]));
    assert!(
        err.starts_with("Page1 is sent only when Page=1; Page is 2 (Two) |"),
        "{err}"
    );
    msg.signals[0].start_value = None;
    assert_eq!(hex(&encode(&msg, &[]).unwrap()), "0000");
}

fn multiplexed_by_start() -> Message {
    let mut page = with_choices(
        multiplexor(signal("Page", 0, 8, Intel)),
        &[(1, "One"), (2, "Two")],
    );
    page.start_value = Some(2.0);
    message(
        "Paged",
        2,
        vec![
            page,
            under(signal("Page1", 8, 8, Intel), 0, &[(1, 1)]),
            under(signal("Page2", 8, 8, Intel), 0, &[(2, 2)]),
        ],
    )
}

#[test]
fn nothing_panics_on_odd_shapes_and_lengths() {
    let weird = vec![
        signal("FarIntel", u16::MAX, 64, Intel),
        signal("FarMoto", u16::MAX, 64, Motorola),
        signal("Zero", 0, 0, Intel),
        signal("TooLong", 0, 65, Motorola),
        signed(signal("Wide", 500, 64, Intel)),
        float(signal("OddFloat", 3, 16, Motorola), ValueType::Float),
        signal("Edge", 504, 8, Intel),
    ];
    let mut rng = Rng(5);
    for length in [0, 1, 8, 64] {
        let msg = message("W", length, weird.clone());
        for n in 0..=64 {
            let data = rng.bytes(n);
            let mut out = Vec::new();
            decode(&msg, &data, &mut out);
            assert!(out.iter().all(|d| {
                !["Zero", "TooLong", "FarIntel", "FarMoto"]
                    .contains(&msg.signals[d.signal].name.as_str())
            }));
            if n == 64 {
                let names: Vec<&str> = out
                    .iter()
                    .map(|d| msg.signals[d.signal].name.as_str())
                    .collect();
                assert_eq!(names, ["OddFloat", "Edge"]);
            }
        }
        let data = encode(&msg, &[]).unwrap();
        assert_eq!(data.len(), length);
        for name in ["FarIntel", "Zero", "TooLong", "Wide"] {
            usage_error(encode(&msg, &[(name, "0")]));
        }
    }
    // Edge is the last byte of a 64-byte frame.
    let msg = message("W", 64, weird);
    assert_eq!(encode(&msg, &[("Edge", "255")]).unwrap()[63], 255);
    let err = usage_error(encode(
        &message("W", 8, vec![signal("Edge", 504, 8, Intel)]),
        &[("Edge", "1")],
    ));
    assert!(
        err.starts_with("Edge does not fit in W's 8 bytes (start bit 504, 8 bits) |"),
        "{err}"
    );
}

/// Frames decoded by cantools 45.1 (one signal per 8-byte message, random shapes, scalings and frames, made by
/// loading a generated DBC with `cantools.database.load_string` and `Message.decode(data, decode_choices=False)`).
#[test]
fn decodes_as_cantools_does() {
    let vectors = include_str!("cantools-vectors.txt");
    let mut checked = 0;
    for line in vectors.lines().filter(|l| !l.starts_with('#')) {
        let [shape, factor, offset, frame, want] = line.split(' ').collect::<Vec<_>>()[..] else {
            panic!("{line}");
        };
        let (start, rest) = shape.split_once('|').unwrap();
        let (length, rest) = rest.split_once('@').unwrap();
        let order = if rest.starts_with('0') {
            Motorola
        } else {
            Intel
        };
        let mut sig = scaled(
            signal("S", start.parse().unwrap(), length.parse().unwrap(), order),
            factor,
            offset,
        );
        sig.signed = rest.ends_with('-');
        let msg = message("M", 8, vec![sig]);
        let data: Vec<u8> = (0..8)
            .map(|i| u8::from_str_radix(&frame[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let (values, truncated) = decoded(&msg, &data);
        assert!(!truncated);
        let got = &values[0].1;
        if want.contains(['.', 'e']) {
            let (g, w): (f64, f64) = (got.parse().unwrap(), want.parse().unwrap());
            assert!((g - w).abs() <= 1e-12 * w.abs().max(1.0), "{line}: {got}");
        } else {
            assert_eq!(got, want, "{line}"); // integer scalings: cantools is exact too
        }
        // And back: our text encodes to the frame's bits.
        let back = encode(&msg, &[("S", got)]).unwrap();
        let mut defined = [0u8; 8];
        Layout::of(&msg.signals[0])
            .unwrap()
            .write(&mut defined, u64::MAX);
        assert!(
            (0..8).all(|i| back[i] & defined[i] == data[i] & defined[i]),
            "{line}"
        );
        checked += 1;
    }
    assert_eq!(checked, 144);
}
