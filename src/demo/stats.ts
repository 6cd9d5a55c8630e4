/**
 * Per-person statistics of a model
 *
 * The simple statistics a naive analysis would rank people by (messages sent, messages received,
 * distinct correspondents) and the ones informal influence shows in (distinct people answering,
 * how many departments they come from, forwards, mentions). Used by tests and the README figures
 * to check the ground truth is not readable from one simple statistic.
 */
import type { DemoModel, PersonId } from './types.js';

export interface PersonStats {
  sent: number;
  mailSent: number;
  chatSent: number;
  received: number;
  inDegree: number;
  repliesReceived: number;
  distinctRepliers: number;
  replierDepartments: number;
  forwarded: number;
  mentioned: number;
}

interface Acc {
  s: PersonStats;
  senders: Set<PersonId>;
  repliers: Set<PersonId>;
}

function empty(): Acc {
  const s: PersonStats = {
    sent: 0,
    mailSent: 0,
    chatSent: 0,
    received: 0,
    inDegree: 0,
    repliesReceived: 0,
    distinctRepliers: 0,
    replierDepartments: 0,
    forwarded: 0,
    mentioned: 0,
  };
  return { s, senders: new Set(), repliers: new Set() };
}

function replied(acc: Acc | undefined, from: PersonId): void {
  if (!acc) return;
  acc.s.repliesReceived++;
  acc.repliers.add(from);
}

/** Statistics per person id (automated mail and service messages excluded). */
export function personStats(model: DemoModel): Map<PersonId, PersonStats> {
  const accs = new Map(model.org.people.map((p) => [p.id, empty()]));
  for (const m of model.mails) {
    if (m.senderId === undefined || m.kind === 'auto-reply') continue;
    const a = accs.get(m.senderId) as Acc;
    a.s.mailSent++;
    for (const r of m.recipientIds) {
      const acc = accs.get(r) as Acc;
      acc.s.received++;
      acc.senders.add(m.senderId);
    }
    if (m.kind === 'reply' && m.parentSenderId) replied(accs.get(m.parentSenderId), m.senderId);
    if (m.kind === 'forward' && m.parentSenderId) (accs.get(m.parentSenderId) as Acc).s.forwarded++;
  }
  const byKey = new Map(model.chatEvents.map((e) => [e.key, e]));
  for (const e of model.chatEvents) {
    if (e.kind !== 'message') continue;
    (accs.get(e.senderId) as Acc).s.chatSent++;
    const parent = e.replyTo === undefined ? undefined : byKey.get(e.replyTo);
    if (parent && parent.senderId !== e.senderId) {
      const acc = accs.get(parent.senderId) as Acc;
      acc.s.received++;
      acc.senders.add(e.senderId);
      replied(acc, e.senderId);
    }
    if (e.forwardedFromId) (accs.get(e.forwardedFromId) as Acc).s.forwarded++;
    for (const part of e.parts) {
      if (part.kind === 'plain') continue;
      const acc = accs.get(part.personId) as Acc;
      acc.s.mentioned++;
      acc.s.received++;
      acc.senders.add(e.senderId);
    }
  }
  const dept = new Map(model.org.people.map((p) => [p.id, p.departmentId]));
  const out = new Map<PersonId, PersonStats>();
  for (const [id, acc] of accs) {
    acc.s.sent = acc.s.mailSent + acc.s.chatSent;
    acc.s.inDegree = acc.senders.size;
    acc.s.distinctRepliers = acc.repliers.size;
    acc.s.replierDepartments = new Set([...acc.repliers].map((r) => dept.get(r))).size;
    out.set(id, acc.s);
  }
  return out;
}

/** The `k` ids with the highest value of `key` (ties by id). */
export function topK(
  stats: ReadonlyMap<PersonId, PersonStats>,
  key: keyof PersonStats,
  k: number,
): PersonId[] {
  return [...stats.entries()]
    .sort((a, b) => b[1][key] - a[1][key] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([id]) => id);
}
