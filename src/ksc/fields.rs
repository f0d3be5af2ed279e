//! The attribute names a user gives: `--fields a,b,…` and `--order FIELD[:desc],…`, with the short names of a
//! command's default columns accepted for its attributes (`ksc hosts --order name` is KLHST_WKS_DN), and the
//! warning for a requested field that the server's records do not carry (a misspelt name becomes an empty
//! column otherwise: KSC leaves unknown attributes out rather than refusing them).
//!
//! The records themselves are printed by [`crate::output::FieldStream`].

use serde_json::{Map, Value};

use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};

/// A command's column names and the attributes they stand for: (column, attribute).
pub type Aliases = &'static [(&'static str, &'static str)];

/// A field asked for: the name printed (as given) and the attribute sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub shown: String,
    pub attr: String,
}

fn attribute(name: &str, aliases: Aliases) -> String {
    aliases
        .iter()
        .find(|(column, _)| *column == name)
        .map_or(name, |(_, attr)| attr)
        .to_owned()
}

/// `--fields a,b,…` as a list; empty names dropped, none at all is a usage error.
pub fn parse(spec: &str, aliases: Aliases) -> anyhow::Result<Vec<Field>> {
    let list: Vec<Field> = spec
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Field {
            shown: s.to_owned(),
            attr: attribute(s, aliases),
        })
        .collect();
    if list.is_empty() {
        return Err(
            Failure::new(Kind::Usage, "--fields: name at least one attribute")
                .hint("e.g. --fields KLHST_WKS_DN,KLHST_WKS_OS_NAME")
                .into(),
        );
    }
    Ok(list)
}

/// `--order FIELD[:desc|:asc],…` as `vecFieldsToOrder`. Only the form is checked here: whether the server
/// has the field is its answer.
pub fn order(spec: &str, aliases: Aliases) -> anyhow::Result<Vec<Value>> {
    let bad = |s: &str| -> anyhow::Error {
        Failure::new(
            Kind::Usage,
            format!("--order '{s}': expected FIELD, FIELD:asc or FIELD:desc"),
        )
        .into()
    };
    let list: Vec<Value> = spec
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            let (field, asc) = match s.rsplit_once(':') {
                Some((f, d)) if d.eq_ignore_ascii_case("desc") => (f.trim(), false),
                Some((f, d)) if d.eq_ignore_ascii_case("asc") => (f.trim(), true),
                Some(_) => return Err(bad(s)),
                None => (s, true),
            };
            if field.is_empty() || field.contains(char::is_whitespace) {
                return Err(bad(s));
            }
            Ok(value::order(&attribute(field, aliases), asc))
        })
        .collect::<anyhow::Result<_>>()?;
    if list.is_empty() {
        return Err(bad(spec));
    }
    Ok(list)
}

/// Warn once for each field that none of the first page's records has: its name is likely misspelt.
pub fn check_first_page(ctx: &Context, asked: &[String], page: &[Map<String, Value>]) {
    if page.is_empty() {
        return;
    }
    for f in asked {
        if !page.iter().any(|r| r.contains_key(f)) {
            ctx.out.warn(&format!(
                "field {f} is in none of the first {} records: check its name",
                page.len()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALIASES: Aliases = &[("name", "KLHST_WKS_DN")];

    #[test]
    fn order_and_fields_parse() {
        assert_eq!(
            order("KLHST_WKS_DN:desc, KLHST_WKS_GROUPID", &[]).unwrap(),
            vec![
                value::order("KLHST_WKS_DN", false),
                value::order("KLHST_WKS_GROUPID", true)
            ]
        );
        assert_eq!(
            order("name:DESC", ALIASES).unwrap(),
            vec![value::order("KLHST_WKS_DN", false)]
        );
        for bad in ["A:sideways", ":desc", "a b", " , "] {
            assert!(order(bad, ALIASES).is_err(), "{bad}");
        }
        let f = parse(" a, ,name ", ALIASES).unwrap();
        assert_eq!(
            f,
            vec![
                Field {
                    shown: "a".into(),
                    attr: "a".into()
                },
                Field {
                    shown: "name".into(),
                    attr: "KLHST_WKS_DN".into()
                }
            ]
        );
        assert!(parse(" , ", ALIASES).is_err());
    }
}
