//! The scenario file (TOML, or JSON when it ends in `.json`), checked strictly: an unknown key is an error that
//! names where it is, so a typo in a test's scenario cannot silently leave a field empty.

use std::path::Path;

use serde_json::{Map, Value};

use super::clock;
use super::messages;

pub struct Scenario {
    pub session_ttl: Option<f64>,
    pub users: Vec<User>,
    pub tokens: Vec<Token>,
    pub vehicles: Vec<Vehicle>,
}

pub struct User {
    pub name: String,
    pub password: String,
}

#[derive(Clone)]
pub struct Token {
    pub owner: String,
    pub token: String,
    pub application: String,
    pub purpose: String,
    pub permit: String,
    pub created: String,
}

pub struct Vehicle {
    pub id: String,
    pub owner: String,
    pub connected: bool,
    pub paranoid: bool,
    pub ptoken: String,
    pub fresh_after: f64,
    /// Other apps (phones) already connected to the car: the API session is then not the first peer.
    pub apps: u32,
    pub batch_clients: u32,
    pub messages: Vec<Message>,
    pub history: Vec<Record>,
}

pub struct Message {
    pub code: char,
    pub msg: String,
    /// Unix seconds when the server received it.
    pub time: i64,
}

pub struct Record {
    pub rtype: String,
    pub time: String,
    pub number: i64,
    pub data: String,
}

/// Read and check a scenario file; `now` dates the messages' ages.
pub fn load(path: &Path, now: i64) -> Result<Scenario, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let value = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).map_err(|e| e.to_string())?
    } else {
        toml_to_json(&text)?
    };
    parse(&value, now)
}

fn toml_to_json(text: &str) -> Result<Value, String> {
    let doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.to_string().trim_end().to_owned())?;
    Ok(table_to_json(doc.as_table()))
}

fn table_to_json(t: &toml_edit::Table) -> Value {
    Value::Object(
        t.iter()
            .filter_map(|(k, item)| item_to_json(item).map(|v| (k.to_owned(), v)))
            .collect(),
    )
}

fn item_to_json(item: &toml_edit::Item) -> Option<Value> {
    use toml_edit::Item;
    match item {
        Item::None => None,
        Item::Value(v) => Some(value_to_json(v)),
        Item::Table(t) => Some(table_to_json(t)),
        Item::ArrayOfTables(a) => Some(Value::Array(a.iter().map(table_to_json).collect())),
    }
}

fn value_to_json(v: &toml_edit::Value) -> Value {
    use toml_edit::Value as T;
    match v {
        T::String(s) => Value::String(s.value().clone()),
        T::Integer(i) => Value::from(*i.value()),
        T::Float(f) => Value::from(*f.value()),
        T::Boolean(b) => Value::Bool(*b.value()),
        T::Datetime(d) => Value::String(d.value().to_string()),
        T::Array(a) => Value::Array(a.iter().map(value_to_json).collect()),
        T::InlineTable(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.to_owned(), value_to_json(v)))
                .collect(),
        ),
    }
}

/// A table whose keys are checked first: a misspelt key is reported as such, not as a missing one.
struct Obj<'a> {
    at: String,
    map: &'a Map<String, Value>,
}

impl<'a> Obj<'a> {
    fn new(at: String, v: &'a Value, known: &[&str]) -> Result<Self, String> {
        let Some(map) = v.as_object() else {
            return Err(format!("{at}: expected a table"));
        };
        if let Some(k) = map.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(format!("{at}: unknown key `{k}`"));
        }
        Ok(Obj { at, map })
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.map.get(key)
    }

    fn string(&mut self, key: &'static str) -> Result<Option<String>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("{}: `{key}` must be a string", self.at)),
        }
    }

    fn required(&mut self, key: &'static str) -> Result<String, String> {
        self.string(key)?
            .ok_or_else(|| format!("{}: `{key}` is missing", self.at))
    }

    fn number(&mut self, key: &'static str) -> Result<Option<f64>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_f64()
                .filter(|n| *n >= 0.0)
                .map(Some)
                .ok_or_else(|| format!("{}: `{key}` must be a number ≥ 0", self.at)),
        }
    }

    fn boolean(&mut self, key: &'static str) -> Result<Option<bool>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_bool()
                .map(Some)
                .ok_or_else(|| format!("{}: `{key}` must be true or false", self.at)),
        }
    }

    fn array(&mut self, key: &'static str) -> Result<&'a [Value], String> {
        match self.get(key) {
            None => Ok(&[]),
            Some(Value::Array(a)) => Ok(a),
            Some(_) => Err(format!("{}: `{key}` must be an array of tables", self.at)),
        }
    }
}

fn parse(v: &Value, now: i64) -> Result<Scenario, String> {
    let mut top = Obj::new(
        "scenario".into(),
        v,
        &["session_ttl", "users", "tokens", "vehicles"],
    )?;
    let session_ttl = top.number("session_ttl")?;
    let mut users = Vec::new();
    for (i, u) in top.array("users")?.iter().enumerate() {
        let mut u = Obj::new(format!("users[{i}]"), u, &["name", "password"])?;
        users.push(User {
            name: u.required("name")?,
            password: u.required("password")?,
        });
    }
    let mut tokens = Vec::new();
    for (i, t) in top.array("tokens")?.iter().enumerate() {
        let mut t = Obj::new(
            format!("tokens[{i}]"),
            t,
            &["owner", "token", "application", "purpose", "permit"],
        )?;
        let owner = t.required("owner")?;
        let token = t.required("token")?;
        tokens.push(Token {
            owner,
            token,
            application: t
                .string("application")?
                .unwrap_or_else(|| "notspecified".into()),
            purpose: t
                .string("purpose")?
                .unwrap_or_else(|| "notspecified".into()),
            permit: t.string("permit")?.unwrap_or_else(|| "auth".into()),
            created: clock::format(now),
        });
    }
    let mut vehicles = Vec::new();
    for (i, item) in top.array("vehicles")?.iter().enumerate() {
        vehicles.push(vehicle(i, item, now)?);
    }
    for (i, v) in vehicles.iter().enumerate() {
        if vehicles[..i].iter().any(|w| w.id == v.id) {
            return Err(format!("vehicle {}: the id is given twice", v.id));
        }
        if !users.iter().any(|u| u.name == v.owner) {
            return Err(format!(
                "vehicle {}: owner `{}` is not a user",
                v.id, v.owner
            ));
        }
    }
    Ok(Scenario {
        session_ttl,
        users,
        tokens,
        vehicles,
    })
}

fn vehicle(i: usize, item: &Value, now: i64) -> Result<Vehicle, String> {
    let known = [
        "id",
        "owner",
        "connected",
        "paranoid",
        "ptoken",
        "fresh_after",
        "apps",
        "batch_clients",
        "history",
        "S",
        "D",
        "L",
        "W",
        "F",
    ];
    let mut o = Obj::new(format!("vehicles[{i}]"), item, &known)?;
    let id = o.required("id")?;
    o.at = format!("vehicle {id}");
    let mut v = Vehicle {
        owner: o.required("owner")?,
        connected: o.boolean("connected")?.unwrap_or(true),
        paranoid: o.boolean("paranoid")?.unwrap_or(false),
        ptoken: o.string("ptoken")?.unwrap_or_default(),
        fresh_after: o.number("fresh_after")?.unwrap_or(1.5),
        apps: o.number("apps")?.unwrap_or(0.0) as u32,
        batch_clients: o.number("batch_clients")?.unwrap_or(0.0) as u32,
        messages: Vec::new(),
        history: Vec::new(),
        id,
    };
    for &code in messages::CODES {
        let key: &'static str = match code {
            'S' => "S",
            'D' => "D",
            'L' => "L",
            'W' => "W",
            _ => "F",
        };
        let Some(table) = o.get(key) else { continue };
        let at = format!("vehicle {}", v.id);
        let map = table
            .as_object()
            .ok_or_else(|| format!("{at}: `{key}` must be a table"))?;
        let age = match map.get("age") {
            None => 0.0,
            Some(a) => a
                .as_f64()
                .filter(|a| *a >= 0.0)
                .ok_or_else(|| format!("{at}: message {code}: `age` must be seconds ≥ 0"))?,
        };
        let msg = messages::build_csv(code, map).map_err(|e| format!("{at}: {e}"))?;
        v.messages.push(Message {
            code,
            msg,
            time: now - age as i64,
        });
    }
    for (j, r) in o.array("history")?.iter().enumerate() {
        let mut r = Obj::new(
            format!("vehicle {} history[{j}]", v.id),
            r,
            &["type", "time", "number", "data"],
        )?;
        let rec = Record {
            rtype: r.required("type")?,
            time: r.required("time")?,
            number: r.number("number")?.unwrap_or(0.0) as i64,
            data: r.string("data")?.unwrap_or_default(),
        };
        if clock::parse(&rec.time).is_none() {
            return Err(format!(
                "{}: `time` must be YYYY-MM-DD HH:MM:SS (UTC), not `{}`",
                r.at, rec.time
            ));
        }
        v.history.push(rec);
    }
    Ok(v)
}

/// Without a scenario: user `demo` (password `demo`) with a charging car in km, an offline car in miles, a car
/// with no records and a paranoid one; user `other` owns `OTHER1` (for 403 on another owner's vehicle).
pub fn demo(now: i64) -> Scenario {
    let text = include_str!("demo.toml");
    let value = toml_to_json(text).expect("demo scenario parses");
    parse(&value, now).expect("demo scenario is valid")
}

/// `--fleet N`: N connected vehicles for user `demo`, with varied data.
pub fn fleet(n: u32, now: i64) -> Scenario {
    let mut s = Scenario {
        session_ttl: None,
        users: vec![User {
            name: "demo".into(),
            password: "demo".into(),
        }],
        tokens: Vec::new(),
        vehicles: Vec::new(),
    };
    for i in 1..=n {
        let soc = 20 + (i * 37) % 80;
        let miles = i % 5 == 0;
        let range = soc * 4;
        let charging = i % 3 == 0;
        let mut d = vec![String::new(); messages::D.len()];
        d[0] = (if charging { 0x10 | 0x08 | 0x04 } else { 0x80 }).to_string();
        d[1] = (if i % 2 == 0 { 0x08 } else { 0 }).to_string();
        d[7] = (100_000 + i * 1_234).to_string();
        d[11] = "2".into();
        let s_msg = format!(
            "{soc},{},{},{},{},standard,{range},{},,,,,,,,,,,,",
            if miles { "M" } else { "K" },
            if charging { 230 } else { 0 },
            if charging { 16 } else { 0 },
            if charging { "charging" } else { "done" },
            range - 20
        );
        s.vehicles.push(Vehicle {
            id: format!("FLEET{i:03}"),
            owner: "demo".into(),
            connected: i % 7 != 0,
            paranoid: false,
            ptoken: String::new(),
            fresh_after: 1.5,
            apps: 0,
            batch_clients: 0,
            messages: vec![
                Message {
                    code: 'S',
                    msg: s_msg,
                    time: now - i64::from(i * 11 % 600),
                },
                Message {
                    code: 'D',
                    msg: d.join(","),
                    time: now - i64::from(i * 13 % 600),
                },
            ],
            history: Vec::new(),
        });
    }
    s
}
