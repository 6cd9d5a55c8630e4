/**
 * ClickHouse nominations
 *
 * Survey nominations in the `nominations` ReplacingMergeTree table (schema version 3), keyed by
 * respondent, nominee and question like the DuckDB store: the first stored copy wins, so a re-import
 * adds nothing. Counts of added rows are taken against the stored keys (`FINAL`) before inserting.
 */
import { chStringList, type ChConnection } from './clickhouse-client.js';
import { firstWins } from './clickhouse-rows.js';
import type { ChNames } from './clickhouse-schema.js';
import type { BatchResult, Nomination } from './types.js';

const keyOf = (n: Pick<Nomination, 'respondent' | 'nominee' | 'question'>): string =>
  JSON.stringify([n.respondent, n.nominee, n.question]);

export async function chSaveNominations(
  conn: ChConnection,
  names: ChNames,
  nominations: readonly Nomination[],
): Promise<BatchResult> {
  if (!nominations.length) return { added: 0, duplicates: 0 };
  const respondents = [...new Set(nominations.map((n) => n.respondent))];
  const stored = await conn.rows(
    `SELECT respondent, nominee, question, ver FROM ${names.all('nominations')} FINAL
     WHERE respondent IN ${chStringList(respondents)}`,
  );
  const seen = new Set(
    stored.map((r) =>
      keyOf({ respondent: String(r.respondent), nominee: String(r.nominee), question: String(r.question) }),
    ),
  );
  const ver = firstWins();
  const fresh = [];
  for (const n of nominations) {
    const k = keyOf(n);
    if (seen.has(k)) continue;
    seen.add(k);
    fresh.push({ ...n, ver });
  }
  await conn.insert(names.all('nominations'), fresh);
  return { added: fresh.length, duplicates: nominations.length - fresh.length };
}

export async function chListNominations(conn: ChConnection, names: ChNames): Promise<Nomination[]> {
  const rows = await conn.rows(
    `SELECT respondent, nominee, question, survey, position, ver FROM ${names.all('nominations')} FINAL
     ORDER BY respondent, nominee, question`,
  );
  return rows.map((r) => ({
    respondent: String(r.respondent),
    nominee: String(r.nominee),
    question: String(r.question),
    survey: String(r.survey),
    position: String(r.position),
  }));
}
