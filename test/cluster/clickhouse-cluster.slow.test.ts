/**
 * ClickHouse store on a real two-shard cluster
 *
 * Starts two `clickhouse-server` processes on loopback (one `remote_servers` cluster), runs the store
 * contract on it (and on one server without a cluster), ingests a synthetic archive from two concurrent
 * worker processes, kills a worker mid-run and resumes it, takes a shard down mid-ingest, refuses a
 * schema version mismatch, and checks every answer against DuckDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AppError } from '../../src/shared/errors.js';
import {
  CLICKHOUSE_SCHEMA_VERSION,
  initClickHouseSchema,
  initClickHouseWorkspace,
  openClickHouseStore,
  openDuckDbStore,
  openWorkspace,
  type Store,
} from '../../src/store/index.js';
import { describeStoreContract } from '../../src/store/store-contract.js';
import { cleanupTempDirs, makeTempDir } from '../../src/test-helpers/temp-dir.js';
import { clickHouseMissingReason, startLocalCluster, type LocalCluster } from './cluster.js';
import { expectSameAnswers } from './compare-stores.js';
import { archiveBatch, ingestArchive, sourceInfo, type ArchiveSpec } from './synthetic-archive.js';
import { runWorker } from './worker-process.js';
import { comparePipelines } from './real-pipeline.js';
import { generateDemo } from '../../src/demo/index.js';
import { existsSync, readdirSync } from 'node:fs';

const DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

const missing = clickHouseMissingReason();
const FAST_RETRY = { attempts: 3, baseDelayMs: 50, maxDelayMs: 200 };
const SPEC: ArchiveSpec = { seed: 11, people: 200, messages: 12_000, sources: 4 };
const ALL = [0, 1, 2, 3];

let cluster: LocalCluster;
let dbCounter = 0;
let reference: Store;

function newDatabase(): string {
  return `t${process.pid}_${++dbCounter}`;
}

async function clusterStore(database: string, worker = 'test'): Promise<Store> {
  return openClickHouseStore({ url: cluster.urls[0], cluster: cluster.name, database, worker });
}

async function freshClusterDb(): Promise<string> {
  const database = newDatabase();
  await initClickHouseSchema({
    url: cluster.urls[0],
    cluster: cluster.name,
    database,
    shardUrls: [...cluster.urls],
  });
  return database;
}

if (missing) {
  describe.skip(`ClickHouse cluster (skipped: ${missing})`, () => {
    it.skip('needs clickhouse-server', () => undefined);
  });
} else {
  beforeAll(async () => {
    cluster = await startLocalCluster(2);
    reference = await openDuckDbStore(join(makeTempDir(), 'reference.duckdb'));
    await reference.upsertPeople((await import('./synthetic-archive.js')).archivePeople(SPEC));
    await reference.upsertIdentities((await import('./synthetic-archive.js')).archiveIdentities(SPEC));
    await ingestArchive(reference, SPEC, { batchSize: 3000 });
  });

  afterAll(async () => {
    await reference?.close();
    await cluster?.stop();
    cleanupTempDirs();
  });

  describeStoreContract('clickhouse, two shards', {
    async create() {
      const database = await freshClusterDb();
      return { store: await clusterStore(database), reopen: () => clusterStore(database) };
    },
  });

  describeStoreContract('clickhouse, one server without a cluster', {
    async create() {
      const url = cluster.urls[1];
      const database = newDatabase();
      await initClickHouseSchema({ url, database });
      const open = () => openClickHouseStore({ url, database, worker: 'solo' });
      return { store: await open(), reopen: open };
    },
  });

  describe('ClickHouse cluster against DuckDB', () => {
    it('gives the same answers after two concurrent workers, one killed mid-run and resumed', async () => {
      const database = await freshClusterDb();
      const setup = await clusterStore(database);
      const { archivePeople, archiveIdentities } = await import('./synthetic-archive.js');
      await setup.upsertPeople(archivePeople(SPEC));
      await setup.upsertIdentities(archiveIdentities(SPEC));
      const ch = (worker: string, url: string) => ({ url, cluster: cluster.name, database, worker });
      // Both workers read every source (in opposite orders), each through a different node.
      const a = runWorker({
        spec: SPEC,
        sources: ALL,
        batchSize: 1000,
        pauseMs: 30,
        clickhouse: ch('a', cluster.urls[0]),
      });
      const b = runWorker({
        spec: SPEC,
        sources: [...ALL].reverse(),
        batchSize: 1000,
        pauseMs: 30,
        clickhouse: ch('b', cluster.urls[1]),
      });
      await a.batches(4);
      a.child.kill('SIGKILL');
      expect((await a.exited).signal).toBe('SIGKILL');
      const resumed = runWorker({
        spec: SPEC,
        sources: ALL,
        batchSize: 1000,
        clickhouse: ch('a', cluster.urls[0]),
      });
      const [rb, ra] = [await b.exited, await resumed.exited];
      expect(rb.code, rb.stderr).toBe(0);
      expect(ra.code, ra.stderr).toBe(0);
      const result = await expectSameAnswers(reference, setup);
      console.info(
        `equality (2 workers, 1 killed+resumed): ${JSON.stringify(result)}; worker b: ${rb.done}; resumed a: ${ra.done}`,
      );
      await setup.close();
      // Aggregated in parts (12,000 messages in parts of 2,000: six queries per aggregate, merged in
      // the analysis process), the answers are the same.
      const inParts = await openClickHouseStore({
        url: cluster.urls[1],
        cluster: cluster.name,
        database,
        worker: 'parts',
        messagesPerPart: 2000,
      });
      await expectSameAnswers(reference, inParts);
      await inParts.close();
    }, 240_000);

    it('resumes a killed single worker with exact per-source counts', async () => {
      const database = await freshClusterDb();
      const ch = { url: cluster.urls[0], cluster: cluster.name, database, worker: 'solo' };
      const w = runWorker({ spec: SPEC, sources: ALL, batchSize: 1000, pauseMs: 30, clickhouse: ch });
      await w.batches(5);
      w.child.kill('SIGKILL');
      await w.exited;
      const again = await runWorker({ spec: SPEC, sources: ALL, batchSize: 1000, clickhouse: ch }).exited;
      expect(again.code, again.stderr).toBe(0);
      const store = await clusterStore(database, 'solo');
      for (const s of ALL) {
        const [x, y] = [
          await reference.openSource(sourceInfo(SPEC, s)),
          await store.openSource(sourceInfo(SPEC, s)),
        ];
        expect({ added: y.added, duplicates: y.duplicates, status: y.status }).toEqual({
          added: x.added,
          duplicates: x.duplicates,
          status: x.status,
        });
      }
      expect((await store.status()).messagesByChannel).toEqual((await reference.status()).messagesByChannel);
      await store.close();
    }, 120_000);

    it('fails clearly while a shard is down and counts the retried batch once', async () => {
      const database = await freshClusterDb();
      const store = await openClickHouseStore(
        { url: cluster.urls[0], cluster: cluster.name, database, worker: 'w' },
        FAST_RETRY,
      );
      const src = await store.openSource(sourceInfo(SPEC, 0));
      const batch = archiveBatch(SPEC, 0, 0, 500);
      await cluster.stopShard(1);
      try {
        await expect(store.commitBatch(src.id, batch)).rejects.toMatchObject({ code: 'CLUSTER_UNAVAILABLE' });
      } finally {
        await cluster.startShard(1);
      }
      const r = await store.commitBatch(src.id, batch);
      expect(r.added).toBe(new Set(batch.messages.map((m) => m.key)).size);
      const reopened = await store.openSource(sourceInfo(SPEC, 0));
      expect(reopened.added).toBe(r.added);
      const total = (await store.status()).messagesByChannel.reduce((s, c) => s + c.messages, 0);
      expect(total).toBe(r.added);
      await store.close();
    });

    it('refuses an unreachable server and a schema version mismatch, and init migrates', async () => {
      await expect(
        openClickHouseStore({ url: 'http://127.0.0.1:9', database: 'x' }, FAST_RETRY),
      ).rejects.toMatchObject({ code: 'CLUSTER_UNAVAILABLE' });
      const dir = makeTempDir();
      const database = newDatabase();
      const opts = {
        url: cluster.urls[0],
        cluster: cluster.name,
        database,
        shardUrls: [...cluster.urls],
      };
      await initClickHouseWorkspace(dir, opts);
      const ws = await openWorkspace(dir);
      expect(ws.store.backend).toBe('clickhouse');
      await ws.close();
      // An older Sociogram's version on one shard: refused with a migration hint.
      await fetch(`${cluster.urls[1]}/?database=${database}`, {
        method: 'POST',
        body: `INSERT INTO meta_local VALUES ('schema_version', '1', ${Date.now() * 1024})`,
      });
      const err = await openWorkspace(dir).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'SCHEMA_VERSION' });
      expect((err as Error).message).toContain('sociogram init --store clickhouse');
      await initClickHouseSchema(opts);
      const migrated = await openWorkspace(dir);
      expect(await migrated.store.schemaVersion()).toBe(CLICKHOUSE_SCHEMA_VERSION);
      await migrated.close();
    });
  });

  describe('ClickHouse cluster against DuckDB through the real pipeline', () => {
    const ch = () => ({
      url: cluster.urls[0],
      cluster: cluster.name,
      database: newDatabase(),
      shardUrls: cluster.urls,
    });

    it('gives the same leaders and groups on the demo organization', async () => {
      const manifest = await generateDemo({ outDir: makeTempDir(), people: 120, seed: 5, months: 1 });
      const f = manifest.files;
      const result = await comparePipelines(
        {
          paths: [f.mbox, f.telegram, f.dlp],
          directory: f.directory,
          config: { ingest: { csv: manifest.csvMapping } },
        },
        ch(),
      );
      console.info(`equality (demo, 120 people): ${JSON.stringify(result)}`);
    }, 300_000);

    // A slice of the real data keeps the suite within its time budget: two Enron mailboxes (one inbox,
    // one sent folder, so ties go both ways) and four months of the Clearwater list.
    const enron = ['delainey-d.inbox.mbox.gz', 'delainey-d.sent_items.mbox.gz'].map((f) =>
      join(DATA, 'enron', 'mbox', f),
    );
    const clearwater = [
      '2019-June.txt.gz',
      '2019-July.txt.gz',
      '2019-May.txt.gz',
      '2019-November.txt.gz',
    ].map((f) => join(DATA, 'mailing-list-clearwater', f));
    const present = [...enron, ...clearwater].every((f) => existsSync(f));
    it.skipIf(!present)(
      `gives the same answers on Enron mbox files and the Clearwater list${present ? '' : ' (skipped: ../shared/data not found)'}`,
      async () => {
        const result = await comparePipelines({ paths: [...enron, ...clearwater] }, ch());
        console.info(`equality (Enron mbox + Clearwater slice): ${JSON.stringify(result)}`);
      },
      600_000,
    );

    // The whole of both data sets (every Enron mailbox, every month of the list): opt-in, it takes
    // minutes (`SOCIOGRAM_FULL_EQUALITY=1 npx vitest run test/cluster -t "whole"`).
    const full = process.env.SOCIOGRAM_FULL_EQUALITY === '1' && existsSync(join(DATA, 'enron', 'mbox'));
    it.skipIf(!full)(
      `gives the same answers on the whole Enron mbox set and the whole Clearwater list${full ? '' : ' (opt-in: SOCIOGRAM_FULL_EQUALITY=1)'}`,
      async () => {
        const dirFiles = (dir: string) =>
          readdirSync(dir)
            .filter((f) => f.endsWith('.gz'))
            .sort()
            .map((f) => join(dir, f));
        const paths = [
          ...dirFiles(join(DATA, 'enron', 'mbox')),
          ...dirFiles(join(DATA, 'mailing-list-clearwater')),
        ];
        const result = await comparePipelines({ paths }, ch());
        console.info(
          `equality (whole Enron mbox + Clearwater, ${paths.length} files): ${JSON.stringify(result)}`,
        );
      },
      3_600_000,
    );
  });
}
