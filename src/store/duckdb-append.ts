/**
 * DuckDB appenders
 *
 * Writers shared by the batch commit and the event-log load: a message row in the `messages` column
 * order, a message's features into the four feature tables, and the source's checkpoint. All take
 * part in the connection's open transaction.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { formatPosition } from '../shared/errors.js';
import type { Message } from '../shared/message.js';
import type { Checkpoint, MessageFeatures } from './types.js';

/** Appends a string, or NULL for undefined. */
export function appendText(a: DuckDBAppender, v: string | undefined): void {
  if (v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

/** Appends one row in the `messages` column order (`position` as the message's own source position). */
export function appendMessage(a: DuckDBAppender, msg: Message, sourceId: number): void {
  appendMessageValues(a, msg, sourceId);
  a.endRow();
}

/** The values of `appendMessage` without ending the row (a staging table may add columns after them). */
export function appendMessageValues(a: DuckDBAppender, msg: Message, sourceId: number): void {
  a.appendVarchar(msg.key);
  a.appendInteger(sourceId);
  a.appendVarchar(formatPosition(msg.source));
  a.appendVarchar(msg.channel);
  appendText(a, msg.conversation);
  a.appendBigInt(BigInt(Math.round(msg.timestamp)));
  a.appendInteger(msg.tzOffsetMinutes);
  a.appendVarchar(msg.sender.id);
  appendText(a, msg.sender.name);
  a.appendInteger(countedRecipients(msg));
  appendText(a, msg.threadKey);
  appendText(a, msg.inReplyTo);
  appendText(a, msg.forwardedFrom);
  appendText(a, msg.subject);
  appendText(a, msg.text);
  a.appendInteger(msg.attachmentCount);
  a.appendBigInt(BigInt(Math.round(msg.attachmentBytes)));
  a.appendBoolean(msg.isAutomated);
  a.appendBoolean(msg.isForward);
}

/** Recipients that make the message a broadcast or not (mentions and reply targets do not). */
export function countedRecipients(msg: Message): number {
  return msg.recipients.filter((r) => r.role !== 'mention' && r.role !== 'reply').length;
}

/**
 * Appends the features of newly stored messages. Called inside a transaction (appenders
 * take part in it), only for keys this batch added, one record per message: no key can collide, so
 * no staging copy and no anti-join against the stored messages is needed.
 */
export async function appendFeatureRows(
  conn: DuckDBConnection,
  features: readonly MessageFeatures[],
): Promise<void> {
  const f = await conn.createAppender('message_features');
  const t = await conn.createAppender('message_topics');
  const st = await conn.createAppender('message_stance');
  const tm = await conn.createAppender('message_terms');
  for (const ft of features) {
    f.appendVarchar(ft.messageKey);
    f.appendVarchar(ft.lang);
    f.appendInteger(ft.tokenCount);
    f.appendDouble(ft.sentiment);
    f.appendVarchar(JSON.stringify(ft.stance));
    f.endRow();
    for (const [topic, score] of Object.entries(ft.topics)) {
      t.appendVarchar(ft.messageKey);
      t.appendVarchar(topic);
      t.appendDouble(score);
      t.endRow();
    }
    for (const [target, v] of Object.entries(ft.stance)) {
      st.appendVarchar(ft.messageKey);
      st.appendVarchar(target);
      st.appendDouble(v.score);
      st.appendInteger(v.mentions);
      st.endRow();
    }
    for (const [term, count] of Object.entries(ft.terms ?? {})) {
      tm.appendVarchar(ft.messageKey);
      tm.appendVarchar(term);
      tm.appendInteger(count);
      tm.endRow();
    }
  }
  f.closeSync();
  t.closeSync();
  st.closeSync();
  tm.closeSync();
}

/** Moves source `sourceId` to `checkpoint` and adds what the commit stored and found stored before. */
export async function advanceCheckpoint(
  conn: DuckDBConnection,
  sourceId: number,
  checkpoint: Checkpoint,
  added: number,
  duplicates: number,
): Promise<void> {
  await conn.run(
    `UPDATE sources SET ck_position = $pos, ck_read = $read, ck_skipped = $sk,
       added = added + $a, duplicates = duplicates + $d WHERE id = $id`,
    {
      pos: checkpoint.position,
      read: checkpoint.read,
      sk: checkpoint.skipped,
      a: added,
      d: duplicates,
      id: sourceId,
    },
  );
}
