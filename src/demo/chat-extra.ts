/**
 * More chat traffic
 *
 * Noisy chatters' bursts of off-topic messages (many sent, few answers), official announcements in
 * the all-staff supergroup (forwarded by clerks into department chats), and the export owner's
 * personal chats.
 */
import { pick, randomInt } from '../shared/rng.js';
import { anyTime, replyDelay, workTime } from './calendar.js';
import { composePost, composeReply, SOCIAL_IDS } from './compose.js';
import { chatPerson, emit, membersAt, type ChatContext } from './chat-context.js';
import type { Chat, ChatEvent, Person } from './types.js';

function weeks(ctx: ChatContext): number {
  return ctx.cal.workDays.length / 5;
}

function burst(ctx: ChatContext, chat: Chat, p: Person, t0: number): void {
  const n = 2 + randomInt(ctx.rng, 4);
  let t = t0;
  const topic = pick(ctx.rng, SOCIAL_IDS);
  for (let i = 0; i < n; i++) {
    const text = i === 0 ? composePost(ctx.rng, topic, p, t) : composeReply(ctx.rng, topic, p, t);
    const ev = emit(ctx, { chat, time: t, senderId: p.id, parts: [{ kind: 'plain', text }], topic });
    t += 20_000 + randomInt(ctx.rng, 180_000);
    if (ctx.rng() < 0.08) {
      const others = membersAt(ctx, chat, t).filter((id) => id !== p.id && id !== ctx.owner);
      if (others.length > 0) {
        const r = chatPerson(ctx, pick(ctx.rng, others));
        emit(ctx, {
          chat,
          time: t,
          senderId: r.id,
          parts: [{ kind: 'plain', text: composeReply(ctx.rng, topic, r, t) }],
          topic,
          replyTo: ev,
        });
      }
    }
  }
}

/** Noisy people post bursts of chatter in their chats. */
export function generateNoise(ctx: ChatContext): void {
  for (const p of ctx.org.people) {
    if (!p.isNoisy) continue;
    const mine = ctx.chats.filter(
      (c) => (c.kind === 'department' || c.kind === 'group') && c.members.includes(p.id),
    );
    const n = Math.round(2.5 * weeks(ctx) * (0.7 + 0.6 * ctx.rng()));
    for (let i = 0; i < n && mine.length > 0; i++) {
      const chat = pick(ctx.rng, mine);
      const t = anyTime(ctx.rng, ctx.cal, 0.3);
      if (membersAt(ctx, chat, t).includes(p.id)) burst(ctx, chat, p, t);
    }
  }
}

/** A few staff from anywhere answer an announcement (questions, congratulations). */
function answerAnnouncement(ctx: ChatContext, news: Chat, post: ChatEvent): void {
  const n = Math.round(3 * (0.4 + 1.2 * ctx.rng()));
  const members = membersAt(ctx, news, post.time).filter((id) => id !== post.senderId && id !== ctx.owner);
  let t = post.time;
  for (let i = 0; i < n && members.length > 0; i++) {
    const r = chatPerson(ctx, pick(ctx.rng, members));
    t += replyDelay(ctx.rng, 20);
    emit(ctx, {
      chat: news,
      time: t,
      senderId: r.id,
      parts: [{ kind: 'plain', text: composeReply(ctx.rng, post.topic, r, t) }],
      topic: post.topic,
      replyTo: post,
    });
  }
}

/** Official announcements in the all-staff supergroup; clerks forward some into department chats. */
export function generateAnnouncements(ctx: ChatContext): void {
  const news = ctx.byKey.get('news');
  if (!news) return;
  const posters = ctx.org.people.filter(
    (p) => (p.hub === 'press' || p.hub === 'secretary' || p.hub === 'hr') && p.telegramId !== undefined,
  );
  const n = Math.round(3 * weeks(ctx) * Math.sqrt(ctx.org.people.length / 600));
  for (let i = 0; i < n && posters.length > 0; i++) {
    const author = pick(ctx.rng, posters);
    const t = workTime(ctx.rng, ctx.cal);
    const topic =
      author.hub === 'hr' && ctx.rng() < 0.6
        ? 'birthday'
        : pick(ctx.rng, ['subbotnik', 'voting', 'improvement', 'union', 'hr', 'instruction']);
    const parts = [{ kind: 'plain' as const, text: composePost(ctx.rng, topic, author, t) }];
    const post = emit(ctx, { chat: news, time: t, senderId: author.id, parts, topic });
    answerAnnouncement(ctx, news, post);
    for (const dept of ctx.org.departments) {
      const chat = ctx.byKey.get(`dept-${dept.id}`);
      const clerk = chatPerson(ctx, dept.clerk ?? dept.head);
      if (!chat || ctx.rng() >= 0.1 || !chat.members.includes(clerk.id)) continue;
      emit(ctx, {
        chat,
        time: t + replyDelay(ctx.rng, 60),
        senderId: clerk.id,
        parts,
        topic,
        forwardedFromId: author.id,
      });
    }
  }
}

const OWNER_LINES = [
  'Привет! Посмотрю сегодня',
  'Перезагрузи, пожалуйста, компьютер',
  'Готово, проверь',
  'Завтра с утра зайду',
  'Ок 👍',
  'Скинь скриншот ошибки',
];

/** The owner's personal chats: short back-and-forth about IT issues and life. */
export function generatePersonalChats(ctx: ChatContext): void {
  const owner = chatPerson(ctx, ctx.owner);
  for (const chat of ctx.chats) {
    if (chat.kind !== 'personal') continue;
    const other = chatPerson(ctx, chat.members[1]);
    const sessions = 5 + randomInt(ctx.rng, 12);
    for (let s = 0; s < sessions; s++) {
      let t = anyTime(ctx.rng, ctx.cal, 0.2);
      if (other.silentFrom !== undefined && t >= other.silentFrom) continue;
      const topic = ctx.rng() < 0.6 ? 'it' : pick(ctx.rng, SOCIAL_IDS);
      let last = emit(ctx, {
        chat,
        time: t,
        senderId: other.id,
        parts: [{ kind: 'plain', text: composePost(ctx.rng, topic, other, t) }],
        topic,
      });
      const turns = 1 + randomInt(ctx.rng, 4);
      for (let i = 0; i < turns; i++) {
        t += replyDelay(ctx.rng, 15);
        const mine = i % 2 === 0;
        const text = mine ? pick(ctx.rng, OWNER_LINES) : composeReply(ctx.rng, topic, other, t);
        last = emit(ctx, {
          chat,
          time: t,
          senderId: mine ? owner.id : other.id,
          parts: [{ kind: 'plain', text }],
          topic,
          replyTo: ctx.rng() < 0.3 ? last : undefined,
        });
      }
    }
  }
}
