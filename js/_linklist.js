// Node 0.4's lib/_linklist.js: the intrusive circular list its timers
// kept idle sockets in, public as require('_linklist'). A list (and any
// item) is an object whose _idleNext/_idlePrev link it; items are added
// at the head and taken from the tail (oldest first).

// Makes `list` empty: it links to itself.
exports.init = function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
};

// The oldest item, or null when the list is empty.
function peek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}
exports.peek = peek;

// Removes the oldest item and returns it.
exports.shift = function shift(list) {
  var first = list._idlePrev;
  remove(first);
  return first;
};

// Unlinks `item` from whatever list it is on (a no-op when on none).
function remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
exports.remove = remove;

// Moves `item` to the newest end of `list`.
exports.append = function append(list, item) {
  remove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
};

exports.isEmpty = function isEmpty(list) {
  return list._idleNext === list;
};
