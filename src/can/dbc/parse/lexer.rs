//! DBC text to tokens, by hand (a regex crate would cost more than the whole parse): words, numbers, quoted
//! strings (multi-line, `\"` escapes) and single punctuation characters, each with its 1-based line.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An identifier or keyword (`BO_`, `EngineSpeed`, `m1M`; also names that begin with a digit).
    Word,
    /// An unsigned number as written (`1E-005`, `0.25`, `18446744073709551615`); signs are punctuation.
    Number,
    /// A quoted string; `text` is its content with the quotes and escapes removed in [`Token::string`].
    Str,
    /// One character: `: ; | @ ( ) [ ] , + -` and anything else that is not a word.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Token<'a> {
    pub kind: Kind,
    /// The raw text (for a string: between the quotes, escapes still in).
    pub text: &'a str,
    pub line: usize,
    /// The token begins its line in column 0 (statement keywords do; NS_'s indented list does not).
    pub at_line_start: bool,
}

impl Token<'_> {
    pub fn is(&self, kind: Kind, text: &str) -> bool {
        self.kind == kind && self.text == text
    }

    pub fn punct(&self, c: &str) -> bool {
        self.is(Kind::Punct, c)
    }

    /// A string's content with `\"` and `\\` unescaped.
    pub fn string(&self) -> String {
        if !self.text.contains('\\') {
            return self.text.to_owned();
        }
        let mut out = String::with_capacity(self.text.len());
        let mut chars = self.text.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some(n @ ('"' | '\\')) => out.push(n),
                    Some(n) => {
                        out.push('\\');
                        out.push(n);
                    }
                    None => out.push('\\'),
                },
                c => out.push(c),
            }
        }
        out
    }

    /// How a syntax error names it: `'BO_'`, `a string`, …
    pub fn describe(&self) -> String {
        match self.kind {
            Kind::Str => format!("the string \"{}\"", shorten(self.text)),
            _ => format!("'{}'", self.text),
        }
    }
}

fn shorten(s: &str) -> String {
    let first = s.lines().next().unwrap_or("");
    if first.chars().count() > 30 || first.len() < s.len() {
        format!("{}…", first.chars().take(30).collect::<String>())
    } else {
        first.to_owned()
    }
}

/// A string that is never closed, at its opening line, and the tokens before it.
#[derive(Debug)]
pub struct Unclosed<'a> {
    pub line: usize,
    pub before: Vec<Token<'a>>,
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

pub fn tokens(text: &str) -> Result<Vec<Token<'_>>, Unclosed<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    let (mut i, mut line, mut line_begin) = (0, 1, 0);
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                i += 1;
                line_begin = i;
                continue;
            }
            b' ' | b'\t' | b'\r' | 0x0c | 0x0b => {
                i += 1;
                continue;
            }
            // `//` comments are not DBC, but files carry them; cantools skips them too.
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        let start = i;
        let at_line_start = start == line_begin;
        let (kind, text_range, next, lines) = if b == b'"' {
            let mut j = i + 1;
            let mut lines = 0;
            loop {
                match bytes.get(j) {
                    None => return Err(Unclosed { line, before: out }),
                    Some(b'\\') if j + 1 < bytes.len() => {
                        if bytes[j + 1] == b'\n' {
                            lines += 1;
                        }
                        j += 2;
                    }
                    Some(b'"') => break,
                    Some(b'\n') => {
                        lines += 1;
                        j += 1;
                    }
                    Some(_) => j += 1,
                }
            }
            (Kind::Str, (i + 1, j), j + 1, lines)
        } else if b.is_ascii_digit()
            || (b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let end = number_end(bytes, i);
            if end < bytes.len() && is_word(bytes[end]) {
                // `4WD_Status`: a name that begins with a digit.
                let mut j = end;
                while j < bytes.len() && is_word(bytes[j]) {
                    j += 1;
                }
                (Kind::Word, (i, j), j, 0)
            } else {
                (Kind::Number, (i, end), end, 0)
            }
        } else if is_word(b) {
            let mut j = i;
            while j < bytes.len() && is_word(bytes[j]) {
                j += 1;
            }
            (Kind::Word, (i, j), j, 0)
        } else {
            let len = text[i..].chars().next().map_or(1, char::len_utf8);
            (Kind::Punct, (i, i + len), i + len, 0)
        };
        out.push(Token {
            kind,
            text: &text[text_range.0..text_range.1],
            line,
            at_line_start,
        });
        if lines > 0 {
            line += lines;
            line_begin = text[..next].rfind('\n').map_or(0, |p| p + 1);
        }
        i = next;
    }
    Ok(out)
}

/// The end of `digits[.digits][(e|E)[+-]digits]` from `i`.
fn number_end(b: &[u8], mut i: usize) -> usize {
    let digits = |b: &[u8], mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    i = digits(b, i);
    if b.get(i) == Some(&b'.') {
        i = digits(b, i + 1);
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            i = digits(b, j);
        }
    }
    i
}
