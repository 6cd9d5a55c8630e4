/**
 * Telegram export writer
 *
 * Renders the chats as a Telegram Desktop full-account export (`result.json`): `about`,
 * `personal_information` of the owner, and `chats.list` with messages in the export's own shape —
 * local `date` plus string `date_unixtime`, `from`/`from_id`, `reply_to_message_id`,
 * `forwarded_from`, `edited`, text as a string or an array with mention entities, `text_entities`,
 * and service messages with `actor`, `action` and `members`.
 */
import { localIso } from './calendar.js';
import type { Chat, ChatEvent, DemoModel, Person, TextPart } from './types.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function unix(t: number): string {
  return String(Math.floor(t / 1000));
}

function entity(
  part: TextPart,
  person: (id: string) => Person,
): { type: string; text: string; user_id?: number } {
  if (part.kind === 'plain') return { type: 'plain', text: part.text };
  const p = person(part.personId);
  if (part.kind === 'mention') return { type: 'mention', text: `@${p.handle ?? ''}` };
  return { type: 'mention_name', text: p.tgName, user_id: p.telegramId };
}

function textFields(
  parts: readonly TextPart[],
  person: (id: string) => Person,
): { text: Json; text_entities: Json } {
  const entities = parts.map((part) => entity(part, person));
  const onlyPlain = entities.every((e) => e.type === 'plain');
  const text: Json = onlyPlain
    ? entities.map((e) => e.text).join('')
    : entities.map((e) => (e.type === 'plain' ? e.text : (e as { [key: string]: Json })));
  return { text, text_entities: entities };
}

function serviceMessage(
  ev: ChatEvent,
  id: number,
  chat: Chat,
  person: (id: string) => Person,
): { [key: string]: Json } {
  const actor = person(ev.senderId);
  const msg: { [key: string]: Json } = {
    id,
    type: 'service',
    date: localIso(ev.time),
    date_unixtime: unix(ev.time),
    actor: actor.tgName,
    actor_id: `user${actor.telegramId as number}`,
    action: ev.action ?? 'create_group',
  };
  if (ev.action === 'create_group') msg.title = chat.name;
  msg.members = ev.actionMembers.map((m) => person(m).tgName);
  msg.text = '';
  msg.text_entities = [];
  return msg;
}

function message(
  ev: ChatEvent,
  id: number,
  ids: ReadonlyMap<number, number>,
  person: (id: string) => Person,
): { [key: string]: Json } {
  const from = person(ev.senderId);
  const msg: { [key: string]: Json } = {
    id,
    type: 'message',
    date: localIso(ev.time),
    date_unixtime: unix(ev.time),
  };
  if (ev.editedAfterMs !== undefined) {
    msg.edited = localIso(ev.time + ev.editedAfterMs);
    msg.edited_unixtime = unix(ev.time + ev.editedAfterMs);
  }
  msg.from = from.tgName;
  msg.from_id = `user${from.telegramId as number}`;
  if (ev.forwardedFromId !== undefined) msg.forwarded_from = person(ev.forwardedFromId).tgName;
  const parent = ev.replyTo === undefined ? undefined : ids.get(ev.replyTo);
  if (parent !== undefined) msg.reply_to_message_id = parent;
  if (ev.photo) {
    msg.photo = `photos/photo_${id}@${localIso(ev.time).replace(/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)$/, '$3-$2-$1_$4-$5-$6')}.jpg`;
    msg.width = ev.photo.width;
    msg.height = ev.photo.height;
  }
  return { ...msg, ...textFields(ev.parts, person) };
}

function renderChat(
  chat: Chat,
  events: readonly ChatEvent[],
  person: (id: string) => Person,
): { [key: string]: Json } {
  const sorted = [...events].sort((a, b) => a.time - b.time || a.key - b.key);
  const ids = new Map<number, number>();
  let next = chat.kind === 'personal' ? 10_000 + (chat.tgId % 50_000) : 1;
  const messages = sorted.map((ev) => {
    const id = next++;
    ids.set(ev.key, id);
    return ev.kind === 'service' ? serviceMessage(ev, id, chat, person) : message(ev, id, ids, person);
  });
  return { name: chat.name, type: chat.type, id: chat.tgId, messages };
}

/** The export as a JSON value. */
export function buildTelegramExport(model: DemoModel): { [key: string]: Json } {
  const person = (id: string): Person => model.org.byId.get(id) as Person;
  const owner = person(model.owner);
  const byChat = new Map<string, ChatEvent[]>();
  for (const ev of model.chatEvents) {
    const list = byChat.get(ev.chatKey) ?? [];
    list.push(ev);
    byChat.set(ev.chatKey, list);
  }
  return {
    about:
      "Here is the data you requested. Remember: Telegram is ad free, it doesn't collect your data for targeting.",
    personal_information: {
      user_id: owner.telegramId as number,
      first_name: owner.firstName,
      last_name: owner.surname,
      phone_number: owner.phones[1] ?? owner.phones[0] ?? '',
      username: owner.handle ? `@${owner.handle}` : '',
      bio: 'Отдел ИТ администрации',
    },
    chats: {
      about: 'This page lists all chats from this export.',
      list: model.chats.map((c) => renderChat(c, byChat.get(c.key) ?? [], person)),
    },
  };
}

/** The export as `result.json` text (Telegram Desktop indents with one space). */
export function renderTelegram(model: DemoModel): string {
  return `${JSON.stringify(buildTelegramExport(model), null, 1)}\n`;
}
