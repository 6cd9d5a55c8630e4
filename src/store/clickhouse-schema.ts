/**
 * ClickHouse schema
 *
 * The same tables as the DuckDB schema (src/store/migrations.ts), as ReplacingMergeTree tables so that
 * a row written twice — by a retried insert, a resumed worker or a second worker reading the same
 * archive — collapses to one. On a cluster every table is a `<name>_local` table on each shard plus a
 * Distributed table `<name>` over them; message tables are sharded by a hash of the message key, so a
 * message, its recipients, features and topics always sit on the same shard and join locally.
 *
 * Notes:
 * - `ver` decides which copy survives: message rows use a decreasing version (the first committed copy
 *   wins, as with DuckDB's `INSERT OR IGNORE`); people, identities and checkpoints an increasing one
 *   (the last write wins, as with `INSERT OR REPLACE`).
 * - Never edit a released migration: append to `CLICKHOUSE_MIGRATIONS` and bump nothing else.
 */
import { InternalError } from '../shared/errors.js';

export interface ChTable {
  readonly name: string;
  readonly columns: string;
  readonly orderBy: string;
  /** Sharding expression of the Distributed table. */
  readonly shardBy: string;
}

const V = 'ver UInt64';

/** Tables of schema version 1. */
const TABLES_V1: readonly ChTable[] = [
  {
    name: 'meta',
    columns: `key String, value String, ${V}`,
    orderBy: 'key',
    shardBy: 'rand()',
  },
  {
    name: 'sources',
    columns: `id UInt64, fingerprint String, path String, format String, bytes Int64, started_at Int64, ${V}`,
    orderBy: 'id',
    shardBy: 'id',
  },
  {
    name: 'checkpoints',
    columns: `source_id UInt64, worker String, status String, position Int64, read Int64, skipped Int64,
      added Int64, duplicates Int64, updated_at Int64, ${V}`,
    orderBy: '(source_id, worker)',
    shardBy: 'source_id',
  },
  {
    name: 'people',
    columns: `id String, name String, department Nullable(String), position Nullable(String),
      manager_id Nullable(String), level Nullable(Int32), kind String, sex Nullable(String), ${V}`,
    orderBy: 'id',
    shardBy: 'cityHash64(id)',
  },
  {
    name: 'identities',
    columns: `identifier String, person_id String, method String, ${V}`,
    orderBy: 'identifier',
    shardBy: 'cityHash64(identifier)',
  },
  {
    name: 'messages',
    columns: `key String, source_id UInt64, worker String, position String, channel String,
      conversation Nullable(String), ts Int64, tz_offset Int32, sender String, sender_name Nullable(String),
      recipient_count Int32, thread_key Nullable(String), in_reply_to String, forwarded_from String,
      subject Nullable(String), body Nullable(String), attachment_count Int32, attachment_bytes Int64,
      is_automated UInt8, is_forward UInt8, ${V}`,
    orderBy: 'key',
    shardBy: 'cityHash64(key)',
  },
  {
    name: 'message_recipients',
    columns: `message_key String, identifier String, name Nullable(String), role String, ${V}`,
    orderBy: '(message_key, identifier, role)',
    shardBy: 'cityHash64(message_key)',
  },
  {
    name: 'message_features',
    columns: `message_key String, lang String, token_count Int32, sentiment Float64, stance String, ${V}`,
    orderBy: 'message_key',
    shardBy: 'cityHash64(message_key)',
  },
  {
    name: 'message_topics',
    columns: `message_key String, topic String, score Float64, ${V}`,
    orderBy: '(message_key, topic)',
    shardBy: 'cityHash64(message_key)',
  },
  {
    name: 'skipped',
    columns: `source_id UInt64, position String, reason String, detail String, ${V}`,
    orderBy: '(source_id, position, reason)',
    shardBy: 'source_id',
  },
  {
    name: 'analysis_runs',
    columns: `id UInt64, created_at Int64, params String, summary String, ${V}`,
    orderBy: 'id',
    shardBy: 'id',
  },
  {
    name: 'analysis_results',
    columns: `run_id UInt64, kind String, key String, data String, ${V}`,
    orderBy: '(run_id, kind, key)',
    shardBy: 'cityHash64(kind, key)',
  },
];

/** Tables of schema version 2: stance and term counts per message (as DuckDB migration 2). */
const TABLES_V2: readonly ChTable[] = [
  {
    name: 'message_stance',
    columns: `message_key String, target String, score Float64, mentions Int32, ${V}`,
    orderBy: '(message_key, target)',
    shardBy: 'cityHash64(message_key)',
  },
  {
    name: 'message_terms',
    columns: `message_key String, term String, count Int32, ${V}`,
    orderBy: '(message_key, term)',
    shardBy: 'cityHash64(message_key)',
  },
];

/** Tables of schema version 3: survey nominations (as DuckDB migration 3). */
const TABLES_V3: readonly ChTable[] = [
  {
    name: 'nominations',
    columns: `respondent String, nominee String, question String, survey String, position String, ${V}`,
    orderBy: '(respondent, nominee, question)',
    shardBy: 'cityHash64(respondent)',
  },
];

/** Each entry lists the tables a schema version adds. */
export const CLICKHOUSE_MIGRATIONS: readonly (readonly ChTable[])[] = [TABLES_V1, TABLES_V2, TABLES_V3];
export const CLICKHOUSE_SCHEMA_VERSION = CLICKHOUSE_MIGRATIONS.length;

/** Maps a logical table name to the names used in SQL (Distributed and shard-local). */
export interface ChNames {
  readonly cluster: string | undefined;
  readonly database: string;
  /** The table to read and write through: Distributed on a cluster, the table itself otherwise. */
  all(table: string): string;
  /** The shard-local table, for joins between tables sharded by the same key. */
  local(table: string): string;
}

/**
 * Names are qualified with the database: subqueries that a shard runs on behalf of another resolve
 * unqualified names in the shard's default database, not the caller's.
 */
export function createChNames(cluster: string | undefined, database: string): ChNames {
  return {
    cluster,
    database,
    all: (t) => `${database}.${t}`,
    local: (t) => `${database}.${cluster ? `${t}_local` : t}`,
  };
}

/** DDL creating one table's shard-local part (or the whole table without a cluster). */
export function localTableDdl(t: ChTable, names: ChNames): string {
  return `CREATE TABLE IF NOT EXISTS ${names.local(t.name)} (${t.columns})
    ENGINE = ReplacingMergeTree(ver) ORDER BY ${t.orderBy}`;
}

/** DDL creating the Distributed table over the shard-local parts. */
export function distributedTableDdl(t: ChTable, names: ChNames): string {
  if (!names.cluster) throw new InternalError('store/clickhouse: Distributed DDL without a cluster');
  return `CREATE TABLE IF NOT EXISTS ${names.all(t.name)} AS ${names.local(t.name)}
    ENGINE = Distributed(${names.cluster}, ${names.database}, ${t.name}_local, ${t.shardBy})`;
}
