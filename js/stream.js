// stream: the Stream base class and its pipe(), ported from Node v0.4's
// lib/stream.js (MIT, Joyent, Inc. and other Node contributors).
//
// A 0.4 stream is only an EventEmitter plus conventions ('data', 'end',
// 'close', 'error', 'drain', pause/resume, write/end, .readable/.writable);
// pipe() is the one piece of shared code, and it works with any object that
// follows them, whether or not it inherits from Stream.
var events = require('events');
var inherits = require('internal/inherits');

function Stream() {
  events.EventEmitter.call(this);
}
inherits(Stream, events.EventEmitter);

// Node 0.4 exported only `exports.Stream`; later Nodes made the module the
// constructor and kept `.Stream` for 0.4 code. Both spellings work here.
module.exports = Stream;
Stream.Stream = Stream;

Stream.prototype.pipe = function(dest, options) {
  var source = this;

  // A write that the destination cannot take right now (false) pauses the
  // source; a destination that has stopped being writable just drops data.
  function ondata(chunk) {
    if (dest.writable) {
      if (false === dest.write(chunk)) source.pause();
    }
  }

  source.on('data', ondata);

  function ondrain() {
    if (source.readable) source.resume();
  }

  dest.on('drain', ondrain);

  // Unless { end: false }, the source's 'end' or 'close' ends the
  // destination. Several sources may be piped into one destination, so
  // dest._pipeCount counts them and only the last one to finish ends it.
  if (!options || options.end !== false) {
    dest._pipeCount = dest._pipeCount || 0;
    dest._pipeCount++;

    source.on('end', onend);
    source.on('close', onclose);
  }

  // A source may emit both 'end' and 'close'; only the first one counts.
  var didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;

    dest._pipeCount--;
    cleanup();

    // Other sources are still writing into dest.
    if (dest._pipeCount > 0) return;

    dest.end();
  }

  // A source closed without a clean 'end' (e.g. a socket torn down): the
  // destination is destroyed rather than ended, as 0.4 did.
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;

    dest._pipeCount--;
    cleanup();

    if (dest._pipeCount > 0) return;

    dest.destroy();
  }

  // An error on either side breaks the pipe. Since pipe()'s own listener
  // would otherwise count as "handled", the error is rethrown when nobody
  // else listens for it, like an 'error' emitted with no listener at all.
  function onerror(er) {
    cleanup();
    if (this.listeners('error').length === 0) {
      throw er; // Unhandled stream error in pipe.
    }
  }

  source.on('error', onerror);
  dest.on('error', onerror);

  // 0.4 guarantees the source can be paused and resumed, even if the only
  // effect is to announce it ('pause'/'resume') to whatever feeds it, so
  // that backpressure can travel up a chain of pipes.
  if (!source.pause) {
    source.pause = function() {
      source.emit('pause');
    };
  }

  if (!source.resume) {
    source.resume = function() {
      source.emit('resume');
    };
  }

  // A destination that is itself such a stream passes its own 'pause' and
  // 'resume' back to this source.
  function onpause() {
    source.pause();
  }

  dest.on('pause', onpause);

  function onresume() {
    if (source.readable) source.resume();
  }

  dest.on('resume', onresume);

  // Removes every listener pipe() added, so that finished pipes do not keep
  // either stream alive or fire again.
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);

    source.removeListener('end', onend);
    source.removeListener('close', onclose);

    dest.removeListener('pause', onpause);
    dest.removeListener('resume', onresume);

    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);

    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);

    dest.removeListener('end', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('end', cleanup);
  source.on('close', cleanup);

  dest.on('end', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);

  // 0.4 returned nothing; later Nodes return dest for a.pipe(b).pipe(c).
  return dest;
};
