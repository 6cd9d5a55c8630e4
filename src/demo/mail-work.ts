/**
 * Work mail
 *
 * The formal bulk of the traffic: subordinates' reports to their managers (so raw in-degree favours
 * managers), managers' instructions, peer correspondence mostly inside a department, and requests
 * to service units (HR, IT, the head's office) that reach a large part of the staff.
 */
import { pick, type Rng } from '../shared/rng.js';
import { workTime } from './calendar.js';
import {
  isAvailable,
  person,
  pickOther,
  poisson,
  recipientAddress,
  type MailContext,
} from './mail-context.js';
import { sendReply, sendRoot } from './mail-thread.js';
import type { MailEvent, Person } from './types.js';

function weeks(ctx: MailContext): number {
  return ctx.cal.workDays.length / 5;
}

/** Calls `fn` `poisson(rate × weeks)` times with a working-time moment when `p` is available. */
export function repeat(ctx: MailContext, p: Person, ratePerWeek: number, fn: (t: number) => void): void {
  const n = poisson(ctx.rng, ratePerWeek * weeks(ctx));
  for (let i = 0; i < n; i++) {
    const t = workTime(ctx.rng, ctx.cal);
    if (isAvailable(p, t)) fn(t);
  }
}

/** Continues a thread: each turn another participant answers with probability `p`. */
export function converse(ctx: MailContext, root: MailEvent, a: Person, b: Person, p: number): void {
  let last = root;
  let speaker = b;
  while (ctx.rng() < p) {
    if (!isAvailable(speaker, last.time)) return;
    last = sendReply(ctx, last, speaker, ctx.rng() < 0.2);
    speaker = speaker === a ? b : a;
    p *= 0.6;
  }
}

function reports(ctx: MailContext, p: Person): void {
  if (p.managerId === undefined || p.rank === 'deputy-chief') return;
  const manager = person(ctx, p.managerId);
  repeat(ctx, p, 0.25 + 0.15 * p.mailActivity, (t) => {
    const root = sendRoot(ctx, {
      sender: p,
      to: [recipientAddress(ctx, manager)],
      topic: 'report',
      time: t,
      addressee: manager,
    });
    converse(ctx, root, p, manager, 0.3);
  });
}

function instructions(ctx: MailContext, p: Person): void {
  if (p.rank === 'specialist') return;
  const subs = ctx.org.people.filter((s) => s.managerId === p.id);
  if (subs.length === 0) return;
  repeat(ctx, p, 1.2 * p.mailActivity, (t) => {
    const k = 1 + Math.floor(ctx.rng() * Math.min(3, subs.length));
    const to = Array.from({ length: k }, () => pick(ctx.rng, subs));
    const unique = [...new Set(to)];
    const root = sendRoot(ctx, {
      sender: p,
      to: unique.map((s) => recipientAddress(ctx, s)),
      topic: pick(ctx.rng, ['instruction', 'instruction', 'request']),
      time: t,
      addressee: unique.length === 1 ? unique[0] : undefined,
    });
    converse(ctx, root, p, unique[0], 0.5);
  });
}

function colleague(ctx: MailContext, p: Person, rng: Rng): Person | undefined {
  const dept = ctx.deptById.get(p.departmentId);
  const cross = rng() < 0.15 && p.contacts.length > 0;
  const id = cross ? pickOther(rng, p.contacts, p.id) : pickOther(rng, dept?.members ?? [], p.id);
  return id === undefined ? undefined : person(ctx, id);
}

function peers(ctx: MailContext, p: Person): void {
  repeat(ctx, p, 0.1 * p.mailActivity, (t) => {
    const other = colleague(ctx, p, ctx.rng);
    if (!other) return;
    const topic = pick(ctx.rng, ['request', 'request', 'procurement', 'report']);
    const boss =
      p.managerId !== undefined && ctx.rng() < 0.5 ? [recipientAddress(ctx, person(ctx, p.managerId))] : [];
    const root = sendRoot(ctx, {
      sender: p,
      to: [recipientAddress(ctx, other)],
      cc: boss,
      topic,
      time: t,
      addressee: other,
    });
    converse(ctx, root, p, other, 0.65);
  });
}

function serviceRequests(
  ctx: MailContext,
  p: Person,
  desks: readonly { hub: Person; topic: string; rate: number }[],
): void {
  for (const desk of desks) {
    if (desk.hub.id === p.id) continue;
    const rate = desk.topic === 'instruction' && p.rank !== 'specialist' ? desk.rate * 8 : desk.rate;
    repeat(ctx, p, rate, (t) => {
      const root = sendRoot(ctx, {
        sender: p,
        to: [recipientAddress(ctx, desk.hub)],
        topic: desk.topic === 'instruction' ? 'request' : desk.topic,
        time: t,
        addressee: desk.hub,
      });
      if (isAvailable(desk.hub, root.time) && ctx.rng() < 0.75) sendReply(ctx, root, desk.hub, false);
    });
  }
}

/** Official requests to heads of other departments; heads also coordinate with each other. */
function headRequests(ctx: MailContext, p: Person, heads: readonly Person[]): void {
  const others = heads.filter((h) => h.departmentId !== p.departmentId);
  if (others.length === 0) return;
  repeat(ctx, p, p.rank === 'head' ? 0.8 : 0.13, (t) => {
    const head = pick(ctx.rng, others);
    const root = sendRoot(ctx, {
      sender: p,
      to: [recipientAddress(ctx, head)],
      topic: 'request',
      time: t,
      addressee: head,
    });
    converse(ctx, root, p, head, 0.6);
  });
}

/** The specialist of a service unit who handles requests from all departments. */
function deskOf(ctx: MailContext, slug: string): { hub: Person; topic: string; rate: number }[] {
  const dept = ctx.org.departments.find((d) => d.slug === slug);
  const hub = dept?.members
    .map((id) => person(ctx, id))
    .find((p) => p.rank === 'specialist' && p.hub === undefined && !p.isLeader);
  return hub ? [{ hub, topic: slug === 'procurement' ? 'procurement' : 'request', rate: 0.035 }] : [];
}

/** Generates all work mail. */
export function generateWorkMail(ctx: MailContext): void {
  const hubsOf = (kind: string): Person[] => ctx.org.people.filter((p) => p.hub === kind);
  const desks = [
    ...hubsOf('hr').map((hub) => ({ hub, topic: 'hr', rate: 0.05 })),
    ...hubsOf('it').map((hub) => ({ hub, topic: 'it', rate: 0.04 })),
    ...hubsOf('secretary').map((hub) => ({ hub, topic: 'instruction', rate: 0.012 })),
    ...['legal', 'accounting', 'procurement', 'affairs'].flatMap((slug) => deskOf(ctx, slug)),
  ];
  const heads = ctx.org.departments.slice(1).map((d) => person(ctx, d.head));
  for (const p of ctx.org.people) {
    reports(ctx, p);
    instructions(ctx, p);
    peers(ctx, p);
    serviceRequests(ctx, p, desks);
    headRequests(ctx, p, heads);
  }
}
