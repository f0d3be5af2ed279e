use super::*;
use crate::can::dbc::model::{ByteOrder, MuxCondition, ValueType};
use crate::error::kind_of;

fn read(text: &str) -> (Parsed, Vec<String>) {
    let mut warnings = Vec::new();
    let parsed = parse("t.dbc", text, &mut |w| warnings.push(w)).expect("parses");
    (parsed, warnings)
}

/// A file that must parse without a single warning.
fn clean(text: &str) -> Parsed {
    let (p, w) = read(text);
    assert!(w.is_empty(), "unexpected warnings: {w:#?}");
    p
}

fn error(text: &str) -> String {
    let err = match parse("t.dbc", text, &mut |_| {}) {
        Ok(_) => panic!("parsed a broken file"),
        Err(e) => e,
    };
    assert_eq!(kind_of(&err), Kind::Config, "a syntax error is exit 10");
    err.to_string()
}

fn message<'a>(p: &'a Parsed, name: &str) -> &'a Message {
    p.messages
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn signal<'a>(m: &'a Message, name: &str) -> &'a crate::can::dbc::model::Signal {
    m.signals
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

const CANDB: &str = r#"VERSION "1.0"


NS_ :
	NS_DESC_
	CM_
	BA_DEF_
	BA_
	VAL_
	CAT_DEF_
	FILTER
	BA_DEF_DEF_
	SIG_VALTYPE_
	SG_MUL_VAL_

BS_:

BU_: ECU DASH GW
VAL_TABLE_ Gears 0 "P" 1 "R" ;

BO_ 256 Engine: 8 ECU
 SG_ Speed : 0|16@1+ (0.125,0) [0|8031.875] "rpm" DASH,GW
 SG_ Temp : 16|8@1- (1E-005,-1.5e+3) [-40|18446744073709551615] "°C" Vector__XXX
 SG_ Oil : 39|10@0+ (+1,+0) [0|102.3] "bar" DASH

BO_ 2566844672 Ext: 12 Vector__XXX
 SG_ Volts : 0|32@1- (1,0) [0|0] "V" DASH
 SG_ Pos : 39|64@0- (1,0) [0|0] "m" DASH

BO_ 1024 Empty: 0 ECU

BO_TX_BU_ 256 : GW,ECU;
CM_ "The network.";
CM_ BU_ ECU "A node";
CM_ BO_ 256 "Engine status";
CM_ SG_ 256 Oil "Pressure,
after the \"hot\" filter.";
CM_ EV_ EnvX "An env var";
BA_DEF_ BO_  "GenMsgCycleTime" INT 0 65535;
BA_DEF_ SG_  "GenSigStartValue" FLOAT -3.4E+038 3.4E+038;
BA_DEF_ "BusType" STRING ;
BA_DEF_REL_ BU_SG_REL_ "Rel" INT 0 10;
BA_DEF_DEF_  "GenMsgCycleTime" 50;
BA_DEF_DEF_  "GenSigStartValue" 3;
BA_DEF_DEF_  "BusType" "CAN";
BA_DEF_DEF_REL_ "Rel" 1;
BA_ "BusType" "CAN";
BA_ "GenMsgCycleTime" BO_ 256 10;
BA_ "GenMsgCycleTime" BO_ 1024 0;
BA_ "GenSigStartValue" SG_ 256 Speed 800;
BA_ "NodeThing" BU_ ECU 1;
BA_ "EvThing" EV_ EnvX 1;
BA_REL_ "Rel" BU_SG_REL_ DASH SG_ 256 Speed 2;
VAL_ 256 Temp -1 "Cold" 0 "Off" 1.0 "On" ;
VAL_ EnvX 0 "Zero" ;
SIG_VALTYPE_ 2566844672 Volts : 1;
SIG_VALTYPE_ 2566844672 Pos : 2;
SIG_GROUP_ 256 Grp 1 : Speed Temp;
EV_ EnvX: 0 [0|100] "" 0 1 DUMMY_NODE_VECTOR0 Vector__XXX;
ENVVAR_DATA_ EnvData: 4;
SGTYPE_ T1 : 8@1+ (1,0) [0|0] "" 0 Gears;
CAT_DEF_ 1 "Cat" 0;
CAT_ BO_ 256 1;
FILTER 0 BO_ 256;
"#;

#[test]
fn candb_file_fills_the_model() {
    let p = clean(CANDB);
    assert_eq!(p.nodes, ["ECU", "DASH", "GW"]);
    assert_eq!(p.messages.len(), 3);
    let m = message(&p, "Engine");
    assert_eq!((m.id, m.extended, m.length), (256, false, 8));
    assert_eq!(m.senders, ["ECU", "GW"]);
    assert_eq!(m.cycle_time, Some(10));
    assert_eq!(m.comment.as_deref(), Some("Engine status"));
    assert_eq!(m.place.to_string(), "t.dbc:21");
    let speed = signal(m, "Speed");
    assert_eq!((speed.start, speed.length), (0, 16));
    assert_eq!(speed.byte_order, ByteOrder::Intel);
    assert!(!speed.signed);
    assert_eq!((speed.factor, speed.factor_text.as_str()), (0.125, "0.125"));
    assert_eq!((speed.minimum, speed.maximum), (0.0, 8031.875));
    assert_eq!(speed.unit, "rpm");
    assert_eq!(speed.receivers, ["DASH", "GW"]);
    assert_eq!(speed.start_value, Some(800.0));
    assert_eq!(speed.place.line, 22);
    let temp = signal(m, "Temp");
    assert!(temp.signed);
    assert_eq!(
        (temp.factor_text.as_str(), temp.offset_text.as_str()),
        ("1E-005", "-1.5e+3")
    );
    assert_eq!((temp.factor, temp.offset), (1e-5, -1500.0));
    assert_eq!(temp.maximum, 18446744073709551615.0);
    assert_eq!(temp.unit, "°C");
    assert!(temp.receivers.is_empty(), "Vector__XXX is nobody");
    assert_eq!(
        temp.choices,
        [(-1, "Cold".into()), (0, "Off".into()), (1, "On".into())]
    );
    assert_eq!(temp.start_value, Some(3.0), "BA_DEF_DEF_ default");
    let oil = signal(m, "Oil");
    assert_eq!(oil.byte_order, ByteOrder::Motorola);
    assert_eq!(
        (oil.factor_text.as_str(), oil.offset_text.as_str()),
        ("+1", "+0")
    );
    assert_eq!(
        oil.comment.as_deref(),
        Some("Pressure,\nafter the \"hot\" filter.")
    );

    let ext = message(&p, "Ext");
    assert_eq!((ext.id, ext.extended), (0x18FEF100, true));
    assert!(ext.senders.is_empty(), "Vector__XXX is nobody");
    assert_eq!(ext.cycle_time, Some(50), "BA_DEF_DEF_ default");
    assert_eq!(signal(ext, "Volts").value_type, ValueType::Float);
    assert_eq!(signal(ext, "Pos").value_type, ValueType::Double);
    let empty = message(&p, "Empty");
    assert_eq!(empty.cycle_time, None, "0 is no cycle time");
    assert!(empty.signals.is_empty());
}

#[test]
fn no_cycle_time_without_attribute_or_default() {
    let p = clean("BO_ 1 A: 1 X\n SG_ S : 0|8@1+ (1,0) [0|0] \"\" X\n");
    assert_eq!(p.messages[0].cycle_time, None);
    assert_eq!(p.messages[0].signals[0].start_value, None);
}

#[test]
fn statements_in_any_order_and_on_one_line() {
    let p = clean(
        "CM_ SG_ 5 S \"late\";\nVAL_ 5 S 1 \"One\";\nBA_ \"GenMsgCycleTime\" BO_ 5 100;\nBU_: A B\nBO_ 5 M: 2 A\n SG_ S : 0|8@1+ (1,0) [0|0] \"\" B C\nBS_: 500 : 1,2\n",
    );
    let s = &p.messages[0].signals[0];
    assert_eq!(s.comment.as_deref(), Some("late"));
    assert_eq!(s.choices, [(1, "One".into())]);
    assert_eq!(s.receivers, ["B", "C"], "space-separated receivers too");
    assert_eq!(p.messages[0].cycle_time, Some(100));
}

#[test]
fn missing_semicolons_are_forgiven_at_a_line_start() {
    let p = clean(
        "BO_ 5 M: 2 A\n SG_ S : 0|8@1+ (1,0) [0|0] \"\" B\nCM_ BO_ 5 \"x\"\nVAL_ 5 S 1 \"One\"\n",
    );
    assert_eq!(p.messages[0].comment.as_deref(), Some("x"));
    assert_eq!(p.messages[0].signals[0].choices.len(), 1);
}

#[test]
fn simple_multiplexing() {
    let p = clean(
        "BO_ 1536 Diag: 8 ECU\n SG_ Mode M : 0|8@1+ (1,0) [0|255] \"\" D\n SG_ Rpm m1 : 8|16@1+ (0.25,0) [0|0] \"rpm\" D\n SG_ Temp m2 : 8|8@1- (1,0) [0|0] \"\" D\n SG_ Status : 56|8@1+ (1,0) [0|0] \"\" D\nVAL_ 1536 Mode 1 \"Engine\" 2 \"Battery\";\n",
    );
    let m = &p.messages[0];
    let mode = signal(m, "Mode");
    assert!(mode.is_multiplexor && mode.mux.is_none());
    assert_eq!(mode.choices.len(), 2, "VAL_ on a multiplexor");
    assert_eq!(
        signal(m, "Rpm").mux,
        Some(MuxCondition {
            switch: 0,
            ranges: vec![(1, 1)]
        })
    );
    assert_eq!(
        signal(m, "Temp").mux,
        Some(MuxCondition {
            switch: 0,
            ranges: vec![(2, 2)]
        })
    );
    assert!(signal(m, "Status").mux.is_none() && !signal(m, "Status").is_multiplexor);
    assert_eq!(
        crate::can::dbc::show::multiplexing(m, mode).as_deref(),
        Some("multiplexor")
    );
    assert_eq!(
        crate::can::dbc::show::multiplexing(m, signal(m, "Rpm")).as_deref(),
        Some("when Mode=1")
    );
}

const EXTENDED_MUX: &str = "BO_ 2147485696 ExtMux: 8 ECU
 SG_ Outer M : 0|4@1+ (1,0) [0|15] \"\" D
 SG_ Inner m1M : 4|4@1+ (1,0) [0|15] \"\" D
 SG_ DataA m0 : 8|8@1+ (1,0) [0|255] \"\" D
 SG_ DataB m2 : 8|16@1+ (0.1,0) [0|6553.5] \"km\" D
 SG_ DataC m3 : 8|16@0+ (1,0) [0|65535] \"\" D
SG_MUL_VAL_ 2147485696 Inner Outer 1-1;
SG_MUL_VAL_ 2147485696 DataA Outer 0-0, 3-5;
SG_MUL_VAL_ 2147485696 DataB Inner 2-2;
SG_MUL_VAL_ 2147485696 DataC Inner 3 - 4;
";

#[test]
fn extended_multiplexing_replaces_mn_and_cascades() {
    // DataA, DataB and DataC share bits but are never present together: no overlap warning.
    let p = clean(EXTENDED_MUX);
    let m = &p.messages[0];
    let inner = signal(m, "Inner");
    assert!(inner.is_multiplexor);
    assert_eq!(
        inner.mux,
        Some(MuxCondition {
            switch: 0,
            ranges: vec![(1, 1)]
        })
    );
    assert_eq!(
        signal(m, "DataA").mux,
        Some(MuxCondition {
            switch: 0,
            ranges: vec![(0, 0), (3, 5)]
        })
    );
    assert_eq!(
        signal(m, "DataB").mux,
        Some(MuxCondition {
            switch: 1,
            ranges: vec![(2, 2)]
        })
    );
    assert_eq!(
        signal(m, "DataC").mux,
        Some(MuxCondition {
            switch: 1,
            ranges: vec![(3, 4)]
        })
    );
    let text = |name| crate::can::dbc::show::multiplexing(m, signal(m, name));
    assert_eq!(text("Inner").as_deref(), Some("multiplexor, when Outer=1"));
    assert_eq!(text("DataA").as_deref(), Some("when Outer in 0, 3..5"));
    assert_eq!(
        text("DataC").as_deref(),
        Some("when Outer=1 and Inner in 3..4")
    );
}

#[test]
fn several_multiplexors_without_sg_mul_val_follow_the_first() {
    let (p, w) = read(
        "BO_ 1 M: 8 E\n SG_ A M : 0|4@1+ (1,0) [0|0] \"\" D\n SG_ B M : 4|4@1+ (1,0) [0|0] \"\" D\n SG_ C m1 : 8|8@1+ (1,0) [0|0] \"\" D\n SG_ E m2 : 8|8@1+ (1,0) [0|0] \"\" D\n",
    );
    assert_eq!(
        w,
        [
            "t.dbc:1: message 'M' has several multiplexors (A, B) and no SG_MUL_VAL_: mN signals follow 'A'"
        ]
    );
    assert_eq!(p.messages[0].signals[2].mux.as_ref().unwrap().switch, 0);
}

#[test]
fn mn_without_a_multiplexor_is_always_decoded() {
    let (p, w) = read("BO_ 1 M: 8 E\n SG_ C m1 : 8|8@1+ (1,0) [0|0] \"\" D\n");
    assert_eq!(
        w,
        [
            "t.dbc:2: signal 'C' is multiplexed (m1) but message 'M' has no multiplexor (M); it is always decoded"
        ]
    );
    assert!(p.messages[0].signals[0].mux.is_none());
}

#[test]
fn multiplexing_loops_are_cut() {
    let (p, w) = read(
        "BO_ 1 M: 8 E\n SG_ A m1M : 0|4@1+ (1,0) [0|0] \"\" D\n SG_ B m1M : 4|4@1+ (1,0) [0|0] \"\" D\nSG_MUL_VAL_ 1 A B 1-1;\nSG_MUL_VAL_ 1 B A 1-1;\n",
    );
    assert!(w.iter().any(|w| w.contains("loops back")), "{w:?}");
    let chain_ends = p.messages[0].signals.iter().any(|s| s.mux.is_none());
    assert!(chain_ends);
}

#[test]
fn references_to_missing_things_are_warned_and_ignored() {
    let (p, w) = read(
        "BO_ 1 M: 8 E\n SG_ S : 0|8@1+ (1,0) [0|0] \"\" D
VAL_ 9 S 0 \"Z\";
VAL_ 1 Nope 0 \"Z\";
CM_ BO_ 9 \"x\";
CM_ SG_ 1 Nope \"x\";
BA_ \"GenMsgCycleTime\" BO_ 9 10;
BA_ \"GenSigStartValue\" SG_ 1 Nope 1;
SIG_VALTYPE_ 1 Nope : 1;
SG_MUL_VAL_ 1 Nope S 1-1;
SG_MUL_VAL_ 1 S Nope 1-1;
BO_TX_BU_ 9 : E;
",
    );
    assert_eq!(
        w,
        [
            "t.dbc:3: VAL_ for an unknown message 9 (ignored)",
            "t.dbc:4: VAL_ for an unknown signal 'Nope' in message 'M' (ignored)",
            "t.dbc:5: CM_ for an unknown message 9 (ignored)",
            "t.dbc:6: CM_ for an unknown signal 'Nope' in message 'M' (ignored)",
            "t.dbc:7: BA_ for an unknown message 9 (ignored)",
            "t.dbc:8: BA_ for an unknown signal 'Nope' in message 'M' (ignored)",
            "t.dbc:9: SIG_VALTYPE_ for an unknown signal 'Nope' in message 'M' (ignored)",
            "t.dbc:10: SG_MUL_VAL_ for an unknown signal 'Nope' in message 'M' (ignored)",
            "t.dbc:11: SG_MUL_VAL_ names an unknown multiplexor 'Nope' in message 'M' (ignored)",
            "t.dbc:12: BO_TX_BU_ for an unknown message 9 (ignored)",
        ]
    );
    assert!(p.messages[0].signals[0].mux.is_none());
}

#[test]
fn layout_warnings() {
    let (p, w) = read(
        "BO_ 100 Good: 8 E
 SG_ A : 0|8@1+ (1,0) [0|255] \"\" E
 SG_ B : 4|8@1+ (1,0) [0|255] \"\" E
 SG_ Far : 60|16@1+ (1,0) [0|0] \"\" E
 SG_ Moto : 7|8@0+ (1,0) [0|0] \"\" E
 SG_ Zero : 16|0@1+ (1,0) [0|0] \"\" E
 SG_ Huge : 0|65@1+ (1,0) [0|0] \"\" E
BO_ 3000 NoExtendedBit: 8 E
BO_ 101 Short: 2 E
 SG_ Wide : 8|16@1+ (1,0) [0|0] \"\" E
 SG_ MotoWide : 15|16@0+ (1,0) [0|0] \"\" E
",
    );
    assert_eq!(
        w,
        [
            "t.dbc:3: signals 'A' and 'B' of message 'Good' overlap",
            "t.dbc:4: signal 'Far' does not fit message 'Good' of 8 bytes",
            "t.dbc:5: signals 'A' and 'Moto' of message 'Good' overlap",
            "t.dbc:5: signals 'B' and 'Moto' of message 'Good' overlap",
            "t.dbc:6: signal 'Zero' is 0 bits long (1 to 64 are possible); it is left out",
            "t.dbc:7: signal 'Huge' is 65 bits long (1 to 64 are possible); it is left out",
            "t.dbc:8: message 'NoExtendedBit' has the standard id 0xBB8, above 0x7FF: treated as extended id 00000BB8",
            "t.dbc:10: signal 'Wide' does not fit message 'Short' of 2 bytes",
            "t.dbc:11: signal 'MotoWide' does not fit message 'Short' of 2 bytes",
            "t.dbc:11: signals 'Wide' and 'MotoWide' of message 'Short' overlap",
        ]
    );
    assert_eq!(p.messages[0].signals.len(), 4, "0 and 65 bits are dropped");
    assert_eq!(p.messages[1].id, 3000);
}

#[test]
fn a_message_defined_twice_keeps_the_later() {
    let (p, w) = read(
        "BO_ 102 Twice: 1 E\n SG_ First : 0|8@1+ (1,0) [0|0] \"\" E\nBO_ 102 TwiceAgain: 2 E\n SG_ Second : 0|16@1+ (1,0) [0|0] \"\" E\nCM_ BO_ 102 \"c\";\n",
    );
    assert_eq!(
        w,
        [
            "t.dbc:3: message id 066 is defined again ('TwiceAgain', first 'Twice' at t.dbc:1); the later definition is used"
        ]
    );
    assert_eq!(p.messages.len(), 1);
    assert_eq!(p.messages[0].name, "TwiceAgain");
    assert_eq!(p.messages[0].comment.as_deref(), Some("c"));
}

#[test]
fn float_signals_of_the_wrong_length_are_integers() {
    let (p, w) = read(
        "BO_ 1 M: 8 E\n SG_ F : 0|16@1- (1,0) [0|0] \"\" E\n SG_ D : 16|32@1- (1,0) [0|0] \"\" E\nSIG_VALTYPE_ 1 F : 1;\nSIG_VALTYPE_ 1 D : 2;\nSIG_VALTYPE_ 1 D : 7;\n",
    );
    assert_eq!(
        w,
        [
            "t.dbc:4: signal 'F' is an IEEE float but 16 bits long (not 32); it is read as an integer",
            "t.dbc:5: signal 'D' is an IEEE double but 32 bits long (not 64); it is read as an integer",
            "t.dbc:6: SIG_VALTYPE_ 7 of signal 'D' is not 0, 1 or 2; it is read as an integer",
        ]
    );
    assert!(
        p.messages[0]
            .signals
            .iter()
            .all(|s| s.value_type == ValueType::Integer)
    );
}

#[test]
fn warnings_come_once() {
    let (_, w) = read("VERSION \"\"\n");
    assert_eq!(w, ["t.dbc: no messages"]);
    let mut seen = Vec::new();
    let text =
        "BO_ 1 M: 8 E\n SG_ S : 0|8@1+ (1,0) [0|0] \"\" E\n SG_ T : 0|8@1+ (1,0) [0|0] \"\" E\n";
    parse("t.dbc", text, &mut |w| seen.push(w)).unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
}

#[test]
fn the_independent_signals_message_is_not_a_message() {
    let p = clean(
        "BO_ 3221225472 VECTOR__INDEPENDENT_SIG_MSG: 0 Vector__XXX\n SG_ Lost : 0|8@1+ (1,0) [0|0] \"\" E\nCM_ SG_ 3221225472 Lost \"x\";\nBO_ 1 M: 1 E\n",
    );
    assert_eq!(p.messages.len(), 1);
}

#[test]
fn syntax_errors_say_where_and_what_was_expected() {
    let sig = |rest: &str| format!("BO_ 1 M: 8 E\n SG_ S{rest}\n");
    assert_eq!(
        error(&sig(" 16|8@1+ (1,0) [0|0] \"\" E")),
        "t.dbc:2: expected ':' after the signal name, found '16'"
    );
    assert_eq!(
        error(&sig(" x : 0|8@1+ (1,0) [0|0] \"\" E")),
        "t.dbc:2: expected ':' or a multiplexer indicator (M, m1, m1M) after the signal name, found 'x'"
    );
    assert_eq!(
        error(&sig(" : 0|8@1+ (a,0) [0|0] \"\" E")),
        "t.dbc:2: expected a number for the factor, found 'a'"
    );
    assert_eq!(
        error(&sig(" : 0|8@1+ (1,) [0|0] \"\" E")),
        "t.dbc:2: expected a number for the offset, found ')'"
    );
    assert_eq!(
        error(&sig(" : 0|8@2+ (1,0) [0|0] \"\" E")),
        "t.dbc:2: expected the byte order after '@' (0 for Motorola, 1 for Intel), found '2'"
    );
    assert_eq!(
        error(&sig(" : 0|8@1 (1,0) [0|0] \"\" E")),
        "t.dbc:2: expected '+' (unsigned) or '-' (signed) after the byte order, found '('"
    );
    assert_eq!(
        error(&sig(" : 0|8@1+ (1,0) [0|0] E")),
        "t.dbc:2: expected the unit string (\"\" for none), found 'E'"
    );
    assert_eq!(
        error(&sig(" : 0|8@1+ (1,0) [0|0")),
        "t.dbc:2: expected ']' after the maximum, found the end of the file"
    );
    assert_eq!(
        error("BO_ x M: 8 E\n"),
        "t.dbc:1: expected a message id (a whole number), found 'x'"
    );
    assert_eq!(
        error("BO_ 4294967296 M: 8 E\n"),
        "t.dbc:1: expected a message id (a whole number), found '4294967296'"
    );
    assert_eq!(
        error("BO_ 1 M 8 E\n"),
        "t.dbc:1: expected ':' after the message name, found '8'"
    );
    assert_eq!(
        error(" SG_ S : 0|8@1+ (1,0) [0|0] \"\" E\n"),
        "t.dbc:1: expected BO_ (a message) before its signals, found 'SG_'"
    );
    assert_eq!(
        error("VERSION \"\"\nhello\n"),
        "t.dbc:2: expected a DBC keyword (BO_, SG_, CM_, BA_, VAL_, …), found 'hello'"
    );
    assert_eq!(
        error("CM_ \"never closed;\n\n"),
        "t.dbc:1: a string opened on line 1 is never closed (its closing '\"' is missing)"
    );
    assert_eq!(
        error("CM_ BO_ 1 \"x\" junk;\n"),
        "t.dbc:1: expected ';' at the end of the CM_ statement, found 'junk'"
    );
    assert_eq!(
        error("VAL_ 1 S 0 \"a\" 1.5 \"b\";\n"),
        "t.dbc:1: expected a whole number for the value, found '1.5'"
    );
    assert_eq!(
        error("SG_MUL_VAL_ 1 S M 1;\n"),
        "t.dbc:1: expected '-' in the value range, found ';'"
    );
    assert_eq!(
        error("EV_ E: 0 [0|1]\n"),
        "t.dbc:1: expected ';' at the end of the EV_ statement, found the end of the file"
    );
    let broken = include_str!("../../../../tests/data/dbc/broken.dbc");
    assert_eq!(
        parse("broken.dbc", broken, &mut |_| {})
            .err()
            .unwrap()
            .to_string(),
        "broken.dbc:11: expected ':' after the signal name, found '16'"
    );
}

#[test]
fn cp1252_bytes_and_utf8() {
    assert_eq!(decode_text(b"\xb0C \x96 \xf6\xdf \x80"), "°C – öß €");
    assert_eq!(decode_text("°C".as_bytes()), "°C");
    assert_eq!(decode_text(b"\xEF\xBB\xBFVERSION"), "VERSION");
}

#[test]
fn the_test_databases_read_as_documented() {
    let engine = clean(include_str!("../../../../tests/data/dbc/engine.dbc"));
    assert_eq!(message(&engine, "Transmission").senders, ["ECU", "GATEWAY"]);
    assert_eq!(message(&engine, "EngineData").cycle_time, Some(10));
    clean(include_str!("../../../../tests/data/dbc/multiplex.dbc"));
    clean(include_str!(
        "../../../../tests/data/dbc/cantools-written.dbc"
    ));
    let mut w = Vec::new();
    let messy = include_str!("../../../../tests/data/dbc/messy.dbc");
    parse("messy.dbc", messy, &mut |m| w.push(m)).unwrap();
    assert_eq!(
        w,
        [
            "messy.dbc:11: signals 'A' and 'B' of message 'Good' overlap",
            "messy.dbc:12: signal 'Far' does not fit message 'Good' of 8 bytes",
            "messy.dbc:14: message 'NoExtendedBit' has the standard id 0xBB8, above 0x7FF: treated as extended id 00000BB8",
            "messy.dbc:18: signal 'Wide' does not fit message 'Short' of 2 bytes",
            "messy.dbc:24: message id 066 is defined again ('TwiceAgain', first 'Twice' at messy.dbc:21); the later definition is used",
            "messy.dbc:27: CM_ for an unknown message 555 (ignored)",
            "messy.dbc:28: CM_ for an unknown signal 'Nope' in message 'Short' (ignored)",
            "messy.dbc:30: BA_ for an unknown message 777 (ignored)",
            "messy.dbc:31: VAL_ for an unknown signal 'Missing' in message 'Good' (ignored)",
            "messy.dbc:32: VAL_ for an unknown message 999 (ignored)",
        ]
    );
}
