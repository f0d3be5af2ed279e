//! `ksc login`, `ksc logout` and `ksc token create`.

use anyhow::Context as _;
use clap::Subcommand;
use serde_json::json;

use super::client::Client;
use super::rows::KscTokenRow;
use super::settings;
use crate::config::SelectedProfile;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Prints;
use crate::settings::Value as SettingValue;

#[derive(Subcommand)]
pub enum TokenCommand {
    /// Create a token (`Session.CreateToken`) for cron jobs and scripts (`--auth token`); printed once
    Create {
        /// Also keep it in the selected profile (ksc.token and ksc.auth = token; the file becomes 0600)
        #[arg(long)]
        save: bool,
    },
}

impl TokenCommand {
    pub fn prints(&self) -> Prints {
        Prints::Records
    }
}

pub fn login(ctx: &Context, client: &Client) -> anyhow::Result<()> {
    crate::sim::embedded::refuse_keeping(client.address(), "ksc login")?;
    client.log_in_kept()?;
    ctx.out.note(&format!(
        "logged in to {} as {}; the session is kept in {} for later runs until `fieldctl ksc logout` or expiry",
        client.server(),
        client.account(),
        client.state_path().display()
    ));
    Ok(())
}

pub fn logout(ctx: &Context, client: &Client) -> anyhow::Result<()> {
    if client.log_out_kept()? {
        ctx.out.note(&format!(
            "logged out of {}: the kept session is ended and forgotten",
            client.server()
        ));
    } else {
        ctx.out.note(&format!(
            "no session of {} on {} is kept: nothing to log out of",
            client.account(),
            client.server()
        ));
    }
    Ok(())
}

pub fn token(ctx: &Context, client: &Client, cmd: TokenCommand) -> anyhow::Result<()> {
    let TokenCommand::Create { save } = cmd;
    // Where --save writes is checked (and the file locked) before the token exists: a token nobody keeps
    // would be one more credential on the server.
    if save {
        crate::sim::embedded::refuse_keeping(client.address(), "ksc token create --save")?;
    }
    crate::sim::embedded::warn_ephemeral(ctx, client.address(), "the token");
    let mut target = if save {
        Some(SaveTarget::open(ctx, client)?)
    } else {
        None
    };
    // Ctrl-C lets the answer arrive once sent: the token is printed before exit 130, never made and lost.
    let hold = crate::interrupt::Hold::pending();
    let out = client.call_secret("Session.CreateToken", json!({}))?;
    let token = match out.get("PxgRetVal") {
        Some(serde_json::Value::String(t)) if !t.is_empty() => t.clone(),
        _ => {
            return Err(Failure::new(
                Kind::Malformed,
                format!("Session.CreateToken: {} answered no token", client.server()),
            )
            .into());
        }
    };
    client.transport().register_secret(&token);
    hold.rename("a new KSC token (not printed yet)");
    ctx.out.row(&KscTokenRow {
        token: token.clone(),
        server: client.server(),
    })?;
    if let Some(t) = target.take() {
        t.store(ctx, client, &token)
            .context("the token was created and is printed above, but not saved")?;
    } else if client.address().embedded().is_none() {
        ctx.out.note(
            "the token is shown this once: keep it (FIELDCTL_KSC_TOKEN with --auth token, or `--save` next time)",
        );
    }
    drop(hold);
    crate::interrupt::check()
}

/// The selected profile, checked before the token exists: a token nobody keeps would be one more credential
/// on the server.
struct SaveTarget(SelectedProfile);

impl SaveTarget {
    fn open(ctx: &Context, client: &Client) -> anyhow::Result<SaveTarget> {
        let target = SelectedProfile::open(
            ctx,
            Kind::Usage,
            "--save keeps the token in the selected profile, and no profile is selected",
            "make one and select it: `fieldctl profile set NAME ksc.server https://HOST`, then `fieldctl -p NAME ksc token create --save`",
        )?;
        // A token belongs to one server: saved beside another server's address it would be sent there.
        if let Some(SettingValue::Text(s)) = ctx.profile_value(&settings::SERVER.spec)?
            && !crate::address::Address::parse(&s, settings::ADDRESS)
                .is_ok_and(|a| a.identity() == client.address().identity())
        {
            return Err(Failure::new(
                Kind::Usage,
                format!(
                    "profile {} is for server {s}; a token for {} is not saved there",
                    target.name,
                    client.server()
                ),
            )
            .hint("select the profile of this server with -p, or run without --save")
            .into());
        }
        Ok(SaveTarget(target))
    }

    fn store(self, ctx: &Context, client: &Client, token: &str) -> anyhow::Result<()> {
        let mut p = self.0;
        p.set(&settings::TOKEN_VALUE.spec, token)?;
        p.set(&settings::AUTH.spec, "token")?;
        if ctx.profile_value(&settings::SERVER.spec)?.is_none() {
            p.set(&settings::SERVER.spec, &client.address().url())?;
        }
        let (name, path) = (p.name.clone(), p.path.clone());
        p.save(true)?;
        ctx.out.note(&format!(
            "{name}: ksc.token saved in {} (mode 0600) with ksc.auth = token; later runs with this profile use it",
            path.display()
        ));
        Ok(())
    }
}
