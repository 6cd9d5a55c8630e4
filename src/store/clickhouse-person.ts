/**
 * Per-person views on ClickHouse
 *
 * `personMap`, `stanceByPerson` and `termsByPerson` for the ClickHouse store, with the definitions of
 * the DuckDB queries (`personContactsSql`, `personRhythmSql`, `perSenderSql`): grouped on the shards by
 * sender identifier, resolved to people here.
 */
import { chString, type ChConnection } from './clickhouse-client.js';
import { chPerShardTiesSql, messageFilter, withSourcePerson } from './clickhouse-queries.js';
import type { ChNames } from './clickhouse-schema.js';
import { compareBytes } from './clickhouse-status.js';
import type { PersonMapData, StanceRow, TermRow, TimeRange } from './types.js';

const DAY_MS = 86_400_000;

/** SQL for one person's contacts per direction and channel (columns as `ContactRow`). */
export function chPersonContactsSql(n: ChNames, personId: string, range: TimeRange): string {
  const p = chString(personId);
  const mine = `(SELECT identifier FROM ${n.all('identities')} FINAL WHERE person_id = ${p})`;
  const perShard = chPerShardTiesSql(n, range, 'channel', `AND (sender GLOBAL IN ${mine} OR target = ${p})`);
  return `
    SELECT if(source = ${p}, target, source) AS person_id, if(source = ${p}, 'out', 'in') AS direction,
           channel, sum(w_sum) AS weight, sum(n_msg) AS messages
    FROM ${withSourcePerson(n, perShard)}
    WHERE source != target AND (source = ${p} OR target = ${p})
    GROUP BY person_id, direction, channel
    HAVING weight > 0
    ORDER BY weight DESC, person_id, direction, channel`;
}

/**
 * SQL for the local weekday (1 = Monday) × hour rhythm of one person's messages. Integer arithmetic
 * on local epoch milliseconds, so the server's time zone plays no part.
 */
export function chPersonRhythmSql(n: ChNames, personId: string, range: TimeRange): string {
  const local = 'ts + tz_offset * 60000';
  const msOfDay = `((${local}) % ${DAY_MS} + ${DAY_MS}) % ${DAY_MS}`;
  const day = `intDiv(${local} - ${msOfDay}, ${DAY_MS})`;
  return `
    SELECT ((${day} % 7 + 10) % 7) + 1 AS weekday, intDiv(${msOfDay}, 3600000) AS hour, count() AS messages
    FROM ${n.all('messages')} FINAL
    WHERE ${messageFilter(range)} AND sender GLOBAL IN
      (SELECT identifier FROM ${n.all('identities')} FINAL WHERE person_id = ${chString(personId)})
    GROUP BY weekday, hour ORDER BY weekday, hour`;
}

export async function chPersonMap(
  conn: ChConnection,
  n: ChNames,
  personId: string,
  range: TimeRange,
): Promise<PersonMapData> {
  const [contacts, rhythm] = await Promise.all([
    conn.rows(chPersonContactsSql(n, personId, range)),
    conn.rows(chPersonRhythmSql(n, personId, range)),
  ]);
  return {
    contacts: contacts.map((x) => ({
      personId: String(x.person_id),
      direction: x.direction === 'out' ? 'out' : 'in',
      channel: String(x.channel),
      weight: Number(x.weight),
      messages: Number(x.messages),
    })),
    rhythm: rhythm.map((x) => ({
      weekday: Number(x.weekday),
      hour: Number(x.hour),
      messages: Number(x.messages),
    })),
  };
}

/** Per (sender identifier, key) sums over a per-message table, summed per person here. */
async function perSender(
  conn: ChConnection,
  n: ChNames,
  personOf: ReadonlyMap<string, string>,
  table: 'message_stance' | 'message_terms',
  range: TimeRange,
): Promise<{ personId: string; key: string; a: number; b: number }[]> {
  const [keyCol, valueCols, sumCols] =
    table === 'message_stance'
      ? ['target', 'score, mentions', 'sum(score) AS a, sum(mentions) AS b']
      : ['term', 'count', 'sum(count) AS a, 0 AS b'];
  const rows = await conn.rows(`
    SELECT sender, ${keyCol} AS k, ${sumCols}
    FROM ${n.all('messages')} FINAL
    ALL INNER JOIN (SELECT message_key AS key, ${keyCol}, ${valueCols} FROM ${n.local(table)} FINAL) USING key
    WHERE ${messageFilter(range)} AND sender GLOBAL IN (SELECT identifier FROM ${n.all('identities')} FINAL)
    GROUP BY sender, k`);
  const sums = new Map<string, { personId: string; key: string; a: number; b: number }>();
  for (const r of rows) {
    const personId = personOf.get(String(r.sender));
    if (personId === undefined) continue;
    const id = JSON.stringify([personId, r.k]);
    const s = sums.get(id) ?? { personId, key: String(r.k), a: 0, b: 0 };
    s.a += Number(r.a);
    s.b += Number(r.b);
    sums.set(id, s);
  }
  return [...sums.values()].sort(
    (x, y) => compareBytes(x.personId, y.personId) || compareBytes(x.key, y.key),
  );
}

export async function chStanceByPerson(
  conn: ChConnection,
  n: ChNames,
  personOf: ReadonlyMap<string, string>,
  range: TimeRange,
): Promise<StanceRow[]> {
  const rows = await perSender(conn, n, personOf, 'message_stance', range);
  return rows.map((r) => ({ personId: r.personId, target: r.key, scoreSum: r.a, mentions: r.b }));
}

export async function chTermsByPerson(
  conn: ChConnection,
  n: ChNames,
  personOf: ReadonlyMap<string, string>,
  range: TimeRange,
): Promise<TermRow[]> {
  const rows = await perSender(conn, n, personOf, 'message_terms', range);
  return rows.map((r) => ({ personId: r.personId, term: r.key, count: r.a }));
}
