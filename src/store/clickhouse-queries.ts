/**
 * ClickHouse aggregation queries
 *
 * The ClickHouse twin of src/store/duckdb-queries.ts: the same tie weights (docs/METHOD.md "Tie
 * weights"), written so that the heavy GROUP BY runs on the shards. A message, its recipients and its
 * topics live on one shard (all sharded by the message key), so they join shard-locally; only the
 * partial aggregates per (sender identifier, target person) travel to the initiator, which resolves
 * the sender to a person and sums.
 *
 * Notes:
 * - ClickHouse 18.16 allows one JOIN per SELECT, no CTEs and no `JOIN ... ON` over aliases, hence the
 *   nested subqueries joined `USING` one column.
 * - The count of distinct messages per person pair is exact: a message has one sender identifier, so
 *   the per-identifier `uniqExact` counts add up without overlap.
 * - Large aggregations run in parts (`KeyPart`): each part takes the messages whose key hashes to it,
 *   with their recipients and topics (sharded and joined by the same key), so a shard's join and
 *   group-by memory is bounded by the part, not by the archive. The parts' aggregates are disjoint by
 *   message and add up exactly (see clickhouse-parts.ts).
 */
import { chNumber, chString, chStringList } from './clickhouse-client.js';
import type { ChNames } from './clickhouse-schema.js';
import { DEFAULT_BROADCAST_THRESHOLD } from './duckdb-queries.js';
import type { TieOptions } from './types.js';

const FAR_FUTURE = 8_640_000_000_000_000;
const GRAPH_KINDS = "('staff', 'external')";
/** Milliseconds per average month, as in the DuckDB query. */
const MONTH_MS = 2_629_746_000;

/** One of `count` disjoint slices of the messages, by a hash of the message key. */
export interface KeyPart {
  readonly index: number;
  readonly count: number;
}

/** ` AND <column> hashes into part` (empty for a single part). */
export function keyPartFilter(column: string, part: KeyPart | undefined): string {
  if (!part || part.count <= 1) return '';
  return ` AND cityHash64(${column}) % ${chNumber(part.count)} = ${chNumber(part.index)}`;
}

/** `WHERE` fragment shared by all message aggregates: human messages inside the period (and part). */
export function messageFilter(o: Pick<TieOptions, 'from' | 'to'>, part?: KeyPart): string {
  return `is_automated = 0 AND ts >= ${chNumber(o.from ?? -FAR_FUTURE)} AND ts <= ${chNumber(o.to ?? FAR_FUTURE)}${keyPartFilter('key', part)}`;
}

function channelWeight(o: TieOptions): string {
  const cw = o.channelWeights ?? {};
  const w = (v: number | undefined): string => chNumber(v ?? 1);
  return `multiIf(channel = 'email', ${w(cw.email)}, channel = 'chat', ${w(cw.chat)},
    channel = 'dlp-event', ${w(cw['dlp-event'])}, channel = 'mail-log', ${w(cw['mail-log'])},
    channel = 'survey', ${w(cw.survey)}, 1)`;
}

const ROLE_WEIGHT = `multiIf(role IN ('mention', 'reply'), 1.0,
  role IN ('cc', 'bcc'), 0.5 / greatest(recipient_count, 1), 1.0 / greatest(recipient_count, 1))`;

/** People who take part in the graph, minus exclusions (a subquery for `GLOBAL IN`). */
function graphPeople(n: ChNames, excluded: string): string {
  return `(SELECT id FROM ${n.all('people')} FINAL WHERE kind IN ${GRAPH_KINDS} AND id NOT IN ${excluded})`;
}

/** Shard-local recipients resolved to people, with the topic factor of their message. */
function resolvedRecipients(n: ChNames, o: TieOptions, part?: KeyPart): string {
  const recipients = `
    SELECT message_key AS key, person_id AS target, role
    FROM (SELECT message_key, identifier, role FROM ${n.local('message_recipients')} FINAL
          WHERE 1${keyPartFilter('message_key', part)})
    ALL INNER JOIN (SELECT identifier, person_id FROM ${n.all('identities')} FINAL) USING identifier`;
  if (!o.topic) return `SELECT key, target, role, 1.0 AS f FROM (${recipients})`;
  return `
    SELECT key, target, role, f FROM (${recipients})
    ALL INNER JOIN (
      SELECT message_key AS key, score AS f FROM ${n.local('message_topics')} FINAL
      WHERE topic = ${chString(o.topic)} AND score > 0${keyPartFilter('message_key', part)}
    ) USING key`;
}

/**
 * Per-shard partial ties: weight and distinct messages per (sender identifier, target person[, extra
 * group columns]) under the weighting rules; `where` adds conditions on the joined row.
 */
export function chPerShardTiesSql(
  n: ChNames,
  o: TieOptions,
  extraGroup = '',
  where = '',
  part?: KeyPart,
): string {
  const excluded = chStringList(o.excludePeople ?? []);
  const bt = chNumber(o.broadcastThreshold ?? DEFAULT_BROADCAST_THRESHOLD);
  const group = `sender, target${extraGroup ? `, ${extraGroup}` : ''}`;
  return `
    SELECT ${group}, sum(${channelWeight(o)} * ${ROLE_WEIGHT} * f) AS w_sum, uniqExact(key) AS n_msg
    FROM ${n.all('messages')} FINAL
    ALL INNER JOIN (${resolvedRecipients(n, o, part)}) USING key
    WHERE ${messageFilter(o, part)}
      AND (role IN ('mention', 'reply') OR greatest(recipient_count, 1) <= ${bt})
      AND target GLOBAL IN ${graphPeople(n, excluded)}
      AND sender GLOBAL IN (SELECT identifier FROM ${n.all('identities')} FINAL
                            WHERE person_id IN ${graphPeople(n, excluded)})
      ${where}
    GROUP BY ${group}`;
}

/** Joins per-shard partial ties to the sender's person (column `source`). */
export function withSourcePerson(n: ChNames, perShard: string): string {
  return `(${perShard})
    ALL INNER JOIN (SELECT identifier AS sender, person_id AS source FROM ${n.all('identities')} FINAL)
    USING sender`;
}

/** SQL for directed person-to-person ties (of one part); columns source, target, weight, messages. */
export function chAggregateTiesSql(n: ChNames, o: TieOptions, part?: KeyPart): string {
  return `
    SELECT source, target, sum(w_sum) AS weight, sum(n_msg) AS messages
    FROM ${withSourcePerson(n, chPerShardTiesSql(n, o, '', '', part))}
    WHERE source != target
    GROUP BY source, target
    HAVING weight > 0
    ORDER BY source, target`;
}

/** Senders resolved to a person (a subquery for `GLOBAL IN`). */
function knownSenders(n: ChNames): string {
  return `(SELECT identifier FROM ${n.all('identities')} FINAL)`;
}

/** Per sender identifier: messages sent, broadcasts and the months they were active in. */
export function chSentSql(n: ChNames, o: Pick<TieOptions, 'from' | 'to'>, part?: KeyPart): string {
  return `
    SELECT sender, count() AS sent, countIf(recipient_count > ${DEFAULT_BROADCAST_THRESHOLD}) AS broadcasts,
           groupUniqArray(intDiv(ts, ${MONTH_MS})) AS months
    FROM ${n.all('messages')} FINAL WHERE ${messageFilter(o, part)} GROUP BY sender`;
}

/** Per recipient identifier: messages received from resolved senders. */
export function chReceivedSql(n: ChNames, o: Pick<TieOptions, 'from' | 'to'>, part?: KeyPart): string {
  return `
    SELECT identifier, count() AS received
    FROM ${n.all('messages')} FINAL
    ALL INNER JOIN (SELECT message_key AS key, identifier FROM ${n.local('message_recipients')} FINAL
                    WHERE 1${keyPartFilter('message_key', part)}) USING key
    WHERE ${messageFilter(o, part)} AND sender GLOBAL IN ${knownSenders(n)}
    GROUP BY identifier`;
}

/** Per (sender, forwarded-from) identifier pair: forwards. */
export function chForwardsSql(n: ChNames, o: Pick<TieOptions, 'from' | 'to'>, part?: KeyPart): string {
  return `
    SELECT sender, forwarded_from, count() AS n FROM ${n.all('messages')} FINAL
    WHERE ${messageFilter(o, part)} AND forwarded_from != '' GROUP BY sender, forwarded_from`;
}

/** Per (sender identifier, topic): summed topic scores. */
export function chSenderTopicsSql(n: ChNames, o: Pick<TieOptions, 'from' | 'to'>, part?: KeyPart): string {
  return `
    SELECT sender, topic, sum(score) AS score
    FROM ${n.all('messages')} FINAL
    ALL INNER JOIN (SELECT message_key AS key, topic, score FROM ${n.local('message_topics')} FINAL
                    WHERE 1${keyPartFilter('message_key', part)}) USING key
    WHERE ${messageFilter(o, part)} AND sender GLOBAL IN ${knownSenders(n)}
    GROUP BY sender, topic`;
}

/**
 * Reply pairs: one row per reply whose parent is a human message in the period. Parent and reply sit
 * on different shards (sharded by their own keys), so this join runs on the initiator. A part holds
 * the replies whose own key hashes to it, and only their parents.
 */
export function chReplyPairsSql(n: ChNames, o: Pick<TieOptions, 'from' | 'to'>, part?: KeyPart): string {
  const f = messageFilter(o);
  return `
    SELECT parent_key, child_sender, child_ts, parent_sender, parent_ts
    FROM (
      SELECT in_reply_to AS parent_key, sender AS child_sender, ts AS child_ts
      FROM ${n.all('messages')} FINAL
      WHERE ${messageFilter(o, part)} AND in_reply_to != '' AND sender GLOBAL IN ${knownSenders(n)}
    ) ALL INNER JOIN (
      SELECT key AS parent_key, sender AS parent_sender, ts AS parent_ts
      FROM ${n.all('messages')} FINAL
      WHERE ${f} AND sender GLOBAL IN ${knownSenders(n)}
        AND key GLOBAL IN (SELECT in_reply_to FROM ${n.all('messages')} FINAL
                           WHERE in_reply_to != ''${keyPartFilter('key', part)})
    ) USING parent_key`;
}
