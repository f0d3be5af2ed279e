//! `fieldctl ksc trust [--save]`: show the server certificate's SHA-256 fingerprint (the form `--pin-sha256`
//! takes), subject and validity, fetched without trusting it; `--save` stores it as `ksc.pin_sha256` in the
//! selected profile. KSC servers use self-signed certificates, often reached by IP: a pin is the practical way
//! to trust one without `--insecure`.

use crate::address::{Address, Scheme};
use crate::config::SelectedProfile;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::transport::{Trust, tls};

use super::rows::KscTrustRow;
use super::settings::{CA_CERT, PIN_SHA256};

/// `ksc.pin_sha256` from the environment or the profile (checked as 64 hex digits when read).
fn configured_pin(ctx: &Context) -> anyhow::Result<Option<[u8; 32]>> {
    Ok(ctx
        .get(&PIN_SHA256)?
        .map(|pin| tls::parse_pin(&pin).expect("checked when read")))
}

/// What a ksc connection trusts: the pin from `--pin-sha256` (parsed by clap with [`tls::parse_pin`]), else
/// `FIELDCTL_KSC_PIN_SHA256`, else the profile's `ksc.pin_sha256`; and `ksc.ca_cert` (the global --ca-cert
/// wins over it in `Context::transport`). Nothing is read for a plain-HTTP server.
pub fn resolve(
    ctx: &Context,
    address: &Address,
    pin_flag: Option<[u8; 32]>,
) -> anyhow::Result<Trust> {
    if address.scheme != Scheme::Https {
        return Ok(Trust::default());
    }
    // The embedded simulator's certificate was made by this process: trusted here, for this run only. Trust
    // options name some other certificate: refused rather than silently set aside.
    if address.embedded().is_some() {
        let given = [(pin_flag.is_some(), "--pin-sha256")];
        if let Some((_, flag)) = given
            .into_iter()
            .chain(ctx.trust_options())
            .find(|(on, _)| *on)
        {
            return Err(Failure::new(
                Kind::Usage,
                format!("{flag} does not apply to `sim`: its certificate is made and pinned by this command"),
            )
            .hint("leave it out against `sim`")
            .into());
        }
        return Ok(Trust {
            pin_sha256: crate::sim::embedded::running(crate::sim::embedded::Sim::Ksc)
                .and_then(|e| e.pin_sha256),
            offers_pin: true,
            ..Trust::default()
        });
    }
    Ok(Trust {
        ca_cert: ctx.get(&CA_CERT)?,
        pin_sha256: match pin_flag {
            Some(pin) => Some(pin),
            None => configured_pin(ctx)?,
        },
        offers_pin: true,
    })
}

/// `--server`, else `FIELDCTL_KSC_SERVER` or the profile, as the client resolves it (`ksc trust` needs no
/// credentials, so it does not make a client).
pub fn server_address(ctx: &Context, server: Option<&str>) -> anyhow::Result<Address> {
    let server = match server {
        Some(s) => Some(s.to_owned()),
        None => ctx.get(&super::settings::SERVER)?,
    };
    let server = server.ok_or_else(|| {
        Failure::new(Kind::Usage, "no KSC server given").hint(format!(
            "use --server https://HOST[:13299], or set {}",
            super::settings::SERVER.spec.origins()
        ))
    })?;
    Address::resolve(&server, super::settings::ADDRESS)
}

pub fn run(ctx: &Context, address: &Address, save: bool) -> anyhow::Result<()> {
    if save {
        crate::sim::embedded::refuse_keeping(address, "ksc trust --save")?;
    }
    if address.scheme != Scheme::Https {
        return Err(Failure::new(
            Kind::Usage,
            format!("{address} is plain HTTP: there is no certificate to trust"),
        )
        .hint("give the server as https://HOST[:PORT]")
        .into());
    }
    let info = tls::server_certificate(address.host(), address.port, ctx.timeout)?;
    let sha256 = tls::hex(&info.sha256);
    let pinned = configured_pin(ctx)?.map(|pin| pin == info.sha256);
    // --save checks where it will write before printing: a row that says "pinned" must not be followed by
    // a refusal to pin it.
    let target = if save {
        Some(SelectedProfile::open(
            ctx,
            Kind::Config,
            "ksc trust --save: no profile selected to store the pin in",
            "select one with -p NAME or FIELDCTL_PROFILE, or set default_profile (`fieldctl profile set NAME ksc.server URL` creates one)",
        )?)
    } else {
        None
    };
    // After --save, the pin is the one just stored.
    let pinned = if save { Some(true) } else { pinned };
    ctx.out.row(&KscTrustRow {
        server: address.to_string(),
        sha256: sha256.clone(),
        subject: info.subject,
        issuer: info.issuer,
        not_before: info.not_before,
        not_after: info.not_after,
        bytes: info.der.len(),
        pinned,
    })?;
    if pinned == Some(false) {
        ctx.out.warn("this is not the certificate ksc.pin_sha256 names: the server's certificate changed, or this is not the same server");
    }
    if target.is_none() {
        if pinned != Some(true) {
            ctx.out.note("compare the fingerprint with the certificate on the server itself, then trust it with --pin-sha256 HEX or `fieldctl ksc trust --save`");
        }
        return Ok(());
    }
    let Some(mut target) = target else {
        return Ok(());
    };
    target.set(&PIN_SHA256.spec, &sha256)?;
    let (name, path) = (target.name.clone(), target.path.clone());
    target.save(false)?;
    ctx.out.note(&format!(
        "{name}: {} set in {}",
        PIN_SHA256.spec.key,
        path.display()
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use clap::Parser;

    use super::*;
    use crate::error::kind_of;
    use crate::sim::http::{Handler, Request, Response, Server};
    use crate::transport::Request as Out;

    struct Fine;

    impl Handler for Fine {
        type Conn = ();
        fn handle(&self, _: &mut Request, _: &mut ()) -> Response {
            Response::text(200, "fine\n")
        }
    }

    /// A self-signed HTTPS server for a name it is not reached by (as a KSC server by IP); its certificate.
    fn server() -> (Address, rcgen::Certificate) {
        use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
        let c = rcgen::generate_simple_self_signed(vec!["klserver.lab".to_string()]).unwrap();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(c.signing_key.serialize_der()));
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![c.cert.der().clone()], key)
        .unwrap();
        let server = Server::bind("127.0.0.1:0", Fine, Some(Arc::new(config)), None).unwrap();
        let addr = server.local_addr().unwrap();
        std::thread::spawn(move || server.serve());
        let address =
            Address::parse(&format!("https://{addr}"), super::super::settings::ADDRESS).unwrap();
        (address, c.cert)
    }

    fn context(config: &std::path::Path, profile: Option<&str>) -> Context {
        let mut argv = vec![
            "fieldctl",
            "-q",
            "-o",
            "json",
            "--config",
            config.to_str().unwrap(),
        ];
        if let Some(p) = profile {
            argv.extend(["-p", p]);
        }
        argv.extend(["profile", "list"]);
        Context::new(&crate::cli::Cli::try_parse_from(argv).unwrap().global)
    }

    #[test]
    fn save_stores_the_pin_that_then_trusts_the_server() {
        let (address, cert) = server();
        let dir = std::env::temp_dir().join(format!("fieldctl-trust-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let config = dir.join("config.toml");
        std::fs::write(&config, "[profiles.lab.ksc]\nusername = \"admin\"\n").unwrap();
        let want = tls::hex(&tls::sha256(cert.der()));

        // Not trusted yet: the ordinary transport refuses it.
        let ctx = context(&config, Some("lab"));
        let url = address.url();
        let t = ctx
            .transport(resolve(&ctx, &address, None).unwrap())
            .unwrap();
        let err = t.send(Out::new("GET", &url, "/x")).unwrap_err();
        assert_eq!(kind_of(&err), Kind::Connect, "{err:#}");

        run(&ctx, &address, true).unwrap();
        let text = std::fs::read_to_string(&config).unwrap();
        assert!(text.contains("username = \"admin\""), "{text}");
        assert!(text.contains(&format!("pin_sha256 = \"{want}\"")), "{text}");

        let ctx = context(&config, Some("lab"));
        let trust = resolve(&ctx, &address, None).unwrap();
        assert_eq!(trust.pin_sha256, Some(tls::sha256(cert.der())));
        let t = ctx.transport(trust).unwrap();
        assert_eq!(t.send(Out::new("GET", &url, "/x")).unwrap().body, b"fine\n");
        // The flag wins over the profile.
        let other = [7u8; 32];
        assert_eq!(
            resolve(&ctx, &address, Some(other)).unwrap().pin_sha256,
            Some(other)
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn save_without_a_profile_and_plain_http_are_refused() {
        let (address, _) = server();
        let dir = std::env::temp_dir().join(format!("fieldctl-trust-none-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let config = dir.join("config.toml");
        std::fs::write(&config, "").unwrap();
        let ctx = context(&config, None);
        let err = run(&ctx, &address, true).unwrap_err();
        assert_eq!(kind_of(&err), Kind::Config, "{err:#}");
        assert!(err.to_string().contains("no profile selected"), "{err:#}");
        assert_eq!(std::fs::read_to_string(&config).unwrap(), "");
        let plain = Address::parse("http://127.0.0.1:1", super::super::settings::ADDRESS).unwrap();
        let err = run(&ctx, &plain, false).unwrap_err();
        assert_eq!(kind_of(&err), Kind::Usage, "{err:#}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
