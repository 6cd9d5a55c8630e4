/**
 * Chat traffic
 *
 * Generates every chat's history: creation and invitations, conversations started by members in
 * proportion to their chat activity, questions to leaders, forwards of leaders' posts into other
 * chats, noisy chatters' bursts, announcements and the owner's personal chats.
 */
import { pick, randomInt, shuffle } from '../shared/rng.js';
import { anyTime, replyDelay, workTime } from './calendar.js';
import { afterMention, CIVIC_IDS, composePost, SOCIAL_IDS } from './compose.js';
import {
  chatPerson,
  emit,
  emitService,
  membersAt,
  mentionOf,
  routeChat,
  type ChatContext,
} from './chat-context.js';
import { generateAnnouncements, generateNoise, generatePersonalChats } from './chat-extra.js';
import { askInChat, runThread } from './chat-threads.js';
import type { Chat, ChatEvent, Person, TextPart } from './types.js';

const BASE: Readonly<Record<string, { rate: number; replies: number; leisure: number }>> = {
  department: { rate: 0.55, replies: 1.1, leisure: 0.05 },
  group: { rate: 0.45, replies: 1.0, leisure: 0.45 },
  project: { rate: 0.6, replies: 1.1, leisure: 0.05 },
};

function topicFor(ctx: ChatContext, chat: Chat, p: Person): string {
  const r = ctx.rng();
  if (chat.kind === 'group') {
    if (r < 0.65 || p.isOrganizer) return p.isOrganizer && r < 0.3 ? pick(ctx.rng, SOCIAL_IDS) : chat.topic;
    return r < 0.88 || p.isLeader ? pick(ctx.rng, CIVIC_IDS) : pick(ctx.rng, SOCIAL_IDS);
  }
  if (chat.kind === 'project') return r < 0.7 ? chat.topic : 'request';
  if (p.isLeader && r < 0.45) return pick(ctx.rng, CIVIC_IDS);
  if (p.hub === 'head' && r < 0.6) return 'instruction';
  return r < 0.4
    ? pick(ctx.rng, ['request', 'report', 'instruction'])
    : r < 0.88
      ? pick(ctx.rng, SOCIAL_IDS)
      : pick(ctx.rng, CIVIC_IDS);
}

function setUp(ctx: ChatContext, chat: Chat): void {
  const created = ctx.cal.start - (3 + randomInt(ctx.rng, 40)) * 86_400_000 + 10 * 3_600_000;
  const late =
    chat.members.length > 8
      ? shuffle(
          ctx.rng,
          chat.members.filter((id) => id !== chat.creatorId && id !== ctx.owner),
        ).slice(0, 1 + randomInt(ctx.rng, 2))
      : [];
  emitService(
    ctx,
    chat,
    created,
    chat.creatorId,
    'create_group',
    chat.members.filter((id) => !late.includes(id)),
  );
  const joined = new Map<string, number>();
  for (const id of late) {
    const t = workTime(ctx.rng, ctx.cal);
    joined.set(id, t);
    emitService(ctx, chat, t, chat.creatorId, 'invite_members', [id]);
  }
  ctx.joinedAt.set(chat.key, joined);
}

function forwardElsewhere(ctx: ChatContext, post: ChatEvent, author: Person): void {
  const chance = author.isLeader ? 0.08 * author.pull : 0.01;
  if (ctx.rng() >= chance) return;
  const source = ctx.chats.find((c) => c.key === post.chatKey) as Chat;
  const forwarder = chatPerson(
    ctx,
    pick(
      ctx.rng,
      membersAt(ctx, source, post.time)
        .filter((id) => id !== author.id && id !== ctx.owner)
        .concat(author.id),
    ),
  );
  const targets = ctx.chats.filter(
    (c) =>
      c.key !== source.key && c.kind !== 'news' && c.kind !== 'personal' && c.members.includes(forwarder.id),
  );
  if (targets.length === 0) return;
  const target = pick(ctx.rng, targets);
  const t = post.time + replyDelay(ctx.rng, 120);
  const fwd = emit(ctx, {
    chat: target,
    time: t,
    senderId: forwarder.id,
    parts: post.parts,
    topic: post.topic,
    forwardedFromId: author.id,
  });
  const answers = randomInt(ctx.rng, 3);
  const members = membersAt(ctx, target, t).filter((id) => id !== forwarder.id && id !== ctx.owner);
  for (let i = 0; i < answers && members.length > 0; i++) {
    const r = chatPerson(ctx, pick(ctx.rng, members));
    const text = pick(ctx.rng, [
      'Интересно, спасибо что переслали',
      'Поддерживаю!',
      'А кто автор? Хочу присоединиться',
      'Я тоже за',
      'Перешлю своим',
    ]);
    emit(ctx, {
      chat: target,
      time: t + replyDelay(ctx.rng, 20),
      senderId: r.id,
      parts: [{ kind: 'plain', text }],
      topic: post.topic,
      replyTo: fwd,
    });
  }
}

/** In department chats staff often address their manager by @mention. */
function addressBoss(
  ctx: ChatContext,
  chat: Chat,
  p: Person,
  t: number,
  topic: string,
): TextPart[] | undefined {
  if (chat.kind !== 'department' || p.managerId === undefined || ctx.rng() >= 0.2) return undefined;
  const boss = chatPerson(ctx, p.managerId);
  if (!chat.members.includes(boss.id)) return undefined;
  return [mentionOf(boss), { kind: 'plain', text: afterMention(composePost(ctx.rng, topic, p, t)) }];
}

function conversations(ctx: ChatContext, chat: Chat): void {
  const base = BASE[chat.kind];
  if (!base) return;
  const weeks = ctx.cal.workDays.length / 5;
  for (const id of chat.members) {
    const p = chatPerson(ctx, id);
    if (id === ctx.owner) continue;
    const rate = base.rate * p.chatActivity * 1;
    const n = Math.round(rate * weeks * (0.6 + 0.8 * ctx.rng()));
    for (let i = 0; i < n; i++) {
      const t = anyTime(ctx.rng, ctx.cal, base.leisure);
      const where = routeChat(ctx, chat, t);
      if (!membersAt(ctx, where, t).includes(id)) continue;
      const topic = topicFor(ctx, where, p);
      const parts = addressBoss(ctx, where, p, t, topic);
      const post = runThread(ctx, { chat: where, author: p, time: t, topic, base: base.replies, parts });
      forwardElsewhere(ctx, post, p);
    }
  }
}

function questions(ctx: ChatContext, chat: Chat): void {
  if (chat.kind !== 'group' && chat.kind !== 'department') return;
  const leaders = chat.members.filter((id) => chatPerson(ctx, id).isLeader);
  if (leaders.length === 0) return;
  const weeks = ctx.cal.workDays.length / 5;
  const n = Math.round(0.015 * chat.members.length * weeks * (0.6 + 0.8 * ctx.rng()));
  for (let i = 0; i < n; i++) {
    const t = anyTime(ctx.rng, ctx.cal, 0.3);
    const where = routeChat(ctx, chat, t);
    const now = membersAt(ctx, where, t);
    const leaderId = pick(ctx.rng, leaders);
    const fans = now.filter((id) => chatPerson(ctx, leaderId).followers.includes(id));
    const askerId = pick(ctx.rng, fans.length > 0 && ctx.rng() < 0.7 ? fans : now);
    if (!now.includes(leaderId) || askerId === leaderId || askerId === ctx.owner) continue;
    const topic = chat.kind === 'group' && ctx.rng() < 0.4 ? chat.topic : pick(ctx.rng, CIVIC_IDS);
    askInChat(ctx, where, chatPerson(ctx, askerId), chatPerson(ctx, leaderId), t, topic);
  }
}

function plantMerge(ctx: ChatContext): void {
  if (!ctx.change) return;
  const from = ctx.byKey.get(`grp-${ctx.change.mergedGroups[0]}`);
  const into = ctx.byKey.get(`grp-${ctx.change.mergedGroups[1]}`);
  if (!from || !into) return;
  const t = ctx.changeTime;
  const text = `Друзья, объединяемся с чатом «${into.name}»: общие дела, общие планы. Все переходим туда!`;
  emit(ctx, {
    chat: from,
    time: t - 3_600_000,
    senderId: from.creatorId,
    parts: [{ kind: 'plain', text }],
    topic: from.topic,
  });
  const newcomers = from.members.filter((id) => !into.members.includes(id));
  emitService(ctx, into, t, into.creatorId, 'invite_members', newcomers);
}

/** Generates all chat events into `ctx.events`. */
export function generateChats(ctx: ChatContext): void {
  for (const chat of ctx.chats) if (chat.kind !== 'personal') setUp(ctx, chat);
  plantMerge(ctx);
  for (const chat of ctx.chats) {
    conversations(ctx, chat);
    questions(ctx, chat);
  }
  generateNoise(ctx);
  generateAnnouncements(ctx);
  generatePersonalChats(ctx);
}
