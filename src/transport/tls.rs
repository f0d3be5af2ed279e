//! TLS for the whole transport: our own rustls connector in ureq's chain (same rustls 0.23 + ring as ureq, one
//! TLS stack), so that trust can be more than "these roots": `--ca-cert` adds a certificate to Mozilla's roots,
//! a pin trusts exactly one certificate (a self-signed server reached by IP: name, chain and dates are not
//! checked, the handshake's signatures are), `--insecure` trusts anything. Handshake failures that have a
//! cause worth naming (a pin mismatch, a server that speaks only TLS 1.0/1.1) become [`Refused`], which the
//! transport's classifier shows as is. [`server_certificate`] fetches a server's certificate without trusting
//! it (`ksc trust`).

use std::fmt;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    AlertDescription, ClientConfig, ClientConnection, DigitallySignedStruct, PeerIncompatible,
    RootCertStore, SignatureScheme, StreamOwned,
};
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, Either, LazyBuffers, NextTimeout, Transport as Wire,
    TransportAdapter,
};

use super::Options;
use crate::error::{Failure, Kind};

/// What a group adds to the global trust options (`Context::transport`): its profile CA (used when the global
/// `--ca-cert` is absent) and a pinned certificate (which wins over both CAs).
#[derive(Clone, Debug, Default)]
pub struct Trust {
    pub ca_cert: Option<PathBuf>,
    pub pin_sha256: Option<[u8; 32]>,
    /// The group takes `--pin-sha256` (KSC): certificate failures suggest it.
    pub offers_pin: bool,
}

impl Trust {
    /// Only a group CA (can, ovms).
    pub fn ca(ca_cert: Option<PathBuf>) -> Trust {
        Trust {
            ca_cert,
            ..Trust::default()
        }
    }
}

/// A handshake refused for a reason the user can act on; `what` follows "TLS handshake with URL failed: ".
#[derive(Debug, Clone)]
pub struct Refused {
    pub what: String,
    pub hint: String,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.what)
    }
}

impl std::error::Error for Refused {}

/// The server's certificate is not the pinned one (carried inside rustls' error out of the verifier).
#[derive(Debug)]
struct PinMismatch {
    server: [u8; 32],
    pin: [u8; 32],
}

impl fmt::Display for PinMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the server's certificate is not the pinned one: the server's SHA-256 is {}, the pin is {}",
            hex(&self.server),
            hex(&self.pin)
        )
    }
}

impl std::error::Error for PinMismatch {}

/// The cause of a failed handshake, when it is one the user can act on.
pub(super) fn refused(err: &rustls::Error) -> Option<Refused> {
    const OLD: &str = "the server offers only TLS 1.0/1.1; fieldctl speaks TLS 1.2 and 1.3";
    const OLD_HINT: &str = "enable TLS 1.2 on the server (on a KSC Administration Server: allow TLS 1.2 in its TLS settings, supported since KSC 10)";
    match err {
        rustls::Error::PeerIncompatible(PeerIncompatible::ServerDoesNotSupportTls12Or13)
        | rustls::Error::AlertReceived(AlertDescription::ProtocolVersion) => Some(Refused {
            what: OLD.to_owned(),
            hint: OLD_HINT.to_owned(),
        }),
        // Old servers with TLS 1.2 but only RSA key exchange or CBC suites (none of which rustls offers).
        rustls::Error::AlertReceived(AlertDescription::HandshakeFailure) => Some(Refused {
            what: "the server refused the handshake (handshake_failure alert): usually it has no cipher suite in common with fieldctl, which offers ECDHE key exchange with AES-GCM or ChaCha20-Poly1305".to_owned(),
            hint: "enable ECDHE-RSA or ECDHE-ECDSA suites with AES-GCM (TLS 1.2) or TLS 1.3 on the server".to_owned(),
        }),
        // A self-signed KSC certificate names the server's host name; reached by IP, --ca-cert cannot help.
        rustls::Error::InvalidCertificate(rustls::CertificateError::NotValidForNameContext {
            expected,
            presented,
        }) => Some(Refused {
            what: format!(
                "the server's certificate is not for {}: it names {}",
                expected.to_str(),
                if presented.is_empty() {
                    "no host".to_owned()
                } else {
                    presented.iter().map(|p| bare_name(p)).collect::<Vec<_>>().join(", ")
                }
            ),
            hint: "connect by a name the certificate holds (for KSC, or trust exactly this certificate: --pin-sha256, see `fieldctl ksc trust`)".to_owned(),
        }),
        rustls::Error::InvalidCertificate(rustls::CertificateError::Other(other)) => {
            other.0.downcast_ref::<PinMismatch>().map(|m| Refused {
                what: m.to_string(),
                hint: "`fieldctl ksc trust` shows the server's certificate; if it was replaced on purpose, pin the new one".to_owned(),
            })
        }
        _ => None,
    }
}

/// rustls presents a certificate's names as `DnsName("a.lab")`, `IpAddress(10.0.0.1)`: the name alone.
fn bare_name(presented: &str) -> &str {
    presented.split_once('(').map_or(presented, |(_, rest)| {
        rest.trim_end_matches(')').trim_matches('"')
    })
}

/// `AB:cd:…` or `abcd…`: 64 hex digits, colons anywhere ignored, any case.
pub fn parse_pin(text: &str) -> Result<[u8; 32], String> {
    let digits: String = text.trim().chars().filter(|c| *c != ':').collect();
    let bad = || format!("{text:?} is not a SHA-256 fingerprint (64 hex digits, colons allowed)");
    if digits.len() != 64 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad());
    }
    let mut pin = [0u8; 32];
    for (i, byte) in pin.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&digits[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(pin)
}

/// Lowercase hex without separators: the form `sha256sum` prints and `--pin-sha256` takes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256(der: &[u8]) -> [u8; 32] {
    let digest = ring::digest::digest(&ring::digest::SHA256, der);
    digest.as_ref().try_into().expect("SHA-256 is 32 bytes")
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn builder() -> rustls::ConfigBuilder<ClientConfig, rustls::WantsVerifier> {
    ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .expect("ring supports TLS 1.2 and 1.3")
}

/// The client configuration for `opts`: `--insecure` > pin > `--ca-cert` (added to Mozilla's roots) > Mozilla's.
pub(super) fn client_config(opts: &Options) -> anyhow::Result<Arc<ClientConfig>> {
    let config = if opts.insecure {
        builder()
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Accept {
                pin: None,
                seen: None,
                provider: provider(),
            }))
    } else if let Some(pin) = opts.pin_sha256 {
        builder()
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Accept {
                pin: Some(pin),
                seen: None,
                provider: provider(),
            }))
    } else {
        let mut roots = RootCertStore::empty();
        if let Some(path) = &opts.ca_cert {
            for cert in read_ca(path)? {
                roots.add(cert).map_err(|e| {
                    Failure::new(
                        Kind::Config,
                        format!("{}: not a usable CA certificate: {e}", path.display()),
                    )
                })?;
            }
        }
        roots.add_parsable_certificates(webpki_root_certs::TLS_SERVER_ROOT_CERTS.iter().cloned());
        builder().with_root_certificates(roots)
    };
    Ok(Arc::new(config.with_no_client_auth()))
}

/// The certificates of a PEM file (`--ca-cert`, `ksc.ca_cert`); exit 10 when there is none.
fn read_ca(path: &Path) -> anyhow::Result<Vec<CertificateDer<'static>>> {
    let pem = std::fs::read(path).map_err(|e| {
        Failure::new(
            Kind::Config,
            format!("cannot read CA certificate {}: {e}", path.display()),
        )
    })?;
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        match item {
            Ok(ureq::tls::PemItem::Certificate(c)) => {
                certs.push(CertificateDer::from(c.der().to_vec()))
            }
            Ok(_) => {}
            Err(e) => {
                return Err(Failure::new(
                    Kind::Config,
                    format!("{}: not a PEM certificate: {e}", path.display()),
                )
                .into());
            }
        }
    }
    if certs.is_empty() {
        return Err(Failure::new(
            Kind::Config,
            format!("{}: no PEM certificate in it", path.display()),
        )
        .into());
    }
    Ok(certs)
}

/// A verifier that checks no chain: with `pin`, the certificate must be exactly the pinned one; with `seen`, it
/// records the certificate (fetching it); with neither, anything goes (`--insecure`). The handshake's
/// signatures are always verified with the provider's algorithms: the peer must hold the certificate's key.
#[derive(Debug)]
struct Accept {
    pin: Option<[u8; 32]>,
    seen: Option<Arc<Mutex<Option<Vec<u8>>>>>,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for Accept {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Some(seen) = &self.seen {
            *seen.lock().expect("seen lock") = Some(end_entity.to_vec());
        }
        if let Some(pin) = self.pin {
            let server = sha256(end_entity);
            if server != pin {
                return Err(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::Other(rustls::OtherError(Arc::new(PinMismatch {
                        server,
                        pin,
                    }))),
                ));
            }
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// `[::1]` → `::1`: rustls wants the bare host.
fn server_name(host: &str) -> Result<ServerName<'static>, ureq::Error> {
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    ServerName::try_from(bare.to_owned()).map_err(|_| ureq::Error::Tls("invalid TLS server name"))
}

/// The rustls error inside a handshake's I/O error, named when it can be.
fn handshake_error(e: std::io::Error) -> std::io::Error {
    let named = e
        .get_ref()
        .and_then(|i| i.downcast_ref::<rustls::Error>())
        .and_then(refused);
    match named {
        Some(r) => std::io::Error::other(r),
        None => e,
    }
}

/// The connection's timeout, less the time TCP (and a proxy) already took.
fn left(details: &ConnectionDetails) -> NextTimeout {
    use ureq::unversioned::transport::time::{Duration as D, Instant as I};
    let mut t = details.timeout;
    if let (I::Exact(now), I::Exact(start), D::Exact(after)) =
        ((details.current_time)(), details.now, t.after)
    {
        t.after = D::Exact(after.saturating_sub(now.saturating_duration_since(start)));
    }
    t
}

/// In ureq's chain where its `RustlsConnector` would be: wraps a new connection in TLS when the URL is https.
pub(super) struct TlsConnector {
    pub(super) config: Arc<ClientConfig>,
}

impl fmt::Debug for TlsConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsConnector").finish()
    }
}

impl<In: Wire> Connector<In> for TlsConnector {
    type Out = Either<In, TlsWire>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let Some(transport) = chained else {
            return Ok(None);
        };
        if !details.needs_tls() || transport.is_tls() {
            return Ok(Some(Either::A(transport)));
        }
        let host = details.uri.host().ok_or(ureq::Error::Tls("no host"))?;
        let mut conn = ClientConnection::new(self.config.clone(), server_name(host)?)?;
        let mut sock = TransportAdapter::new(transport.boxed(), details.current_time.clone());
        sock.set_timeout(left(details));
        conn.complete_io(&mut sock).map_err(handshake_error)?;
        let buffers = LazyBuffers::new(
            details.config.input_buffer_size(),
            details.config.output_buffer_size(),
        );
        Ok(Some(Either::B(TlsWire {
            buffers,
            stream: StreamOwned { conn, sock },
        })))
    }
}

pub(super) struct TlsWire {
    buffers: LazyBuffers,
    stream: StreamOwned<ClientConnection, TransportAdapter>,
}

impl fmt::Debug for TlsWire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsWire").finish()
    }
}

impl Wire for TlsWire {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let output = &self.buffers.output()[..amount];
        self.stream.write_all(output)?;
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let input = self.buffers.input_append_buf();
        let amount = self.stream.read(input)?;
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    fn is_open(&mut self) -> bool {
        self.stream.get_mut().get_mut().is_open()
    }

    fn is_tls(&self) -> bool {
        true
    }
}

/// A server's certificate as fetched by [`server_certificate`].
#[derive(Debug, Clone)]
pub struct CertInfo {
    pub der: Vec<u8>,
    pub sha256: [u8; 32],
    /// `CN=…, O=…` when the certificate could be read (see [`super::x509`]).
    pub subject: Option<String>,
    pub issuer: Option<String>,
    /// RFC 3339 UTC.
    pub not_before: Option<String>,
    pub not_after: Option<String>,
}

/// Fetch `host:port`'s certificate through a handshake that trusts anything but records what it was shown.
/// `timeout` bounds connecting and each read and write, and the whole handshake.
pub fn server_certificate(host: &str, port: u16, timeout: Duration) -> anyhow::Result<CertInfo> {
    let shown = format!("https://{host}:{port}");
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    let started = Instant::now();
    let addrs: Vec<_> = (bare, port)
        .to_socket_addrs()
        .map_err(|e| {
            Failure::new(
                Kind::Connect,
                format!("cannot connect to {shown}: host not found ({e})"),
            )
        })?
        .collect();
    if addrs.is_empty() {
        return Err(Failure::new(
            Kind::Connect,
            format!("cannot connect to {shown}: host not found"),
        )
        .into());
    }
    let mut last = None;
    let mut sock = None;
    for addr in &addrs {
        let left = timeout.saturating_sub(started.elapsed());
        if left.is_zero() {
            break;
        }
        match TcpStream::connect_timeout(addr, left) {
            Ok(s) => {
                sock = Some(s);
                break;
            }
            Err(e) => last = Some(e),
        }
    }
    let Some(mut sock) = sock else {
        let e = last.unwrap_or_else(|| std::io::ErrorKind::TimedOut.into());
        return Err(io_failure(&shown, e, timeout));
    };
    let seen = Arc::new(Mutex::new(None));
    let config = builder()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(Accept {
            pin: None,
            seen: Some(seen.clone()),
            provider: provider(),
        }))
        .with_no_client_auth();
    let name = server_name(host)
        .map_err(|_| Failure::new(Kind::Usage, format!("{host}: not a valid TLS server name")))?;
    let mut conn = ClientConnection::new(Arc::new(config), name)?;
    while conn.is_handshaking() {
        let left = timeout.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(io_failure(
                &shown,
                std::io::ErrorKind::TimedOut.into(),
                timeout,
            ));
        }
        sock.set_read_timeout(Some(left))?;
        sock.set_write_timeout(Some(left))?;
        if let Err(e) = conn.complete_io(&mut sock) {
            return Err(io_failure(&shown, handshake_error(e), timeout));
        }
    }
    conn.send_close_notify();
    let _ = conn.complete_io(&mut sock);
    let der = seen.lock().expect("seen lock").take().ok_or_else(|| {
        Failure::new(
            Kind::Connect,
            format!("{shown}: the server sent no certificate"),
        )
    })?;
    let parsed = super::x509::parse(&der);
    Ok(CertInfo {
        sha256: sha256(&der),
        subject: parsed.as_ref().map(|p| p.subject.clone()),
        issuer: parsed.as_ref().map(|p| p.issuer.clone()),
        not_before: parsed.as_ref().map(|p| p.not_before.clone()),
        not_after: parsed.as_ref().map(|p| p.not_after.clone()),
        der,
    })
}

/// A failure of [`server_certificate`]'s own connection, in the transport's words.
fn io_failure(shown: &str, e: std::io::Error, timeout: Duration) -> anyhow::Error {
    if let Some(r) = e.get_ref().and_then(|i| i.downcast_ref::<Refused>()) {
        return Failure::new(
            Kind::Connect,
            format!("TLS handshake with {shown} failed: {}", r.what),
        )
        .hint(r.hint.clone())
        .into();
    }
    let tls = e
        .get_ref()
        .is_some_and(|i| i.downcast_ref::<rustls::Error>().is_some());
    if tls {
        let why = e.to_string();
        return anyhow::Error::new(e).context(Failure::new(
            Kind::Connect,
            format!("TLS handshake with {shown} failed: {why}"),
        ));
    }
    let (kind, what, hint) = super::io_kind(&e, shown, timeout.as_secs_f64());
    let mut failure = Failure::new(kind, what);
    if let Some(h) = hint {
        failure = failure.hint(h);
    }
    anyhow::Error::new(e).context(failure)
}
