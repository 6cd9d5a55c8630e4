/**
 * DuckDB aggregation queries
 *
 * The SQL behind `Store.aggregateTies` and `Store.personActivity`. Weighting rules are documented in
 * docs/METHOD.md ("Tie weights"): a message to n recipients gives each 1/n (cc and bcc half that), an
 * @mention or a reply gives its target a full 1, and a message to more than the broadcast threshold
 * gives nobody anything except its mentions and reply target.
 */
import type { TieOptions, TimeRange } from './types.js';

export type SqlParams = Record<string, string | number | boolean | null>;

export const DEFAULT_BROADCAST_THRESHOLD = 50;

/** Params of a per-window run (trends) hold `"window":{…}`; `latestAnalysis` skips such runs (LIKE). */
export const WINDOW_RUN_PATTERN = '%"window":{%';
const FAR_FUTURE = 8_640_000_000_000_000;

/** Person kinds that take part in the social graph (lists, shared mailboxes and bots do not). */
const GRAPH_KINDS = "('staff', 'external')";

/** `$from`/`$to` for a range; an open end reaches any date, before 1970 included. */
export function timeParams(o: TimeRange): SqlParams {
  return { from: o.from ?? -FAR_FUTURE, to: o.to ?? FAR_FUTURE };
}

function quoteList(values: readonly string[]): string {
  return values.length ? values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ') : "''";
}

/**
 * The weighted-recipient rows every tie query starts from: one row per message and resolved
 * recipient person, with the message's channel, time and weight (see the file header).
 */
function weightedRowsCte(o: TieOptions, params: SqlParams): string {
  const cw = o.channelWeights ?? {};
  Object.assign(params, {
    bt: o.broadcastThreshold ?? DEFAULT_BROADCAST_THRESHOLD,
    w_email: cw.email ?? 1,
    w_chat: cw.chat ?? 1,
    w_dlp: cw['dlp-event'] ?? 1,
    w_log: cw['mail-log'] ?? 1,
    w_survey: cw.survey ?? 1,
  });
  const topicJoin = o.topic
    ? 'JOIN message_topics tp ON tp.message_key = w.key AND tp.topic = $topic AND tp.score > 0'
    : '';
  const topicFactor = o.topic ? 'tp.score' : '1.0';
  if (o.topic) params.topic = o.topic;
  const excluded = quoteList(o.excludePeople ?? []);
  return `
    m AS (
      SELECT key, channel, ts, tz_offset, sender, greatest(recipient_count, 1) AS n FROM messages
      WHERE NOT is_automated AND ts >= $from AND ts <= $to
    ), w AS (
      SELECT m.key, m.channel, m.ts, m.sender, r.identifier AS recipient,
        (CASE m.channel WHEN 'email' THEN $w_email WHEN 'chat' THEN $w_chat WHEN 'dlp-event' THEN $w_dlp
                        WHEN 'mail-log' THEN $w_log WHEN 'survey' THEN $w_survey ELSE 1 END) *
        (CASE r.role WHEN 'mention' THEN 1.0 WHEN 'reply' THEN 1.0
                     WHEN 'cc' THEN 0.5 / m.n WHEN 'bcc' THEN 0.5 / m.n ELSE 1.0 / m.n END) AS w
      FROM m JOIN message_recipients r ON r.message_key = m.key
      WHERE r.role IN ('mention', 'reply') OR m.n <= $bt
    ), tie_rows AS (
      SELECT w.key, w.channel, w.ts, s.person_id AS source, t.person_id AS target, w.w * ${topicFactor} AS w
      FROM w ${topicJoin}
      JOIN identities s ON s.identifier = w.sender
      JOIN identities t ON t.identifier = w.recipient
      JOIN people ps ON ps.id = s.person_id AND ps.kind IN ${GRAPH_KINDS}
      JOIN people pt ON pt.id = t.person_id AND pt.kind IN ${GRAPH_KINDS}
      WHERE s.person_id <> t.person_id
        AND s.person_id NOT IN (${excluded}) AND t.person_id NOT IN (${excluded})
    )`;
}

/** SQL for directed person-to-person ties, aggregated over the resolved identities. */
export function aggregateTiesSql(o: TieOptions): { sql: string; params: SqlParams } {
  const params = timeParams(o);
  const sql = `
    WITH ${weightedRowsCte(o, params)}
    SELECT source, target, sum(w) AS weight, count(DISTINCT key) AS messages
    FROM tie_rows GROUP BY 1, 2 HAVING sum(w) > 0 ORDER BY 1, 2`;
  return { sql, params };
}

/** SQL for one person's contacts per direction and channel. */
export function personContactsSql(personId: string, range: TimeRange): { sql: string; params: SqlParams } {
  const params: SqlParams = { ...timeParams(range), person: personId };
  const sql = `
    WITH ${weightedRowsCte({}, params)}
    SELECT CASE WHEN source = $person THEN target ELSE source END AS person_id,
           CASE WHEN source = $person THEN 'out' ELSE 'in' END AS direction,
           channel, sum(w) AS weight, count(DISTINCT key) AS messages
    FROM tie_rows WHERE source = $person OR target = $person
    GROUP BY 1, 2, 3 HAVING sum(w) > 0 ORDER BY weight DESC, person_id, direction, channel`;
  return { sql, params };
}

/** SQL for the local weekday × hour rhythm of the messages one person sent. */
export function personRhythmSql(personId: string, range: TimeRange): { sql: string; params: SqlParams } {
  const sql = `
    SELECT isodow(epoch_ms(m.ts + m.tz_offset * 60000)) AS weekday,
           hour(epoch_ms(m.ts + m.tz_offset * 60000)) AS hour, count(*) AS messages
    FROM messages m JOIN identities i ON i.identifier = m.sender
    WHERE i.person_id = $person AND NOT m.is_automated AND m.ts >= $from AND m.ts <= $to
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return { sql, params: { ...timeParams(range), person: personId } };
}

/** SQL for per-person sums over a per-message table (`message_stance` or `message_terms`). */
export function perSenderSql(
  table: 'message_stance' | 'message_terms',
  range: TimeRange,
): { sql: string; params: SqlParams } {
  const cols =
    table === 'message_stance'
      ? 'x.target AS key, sum(x.score) AS a, sum(x.mentions) AS b'
      : 'x.term AS key, sum(x.count) AS a, 0 AS b';
  const sql = `
    SELECT i.person_id, ${cols}
    FROM ${table} x JOIN messages m ON m.key = x.message_key
    JOIN identities i ON i.identifier = m.sender
    WHERE NOT m.is_automated AND m.ts >= $from AND m.ts <= $to
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return { sql, params: timeParams(range) };
}

/** SQL for behavioural counts per person (see `PersonActivity`). */
export function personActivitySql(o: Pick<TieOptions, 'from' | 'to'>): { sql: string; params: SqlParams } {
  const sql = `
    WITH m AS (
      SELECT m.*, i.person_id FROM messages m JOIN identities i ON i.identifier = m.sender
      WHERE NOT m.is_automated AND m.ts >= $from AND m.ts <= $to
    ), sent AS (
      SELECT person_id, count(*) AS sent,
             count(*) FILTER (WHERE recipient_count > ${DEFAULT_BROADCAST_THRESHOLD}) AS broadcasts,
             count(DISTINCT (ts // 2629746000)) AS active_months
      FROM m GROUP BY 1
    ), replies AS (
      SELECT p.person_id AS parent_person, c.person_id AS child_person, p.key AS parent_key,
             (c.ts - p.ts) / 60000.0 AS minutes
      FROM m c JOIN m p ON p.key = c.in_reply_to
      WHERE c.person_id <> p.person_id
    ), drawn AS (
      SELECT parent_person AS person_id, count(*) AS replies_drawn,
             count(DISTINCT parent_key) AS threads_started
      FROM replies GROUP BY 1
    ), latency AS (
      SELECT child_person AS person_id, median(greatest(minutes, 0)) AS median_reply_minutes
      FROM replies GROUP BY 1
    ), fwd AS (
      SELECT i.person_id, count(*) AS forwards_drawn
      FROM m JOIN identities i ON i.identifier = m.forwarded_from
      WHERE m.forwarded_from IS NOT NULL AND i.person_id <> m.person_id GROUP BY 1
    ), recv AS (
      SELECT i.person_id, count(*) AS received
      FROM m JOIN message_recipients r ON r.message_key = m.key
      JOIN identities i ON i.identifier = r.identifier GROUP BY 1
    )
    SELECT p.id AS person_id,
      coalesce(sent.sent, 0) AS sent, coalesce(recv.received, 0) AS received,
      coalesce(drawn.threads_started, 0) AS threads_started, coalesce(drawn.replies_drawn, 0) AS replies_drawn,
      coalesce(fwd.forwards_drawn, 0) AS forwards_drawn, latency.median_reply_minutes,
      coalesce(sent.broadcasts, 0) AS broadcasts, coalesce(sent.active_months, 0) AS active_months
    FROM people p
    LEFT JOIN sent ON sent.person_id = p.id
    LEFT JOIN recv ON recv.person_id = p.id
    LEFT JOIN drawn ON drawn.person_id = p.id
    LEFT JOIN latency ON latency.person_id = p.id
    LEFT JOIN fwd ON fwd.person_id = p.id
    WHERE p.kind IN ${GRAPH_KINDS}
    ORDER BY p.id`;
  return { sql, params: timeParams(o) };
}

/**
 * The window fingerprint (see `Store.windowFingerprint`): message count, an XOR of key hashes, and an
 * XOR of hashes over the distinct (identifier, person, kind) links of the identifiers the window's
 * messages name. XOR over distinct rows is order-free, so the digest needs no sort.
 */
export function windowFingerprintSql(range: TimeRange): { sql: string; params: SqlParams } {
  return {
    sql: `
      WITH w AS (SELECT key, sender, forwarded_from FROM messages WHERE ts BETWEEN $from AND $to),
      ids AS (
        SELECT sender AS identifier FROM w
        UNION SELECT forwarded_from FROM w WHERE forwarded_from IS NOT NULL
        UNION SELECT r.identifier FROM message_recipients r JOIN w ON w.key = r.message_key
      ),
      links AS (
        SELECT DISTINCT i.identifier, i.person_id, COALESCE(p.kind, '') AS kind
        FROM identities i JOIN ids USING (identifier) LEFT JOIN people p ON p.id = i.person_id
      )
      SELECT (SELECT count(*) FROM w) AS n,
             (SELECT COALESCE(bit_xor(hash(key)), 0) FROM w) AS keys,
             (SELECT COALESCE(bit_xor(hash(identifier, person_id, kind)), 0) FROM links) AS links,
             (SELECT count(*) FROM links) AS n_links`,
    params: timeParams(range),
  };
}

/** SQL for human messages per conversation and sending person (see `Store.conversationActivity`). */
export function conversationActivitySql(range: TimeRange): { sql: string; params: SqlParams } {
  return {
    sql: `
      SELECT m.conversation, i.person_id, count(*) AS messages
      FROM messages m JOIN identities i ON i.identifier = m.sender
      WHERE NOT m.is_automated AND m.conversation IS NOT NULL AND m.ts BETWEEN $from AND $to
      GROUP BY 1, 2 ORDER BY 1, 2`,
    params: timeParams(range),
  };
}
