/**
 * WhatsApp .txt adapter
 *
 * Reads WhatsApp "Export chat" text files (Russian and English date layouts, Android and iOS).
 * Lines without a date head continue the previous message. The first pass settles the date order
 * and the chat's audience (every author); the second maps messages. Authors shown as phone numbers
 * become `phone:` identifiers, others `name:` identifiers that identity resolution matches by name.
 * Not seekable.
 */
import { normalizeIdentifier, type MessageInput, type Recipient } from '../../shared/message.js';
import { readLines } from '../input/lines.js';
import { contentKey } from '../message-key.js';
import type {
  AdapterContext,
  AdapterInput,
  AdapterItem,
  ByteSource,
  Probe,
  SourceAdapter,
} from '../types.js';
import { dayFirst, parseWhatsAppHead, type WhatsAppHead } from './whatsapp-line.js';

const MEDIA =
  /^<(Media omitted|Без медиафайлов|Медиафайл пропущен|attached: .*|прикреплено: .*)>$|\(file attached\)|\(файл добавлен\)/i;

function authorId(author: string): string {
  const digits = author.replace(/[^\d]/g, '');
  if (/^[+\d\s()-]+$/.test(author) && digits.length >= 7) return normalizeIdentifier('phone', author);
  return normalizeIdentifier('name', author);
}

async function firstPass(
  file: ByteSource,
  ctx: AdapterContext,
): Promise<{ dayFirst: boolean; audience: string[] }> {
  const heads: WhatsAppHead[] = [];
  const authors = new Set<string>();
  for await (const line of readLines(file.stream(0), ctx.limits.maxLineBytes)) {
    const h = parseWhatsAppHead(line.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (!h) continue;
    if (heads.length < 1000) heads.push(h);
    if (h.author) authors.add(h.author);
  }
  return { dayFirst: dayFirst(heads), audience: [...authors] };
}

interface Current {
  head: WhatsAppHead;
  line: number;
  lines: string[];
}

function toItem(
  c: Current,
  order: boolean,
  audience: readonly string[],
  file: string,
  conversation: string,
): AdapterItem | undefined {
  const h = c.head;
  const source = { file, line: c.line };
  if (!h.author) return undefined; // system line: encryption notice, member added, …
  const day = order ? h.a : h.b;
  const month = order ? h.b : h.a;
  const ts = Date.UTC(h.year, month - 1, day, h.hour, h.minute, h.second);
  if (!Number.isFinite(ts) || month < 1 || month > 12 || day < 1 || day > 31) {
    return {
      kind: 'skip',
      source,
      reason: 'invalid-date',
      detail: `unreadable date in line ${c.line}`,
      resume: 0,
    };
  }
  const text = c.lines.join('\n');
  const sender = authorId(h.author);
  const recipients: Recipient[] = audience
    .filter((a) => a !== h.author)
    .map((a) => ({ id: authorId(a), name: a, role: 'member' as const }));
  for (const a of audience) {
    if (a !== h.author && text.includes(`@${a}`))
      recipients.push({ id: authorId(a), name: a, role: 'mention' });
  }
  const message: MessageInput = {
    key: contentKey(['whatsapp', conversation, sender, String(ts), text]),
    source,
    channel: 'chat',
    conversation,
    timestamp: ts,
    sender: { id: sender, name: h.author },
    recipients,
    text,
    attachmentCount: MEDIA.test(text.trim()) ? 1 : 0,
  };
  return { kind: 'message', message, resume: 0 };
}

async function* readWhatsApp(input: AdapterInput, ctx: AdapterContext): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const { dayFirst: order, audience } = await firstPass(file, ctx);
  const conversation = `whatsapp:${file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.txt$/i, '')}`;
  let cur: Current | undefined;
  for await (const line of readLines(file.stream(0), ctx.limits.maxLineBytes)) {
    const text = line.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const head = parseWhatsAppHead(text);
    if (!head) {
      if (cur) cur.lines.push(text);
      continue;
    }
    if (cur) {
      const item = toItem(cur, order, audience, file.path, conversation);
      if (item) yield item;
    }
    cur = { head, line: line.number, lines: [head.text] };
  }
  if (cur) {
    const item = toItem(cur, order, audience, file.path, conversation);
    if (item) yield item;
  }
}

function detectWhatsApp(probe: Probe): number {
  const lines = probe.text
    .split(/\r?\n/)
    .slice(0, 20)
    .filter((l) => l.trim());
  const heads = lines.filter((l) => parseWhatsAppHead(l.replace(/^\uFEFF/, '')) !== undefined).length;
  return lines.length && heads / lines.length >= 0.5 && heads >= 1 ? 0.85 : 0;
}

export const whatsappAdapter: SourceAdapter = {
  name: 'whatsapp',
  input: 'file',
  seekable: false,
  detect: detectWhatsApp,
  read: (input, ctx) => readWhatsApp(input, ctx),
};
