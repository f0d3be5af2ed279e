//! The account: login, logout, API tokens, and connecting to a vehicle as an app.

use anyhow::Context as _;
use clap::Subcommand;

use serde_json::Value;

use super::client::{Client, Login, Made, form, parse_json, segment};
use super::rows::{ConnectRow, TokenCreatedRow, TokenRow, VehicleRow};
use super::{settings, value};
use crate::config::{Editor, SelectedProfile};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::{Prints, Time};
use crate::settings::Value as SettingValue;

#[derive(Subcommand)]
pub enum TokenCommand {
    /// The account's API tokens
    List,
    /// Create an API token; it is printed once (--save keeps it in the profile)
    Create(TokenCreateArgs),
    /// Delete an API token
    Delete {
        /// The token, or its first hex digits as `token list` shows them (at least 4, naming one token)
        token: String,
    },
}

#[derive(clap::Args)]
pub struct TokenCreateArgs {
    /// The application the token is for (the server's default: notspecified)
    #[arg(long, value_name = "APPLICATION")]
    pub application: Option<String>,
    /// What the token is for (the server's default: notspecified)
    #[arg(long, value_name = "PURPOSE")]
    pub purpose: Option<String>,
    /// Rights, comma-separated (the server's default: auth; `auth,session` may also log in)
    #[arg(long, value_name = "RIGHTS")]
    pub permit: Option<String>,
    /// Store the token as ovms.token in the profile (file mode 0600): later runs use it instead of the password
    #[arg(long)]
    pub save: bool,
}

impl TokenCommand {
    pub fn prints(&self) -> Prints {
        match self {
            TokenCommand::List | TokenCommand::Create(_) => Prints::Records,
            TokenCommand::Delete { .. } => Prints::Nothing,
        }
    }
}

/// `ovms login`. A token whose permit lacks `session` authenticates (the server checks the token before the
/// right) but cannot open a session: that is exit 4 naming the right, as the 403 row asks, so that
/// `ovms login && …` in a script never believes a session is kept. Other commands still work with such a
/// token: each call then carries it in its query.
pub fn login(ctx: &Context, client: &Client) -> anyhow::Result<()> {
    crate::sim::embedded::refuse_keeping(client.address(), "ovms login")?;
    if let Login::Kept { since } = client.login(ctx)? {
        let since = match since {
            Some(s) => {
                let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(s);
                let age = std::time::SystemTime::now()
                    .duration_since(t)
                    .map_or(0, |d| d.as_secs());
                format!(" since {}, {}", Time(t).rfc3339(), value::age_words(age))
            }
            None => String::new(),
        };
        ctx.out.note(&format!(
            "already logged in as {} on {} (session kept{since}); no password or token is at hand and there is no terminal, so no new session was made",
            client.user(),
            client.server()
        ));
        return Ok(());
    }
    if client.query_auth() {
        return Err(Failure::new(
            Kind::Auth,
            format!(
                "the API token is valid on {} but lacks the `session` right that GET /api/cookie needs: no session can be kept (403 Insufficient rights)",
                client.server()
            ),
        )
        .hint("other commands still work with it (each call carries the token); for a session, create a token with `fieldctl ovms token create --permit auth,session`")
        .into());
    }
    ctx.out.note(&format!(
        "logged in to {} as {}; the session is kept for later runs until `fieldctl ovms logout` or the server expires it",
        client.server(),
        client.user()
    ));
    // Ctrl-C during the login let it finish (the cookie is kept): the run still ends as interrupted.
    crate::interrupt::check()
}

pub fn logout(ctx: &Context, client: &Client) -> anyhow::Result<()> {
    let ended = client.logout()?;
    if !ended.is_empty() {
        let which: Vec<&str> = ended
            .iter()
            .map(|m| match m {
                Made::Password => "the password's session",
                Made::Token => "the API token's session",
            })
            .collect();
        ctx.out.note(&format!(
            "logged out of {} ({} ended)",
            client.server(),
            which.join(" and ")
        ));
    } else {
        ctx.out.note(&format!(
            "no session kept for {} on {}: nothing to end",
            client.user(),
            client.server()
        ));
    }
    Ok(())
}

pub fn token(ctx: &Context, client: &Client, cmd: TokenCommand) -> anyhow::Result<()> {
    match cmd {
        TokenCommand::List => {
            let rows: Vec<TokenRow> = tokens(ctx, client)?
                .iter()
                .map(|t| TokenRow {
                    token_prefix: prefix(&t.token).to_owned(),
                    application: value::text(t.json.get("application")),
                    purpose: value::text(t.json.get("purpose")),
                    permit: value::text(t.json.get("permit")),
                    created: value::time(t.json.get("created")).map(Time),
                    refreshed: value::time(t.json.get("refreshed")).map(Time),
                    last_used: value::time(t.json.get("lastused")).map(Time),
                })
                .collect();
            ctx.out.rows(&rows)?;
            Ok(())
        }
        TokenCommand::Create(a) => create(ctx, client, a),
        TokenCommand::Delete { token } => delete(ctx, client, &token),
    }
}

/// How many hex digits of a token lists and messages show: enough to tell tokens apart and to name one in
/// `token delete`, far too few to authenticate with.
const SHOWN: usize = 8;

fn prefix(token: &str) -> &str {
    token.get(..SHOWN).unwrap_or(token)
}

struct Token {
    token: String,
    json: Value,
}

/// `GET /api/token`; every full token is registered as a secret so `-vv` never shows one.
fn tokens(ctx: &Context, client: &Client) -> anyhow::Result<Vec<Token>> {
    let resp = client.call(
        Some(ctx),
        client.request("GET", "/api/token").hide_response_body(),
    )?;
    let list = parse_json(&resp, "GET", "/api/token")?;
    let Some(items) = list.as_array() else {
        return Err(Failure::new(Kind::Malformed, "GET /api/token did not answer a list").into());
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let token = value::text(item.get("token")).unwrap_or_default();
        client.transport().register_secret(&token);
        out.push(Token {
            token,
            json: item.clone(),
        });
    }
    Ok(out)
}

fn create(ctx: &Context, client: &Client, a: TokenCreateArgs) -> anyhow::Result<()> {
    // Where --save writes is checked (and the file locked) before the token exists: a token that cannot be
    // saved would be one more credential on the account that nobody keeps.
    if a.save {
        crate::sim::embedded::refuse_keeping(client.address(), "ovms token create --save")?;
    }
    crate::sim::embedded::warn_ephemeral(ctx, client.address(), "the token");
    let save = if a.save {
        Some(SaveTarget::open(ctx, client)?)
    } else {
        None
    };
    let mut fields = Vec::new();
    for (k, v) in [
        ("application", &a.application),
        ("purpose", &a.purpose),
        ("permit", &a.permit),
    ] {
        if let Some(v) = v {
            fields.push((k, v.as_str()));
        }
    }
    // The server reads these fields from the form body only (in the query they are ignored). From the POST
    // on, Ctrl-C lets the answer arrive (`finish_on_interrupt` needs a hold): the token is printed (and
    // saved) before the run ends with exit 130, never made and lost.
    let hold = crate::interrupt::Hold::pending();
    let req = client
        .request("POST", "/api/token")
        .body(form(&fields))
        .hide_response_body()
        .finish_on_interrupt();
    let resp = client.call(Some(ctx), req)?;
    let v = parse_json(&resp, "POST", "/api/token")?;
    let Some(token) = value::text(v.get("token")) else {
        return Err(
            Failure::new(Kind::Malformed, "POST /api/token answered without a token").into(),
        );
    };
    client.transport().register_secret(&token);
    hold.rename(format!(
        "the new API token {}… (not printed yet)",
        prefix(&token)
    ));
    let text = |k: &str| value::text(v.get(k)).unwrap_or_default();
    let row = TokenCreatedRow {
        token: token.clone(),
        owner: text("owner"),
        application: text("application"),
        purpose: text("purpose"),
        permit: text("permit"),
    };
    // Printed before saving: if the profile cannot be written, the token is still in the user's hands.
    ctx.out.row(&row)?;
    if let Some(save) = save {
        save.store(ctx, client, &token).with_context(|| {
            format!(
                "token {}… was created and is printed above, but not saved",
                prefix(&token)
            )
        })?;
    }
    if !row
        .permit
        .split(',')
        .any(|p| matches!(p.trim(), "session" | "*" | "admin"))
    {
        ctx.out.note(&format!(
            "token {}… cannot log in (its permit `{}` lacks `session`): each call carries it in its query",
            prefix(&token),
            row.permit
        ));
    }
    if a.save {
        ctx.out
            .note("the token is shown this once, and kept in the profile");
    } else if client.address().embedded().is_none() {
        ctx.out.note("the token is shown this once: keep it now (FIELDCTL_OVMS_TOKEN, or `--save` next time)");
    }
    drop(hold);
    crate::interrupt::check()
}

/// The profile `--save` writes to, locked for the edit.
struct SaveTarget {
    target: SelectedProfile,
    /// Also written: the user (and server) the token belongs to, when the profile names none.
    with_user: bool,
    with_server: bool,
}

impl SaveTarget {
    fn open(ctx: &Context, client: &Client) -> anyhow::Result<SaveTarget> {
        let target = SelectedProfile::open(
            ctx,
            Kind::Usage,
            "--save keeps the token in the selected profile, and no profile is selected",
            &format!(
                "make one and select it: `fieldctl profile set NAME ovms.username {}`, then `fieldctl -p NAME ovms token create --save`",
                client.user()
            ),
        )?;
        let profile = target.name.clone();
        let text = |spec| -> anyhow::Result<Option<String>> {
            Ok(match ctx.profile_value(spec)? {
                Some(SettingValue::Text(t)) => Some(t),
                _ => None,
            })
        };
        // A token belongs to one user on one server: saved beside another's name it would be sent as theirs.
        let user = text(&settings::USERNAME.spec)?;
        if let Some(u) = &user
            && u != client.user()
        {
            return Err(Failure::new(
                Kind::Usage,
                format!(
                    "profile {profile} is for user {u}; a token for {} is not saved there",
                    client.user()
                ),
            )
            .hint("select the profile of this user with -p, or run without --save")
            .into());
        }
        let server = text(&settings::SERVER.spec)?;
        let same_server = |s: &str| {
            crate::address::Address::parse(s, settings::ADDRESS)
                .is_ok_and(|a| a.identity() == client.address().identity())
        };
        if let Some(s) = &server
            && !same_server(s)
        {
            return Err(Failure::new(
                Kind::Usage,
                format!(
                    "profile {profile} is for server {s}; a token for {} is not saved there",
                    client.server()
                ),
            )
            .hint("select the profile of this server with -p, or run without --save")
            .into());
        }
        let default_server = same_server(settings::SERVER.spec.default.unwrap_or_default());
        Ok(SaveTarget {
            target,
            with_user: user.is_none(),
            with_server: server.is_none() && !default_server,
        })
    }

    fn store(mut self, ctx: &Context, client: &Client, token: &str) -> anyhow::Result<()> {
        let spec = &settings::TOKEN_VALUE.spec;
        let t = &mut self.target;
        t.set(spec, token)?;
        if self.with_user {
            t.set(&settings::USERNAME.spec, client.user())?;
        }
        if self.with_server {
            t.set(&settings::SERVER.spec, &client.address().url())?;
        }
        let (profile, path) = (t.name.clone(), t.path.clone());
        // The file now holds a credential: 0600 even if it was readable before.
        self.target.save(true)?;
        ctx.out.note(&format!(
            "{profile}: ovms.token saved in {} (mode 0600); later runs with this profile use it instead of the password",
            path.display()
        ));
        if ctx.env_value(spec)?.is_some() {
            ctx.out.warn(&format!(
                "{} is set and wins over the profile's ovms.token",
                spec.env.unwrap_or_default()
            ));
        }
        Ok(())
    }
}

fn delete(ctx: &Context, client: &Client, given: &str) -> anyhow::Result<()> {
    let given = given.trim().to_ascii_lowercase();
    if given.len() < 4 || !given.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Failure::new(
            Kind::Usage,
            "give the token, or at least its first 4 hex digits as `ovms token list` shows them",
        )
        .into());
    }
    // The server answers 200 for any token, even one that never existed: the list tells whether it does, and
    // turns the prefix `token list` shows into the token.
    let list = tokens(ctx, client)?;
    let found: Vec<&Token> = list
        .iter()
        .filter(|t| t.token.to_ascii_lowercase().starts_with(&given))
        .collect();
    let t = match found[..] {
        [t] => t,
        [] => {
            return Err(Failure::new(
                Kind::NotFound,
                format!(
                    "no token {}… on the account {} ({} token{})",
                    prefix(&given),
                    client.user(),
                    list.len(),
                    if list.len() == 1 { "" } else { "s" }
                ),
            )
            .hint("`fieldctl ovms token list` shows the account's tokens")
            .into());
        }
        _ => {
            return Err(Failure::new(
                Kind::Usage,
                format!(
                    "{given} starts {} tokens: {}",
                    found.len(),
                    found
                        .iter()
                        .map(|t| prefix(&t.token))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
            .hint("give more of its digits")
            .into());
        }
    };
    let path = format!("/api/token/{}", segment(&t.token));
    client.call(
        Some(ctx),
        client.request("DELETE", &path).hide_response_body(),
    )?;
    let app = value::text(t.json.get("application")).unwrap_or_default();
    ctx.out.note(&format!(
        "deleted token {}… (application {app})",
        prefix(&t.token)
    ));
    let same = |v: Option<String>| v.is_some_and(|v| v.eq_ignore_ascii_case(&t.token));
    // Every profile that holds it, not only the selected one: a cron profile would send a token the server no
    // longer has, and fail at its next run.
    let config = ctx.config()?;
    let mut holders = Vec::new();
    for (name, profile) in &config.profiles {
        if same(match config.read(profile, &settings::TOKEN_VALUE.spec)? {
            Some(SettingValue::Text(v)) => Some(v),
            _ => None,
        }) {
            holders.push(name.clone());
        }
    }
    let in_profile = !holders.is_empty();
    if in_profile {
        let path = ctx.config_path()?;
        let mut editor = Editor::open(&path)?;
        for profile in &holders {
            editor.unset(profile, settings::TOKEN_VALUE.spec.key);
        }
        editor.save(true)?;
        for profile in &holders {
            ctx.out.note(&format!(
                "{profile}: ovms.token was that token: removed from {}",
                path.display()
            ));
        }
    }
    let ours = client.uses_secret(&t.token)
        || in_profile
        || same(ctx.env_value(&settings::TOKEN_VALUE.spec)?);
    if ours && client.forget_token_session()? {
        ctx.out
            .note("the kept session opened with that token is forgotten");
    }
    if client.uses_secret(&t.token) && !in_profile {
        ctx.out
            .warn("this run authenticated with that token: later runs with it will fail");
    }
    Ok(())
}

pub fn connect(ctx: &Context, client: &Client, id: &str) -> anyhow::Result<()> {
    let v = client.get_json(Some(ctx), &format!("/api/vehicle/{}", segment(id)))?;
    ctx.out.row(&ConnectRow {
        vehicle: id.to_owned(),
        car_connected: value::flag(v.get("v_net_connected")).unwrap_or(false),
        apps: value::number(v.get("v_apps_connected")).unwrap_or(0.0) as u64,
        batch_clients: value::number(v.get("v_btcs_connected")).unwrap_or(0.0) as u64,
        first_peer: value::flag(v.get("v_first_peer")).unwrap_or(false),
        status_time: value::time(v.get("m_msgtime_s")).map(Time),
        status_age: value::number(v.get("m_msgage_s")).map(|a| a.max(0.0) as u64),
    })?;
    if !value::flag(v.get("v_net_connected")).unwrap_or(false) {
        ctx.out.warn(&format!(
            "{id} is not connected to the server: it reports when it next comes online"
        ));
    }
    Ok(())
}

pub fn disconnect(ctx: &Context, client: &Client, id: &str) -> anyhow::Result<()> {
    // The body is `Disconnect OK` although labelled JSON: not parsed.
    client.call(
        Some(ctx),
        client.request("DELETE", &format!("/api/vehicle/{}", segment(id))),
    )?;
    ctx.out.note(&format!("disconnected from {id}"));
    Ok(())
}

/// `ovms vehicles`.
pub fn vehicles(ctx: &Context, client: &Client) -> anyhow::Result<Vec<VehicleRow>> {
    let list = client.get_json(Some(ctx), "/api/vehicles")?;
    let Some(items) = list.as_array() else {
        return Err(crate::error::Failure::new(
            crate::error::Kind::Malformed,
            "GET /api/vehicles did not answer a list",
        )
        .into());
    };
    Ok(items
        .iter()
        .map(|v| VehicleRow {
            vehicle: value::text(v.get("id")).unwrap_or_default(),
            car_connected: value::flag(v.get("v_net_connected")).unwrap_or(false),
            apps: value::number(v.get("v_apps_connected")).unwrap_or(0.0) as u64,
            batch_clients: value::number(v.get("v_btcs_connected")).unwrap_or(0.0) as u64,
        })
        .collect())
}
