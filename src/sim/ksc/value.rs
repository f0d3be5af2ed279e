//! KLOAPI values as the server writes them (specs/ksc-open-api.txt, "The KLOAPI types"): inside `params`
//! containers and arrays, longs and datetimes are typed wrappers; top-level numbers stay plain. And readers of
//! the method arguments, which take a plain number or a `long` wrapper alike.

use std::time::{Duration, UNIX_EPOCH};

use serde_json::{Map, Value, json};

/// `{"type":"long","value":n}`.
pub fn long(n: i64) -> Value {
    json!({"type": "long", "value": n})
}

/// `{"type":"datetime","value":"YYYY-MM-DDTHH:MM:SSZ"}` of Unix seconds.
pub fn datetime(secs: i64) -> Value {
    json!({"type": "datetime", "value": datetime_text(secs)})
}

pub fn datetime_text(secs: i64) -> String {
    crate::output::Time(UNIX_EPOCH + Duration::from_secs(secs.max(0) as u64)).rfc3339()
}

/// `{"type":"params","value":{…}}`.
pub fn params(m: Map<String, Value>) -> Value {
    json!({"type": "params", "value": m})
}

/// The value inside a typed wrapper (`long`, `params`, `datetime`…), or the value itself.
pub fn unwrap(v: &Value) -> &Value {
    match v {
        Value::Object(o) if o.len() == 2 && o.get("type").is_some_and(Value::is_string) => {
            o.get("value").unwrap_or(&Value::Null)
        }
        _ => v,
    }
}

/// An argument as a string ("" when missing or null, as the spec's default values say).
pub fn str_arg<'a>(p: &'a Map<String, Value>, name: &str) -> &'a str {
    p.get(name)
        .map(unwrap)
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// An integer argument (0 when missing); a plain number or a `long` wrapper.
pub fn int_arg(p: &Map<String, Value>, name: &str) -> i64 {
    p.get(name).map(unwrap).and_then(Value::as_i64).unwrap_or(0)
}

pub fn bool_arg(p: &Map<String, Value>, name: &str) -> bool {
    p.get(name)
        .map(unwrap)
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// An array of strings (`vecFieldsToReturn`, `pHostNames`); null or missing is empty.
pub fn strings_arg(p: &Map<String, Value>, name: &str) -> Vec<String> {
    match p.get(name).map(unwrap) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| unwrap(v).as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// A `params` argument (plain object, or a `params` wrapper); null or missing is empty.
pub fn params_arg(p: &Map<String, Value>, name: &str) -> Map<String, Value> {
    match p.get(name).map(unwrap) {
        Some(Value::Object(o)) => o.clone(),
        _ => Map::new(),
    }
}

/// `vecFieldsToOrder`: `{"type":"params","value":{"Name":…,"Asc":…}}` elements (a bare object is taken too).
pub fn order_arg(p: &Map<String, Value>, name: &str) -> Vec<(String, bool)> {
    let Some(Value::Array(a)) = p.get(name).map(unwrap) else {
        return Vec::new();
    };
    a.iter()
        .filter_map(|e| {
            let o = unwrap(e).as_object()?;
            let field = unwrap(o.get("Name")?).as_str()?.to_owned();
            let asc = o
                .get("Asc")
                .map(unwrap)
                .and_then(Value::as_bool)
                .unwrap_or(true);
            Some((field, asc))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrappers_and_arguments() {
        assert_eq!(
            datetime(1_474_298_555),
            json!({"type":"datetime","value":"2016-09-19T15:22:35Z"})
        );
        let p = json!({"a": {"type":"long","value":7}, "b": 3, "s": "x", "o": [
            {"type":"params","value":{"Name":"f","Asc":false}}, {"Name":"g"}]});
        let p = p.as_object().unwrap();
        assert_eq!(int_arg(p, "a"), 7);
        assert_eq!(int_arg(p, "b"), 3);
        assert_eq!(int_arg(p, "none"), 0);
        assert_eq!(str_arg(p, "s"), "x");
        assert_eq!(
            order_arg(p, "o"),
            vec![("f".to_owned(), false), ("g".to_owned(), true)]
        );
    }
}
