//! KLOAPI values (specs/ksc-open-api.txt, "The KLOAPI types"): inside `params` containers and arrays, 64-bit
//! integers, datetimes, dates, binaries, floats, doubles and nested containers travel as typed wrappers
//! (`{"type":"long","value":13}`); top-level parameters are plain JSON. Commands print plain values; `--raw`
//! keeps what the server sent.

use serde_json::{Map, Value, json};

/// The wrapper types the spec lists, and nothing else: an object that merely has `type` and `value` keys of
/// another kind is data.
const WRAPPERS: [&str; 7] = [
    "long", "datetime", "date", "binary", "float", "double", "params",
];

/// A value with every typed wrapper replaced by its plain JSON: long/float/double → number, datetime →
/// RFC 3339 string (KSC's `YYYY-MM-DDTHH:MM:SSZ` already is one), date → string, binary → its base64 string,
/// params → object (an empty container's `null` → `{}`).
pub fn plain(v: &Value) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.iter().map(plain).collect()),
        Value::Object(map) => match wrapped(map) {
            Some(("params", inner)) => match inner {
                Value::Null => Value::Object(Map::new()),
                other => plain(other),
            },
            Some((_, inner)) => inner.clone(),
            None => Value::Object(map.iter().map(|(k, v)| (k.clone(), plain(v))).collect()),
        },
        other => other.clone(),
    }
}

/// `Some((type, value))` when `map` is exactly a typed wrapper.
fn wrapped(map: &Map<String, Value>) -> Option<(&str, &Value)> {
    if map.len() != 2 {
        return None;
    }
    let kind = map.get("type")?.as_str()?;
    let value = map.get("value")?;
    WRAPPERS.contains(&kind).then_some((kind, value))
}

/// The method's return value (`PxgRetVal`), if it has one.
pub fn ret(out: &Map<String, Value>) -> Option<&Value> {
    out.get("PxgRetVal")
}

/// A 64-bit integer inside a container or array.
pub fn long(n: i64) -> Value {
    json!({"type": "long", "value": n})
}

/// A nested container.
pub fn params(obj: Value) -> Value {
    json!({"type": "params", "value": obj})
}

/// One element of `vecFieldsToOrder`.
pub fn order(field: &str, ascending: bool) -> Value {
    params(json!({"Name": field, "Asc": ascending}))
}

/// A plain string of a value: strings as they are, numbers and booleans as JSON, null as empty (for table
/// cells of fields whose type a command does not know).
pub fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrappers_become_plain_values_at_any_depth() {
        let v = json!({
            "PxgRetVal": 15,
            "pChunk": {"KLCSP_ITERATOR_ARRAY": [
                {"type": "params", "value": {
                    "id": {"type": "long", "value": 9007199254740993_i64},
                    "seen": {"type": "datetime", "value": "2016-09-19T15:22:35Z"},
                    "day": {"type": "date", "value": "2016-09-19"},
                    "blob": {"type": "binary", "value": "c29tZXRleHQ="},
                    "f": {"type": "float", "value": 1.5},
                    "d": {"type": "double", "value": 2.25},
                    "empty": {"type": "params", "value": null},
                    "list": [{"type": "long", "value": 1}, null, "s"]
                }}
            ]}
        });
        assert_eq!(
            plain(&v),
            json!({
                "PxgRetVal": 15,
                "pChunk": {"KLCSP_ITERATOR_ARRAY": [{
                    "id": 9007199254740993_i64,
                    "seen": "2016-09-19T15:22:35Z",
                    "day": "2016-09-19",
                    "blob": "c29tZXRleHQ=",
                    "f": 1.5,
                    "d": 2.25,
                    "empty": {},
                    "list": [1, null, "s"]
                }]}
            })
        );
    }

    #[test]
    fn objects_that_only_look_like_wrappers_are_data() {
        let v = json!({"type": "printer", "value": 3});
        assert_eq!(plain(&v), v);
        let v = json!({"type": "long", "value": 3, "extra": true});
        assert_eq!(plain(&v), v);
    }

    #[test]
    fn builders_make_the_spec_forms() {
        assert_eq!(long(13), json!({"type": "long", "value": 13}));
        assert_eq!(
            order("KLHST_WKS_DN", false),
            json!({"type": "params", "value": {"Name": "KLHST_WKS_DN", "Asc": false}})
        );
        assert_eq!(text(&json!(null)), "");
        assert_eq!(text(&json!("a")), "a");
        assert_eq!(text(&json!(12)), "12");
    }
}
