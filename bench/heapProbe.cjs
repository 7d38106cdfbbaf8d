// Preloaded into the language server by the memory bench only
// (`node --expose-gc -r bench/heapProbe.cjs dist/server.js`): nothing else in the server changes.
//
// Resident memory rises and falls with the collector's sawtooth and with pages V8 and malloc
// keep after a collection, so it cannot tell a leak from a heap that has not been compacted yet.
// What the server still holds can: on SIGUSR2 the probe collects fully and appends the live
// heap, in bytes, as one line to the file FACTDESK_HEAP_PROBE names.
'use strict';
const { appendFileSync } = require('node:fs');

const file = process.env.FACTDESK_HEAP_PROBE;
if (!file || typeof globalThis.gc !== 'function') throw new Error('heapProbe needs FACTDESK_HEAP_PROBE and node --expose-gc');
process.on('SIGUSR2', () => {
  globalThis.gc();
  appendFileSync(file, `${process.memoryUsage().heapUsed}\n`);
});
