//! Message digests by OpenSSL name: hashing, HMAC and the PKCS#1 v1.5
//! `DigestInfo` that RSA signatures wrap around a digest.

use digest::{Digest, KeyInit, Mac};
use rsa::pkcs1v15::Pkcs1v15Sign;

macro_rules! algorithms {
    ($($alg:ident => $ty:ty, $name:literal;)*) => {
        /// A digest algorithm.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Algorithm { $($alg),* }

        /// A running hash.
        #[derive(Clone)]
        pub enum Hasher { $($alg($ty)),* }

        /// A running HMAC.
        #[derive(Clone)]
        pub enum Hmac { $($alg(hmac::Hmac<$ty>)),* }

        impl Algorithm {
            /// OpenSSL's canonical (lower-case) name.
            pub fn name(self) -> &'static str {
                match self { $(Self::$alg => $name),* }
            }

            pub fn hasher(self) -> Hasher {
                match self { $(Self::$alg => Hasher::$alg(<$ty>::new())),* }
            }

            /// An HMAC keyed with `key` (any length: a key longer than the
            /// block is hashed first, as RFC 2104 says).
            pub fn hmac(self, key: &[u8]) -> Option<Hmac> {
                Some(match self {
                    $(Self::$alg => Hmac::$alg(hmac::Hmac::<$ty>::new_from_slice(key).ok()?)),*
                })
            }

            /// PKCS#1 v1.5 signature padding for this digest.
            pub fn pkcs1v15(self) -> Pkcs1v15Sign {
                match self { $(Self::$alg => Pkcs1v15Sign::new::<$ty>()),* }
            }
        }

        impl Hasher {
            pub fn update(&mut self, data: &[u8]) {
                match self { $(Self::$alg(h) => Digest::update(h, data)),* }
            }

            pub fn finish(self) -> Vec<u8> {
                match self { $(Self::$alg(h) => h.finalize().to_vec()),* }
            }
        }

        impl Hmac {
            pub fn update(&mut self, data: &[u8]) {
                match self { $(Self::$alg(h) => Mac::update(h, data)),* }
            }

            pub fn finish(self) -> Vec<u8> {
                match self { $(Self::$alg(h) => h.finalize().into_bytes().to_vec()),* }
            }
        }

        /// Every digest, for `getHashes()`.
        pub const ALL: &[Algorithm] = &[$(Algorithm::$alg),*];
    };
}

algorithms! {
    Md5 => md5::Md5, "md5";
    Sha1 => sha1::Sha1, "sha1";
    Sha224 => sha2::Sha224, "sha224";
    Sha256 => sha2::Sha256, "sha256";
    Sha384 => sha2::Sha384, "sha384";
    Sha512 => sha2::Sha512, "sha512";
    Sha512_224 => sha2::Sha512_224, "sha512-224";
    Sha512_256 => sha2::Sha512_256, "sha512-256";
    Ripemd160 => ripemd::Ripemd160, "ripemd160";
}

/// The digest OpenSSL knows by `name`, in any case: `sha256`, `SHA256`,
/// `RSA-SHA256`, `sha256WithRSAEncryption`, `sha-256`, `rmd160`…
pub fn lookup(name: &str) -> Option<Algorithm> {
    use Algorithm::*;
    let lower = name.to_ascii_lowercase();
    let base = lower.strip_prefix("rsa-").unwrap_or(&lower);
    let base = base
        .strip_suffix("withrsaencryption")
        .or_else(|| base.strip_suffix("withrsa"))
        .unwrap_or(base);
    Some(match base {
        "md5" => Md5,
        "sha1" | "sha-1" | "dss1" => Sha1,
        "sha224" | "sha-224" => Sha224,
        "sha256" | "sha-256" => Sha256,
        "sha384" | "sha-384" => Sha384,
        "sha512" | "sha-512" => Sha512,
        "sha512-224" | "sha-512/224" => Sha512_224,
        "sha512-256" | "sha-512/256" => Sha512_256,
        "ripemd160" | "ripemd" | "rmd160" | "ripemd-160" => Ripemd160,
        _ => return None,
    })
}

/// The names `getHashes()` lists: each digest and its `RSA-` form.
pub fn names() -> Vec<String> {
    let mut names: Vec<String> = ALL
        .iter()
        .flat_map(|a| {
            [
                a.name().to_owned(),
                format!("RSA-{}", a.name().to_uppercase()),
            ]
        })
        .chain(["rmd160".to_owned(), "ripemd".to_owned()])
        .collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_as_openssl_does() {
        assert_eq!(lookup("RSA-SHA1"), Some(Algorithm::Sha1));
        assert_eq!(lookup("SHA256"), Some(Algorithm::Sha256));
        assert_eq!(lookup("rmd160"), Some(Algorithm::Ripemd160));
        assert_eq!(lookup("sha256WithRSAEncryption"), Some(Algorithm::Sha256));
        assert_eq!(lookup("foo"), None);
        assert!(names().iter().all(|n| lookup(n).is_some()));
    }
}
