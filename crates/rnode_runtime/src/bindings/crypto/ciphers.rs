//! Symmetric ciphers by OpenSSL name, streaming as OpenSSL's EVP layer
//! does: `update` takes any number of bytes and returns what it can,
//! holding back a partial block (and, when decrypting with padding, the
//! last whole block, whose padding `finish` checks).
//!
//! The block ciphers are RustCrypto's; the modes (CBC, ECB, CFB, CFB8,
//! OFB, CTR) are written here over their block functions because that
//! streaming state — partial blocks across calls, a held-back padding
//! block, OpenSSL's keystream position — is exactly what the mode crates
//! leave to the caller. Every mode is checked against `openssl enc`.

use cipher::common::array::Array;
use cipher::{BlockCipherDecrypt, BlockCipherEncrypt, KeyInit, StreamCipher};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Block {
    Aes128,
    Aes192,
    Aes256,
    Des,
    DesEde3,
    Blowfish,
    Cast5,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Cbc,
    Ecb,
    Cfb,
    Cfb8,
    Ofb,
    Ctr,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Block(Block, Mode),
    Rc4,
}

/// A cipher as OpenSSL names it, with its key and IV lengths.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    pub name: &'static str,
    pub key_len: usize,
    pub iv_len: usize,
    kind: Kind,
}

const fn spec(name: &'static str, key_len: usize, iv_len: usize, kind: Kind) -> Spec {
    Spec {
        name,
        key_len,
        iv_len,
        kind,
    }
}

use Block::*;
use Kind::Block as B;
use Mode::*;

/// Every cipher, canonical names first; then OpenSSL's aliases.
const SPECS: &[Spec] = &[
    spec("aes-128-cbc", 16, 16, B(Aes128, Cbc)),
    spec("aes-128-ecb", 16, 0, B(Aes128, Ecb)),
    spec("aes-128-cfb", 16, 16, B(Aes128, Cfb)),
    spec("aes-128-cfb8", 16, 16, B(Aes128, Cfb8)),
    spec("aes-128-ofb", 16, 16, B(Aes128, Ofb)),
    spec("aes-128-ctr", 16, 16, B(Aes128, Ctr)),
    spec("aes-192-cbc", 24, 16, B(Aes192, Cbc)),
    spec("aes-192-ecb", 24, 0, B(Aes192, Ecb)),
    spec("aes-192-cfb", 24, 16, B(Aes192, Cfb)),
    spec("aes-192-cfb8", 24, 16, B(Aes192, Cfb8)),
    spec("aes-192-ofb", 24, 16, B(Aes192, Ofb)),
    spec("aes-192-ctr", 24, 16, B(Aes192, Ctr)),
    spec("aes-256-cbc", 32, 16, B(Aes256, Cbc)),
    spec("aes-256-ecb", 32, 0, B(Aes256, Ecb)),
    spec("aes-256-cfb", 32, 16, B(Aes256, Cfb)),
    spec("aes-256-cfb8", 32, 16, B(Aes256, Cfb8)),
    spec("aes-256-ofb", 32, 16, B(Aes256, Ofb)),
    spec("aes-256-ctr", 32, 16, B(Aes256, Ctr)),
    spec("des-cbc", 8, 8, B(Des, Cbc)),
    spec("des-ecb", 8, 0, B(Des, Ecb)),
    spec("des-cfb", 8, 8, B(Des, Cfb)),
    spec("des-ofb", 8, 8, B(Des, Ofb)),
    spec("des-ede3-cbc", 24, 8, B(DesEde3, Cbc)),
    spec("des-ede3", 24, 0, B(DesEde3, Ecb)),
    spec("des-ede3-cfb", 24, 8, B(DesEde3, Cfb)),
    spec("des-ede3-ofb", 24, 8, B(DesEde3, Ofb)),
    spec("bf-cbc", 16, 8, B(Blowfish, Cbc)),
    spec("bf-ecb", 16, 0, B(Blowfish, Ecb)),
    spec("bf-cfb", 16, 8, B(Blowfish, Cfb)),
    spec("bf-ofb", 16, 8, B(Blowfish, Ofb)),
    spec("cast5-cbc", 16, 8, B(Cast5, Cbc)),
    spec("cast5-ecb", 16, 0, B(Cast5, Ecb)),
    spec("cast5-cfb", 16, 8, B(Cast5, Cfb)),
    spec("cast5-ofb", 16, 8, B(Cast5, Ofb)),
    spec("rc4", 16, 0, Kind::Rc4),
];

const ALIASES: &[(&str, &str)] = &[
    ("aes128", "aes-128-cbc"),
    ("aes192", "aes-192-cbc"),
    ("aes256", "aes-256-cbc"),
    ("des", "des-cbc"),
    ("des3", "des-ede3-cbc"),
    ("bf", "bf-cbc"),
    ("blowfish", "bf-cbc"),
    ("cast", "cast5-cbc"),
    ("cast-cbc", "cast5-cbc"),
];

/// The cipher OpenSSL knows by `name`, in any case.
pub fn lookup(name: &str) -> Option<Spec> {
    let lower = name.to_ascii_lowercase();
    let canonical = ALIASES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .map_or(lower.as_str(), |(_, to)| to);
    SPECS.iter().find(|s| s.name == canonical).copied()
}

/// Every name `getCiphers()` lists.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<_> = SPECS
        .iter()
        .map(|s| s.name)
        .chain(ALIASES.iter().map(|(a, _)| *a))
        .collect();
    names.sort_unstable();
    names
}

/// OpenSSL's `EVP_BytesToKey` with MD5, one round and no salt, as
/// `createCipher(alg, password)` derives its key and IV:
/// `D1 = MD5(password)`, `Di = MD5(Di-1 || password)`, concatenated.
pub fn bytes_to_key(password: &[u8], key_len: usize, iv_len: usize) -> (Vec<u8>, Vec<u8>) {
    use md5::Digest;
    let mut out = Vec::with_capacity(key_len + iv_len + 16);
    let mut prev: Vec<u8> = Vec::new();
    while out.len() < key_len + iv_len {
        let mut h = md5::Md5::new();
        h.update(&prev);
        h.update(password);
        prev = h.finalize().to_vec();
        out.extend_from_slice(&prev);
    }
    let iv = out.get(key_len..key_len + iv_len).unwrap_or_default().to_vec();
    out.truncate(key_len);
    (out, iv)
}

/// A block cipher's raw functions on whole blocks, any number at a time
/// (several at once let AES-NI pipeline them).
trait BlockFns {
    fn size(&self) -> usize;
    fn encrypt(&self, blocks: &mut [u8]);
    fn decrypt(&self, blocks: &mut [u8]);
}

struct Keyed<C>(C);

impl<C: BlockCipherEncrypt + BlockCipherDecrypt> BlockFns for Keyed<C> {
    fn size(&self) -> usize {
        C::block_size()
    }

    fn encrypt(&self, blocks: &mut [u8]) {
        let (blocks, _) = Array::slice_as_chunks_mut(blocks);
        self.0.encrypt_blocks(blocks);
    }

    fn decrypt(&self, blocks: &mut [u8]) {
        let (blocks, _) = Array::slice_as_chunks_mut(blocks);
        self.0.decrypt_blocks(blocks);
    }
}

fn keyed<C>(key: &[u8]) -> Result<Box<dyn BlockFns>, CipherError>
where
    C: BlockCipherEncrypt + BlockCipherDecrypt + KeyInit + 'static,
{
    let cipher = C::new_from_slice(key).map_err(|_| CipherError::KeyLength)?;
    Ok(Box::new(Keyed(cipher)))
}

fn block_fns(block: Block, key: &[u8]) -> Result<Box<dyn BlockFns>, CipherError> {
    match block {
        Aes128 => keyed::<aes::Aes128>(key),
        Aes192 => keyed::<aes::Aes192>(key),
        Aes256 => keyed::<aes::Aes256>(key),
        Des => keyed::<des::Des>(key),
        DesEde3 => keyed::<des::TdesEde3>(key),
        Blowfish => keyed::<blowfish::Blowfish>(key),
        Cast5 => keyed::<cast5::Cast5>(key),
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum CipherError {
    KeyLength,
    IvLength,
    BadDecrypt,
    WrongFinalBlockLength,
    NotBlockMultiple,
    Finished,
}

impl CipherError {
    /// OpenSSL's wording (node's messages carry the same words).
    pub fn message(&self) -> &'static str {
        match self {
            Self::KeyLength => "Invalid key length",
            Self::IvLength => "Invalid IV length",
            Self::BadDecrypt => "bad decrypt",
            Self::WrongFinalBlockLength => "wrong final block length",
            Self::NotBlockMultiple => "data not multiple of block length",
            Self::Finished => "Unsupported state",
        }
    }
}

enum Engine {
    Block {
        fns: Box<dyn BlockFns>,
        mode: Mode,
        /// The chaining register: CBC's last ciphertext, CFB/OFB's shift
        /// register, CTR's counter.
        register: Vec<u8>,
        /// CBC/ECB: bytes of a block not yet complete (or held back).
        /// Stream modes: the current keystream block.
        pending: Vec<u8>,
        /// Stream modes: how much of `pending`'s keystream is used.
        used: usize,
    },
    Rc4(Box<rc4::Rc4>),
}

/// One cipher or decipher, from `init` to `finish`.
pub struct Cipher {
    engine: Engine,
    encrypt: bool,
    pub padding: bool,
    finished: bool,
}

impl Cipher {
    pub fn new(spec: Spec, key: &[u8], iv: &[u8], encrypt: bool) -> Result<Self, CipherError> {
        if spec.iv_len > 0 && iv.len() != spec.iv_len {
            return Err(CipherError::IvLength);
        }
        let engine = match spec.kind {
            Kind::Rc4 => {
                let rc4 = rc4::Rc4::new_from_slice(key).map_err(|_| CipherError::KeyLength)?;
                Engine::Rc4(Box::new(rc4))
            }
            Kind::Block(block, mode) => {
                // Blowfish and CAST5 take variable keys, as in OpenSSL;
                // the rest exactly their length.
                if !matches!(block, Blowfish | Cast5) && key.len() != spec.key_len {
                    return Err(CipherError::KeyLength);
                }
                let fns = block_fns(block, key)?;
                let size = fns.size();
                Engine::Block {
                    fns,
                    mode,
                    register: if spec.iv_len > 0 { iv.to_vec() } else { vec![0; size] },
                    pending: Vec::new(),
                    used: size,
                }
            }
        };
        Ok(Self {
            engine,
            encrypt,
            padding: true,
            finished: false,
        })
    }

    /// Enciphers or deciphers `input`; returns the bytes ready now.
    pub fn update(&mut self, input: &[u8]) -> Result<Vec<u8>, CipherError> {
        if self.finished {
            return Err(CipherError::Finished);
        }
        let (encrypt, padding) = (self.encrypt, self.padding);
        Ok(match &mut self.engine {
            Engine::Rc4(rc4) => {
                let mut out = input.to_vec();
                rc4.apply_keystream(&mut out);
                out
            }
            Engine::Block {
                fns,
                mode,
                register,
                pending,
                used,
            } => match mode {
                Cbc | Ecb => {
                    let hold_last = !encrypt && padding;
                    blocks_update(&**fns, *mode, encrypt, hold_last, register, pending, input)
                }
                Ctr => ctr(&**fns, register, pending, used, input),
                Ofb | Cfb | Cfb8 => {
                    let mut out = input.to_vec();
                    feedback(&**fns, *mode, encrypt, register, pending, used, &mut out);
                    out
                }
            },
        })
    }

    /// The last bytes: padding added (encrypting) or checked and removed
    /// (decrypting). A cipher finishes once.
    pub fn finish(&mut self) -> Result<Vec<u8>, CipherError> {
        if std::mem::replace(&mut self.finished, true) {
            return Err(CipherError::Finished);
        }
        let Engine::Block {
            fns,
            mode: mode @ (Cbc | Ecb),
            register,
            pending,
            ..
        } = &mut self.engine
        else {
            return Ok(Vec::new());
        };
        let size = fns.size();
        if !self.padding {
            return match pending.is_empty() {
                true => Ok(Vec::new()),
                false => Err(CipherError::NotBlockMultiple),
            };
        }
        if self.encrypt {
            let pad = size - pending.len();
            pending.resize(size, pad as u8);
            let mut out = std::mem::take(pending);
            encrypt_in_place(&**fns, *mode, register, &mut out);
            return Ok(out);
        }
        if pending.len() != size {
            return Err(CipherError::WrongFinalBlockLength);
        }
        let mut out = std::mem::take(pending);
        let cipher_text = out.clone();
        decrypt_in_place(&**fns, *mode, register, &mut out, &cipher_text);
        let pad = usize::from(out.last().copied().unwrap_or(0));
        let body = size.checked_sub(pad).filter(|_| pad > 0);
        match body {
            Some(len) if out.get(len..).is_some_and(|p| p.iter().all(|&b| usize::from(b) == pad)) => {
                out.truncate(len);
                Ok(out)
            }
            _ => Err(CipherError::BadDecrypt),
        }
    }
}

/// CBC/ECB: whole blocks out, the rest (and, when `hold_last`, the last
/// whole block) kept in `pending`.
fn blocks_update(
    fns: &dyn BlockFns,
    mode: Mode,
    encrypt: bool,
    hold_last: bool,
    register: &mut [u8],
    pending: &mut Vec<u8>,
    input: &[u8],
) -> Vec<u8> {
    let size = fns.size();
    let total = pending.len() + input.len();
    let mut ready = total - total % size;
    if hold_last && ready == total && ready > 0 {
        ready -= size;
    }
    let mut out = Vec::with_capacity(ready);
    let from_input = ready.saturating_sub(pending.len());
    let take = pending.len().min(ready);
    out.extend(pending.drain(..take));
    out.extend_from_slice(input.get(..from_input).unwrap_or_default());
    pending.extend_from_slice(input.get(from_input..).unwrap_or_default());
    if encrypt {
        encrypt_in_place(fns, mode, register, &mut out);
    } else {
        let cipher_text = out.clone();
        decrypt_in_place(fns, mode, register, &mut out, &cipher_text);
    }
    out
}

fn encrypt_in_place(fns: &dyn BlockFns, mode: Mode, register: &mut [u8], data: &mut [u8]) {
    if mode == Ecb {
        fns.encrypt(data);
        return;
    }
    for block in data.chunks_exact_mut(fns.size()) {
        xor(block, register);
        fns.encrypt(block);
        register.copy_from_slice(block);
    }
}

/// `cipher_text` is `data` before deciphering: CBC chains on it.
fn decrypt_in_place(
    fns: &dyn BlockFns,
    mode: Mode,
    register: &mut [u8],
    data: &mut [u8],
    cipher_text: &[u8],
) {
    fns.decrypt(data);
    if mode == Ecb || data.is_empty() {
        return;
    }
    let size = fns.size();
    let mut prev: &[u8] = register;
    let mut last = Vec::new();
    for (block, c) in data.chunks_exact_mut(size).zip(cipher_text.chunks_exact(size)) {
        xor(block, prev);
        prev = c;
        last = c.to_vec();
    }
    register.copy_from_slice(&last);
}

/// CTR: the keystream is the cipher of a big-endian counter (all of it
/// increments, as OpenSSL's), made many blocks at a time.
fn ctr(
    fns: &dyn BlockFns,
    counter: &mut [u8],
    keystream: &mut Vec<u8>,
    used: &mut usize,
    input: &[u8],
) -> Vec<u8> {
    const BATCH: usize = 64;
    let size = fns.size();
    let mut out = input.to_vec();
    let mut pos = 0;
    while pos < out.len() {
        if *used >= keystream.len() {
            let blocks = (out.len() - pos).div_ceil(size).clamp(1, BATCH);
            keystream.clear();
            for _ in 0..blocks {
                keystream.extend_from_slice(counter);
                increment(counter);
            }
            fns.encrypt(keystream);
            *used = 0;
        }
        let n = (keystream.len() - *used).min(out.len() - pos);
        if let (Some(dst), Some(ks)) = (out.get_mut(pos..pos + n), keystream.get(*used..*used + n)) {
            xor(dst, ks);
        }
        *used += n;
        pos += n;
    }
    out
}

fn increment(counter: &mut [u8]) {
    for byte in counter.iter_mut().rev() {
        *byte = byte.wrapping_add(1);
        if *byte != 0 {
            break;
        }
    }
}

/// OFB, CFB (full-block feedback) and CFB8, in place, byte-exact with
/// OpenSSL across any split of the input.
fn feedback(
    fns: &dyn BlockFns,
    mode: Mode,
    encrypt: bool,
    register: &mut [u8],
    keystream: &mut Vec<u8>,
    used: &mut usize,
    data: &mut [u8],
) {
    let size = fns.size();
    if mode == Cfb8 {
        for byte in data.iter_mut() {
            let mut block = register.to_vec();
            fns.encrypt(&mut block);
            let c_in = *byte;
            *byte ^= block.first().copied().unwrap_or(0);
            let c = if encrypt { *byte } else { c_in };
            register.rotate_left(1);
            if let Some(last) = register.last_mut() {
                *last = c;
            }
        }
        return;
    }
    for byte in data.iter_mut() {
        if *used >= size {
            // The register is the last keystream (OFB) or ciphertext (CFB).
            keystream.clear();
            keystream.extend_from_slice(register);
            fns.encrypt(keystream);
            if mode == Ofb {
                register.copy_from_slice(keystream);
            }
            *used = 0;
        }
        let k = keystream.get(*used).copied().unwrap_or(0);
        let c_in = *byte;
        *byte ^= k;
        if mode == Cfb {
            let c = if encrypt { *byte } else { c_in };
            if let Some(slot) = register.get_mut(*used) {
                *slot = c;
            }
        }
        *used += 1;
    }
}

fn xor(dst: &mut [u8], src: &[u8]) {
    for (d, s) in dst.iter_mut().zip(src) {
        *d ^= s;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn run(name: &str, key: &[u8], iv: &[u8], data: &[u8], encrypt: bool, split: usize) -> Vec<u8> {
        let mut c = Cipher::new(lookup(name).unwrap(), key, iv, encrypt).unwrap();
        let mut out = Vec::new();
        for chunk in data.chunks(split.max(1)) {
            out.extend(c.update(chunk).unwrap());
        }
        out.extend(c.finish().unwrap());
        out
    }

    #[test]
    fn every_mode_round_trips_across_any_split() {
        let data: Vec<u8> = (0..100u8).collect();
        for spec in SPECS {
            let key = vec![7u8; spec.key_len];
            let iv = vec![9u8; spec.iv_len];
            let whole = run(spec.name, &key, &iv, &data, true, 1000);
            for split in [1, 5, 16, 17] {
                assert_eq!(run(spec.name, &key, &iv, &data, true, split), whole, "{}", spec.name);
                assert_eq!(run(spec.name, &key, &iv, &whole, false, split), data, "{}", spec.name);
            }
        }
    }

    #[test]
    fn evp_bytes_to_key_matches_openssl() {
        // openssl enc -aes-128-cbc -nosalt -md md5 -k secret -P
        let (key, iv) = bytes_to_key(b"secret", 16, 16);
        assert_eq!(hex::encode(key), "5ebe2294ecd0e0f08eab7690d2a6ee69");
        assert_eq!(hex::encode(iv), "26ae5cc854e36b6bdfca366848dea6bb");
    }

    #[test]
    fn bad_padding_is_bad_decrypt() {
        let spec = lookup("aes-128-cbc").unwrap();
        let mut c = Cipher::new(spec, &[1; 16], &[2; 16], false).unwrap();
        c.update(&[0; 16]).unwrap();
        assert_eq!(c.finish(), Err(CipherError::BadDecrypt));
        assert_eq!(c.finish(), Err(CipherError::Finished));
    }
}
