// 'sys' was renamed 'util' in Node 0.3; old programs still use it.
module.exports = require('util');
