//! `sim --tls`: a self-signed certificate for localhost/127.0.0.1 made at start (like a fresh KSC server's),
//! optionally written out so clients can trust it with `--ca-cert`.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

pub fn server_config(cert_out: Option<&Path>) -> anyhow::Result<Arc<rustls::ServerConfig>> {
    Ok(self_signed(cert_out)?.0)
}

/// The server configuration and its certificate (DER), for a client in this process to pin.
pub fn self_signed(
    cert_out: Option<&Path>,
) -> anyhow::Result<(Arc<rustls::ServerConfig>, Vec<u8>)> {
    let names = vec![
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "::1".to_string(),
    ];
    let certified =
        rcgen::generate_simple_self_signed(names).context("making a self-signed certificate")?;
    if let Some(path) = cert_out {
        std::fs::write(path, certified.cert.pem()).map_err(|e| {
            crate::error::Failure::new(
                crate::error::Kind::Config,
                format!("cannot write --cert-out {}: {e}", path.display()),
            )
        })?;
    }
    let der = certified.cert.der().to_vec();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        certified.signing_key.serialize_der(),
    ));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_no_client_auth()
        .with_single_cert(vec![certified.cert.der().clone()], key)
        .context("TLS server certificate")?;
    Ok((Arc::new(config), der))
}
