/**
 * Topic messages on ClickHouse
 *
 * `Store.topicMessages` with the DuckDB definition (duckdb-topic-queries.ts): every human message with
 * a positive hit on one topic, its sender, forward origin and recipients resolved to people. Messages
 * and their recipients are selected on the shards; identifiers are resolved here.
 */
import { chNumber, chString, type ChConnection } from './clickhouse-client.js';
import { messageFilter } from './clickhouse-queries.js';
import type { ChNames } from './clickhouse-schema.js';
import { compareBytes } from './clickhouse-status.js';
import type { TimeRange, TopicMessage } from './types.js';

export async function chTopicMessages(
  conn: ChConnection,
  n: ChNames,
  personOf: ReadonlyMap<string, string>,
  topic: string,
  range: TimeRange,
): Promise<TopicMessage[]> {
  const hits = `(SELECT message_key FROM ${n.all('message_topics')} FINAL
    WHERE topic = ${chString(topic)} AND score > ${chNumber(0)})`;
  const [messages, recipients] = await Promise.all([
    conn.rows(`
      SELECT key, ts, channel, sender, in_reply_to, forwarded_from, is_forward, top_score
      FROM ${n.all('messages')} FINAL
      ALL INNER JOIN (
        SELECT message_key AS key, max(score) AS top_score FROM ${n.local('message_topics')} FINAL
        WHERE topic = ${chString(topic)} AND score > 0 GROUP BY message_key
      ) USING key
      WHERE ${messageFilter(range)}`),
    conn.rows(`SELECT message_key, identifier, role FROM ${n.all('message_recipients')} FINAL
      WHERE message_key GLOBAL IN ${hits}`),
  ]);
  const people = new Map<string, { to: Set<string>; mentions: Set<string> }>();
  for (const r of recipients) {
    const person = personOf.get(String(r.identifier));
    if (person === undefined) continue;
    const entry = people.get(String(r.message_key)) ?? { to: new Set<string>(), mentions: new Set<string>() };
    (r.role === 'mention' ? entry.mentions : entry.to).add(person);
    people.set(String(r.message_key), entry);
  }
  const sorted = (s: Set<string> | undefined): string[] => [...(s ?? [])].sort(compareBytes);
  return messages
    .map((m) => ({
      key: String(m.key),
      ts: Number(m.ts),
      channel: String(m.channel),
      senderPersonId: personOf.get(String(m.sender)) ?? null,
      inReplyTo: m.in_reply_to === '' ? null : String(m.in_reply_to),
      forwardedFromPersonId: personOf.get(String(m.forwarded_from)) ?? null,
      isForward: Number(m.is_forward) === 1,
      recipientPersonIds: sorted(people.get(String(m.key))?.to),
      mentionPersonIds: sorted(people.get(String(m.key))?.mentions),
      score: Number(m.top_score),
    }))
    .sort((a, b) => a.ts - b.ts || compareBytes(a.key, b.key));
}
