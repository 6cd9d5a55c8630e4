import { startLocalCluster } from '../test/cluster/cluster.js';
import { initClickHouseSchema, openClickHouseStore } from '../src/store/index.js';
import { ChConnection } from '../src/store/clickhouse-client.js';
import { createChNames } from '../src/store/clickhouse-schema.js';
import * as Q from '../src/store/clickhouse-queries.js';
import { archiveBatch, archiveIdentities, archivePeople, ingestArchive, sourceInfo } from '../test/cluster/synthetic-archive.js';
const SPEC = { seed: 11, people: 100, messages: 3000, sources: 2 };
const extra = async (s: any) => { for (const m of ["listIdentities","listPeople","listUnresolved","status","personActivity","stanceByPerson","termsByPerson"]) { try { await s[m](); lap(m); } catch (e) { console.log(m, "ERR", (e as Error).message.slice(0,200)); } } try { await s.personMap("p000003"); lap("map"); } catch (e) { console.log("map ERR", (e as Error).message.slice(0,300)); } };
let t = performance.now();
const lap = (s: string) => { console.log(s, Math.round(performance.now() - t)); t = performance.now(); };
const c = await startLocalCluster(2); lap('cluster start');
try {
  await initClickHouseSchema({ url: c.urls[0]!, cluster: c.name, database: 'p1', shardUrls: [...c.urls] }); lap('init');
  const s = await openClickHouseStore({ url: c.urls[0]!, cluster: c.name, database: 'p1', worker: 'x' }, { attempts: 2, baseDelayMs: 50, maxDelayMs: 100 });
  await s.upsertPeople(archivePeople(SPEC)); await s.upsertIdentities(archiveIdentities(SPEC)); lap('ch people');
  await ingestArchive(s, SPEC, { batchSize: 1000 }); lap('ch ingest');
  const conn = new ChConnection(c.urls[0]!, { database: 'p1', retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
  const n = createChNames(c.name, 'p1');
  for (const [name, sql] of Object.entries({ sent: Q.chSentSql(n, {}), recv: Q.chReceivedSql(n, {}), fwd: Q.chForwardsSql(n, {}), topics: Q.chSenderTopicsSql(n, {}), replies: Q.chReplyPairsSql(n, {}) })) {
    try { const r = await conn.rows(sql); lap(`${name} ${r.length}`); } catch (e) { console.log(name, 'ERR', (e as Error).message.slice(0, 200)); }
  }
  await conn.close(); await extra(s);
  const src = await s.openSource(sourceInfo(SPEC, 0));
  await c.stopShard(1);
  try { await s.commitBatch(src.id, archiveBatch(SPEC, 0, 0, 100)); } catch (e) { console.log('ERR', (e as any).code, (e as Error).message, (e as any).cause?.code, (e as any).cause?.message?.slice(0, 300)); }
  lap('down');
  await s.close();
} finally { await c.stop(); }
