// crypto: the manual's "Crypto" section. Every byte is handled in Rust
// (process.binding('crypto')): each Hash, Hmac, Sign, Verify, Cipher and
// Decipher is a native object made with the prototype below, and its
// update/digest methods are the native functions themselves. Strings
// default to the 'binary' encoding, and results to 'binary' strings, as
// in Node 0.4.
var binding = process.binding('crypto');
var StringDecoder = require('string_decoder').StringDecoder;

function Credentials(context) {
  this.context = context;
}
exports.Credentials = Credentials;

// 0.4's SecureContext: key, certificate, CAs, CRLs and ciphers, which its
// setters may change until the first handshake uses them. The native
// context (process.binding('tls')) is made from them when first needed.
function SecureContext(options) {
  this._key = options.key;
  this._cert = options.cert;
  this._ca = options.ca ? [].concat(options.ca) : null;
  this._crl = options.crl ? [].concat(options.crl) : null;
  this._ciphers = options.ciphers;
  this._native = null;
}
exports.SecureContext = SecureContext;

SecureContext.prototype._get = function() {
  if (!this._native) {
    this._native = process.binding('tls').context(
        this._key, this._cert, this._ca, this._ciphers, this._crl);
  }
  return this._native;
};

SecureContext.prototype._set = function(field, value) {
  this[field] = value;
  this._native = null;
};

SecureContext.prototype.setKey = function(key) { this._set('_key', key); };
SecureContext.prototype.setCert = function(cert) { this._set('_cert', cert); };
SecureContext.prototype.setCiphers = function(ciphers) { this._set('_ciphers', ciphers); };
SecureContext.prototype.addCACert = function(cert) {
  this._set('_ca', (this._ca || []).concat(cert));
};
SecureContext.prototype.addCRL = function(crl) {
  this._set('_crl', (this._crl || []).concat(crl));
};
// The bundled roots are trusted whenever no CA is given.
SecureContext.prototype.addRootCerts = function() {};
SecureContext.prototype.init = function() {};

// Reads key, cert, ca and crl now, so a bad PEM or a key that does not
// match its certificate is an Error here rather than at the first
// handshake.
exports.createCredentials = function(options) {
  options = options || {};
  var context = new SecureContext(options);
  context._get();
  var credentials = new Credentials(context);
  credentials.key = options.key;
  credentials.cert = options.cert;
  credentials.ca = options.ca;
  credentials.ciphers = options.ciphers;
  return credentials;
};

function Hash(algorithm) {
  return binding.hash(algorithm, Hash.prototype);
}
Hash.prototype.update = binding.update;
Hash.prototype.digest = binding.digest;
exports.Hash = Hash;
exports.createHash = function(algorithm) { return new Hash(algorithm); };

function Hmac(algorithm, key) {
  return binding.hmac(algorithm, key, Hmac.prototype);
}
Hmac.prototype.update = binding.update;
Hmac.prototype.digest = binding.digest;
exports.Hmac = Hmac;
exports.createHmac = function(algorithm, key) {
  return new Hmac(algorithm, key);
};

function Sign(algorithm) {
  return binding.sign(algorithm, Sign.prototype);
}
Sign.prototype.update = binding.update;
Sign.prototype.sign = binding.signFinal;
exports.Sign = Sign;
exports.createSign = function(algorithm) { return new Sign(algorithm); };

function Verify(algorithm) {
  return binding.sign(algorithm, Verify.prototype);
}
Verify.prototype.update = binding.update;
Verify.prototype.verify = binding.verifyFinal;
exports.Verify = Verify;
exports.createVerify = function(algorithm) { return new Verify(algorithm); };

// Cipher and Decipher return Buffers from Rust; an output encoding is
// applied through a StringDecoder, so base64 and utf8 output stay whole
// across update/final calls.
function output(cipher, buf, encoding, last) {
  if (encoding === undefined || encoding === null) encoding = 'binary';
  if (encoding === 'buffer') return buf;
  if (!cipher._decoder) cipher._decoder = new StringDecoder(encoding);
  return last ? cipher._decoder.end(buf) : cipher._decoder.write(buf);
}

function update(data, inputEncoding, outputEncoding) {
  return output(this, binding.cipherUpdate.call(this, data, inputEncoding),
                outputEncoding, false);
}

function final(outputEncoding) {
  return output(this, binding.cipherFinal.call(this), outputEncoding, true);
}

// An undefined IV would mean "derive one from a password" to the binding.
function checkIv(iv) {
  if (iv === undefined) throw new TypeError('IV must be a string or a buffer');
  return iv;
}

// Cipher and Decipher: one shape, the direction apart.
function cipherClass(name, decipher) {
  function Class(algorithm, password) {
    return binding.cipher(algorithm, password, undefined, decipher, Class.prototype);
  }
  Object.defineProperty(Class, 'name', { value: name });
  Class.prototype.update = update;
  Class.prototype.final = final;
  Class.prototype.setAutoPadding = binding.setAutoPadding;
  exports[name] = Class;
  exports['create' + name] = function(algorithm, password) {
    return new Class(algorithm, password);
  };
  exports['create' + name + 'iv'] = function(algorithm, key, iv) {
    return binding.cipher(algorithm, key, checkIv(iv), decipher, Class.prototype);
  };
}
cipherClass('Cipher', false);
cipherClass('Decipher', true);

exports.randomBytes = binding.randomBytes;
exports.pseudoRandomBytes = binding.randomBytes;
exports.getHashes = binding.getHashes;
exports.getCiphers = binding.getCiphers;
