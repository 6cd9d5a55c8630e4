/**
 * ClickHouse rows
 *
 * Turns an ingest batch into JSONEachRow rows for the message tables, with the same de-duplication
 * inside a batch as the DuckDB store (the first copy in the batch, i.e. in file order, wins), and makes the
 * row versions that decide which copy ReplacingMergeTree keeps.
 */
import { firstFeaturesPerMessage } from './batch-features.js';
import { formatPosition } from '../shared/errors.js';
import type { Message } from '../shared/message.js';
import type { ChRow } from './clickhouse-client.js';
import type { IngestBatch } from './types.js';

const MAX_VER = Number.MAX_SAFE_INTEGER;
let counter = 0;

/** An increasing version: later writes win (people, identities, checkpoints). */
export function laterWins(): number {
  counter = (counter + 1) % 1024;
  return Date.now() * 1024 + counter;
}

/** A decreasing version: the first committed copy wins (messages and their parts). */
export function firstWins(): number {
  return MAX_VER - laterWins();
}

/** Messages of a batch with one copy per key: the first in the batch (file order). */
export function uniqueMessages(
  messages: readonly Message[],
): Map<string, { msg: Message; position: string }> {
  const byKey = new Map<string, { msg: Message; position: string }>();
  for (const msg of messages) {
    const position = formatPosition(msg.source);
    const seen = byKey.get(msg.key);
    if (!seen) byKey.set(msg.key, { msg, position });
  }
  return byKey;
}

function messageRow(msg: Message, position: string, sourceId: number, worker: string, ver: number): ChRow {
  return {
    key: msg.key,
    source_id: sourceId,
    worker,
    position,
    channel: msg.channel,
    conversation: msg.conversation ?? null,
    ts: Math.round(msg.timestamp),
    tz_offset: msg.tzOffsetMinutes,
    sender: msg.sender.id,
    sender_name: msg.sender.name ?? null,
    recipient_count: msg.recipients.filter((r) => r.role !== 'mention' && r.role !== 'reply').length,
    thread_key: msg.threadKey ?? null,
    in_reply_to: msg.inReplyTo ?? '',
    forwarded_from: msg.forwardedFrom ?? '',
    subject: msg.subject ?? null,
    body: msg.text ?? null,
    attachment_count: msg.attachmentCount,
    attachment_bytes: Math.round(msg.attachmentBytes),
    is_automated: msg.isAutomated ? 1 : 0,
    is_forward: msg.isForward ? 1 : 0,
    ver,
  };
}

export interface BatchRows {
  readonly messages: ChRow[];
  readonly recipients: ChRow[];
  readonly features: ChRow[];
  readonly topics: ChRow[];
  readonly stance: ChRow[];
  readonly terms: ChRow[];
}

/** All rows a batch writes to the message tables. */
export function batchRows(
  unique: Map<string, { msg: Message; position: string }>,
  batch: IngestBatch,
  sourceId: number,
  worker: string,
  stored: ReadonlySet<string> = new Set(),
): BatchRows {
  const ver = firstWins();
  const messages = [...unique.values()].map((u) => messageRow(u.msg, u.position, sourceId, worker, ver));
  // Recipients of every copy are written, as DuckDB does: (key, identifier, role) rows collapse anyway.
  const recipients: ChRow[] = [];
  for (const msg of batch.messages) {
    for (const r of msg.recipients) {
      recipients.push({ message_key: msg.key, identifier: r.id, name: r.name ?? null, role: r.role, ver });
    }
  }
  const features: ChRow[] = [];
  const topics: ChRow[] = [];
  const stance: ChRow[] = [];
  const terms: ChRow[] = [];
  // Features belong to the copy stored first: a message already stored keeps its own.
  for (const f of firstFeaturesPerMessage(batch.features)) {
    if (stored.has(f.messageKey)) continue;
    for (const [target, v] of Object.entries(f.stance)) {
      stance.push({ message_key: f.messageKey, target, score: v.score, mentions: v.mentions, ver });
    }
    for (const [term, count] of Object.entries(f.terms ?? {})) {
      terms.push({ message_key: f.messageKey, term, count, ver });
    }
    features.push({
      message_key: f.messageKey,
      lang: f.lang,
      token_count: f.tokenCount,
      sentiment: f.sentiment,
      stance: JSON.stringify(f.stance),
      ver,
    });
    for (const [topic, score] of Object.entries(f.topics)) {
      topics.push({ message_key: f.messageKey, topic, score, ver });
    }
  }
  return { messages, recipients, features, topics, stance, terms };
}
