//! `can` as can-utils users type it, device files, envvars and the simulator (issue 9, D3).

use crate::support::*;

#[test]
fn field_frame_ids_take_3_or_8_hex_digits_as_cansend() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for (frame, message) in [
        (
            "1#11",
            "CAN id '1' has 1 hex digits: use 3 for a standard id or 8",
        ),
        (
            "12#11",
            "CAN id '12' has 2 hex digits: use 3 for a standard id or 8",
        ),
        ("20000000#11", "extended id 0x20000000 is above 0x1FFFFFFF"),
    ] {
        let out = env.can(&sim, &["send", frame]);
        assert_fails(&out, 2, message);
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    assert_code(&env.can(&sim, &["send", "001#11", "1FFFFFFF#22"]), 0);
    let writes = calls(&sim, "canWrite");
    let sent: Vec<_> = writes.iter().map(|w| params(w, ["id", "flag"])).collect();
    assert_eq!(
        sent,
        [["1", "2"], ["536870911", "4"]].map(|a| a.map(String::from))
    );
}

#[test]
fn field_filter_ids_say_which_limit_they_pass() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["dump", "--pass", "20000000", "--count", "1"]);
    assert_fails(
        &out,
        2,
        "--pass: extended id 0x20000000 is above 0x1FFFFFFF",
    );
    assert!(!out.stderr.contains("use 8 hex digits"), "{out:?}");
    let out = env.can(&sim, &["dump", "--pass", "800", "--count", "1"]);
    assert_fails(&out, 2, "write extended ids with 8 hex digits (00000800)");
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
}
