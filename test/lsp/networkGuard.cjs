// Preloaded into the server process by the robustness test: any attempt to reach the network is reported on
// stderr and fails. The server talks to its client over stdio only.
const net = require('node:net');
const dns = require('node:dns');
const report = (what) => {
  process.stderr.write(`grounded-network-guard: ${what}\n`);
  throw new Error(`network access is not allowed: ${what}`);
};
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const target = args[0];
  // A socket on a file descriptor (stdio, IPC) is not the network.
  if (target && typeof target === 'object' && 'fd' in target) return originalConnect.apply(this, args);
  return report(`socket connect ${JSON.stringify(target)}`);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[name] = () => report(`dns.${name}`);
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  m.request = () => report(`${mod}.request`);
  m.get = () => report(`${mod}.get`);
}
globalThis.fetch = () => report('fetch');
