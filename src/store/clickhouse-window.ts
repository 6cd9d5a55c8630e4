/**
 * Windows on ClickHouse
 *
 * `Store.conversationActivity` (grouped on the shards by conversation and sender identifier, resolved
 * to people here) and `Store.windowFingerprint` for the ClickHouse store. For the fingerprint, the message count and an XOR of key hashes are
 * aggregated on the shards; the identifiers the window's messages name are collected there too and
 * resolved to (person, kind) here, as the other ClickHouse per-person views do, then hashed.
 */
import { createHash } from 'node:crypto';
import { chNumber, type ChConnection } from './clickhouse-client.js';
import type { ChNames } from './clickhouse-schema.js';
import { messageFilter } from './clickhouse-queries.js';
import { compareBytes } from './clickhouse-status.js';
import type { ConversationActivityRow, TimeRange, WindowFingerprint } from './types.js';

const FAR_FUTURE = 8_640_000_000_000_000;

/** All messages in the window, automated ones included (they are part of the window's data). */
function inWindow(range: TimeRange): string {
  return `ts >= ${chNumber(range.from ?? -FAR_FUTURE)} AND ts <= ${chNumber(range.to ?? FAR_FUTURE)}`;
}

/** Every identifier the window's messages name as sender, forward origin or recipient. */
async function namedIdentifiers(conn: ChConnection, n: ChNames, range: TimeRange): Promise<Set<string>> {
  const where = inWindow(range);
  const [senders, recipients] = await Promise.all([
    conn.rows(
      `SELECT DISTINCT sender AS a, forwarded_from AS b FROM ${n.all('messages')} FINAL WHERE ${where}`,
    ),
    conn.rows(`
      SELECT DISTINCT identifier AS a FROM ${n.all('messages')} FINAL
      ALL INNER JOIN (SELECT message_key AS key, identifier FROM ${n.local('message_recipients')} FINAL)
      USING key WHERE ${where}`),
  ]);
  const out = new Set<string>();
  for (const r of [...senders, ...recipients]) {
    out.add(String(r.a));
    if (typeof r.b === 'string' && r.b !== '') out.add(r.b);
  }
  return out;
}

function chText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : '0';
}

export async function chWindowFingerprint(
  conn: ChConnection,
  n: ChNames,
  links: ReadonlyMap<string, string>,
  kinds: ReadonlyMap<string, string>,
  range: TimeRange,
): Promise<WindowFingerprint> {
  const where = inWindow(range);
  const [counts, named] = await Promise.all([
    conn.rows(`SELECT count() AS n, toString(groupBitXor(cityHash64(key))) AS h
      FROM ${n.all('messages')} FINAL WHERE ${where}`),
    namedIdentifiers(conn, n, range),
  ]);
  const hash = createHash('sha256');
  const resolved: string[] = [];
  for (const id of named) {
    const person = links.get(id);
    if (person !== undefined) resolved.push(`${id}\u0000${person}\u0000${kinds.get(person) ?? ''}`);
  }
  for (const line of resolved.sort()) hash.update(line + '\n');
  const messages = Number(counts[0]?.n ?? 0);
  return {
    messages,
    digest: `${messages}:${chText(counts[0]?.h)}:${resolved.length}:${hash.digest('hex').slice(0, 32)}`,
  };
}

export async function chConversationActivity(
  conn: ChConnection,
  n: ChNames,
  personOf: ReadonlyMap<string, string>,
  range: TimeRange,
): Promise<ConversationActivityRow[]> {
  const rows = await conn.rows(`
    SELECT conversation, sender, count() AS messages FROM ${n.all('messages')} FINAL
    WHERE ${messageFilter(range)} AND conversation IS NOT NULL
    GROUP BY conversation, sender`);
  const sums = new Map<string, ConversationActivityRow>();
  for (const r of rows) {
    const personId = personOf.get(String(r.sender));
    if (personId === undefined) continue;
    const conversation = String(r.conversation);
    const key = JSON.stringify([conversation, personId]);
    const prev = sums.get(key);
    sums.set(key, { conversation, personId, messages: (prev?.messages ?? 0) + Number(r.messages) });
  }
  return [...sums.values()].sort(
    (a, b) => compareBytes(a.conversation, b.conversation) || compareBytes(a.personId, b.personId),
  );
}
