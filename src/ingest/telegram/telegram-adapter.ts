/**
 * Telegram Desktop JSON adapter
 *
 * Reads a single-chat export (`result.json` with `messages[]`) or a full-account export
 * (`chats.list[]`, plus `left_chats.list[]`). Each chat is read in two passes: the first collects its
 * audience and message authors (for `member` and `reply` recipients), the second maps messages.
 * Not seekable: a resumed run re-reads the file and passes over committed items.
 */
import { normalizeIdentifier } from '../../shared/message.js';
import { readJsonDocument } from '../input/json-document.js';
import type { AdapterContext, AdapterInput, AdapterItem, Probe, SourceAdapter } from '../types.js';
import { telegramId, telegramToMessage, type ChatContext } from './telegram-message.js';
import {
  telegramAccountSchema,
  telegramChatSchema,
  telegramMessageSchema,
  type TelegramChat,
} from './telegram-types.js';

/** The chats in an export, in file order. */
function chatsOf(doc: unknown): unknown[] {
  const single = telegramChatSchema.safeParse(doc);
  if (single.success) return [doc];
  const account = telegramAccountSchema.safeParse(doc);
  if (!account.success) return [];
  return [...(account.data.chats?.list ?? []), ...(account.data.left_chats?.list ?? [])];
}

function chatContext(chat: TelegramChat): ChatContext {
  const authors = new Map<string, string>();
  const audience = new Map<string, string | undefined>();
  const broadcast = chat.type === 'public_channel' || chat.type === 'private_channel';
  for (const raw of chat.messages) {
    const m = telegramMessageSchema.safeParse(raw);
    if (!m.success) continue;
    const author = telegramId(m.data.type === 'service' ? m.data.actor_id : m.data.from_id);
    if (author) authors.set(String(m.data.id), author);
    if (broadcast) continue;
    if (author && !audience.has(author))
      audience.set(author, (m.data.type === 'service' ? m.data.actor : m.data.from) ?? undefined);
    for (const name of m.data.members ?? []) {
      if (name) audience.set(normalizeIdentifier('name', name), name);
    }
  }
  return { chatId: String(chat.id), authors, audience };
}

async function* readTelegram(input: AdapterInput, ctx: AdapterContext): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const doc = await readJsonDocument(file, ctx.limits.maxJsonBytes);
  const chats = chatsOf(doc);
  let record = 0;
  for (let c = 0; c < chats.length; c++) {
    const parsed = telegramChatSchema.safeParse(chats[c]);
    if (!parsed.success) {
      yield {
        kind: 'skip',
        source: { file: file.path, record },
        reason: 'invalid-chat',
        detail: `chat #${c} has no id or messages`,
        resume: 0,
      };
      record++;
      continue;
    }
    const chat = chatContext(parsed.data);
    for (const raw of parsed.data.messages) {
      const source = { file: file.path, record };
      record++;
      const m = telegramMessageSchema.safeParse(raw);
      if (!m.success) {
        yield {
          kind: 'skip',
          source,
          reason: 'invalid-message',
          detail: m.error.issues[0]?.message ?? 'not a message object',
          resume: 0,
        };
        continue;
      }
      const r = telegramToMessage(m.data, chat, file.path, source.record);
      yield r.ok
        ? { kind: 'message', message: r.message, resume: 0 }
        : { kind: 'skip', source, reason: r.reason, detail: r.detail, resume: 0 };
    }
  }
}

function detectTelegram(probe: Probe): number {
  const t = probe.text.slice(0, 8192);
  if (!t.trimStart().startsWith('{')) return 0;
  if (/"messages"\s*:\s*\[/.test(t) && /"(date_unixtime|from_id|type)"/.test(t)) return 0.9;
  if (/"chats"\s*:\s*\{/.test(t) || /"personal_information"\s*:/.test(t)) return 0.85;
  if (
    /"(name|type)"\s*:\s*"[^"]*"\s*,\s*\n?\s*"(type|id)"/.test(t) &&
    /"(personal_chat|private_group|public_channel|private_supergroup|public_supergroup|saved_messages|bot_chat)"/.test(
      t,
    )
  )
    return 0.8;
  return 0;
}

export const telegramAdapter: SourceAdapter = {
  name: 'telegram',
  input: 'file',
  seekable: false,
  detect: detectTelegram,
  read: (input, ctx) => readTelegram(input, ctx),
};
