/**
 * Scale benchmark: ClickHouse cluster versus DuckDB
 *
 * `npm run bench:scale [-- --messages N --people N --workers 1,2,4 --batch N]` generates a synthetic
 * archive (test/cluster/synthetic-archive.ts; default 5 million messages), ingests it with 1, 2 and 4
 * worker processes into a two-shard ClickHouse cluster started on loopback, and with one process into
 * DuckDB, then times the pushed-down aggregations and measures the graph stage's memory per edge.
 * Prints a Markdown table (docs/SCALING.md) and writes bench/scale/results.json.
 *
 * Notes: needs `clickhouse-server` on PATH. Each worker reports where its time went: generating the
 * messages (the stand-in for parsing archives) versus committing batches to the store.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildGraph } from '../../src/graph/index.js';
import {
  initClickHouseSchema,
  openClickHouseStore,
  openDuckDbStore,
  type Store,
} from '../../src/store/index.js';
import { ChConnection, chString } from '../../src/store/clickhouse-client.js';
import { makeTempDir, cleanupTempDirs } from '../../src/test-helpers/temp-dir.js';
import { clickHouseMissingReason, startLocalCluster, type LocalCluster } from '../../test/cluster/cluster.js';
import { archiveIdentities, archivePeople, type ArchiveSpec } from '../../test/cluster/synthetic-archive.js';
import { runWorker } from '../../test/cluster/worker-process.js';

interface Row {
  backend: string;
  workers: number;
  messages: number;
  ingestS: number;
  ingestRate: number;
  generateShare: number;
  tiesS: number;
  activityS: number;
  ties: number;
  diskBytesPerMessage: number | null;
}

const args = parseArgs({
  options: {
    messages: { type: 'string', default: '5000000' },
    people: { type: 'string', default: '20000' },
    workers: { type: 'string', default: '1,2,4' },
    batch: { type: 'string', default: '20000' },
    sources: { type: 'string', default: '16' },
  },
}).values;

const SPEC: ArchiveSpec = {
  seed: 2026,
  people: Number(args.people),
  messages: Number(args.messages),
  sources: Number(args.sources),
};
const BATCH = Number(args.batch);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, (performance.now() - t0) / 1000];
}

/** Runs `workers` processes over disjoint source sets; returns wall seconds and the generate share. */
async function ingestWith(workers: number, target: (w: number) => Parameters<typeof runWorker>[0]) {
  const t0 = performance.now();
  const runs = Array.from({ length: workers }, (_, w) => runWorker(target(w)));
  const results = await Promise.all(runs.map((r) => r.exited));
  const wall = (performance.now() - t0) / 1000;
  let gen = 0;
  let commit = 0;
  for (const r of results) {
    if (r.code !== 0 || !r.done) throw new Error(`worker failed: ${r.stderr.slice(-800)}`);
    const parts = r.done.split(' ').map(Number);
    gen += parts[4] ?? 0;
    commit += parts[5] ?? 0;
  }
  return { wall, generateShare: gen / Math.max(1, gen + commit) };
}

function sourcesOf(w: number, workers: number): number[] {
  return Array.from({ length: SPEC.sources }, (_, s) => s).filter((s) => s % workers === w);
}

async function aggregate(store: Store): Promise<{ tiesS: number; activityS: number; ties: number }> {
  const [ties, tiesS] = await timed(() => store.aggregateTies());
  const [, activityS] = await timed(() => store.personActivity());
  return { tiesS, activityS, ties: ties.length };
}

async function clickhouseRow(cluster: LocalCluster, workers: number): Promise<Row> {
  const database = `bench_w${workers}`;
  const url = cluster.urls[0];
  await initClickHouseSchema({ url, cluster: cluster.name, database, shardUrls: [...cluster.urls] });
  const store = await openClickHouseStore({ url, cluster: cluster.name, database, worker: 'setup' });
  await store.upsertPeople(archivePeople(SPEC));
  await store.upsertIdentities(archiveIdentities(SPEC));
  // Workers spread over the nodes, as workers on several machines would be.
  const ingest = await ingestWith(workers, (w) => ({
    spec: SPEC,
    sources: sourcesOf(w, workers),
    batchSize: BATCH,
    clickhouse: {
      url: cluster.urls[w % cluster.urls.length],
      cluster: cluster.name,
      database,
      worker: `w${w}`,
    },
  }));
  const agg = await aggregate(store);
  await store.close();
  const r = row('clickhouse 2 shards', workers, ingest, agg);
  r.diskBytesPerMessage = Math.round((await diskBytes(cluster, database)) / SPEC.messages);
  return r;
}

/** Compressed bytes on disk of all active parts of `database`, summed over the shards. */
async function diskBytes(cluster: LocalCluster, database: string): Promise<number> {
  let total = 0;
  for (const url of cluster.urls) {
    const conn = new ChConnection(url);
    const rows = await conn.rows(
      `SELECT sum(bytes_on_disk) AS b FROM system.parts WHERE active AND database = ${chString(database)}`,
    );
    total += Number(rows[0]?.b ?? 0);
    await conn.close();
  }
  return total;
}

function row(
  backend: string,
  workers: number,
  ingest: { wall: number; generateShare: number },
  agg: Awaited<ReturnType<typeof aggregate>>,
): Row {
  return {
    backend,
    workers,
    messages: SPEC.messages,
    ingestS: round(ingest.wall),
    ingestRate: Math.round(SPEC.messages / ingest.wall),
    generateShare: round(ingest.generateShare),
    tiesS: round(agg.tiesS),
    activityS: round(agg.activityS),
    ties: agg.ties,
    diskBytesPerMessage: null,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

async function duckdbRow(): Promise<{ row: Row; store: Store }> {
  const file = join(makeTempDir(), 'bench.duckdb');
  const setup = await openDuckDbStore(file);
  await setup.upsertPeople(archivePeople(SPEC));
  await setup.upsertIdentities(archiveIdentities(SPEC));
  await setup.close();
  const all = Array.from({ length: SPEC.sources }, (_, s) => s);
  const ingest = await ingestWith(1, () => ({
    spec: SPEC,
    sources: all,
    batchSize: BATCH,
    duckdbFile: file,
  }));
  const store = await openDuckDbStore(file);
  return { row: row('duckdb', 1, ingest, await aggregate(store)), store };
}

/** Heap and typed-array bytes per edge of the ties array and of the CSR graph built from it. */
async function memoryPerEdge(
  store: Store,
): Promise<{ edges: number; tieBytesPerEdge: number; csrBytesPerEdge: number }> {
  const used = () => {
    global.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const m0 = used();
  const ties = await store.aggregateTies();
  const m1 = used();
  const graph = buildGraph(ties, { directed: true });
  const m2 = used();
  const edges = Math.max(1, ties.length);
  const out = {
    edges: ties.length,
    tieBytesPerEdge: Math.round((m1 - m0) / edges),
    csrBytesPerEdge: Math.round((m2 - m1) / edges),
  };
  if (graph.csr.n < 0) console.log(graph); // keeps `graph` alive until measured
  return out;
}

function table(rows: readonly Row[]): string {
  const head =
    '| backend | workers | messages | ingest s | messages/s | generate share | ties s | activity s | ties | disk B/msg |';
  const sep = '|---|---|---|---|---|---|---|---|---|---|';
  const body = rows.map(
    (r) =>
      `| ${r.backend} | ${r.workers} | ${r.messages} | ${r.ingestS} | ${r.ingestRate} | ${r.generateShare} | ${r.tiesS} | ${r.activityS} | ${r.ties} | ${r.diskBytesPerMessage ?? '–'} |`,
  );
  return [head, sep, ...body].join('\n');
}

async function main(): Promise<void> {
  const missing = clickHouseMissingReason();
  if (missing) throw new Error(missing);
  const rows: Row[] = [];
  // Each row is printed when it is measured: a failure later in a long run keeps what was measured.
  const measured = (r: Row): void => {
    rows.push(r);
    console.log(`measured: ${JSON.stringify(r)} (load average ${loadavg()[0]?.toFixed(1)})`);
  };
  const duck = await duckdbRow();
  measured(duck.row);
  const memory = await memoryPerEdge(duck.store);
  await duck.store.close();
  const cluster = await startLocalCluster(2);
  try {
    for (const w of String(args.workers).split(',').map(Number)) measured(await clickhouseRow(cluster, w));
  } finally {
    await cluster.stop();
    cleanupTempDirs();
  }
  const md = table(rows);
  console.log(md);
  console.log(`graph stage memory: ${JSON.stringify(memory)}`);
  console.log(
    `load average during the run: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  writeFileSync(
    join(import.meta.dirname, 'results.json'),
    JSON.stringify(
      {
        spec: SPEC,
        batch: BATCH,
        rows,
        memory,
        loadavg: loadavg(),
        cpus: cpus().length,
        date: new Date().toISOString(),
      },
      null,
      2,
    ) + '\n',
  );
}

await main();
