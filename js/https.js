// https: the manual's "HTTPS" section. HTTP over tls: a tls.Server whose
// secure connections take http's own connection path (the same Rust
// parser, fed the decrypted bytes by the socket), and http's client with
// agents that open tls connections.
var util = require('util');
var tls = require('tls');
var http = require('http');

// ---- Server ------------------------------------------------------------------

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') { requestListener = options; options = {}; }
  options = options || {};
  var tlsOptions = {};
  for (var key in options) tlsOptions[key] = options[key];
  tlsOptions.allowHalfOpen = true;
  tls.Server.call(this, tlsOptions);
  http._initServer(this, options, requestListener, 'secureConnection');
}
util.inherits(Server, tls.Server);
exports.Server = Server;

exports.createServer = function(options, requestListener) {
  return new Server(options, requestListener);
};

// ---- Agent -------------------------------------------------------------------

// The tls options a request may carry, which its connection needs.
var TLS_OPTIONS = ['key', 'cert', 'ca', 'ciphers', 'rejectUnauthorized', 'servername'];

// An http.Agent whose connections are tls ones, made with the agent's tls
// options (`key`, `cert`, `ca`, ...); kept-alive sockets are reused as
// http's are.
function Agent(options) {
  http.Agent.call(this, options);
}
util.inherits(Agent, http.Agent);
exports.Agent = Agent;

Agent.prototype.defaultPort = 443;

Agent.prototype.createConnection = function(port, host, options) {
  var tlsOptions = { host: host, port: port };
  TLS_OPTIONS.forEach(function(name) {
    if (options[name] !== undefined) tlsOptions[name] = options[name];
  });
  if (!tlsOptions.servername && options.servername === undefined && options.headers &&
      typeof options.headers.host === 'string') {
    tlsOptions.servername = options.headers.host.split(':')[0];
  }
  return tls.connect(tlsOptions);
};

// One agent per place and tls options, as 0.4's getAgent.
var agents = {};
function getAgent(options) {
  var host = options.host || 'localhost';
  var port = +options.port || 443;
  var agentOptions = { host: host, port: port };
  var key = host + ':' + port;
  TLS_OPTIONS.forEach(function(name) {
    if (options[name] !== undefined) {
      agentOptions[name] = options[name];
      key += ':' + name + '=' + String(options[name]);
    }
  });
  if (!agents[key]) agents[key] = new Agent(agentOptions);
  return agents[key];
}
exports.getAgent = getAgent;
exports.globalAgent = getAgent({});

var httpsDefaults = { protocol: 'https:', port: 443, getAgent: getAgent };

exports.request = function(options, cb) {
  return http._request(options, cb, httpsDefaults);
};

exports.get = function(options, cb) {
  var req = exports.request(options, cb);
  req.end();
  return req;
};
