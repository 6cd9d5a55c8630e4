/**
 * Chat conversations
 *
 * One conversation: a post, then replies. How many people answer and who they are is what separates
 * planted leaders from everybody else: a leader's post draws replies from members of all departments
 * (uniformly), an ordinary post draws fewer replies, mostly from the author's own department and from
 * the most active chatters. Replies quote via reply_to_message_id and sometimes @mention the author.
 */
import { pick, type Rng } from '../shared/rng.js';
import { replyDelay } from './calendar.js';
import { afterMention, composeAnswer, composePost, composeQuestion, composeReply } from './compose.js';
import { chatPerson, emit, membersAt, mentionOf, type ChatContext } from './chat-context.js';
import type { Chat, ChatEvent, Person, PersonId, TextPart } from './types.js';

function weightedMember(rng: Rng, ctx: ChatContext, ids: readonly PersonId[]): PersonId | undefined {
  let total = 0;
  for (const id of ids) total += chatPerson(ctx, id).chatActivity;
  let x = rng() * total;
  for (const id of ids) {
    x -= chatPerson(ctx, id).chatActivity;
    if (x < 0) return id;
  }
  return ids[ids.length - 1];
}

/** Who answers a post by `author`: anyone for leaders, mostly own department and chatty people otherwise. */
function chooseReplier(ctx: ChatContext, author: Person, members: readonly PersonId[]): PersonId | undefined {
  const others = members.filter((id) => id !== author.id && id !== ctx.owner);
  if (others.length === 0) return undefined;
  if (author.isLeader) {
    const following = others.filter((id) => author.followers.includes(id));
    return pick(ctx.rng, following.length > 0 && ctx.rng() < 0.85 ? following : others);
  }
  if (author.isOrganizer) return pick(ctx.rng, others);
  const same = others.filter((id) => chatPerson(ctx, id).departmentId === author.departmentId);
  return weightedMember(ctx.rng, ctx, same.length > 0 && ctx.rng() < 0.65 ? same : others);
}

function replyParts(
  ctx: ChatContext,
  topic: string,
  replier: Person,
  parent: ChatEvent,
  time: number,
): TextPart[] {
  const text = composeReply(ctx.rng, topic, replier, time);
  if (ctx.rng() >= 0.15 || parent.senderId === replier.id) return [{ kind: 'plain', text }];
  return [mentionOf(chatPerson(ctx, parent.senderId)), { kind: 'plain', text: afterMention(text) }];
}

const MANAGERS = new Set(['chief', 'deputy-chief', 'head', 'deputy-head']);

/** Expected replies to a post: the author's pull times the chat's base rate; staff acknowledge their boss. */
export function expectedReplies(author: Person, chat: Chat, base: number): number {
  const boss = chat.kind === 'department' && MANAGERS.has(author.rank) ? 3 : 1;
  return author.pull * base * boss;
}

/** How often a post on a topic comes with a photo. */
const PHOTO_TOPICS: Readonly<Record<string, number>> = {
  photo: 0.6,
  subbotnik: 0.25,
  improvement: 0.15,
  roads: 0.2,
  garden: 0.3,
  sport: 0.1,
};
const PHOTO_SIZES = [
  { width: 1280, height: 960 },
  { width: 960, height: 1280 },
  { width: 1280, height: 720 },
];

export interface ThreadOptions {
  readonly chat: Chat;
  readonly author: Person;
  readonly time: number;
  readonly topic: string;
  readonly base: number;
  readonly parts?: TextPart[];
}

/** A post and its replies; returns the post. */
export function runThread(ctx: ChatContext, o: ThreadOptions): ChatEvent {
  const { rng } = ctx;
  const parts = o.parts ?? [{ kind: 'plain', text: composePost(rng, o.topic, o.author, o.time) }];
  const photo = rng() < (PHOTO_TOPICS[o.topic] ?? 0.02) ? pick(rng, PHOTO_SIZES) : undefined;
  const root = emit(ctx, { chat: o.chat, time: o.time, senderId: o.author.id, parts, topic: o.topic, photo });
  const members = membersAt(ctx, o.chat, o.time);
  const mean = expectedReplies(o.author, o.chat, o.base);
  const n = Math.round(mean * (0.4 + 1.2 * rng()));
  const thread: ChatEvent[] = [root];
  let t = o.time;
  for (let i = 0; i < n; i++) {
    const id = chooseReplier(ctx, o.author, members);
    if (id === undefined) break;
    const replier = chatPerson(ctx, id);
    t += replyDelay(rng, 12);
    const parent = rng() < 0.7 ? root : thread[thread.length - 1];
    const reply = emit(ctx, {
      chat: o.chat,
      time: t,
      senderId: id,
      parts: replyParts(ctx, o.topic, replier, parent, t),
      topic: o.topic,
      replyTo: parent,
    });
    thread.push(reply);
    if (rng() < (o.author.isLeader ? 0.1 : 0.3)) {
      t += replyDelay(rng, 8);
      thread.push(
        emit(ctx, {
          chat: o.chat,
          time: t,
          senderId: o.author.id,
          parts: replyParts(ctx, o.topic, o.author, reply, t),
          topic: o.topic,
          replyTo: reply,
        }),
      );
    }
  }
  return root;
}

/** Somebody asks a leader in a chat, with an @mention; the leader answers, others chime in. */
export function askInChat(
  ctx: ChatContext,
  chat: Chat,
  asker: Person,
  leader: Person,
  time: number,
  topic: string,
): void {
  const question = composeQuestion(ctx.rng, topic, asker, time);
  const parts: TextPart[] = [mentionOf(leader), { kind: 'plain', text: afterMention(question) }];
  const root = emit(ctx, { chat, time, senderId: asker.id, parts, topic });
  if (ctx.rng() >= 0.9) return;
  const t = time + replyDelay(ctx.rng, 10);
  const answer = emit(ctx, {
    chat,
    time: t,
    senderId: leader.id,
    parts: [{ kind: 'plain', text: composeAnswer(ctx.rng, leader, t) }],
    topic,
    replyTo: root,
  });
  if (ctx.rng() < 0.5) {
    const t2 = t + replyDelay(ctx.rng, 10);
    emit(ctx, {
      chat,
      time: t2,
      senderId: asker.id,
      parts: [{ kind: 'plain', text: asker.sex === 'F' ? 'Спасибо большое! 🙏' : 'Спасибо!' }],
      topic,
      replyTo: answer,
    });
  }
}
