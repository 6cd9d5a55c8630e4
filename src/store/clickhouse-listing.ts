/**
 * ClickHouse listings
 *
 * `listIdentifiers` and `listMessages` for the ClickHouse store, with the DuckDB store's definitions:
 * counts grouped on the shards and merged here; messages read in key order with their recipients.
 */
import { chNumber, chStringList, type ChConnection, type ChRow } from './clickhouse-client.js';
import type { ChNames } from './clickhouse-schema.js';
import { compareBytes } from './clickhouse-status.js';
import type { StoredMessage } from './types.js';

export interface IdentifierRow {
  identifier: string;
  name: string | null;
  messages: number;
  sent: number;
  automatedSent: number;
}

interface Acc extends IdentifierRow {
  names: Map<string, number>;
}

/** The most frequent name (DuckDB's `mode`); ties go to the byte-wise smallest. */
function modeName(names: Map<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [name, n] of names) {
    if (n > bestN || (n === bestN && best !== null && compareBytes(name, best) < 0))
      [best, bestN] = [name, n];
  }
  return best;
}

export async function chListIdentifiers(conn: ChConnection, n: ChNames): Promise<IdentifierRow[]> {
  const [senders, recipients, forwards] = await Promise.all([
    conn.rows(`SELECT sender AS identifier, sender_name AS name, count() AS n, sum(is_automated) AS auto
      FROM ${n.all('messages')} FINAL GROUP BY sender, sender_name`),
    conn.rows(`SELECT identifier, name, count() AS n FROM ${n.all('message_recipients')} FINAL
      GROUP BY identifier, name`),
    conn.rows(`SELECT forwarded_from AS identifier, count() AS n FROM ${n.all('messages')} FINAL
      WHERE forwarded_from != '' GROUP BY forwarded_from`),
  ]);
  const acc = new Map<string, Acc>();
  const add = (r: ChRow, sent: boolean): void => {
    const id = String(r.identifier);
    let a = acc.get(id);
    if (!a)
      acc.set(
        id,
        (a = { identifier: id, name: null, messages: 0, sent: 0, automatedSent: 0, names: new Map() }),
      );
    const count = Number(r.n);
    a.messages += count;
    if (sent) {
      a.sent += count;
      a.automatedSent += Number(r.auto);
    }
    if (typeof r.name === 'string') a.names.set(r.name, (a.names.get(r.name) ?? 0) + count);
  };
  for (const r of senders) add(r, true);
  for (const r of [...recipients, ...forwards]) add(r, false);
  return [...acc.values()]
    .sort((x, y) => compareBytes(x.identifier, y.identifier))
    .map(({ names, ...row }) => ({ ...row, name: modeName(names) }));
}

/** Nullable columns: a string or null. */
function orNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** `in_reply_to` and `forwarded_from` store "none" as an empty string. */
function emptyNull(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

export async function chListMessages(
  conn: ChConnection,
  n: ChNames,
  options: { offset?: number; limit?: number },
): Promise<StoredMessage[]> {
  const rows = await conn.rows(
    `SELECT * FROM ${n.all('messages')} FINAL ORDER BY key
     LIMIT ${chNumber(options.offset ?? 0)}, ${chNumber(options.limit ?? 1_000_000_000)}`,
  );
  if (!rows.length) return [];
  const rcpts = await conn.rows(
    `SELECT message_key, identifier, role, name, ver FROM ${n.all('message_recipients')} FINAL
     WHERE message_key IN ${chStringList(rows.map((r) => String(r.key)))}`,
  );
  const byKey = new Map<string, { id: string; role: string; name: string | null }[]>();
  for (const r of rcpts) {
    const list = byKey.get(String(r.message_key)) ?? [];
    list.push({ id: String(r.identifier), role: String(r.role), name: orNull(r.name) });
    byKey.set(String(r.message_key), list);
  }
  return rows.map((r) => ({
    key: String(r.key),
    position: String(r.position),
    channel: String(r.channel),
    conversation: orNull(r.conversation),
    timestamp: Number(r.ts),
    tzOffsetMinutes: Number(r.tz_offset),
    sender: String(r.sender),
    senderName: orNull(r.sender_name),
    recipients: (byKey.get(String(r.key)) ?? []).sort(
      (a, b) => compareBytes(a.role, b.role) || compareBytes(a.id, b.id),
    ),
    threadKey: orNull(r.thread_key),
    inReplyTo: emptyNull(r.in_reply_to),
    forwardedFrom: emptyNull(r.forwarded_from),
    subject: orNull(r.subject),
    text: orNull(r.body),
    attachmentCount: Number(r.attachment_count),
    attachmentBytes: Number(r.attachment_bytes),
    isAutomated: Number(r.is_automated) === 1,
    isForward: Number(r.is_forward) === 1,
  }));
}
