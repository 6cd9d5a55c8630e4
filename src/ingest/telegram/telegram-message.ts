/**
 * Telegram messages to the normalized model
 *
 * Maps one chat's messages: key `telegram:<chat>:<id>`, replies to the same form, forwards to the
 * original author (`forwarded_from_id`, else a `name:` identifier), mentions to recipients, and the
 * chat's audience (everyone who posted, joined or was invited) to `member` recipients.
 */
import { normalizeIdentifier, type MessageInput, type Recipient } from '../../shared/message.js';
import type { TelegramMessage } from './telegram-types.js';

/** `user123` / 123 → `telegram:user123`. */
export function telegramId(raw: string | number | undefined | null): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const s = typeof raw === 'number' ? `user${raw}` : raw;
  return normalizeIdentifier('telegram', s);
}

/** Plain text of a message (`text` is a string or an array of strings and entities). */
export function telegramText(m: TelegramMessage): string {
  if (typeof m.text === 'string') return m.text;
  if (!m.text) return '';
  return m.text.map((p) => (typeof p === 'string' ? p : (p.text ?? ''))).join('');
}

function timestampOf(m: TelegramMessage): number | undefined {
  if (m.date_unixtime !== undefined && /^\d+$/.test(String(m.date_unixtime)))
    return Number(m.date_unixtime) * 1000;
  if (!m.date) return undefined;
  const t = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(m.date) ? m.date : `${m.date}Z`);
  return Number.isFinite(t) ? t : undefined;
}

function mentionsOf(m: TelegramMessage): Recipient[] {
  const out: Recipient[] = [];
  for (const e of m.text_entities ?? []) {
    if (e.type === 'mention' && e.text)
      out.push({ id: normalizeIdentifier('telegram', e.text), role: 'mention' });
    else if (e.type === 'mention_name' && e.user_id !== undefined) {
      const id = telegramId(typeof e.user_id === 'number' ? e.user_id : `user${e.user_id}`);
      if (id) out.push({ id, role: 'mention', ...(e.text ? { name: e.text } : {}) });
    }
  }
  return out;
}

function forwardOrigin(m: TelegramMessage): string | undefined {
  const id = m.forwarded_from_id;
  if (id !== undefined && /^(user|channel|chat)?\d+$/.test(String(id))) return telegramId(id);
  return m.forwarded_from ? normalizeIdentifier('name', m.forwarded_from) : undefined;
}

export interface ChatContext {
  readonly chatId: string;
  /** Message id → author identifier, for reply recipients. */
  readonly authors: ReadonlyMap<string, string>;
  /** Audience of the chat: identifier → display name. */
  readonly audience: ReadonlyMap<string, string | undefined>;
}

export type TelegramResult =
  { ok: true; message: MessageInput } | { ok: false; reason: string; detail: string };

/** Maps one Telegram message in its chat context. */
export function telegramToMessage(
  m: TelegramMessage,
  chat: ChatContext,
  file: string,
  record: number,
): TelegramResult {
  const service = m.type === 'service';
  const sender = telegramId(service ? m.actor_id : m.from_id) ?? telegramId(m.from_id);
  if (!sender)
    return { ok: false, reason: 'missing-sender', detail: `message ${String(m.id)} has no from_id` };
  const timestamp = timestampOf(m);
  if (timestamp === undefined)
    return { ok: false, reason: 'invalid-date', detail: `message ${String(m.id)} has no date` };
  const recipients: Recipient[] = [];
  const seen = new Set<string>([sender]);
  const push = (r: Recipient): void => {
    const k = `${r.role}|${r.id}`;
    if (seen.has(k) || r.id === sender) return;
    seen.add(k);
    recipients.push(r);
  };
  for (const [id, name] of chat.audience) push(name ? { id, name, role: 'member' } : { id, role: 'member' });
  const replyTo = m.reply_to_message_id === undefined ? undefined : String(m.reply_to_message_id);
  const parentAuthor = replyTo ? chat.authors.get(replyTo) : undefined;
  if (parentAuthor) push({ id: parentAuthor, role: 'reply' });
  for (const r of mentionsOf(m)) push(r);
  const forwardedFrom = forwardOrigin(m);
  const name = (service ? m.actor : m.from) ?? undefined;
  const message: MessageInput = {
    key: `telegram:${chat.chatId}:${String(m.id)}`,
    source: { file, record },
    channel: 'chat',
    conversation: `telegram:${chat.chatId}`,
    timestamp,
    sender: name ? { id: sender, name } : { id: sender },
    recipients,
    threadKey: `telegram:${chat.chatId}`,
    inReplyTo: replyTo ? `telegram:${chat.chatId}:${replyTo}` : undefined,
    forwardedFrom,
    text: telegramText(m),
    attachmentCount: m.file || m.photo || m.media_type ? 1 : 0,
    isAutomated: service,
    isForward: forwardedFrom !== undefined,
  };
  return { ok: true, message };
}
