//! PEM keys and certificates, and RSA PKCS#1 v1.5 signatures over them.
//!
//! Private keys: PKCS#1 (`RSA PRIVATE KEY`) and PKCS#8 (`PRIVATE KEY`).
//! Public keys: SPKI (`PUBLIC KEY`), PKCS#1 (`RSA PUBLIC KEY`), the key of
//! a certificate (`CERTIFICATE`, v1 included) or of a private key. RSA
//! from 1024 bits up, as the manual's `openssl genrsa 1024` recipe makes.

use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey};

use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey};
use rsa::{PrivateKey, PublicKey};
use x509_parser::pem::Pem;

use super::digests::Algorithm;

/// The PEM blocks in `text` (anything between them is ignored).
fn blocks(text: &[u8]) -> impl Iterator<Item = Pem> + '_ {
    Pem::iter_from_buffer(text).map_while(Result::ok)
}

/// The first RSA private key in `pem`; OpenSSL's message when none reads.
pub fn private_key(pem: &[u8]) -> Result<PrivateKey, &'static str> {
    const FAILED: &str = "PEM_read_bio_PrivateKey failed";
    for block in blocks(pem) {
        let key = match block.label.as_str() {
            "RSA PRIVATE KEY" => PrivateKey::from_pkcs1_der(&block.contents),
            "PRIVATE KEY" => PrivateKey::from_pkcs8_der(&block.contents)
                .map_err(|_| rsa::pkcs1::Error::KeyMalformed),
            _ => continue,
        };
        return key.map_err(|_| FAILED);
    }
    Err(FAILED)
}

/// The RSA public key in `pem`: a certificate's, a public key, or a
/// private key's public half.
pub fn public_key(pem: &[u8]) -> Result<PublicKey, &'static str> {
    const FAILED: &str = "PEM_read_bio_PUBKEY failed";
    for block in blocks(pem) {
        let key = match block.label.as_str() {
            "CERTIFICATE" => certificate_key(&block.contents),
            "PUBLIC KEY" => PublicKey::from_public_key_der(&block.contents).ok(),
            "RSA PUBLIC KEY" => PublicKey::from_pkcs1_der(&block.contents).ok(),
            "RSA PRIVATE KEY" | "PRIVATE KEY" => private_key(pem).ok().map(|k| k.to_public_key()),
            _ => continue,
        };
        return key.ok_or(FAILED);
    }
    Err(FAILED)
}

fn certificate_key(der: &[u8]) -> Option<PublicKey> {
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    PublicKey::from_public_key_der(cert.public_key().raw).ok()
}

/// The DER of every certificate in `pem`; an error when there is none or
/// one does not parse.
pub fn certificates(pem: &[u8]) -> Result<Vec<Vec<u8>>, &'static str> {
    const FAILED: &str = "PEM_read_bio_X509 failed";
    let certs: Vec<Vec<u8>> = blocks(pem)
        .filter(|b| b.label == "CERTIFICATE" || b.label == "X509 CERTIFICATE")
        .map(|b| b.contents)
        .collect();
    let all_parse = certs
        .iter()
        .all(|der| x509_parser::parse_x509_certificate(der).is_ok());
    match (certs.is_empty(), all_parse) {
        (false, true) => Ok(certs),
        _ => Err(FAILED),
    }
}

/// A PKCS#1 v1.5 signature of `digest` (made with `alg`).
pub fn sign(key: &PrivateKey, alg: Algorithm, digest: &[u8]) -> Result<Vec<u8>, &'static str> {
    // The random source only blinds the private-key operation against
    // timing attacks; PKCS#1 v1.5 signatures themselves are deterministic.
    key.sign_with_rng(&mut getrandom::SysRng, alg.pkcs1v15(), digest)
        .map_err(|_| "RSA_sign failed")
}

pub fn verify(key: &PublicKey, alg: Algorithm, digest: &[u8], signature: &[u8]) -> bool {
    key.verify(alg.pkcs1v15(), digest, signature).is_ok()
}
