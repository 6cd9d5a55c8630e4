/**
 * DuckDB topic-message query
 *
 * The SQL behind `Store.topicMessages`: every non-automated message with a positive hit on one topic
 * (the campaign's markers), with its sender, forward source and recipients resolved to people, so the
 * campaign stage can trace forwards, replies and mentions as cascades.
 */
import type { TimeRange } from './types.js';

type SqlParams = Record<string, string | number | boolean | null>;

const FAR_FUTURE = 8_640_000_000_000_000;

/** Separator for aggregated person ids (ASCII unit separator, never in an id). */
export const ID_SEPARATOR = '\u001f';

export function topicMessagesSql(topic: string, range: TimeRange): { sql: string; params: SqlParams } {
  const sql = `
    SELECT m.key, m.ts, m.channel, si.person_id AS sender, m.in_reply_to, fi.person_id AS forwarded_from,
      m.is_forward, max(t.score) AS score,
      string_agg(DISTINCT ri.person_id, chr(31)) FILTER (WHERE r.role <> 'mention') AS recipients,
      string_agg(DISTINCT ri.person_id, chr(31)) FILTER (WHERE r.role = 'mention') AS mentions
    FROM message_topics t
    JOIN messages m ON m.key = t.message_key
    LEFT JOIN identities si ON si.identifier = m.sender
    LEFT JOIN identities fi ON fi.identifier = m.forwarded_from
    LEFT JOIN message_recipients r ON r.message_key = m.key
    LEFT JOIN identities ri ON ri.identifier = r.identifier
    WHERE t.topic = $topic AND t.score > 0 AND NOT m.is_automated AND m.ts >= $from AND m.ts <= $to
    GROUP BY m.key, m.ts, m.channel, si.person_id, m.in_reply_to, fi.person_id, m.is_forward
    ORDER BY m.ts, m.key`;
  return { sql, params: { topic, from: range.from ?? -FAR_FUTURE, to: range.to ?? FAR_FUTURE } };
}
