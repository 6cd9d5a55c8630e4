/**
 * DuckDB purges
 *
 * The SQL behind the privacy purges: removing every trace of opted-out people, clearing message text
 * when text retention is off, and dropping message-level rows older than the retention period while
 * analysis results (aggregates) stay. Each purge runs in one transaction and ends with a CHECKPOINT.
 *
 * Notes:
 * - DuckDB leaves deleted values in free blocks of the file, so a purge is followed by `compact`:
 *   the database is copied into a fresh file (`COPY FROM DATABASE`) that replaces the old one.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PurgeResult } from './types.js';

type Row = Record<string, unknown>;

function num(v: unknown): number {
  return typeof v === 'bigint' ? Number(v) : Number(v ?? 0);
}

async function count(conn: DuckDBConnection, sql: string): Promise<number> {
  const r = await conn.runAndReadAll(sql);
  return num((r.getRowObjects()[0] as Row | undefined)?.n);
}

async function inTransaction<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  try {
    const out = await work();
    await conn.run('COMMIT');
    await conn.run('CHECKPOINT');
    return out;
  } catch (err) {
    await conn.run('ROLLBACK');
    throw err;
  }
}

async function fillTemp(conn: DuckDBConnection, table: string, values: readonly string[]): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${table} (v VARCHAR PRIMARY KEY)`);
  const a = await conn.createAppender(table);
  for (const v of new Set(values)) {
    a.appendVarchar(v);
    a.endRow();
  }
  a.closeSync();
}

const DELETE_MESSAGE_ROWS = (keys: string) => `
  DELETE FROM message_topics WHERE message_key IN (${keys});
  DELETE FROM message_stance WHERE message_key IN (${keys});
  DELETE FROM message_terms WHERE message_key IN (${keys});
  DELETE FROM message_features WHERE message_key IN (${keys});
  DELETE FROM message_recipients WHERE message_key IN (${keys});
  DELETE FROM messages WHERE key IN (${keys});`;

/**
 * Deletes people, their identities, the messages they sent, their recipient rows, the nominations
 * by or of them, and analysis rows.
 */
export async function purgePeopleSql(
  conn: DuckDBConnection,
  personIds: readonly string[],
  identifiers: readonly string[],
): Promise<PurgeResult> {
  await fillTemp(conn, 'purge_people', personIds);
  await fillTemp(conn, 'purge_ids', identifiers);
  return inTransaction(conn, async () => {
    await conn.run(
      `INSERT OR IGNORE INTO purge_ids SELECT identifier FROM identities WHERE person_id IN (SELECT v FROM purge_people)`,
    );
    const sent = 'SELECT key FROM messages WHERE sender IN (SELECT v FROM purge_ids)';
    const messages = await count(conn, `SELECT count(*) AS n FROM (${sent})`);
    await conn.run(`CREATE OR REPLACE TEMP TABLE purge_keys AS ${sent}`);
    await conn.run(DELETE_MESSAGE_ROWS('SELECT key FROM purge_keys'));
    const recipients = await count(
      conn,
      'SELECT count(*) AS n FROM message_recipients WHERE identifier IN (SELECT v FROM purge_ids)',
    );
    await conn.run('DELETE FROM message_recipients WHERE identifier IN (SELECT v FROM purge_ids)');
    const people = await count(
      conn,
      'SELECT count(*) AS n FROM people WHERE id IN (SELECT v FROM purge_people)',
    );
    await conn.run('DELETE FROM people WHERE id IN (SELECT v FROM purge_people)');
    await conn.run(
      'DELETE FROM nominations WHERE respondent IN (SELECT v FROM purge_people) OR nominee IN (SELECT v FROM purge_people)',
    );
    await conn.run(
      'DELETE FROM identities WHERE identifier IN (SELECT v FROM purge_ids) OR person_id IN (SELECT v FROM purge_people)',
    );
    const analysisRows = await purgeAnalysisRows(conn);
    return { people, messages, recipients, analysisRows };
  });
}

/**
 * Analysis rows naming a purged person: their own rows go, rows that mention them in JSON are deleted
 * (edges, plans) or, for communities, kept with the person removed from `members`/`leaders`.
 */
async function purgeAnalysisRows(conn: DuckDBConnection): Promise<number> {
  const mentions = `EXISTS (SELECT 1 FROM purge_people p WHERE r.key = p.v OR contains(r.data, '"' || p.v || '"'))`;
  const reader = await conn.runAndReadAll(
    `SELECT run_id, key, data FROM analysis_results r WHERE kind = 'community' AND ${mentions}`,
  );
  const goneRows = (await conn.runAndReadAll('SELECT v FROM purge_people')).getRowObjects();
  const gone = new Set(goneRows.map((r) => String(r.v)));
  for (const row of reader.getRowObjects()) {
    const data = JSON.parse(String(row.data)) as Record<string, unknown>;
    for (const k of ['members', 'leaders']) {
      if (Array.isArray(data[k])) data[k] = (data[k] as unknown[]).filter((m) => !gone.has(String(m)));
    }
    if (Array.isArray(data.members)) data.size = data.members.length;
    await conn.run(
      "UPDATE analysis_results SET data = $d WHERE run_id = $r AND kind = 'community' AND key = $k",
      {
        d: JSON.stringify(data),
        r: num(row.run_id),
        k: String(row.key),
      },
    );
  }
  const n = await count(
    conn,
    `SELECT count(*) AS n FROM analysis_results r WHERE kind <> 'community' AND ${mentions}`,
  );
  await conn.run(`DELETE FROM analysis_results r WHERE kind <> 'community' AND ${mentions}`);
  return n + reader.getRowObjects().length;
}

/** Sets message bodies and subjects to NULL; returns how many messages had text. */
export async function clearMessageTextSql(conn: DuckDBConnection): Promise<number> {
  return inTransaction(conn, async () => {
    const n = await count(
      conn,
      'SELECT count(*) AS n FROM messages WHERE body IS NOT NULL OR subject IS NOT NULL',
    );
    if (n)
      await conn.run(
        'UPDATE messages SET body = NULL, subject = NULL WHERE body IS NOT NULL OR subject IS NOT NULL',
      );
    return n;
  });
}

/** Deletes message-level rows with a timestamp before `ts`; returns how many messages went. */
export async function purgeMessagesBeforeSql(conn: DuckDBConnection, ts: number): Promise<number> {
  return inTransaction(conn, async () => {
    const n = await count(conn, `SELECT count(*) AS n FROM messages WHERE ts < ${Math.floor(ts)}`);
    if (n) await conn.run(DELETE_MESSAGE_ROWS(`SELECT key FROM messages WHERE ts < ${Math.floor(ts)}`));
    return n;
  });
}

const COMPACT_SUFFIX = '.compact';

/** Copies the live database into `<file>.compact`; only live rows are written. */
export async function compactDatabase(conn: DuckDBConnection, file: string): Promise<void> {
  const tmp = file + COMPACT_SUFFIX;
  rmSync(tmp, { force: true });
  rmSync(tmp + '.wal', { force: true });
  const db = String((await conn.runAndReadAll('SELECT current_database() AS d')).getRowObjects()[0]?.d);
  await conn.run('CHECKPOINT');
  await conn.run(`ATTACH '${tmp.replace(/'/g, "''")}' AS sociogram_compact`);
  try {
    await conn.run(`COPY FROM DATABASE "${db.replace(/"/g, '""')}" TO sociogram_compact`);
  } finally {
    await conn.run('DETACH sociogram_compact');
  }
}

/** Swaps the compacted copy in (after the old file was closed). */
export function replaceWithCompacted(file: string): Promise<void> {
  rmSync(file + '.wal', { force: true });
  if (existsSync(file + COMPACT_SUFFIX)) renameSync(file + COMPACT_SUFFIX, file);
  return Promise.resolve();
}
