/**
 * Aggregation in parts on ClickHouse
 *
 * A shard joins a message with its recipients in memory, so one query over the whole archive needs
 * memory in proportion to the messages on a shard: 5 million messages on two shards went past a
 * 4 GB per-query limit. Aggregations therefore run once per part — the messages whose key hashes to
 * it, with their recipients and topics — one part after another. A message belongs to exactly one
 * part, so sums and distinct-message counts of the parts add up to the whole exactly.
 */
import type { ChConnection, ChRow } from './clickhouse-client.js';
import type { KeyPart } from './clickhouse-queries.js';
import type { ChNames } from './clickhouse-schema.js';
import type { Tie } from './types.js';

/** Messages per part when none is configured: a few hundred MB of join state per shard at most. */
export const DEFAULT_MESSAGES_PER_PART = 500_000;

/** The parts for the archive's current size (`count()` without FINAL: a slight overcount is harmless). */
export async function keyParts(
  conn: ChConnection,
  names: ChNames,
  messagesPerPart: number,
): Promise<KeyPart[]> {
  const rows = await conn.rows(`SELECT count() AS n FROM ${names.all('messages')}`);
  const count = Math.max(1, Math.ceil(Number(rows[0]?.n ?? 0) / Math.max(1, messagesPerPart)));
  return Array.from({ length: count }, (_, index) => ({ index, count }));
}

/**
 * Runs the tie query of each part in turn (not at once: that would add the parts' memory back up) and
 * adds each part's ties into the running total as it arrives; ordered by source, target.
 */
export async function tiesInParts(
  conn: ChConnection,
  parts: readonly KeyPart[],
  sql: (part: KeyPart) => string,
): Promise<Tie[]> {
  if (parts.length === 1 && parts[0]) return (await conn.rows(sql(parts[0]))).map(toTie);
  const byPair = new Map<string, { source: string; target: string; weight: number; messages: number }>();
  for (const part of parts) {
    for (const r of await conn.rows(sql(part))) {
      const t = toTie(r);
      const k = `${t.source}\u0000${t.target}`;
      const seen = byPair.get(k);
      if (seen) {
        seen.weight += t.weight;
        seen.messages += t.messages;
      } else byPair.set(k, { ...t });
    }
  }
  // The single query's ORDER BY source, target compares bytes; so does this for the ids' characters.
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...byPair.values()]
    .filter((t) => t.weight > 0)
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
}

function toTie(r: ChRow): Tie {
  return {
    source: String(r.source),
    target: String(r.target),
    weight: Number(r.weight),
    messages: Number(r.messages),
  };
}
