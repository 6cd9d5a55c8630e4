/**
 * Event-log rows to messages
 *
 * Maps one CSV row or JSONL object (as a field lookup) to a normalized message with the column
 * mapping: sender and recipients become identifiers (e-mail addresses, else the configured kind),
 * the key is the event id when there is one, else a content hash.
 */
import {
  normalizeIdentifier,
  type Channel,
  type MessageInput,
  type Recipient,
} from '../../shared/message.js';
import type { SourcePosition } from '../../shared/errors.js';
import { contentKey } from '../message-key.js';
import { parseTimestamp } from '../timestamp.js';
import type { CsvMapping } from './mapping.js';

export type RowResult = { ok: true; message: MessageInput } | { ok: false; reason: string; detail: string };

const CHANNEL_OF: Record<string, Channel> = {
  email: 'email',
  mail: 'email',
  smtp: 'email',
  outlook: 'email',
  exchange: 'email',
  'e-mail': 'email',
  почта: 'email',
  chat: 'chat',
  im: 'chat',
  messenger: 'chat',
  telegram: 'chat',
  skype: 'chat',
  slack: 'chat',
  whatsapp: 'chat',
  mattermost: 'chat',
  jabber: 'chat',
  xmpp: 'chat',
  teams: 'chat',
  lync: 'chat',
  'dlp-event': 'dlp-event',
  'mail-log': 'mail-log',
  survey: 'survey',
};

/** Turns a raw participant value into an identifier (`a@b` → email, `kind:x` kept, else the mapping's kind). */
export function toIdentifier(value: string, kind: CsvMapping['identifierKind']): string | undefined {
  const v = value.trim().replace(/^<|>$/g, '');
  if (!v) return undefined;
  const angle = /<([^>]+@[^>]+)>/.exec(value);
  if (angle) return normalizeIdentifier('email', angle[1] ?? '');
  if (v.includes('@') && !v.startsWith('@')) return normalizeIdentifier('email', v);
  const prefixed = /^(email|telegram|slack|whatsapp|mattermost|phone|user|name):(.+)$/.exec(v);
  if (prefixed) return normalizeIdentifier(prefixed[1] as 'user', prefixed[2] ?? '');
  return normalizeIdentifier(kind, v);
}

function splitValues(value: string | undefined, sep: string): string[] {
  if (!value) return [];
  return value.split(sep === ';' || sep === ',' ? /[;,]/ : sep).filter((s) => s.trim().length > 0);
}

/** Counts and sizes are stored in 32- and 64-bit columns: larger values are capped, not fatal. */
const MAX_COUNT = 2 ** 31 - 1;

function num(v: string | undefined): number {
  const n = Number((v ?? '').trim());
  return Number.isFinite(n) && n >= 0 ? Math.min(n, Number.MAX_SAFE_INTEGER) : 0;
}

/** A cell is either a count or a list of file names. */
function attachmentCount(v: string | undefined): number {
  const t = (v ?? '').trim();
  if (/^\d+$/.test(t)) return Math.min(Number(t), MAX_COUNT);
  return splitValues(t, ';').length;
}

/** A channel cell → the channel, and the conversation a row without one belongs to. */
export function channelOf(
  raw: string | undefined,
  m: CsvMapping,
): { channel: Channel; conversation?: string } {
  const channelRaw = (raw ?? '').trim().toLowerCase();
  const channel = CHANNEL_OF[channelRaw] ?? m.defaultChannel;
  return channelRaw ? { channel, conversation: `channel:${channelRaw}` } : { channel };
}

/** An action cell → undefined when the row is a message under the mapping, else why not. */
export function notAMessage(raw: string | undefined, m: CsvMapping): string | undefined {
  if (!m.action || !m.actions || m.actions.includes((raw ?? '').trim())) return undefined;
  return `action "${raw ?? ''}" is not one of ${m.actions.join(', ')}`;
}

/** Looks up a row's cells by column name (a name given twice means its last column). */
export function cellGetter(
  index: ReadonlyMap<string, number>,
  fields: readonly string[],
): (column: string | undefined) => string | undefined {
  return (c) => {
    const i = c === undefined ? undefined : index.get(c);
    return i === undefined ? undefined : fields[i];
  };
}

/** Maps one row (through `get`) to a message. */
export function rowToMessage(
  get: (column: string | undefined) => string | undefined,
  m: CsvMapping,
  source: SourcePosition,
  rowKeyParts: readonly string[],
): RowResult {
  const notMessage = notAMessage(get(m.action), m);
  if (notMessage) return { ok: false, reason: 'not-a-message', detail: notMessage };
  const ts = parseTimestamp(get(m.timestamp) ?? '');
  if (!ts)
    return {
      ok: false,
      reason: 'invalid-date',
      detail: `unreadable timestamp "${(get(m.timestamp) ?? '').slice(0, 60)}"`,
    };
  const sender = toIdentifier(get(m.sender) ?? '', m.identifierKind);
  if (!sender) return { ok: false, reason: 'missing-sender', detail: `empty ${m.sender}` };
  const recipients: Recipient[] = [];
  const seen = new Set<string>();
  const add = (raw: string | undefined, role: 'to' | 'cc'): void => {
    for (const v of splitValues(raw, m.recipientSeparator)) {
      const id = toIdentifier(v, m.identifierKind);
      if (id && !seen.has(id)) {
        seen.add(id);
        recipients.push({ id, role });
      }
    }
  };
  add(get(m.recipients), 'to');
  add(get(m.cc), 'cc');
  const ch = channelOf(get(m.channel), m);
  const id = (get(m.id) ?? '').trim();
  const name = get(m.senderName)?.trim();
  const message: MessageInput = {
    key: id ? `event:${id}` : contentKey(rowKeyParts),
    source,
    channel: ch.channel,
    conversation: get(m.conversation)?.trim() || ch.conversation,
    timestamp: ts.timestamp,
    tzOffsetMinutes: ts.tzOffsetMinutes,
    sender: name ? { id: sender, name } : { id: sender },
    recipients,
    inReplyTo: get(m.inReplyTo)?.trim() ? `event:${get(m.inReplyTo)?.trim() ?? ''}` : undefined,
    subject: get(m.subject),
    text: get(m.text),
    attachmentCount: attachmentCount(get(m.attachments)),
    attachmentBytes: num(get(m.size)),
  };
  return { ok: true, message };
}
