// The manual's first modules example: foo.js loading circle.js.
var common = require('../common');
var assert = require('assert');

var circle = require('../fixtures/module/circle.js');
assert.equal(circle.area(4).toFixed(4), '50.2655');
assert.equal('The area of a circle of radius 4 is ' + circle.area(4),
             'The area of a circle of radius 4 is 50.26548245743669');
assert.equal(circle.circumference(1), 2 * Math.PI);
// Without the extension, LOAD_AS_FILE adds '.js'.
assert.strictEqual(require('../fixtures/module/circle'), circle);
