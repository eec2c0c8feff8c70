// module: the CommonJS loader itself, public as in Node 0.4 (`Module`,
// `_load`, `_resolveFilename`, `_extensions`, `_cache`, `_nodeModulePaths`,
// `wrap`, `runMain`, ...): compilers of the era (CoffeeScript's `eval` and
// `run`) build and load modules through it.
module.exports = require('internal/module');
