/**
 * ClickHouse status and unresolved identifiers
 *
 * `Store.status()` and `Store.listUnresolved()` for the ClickHouse store: grouped on the shards, joined
 * with the small tables (sources) and merged here, with the same ordering as the DuckDB store.
 */
import type { ChConnection } from './clickhouse-client.js';
import type { ChNames } from './clickhouse-schema.js';
import type { StoreStatus } from './types.js';

/** Byte-wise comparison, the order DuckDB and ClickHouse sort strings in. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function maxName(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareBytes(a, b) >= 0 ? a : b;
}

export async function chUnresolved(
  conn: ChConnection,
  n: ChNames,
): Promise<{ identifier: string; name: string | null; messages: number }[]> {
  const known = `(SELECT identifier FROM ${n.all('identities')} FINAL)`;
  const [senders, recipients] = await Promise.all([
    conn.rows(`SELECT sender AS identifier, max(sender_name) AS name, count() AS n
      FROM ${n.all('messages')} FINAL WHERE sender GLOBAL NOT IN ${known} GROUP BY sender`),
    conn.rows(`SELECT identifier, max(name) AS name, count() AS n
      FROM ${n.all('message_recipients')} FINAL WHERE identifier GLOBAL NOT IN ${known} GROUP BY identifier`),
  ]);
  const merged = new Map<string, { identifier: string; name: string | null; messages: number }>();
  for (const r of [...senders, ...recipients]) {
    const id = String(r.identifier);
    const name = typeof r.name === 'string' ? r.name : null;
    const seen = merged.get(id);
    if (seen) {
      seen.messages += Number(r.n);
      seen.name = maxName(seen.name, name);
    } else merged.set(id, { identifier: id, name, messages: Number(r.n) });
  }
  return [...merged.values()].sort(
    (a, b) => b.messages - a.messages || compareBytes(a.identifier, b.identifier),
  );
}

async function messagesBySource(conn: ChConnection, n: ChNames): Promise<StoreStatus['messagesBySource']> {
  const [counts, sources] = await Promise.all([
    conn.rows(
      `SELECT source_id, channel, count() AS n FROM ${n.all('messages')} FINAL GROUP BY source_id, channel`,
    ),
    conn.rows(`SELECT id, path, format FROM ${n.all('sources')} FINAL`),
  ]);
  const byId = new Map(sources.map((s) => [String(s.id), s]));
  const merged = new Map<string, { source: string; format: string; channel: string; messages: number }>();
  for (const c of counts) {
    const s = byId.get(String(c.source_id));
    if (!s) continue;
    const k = JSON.stringify([s.path, s.format, c.channel]);
    const row = merged.get(k) ?? {
      source: String(s.path),
      format: String(s.format),
      channel: String(c.channel),
      messages: 0,
    };
    row.messages += Number(c.n);
    merged.set(k, row);
  }
  return [...merged.values()].sort(
    (a, b) => compareBytes(a.source, b.source) || compareBytes(a.channel, b.channel),
  );
}

export async function chStatus(conn: ChConnection, n: ChNames): Promise<StoreStatus> {
  const [bySource, byChannel, counts, skipped, unresolved] = await Promise.all([
    messagesBySource(conn, n),
    conn.rows(
      `SELECT channel, count() AS n FROM ${n.all('messages')} FINAL GROUP BY channel ORDER BY channel`,
    ),
    conn.rows(`SELECT
      (SELECT count() FROM ${n.all('people')} FINAL) AS people,
      (SELECT count() FROM ${n.all('identities')} FINAL) AS identities,
      (SELECT count() FROM ${n.all('analysis_runs')} FINAL) AS runs,
      (SELECT count() FROM ${n.all('messages')}) AS any_messages,
      (SELECT min(ts) FROM ${n.all('messages')}) AS first,
      (SELECT max(ts) FROM ${n.all('messages')}) AS last`),
    conn.rows(`SELECT reason, count() AS n, arraySlice(arraySort(groupArray(position)), 1, 5) AS ex
      FROM ${n.all('skipped')} FINAL GROUP BY reason ORDER BY n DESC, reason`),
    chUnresolved(conn, n),
  ]);
  const c = counts[0] ?? {};
  return {
    messagesBySource: bySource,
    messagesByChannel: byChannel.map((r) => ({ channel: String(r.channel), messages: Number(r.n) })),
    people: Number(c.people),
    identities: Number(c.identities),
    unresolvedIdentifiers: unresolved.length,
    skippedByReason: skipped.map((r) => ({
      reason: String(r.reason),
      count: Number(r.n),
      examples: (r.ex as unknown[]).map(String),
    })),
    analysisRuns: Number(c.runs),
    period: Number(c.any_messages) === 0 ? null : { from: Number(c.first), to: Number(c.last) },
  };
}
