/**
 * Load-test server process
 *
 * Started by `load.ts`: opens the workspace given as argv[2] and serves it on loopback (port 0),
 * printing the URL as one JSON line. Runs in its own process so client work does not distort latency.
 */
import { startServer } from '../../src/server/index.js';
import { openWorkspace } from '../../src/store/index.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: server-child.ts <workspace>');
const workspace = await openWorkspace(dir);
const server = await startServer(workspace, {
  host: '127.0.0.1',
  port: 0,
  // NOTE: raised for the benchmark: 50 closed-loop clients from one address exceed the defaults by design.
  rateLimit: { apiPerMinute: 1_000_000, loginPerMinute: 1_000 },
});
process.stdout.write(JSON.stringify({ url: server.url }) + '\n');
// On SIGUSR2, report this process's CPU time, so the load test can show CPU per request apart from
// how much of the machine other processes took.
process.on('SIGUSR2', () => {
  const u = process.cpuUsage();
  process.stdout.write(JSON.stringify({ cpuMs: (u.user + u.system) / 1000 }) + '\n');
});
process.on('SIGTERM', () => {
  void server
    .close()
    .then(() => workspace.close())
    .then(() => process.exit(0));
});
