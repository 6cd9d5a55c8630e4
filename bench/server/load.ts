/**
 * Server load test (benchmark, not a test)
 *
 * Builds a 10,000-person workspace, serves it from a child process on 127.0.0.1, signs in 50 analyst
 * accounts over HTTP and has them request the leaders and map endpoints concurrently, a fixed number of
 * times each (bounded). Reports p50/p90/p99/max latency, throughput and errors per endpoint.
 * Target: p99 under 200 ms with zero errors.
 *
 * Usage: npm run bench:server [-- --people 10000 --users 50 --requests 30]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addUser } from '../../src/privacy/index.js';
import { createTestWorkspace } from '../../test/e2e/server-fixture.js';

const PASSWORD = 'benchmark password';
const ENDPOINTS = ['/api/leaders?limit=50', '/api/map/groups', '/api/map/people?limit=500'];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

interface Child {
  url: string;
  stop: () => void;
  /** The server process's CPU time so far, in ms. */
  cpuMs: () => Promise<number>;
}

async function startChild(dir: string): Promise<Child> {
  const here = dirname(fileURLToPath(import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'server-child.ts'), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const nextLine = () => new Promise<string>((resolve) => lines.once('line', resolve));
  const line = await Promise.race([
    nextLine(),
    new Promise<string>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`))),
    ),
  ]);
  return {
    url: (JSON.parse(line) as { url: string }).url,
    stop: () => child.kill('SIGTERM'),
    cpuMs: async () => {
      const next = nextLine();
      child.kill('SIGUSR2');
      return (JSON.parse(await next) as { cpuMs: number }).cpuMs;
    },
  };
}

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return String(res.headers.get('set-cookie')).split(';')[0];
}

interface Sample {
  endpoint: string;
  ms: number;
  ok: boolean;
}

async function user(
  url: string,
  cookie: string,
  requests: number,
  offset: number,
  out: Sample[],
): Promise<void> {
  for (let i = 0; i < requests; i++) {
    const endpoint = ENDPOINTS[(i + offset) % ENDPOINTS.length];
    const t0 = performance.now();
    let ok = false;
    try {
      const res = await fetch(url + endpoint, { headers: { cookie } });
      await res.arrayBuffer();
      ok = res.status === 200;
    } catch {
      ok = false;
    }
    out.push({ endpoint, ms: performance.now() - t0, ok });
  }
}

function report(samples: Sample[], wallMs: number): void {
  const groups = new Map<string, Sample[]>([['all', samples]]);
  for (const s of samples) groups.set(s.endpoint, [...(groups.get(s.endpoint) ?? []), s]);
  const rows = [...groups].map(([endpoint, list]) => {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    return {
      endpoint,
      requests: list.length,
      errors: list.filter((s) => !s.ok).length,
      p50: +percentile(ms, 50).toFixed(1),
      p90: +percentile(ms, 90).toFixed(1),
      p99: +percentile(ms, 99).toFixed(1),
      max: +ms[ms.length - 1].toFixed(1),
    };
  });
  console.table(rows);
  console.log(
    `throughput: ${((samples.length / wallMs) * 1000).toFixed(0)} req/s over ${(wallMs / 1000).toFixed(1)} s`,
  );
  const all = rows[0];
  console.log(`target p99 < 200 ms, 0 errors: ${all.p99 < 200 && all.errors === 0 ? 'MET' : 'NOT MET'}`);
}

async function main(): Promise<void> {
  const people = arg('people', 10_000);
  const users = arg('users', 50);
  const requests = arg('requests', 30);
  let t0 = performance.now();
  const t = await createTestWorkspace({ people, messages: people * 2 });
  for (let i = 0; i < users; i++)
    await addUser(t.workspace.dir, { username: `bench${i}`, password: PASSWORD, role: 'analyst' });
  await t.workspace.close();
  console.log(
    `workspace: ${people} people, ${users} analysts, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const server = await startChild(t.workspace.dir);
  try {
    const cookies = await Promise.all(
      Array.from({ length: users }, (_, i) => login(server.url, `bench${i}`)),
    );
    t0 = performance.now();
    for (const e of ENDPOINTS)
      await fetch(server.url + e, { headers: { cookie: cookies[0] } }).then((r) => r.arrayBuffer());
    console.log(
      `cold load (first requests, analysis view + presentation): ${(performance.now() - t0).toFixed(0)} ms`,
    );
    const samples: Sample[] = [];
    const cpu0 = await server.cpuMs();
    t0 = performance.now();
    await Promise.all(cookies.map((c, i) => user(server.url, c, requests, i, samples)));
    const wall = performance.now() - t0;
    const cpu = (await server.cpuMs()) - cpu0;
    report(samples, wall);
    console.log(
      `server CPU: ${(cpu / samples.length).toFixed(2)} ms per request; it got ${((100 * cpu) / wall).toFixed(0)}% of one core during the run (the rest of the time it waited for the CPU or the clients)`,
    );
  } finally {
    server.stop();
    await new Promise((r) => setTimeout(r, 500));
    await t.close().catch(() => undefined);
  }
}

await main();
