// Loaded with `node --require`: every network module and global throws when used, so a test
// can show that the CLI checks a draft with no network at all (issue 10, security).
'use strict';
const Module = require('node:module');

const NETWORK = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises', 'undici', 'node-fetch', 'ws']);
const load = Module._load;
Module._load = function (request, ...rest) {
  if (NETWORK.has(String(request).replace(/^node:/, ''))) throw new Error(`network module "${request}" loaded`);
  return load.call(this, request, ...rest);
};
for (const name of ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      throw new Error(`network global "${name}" used`);
    },
  });
}
