/**
 * Local ClickHouse cluster for tests and benchmarks
 *
 * Starts `clickhouse-server` processes on loopback, each with its own ports, data folder and config
 * (written here), all sharing one `remote_servers` entry so that Distributed tables span them. No
 * ZooKeeper: shards are unreplicated. `stopShard`/`startShard` take one shard down and up again for
 * the half-up-cluster tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLICKHOUSE_SERVER = process.env.CLICKHOUSE_SERVER ?? 'clickhouse-server';
export const CLUSTER_NAME = 'sociogram_test';

interface ShardProcess {
  readonly dir: string;
  readonly http: number;
  readonly tcp: number;
  readonly interserver: number;
  proc: ChildProcess | null;
}

export interface LocalCluster {
  readonly name: string;
  readonly urls: readonly string[];
  stopShard(i: number): Promise<void>;
  startShard(i: number): Promise<void>;
  stop(): Promise<void>;
}

/** Why the cluster tests cannot run here, or null when they can. */
export function clickHouseMissingReason(): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${CLICKHOUSE_SERVER}`], { encoding: 'utf8' });
  return r.status === 0
    ? null
    : `${CLICKHOUSE_SERVER} not found: install Debian's clickhouse-server (.ci/run does) to run the cluster tests`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

function usersXml(): string {
  return `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;
}

function configXml(s: ShardProcess, index: number, shards: readonly ShardProcess[]): string {
  const remote = shards
    .map((o) => `<shard><replica><host>127.0.0.1</host><port>${o.tcp}</port></replica></shard>`)
    .join('\n      ');
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${s.dir}/server.log</log><errorlog>${s.dir}/error.log</errorlog>
    <size>10M</size><count>1</count></logger>
  <http_port>${s.http}</http_port>
  <tcp_port>${s.tcp}</tcp_port>
  <interserver_http_port>${s.interserver}</interserver_http_port>
  <listen_host>127.0.0.1</listen_host>
  <max_concurrent_queries>100</max_concurrent_queries>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <mark_cache_size>134217728</mark_cache_size>
  <path>${s.dir}/data/</path>
  <tmp_path>${s.dir}/tmp/</tmp_path>
  <user_files_path>${s.dir}/user_files/</user_files_path>
  <users_config>${s.dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <remote_servers>
    <${CLUSTER_NAME}>
      ${remote}
    </${CLUSTER_NAME}>
  </remote_servers>
  <macros><shard>${index + 1}</shard><replica>r${index + 1}</replica></macros>
</yandex>
`;
}

async function waitReady(url: string, proc: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`clickhouse-server exited with ${proc.exitCode} (${url})`);
    try {
      const r = await fetch(`${url}/ping`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`clickhouse-server at ${url} did not answer /ping within ${timeoutMs} ms`);
}

function launch(s: ShardProcess): ChildProcess {
  return spawn(CLICKHOUSE_SERVER, [`--config-file=${s.dir}/config.xml`], { stdio: 'ignore' });
}

async function stopProcess(s: ShardProcess): Promise<void> {
  const p = s.proc;
  s.proc = null;
  if (!p || p.exitCode !== null) return;
  const exited = new Promise<void>((r) => p.once('exit', () => r()));
  p.kill('SIGTERM');
  const timer = setTimeout(() => p.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Starts `shards` servers forming one cluster; the caller must `stop()` it. */
export async function startLocalCluster(shards = 2): Promise<LocalCluster> {
  const root = mkdtempSync(join(tmpdir(), 'sociogram-ch-'));
  const procs: ShardProcess[] = [];
  for (let i = 0; i < shards; i++) {
    const dir = join(root, `shard${i + 1}`);
    for (const sub of ['data', 'tmp', 'user_files']) mkdirSync(join(dir, sub), { recursive: true });
    procs.push({
      dir,
      http: await freePort(),
      tcp: await freePort(),
      interserver: await freePort(),
      proc: null,
    });
  }
  procs.forEach((s, i) => {
    writeFileSync(join(s.dir, 'config.xml'), configXml(s, i, procs));
    writeFileSync(join(s.dir, 'users.xml'), usersXml());
  });
  const urls = procs.map((s) => `http://127.0.0.1:${s.http}`);
  const start = async (i: number): Promise<void> => {
    const s = procs[i];
    s.proc = launch(s);
    await waitReady(urls[i], s.proc);
  };
  try {
    await Promise.all(procs.map((_, i) => start(i)));
  } catch (err) {
    await Promise.all(procs.map(stopProcess));
    throw err;
  }
  return {
    name: CLUSTER_NAME,
    urls,
    stopShard: (i) => stopProcess(procs[i]),
    startShard: start,
    stop: async () => {
      await Promise.all(procs.map(stopProcess));
      if (existsSync(root)) rmSync(root, { recursive: true, force: true });
    },
  };
}
