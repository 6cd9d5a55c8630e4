/**
 * Exchange message-tracking log adapter
 *
 * Reads Microsoft Exchange message-tracking logs (`MSGTRK*.LOG`: `#Fields:` header, then CSV rows).
 * One message passes through several events (RECEIVE, SUBMIT, DELIVER, SEND, …); rows are joined by
 * Message-ID into one message with the sender, the union of recipients, the earliest time, the
 * subject and the size. Keys are the normalized Message-ID, so the same mail read from a mailbox
 * export is not counted twice. Not seekable (joins need the whole file).
 */
import { normalizeIdentifier, type MessageInput } from '../../shared/message.js';
import { splitRecord } from '../csv/csv-records.js';
import { readLines } from '../input/lines.js';
import { contentKey, normalizeMessageId } from '../message-key.js';
import { isAutomatedMail } from '../mime/automated.js';
import { parseTimestamp } from '../timestamp.js';
import type { AdapterContext, AdapterInput, AdapterItem, Probe, SourceAdapter } from '../types.js';

const MESSAGE_EVENTS = new Set([
  'RECEIVE',
  'SUBMIT',
  'DELIVER',
  'SEND',
  'TRANSFER',
  'EXPAND',
  'RESOLVE',
  'REDIRECT',
]);

interface Partial {
  key: string;
  offset: number;
  timestamp: number;
  tz: number;
  sender: string | undefined;
  recipients: Set<string>;
  subject: string | undefined;
  bytes: number;
  dsn: boolean;
}

function addresses(v: string | undefined): string[] {
  return (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.includes('@'))
    .map((s) => normalizeIdentifier('email', s));
}

async function* readExchange(input: AdapterInput, ctx: AdapterContext): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  let fields: string[] = [];
  const col = new Map<string, number>();
  const byKey = new Map<string, Partial>();
  for await (const line of readLines(file.stream(0), ctx.limits.maxLineBytes)) {
    const text = line.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const source = { file: file.path, line: line.number };
    if (text.startsWith('#Fields:')) {
      fields = text
        .slice(8)
        .trim()
        .split(',')
        .map((f) => f.trim().toLowerCase());
      col.clear();
      fields.forEach((f, i) => col.set(f, i));
      continue;
    }
    if (!text || text.startsWith('#')) continue;
    if (!fields.length) {
      yield {
        kind: 'skip',
        source,
        reason: 'missing-fields-header',
        detail: 'data line before the #Fields: header',
        resume: 0,
      };
      continue;
    }
    const row = splitRecord(text, ',').fields;
    if (row.length !== fields.length || line.truncated) {
      yield {
        kind: 'skip',
        source,
        reason: 'wrong-column-count',
        detail: `${row.length} fields, expected ${fields.length}`,
        resume: 0,
      };
      continue;
    }
    const get = (name: string): string | undefined => {
      const i = col.get(name);
      return i === undefined ? undefined : row[i];
    };
    const event = (get('event-id') ?? '').toUpperCase();
    if (!MESSAGE_EVENTS.has(event) && event !== 'DSN') continue;
    const ts = parseTimestamp(get('date-time') ?? '');
    if (!ts) {
      yield {
        kind: 'skip',
        source,
        reason: 'invalid-date',
        detail: `unreadable date-time "${(get('date-time') ?? '').slice(0, 40)}"`,
        resume: 0,
      };
      continue;
    }
    const key =
      normalizeMessageId(get('message-id')) ??
      contentKey([get('internal-message-id'), get('sender-address'), get('message-subject')]);
    const p = byKey.get(key) ?? {
      key,
      offset: line.offset,
      timestamp: ts.timestamp,
      tz: ts.tzOffsetMinutes,
      sender: undefined,
      recipients: new Set<string>(),
      subject: undefined,
      bytes: 0,
      dsn: false,
    };
    p.timestamp = Math.min(p.timestamp, ts.timestamp);
    const sender = addresses(get('sender-address'))[0];
    p.sender ??= sender;
    for (const r of addresses(get('recipient-address'))) p.recipients.add(r);
    p.subject ??= get('message-subject') || undefined;
    p.bytes = Math.max(p.bytes, Number(get('total-bytes')) || 0);
    if (event === 'DSN') p.dsn = true;
    byKey.set(key, p);
  }
  for (const p of byKey.values()) yield toItem(p, file.path);
}

function toItem(p: Partial, file: string): AdapterItem {
  const source = { file, offset: p.offset };
  if (!p.sender)
    return {
      kind: 'skip',
      source,
      reason: 'missing-sender',
      detail: `message ${p.key} has no sender-address`,
      resume: 0,
    };
  const message: MessageInput = {
    key: p.key,
    source,
    channel: 'mail-log',
    timestamp: p.timestamp,
    tzOffsetMinutes: p.tz,
    sender: { id: p.sender },
    recipients: [...p.recipients].filter((r) => r !== p.sender).map((id) => ({ id, role: 'to' as const })),
    subject: p.subject,
    attachmentBytes: 0,
    isAutomated:
      p.dsn || isAutomatedMail({ fields: new Map(), subject: p.subject, sender: p.sender, isReport: false }),
  };
  return { kind: 'message', message, resume: 0 };
}

function detectExchange(probe: Probe): number {
  const t = probe.text.slice(0, 4096);
  if (/^#Fields:.*date-time.*event-id/m.test(t)) return 0.95;
  return /^#Software: Microsoft Exchange/m.test(t) ? 0.8 : 0;
}

export const exchangeLogAdapter: SourceAdapter = {
  name: 'exchange-log',
  input: 'file',
  seekable: false,
  detect: detectExchange,
  read: (input, ctx) => readExchange(input, ctx),
};
