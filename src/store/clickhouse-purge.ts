/**
 * ClickHouse purges
 *
 * The privacy purges of the `Store` contract on ClickHouse: mutations (`ALTER TABLE … DELETE/UPDATE`)
 * sent to the shard-local tables of every shard, then awaited, so that when a purge returns no shard
 * answers a query with the purged rows. Counts are taken before, with `FINAL`, as the DuckDB store
 * reports them.
 *
 * Notes:
 * - Mutations run asynchronously and in no order across tables, so rows found through `messages`
 *   (recipients, topics, features of purged messages) are deleted and awaited before `messages` is.
 * - ClickHouse rewrites the affected parts; the old parts are removed from disk by the server after
 *   its `old_parts_lifetime` (8 minutes by default), the analogue of DuckDB's CHECKPOINT.
 */
import { AppError } from '../shared/errors.js';
import { ChConnection, chNumber, chString, chStringList, type RetryOptions } from './clickhouse-client.js';
import { firstWins } from './clickhouse-rows.js';
import type { ChNames } from './clickhouse-schema.js';
import type { PurgeResult } from './types.js';

const CHILD_TABLES = [
  'message_topics',
  'message_stance',
  'message_terms',
  'message_features',
  'message_recipients',
];
const MUTATION_TIMEOUT_MS = 600_000;

export interface PurgeTarget {
  readonly conn: ChConnection;
  readonly names: ChNames;
  /** HTTP URLs of every shard, where the local tables are mutated. */
  readonly shardUrls: readonly string[];
  readonly retry: RetryOptions;
}

async function count(t: PurgeTarget, sql: string): Promise<number> {
  return Number((await t.conn.rows(sql))[0]?.n ?? 0);
}

async function waitMutations(conn: ChConnection, database: string, url: string): Promise<void> {
  const deadline = Date.now() + MUTATION_TIMEOUT_MS;
  for (;;) {
    const rows = await conn.rows(
      `SELECT count() AS n FROM system.mutations WHERE database = ${chString(database)} AND is_done = 0`,
    );
    if (Number(rows[0]?.n ?? 0) === 0) return;
    if (Date.now() > deadline) {
      throw new AppError(
        'CLUSTER_MUTATION_TIMEOUT',
        `store/clickhouse: purge still running on ${url} after 10 min`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs mutation statements on every shard's local tables and waits until all are done. */
async function mutateEachShard(t: PurgeTarget, statements: readonly string[]): Promise<void> {
  if (!statements.length) return;
  await Promise.all(
    t.shardUrls.map(async (url) => {
      const conn = new ChConnection(url, { database: t.names.database, retry: t.retry });
      try {
        for (const sql of statements) await conn.command(sql);
        await waitMutations(conn, t.names.database, url);
      } finally {
        await conn.close();
      }
    }),
  );
}

function deleteMessageRows(n: ChNames, where: string): string[][] {
  const keys = `(SELECT key FROM ${n.local('messages')} WHERE ${where})`;
  return [
    CHILD_TABLES.map((c) => `ALTER TABLE ${n.local(c)} DELETE WHERE message_key IN ${keys}`),
    [`ALTER TABLE ${n.local('messages')} DELETE WHERE ${where}`],
  ];
}

/**
 * Deletes people, their identities, the messages they sent, their recipient rows, the nominations
 * by or of them, and analysis rows.
 */
export async function chPurgePeople(
  t: PurgeTarget,
  personIds: readonly string[],
  identifiers: readonly string[],
): Promise<PurgeResult> {
  const n = t.names;
  const linked = await t.conn.rows(
    `SELECT identifier FROM ${n.all('identities')} FINAL WHERE person_id IN ${chStringList(personIds)}`,
  );
  const ids = chStringList([...new Set([...identifiers, ...linked.map((r) => String(r.identifier))])]);
  const people = chStringList(personIds);
  const sent = `sender IN ${ids}`;
  const [messages, recipients, peopleN] = await Promise.all([
    count(t, `SELECT count() AS n FROM ${n.all('messages')} FINAL WHERE ${sent}`),
    count(
      t,
      `SELECT count() AS n FROM ${n.all('message_recipients')} FINAL WHERE identifier IN ${ids}
       AND message_key NOT IN (SELECT key FROM ${n.local('messages')} WHERE ${sent})`,
    ),
    count(t, `SELECT count() AS n FROM ${n.all('people')} FINAL WHERE id IN ${people}`),
  ]);
  const [children, parents] = deleteMessageRows(n, sent);
  await mutateEachShard(t, children);
  await mutateEachShard(t, [
    ...parents,
    `ALTER TABLE ${n.local('message_recipients')} DELETE WHERE identifier IN ${ids}`,
    `ALTER TABLE ${n.local('people')} DELETE WHERE id IN ${people}`,
    `ALTER TABLE ${n.local('nominations')} DELETE WHERE respondent IN ${people} OR nominee IN ${people}`,
    `ALTER TABLE ${n.local('identities')} DELETE WHERE identifier IN ${ids} OR person_id IN ${people}`,
  ]);
  const analysisRows = await purgeAnalysisRows(t, personIds);
  return { people: peopleN, messages, recipients, analysisRows };
}

/**
 * Analysis rows naming a purged person: deleted, except communities, which are rewritten without the
 * person in `members`/`leaders` (as the DuckDB store does).
 */
async function purgeAnalysisRows(t: PurgeTarget, personIds: readonly string[]): Promise<number> {
  if (!personIds.length) return 0;
  const n = t.names;
  const mentions = personIds.map((p) => `position(data, ${chString(JSON.stringify(p))}) > 0`).join(' OR ');
  const rows = await t.conn.rows(
    `SELECT run_id, kind, key, data FROM ${n.all('analysis_results')} FINAL
     WHERE key IN ${chStringList(personIds)} OR ${mentions}`,
  );
  if (!rows.length) return 0;
  const tuples = rows.map(
    (r) => `(${chNumber(Number(r.run_id))}, ${chString(String(r.kind))}, ${chString(String(r.key))})`,
  );
  await mutateEachShard(t, [
    `ALTER TABLE ${n.local('analysis_results')} DELETE WHERE (run_id, kind, key) IN (${tuples.join(', ')})`,
  ]);
  const gone = new Set(personIds);
  const ver = firstWins();
  const rewritten = rows
    .filter((r) => r.kind === 'community')
    .map((r) => {
      const data = JSON.parse(String(r.data)) as Record<string, unknown>;
      for (const k of ['members', 'leaders']) {
        if (Array.isArray(data[k])) data[k] = (data[k] as unknown[]).filter((m) => !gone.has(String(m)));
      }
      if (Array.isArray(data.members)) data.size = data.members.length;
      return {
        run_id: Number(r.run_id),
        kind: 'community',
        key: String(r.key),
        data: JSON.stringify(data),
        ver,
      };
    });
  await t.conn.insert(n.all('analysis_results'), rewritten);
  return rows.length;
}

/** Sets message bodies and subjects to NULL; returns how many messages had text. */
export async function chClearMessageText(t: PurgeTarget): Promise<number> {
  const where = 'body IS NOT NULL OR subject IS NOT NULL';
  const n = await count(t, `SELECT count() AS n FROM ${t.names.all('messages')} FINAL WHERE ${where}`);
  if (n) {
    await mutateEachShard(t, [
      `ALTER TABLE ${t.names.local('messages')} UPDATE body = NULL, subject = NULL WHERE ${where}`,
    ]);
  }
  return n;
}

/** Deletes message-level rows with a timestamp before `ts`; returns how many messages went. */
export async function chPurgeMessagesBefore(t: PurgeTarget, ts: number): Promise<number> {
  const where = `ts < ${chNumber(Math.floor(ts))}`;
  const n = await count(t, `SELECT count() AS n FROM ${t.names.all('messages')} FINAL WHERE ${where}`);
  if (n) {
    const [children, parents] = deleteMessageRows(t.names, where);
    await mutateEachShard(t, children);
    await mutateEachShard(t, parents);
  }
  return n;
}

/**
 * Merges every table's parts on every shard (`OPTIMIZE … FINAL`), so rows deleted by a purge and
 * replaced row versions no longer sit in the active parts; ClickHouse removes the old parts itself.
 */
export async function chCompact(t: PurgeTarget, tables: readonly string[]): Promise<void> {
  await Promise.all(
    t.shardUrls.map(async (url) => {
      const conn = new ChConnection(url, { database: t.names.database, retry: t.retry });
      try {
        for (const table of tables) await conn.command(`OPTIMIZE TABLE ${t.names.local(table)} FINAL`);
      } finally {
        await conn.close();
      }
    }),
  );
}
