//! The LDAP-like search filters of `FindHosts`, `FindGroups` and `SrvView.ResetIterator`:
//! `(&(KLHST_WKS_GROUPID_GP <> 4)(KLHST_WKS_STATUS&1<>0))`, `(KLHST_WKS_DN="web*")`. `&`, `|`, `!`; `=`, `<>`
//! (also `!=`), `<`, `>`, `<=`, `>=`; `ATTR&MASK` compares the bits of an integer; `*` is a wildcard in strings
//! compared with `=` / `<>` (case-insensitive, as the server compares names); `T"2026-01-01T00:00:00Z"` is a
//! datetime. An empty filter matches everything. A multi-valued attribute (an array) matches when one of its
//! values does, and `<>` when none equals.

use serde_json::Value;

use super::value::unwrap;

#[derive(Debug, PartialEq)]
pub enum Filter {
    All,
    And(Vec<Filter>),
    Or(Vec<Filter>),
    Not(Box<Filter>),
    Cmp {
        attr: String,
        mask: Option<i64>,
        op: Op,
        lit: Lit,
    },
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

#[derive(Debug, PartialEq)]
pub enum Lit {
    Int(i64),
    Str(String),
    Bool(bool),
}

/// Parse `text`; every attribute must be one `known` accepts. `Err` says what is wrong, and where.
pub fn parse(text: &str, known: &dyn Fn(&str) -> bool) -> Result<Filter, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        known,
    };
    p.ws();
    if p.i == p.s.len() {
        return Ok(Filter::All);
    }
    let f = if p.peek() == Some(b'(') {
        p.filter()?
    } else {
        p.comparison()?
    };
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("unexpected text after the filter"));
    }
    Ok(f)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    known: &'a dyn Fn(&str) -> bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn err(&self, what: &str) -> String {
        format!("{what} at offset {}", self.i)
    }

    fn expect(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(&format!("expected '{}'", c as char)))
        }
    }

    /// `( … )`
    fn filter(&mut self) -> Result<Filter, String> {
        self.expect(b'(')?;
        self.ws();
        let f = match self.peek() {
            Some(b'&') | Some(b'|') => {
                let and = self.peek() == Some(b'&');
                self.i += 1;
                let mut parts = Vec::new();
                loop {
                    self.ws();
                    if self.peek() != Some(b'(') {
                        break;
                    }
                    parts.push(self.filter()?);
                }
                if and {
                    Filter::And(parts)
                } else {
                    Filter::Or(parts)
                }
            }
            Some(b'!') => {
                self.i += 1;
                Filter::Not(Box::new(self.filter()?))
            }
            _ => self.comparison()?,
        };
        self.expect(b')')?;
        Ok(f)
    }

    fn comparison(&mut self) -> Result<Filter, String> {
        self.ws();
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
        {
            self.i += 1;
        }
        if start == self.i {
            return Err(self.err("expected an attribute name"));
        }
        let attr = String::from_utf8_lossy(&self.s[start..self.i]).into_owned();
        if !(self.known)(&attr) {
            return Err(format!("unknown attribute {attr:?}"));
        }
        self.ws();
        let mut mask = None;
        if self.peek() == Some(b'&') {
            self.i += 1;
            self.ws();
            match self.literal()? {
                Lit::Int(m) => mask = Some(m),
                _ => return Err(self.err("expected a number after '&'")),
            }
            self.ws();
        }
        let rest = &self.s[self.i..];
        let (op, n) = if rest.starts_with(b"<>") || rest.starts_with(b"!=") {
            (Op::Ne, 2)
        } else if rest.starts_with(b"<=") {
            (Op::Le, 2)
        } else if rest.starts_with(b">=") {
            (Op::Ge, 2)
        } else if rest.starts_with(b"<") {
            (Op::Lt, 1)
        } else if rest.starts_with(b">") {
            (Op::Gt, 1)
        } else if rest.starts_with(b"=") {
            (Op::Eq, 1)
        } else {
            return Err(self.err("expected an operator (=, <>, <, >, <=, >=)"));
        };
        self.i += n;
        self.ws();
        let lit = self.literal()?;
        Ok(Filter::Cmp {
            attr,
            mask,
            op,
            lit,
        })
    }

    fn literal(&mut self) -> Result<Lit, String> {
        match self.peek() {
            Some(b'"') => self.string().map(Lit::Str),
            Some(b'T') if self.s.get(self.i + 1) == Some(&b'"') => {
                self.i += 1;
                self.string().map(Lit::Str)
            }
            Some(c) if c == b'-' || c.is_ascii_digit() => {
                let start = self.i;
                self.i += 1;
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.i += 1;
                }
                let t = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
                t.parse().map(Lit::Int).map_err(|_| self.err("bad number"))
            }
            _ => {
                for (word, b) in [("true", true), ("false", false)] {
                    if self.s[self.i..].starts_with(word.as_bytes()) {
                        self.i += word.len();
                        return Ok(Lit::Bool(b));
                    }
                }
                Err(self.err("expected a value (a number, \"text\", true or false)"))
            }
        }
    }

    /// `"…"` with `\"` and `\\` escapes.
    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(String::from_utf8_lossy(&out).into_owned());
                }
                Some(b'\\') if self.i + 1 < self.s.len() => {
                    out.push(self.s[self.i + 1]);
                    self.i += 2;
                }
                Some(c) => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }
}

impl Filter {
    /// Does the record whose attributes `get` gives match?
    pub fn matches(&self, get: &dyn Fn(&str) -> Option<Value>) -> bool {
        match self {
            Filter::All => true,
            Filter::And(fs) => fs.iter().all(|f| f.matches(get)),
            Filter::Or(fs) => fs.iter().any(|f| f.matches(get)),
            Filter::Not(f) => !f.matches(get),
            Filter::Cmp {
                attr,
                mask,
                op,
                lit,
            } => match get(attr) {
                Some(Value::Array(values)) => {
                    let hit = |v: &Value| compare(unwrap(v), *mask, Op::Eq, lit);
                    if *op == Op::Ne {
                        !values.iter().any(hit)
                    } else {
                        values.iter().any(|v| compare(unwrap(v), *mask, *op, lit))
                    }
                }
                Some(v) => compare(unwrap(&v), *mask, *op, lit),
                None => *op == Op::Ne,
            },
        }
    }
}

fn compare(v: &Value, mask: Option<i64>, op: Op, lit: &Lit) -> bool {
    use std::cmp::Ordering;
    let ord = |o: Ordering| match op {
        Op::Eq => o == Ordering::Equal,
        Op::Ne => o != Ordering::Equal,
        Op::Lt => o == Ordering::Less,
        Op::Gt => o == Ordering::Greater,
        Op::Le => o != Ordering::Greater,
        Op::Ge => o != Ordering::Less,
    };
    let int = match v {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    match (int, v, lit) {
        (Some(n), _, Lit::Int(l)) => ord(mask.map_or(n, |m| n & m).cmp(l)),
        (Some(n), _, Lit::Bool(b)) => ord(n.cmp(&i64::from(*b))),
        (Some(n), _, Lit::Str(s)) => s.parse::<i64>().is_ok_and(|l| ord(n.cmp(&l))),
        (None, Value::String(s), Lit::Str(l)) => {
            let (s, l) = (s.to_lowercase(), l.to_lowercase());
            match op {
                Op::Eq if l.contains('*') => glob(&l, &s),
                Op::Ne if l.contains('*') => !glob(&l, &s),
                _ => ord(s.as_str().cmp(l.as_str())),
            }
        }
        (None, Value::String(s), Lit::Int(l)) => s.parse::<i64>().is_ok_and(|n| ord(n.cmp(l))),
        _ => false,
    }
}

/// `*` matches any run of characters.
fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if parts.len() == 1 {
        return pattern == text;
    }
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(at) => rest = &rest[at + mid.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn any(_: &str) -> bool {
        true
    }

    fn host(name: &str) -> Option<Value> {
        match name {
            "DN" => Some(json!("Web-001")),
            "STATUS" => Some(json!(5)),
            "GP" => Some(json!([0, 3, 4])),
            "SEEN" => Some(json!({"type":"datetime","value":"2026-11-30T10:00:00Z"})),
            "IP" => Some(json!({"type":"long","value":167772161})),
            _ => None,
        }
    }

    fn m(f: &str) -> bool {
        parse(f, &any)
            .unwrap_or_else(|e| panic!("{f}: {e}"))
            .matches(&host)
    }

    #[test]
    fn matches_as_the_server_does() {
        assert!(m(""));
        assert!(m("(DN=\"web*\")"));
        assert!(m("DN = \"*-0*1\""));
        assert!(!m("(DN=\"db*\")"));
        assert!(m("(DN<>\"db*\")"));
        assert!(m("(&(STATUS&1<>0)(STATUS&2=0))"));
        assert!(m("(|(STATUS=1)(STATUS >= 5))"));
        assert!(m("(!(STATUS<5))"));
        assert!(m("(&(GP=4)(!(GP=7)))"));
        assert!(!m("(GP<>4)"));
        assert!(m("(GP<>7)"));
        assert!(m("(SEEN > T\"2026-11-30T09:00:00Z\")"));
        assert!(m("(IP=167772161)"));
        assert!(m("(NOPE<>1)"));
        assert!(!m("(NOPE=1)"));
        assert!(m("(&)"));
    }

    #[test]
    fn bad_filters_are_refused() {
        for f in [
            "(",
            "(DN",
            "(DN=)",
            "(DN=\"x)",
            "(DN ~ 1)",
            "(&(DN=1)",
            "(DN=1))",
            "(STATUS&x=1)",
        ] {
            assert!(parse(f, &any).is_err(), "{f}");
        }
        assert!(parse("(X=1)", &|n| n == "Y").is_err());
    }
}
