/**
 * Ingest worker process for the cluster tests and the benchmark
 *
 * `node --import tsx test/cluster/ingest-worker.ts '<json>'` ingests sources of a synthetic archive into
 * a ClickHouse (or DuckDB) store the way `sociogram ingest` does, printing `batch <n>` after each commit
 * so a test can kill it mid-run, and `done <added> <duplicates> <ms> <generate ms> <commit ms>` at the end.
 */
import { openClickHouseStore, openDuckDbStore, type Store } from '../../src/store/index.js';
import { ingestArchive, type ArchiveSpec } from './synthetic-archive.js';

export interface WorkerArgs {
  readonly spec: ArchiveSpec;
  readonly sources: readonly number[];
  readonly batchSize: number;
  readonly clickhouse?: { url: string; cluster?: string; database: string; worker: string };
  readonly duckdbFile?: string;
  /** Pause after each batch (ms), so a test can kill the worker between batches. */
  readonly pauseMs?: number;
}

async function open(a: WorkerArgs): Promise<Store> {
  if (a.clickhouse) return openClickHouseStore(a.clickhouse);
  return openDuckDbStore(a.duckdbFile ?? 'bench.duckdb');
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as WorkerArgs;
  const store = await open(args);
  const t0 = performance.now();
  const r = await ingestArchive(store, args.spec, {
    batchSize: args.batchSize,
    sources: args.sources,
    afterBatch: async (n) => {
      process.stdout.write(`batch ${n}\n`);
      if (args.pauseMs) await new Promise((res) => setTimeout(res, args.pauseMs));
    },
  });
  await store.close();
  const ms = (x: number): number => Math.round(x);
  process.stdout.write(
    `done ${r.added} ${r.duplicates} ${ms(performance.now() - t0)} ${ms(r.generateMs)} ${ms(r.commitMs)}\n`,
  );
}

await main();
