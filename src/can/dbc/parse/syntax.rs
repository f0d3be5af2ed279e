//! Tokens to the statements of one DBC file, as written (ids, names, texts); `build` resolves them into the
//! model. Statements may come in any order; the only order that matters is that `SG_` lines follow their `BO_`.

use super::lexer::{Kind, Token};

/// Inclusive raw value ranges (SG_MUL_VAL_).
pub type Ranges = Vec<(u64, u64)>;
/// VAL_ pairs: raw value, name.
pub type Choices = Vec<(i128, String)>;

#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Network,
    Node(String),
    Message(u32),
    Signal(u32, String),
    EnvVar(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mux {
    None,
    /// `M`
    Switch,
    /// `mN`
    When(u64),
    /// `mNM`: a multiplexor that is itself multiplexed.
    SwitchWhen(u64),
}

#[derive(Debug, Clone)]
pub struct RawSignal {
    pub name: String,
    pub mux: Mux,
    pub start: u64,
    pub length: u64,
    pub motorola: bool,
    pub signed: bool,
    pub factor: String,
    pub offset: String,
    pub minimum: f64,
    pub maximum: f64,
    pub unit: String,
    pub receivers: Vec<String>,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct RawMessage {
    /// As written: bit 31 is the extended flag.
    pub id: u32,
    pub name: String,
    pub length: u64,
    pub sender: Option<String>,
    pub signals: Vec<RawSignal>,
    pub line: usize,
}

/// Everything of one file that the model uses; other sections are checked for shape and skipped.
#[derive(Debug, Default)]
pub struct RawFile {
    pub nodes: Vec<String>,
    pub messages: Vec<RawMessage>,
    /// BO_TX_BU_: (id, senders, line).
    pub senders: Vec<(u32, Vec<String>, usize)>,
    pub comments: Vec<(Target, String, usize)>,
    /// BA_DEF_DEF_: (attribute, value).
    pub defaults: Vec<(String, Value)>,
    pub attributes: Vec<(String, Target, Value, usize)>,
    /// VAL_ for signals and environment variables.
    pub choices: Vec<(Target, Choices, usize)>,
    /// SIG_VALTYPE_: (id, signal, type, line).
    pub value_types: Vec<(u32, String, u64, usize)>,
    /// SG_MUL_VAL_: (id, signal, switch, ranges, line).
    pub mux_values: Vec<(u32, String, String, Ranges, usize)>,
}

/// Sections fieldctl has no use for: read up to their `;` and dropped, without a word.
const SKIPPED: &[&str] = &[
    "BA_DEF_",
    "BA_DEF_REL_",
    "BA_REL_",
    "BA_DEF_DEF_REL_",
    "BA_DEF_SGTYPE_",
    "BA_SGTYPE_",
    "VAL_TABLE_",
    "EV_",
    "ENVVAR_DATA_",
    "SGTYPE_",
    "SGTYPE_VAL_",
    "SIG_GROUP_",
    "SIG_TYPE_REF_",
    "BU_SG_REL_",
    "BU_EV_REL_",
    "BU_BO_REL_",
    "CAT_DEF_",
    "CAT_",
    "FILTER",
    "EV_DATA_",
    "ENVVAR_DATA",
];

/// Words that begin a statement (a node list or a receiver list stops at them).
pub fn is_keyword(word: &str) -> bool {
    SKIPPED.contains(&word)
        || matches!(
            word,
            "VERSION"
                | "NS_"
                | "BS_"
                | "BU_"
                | "BO_"
                | "SG_"
                | "BO_TX_BU_"
                | "CM_"
                | "BA_"
                | "BA_DEF_DEF_"
                | "VAL_"
                | "SIG_VALTYPE_"
                | "SG_MUL_VAL_"
        )
}

pub struct Parser<'a, 't> {
    file: &'a str,
    tokens: &'t [Token<'t>],
    pos: usize,
    out: RawFile,
}

type Result<T> = std::result::Result<T, String>;

pub fn parse(file: &str, tokens: &[Token<'_>]) -> Result<RawFile> {
    let mut p = Parser {
        file,
        tokens,
        pos: 0,
        out: RawFile::default(),
    };
    while let Some(t) = p.peek() {
        p.statement(t)?;
    }
    Ok(p.out)
}

impl<'t> Parser<'_, 't> {
    fn peek(&self) -> Option<Token<'t>> {
        self.tokens.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<Token<'t>> {
        let t = self.peek();
        self.pos += usize::from(t.is_some());
        t
    }

    /// `FILE:LINE: expected WHAT, found …` at the next token (or the last line, at the end of the file).
    fn expected(&self, what: &str) -> String {
        match self.peek() {
            Some(t) => format!(
                "{}:{}: expected {what}, found {}",
                self.file,
                t.line,
                t.describe()
            ),
            None => {
                let line = self.tokens.last().map_or(1, |t| t.line);
                format!(
                    "{}:{line}: expected {what}, found the end of the file",
                    self.file
                )
            }
        }
    }

    fn eat_punct(&mut self, c: &str) -> bool {
        if self.peek().is_some_and(|t| t.punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn punct(&mut self, c: &str, what: &str) -> Result<()> {
        if self.eat_punct(c) {
            Ok(())
        } else {
            Err(self.expected(what))
        }
    }

    fn word(&mut self, what: &str) -> Result<String> {
        match self.peek() {
            Some(t) if t.kind == Kind::Word => {
                self.pos += 1;
                Ok(t.text.to_owned())
            }
            _ => Err(self.expected(what)),
        }
    }

    fn string(&mut self, what: &str) -> Result<String> {
        match self.peek() {
            Some(t) if t.kind == Kind::Str => {
                self.pos += 1;
                Ok(t.string())
            }
            _ => Err(self.expected(what)),
        }
    }

    /// A number as written, its sign included (`-1.5e+3`, `+0`, `1E-005`).
    fn number_text(&mut self, what: &str) -> Result<String> {
        let save = self.pos;
        let sign = match self.peek() {
            Some(t) if t.punct("-") || t.punct("+") => {
                self.pos += 1;
                t.text
            }
            _ => "",
        };
        match self.peek() {
            Some(t) if t.kind == Kind::Number => {
                self.pos += 1;
                Ok(format!("{sign}{}", t.text))
            }
            _ => {
                self.pos = save;
                Err(self.expected(what))
            }
        }
    }

    fn float(&mut self, what: &str) -> Result<f64> {
        let save = self.pos;
        let text = self.number_text(what)?;
        text.parse().map_err(|_| {
            self.pos = save;
            self.expected(what)
        })
    }

    fn unsigned(&mut self, what: &str) -> Result<u64> {
        match self.peek() {
            Some(t) if t.kind == Kind::Number => match t.text.parse() {
                Ok(n) => {
                    self.pos += 1;
                    Ok(n)
                }
                Err(_) => Err(self.expected(what)),
            },
            _ => Err(self.expected(what)),
        }
    }

    fn message_id(&mut self) -> Result<u32> {
        let what = "a message id (a whole number)";
        let save = self.pos;
        let id = self.unsigned(what)?;
        u32::try_from(id).map_err(|_| {
            self.pos = save;
            self.expected(what)
        })
    }

    /// An integer value of a VAL_ pair; `1.0` and `-1` are accepted, `1.5` is not.
    fn choice_value(&mut self) -> Result<i128> {
        let what = "a whole number for the value";
        let save = self.pos;
        let text = self.number_text(what)?;
        text.parse::<i128>()
            .ok()
            .or_else(|| {
                let f: f64 = text.parse().ok()?;
                (f.fract() == 0.0 && f.abs() < 1e38).then_some(f as i128)
            })
            .ok_or_else(|| {
                self.pos = save;
                self.expected(what)
            })
    }

    /// The `;` that ends a statement; a missing one is forgiven when the next statement begins a line.
    fn end(&mut self, statement: &str) -> Result<()> {
        match self.peek() {
            Some(t) if t.punct(";") => {
                self.pos += 1;
                Ok(())
            }
            None => Ok(()),
            Some(t) if t.at_line_start && t.kind == Kind::Word && is_keyword(t.text) => Ok(()),
            _ => Err(self.expected(&format!("';' at the end of the {statement} statement"))),
        }
    }

    fn skip_to_semicolon(&mut self, statement: &str) -> Result<()> {
        loop {
            match self.next() {
                Some(t) if t.punct(";") => return Ok(()),
                Some(_) => {}
                None => {
                    return Err(
                        self.expected(&format!("';' at the end of the {statement} statement"))
                    );
                }
            }
        }
    }

    fn statement(&mut self, t: Token<'t>) -> Result<()> {
        if t.kind != Kind::Word || !is_keyword(t.text) {
            return Err(self.expected("a DBC keyword (BO_, SG_, CM_, BA_, VAL_, …)"));
        }
        self.pos += 1;
        match t.text {
            "VERSION" => self.string("the version string after VERSION").map(drop),
            "NS_" => {
                self.punct(":", "':' after NS_")?;
                // The list of symbols is indented, or on the NS_ line itself.
                while let Some(n) = self.peek() {
                    if n.kind != Kind::Word || (n.at_line_start && n.line != t.line) {
                        break;
                    }
                    self.pos += 1;
                }
                Ok(())
            }
            "BS_" => {
                self.punct(":", "':' after BS_")?;
                // Bit timing (`BS_: 500 : 12,34`), obsolete: the rest of the line.
                while self.peek().is_some_and(|n| n.line == t.line) {
                    self.pos += 1;
                }
                Ok(())
            }
            "BU_" => {
                self.punct(":", "':' after BU_")?;
                while let Some(n) = self.peek() {
                    if n.kind != Kind::Word || is_keyword(n.text) {
                        break;
                    }
                    self.pos += 1;
                    self.out.nodes.push(n.text.to_owned());
                }
                Ok(())
            }
            "BO_" => self.message(t.line),
            "SG_" => self.signal(t.line),
            "BO_TX_BU_" => {
                let id = self.message_id()?;
                self.punct(":", "':' after the message id")?;
                let mut names = Vec::new();
                while let Some(n) = self.peek() {
                    if n.punct(",") {
                        self.pos += 1;
                    } else if n.kind == Kind::Word && !(n.at_line_start && is_keyword(n.text)) {
                        self.pos += 1;
                        names.push(n.text.to_owned());
                    } else {
                        break;
                    }
                }
                self.end("BO_TX_BU_")?;
                self.out.senders.push((id, names, t.line));
                Ok(())
            }
            "CM_" => {
                let target = match self.peek() {
                    Some(n) if n.kind == Kind::Str => Target::Network,
                    _ => self.target("BU_, BO_, SG_, EV_ or the comment string after CM_")?,
                };
                let text = self.string("the comment string")?;
                self.end("CM_")?;
                self.out.comments.push((target, text, t.line));
                Ok(())
            }
            "BA_DEF_DEF_" => {
                let name = self.string("the attribute name string after BA_DEF_DEF_")?;
                let value = self.attribute_value()?;
                self.end("BA_DEF_DEF_")?;
                self.out.defaults.push((name, value));
                Ok(())
            }
            "BA_" => {
                let name = self.string("the attribute name string after BA_")?;
                let target = match self.peek() {
                    Some(n) if n.kind == Kind::Word => {
                        self.target("BU_, BO_, SG_ or EV_ after the attribute name")?
                    }
                    _ => Target::Network,
                };
                let value = self.attribute_value()?;
                self.end("BA_")?;
                self.out.attributes.push((name, target, value, t.line));
                Ok(())
            }
            "VAL_" => {
                let target = match self.peek() {
                    Some(n) if n.kind == Kind::Number => {
                        let id = self.message_id()?;
                        Target::Signal(id, self.word("the signal name after the message id")?)
                    }
                    _ => Target::EnvVar(
                        self.word("a message id or an environment variable after VAL_")?,
                    ),
                };
                let mut pairs = Vec::new();
                while let Some(n) = self.peek() {
                    if n.punct(";") || (n.at_line_start && n.kind == Kind::Word) {
                        break;
                    }
                    let value = self.choice_value()?;
                    pairs.push((value, self.string("the value's name string")?));
                }
                self.end("VAL_")?;
                self.out.choices.push((target, pairs, t.line));
                Ok(())
            }
            "SIG_VALTYPE_" => {
                let id = self.message_id()?;
                let name = self.word("the signal name after the message id")?;
                self.eat_punct(":");
                let kind = self.unsigned("the value type (0, 1 or 2)")?;
                self.end("SIG_VALTYPE_")?;
                self.out.value_types.push((id, name, kind, t.line));
                Ok(())
            }
            "SG_MUL_VAL_" => {
                let id = self.message_id()?;
                let name = self.word("the signal name after the message id")?;
                let switch = self.word("the multiplexor's name after the signal name")?;
                let mut ranges = Vec::new();
                loop {
                    let low = self.unsigned("a value range (such as 1-3)")?;
                    self.punct("-", "'-' in the value range")?;
                    let high = self.unsigned("the end of the value range")?;
                    ranges.push((low, high));
                    if !self.eat_punct(",") {
                        break;
                    }
                }
                self.end("SG_MUL_VAL_")?;
                self.out.mux_values.push((id, name, switch, ranges, t.line));
                Ok(())
            }
            other => self.skip_to_semicolon(other),
        }
    }

    fn target(&mut self, what: &str) -> Result<Target> {
        let kind = self.word(what)?;
        Ok(match kind.as_str() {
            "BU_" => Target::Node(self.word("the node name after BU_")?),
            "BO_" => Target::Message(self.message_id()?),
            "SG_" => {
                let id = self.message_id()?;
                Target::Signal(id, self.word("the signal name after the message id")?)
            }
            "EV_" => Target::EnvVar(self.word("the environment variable's name after EV_")?),
            _ => {
                self.pos -= 1;
                return Err(self.expected(what));
            }
        })
    }

    fn attribute_value(&mut self) -> Result<Value> {
        match self.peek() {
            Some(t) if t.kind == Kind::Str => Ok(Value::Text(self.string("")?)),
            _ => Ok(Value::Number(
                self.float("the attribute's value (a number or a string)")?,
            )),
        }
    }

    fn message(&mut self, line: usize) -> Result<()> {
        let id = self.message_id()?;
        let name = self.word("the message name after its id")?;
        self.punct(":", "':' after the message name")?;
        let length = self.unsigned("the message length in bytes")?;
        let sender = match self.peek() {
            Some(t) if t.kind == Kind::Word && t.line == line && !is_keyword(t.text) => {
                self.pos += 1;
                Some(t.text.to_owned())
            }
            _ => None,
        };
        self.out.messages.push(RawMessage {
            id,
            name,
            length,
            sender,
            signals: Vec::new(),
            line,
        });
        Ok(())
    }

    fn signal(&mut self, line: usize) -> Result<()> {
        if self.out.messages.is_empty() {
            self.pos -= 1;
            return Err(self.expected("BO_ (a message) before its signals"));
        }
        let name = self.word("the signal name after SG_")?;
        let mux = match self.peek() {
            Some(t) if t.kind == Kind::Word => match mux_indicator(t.text) {
                Some(m) => {
                    self.pos += 1;
                    m
                }
                None => {
                    return Err(self.expected(
                        "':' or a multiplexer indicator (M, m1, m1M) after the signal name",
                    ));
                }
            },
            _ => Mux::None,
        };
        self.punct(":", "':' after the signal name")?;
        let start = self.unsigned("the start bit after ':'")?;
        self.punct("|", "'|' after the start bit")?;
        let length = self.unsigned("the signal length after '|'")?;
        self.punct("@", "'@' after the signal length")?;
        let motorola = match self.peek() {
            Some(t) if t.is(Kind::Number, "0") => true,
            Some(t) if t.is(Kind::Number, "1") => false,
            _ => {
                return Err(self.expected("the byte order after '@' (0 for Motorola, 1 for Intel)"));
            }
        };
        self.pos += 1;
        let signed = match self.peek() {
            Some(t) if t.punct("-") => true,
            Some(t) if t.punct("+") => false,
            _ => return Err(self.expected("'+' (unsigned) or '-' (signed) after the byte order")),
        };
        self.pos += 1;
        self.punct("(", "'(' before the factor")?;
        let factor = self.scale_text("a number for the factor")?;
        self.punct(",", "',' after the factor")?;
        let offset = self.scale_text("a number for the offset")?;
        self.punct(")", "')' after the offset")?;
        self.punct("[", "'[' before the minimum")?;
        let minimum = self.float("a number for the minimum")?;
        self.punct("|", "'|' between the minimum and the maximum")?;
        let maximum = self.float("a number for the maximum")?;
        self.punct("]", "']' after the maximum")?;
        let unit_line = self.peek().map_or(line, |t| t.line);
        let unit = self.string("the unit string (\"\" for none)")?;
        let mut receivers = Vec::new();
        while let Some(t) = self.peek() {
            if t.line != unit_line {
                break;
            }
            if t.punct(",") {
                self.pos += 1;
            } else if t.kind == Kind::Word && !is_keyword(t.text) {
                self.pos += 1;
                if t.text != "Vector__XXX" {
                    receivers.push(t.text.to_owned());
                }
            } else {
                break;
            }
        }
        let message = self.out.messages.last_mut().expect("checked above");
        message.signals.push(RawSignal {
            name,
            mux,
            start,
            length,
            motorola,
            signed,
            factor,
            offset,
            minimum,
            maximum,
            unit,
            receivers,
            line,
        });
        Ok(())
    }

    /// Factor or offset as written; it must be a number.
    fn scale_text(&mut self, what: &str) -> Result<String> {
        let save = self.pos;
        let text = self.number_text(what)?;
        match text.parse::<f64>() {
            Ok(_) => Ok(text),
            Err(_) => {
                self.pos = save;
                Err(self.expected(what))
            }
        }
    }
}

/// `M`, `m3`, `m3M`.
fn mux_indicator(word: &str) -> Option<Mux> {
    if word == "M" {
        return Some(Mux::Switch);
    }
    let rest = word.strip_prefix('m')?;
    let (digits, switch) = match rest.strip_suffix('M') {
        Some(d) => (d, true),
        None => (rest, false),
    };
    let n: u64 = digits.parse().ok()?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(if switch {
        Mux::SwitchWhen(n)
    } else {
        Mux::When(n)
    })
}
