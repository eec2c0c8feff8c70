// constants: errno and signal numbers and the fs flags/modes, from the
// same OS tables the runtime's error mapping uses.
module.exports = process.binding('constants');
