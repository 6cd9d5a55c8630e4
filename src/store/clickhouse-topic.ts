/**
 * ClickHouse topic messages
 *
 * `Store.topicMessages` on ClickHouse: the marked messages (positive hit on one topic) with their
 * reply and forward links, and their recipients and @mentions; identifiers are resolved to people
 * in TypeScript through the identity map, as the other per-person ClickHouse queries do.
 */
import { chString, type ChConnection } from './clickhouse-client.js';
import { messageFilter } from './clickhouse-queries.js';
import type { ChNames } from './clickhouse-schema.js';
import type { TimeRange, TopicMessage } from './types.js';

export async function chTopicMessages(
  conn: ChConnection,
  n: ChNames,
  personOf: ReadonlyMap<string, string>,
  topic: string,
  range: TimeRange,
): Promise<TopicMessage[]> {
  const hits = `SELECT message_key AS key, max(score) AS score FROM ${n.local('message_topics')} FINAL
    WHERE topic = ${chString(topic)} AND score > 0 GROUP BY message_key`;
  const rows = await conn.rows(`
    SELECT key, ts, channel, sender, in_reply_to, forwarded_from, is_forward, score
    FROM ${n.all('messages')} FINAL ALL INNER JOIN (${hits}) USING key
    WHERE ${messageFilter(range)} ORDER BY ts, key`);
  const recipients = await conn.rows(`
    SELECT message_key, identifier, role FROM ${n.all('message_recipients')} FINAL
    WHERE message_key GLOBAL IN (SELECT message_key FROM ${n.all('message_topics')} FINAL
      WHERE topic = ${chString(topic)} AND score > 0)`);
  const to = new Map<string, Set<string>>();
  const mentions = new Map<string, Set<string>>();
  for (const r of recipients) {
    const person = personOf.get(String(r.identifier));
    if (person === undefined) continue;
    const target = String(r.role) === 'mention' ? mentions : to;
    const key = String(r.message_key);
    target.set(key, (target.get(key) ?? new Set()).add(person));
  }
  const orNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return rows.map((r) => {
    const key = String(r.key);
    const fwd = orNull(r.forwarded_from);
    return {
      key,
      ts: Number(r.ts),
      channel: String(r.channel),
      senderPersonId: personOf.get(String(r.sender)) ?? null,
      inReplyTo: orNull(r.in_reply_to),
      forwardedFromPersonId: fwd === null ? null : (personOf.get(fwd) ?? null),
      isForward: Number(r.is_forward) === 1,
      recipientPersonIds: [...(to.get(key) ?? [])].sort(),
      mentionPersonIds: [...(mentions.get(key) ?? [])].sort(),
      score: Number(r.score),
    };
  });
}
