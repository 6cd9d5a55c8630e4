/**
 * Broadcast mail
 *
 * Formal hubs at work: the head's office, clerks, press, HR and the union chair send circulars to
 * mailing lists (`all@`, `dept-*@`, `profkom@`) or as long explicit To/Cc lists; the head and the
 * deputies send orders to department heads, who forward them to their staff. Lots of sent mail,
 * lots of audience, few answers — high raw statistics, no informal influence.
 */
import { pick, shuffle } from '../shared/rng.js';
import { isAvailable, person, recipientAddress, type MailContext } from './mail-context.js';
import { sendForward, sendReply, sendRoot } from './mail-thread.js';
import { repeat } from './mail-work.js';
import type { Address, Department, MailEvent, Person } from './types.js';

const OFFICIAL = ['subbotnik', 'voting', 'improvement', 'instruction', 'instruction', 'hr', 'union', 'it'];

function listAddress(address: string): Address {
  return { address };
}

function explicitList(ctx: MailContext, ids: readonly string[]): { to: Address[]; cc: Address[] } {
  const all = ids.map((id) => recipientAddress(ctx, person(ctx, id)));
  const cut = Math.min(all.length, 10);
  return { to: all.slice(0, cut), cc: all.slice(cut) };
}

function occasionalReply(ctx: MailContext, mail: MailEvent, pool: readonly string[]): void {
  if (ctx.rng() >= 0.12 || pool.length === 0) return;
  const replier = person(ctx, pick(ctx.rng, pool));
  if (replier.id !== mail.senderId && isAvailable(replier, mail.time)) sendReply(ctx, mail, replier, false);
}

function forwardToDepartment(ctx: MailContext, mail: MailEvent, dept: Department, p: number): void {
  const head = person(ctx, dept.head);
  if (head.id === mail.senderId || ctx.rng() >= p || !isAvailable(head, mail.time)) return;
  sendForward(ctx, mail, head, [listAddress(dept.list)]);
}

function allStaff(ctx: MailContext, sender: Person, rate: number): void {
  const everyone = ctx.org.people.map((p) => p.id);
  repeat(ctx, sender, rate, (t) => {
    const topic =
      sender.hub === 'hr'
        ? 'hr'
        : sender.hub === 'press'
          ? pick(ctx.rng, ['subbotnik', 'voting', 'improvement'])
          : pick(ctx.rng, OFFICIAL);
    const lists =
      ctx.rng() < 0.8
        ? { to: [listAddress(`all@${ctx.org.domain}`)], cc: [] }
        : { to: ctx.org.departments.map((d) => listAddress(d.list)), cc: [] };
    const mail = sendRoot(ctx, { sender, ...lists, topic, time: t, kind: 'broadcast' });
    occasionalReply(ctx, mail, everyone);
    for (const d of ctx.org.departments) forwardToDepartment(ctx, mail, d, 0.15);
  });
}

function departmentCirculars(ctx: MailContext, dept: Department): void {
  const sender = person(ctx, dept.clerk ?? dept.head);
  repeat(ctx, sender, 0.8, (t) => {
    const topic = pick(ctx.rng, ['instruction', 'report', 'hr', 'birthday', 'instruction']);
    const lists =
      ctx.rng() < 0.7
        ? { to: [listAddress(dept.list)], cc: [] }
        : explicitList(
            ctx,
            dept.members.filter((id) => id !== sender.id),
          );
    const mail = sendRoot(ctx, { sender, ...lists, topic, time: t, kind: 'broadcast' });
    occasionalReply(ctx, mail, dept.members);
  });
}

function ordersToHeads(ctx: MailContext, boss: Person): void {
  const heads = ctx.org.departments.slice(1).map((d) => person(ctx, d.head));
  const mine = heads.filter((h) => h.managerId === boss.id);
  const pool = mine.length > 0 && boss.rank !== 'chief' ? mine : heads;
  repeat(ctx, boss, 1.2, (t) => {
    const to = shuffle(ctx.rng, [...pool]).slice(0, 2 + Math.floor(ctx.rng() * 6));
    const { to: toAddr, cc } = explicitList(
      ctx,
      to.map((h) => h.id),
    );
    const mail = sendRoot(ctx, { sender: boss, to: toAddr, cc, topic: 'instruction', time: t });
    for (const head of to) {
      if (!isAvailable(head, mail.time)) continue;
      if (ctx.rng() < 0.35) sendReply(ctx, mail, head, false);
      const dept = ctx.deptById.get(head.departmentId);
      if (dept) forwardToDepartment(ctx, mail, dept, 0.3);
    }
  });
}

function unionMail(ctx: MailContext, chair: Person): void {
  const union = ctx.org.groups.find((g) => g.id === 'g-union');
  if (!union?.list) return;
  const list = union.list;
  repeat(ctx, chair, 0.5, (t) => {
    const mail = sendRoot(ctx, {
      sender: chair,
      to: [listAddress(list)],
      topic: 'union',
      time: t,
      kind: 'broadcast',
    });
    occasionalReply(ctx, mail, union.members);
  });
}

/** Generates the broadcasts of the formal hubs. */
export function generateBroadcastMail(ctx: MailContext): void {
  const scale = Math.sqrt(ctx.org.people.length / 600);
  for (const p of ctx.org.people) {
    if (p.hub === 'secretary') allStaff(ctx, p, 0.9 * scale);
    if (p.hub === 'press') allStaff(ctx, p, 0.8 * scale);
    if (p.hub === 'hr') allStaff(ctx, p, 0.3 * scale);
    if (p.hub === 'chief' || p.hub === 'deputy') ordersToHeads(ctx, p);
    if (p.hub === 'union') unionMail(ctx, p);
  }
  for (const d of ctx.org.departments) departmentCirculars(ctx, d);
}
