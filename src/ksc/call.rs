//! `ksc call [INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…] [--data JSON|@FILE|-]`: any of the API's
//! methods. Prints the answer (`PxgRetVal` and output parameters) with typed wrappers decoded, or as received
//! with `--raw`.

use std::io::Read;

use serde_json::{Map, Value};

use super::client::Client;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Prints;

#[derive(clap::Args)]
pub struct CallArgs {
    /// The method: `Class.Method` or `Instance.Class.Method` (case-sensitive), e.g. HostGroup.GetStaticInfo
    #[arg(value_name = "METHOD")]
    pub method: String,
    /// Parameters: `name=text` (a string) or `name:=JSON` (a number, boolean, null, array or object)
    #[arg(value_name = "PARAM")]
    pub params: Vec<String>,
    /// All parameters as one JSON object: inline, @FILE, or - for stdin (PARAM arguments add to it and win)
    #[arg(long, value_name = "JSON|@FILE|-")]
    pub data: Option<String>,
    /// Print the answer as the server sent it (typed wrappers kept)
    #[arg(long)]
    pub raw: bool,
    /// The method only reads: repeat it when the server is busy (503), as fieldctl's own reads do
    #[arg(long)]
    pub retry: bool,
}

impl CallArgs {
    pub fn prints(&self) -> Prints {
        if self.raw { Prints::Body } else { Prints::Json }
    }
}

/// Methods that would bypass the run's authentication: the session is `ksc login`/`logout`'s business.
const OWN_METHODS: [&str; 3] = ["login", "Session.StartSession", "Session.EndSession"];

pub fn run(ctx: &Context, client: &Client, args: CallArgs) -> anyhow::Result<()> {
    check_method(&args.method)?;
    let params = parameters(args.data.as_deref(), &args.params)?;
    if args.raw {
        let body = client.call_raw(&args.method, params, args.retry)?;
        if body.is_empty() {
            ctx.out.note(&format!(
                "{}: the server answered an empty body",
                args.method
            ));
        }
        crate::output::write_raw(&body)?;
        if !body.ends_with(b"\n") && !body.is_empty() {
            crate::output::write_raw(b"\n")?;
        }
        return Ok(());
    }
    let out = if args.retry {
        client.read(&args.method, params)?
    } else {
        client.call(&args.method, params)?
    };
    ctx.out
        .json_document(&super::value::plain(&Value::Object(out)))?;
    Ok(())
}

/// `--data -` reads all of stdin: it cannot also carry the password or token's line.
pub fn check_stdin(args: &CallArgs, conn: &super::Connection) -> anyhow::Result<()> {
    if args.data.as_deref() == Some("-") && (conn.password_stdin || conn.token_stdin) {
        let flag = if conn.password_stdin {
            "--password-stdin"
        } else {
            "--token-stdin"
        };
        return Err(Failure::new(
            Kind::Usage,
            format!("--data - and {flag} both read stdin"),
        )
        .hint("give the parameters with --data @FILE, or the secret through its variable or the profile")
        .into());
    }
    Ok(())
}

/// `Class.Method` or `Instance.Class.Method`: letters, digits and `_` in each part.
fn check_method(method: &str) -> anyhow::Result<()> {
    if OWN_METHODS.contains(&method) {
        return Err(Failure::new(
            Kind::Usage,
            format!("`ksc call {method}` would bypass this run's authentication"),
        )
        .hint("fieldctl authenticates by itself; `fieldctl ksc login` keeps a session, `fieldctl ksc logout` ends it")
        .into());
    }
    let parts: Vec<&str> = method.split('.').collect();
    let ok = (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    if !ok {
        return Err(Failure::new(
            Kind::Usage,
            format!("method '{method}': expected Class.Method or Instance.Class.Method (letters, digits, _)"),
        )
        .hint("e.g. `fieldctl ksc call HostGroup.GetStaticInfo pValues:=null`")
        .into());
    }
    Ok(())
}

/// The call's JSON object: `--data` first, then each PARAM.
fn parameters(data: Option<&str>, params: &[String]) -> anyhow::Result<Value> {
    let mut obj = match data {
        None => Map::new(),
        Some(d) => {
            let (text, from) = if d == "-" {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s).map_err(|e| {
                    Failure::new(Kind::Config, format!("--data -: cannot read stdin: {e}"))
                })?;
                (s, "stdin".to_owned())
            } else if let Some(path) = d.strip_prefix('@') {
                let s = std::fs::read_to_string(path).map_err(|e| {
                    Failure::new(
                        Kind::Config,
                        format!("--data @{path}: cannot read {path}: {e}"),
                    )
                })?;
                (s, path.to_owned())
            } else {
                (d.to_owned(), "--data".to_owned())
            };
            match serde_json::from_str::<Value>(&text) {
                Ok(Value::Object(m)) => m,
                Ok(_) => {
                    return Err(Failure::new(
                        if from == "--data" { Kind::Usage } else { Kind::Config },
                        format!("{from}: the parameters must be one JSON object ({{\"name\": value, …}})"),
                    )
                    .into());
                }
                Err(e) => {
                    return Err(Failure::new(
                        if from == "--data" {
                            Kind::Usage
                        } else {
                            Kind::Config
                        },
                        format!("{from}: not JSON: {e}"),
                    )
                    .into());
                }
            }
        }
    };
    for p in params {
        let (name, value) = parse_param(p)?;
        obj.insert(name, value);
    }
    Ok(Value::Object(obj))
}

fn parse_param(p: &str) -> anyhow::Result<(String, Value)> {
    let Some(eq) = p.find('=') else {
        return Err(Failure::new(Kind::Usage, format!("'{p}': expected name=text or name:=JSON"))
            .hint("e.g. strHostName=web-01, nStart:=0, pValues:=null, vecFieldsToReturn:='[\"KLHST_WKS_DN\"]'")
            .into());
    };
    let (name, json) = match p[..eq].strip_suffix(':') {
        Some(n) => (n, true),
        None => (&p[..eq], false),
    };
    if name.is_empty() {
        return Err(Failure::new(Kind::Usage, format!("'{p}': the parameter has no name")).into());
    }
    let raw = &p[eq + 1..];
    let value = if json {
        serde_json::from_str(raw).map_err(|e| {
            Failure::new(Kind::Usage, format!("{name}:= '{raw}' is not JSON: {e}")).hint(
                "quote it for the shell, e.g. name:='[\"a\",\"b\"]'; use name=text for a string",
            )
        })?
    } else {
        Value::String(raw.to_owned())
    };
    Ok((name.to_owned(), value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn params_are_strings_or_json_and_win_over_data() {
        let v = parameters(
            Some(r#"{"a": 1, "b": "x"}"#),
            &[
                "b=text=with=equals".into(),
                "n:=42".into(),
                "v:=[\"KLHST_WKS_DN\"]".into(),
                "e=".into(),
            ],
        )
        .unwrap();
        assert_eq!(
            v,
            json!({"a": 1, "b": "text=with=equals", "n": 42, "v": ["KLHST_WKS_DN"], "e": ""})
        );
    }

    #[test]
    fn bad_params_and_methods_are_usage_errors() {
        for bad in ["noequals", "=x", ":=1", "n:=nope"] {
            let e = parse_param(bad).unwrap_err();
            assert_eq!(crate::error::kind_of(&e), Kind::Usage, "{bad}");
        }
        for bad in [
            "HostGroup",
            "Host Group.X",
            "a..b",
            "a.b.c.d",
            "login",
            "Session.StartSession",
        ] {
            assert!(check_method(bad).is_err(), "{bad}");
        }
        for good in [
            "HostGroup.GetStaticInfo",
            "HostsTags.ListTags.GetAllTags",
            "Session.Ping",
        ] {
            assert!(check_method(good).is_ok(), "{good}");
        }
        assert!(parameters(Some("[1]"), &[]).is_err());
    }
}
