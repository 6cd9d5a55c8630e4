/**
 * ClickHouse setup: create, migrate and open
 *
 * `initClickHouseSchema` creates (or brings up to date) the tables on every shard: the shard-local
 * ReplacingMergeTree tables and, on a cluster, the Distributed tables over them, on every node so any
 * node can take writes. `openClickHouseStore` checks that every shard is at this build's schema version
 * and refuses otherwise, saying how to migrate.
 *
 * Notes:
 * - DDL is sent to each shard separately instead of `ON CLUSTER`: distributed DDL needs ZooKeeper,
 *   which a sharded-but-unreplicated cluster does not have.
 */
import { hostname } from 'node:os';
import { z } from 'zod';
import type { AppError } from '../shared/errors.js';
import { InputError } from '../shared/errors.js';
import {
  ChConnection,
  chString,
  DEFAULT_RETRY,
  serverErrorCode,
  type RetryOptions,
} from './clickhouse-client.js';
import {
  CLICKHOUSE_MIGRATIONS,
  CLICKHOUSE_SCHEMA_VERSION,
  createChNames,
  distributedTableDdl,
  localTableDdl,
  type ChNames,
} from './clickhouse-schema.js';
import { ClickHouseStore } from './clickhouse-store.js';
import { laterWins } from './clickhouse-rows.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const clickHouseOptionsSchema = z.object({
  url: z.string().url(),
  cluster: z.string().regex(NAME, 'expected a cluster name from remote_servers, e.g. "sociogram"').optional(),
  database: z.string().regex(NAME, 'expected a database name, e.g. "sociogram"').default('sociogram'),
  /** HTTP URLs of the shards for DDL; discovered from system.clusters when absent. */
  shardUrls: z.array(z.string().url()).optional(),
  /** Worker id for checkpoints; default $SOCIOGRAM_WORKER or the host name. */
  worker: z.string().min(1).optional(),
  /**
   * Aggregations run in parts of about this many messages (by a hash of the key), so a shard's
   * memory is bounded by a part, not by the archive; default 500,000 (clickhouse-parts.ts).
   */
  messagesPerPart: z.number().int().positive().optional(),
});

export type ClickHouseOptions = z.input<typeof clickHouseOptionsSchema>;
type Resolved = z.output<typeof clickHouseOptionsSchema>;

/** Validates options; problems are `InputError`s naming the field. */
export function resolveClickHouseOptions(options: ClickHouseOptions): Resolved {
  const parsed = clickHouseOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `store/clickhouse: invalid ${issue?.path.join('.') || 'options'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** HTTP URLs of the cluster's shards (first replica of each), from `system.clusters`. */
async function discoverShards(o: Resolved, retry: RetryOptions): Promise<string[]> {
  if (!o.cluster) return [o.url];
  if (o.shardUrls?.length) return o.shardUrls;
  const conn = new ChConnection(o.url, { retry });
  try {
    const rows = await conn.rows(
      `SELECT shard_num, any(host_address) AS host FROM system.clusters
       WHERE cluster = ${chString(o.cluster)} GROUP BY shard_num ORDER BY shard_num`,
    );
    if (!rows.length) {
      throw new InputError(`store/clickhouse: cluster "${o.cluster}" is not in remote_servers of ${o.url}`);
    }
    const base = new URL(o.url);
    return rows.map((r) => `${base.protocol}//${String(r.host)}:${base.port || '8123'}`);
  } finally {
    await conn.close();
  }
}

async function migrateShard(
  url: string,
  shards: readonly string[],
  o: Resolved,
  names: ChNames,
  retry: RetryOptions,
): Promise<void> {
  const admin = new ChConnection(url, { retry });
  await admin.command(`CREATE DATABASE IF NOT EXISTS ${o.database}`).finally(() => admin.close());
  const conn = new ChConnection(url, { database: o.database, retry });
  try {
    for (const tables of CLICKHOUSE_MIGRATIONS) {
      for (const t of tables) await conn.command(localTableDdl(t, names));
      if (names.cluster) for (const t of tables) await conn.command(distributedTableDdl(t, names));
    }
    // Shard URLs are kept for purges, which mutate the local tables of every shard.
    await conn.insert(names.local('meta'), [
      { key: 'schema_version', value: String(CLICKHOUSE_SCHEMA_VERSION), ver: laterWins() },
      { key: 'shard_urls', value: JSON.stringify(shards), ver: laterWins() },
    ]);
  } finally {
    await conn.close();
  }
}

/**
 * Creates the database and tables on every shard, or migrates them to this build's version. Safe to
 * run again. Returns the shard URLs it set up.
 */
export async function initClickHouseSchema(
  options: ClickHouseOptions,
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<string[]> {
  const o = resolveClickHouseOptions(options);
  const names = createChNames(o.cluster, o.database);
  const shards = await discoverShards(o, retry);
  for (const url of shards) await migrateShard(url, shards, o, names, retry);
  return shards;
}

function migrateHint(o: Resolved): string {
  return `sociogram init --store clickhouse --url ${o.url}${o.cluster ? ` --cluster ${o.cluster}` : ''}`;
}

/** Schema versions found on the shards; throws when the schema is missing. */
async function shardVersions(conn: ChConnection, o: Resolved, names: ChNames): Promise<number[]> {
  try {
    const rows = await conn.rows(`SELECT value FROM ${names.all('meta')} FINAL WHERE key = 'schema_version'`);
    return rows.map((r) => Number(r.value));
  } catch (err) {
    const code = serverErrorCode((err as AppError).cause);
    if (code === '60' || code === '81') {
      throw new InputError(
        `store/clickhouse: no Sociogram schema in database "${o.database}" on ${o.url}; create it with \`${migrateHint(o)}\``,
        { code: 'SCHEMA_MISSING', cause: err },
      );
    }
    throw err;
  }
}

async function shardCount(conn: ChConnection, o: Resolved): Promise<number> {
  if (!o.cluster) return 1;
  const rows = await conn.rows(
    `SELECT uniqExact(shard_num) AS n FROM system.clusters WHERE cluster = ${chString(o.cluster)}`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Refuses a workspace whose shards are not all at `CLICKHOUSE_SCHEMA_VERSION`. */
async function checkSchema(conn: ChConnection, o: Resolved, names: ChNames): Promise<void> {
  const [versions, shards] = await Promise.all([shardVersions(conn, o, names), shardCount(conn, o)]);
  const expected = CLICKHOUSE_SCHEMA_VERSION;
  if (versions.length === shards && versions.every((v) => v === expected)) return;
  if (versions.some((v) => v > expected)) {
    throw new InputError(
      `store/clickhouse: schema version ${Math.max(...versions)} on ${o.url} is newer than this Sociogram (${expected}); upgrade Sociogram`,
      { code: 'SCHEMA_VERSION' },
    );
  }
  const found = versions.length ? versions.join(', ') : 'none';
  throw new InputError(
    `store/clickhouse: schema version on ${shards} shard(s) is [${found}], expected ${expected} on every shard; ` +
      `migrate with \`${migrateHint(o)}\` (adds missing tables on every shard, safe to re-run)`,
    { code: 'SCHEMA_VERSION' },
  );
}

async function readShardUrls(conn: ChConnection, o: Resolved, names: ChNames): Promise<string[]> {
  const rows = await conn.rows(`SELECT value FROM ${names.all('meta')} FINAL WHERE key = 'shard_urls'`);
  const parsed = z
    .array(z.string().url())
    .safeParse(JSON.parse(typeof rows[0]?.value === 'string' ? rows[0].value : '[]'));
  return parsed.success && parsed.data.length ? parsed.data : [o.url];
}

/** Opens the ClickHouse store after checking the schema version on every shard. */
export async function openClickHouseStore(
  options: ClickHouseOptions,
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<ClickHouseStore> {
  const o = resolveClickHouseOptions(options);
  const names = createChNames(o.cluster, o.database);
  const conn = new ChConnection(o.url, { database: o.database, retry });
  try {
    await checkSchema(conn, o, names);
  } catch (err) {
    await conn.close();
    throw err;
  }
  const worker = o.worker ?? process.env.SOCIOGRAM_WORKER ?? hostname();
  const shardUrls = await readShardUrls(conn, o, names);
  return new ClickHouseStore(conn, names, {
    worker,
    schemaVersion: CLICKHOUSE_SCHEMA_VERSION,
    shardUrls,
    retry,
    ...(o.messagesPerPart === undefined ? {} : { messagesPerPart: o.messagesPerPart }),
  });
}
