/**
 * DuckDB nominations
 *
 * Survey nominations in the `nominations` table (migration 3). A nomination is keyed by respondent,
 * nominee and question, so re-importing a survey, or the same answers in another file, adds nothing.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BatchResult, Nomination } from './types.js';

async function count(conn: DuckDBConnection): Promise<number> {
  const r = (await conn.runAndReadAll('SELECT count(*) AS n FROM nominations')).getRowObjects()[0];
  return Number(r?.n ?? 0);
}

/** Inserts nominations not yet stored (the first copy of a key wins, as with messages). */
export async function saveNominationsSql(
  conn: DuckDBConnection,
  nominations: readonly Nomination[],
): Promise<BatchResult> {
  if (!nominations.length) return { added: 0, duplicates: 0 };
  await conn.run(
    'CREATE TEMP TABLE IF NOT EXISTS stage_nominations AS SELECT *, 0 AS seq FROM nominations LIMIT 0',
  );
  const a = await conn.createAppender('stage_nominations');
  nominations.forEach((n, i) => {
    a.appendVarchar(n.respondent);
    a.appendVarchar(n.nominee);
    a.appendVarchar(n.question);
    a.appendVarchar(n.survey);
    a.appendVarchar(n.position);
    a.appendInteger(i);
    a.endRow();
  });
  a.closeSync();
  await conn.run('BEGIN TRANSACTION');
  try {
    const before = await count(conn);
    await conn.run(`INSERT OR IGNORE INTO nominations SELECT * EXCLUDE (seq) FROM stage_nominations
      QUALIFY row_number() OVER (PARTITION BY respondent, nominee, question ORDER BY seq) = 1`);
    const added = (await count(conn)) - before;
    await conn.run('COMMIT');
    return { added, duplicates: nominations.length - added };
  } catch (err) {
    await conn.run('ROLLBACK');
    throw err;
  } finally {
    await conn.run('DELETE FROM stage_nominations');
  }
}

export async function listNominationsSql(conn: DuckDBConnection): Promise<Nomination[]> {
  const rows = (
    await conn.runAndReadAll('SELECT * FROM nominations ORDER BY respondent, nominee, question')
  ).getRowObjects();
  return rows.map((r) => ({
    respondent: String(r.respondent),
    nominee: String(r.nominee),
    question: String(r.question),
    survey: String(r.survey),
    position: String(r.position),
  }));
}
