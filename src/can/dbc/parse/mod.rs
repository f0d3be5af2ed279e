//! The DBC reader: a hand-written lexer (`lexer`), the statements of a file (`syntax`) and their resolution
//! into the model (`build`). Tolerant as cantools is: what is messy but readable is warned about once
//! (`FILE:LINE: …`) and used as far as it goes; only a syntax error refuses the file.

mod build;
mod lexer;
mod syntax;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use super::model::Message;
use crate::error::{Failure, Kind};

pub use build::hex_id;

/// One file's messages (in file order, a redefined id replaced in place) and nodes.
pub struct Parsed {
    pub messages: Vec<Message>,
    pub nodes: Vec<String>,
}

/// Parses one file's text; `file` names it in places and messages.
pub fn parse(file: &str, text: &str, warn: &mut dyn FnMut(String)) -> anyhow::Result<Parsed> {
    let syntax = |message: String| Failure::new(Kind::Config, message);
    let unclosed = |line: usize| {
        syntax(format!(
            "{file}:{line}: a string opened on line {line} is never closed (its closing '\"' is missing)"
        ))
    };
    let tokens =
        lexer::tokens(text).map_err(|u| unclosed(runaway_string(&u.before).unwrap_or(u.line)))?;
    let raw = syntax::parse(file, &tokens).map_err(|e| match runaway_string(&tokens) {
        Some(line) => unclosed(line),
        None => syntax(e),
    })?;
    let mut seen = HashSet::new();
    let mut once = |w: String| {
        if seen.insert(w.clone()) {
            warn(w);
        }
    };
    let built = build::build(file, raw, &mut once);
    if built.messages.is_empty() {
        once(format!("{file}: no messages"));
    }
    Ok(Parsed {
        messages: built.messages,
        nodes: built.nodes,
    })
}

/// The opening line of a string that ran on into later statements (a line of it begins with a keyword): a
/// missing `"` makes the next string's opening quote close it, and the error would show lines later.
fn runaway_string(tokens: &[lexer::Token<'_>]) -> Option<usize> {
    tokens
        .iter()
        .filter(|t| t.kind == lexer::Kind::Str)
        .find(|t| {
            t.text.lines().skip(1).any(|l| {
                l.split_whitespace()
                    .next()
                    .is_some_and(|w| syntax::is_keyword(w) && l.trim_start().len() > w.len())
            })
        })
        .map(|t| t.line)
}

/// Bytes to text: UTF-8 when they are, else Windows-1252 (CANdb++'s encoding; Latin-1 is its subset for
/// printable characters). A UTF-8 byte-order mark is dropped.
pub fn decode_text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.into(),
        Err(_) => bytes.iter().map(|&b| cp1252(b)).collect::<String>().into(),
    }
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}
