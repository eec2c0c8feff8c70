// os: the manual's "os" section, plus members later programs expect.
// The figures come from the kernel through process.binding('os').
var binding = process.binding('os');

exports.hostname = binding.getHostname;
exports.type = binding.getOSType;
exports.release = binding.getOSRelease;
exports.uptime = binding.getUptime;
exports.loadavg = binding.getLoadAvg;
exports.totalmem = binding.getTotalMem;
exports.freemem = binding.getFreeMem;
exports.cpus = binding.getCPUs;
exports.networkInterfaces = binding.getInterfaceAddresses;
exports.getNetworkInterfaces = binding.getInterfaceAddresses;
exports.arch = function() { return process.arch; };
exports.platform = function() { return process.platform; };
exports.tmpdir = exports.tmpDir = function() {
  // The raw object: in a sandbox, variables the script may not read are
  // absent there (and reading them through process.env would throw).
  var env = process._rawEnv;
  var dir = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return dir.length > 1 && dir.charAt(dir.length - 1) === '/' ? dir.slice(0, -1) : dir;
};
exports.endianness = function() { return 'LE'; };
exports.EOL = '\n';
