/**
 * Civic and social mail
 *
 * Where informal influence shows: planted leaders start threads on civic topics addressed to people
 * across departments (or to a group list); many different people answer, and recipients forward
 * the letter to their own colleagues. Staff ask leaders for advice. Ordinary people sometimes start
 * civic threads too, with little echo, and everybody chats off-topic now and then.
 */
import { pick, shuffle } from '../shared/rng.js';
import { CIVIC_IDS, composeAnswer, composeQuestion, SOCIAL_IDS } from './compose.js';
import { isAvailable, person, recipientAddress, type MailContext } from './mail-context.js';
import { sendForward, sendReply, sendRoot } from './mail-thread.js';
import { converse, repeat } from './mail-work.js';
import type { Address, MailEvent, Person } from './types.js';

function civicTopic(ctx: MailContext, p: Person): string {
  const groupTopics = p.groups.map((id) => ctx.org.groups.find((g) => g.id === id)?.topic ?? 'volunteers');
  return ctx.rng() < 0.35 && groupTopics.length > 0 ? pick(ctx.rng, groupTopics) : pick(ctx.rng, CIVIC_IDS);
}

function audience(ctx: MailContext, p: Person, size: number): { to: Address[]; cc: Address[] } {
  const pool = p.isLeader && ctx.rng() < 0.7 ? p.followers : p.contacts;
  const ids = shuffle(ctx.rng, [...pool]).slice(0, size);
  const all = ids.map((id) => recipientAddress(ctx, person(ctx, id)));
  const cut = Math.min(all.length, 1 + Math.floor(ctx.rng() * 3));
  return { to: all.slice(0, cut), cc: all.slice(cut) };
}

function spread(ctx: MailContext, mail: MailEvent, pull: number): void {
  const reached = mail.recipientIds;
  const forwards = ctx.rng() < Math.min(0.6, 0.12 * pull) ? 1 + (ctx.rng() < 0.35 ? 1 : 0) : 0;
  for (let i = 0; i < forwards && reached.length > 0; i++) {
    const fwd = person(ctx, pick(ctx.rng, reached));
    if (!isAvailable(fwd, mail.time)) continue;
    const dept = ctx.deptById.get(fwd.departmentId);
    const to: Address[] =
      ctx.rng() < 0.3 && dept
        ? [{ address: dept.list }]
        : shuffle(
            ctx.rng,
            (dept?.members ?? []).filter((id) => id !== fwd.id),
          )
            .slice(0, 2 + Math.floor(ctx.rng() * 4))
            .map((id) => recipientAddress(ctx, person(ctx, id)));
    if (to.length > 0) sendForward(ctx, mail, fwd, to);
  }
}

function echo(ctx: MailContext, root: MailEvent, author: Person, repliesMean: number): void {
  const pool = shuffle(ctx.rng, [...root.recipientIds]);
  const n = Math.min(pool.length, Math.round(repliesMean * (0.5 + ctx.rng())));
  for (const id of pool.slice(0, n)) {
    const replier = person(ctx, id);
    if (!isAvailable(replier, root.time)) continue;
    const reply = sendReply(ctx, root, replier, ctx.rng() < 0.2);
    if (ctx.rng() < 0.25 && isAvailable(author, reply.time)) sendReply(ctx, reply, author, false);
  }
}

function leaderThreads(ctx: MailContext, p: Person): void {
  repeat(ctx, p, 0.5, (t) => {
    const topic = civicTopic(ctx, p);
    const withList = p.groups
      .map((id) => ctx.org.groups.find((g) => g.id === id))
      .find((g) => g?.list && ctx.rng() < 0.15);
    const lists = withList?.list
      ? { to: [{ address: withList.list }], cc: [] }
      : audience(ctx, p, 4 + Math.floor(ctx.rng() * 7));
    const root = sendRoot(ctx, { sender: p, ...lists, topic, time: t });
    echo(ctx, root, p, p.pull);
    spread(ctx, root, p.pull);
  });
}

function ordinaryCivic(ctx: MailContext, p: Person): void {
  repeat(ctx, p, 0.015, (t) => {
    const root = sendRoot(ctx, {
      sender: p,
      ...audience(ctx, p, 2 + Math.floor(ctx.rng() * 4)),
      topic: civicTopic(ctx, p),
      time: t,
    });
    echo(ctx, root, p, 0.7 * p.pull);
    spread(ctx, root, p.pull * 0.3);
  });
}

function askLeader(ctx: MailContext, p: Person, leaders: readonly string[]): void {
  repeat(ctx, p, 0.06 * leaders.length, (t) => {
    const leader = person(ctx, pick(ctx.rng, leaders));
    if (!isAvailable(leader, t)) return;
    const topic = pick(ctx.rng, CIVIC_IDS);
    const text = `${leader.firstName}, ${composeQuestion(ctx.rng, topic, p, t)}`;
    const root = sendRoot(ctx, {
      sender: p,
      to: [recipientAddress(ctx, leader)],
      topic,
      time: t,
      text,
      addressee: leader,
    });
    if (ctx.rng() >= 0.85) return;
    const answer = sendReply(ctx, root, leader, false, composeAnswer(ctx.rng, leader, root.time));
    converse(ctx, answer, leader, p, 0.4);
  });
}

function offTopic(ctx: MailContext, p: Person): void {
  const dept = ctx.deptById.get(p.departmentId);
  if (!dept) return;
  repeat(ctx, p, 0.04 * p.mailActivity, (t) => {
    const to = shuffle(
      ctx.rng,
      dept.members.filter((id) => id !== p.id),
    ).slice(0, 1 + Math.floor(ctx.rng() * 3));
    if (to.length === 0) return;
    const root = sendRoot(ctx, {
      sender: p,
      to: to.map((id) => recipientAddress(ctx, person(ctx, id))),
      topic: pick(ctx.rng, SOCIAL_IDS),
      time: t,
    });
    echo(ctx, root, p, 0.8);
  });
}

/** Generates civic threads, questions to leaders and off-topic chatter. */
export function generateCivicMail(ctx: MailContext): void {
  const followed = new Map<string, string[]>();
  for (const leader of ctx.org.people.filter((p) => p.isLeader)) {
    for (const id of leader.followers) followed.set(id, [...(followed.get(id) ?? []), leader.id]);
  }
  for (const p of ctx.org.people) {
    if (p.isLeader) leaderThreads(ctx, p);
    else if (p.hub === undefined) ordinaryCivic(ctx, p);
    const leaders = followed.get(p.id);
    if (leaders) askLeader(ctx, p, leaders);
    offTopic(ctx, p);
  }
}
