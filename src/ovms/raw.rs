//! `ovms raw METHOD PATH [key=value…]`: any call, authenticated like every other; the body is printed as
//! received. Parameters go in the query for GET and DELETE, in a form body for POST and PUT (as the server
//! reads `POST /api/token`'s fields).

use super::client::{Client, form};
use crate::context::Context;
use crate::error::{Failure, Kind};

#[derive(clap::Args)]
pub struct RawArgs {
    /// GET, POST, PUT or DELETE
    pub method: String,
    /// The path: `/api/status/CAR`, or without `/api/` (`status/CAR`)
    pub path: String,
    /// Parameters: query for GET and DELETE, form body for POST and PUT
    #[arg(value_name = "KEY=VALUE")]
    pub params: Vec<String>,
}

pub fn run(ctx: &Context, client: &Client, args: RawArgs) -> anyhow::Result<()> {
    let method: &'static str = match args.method.to_ascii_uppercase().as_str() {
        "GET" => "GET",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        other => {
            return Err(Failure::new(
                Kind::Usage,
                format!("method '{other}': use GET, POST, PUT or DELETE"),
            )
            .into());
        }
    };
    let mut pairs = Vec::new();
    for p in &args.params {
        let Some((k, v)) = p.split_once('=') else {
            return Err(Failure::new(Kind::Usage, format!("'{p}' is not KEY=VALUE")).into());
        };
        if k.is_empty() {
            return Err(Failure::new(Kind::Usage, format!("'{p}' has no key")).into());
        }
        pairs.push((k.to_owned(), v.to_owned()));
    }
    let path = args.path.trim();
    let path = if path.starts_with("/api/") {
        path.to_owned()
    } else {
        format!(
            "/api/{}",
            path.trim_start_matches('/').trim_start_matches("api/")
        )
    };
    if path.contains('?')
        || path.contains('#')
        || path.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(Failure::new(
            Kind::Usage,
            format!(
                "path '{path}': give parameters as KEY=VALUE, and encode the path's characters"
            ),
        )
        .into());
    }
    // The session is the state file's business: a login or logout here would leave it holding a cookie the
    // server no longer knows (or never knew).
    if path.trim_end_matches('/') == "/api/cookie" && matches!(method, "GET" | "DELETE") {
        return Err(Failure::new(
            Kind::Usage,
            format!("`ovms raw {method} cookie` would bypass the kept session"),
        )
        .hint(if method == "GET" {
            "use `fieldctl ovms login` (it keeps the cookie for later runs)"
        } else {
            "use `fieldctl ovms logout` (it also forgets the kept cookie)"
        })
        .into());
    }
    let mut req = client.request(method, &path);
    if matches!(method, "POST" | "PUT") {
        let fields: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        req = req.body(form(&fields));
    } else {
        for (k, v) in &pairs {
            req = req.query(k, v);
        }
    }
    let resp = client.call(Some(ctx), req)?;
    crate::output::write_raw(&resp.body)?;
    Ok(())
}
