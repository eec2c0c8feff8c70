//! Certificate verification as OpenSSL did it for Node 0.4: a chain from
//! the peer's certificate up to a trusted one, each signature checked, each
//! certificate in its validity dates, the failures named by OpenSSL's codes
//! (`DEPTH_ZERO_SELF_SIGNED_CERT`, ...), which Node reports as
//! `authorizationError`. Done here rather than by webpki, which refuses the
//! X.509 v1 certificates and RSA keys under 2048 bits of the manual's recipe.
//! Also the handshake's own signatures, by any of those keys.

use rustls::pki_types::{CertificateDer, TrustAnchor};
use rustls::SignatureScheme;
use x509_parser::certificate::X509Certificate;
use x509_parser::oid_registry::Oid;
use x509_parser::public_key::PublicKey;
use x509_parser::x509::SubjectPublicKeyInfo;

use super::keys::hash;
use crate::bindings::crypto::digests::Algorithm;

/// A trusted key: a CA certificate's subject and key, or a bundled root's.
/// Both fields hold DER contents without their outer SEQUENCE header, as
/// webpki's trust anchors do.
#[derive(Debug)]
pub struct Anchor {
    pub subject: Vec<u8>,
    pub spki: Vec<u8>,
}

impl Anchor {
    pub fn from_certificate(der: &[u8]) -> Option<Anchor> {
        let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
        Some(Anchor {
            subject: contents(cert.subject().as_raw()).to_vec(),
            spki: contents(cert.public_key().raw).to_vec(),
        })
    }

    pub fn from_root(root: &TrustAnchor<'_>) -> Anchor {
        Anchor {
            subject: root.subject.as_ref().to_vec(),
            spki: root.subject_public_key_info.as_ref().to_vec(),
        }
    }
}

/// The contents of a DER TLV (what follows its tag and length).
fn contents(der: &[u8]) -> &[u8] {
    let Some(&first) = der.get(1) else {
        return &[];
    };
    let header = match first {
        n if n < 0x80 => 2,
        n => 2 + usize::from(n & 0x7f),
    };
    der.get(header..).unwrap_or(&[])
}

/// `contents` wrapped in a SEQUENCE header again.
fn sequence(contents: &[u8]) -> Vec<u8> {
    let len = contents.len();
    let mut der = vec![0x30];
    if len < 0x80 {
        der.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        der.push(0x80 | bytes.len() as u8);
        der.extend(bytes);
    }
    der.extend_from_slice(contents);
    der
}

/// Whom a context trusts: CA keys, less the certificates their CRLs revoke.
#[derive(Debug, Default)]
pub struct Trust {
    pub anchors: Vec<Anchor>,
    /// (issuer name DER, serial number) of each revoked certificate.
    pub revoked: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Trust {
    /// Adds the revocations of CRL `der`; false if it does not parse.
    pub fn add_crl(&mut self, der: &[u8]) -> bool {
        let Ok((_, crl)) = x509_parser::parse_x509_crl(der) else {
            return false;
        };
        let issuer = crl.issuer().as_raw().to_vec();
        for revoked in crl.iter_revoked_certificates() {
            self.revoked
                .push((issuer.clone(), revoked.raw_serial().to_vec()));
        }
        true
    }

    fn is_revoked(&self, cert: &X509Certificate<'_>) -> bool {
        let issuer = cert.issuer().as_raw();
        let serial = cert.raw_serial();
        self.revoked.iter().any(|(i, s)| i == issuer && s == serial)
    }
}

/// Longest chain followed (OpenSSL's default is 100; real chains are 2-4
/// long, and each step costs signature checks).
const MAX_DEPTH: usize = 10;

/// Verifies `chain` (the peer's certificate first, then what it sent to
/// help) against `trust` at `now` (seconds since the epoch). `Err` holds
/// OpenSSL's name for the failure.
pub fn verify_chain(
    chain: &[CertificateDer<'_>],
    trust: &Trust,
    now: i64,
) -> Result<(), &'static str> {
    let parsed: Vec<X509Certificate<'_>> = chain
        .iter()
        .map_while(|der| {
            x509_parser::parse_x509_certificate(der)
                .ok()
                .map(|(_, c)| c)
        })
        .collect();
    let Some(mut current) = parsed.first() else {
        return Err("UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY");
    };
    // Each certificate the peer sent serves at most once, so a chain that
    // loops (two certificates signing each other) ends.
    let mut used = vec![false; parsed.len()];
    for depth in 0..MAX_DEPTH {
        let validity = current.validity();
        if validity.not_before.timestamp() > now {
            return Err("CERT_NOT_YET_VALID");
        }
        if validity.not_after.timestamp() < now {
            return Err("CERT_HAS_EXPIRED");
        }
        if trust.is_revoked(current) {
            return Err("CERT_REVOKED");
        }
        let issuer = contents(current.issuer().as_raw());
        let trusted = trust.anchors.iter().any(|anchor| {
            anchor.subject == issuer && {
                let spki = sequence(&anchor.spki);
                spki_of(&spki).is_some_and(|spki| signed_by(current, &spki))
            }
        });
        if trusted {
            return Ok(());
        }
        if current.subject().as_raw() == current.issuer().as_raw() {
            return Err(if depth == 0 {
                "DEPTH_ZERO_SELF_SIGNED_CERT"
            } else {
                "SELF_SIGNED_CERT_IN_CHAIN"
            });
        }
        let next = (1..parsed.len()).find(|&i| {
            !used[i]
                && contents(parsed[i].subject().as_raw()) == issuer
                && signed_by(current, parsed[i].public_key())
        });
        match next {
            Some(i) if !may_sign_certificates(&parsed[i], depth) => return Err("INVALID_CA"),
            Some(i) => {
                used[i] = true;
                current = &parsed[i];
            }
            None if depth == 0 => return Err("UNABLE_TO_VERIFY_LEAF_SIGNATURE"),
            None => return Err("UNABLE_TO_GET_ISSUER_CERT_LOCALLY"),
        }
    }
    Err("CERT_CHAIN_TOO_LONG")
}

fn spki_of(der: &[u8]) -> Option<SubjectPublicKeyInfo<'_>> {
    use x509_parser::prelude::FromDer;
    SubjectPublicKeyInfo::from_der(der)
        .ok()
        .map(|(_, spki)| spki)
}

/// Whether `cert` may sign the certificates below it (`below` of them
/// between it and the peer's), as OpenSSL's `check_ca`: basicConstraints
/// says cA (within its pathLenConstraint) and keyUsage, if there, allows
/// certificate signing; or it is a self-signed v1 certificate, which cannot
/// say. Anything else, or anything that does not parse, may not.
fn may_sign_certificates(cert: &X509Certificate<'_>, below: usize) -> bool {
    let key_usage_ok = match cert.key_usage() {
        Ok(Some(ku)) => ku.value.key_cert_sign(),
        Ok(None) => true,
        Err(_) => false,
    };
    match cert.basic_constraints() {
        Ok(Some(bc)) => {
            let within = bc
                .value
                .path_len_constraint
                .is_none_or(|max| below <= max as usize);
            bc.value.ca && within && key_usage_ok
        }
        Ok(None) => {
            cert.version() == x509_parser::x509::X509Version::V1
                && cert.subject().as_raw() == cert.issuer().as_raw()
        }
        Err(_) => false,
    }
}

/// Whether `cert`'s signature verifies with `issuer`'s key.
fn signed_by(cert: &X509Certificate<'_>, issuer: &SubjectPublicKeyInfo<'_>) -> bool {
    let Some(scheme) = certificate_scheme(&cert.signature_algorithm.algorithm) else {
        return false;
    };
    verify_signature(
        issuer,
        scheme,
        cert.tbs_certificate.as_ref(),
        &cert.signature_value.data,
    )
}

/// How a certificate is signed, by its signatureAlgorithm OID.
fn certificate_scheme(oid: &Oid<'_>) -> Option<Scheme> {
    Some(match oid.to_id_string().as_str() {
        "1.2.840.113549.1.1.4" => Scheme::RsaPkcs1(Algorithm::Md5),
        "1.2.840.113549.1.1.5" => Scheme::RsaPkcs1(Algorithm::Sha1),
        "1.2.840.113549.1.1.14" => Scheme::RsaPkcs1(Algorithm::Sha224),
        "1.2.840.113549.1.1.11" => Scheme::RsaPkcs1(Algorithm::Sha256),
        "1.2.840.113549.1.1.12" => Scheme::RsaPkcs1(Algorithm::Sha384),
        "1.2.840.113549.1.1.13" => Scheme::RsaPkcs1(Algorithm::Sha512),
        "1.2.840.10045.4.3.2" => Scheme::Ecdsa(Algorithm::Sha256),
        "1.2.840.10045.4.3.3" => Scheme::Ecdsa(Algorithm::Sha384),
        "1.3.101.112" => Scheme::Ed25519,
        _ => return None,
    })
}

/// A signature's algorithm, independent of where it was met.
#[derive(Clone, Copy)]
enum Scheme {
    RsaPkcs1(Algorithm),
    RsaPss(Algorithm),
    Ecdsa(Algorithm),
    Ed25519,
}

/// The TLS signature schemes verified here, most preferred first.
pub const TLS_SCHEMES: [SignatureScheme; 10] = [
    SignatureScheme::ECDSA_NISTP256_SHA256,
    SignatureScheme::ECDSA_NISTP384_SHA384,
    SignatureScheme::ED25519,
    SignatureScheme::RSA_PSS_SHA256,
    SignatureScheme::RSA_PSS_SHA384,
    SignatureScheme::RSA_PSS_SHA512,
    SignatureScheme::RSA_PKCS1_SHA256,
    SignatureScheme::RSA_PKCS1_SHA384,
    SignatureScheme::RSA_PKCS1_SHA512,
    SignatureScheme::RSA_PKCS1_SHA1,
];

/// Whether TLS 1.3 allows `scheme` (RFC 8446 4.2.3: no PKCS#1 v1.5, no
/// SHA-1, ECDSA with its curve's hash).
pub fn signs_tls13(scheme: SignatureScheme) -> bool {
    matches!(
        scheme,
        SignatureScheme::ECDSA_NISTP256_SHA256
            | SignatureScheme::ECDSA_NISTP384_SHA384
            | SignatureScheme::ED25519
            | SignatureScheme::RSA_PSS_SHA256
            | SignatureScheme::RSA_PSS_SHA384
            | SignatureScheme::RSA_PSS_SHA512
    )
}

fn tls_scheme(scheme: SignatureScheme) -> Option<Scheme> {
    Some(match scheme {
        SignatureScheme::ECDSA_NISTP256_SHA256 => Scheme::Ecdsa(Algorithm::Sha256),
        SignatureScheme::ECDSA_NISTP384_SHA384 => Scheme::Ecdsa(Algorithm::Sha384),
        SignatureScheme::ED25519 => Scheme::Ed25519,
        SignatureScheme::RSA_PSS_SHA256 => Scheme::RsaPss(Algorithm::Sha256),
        SignatureScheme::RSA_PSS_SHA384 => Scheme::RsaPss(Algorithm::Sha384),
        SignatureScheme::RSA_PSS_SHA512 => Scheme::RsaPss(Algorithm::Sha512),
        SignatureScheme::RSA_PKCS1_SHA256 => Scheme::RsaPkcs1(Algorithm::Sha256),
        SignatureScheme::RSA_PKCS1_SHA384 => Scheme::RsaPkcs1(Algorithm::Sha384),
        SignatureScheme::RSA_PKCS1_SHA512 => Scheme::RsaPkcs1(Algorithm::Sha512),
        SignatureScheme::RSA_PKCS1_SHA1 => Scheme::RsaPkcs1(Algorithm::Sha1),
        _ => return None,
    })
}

/// Whether `signature` over `message` under `scheme` is the key of
/// certificate `cert`'s (a handshake signature).
pub fn verify_handshake(
    cert: &CertificateDer<'_>,
    scheme: SignatureScheme,
    message: &[u8],
    signature: &[u8],
) -> bool {
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(cert) else {
        return false;
    };
    tls_scheme(scheme)
        .is_some_and(|scheme| verify_signature(cert.public_key(), scheme, message, signature))
}

fn verify_signature(
    key: &SubjectPublicKeyInfo<'_>,
    scheme: Scheme,
    message: &[u8],
    signature: &[u8],
) -> bool {
    match (key.parsed(), scheme) {
        (Ok(PublicKey::RSA(rsa_key)), Scheme::RsaPkcs1(alg)) => {
            rsa_public(&rsa_key).is_some_and(|k| {
                k.verify(alg.pkcs1v15(), &hash(alg, message), signature)
                    .is_ok()
            })
        }
        (Ok(PublicKey::RSA(rsa_key)), Scheme::RsaPss(alg)) => {
            let Some(k) = rsa_public(&rsa_key) else {
                return false;
            };
            let digest = hash(alg, message);
            let verified = match alg {
                Algorithm::Sha384 => {
                    k.verify(rsa::pss::Pss::<sha2::Sha384>::new(), &digest, signature)
                }
                Algorithm::Sha512 => {
                    k.verify(rsa::pss::Pss::<sha2::Sha512>::new(), &digest, signature)
                }
                _ => k.verify(rsa::pss::Pss::<sha2::Sha256>::new(), &digest, signature),
            };
            verified.is_ok()
        }
        (Ok(PublicKey::EC(point)), Scheme::Ecdsa(alg)) => {
            use ring::signature as sig;
            let curve = key
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|oid| oid.to_id_string());
            let algorithm = match (curve.as_deref(), alg) {
                (Some("1.2.840.10045.3.1.7"), Algorithm::Sha256) => &sig::ECDSA_P256_SHA256_ASN1,
                (Some("1.2.840.10045.3.1.7"), Algorithm::Sha384) => &sig::ECDSA_P256_SHA384_ASN1,
                (Some("1.3.132.0.34"), Algorithm::Sha256) => &sig::ECDSA_P384_SHA256_ASN1,
                (Some("1.3.132.0.34"), Algorithm::Sha384) => &sig::ECDSA_P384_SHA384_ASN1,
                _ => return false,
            };
            sig::UnparsedPublicKey::new(algorithm, point.data())
                .verify(message, signature)
                .is_ok()
        }
        (_, Scheme::Ed25519) if key.algorithm.algorithm.to_id_string() == "1.3.101.112" => {
            let point = &key.subject_public_key.data;
            ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, point)
                .verify(message, signature)
                .is_ok()
        }
        _ => false,
    }
}

/// An RSA public key from 512 bits (Node 0.4's test keys) to 8192 (a
/// bigger one would make each check expensive for a hostile peer).
fn rsa_public(key: &x509_parser::public_key::RSAPublicKey<'_>) -> Option<rsa::PublicKey> {
    let n = rsa::BoxedUint::from_be_slice_vartime(key.modulus);
    let e = rsa::BoxedUint::from_be_slice_vartime(key.exponent);
    rsa::PublicKey::new_with_size_limits(n, e, 512..=8192).ok()
}

/// Whether `cert` names `host`: a subjectAltName DNS name (a leading `*.`
/// matches one label) or IP address, or else the subject's CN.
pub fn names_host(cert: &CertificateDer<'_>, host: &str) -> bool {
    use x509_parser::extensions::GeneralName;
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(cert) else {
        return false;
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let ip: Option<std::net::IpAddr> = host.parse().ok();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        let mut has_dns = false;
        for name in &san.value.general_names {
            match name {
                GeneralName::DNSName(pattern) => {
                    has_dns = true;
                    if ip.is_none() && dns_matches(pattern, &host) {
                        return true;
                    }
                }
                GeneralName::IPAddress(bytes) if ip.is_some_and(|ip| ip_bytes(ip) == *bytes) => {
                    return true;
                }
                _ => {}
            }
        }
        if has_dns || ip.is_some() {
            return false;
        }
    }
    ip.is_none()
        && cert
            .subject()
            .iter_common_name()
            .filter_map(|cn| cn.as_str().ok())
            .any(|cn| dns_matches(cn, &host))
}

fn ip_bytes(ip: std::net::IpAddr) -> Vec<u8> {
    match ip {
        std::net::IpAddr::V4(v4) => v4.octets().to_vec(),
        std::net::IpAddr::V6(v6) => v6.octets().to_vec(),
    }
}

fn dns_matches(pattern: &str, host: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(label, rest)| !label.is_empty() && rest == suffix),
        None => pattern == host,
    }
}
