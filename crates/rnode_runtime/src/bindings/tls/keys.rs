//! Private keys rustls can sign with. ring signs RSA keys of 2048 bits and
//! up, ECDSA and Ed25519; the smaller RSA keys of the manual's recipe
//! (`openssl genrsa 1024`) and of Node 0.4's own tests (512 bits) are
//! signed here with the `rsa` crate.

use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::PrivateKeyDer;
use rustls::sign::{Signer, SigningKey};
use rustls::{SignatureAlgorithm, SignatureScheme};

use crate::bindings::crypto::digests::Algorithm;

/// The signing key in `pem`; OpenSSL's words when there is none.
pub fn signing_key(pem: &[u8]) -> Result<Arc<dyn SigningKey>, &'static str> {
    let der = PrivateKeyDer::from_pem_slice(pem).map_err(|_| "PEM_read_bio_PrivateKey failed")?;
    if let Ok(key) = rustls::crypto::ring::sign::any_supported_type(&der) {
        return Ok(key);
    }
    let key = crate::bindings::crypto::keys::private_key(pem)?;
    Ok(Arc::new(SmallRsaKey(Arc::new(key))))
}

/// An RSA key ring refuses (under 2048 bits), signed by the `rsa` crate.
#[derive(Debug)]
struct SmallRsaKey(Arc<rsa::PrivateKey>);

/// Schemes in order of preference. TLS 1.3 offers only PSS.
const SCHEMES: [SignatureScheme; 5] = [
    SignatureScheme::RSA_PSS_SHA256,
    SignatureScheme::RSA_PKCS1_SHA256,
    SignatureScheme::RSA_PKCS1_SHA384,
    SignatureScheme::RSA_PKCS1_SHA512,
    SignatureScheme::RSA_PKCS1_SHA1,
];

impl SmallRsaKey {
    /// Whether the modulus has room for the scheme's padding: PSS needs
    /// the digest twice plus two bytes (RFC 8017 9.1.1), so a 512-bit key
    /// signs PKCS#1 v1.5 only (and so TLS 1.2 only).
    fn fits(&self, scheme: SignatureScheme) -> bool {
        let bytes = rsa::traits::PublicKeyParts::size(self.0.as_ref());
        match scheme {
            SignatureScheme::RSA_PSS_SHA256 => bytes >= 66,
            _ => true,
        }
    }
}

impl SigningKey for SmallRsaKey {
    fn choose_scheme(&self, offered: &[SignatureScheme]) -> Option<Box<dyn Signer>> {
        let scheme = SCHEMES
            .into_iter()
            .find(|s| offered.contains(s) && self.fits(*s))?;
        Some(Box::new(SmallRsaSigner {
            key: self.0.clone(),
            scheme,
        }))
    }

    fn algorithm(&self) -> SignatureAlgorithm {
        SignatureAlgorithm::RSA
    }

    fn public_key(&self) -> Option<rustls::pki_types::SubjectPublicKeyInfoDer<'_>> {
        use rsa::pkcs8::EncodePublicKey;
        let der = self.0.to_public_key().to_public_key_der().ok()?;
        Some(der.as_bytes().to_vec().into())
    }
}

/// Whether `key` can sign for TLS 1.3 (which needs RSA-PSS).
pub fn signs_tls13(key: &dyn SigningKey) -> bool {
    key.choose_scheme(&[
        SignatureScheme::RSA_PSS_SHA256,
        SignatureScheme::RSA_PSS_SHA384,
        SignatureScheme::RSA_PSS_SHA512,
        SignatureScheme::ECDSA_NISTP256_SHA256,
        SignatureScheme::ECDSA_NISTP384_SHA384,
        SignatureScheme::ED25519,
    ])
    .is_some()
}

#[derive(Debug)]
struct SmallRsaSigner {
    key: Arc<rsa::PrivateKey>,
    scheme: SignatureScheme,
}

impl Signer for SmallRsaSigner {
    fn sign(&self, message: &[u8]) -> Result<Vec<u8>, rustls::Error> {
        let failed = |_| rustls::Error::General("RSA signing failed".into());
        let mut rng = getrandom::SysRng;
        if self.scheme == SignatureScheme::RSA_PSS_SHA256 {
            let digest = hash(Algorithm::Sha256, message);
            let pss = rsa::pss::Pss::<sha2::Sha256>::new();
            return self
                .key
                .sign_with_rng(&mut rng, pss, &digest)
                .map_err(failed);
        }
        let alg = match self.scheme {
            SignatureScheme::RSA_PKCS1_SHA384 => Algorithm::Sha384,
            SignatureScheme::RSA_PKCS1_SHA512 => Algorithm::Sha512,
            SignatureScheme::RSA_PKCS1_SHA1 => Algorithm::Sha1,
            _ => Algorithm::Sha256,
        };
        let digest = hash(alg, message);
        self.key
            .sign_with_rng(&mut rng, alg.pkcs1v15(), &digest)
            .map_err(failed)
    }

    fn scheme(&self) -> SignatureScheme {
        self.scheme
    }
}

pub fn hash(alg: Algorithm, message: &[u8]) -> Vec<u8> {
    let mut hasher = alg.hasher();
    hasher.update(message);
    hasher.finish()
}

/// Whether `key` is the private half of `cert`'s public key (OpenSSL's
/// `SSL_CTX_check_private_key`); a key that cannot tell is taken at its word.
pub fn matches(key: &dyn SigningKey, cert: &[u8]) -> bool {
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(cert) else {
        return false;
    };
    match key.public_key() {
        Some(spki) => spki.as_ref() == cert.public_key().raw,
        None => true,
    }
}
