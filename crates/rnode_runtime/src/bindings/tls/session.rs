//! One TLS session: a rustls connection as a socket [`Transform`], with
//! the configurations it is made from and the verifiers those carry.

use std::any::Any;
use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::sign::{CertifiedKey, SigningKey, SingleCertAndKey};
use rustls::{
    ClientConfig, DigitallySignedStruct, DistinguishedName, ServerConfig, SignatureScheme,
    SupportedCipherSuite,
};

use super::verify::{self, Anchor, Trust};
use crate::bindings::buffer::{new_block, Block};
use crate::bindings::net::{Incoming, Transform, TransformError};

/// What `createCredentials` and the tls options give: our key and
/// certificates, whom we trust, and the cipher suites allowed.
pub struct Credentials {
    pub key: Option<Arc<dyn SigningKey>>,
    pub certs: Vec<CertificateDer<'static>>,
    pub trust: Arc<Trust>,
    pub suites: Option<Vec<SupportedCipherSuite>>,
    /// Configurations made so far, by their flags: each connection reuses
    /// one (and with it rustls' session cache).
    pub configs: Configs,
}

/// Server configurations by (requestCert, rejectUnauthorized), client ones
/// by (rejectUnauthorized, checkNames).
#[derive(Default)]
pub struct Configs {
    server: Made<ServerConfig>,
    client: Made<ClientConfig>,
}

/// Configurations made so far, by their two flags.
type Made<T> = RefCell<Vec<((bool, bool), Arc<T>)>>;

/// The configuration made for `flags`, made by `make` the first time.
fn cached<T>(
    made: &Made<T>,
    flags: (bool, bool),
    make: impl FnOnce() -> Result<Arc<T>, String>,
) -> Result<Arc<T>, String> {
    if let Some((_, config)) = made.borrow().iter().find(|(f, _)| *f == flags) {
        return Ok(config.clone());
    }
    let config = make()?;
    made.borrow_mut().push((flags, config.clone()));
    Ok(config)
}

/// The bundled roots (`webpki-roots`), for peers checked without a `ca`.
pub fn bundled_roots() -> Vec<Anchor> {
    webpki_roots::TLS_SERVER_ROOTS
        .iter()
        .map(Anchor::from_root)
        .collect()
}

#[allow(deprecated)] // ring's provider lacks only post-quantum key exchange
fn provider(suites: &Option<Vec<SupportedCipherSuite>>) -> Arc<rustls::crypto::CryptoProvider> {
    let mut provider = rustls::crypto::ring::default_provider();
    if let Some(suites) = suites {
        provider.cipher_suites = suites.clone();
    }
    Arc::new(provider)
}

fn now() -> i64 {
    UnixTime::now().as_secs() as i64
}

/// OpenSSL's names for rustls' cipher suites, as `getCipher()` and the
/// `ciphers` option use them.
pub const SUITE_NAMES: [(&str, &str); 9] = [
    ("TLS13_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256"),
    ("TLS13_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384"),
    (
        "TLS13_CHACHA20_POLY1305_SHA256",
        "TLS_CHACHA20_POLY1305_SHA256",
    ),
    (
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "ECDHE-RSA-AES128-GCM-SHA256",
    ),
    (
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384",
    ),
    (
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        "ECDHE-RSA-CHACHA20-POLY1305",
    ),
    (
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "ECDHE-ECDSA-AES128-GCM-SHA256",
    ),
    (
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "ECDHE-ECDSA-AES256-GCM-SHA384",
    ),
    (
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "ECDHE-ECDSA-CHACHA20-POLY1305",
    ),
];

/// A suite's rustls (IANA-like) name and OpenSSL name.
pub fn suite_names(suite: SupportedCipherSuite) -> (String, &'static str) {
    let rustls_name = format!("{:?}", suite.suite());
    let openssl = SUITE_NAMES
        .iter()
        .find(|(r, _)| *r == rustls_name)
        .map_or("", |(_, o)| o);
    (rustls_name, openssl)
}

/// The TLS 1.2 suites an OpenSSL cipher list names (TLS 1.3's are always
/// on, as OpenSSL keeps them apart); `None` when it names none rustls has,
/// which keeps the defaults (RC4, DES and the like are not offered).
#[allow(deprecated)]
pub fn suites_for(list: &str) -> Option<Vec<SupportedCipherSuite>> {
    let all = rustls::crypto::ring::default_provider().cipher_suites;
    let named: Vec<SupportedCipherSuite> = all
        .iter()
        .copied()
        .filter(|suite| {
            let (rustls_name, openssl) = suite_names(*suite);
            list.split([':', ',', ' '])
                .any(|t| !openssl.is_empty() && (t == openssl || t == rustls_name))
        })
        .collect();
    if named.iter().all(|s| s.version() == &rustls::version::TLS13) {
        return None;
    }
    Some(
        all.into_iter()
            .filter(|s| s.version() == &rustls::version::TLS13 || named.contains(s))
            .collect(),
    )
}

/// A failed verification as rustls carries it: OpenSSL's code.
fn refused(code: &'static str) -> rustls::Error {
    rustls::Error::General(code.into())
}

/// OpenSSL's verification codes and (3.x) words, and the name mismatch.
const VERIFY_CODES: [(&str, &str); 12] = [
    ("CERT_REVOKED", "certificate revoked"),
    ("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"),
    (
        "SELF_SIGNED_CERT_IN_CHAIN",
        "self-signed certificate in certificate chain",
    ),
    (
        "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
        "unable to verify the first certificate",
    ),
    (
        "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        "unable to get local issuer certificate",
    ),
    (
        "UNABLE_TO_GET_ISSUER_CERT",
        "unable to get issuer certificate",
    ),
    (
        "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
        "unable to decode issuer public key",
    ),
    ("CERT_HAS_EXPIRED", "certificate has expired"),
    ("CERT_NOT_YET_VALID", "certificate is not yet valid"),
    ("INVALID_CA", "invalid CA certificate"),
    ("CERT_CHAIN_TOO_LONG", "certificate chain too long"),
    (
        "ERR_TLS_CERT_ALTNAME_INVALID",
        "Hostname/IP does not match certificate's altnames",
    ),
];

fn verify_code(code: &str) -> Option<(&'static str, &'static str)> {
    VERIFY_CODES.iter().copied().find(|(c, _)| *c == code)
}

/// Checks a peer's chain (and name) when the connection must be refused
/// for it; otherwise lets the handshake go on and JS reads the verdict.
#[derive(Debug)]
struct PeerVerifier {
    trust: Arc<Trust>,
    reject: bool,
    check_names: bool,
}

impl PeerVerifier {
    fn check(
        &self,
        leaf: &CertificateDer<'_>,
        rest: &[CertificateDer<'_>],
        host: Option<&str>,
    ) -> Result<(), rustls::Error> {
        if !self.reject {
            return Ok(());
        }
        let chain: Vec<CertificateDer<'_>> = std::iter::once(leaf.clone())
            .chain(rest.iter().cloned())
            .collect();
        verify::verify_chain(&chain, &self.trust, now()).map_err(refused)?;
        match host {
            Some(host) if self.check_names && !verify::names_host(leaf, host) => {
                Err(refused("ERR_TLS_CERT_ALTNAME_INVALID"))
            }
            _ => Ok(()),
        }
    }

    fn handshake_signature(
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        if verify::verify_handshake(cert, dss.scheme, message, dss.signature()) {
            Ok(HandshakeSignatureValid::assertion())
        } else {
            Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::BadSignature,
            ))
        }
    }
}

/// The handshake-signature half of both verifier traits: the same checks
/// of the peer's signature with its certificate's key.
macro_rules! handshake_signatures {
    () => {
        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            PeerVerifier::handshake_signature(message, cert, dss)
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            // TLS 1.3 signs with PSS, ECDSA or EdDSA only (RFC 8446 4.2.3).
            if !verify::signs_tls13(dss.scheme) {
                return Err(rustls::Error::PeerMisbehaved(
                    rustls::PeerMisbehaved::SignedHandshakeWithUnadvertisedSigScheme,
                ));
            }
            PeerVerifier::handshake_signature(message, cert, dss)
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            verify::TLS_SCHEMES.to_vec()
        }
    };
}

impl ServerCertVerifier for PeerVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let host = server_name.to_str();
        self.check(end_entity, intermediates, Some(&host))?;
        Ok(ServerCertVerified::assertion())
    }

    handshake_signatures!();
}

/// A server's view of client certificates: asked for with `requestCert`,
/// required (and verified in the handshake) with `rejectUnauthorized` too.
#[derive(Debug)]
struct ClientVerifier(PeerVerifier);

impl ClientCertVerifier for ClientVerifier {
    fn offer_client_auth(&self) -> bool {
        true
    }

    fn client_auth_mandatory(&self) -> bool {
        self.0.reject
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        &[]
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _now: UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        self.0.check(end_entity, intermediates, None)?;
        Ok(ClientCertVerified::assertion())
    }

    handshake_signatures!();
}

/// The protocol versions a key can serve: TLS 1.3 signs with RSA-PSS,
/// which a 512-bit RSA key has no room for.
fn versions(
    key: Option<&Arc<dyn SigningKey>>,
) -> &'static [&'static rustls::SupportedProtocolVersion] {
    match key {
        Some(key) if !super::keys::signs_tls13(key.as_ref()) => TLS12_ONLY,
        _ => rustls::ALL_VERSIONS,
    }
}

const TLS12_ONLY: &[&rustls::SupportedProtocolVersion] = &[&rustls::version::TLS12];

fn config_error(e: rustls::Error) -> String {
    format!("Unable to configure TLS: {e}")
}

#[derive(Debug)]
struct NoCertificate;

impl rustls::server::ResolvesServerCert for NoCertificate {
    fn resolve(&self, _: rustls::server::ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        None
    }
}

impl Credentials {
    fn certified_key(&self) -> Option<Arc<CertifiedKey>> {
        let key = self.key.clone()?;
        (!self.certs.is_empty()).then(|| Arc::new(CertifiedKey::new(self.certs.clone(), key)))
    }

    pub fn server_config(
        &self,
        request_cert: bool,
        reject: bool,
    ) -> Result<Arc<ServerConfig>, String> {
        cached(&self.configs.server, (request_cert, reject), || {
            self.new_server_config(request_cert, reject)
        })
    }

    pub fn client_config(
        &self,
        reject: bool,
        check_names: bool,
    ) -> Result<Arc<ClientConfig>, String> {
        cached(&self.configs.client, (reject, check_names), || {
            self.new_client_config(reject, check_names)
        })
    }

    fn new_server_config(
        &self,
        request_cert: bool,
        reject: bool,
    ) -> Result<Arc<ServerConfig>, String> {
        // A server without a certificate (0.4 made one) fails each
        // handshake, cleanly, rather than refusing to start.
        let resolver: Arc<dyn rustls::server::ResolvesServerCert> = match self.certified_key() {
            Some(certified) => Arc::new(SingleCertAndKey::from(certified)),
            None => Arc::new(NoCertificate),
        };
        let builder = ServerConfig::builder_with_provider(provider(&self.suites))
            .with_protocol_versions(versions(self.key.as_ref()))
            .map_err(config_error)?;
        let builder = if request_cert {
            builder.with_client_cert_verifier(Arc::new(ClientVerifier(PeerVerifier {
                trust: self.trust.clone(),
                reject,
                check_names: false,
            })))
        } else {
            builder.with_no_client_auth()
        };
        let mut config = builder.with_cert_resolver(resolver);
        config.ignore_client_order = true;
        Ok(Arc::new(config))
    }

    fn new_client_config(
        &self,
        reject: bool,
        check_names: bool,
    ) -> Result<Arc<ClientConfig>, String> {
        let builder = ClientConfig::builder_with_provider(provider(&self.suites))
            .with_protocol_versions(versions(self.key.as_ref()))
            .map_err(config_error)?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(PeerVerifier {
                trust: self.trust.clone(),
                reject,
                check_names,
            }));
        let config = match self.certified_key() {
            Some(certified) => {
                builder.with_client_cert_resolver(Arc::new(SingleCertAndKey::from(certified)))
            }
            None => builder.with_no_client_auth(),
        };
        Ok(Arc::new(config))
    }
}

/// A TLS session on a socket or a SecurePair.
pub struct Session {
    conn: rustls::Connection,
    handshaken: bool,
    /// Plaintext written before the handshake ended, waiting in rustls.
    held: usize,
    trust: Arc<Trust>,
    /// The name the peer's certificate must carry (clients that check it).
    host: Option<String>,
}

impl Session {
    pub fn server(config: Arc<ServerConfig>, trust: Arc<Trust>) -> Result<Session, String> {
        let conn = rustls::ServerConnection::new(config).map_err(config_error)?;
        Ok(Session::new(conn.into(), trust, None))
    }

    pub fn client(
        config: Arc<ClientConfig>,
        trust: Arc<Trust>,
        server_name: &str,
        check_host: bool,
    ) -> Result<Session, String> {
        // A name that cannot be one (`[::1]`, a label over 63 bytes) is
        // sent as `localhost` only when no one checks it.
        let name = match ServerName::try_from(server_name.to_string()) {
            Ok(name) => name,
            Err(_) if !check_host => {
                ServerName::try_from("localhost".to_string()).map_err(|e| e.to_string())?
            }
            Err(e) => return Err(format!("Invalid server name {server_name:?}: {e}")),
        };
        let conn = rustls::ClientConnection::new(config, name).map_err(config_error)?;
        let host = check_host.then(|| server_name.to_string());
        Ok(Session::new(conn.into(), trust, host))
    }

    fn new(mut conn: rustls::Connection, trust: Arc<Trust>, host: Option<String>) -> Session {
        // What the program writes before the handshake ends waits in rustls;
        // the socket's own queue accounting bounds it, as for plain sockets.
        conn.set_buffer_limit(None);
        Session {
            conn,
            handshaken: false,
            held: 0,
            trust,
            host,
        }
    }

    /// OpenSSL's code for why the peer is not authorized, `None` if it is.
    pub fn verify_error(&self) -> Option<&'static str> {
        let Some(chain) = self.conn.peer_certificates() else {
            return Some("UNABLE_TO_GET_ISSUER_CERT");
        };
        if let Err(code) = verify::verify_chain(chain, &self.trust, now()) {
            return Some(code);
        }
        match (&self.host, chain.first()) {
            (Some(host), Some(leaf)) if !verify::names_host(leaf, host) => {
                Some("ERR_TLS_CERT_ALTNAME_INVALID")
            }
            _ => None,
        }
    }

    pub fn peer_certificate(&self) -> Option<&CertificateDer<'static>> {
        self.conn.peer_certificates()?.first()
    }

    pub fn cipher(&self) -> Option<(SupportedCipherSuite, rustls::ProtocolVersion)> {
        Some((
            self.conn.negotiated_cipher_suite()?,
            self.conn.protocol_version()?,
        ))
    }

    fn drain_wire(&mut self, wire: &mut dyn Write) {
        while self.conn.wants_write() {
            match self.conn.write_tls(wire) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
        }
    }

    /// Appends what rustls has decrypted to `plain`.
    fn read_plain(&mut self, plain: &mut Block) {
        let mut reader = self.conn.reader();
        while let Ok(chunk) = reader.fill_buf() {
            if chunk.is_empty() {
                break;
            }
            plain.extend_from_slice(chunk);
            let n = chunk.len();
            reader.consume(n);
        }
    }
}

/// A rustls error as JS sees it: a verification refusal keeps OpenSSL's
/// code; anything else is a protocol error.
fn tls_error(err: rustls::Error) -> TransformError {
    if let rustls::Error::General(code) = &err {
        if let Some((code, message)) = verify_code(code) {
            return TransformError {
                message: message.into(),
                code,
            };
        }
    }
    TransformError {
        message: err.to_string(),
        code: "EPROTO",
    }
}

impl Transform for Session {
    fn incoming(&mut self, mut bytes: &[u8]) -> Incoming {
        // The program's bytes are never more than the records that carry
        // them: one allocation, the one the JS Buffer keeps.
        let mut incoming = Incoming::plain(new_block(bytes.len()));
        while !bytes.is_empty() && !incoming.ended {
            // After the peer's close_notify rustls reads nothing more: what
            // follows it is dropped.
            match self.conn.read_tls(&mut bytes) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    incoming.error = Some(TransformError {
                        message: e.to_string(),
                        code: "EPROTO",
                    });
                    break;
                }
            }
            match self.conn.process_new_packets() {
                Ok(state) => {
                    incoming.ended |= state.peer_has_closed();
                    self.read_plain(&mut incoming.plain);
                }
                Err(e) => {
                    incoming.error = Some(tls_error(e));
                    break;
                }
            }
        }
        if !self.handshaken && !self.conn.is_handshaking() && incoming.error.is_none() {
            self.handshaken = true;
            self.held = 0;
            incoming.ready = true;
        }
        self.drain_wire(&mut incoming.wire);
        incoming
    }

    fn outgoing(&mut self, plain: &[u8], wire: &mut dyn Write) -> Result<(), TransformError> {
        if !plain.is_empty() {
            self.conn
                .writer()
                .write_all(plain)
                .map_err(|e| TransformError {
                    message: e.to_string(),
                    code: "EPROTO",
                })?;
            if !self.handshaken {
                self.held += plain.len();
            }
        }
        self.drain_wire(wire);
        Ok(())
    }

    fn held(&self) -> usize {
        self.held
    }

    fn end(&mut self, wire: &mut dyn Write) -> bool {
        // A close_notify inside the handshake would break it off.
        if !self.handshaken {
            return false;
        }
        self.conn.send_close_notify();
        self.drain_wire(wire);
        true
    }

    fn as_any(&mut self) -> &mut dyn Any {
        self
    }
}
