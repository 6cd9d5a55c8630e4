import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startLocalCluster } from '../test/cluster/cluster.js';
import { openDuckDbStore, initClickHouseSchema, openClickHouseStore } from '../src/store/index.js';
import { archiveBatch, archiveIdentities, archivePeople, ingestArchive, sourceInfo } from '../test/cluster/synthetic-archive.js';
const SPEC = { seed: 11, people: 300, messages: 24_000, sources: 6 };
let t = performance.now();
const lap = (s: string) => { console.log(s, Math.round(performance.now() - t)); t = performance.now(); };
const duck = await openDuckDbStore(join(mkdtempSync(join(tmpdir(), 'p-')), 'x.duckdb'));
await duck.upsertPeople(archivePeople(SPEC)); await duck.upsertIdentities(archiveIdentities(SPEC)); lap('duck people');
await ingestArchive(duck, SPEC, { batchSize: 3000 }); lap('duck ingest');
const c = await startLocalCluster(2); lap('cluster start');
try {
  await initClickHouseSchema({ url: c.urls[0]!, cluster: c.name, database: 'p1', shardUrls: [...c.urls] }); lap('init');
  const s = await openClickHouseStore({ url: c.urls[0]!, cluster: c.name, database: 'p1', worker: 'x' }, { attempts: 2, baseDelayMs: 50, maxDelayMs: 100 });
  await s.upsertPeople(archivePeople(SPEC)); await s.upsertIdentities(archiveIdentities(SPEC)); lap('ch people');
  await ingestArchive(s, SPEC, { batchSize: 3000 }); lap('ch ingest');
  await s.aggregateTies(); lap('ch ties');
  await duck.aggregateTies(); lap('duck ties');
  await s.personActivity(); lap('ch activity');
  await duck.personActivity(); lap('duck activity');
  await s.status(); lap('ch status');
  const src = await s.openSource(sourceInfo(SPEC, 0));
  await c.stopShard(1);
  try { await s.commitBatch(src.id, archiveBatch(SPEC, 0, 0, 100)); } catch (e) { console.log('ERR', (e as any).code, (e as Error).message, (e as any).cause?.code, (e as any).cause?.message?.slice(0, 300)); }
  lap('down');
  await s.close();
} finally { await c.stop(); }
