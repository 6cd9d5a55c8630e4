/**
 * Person activity on ClickHouse
 *
 * Runs the per-identifier aggregates of clickhouse-queries.ts on the cluster and folds them into
 * `PersonActivity` rows per person, with the same definitions as the DuckDB query (`personActivitySql`):
 * identifiers are resolved to people here, in the analysis process, because the aggregates are
 * additive over a person's identifiers.
 */
import type { ChConnection, ChRow } from './clickhouse-client.js';
import {
  chForwardsSql,
  chReceivedSql,
  chReplyPairsSql,
  chSenderTopicsSql,
  chSentSql,
  type KeyPart,
} from './clickhouse-queries.js';
import type { ChNames } from './clickhouse-schema.js';
import type { Person, PersonActivity, TieOptions } from './types.js';

interface Tally {
  sent: number;
  received: number;
  broadcasts: number;
  months: Set<number>;
  repliesDrawn: number;
  threads: Set<string>;
  forwardsDrawn: number;
  latencies: number[];
  topics: Record<string, number>;
}

function newTally(): Tally {
  return {
    sent: 0,
    received: 0,
    broadcasts: 0,
    months: new Set(),
    repliesDrawn: 0,
    threads: new Set(),
    forwardsDrawn: 0,
    latencies: [],
    topics: {},
  };
}

/** Median with linear interpolation between the two middle values (DuckDB's `median`). */
export function interpolatedMedian(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  const lo = s[Math.floor(mid)];
  const hi = s[Math.ceil(mid)];
  return lo + (hi - lo) * (mid - Math.floor(mid));
}

/** Computes `PersonActivity` for the graph people, in id order. */
export async function chPersonActivity(
  conn: ChConnection,
  names: ChNames,
  people: readonly Person[],
  personOf: ReadonlyMap<string, string>,
  o: Pick<TieOptions, 'from' | 'to'>,
  parts: readonly KeyPart[] = [{ index: 0, count: 1 }],
): Promise<PersonActivity[]> {
  const tallies = new Map<string, Tally>();
  const tally = (identifier: unknown): Tally | undefined => {
    const person = personOf.get(String(identifier));
    if (person === undefined) return undefined;
    let t = tallies.get(person);
    if (!t) tallies.set(person, (t = newTally()));
    return t;
  };
  // Every aggregate is additive over messages, so the parts fold into the same tallies.
  for (const part of parts) {
    const [sent, received, forwards, topics, replies] = await Promise.all([
      conn.rows(chSentSql(names, o, part)),
      conn.rows(chReceivedSql(names, o, part)),
      conn.rows(chForwardsSql(names, o, part)),
      conn.rows(chSenderTopicsSql(names, o, part)),
      conn.rows(chReplyPairsSql(names, o, part)),
    ]);
    for (const r of sent) foldSent(tally(r.sender), r);
    for (const r of received) {
      const t = tally(r.identifier);
      if (t) t.received += Number(r.received);
    }
    for (const r of forwards) foldForward(personOf, tally, r);
    for (const r of topics) {
      const t = tally(r.sender);
      if (t) t.topics[String(r.topic)] = (t.topics[String(r.topic)] ?? 0) + Number(r.score);
    }
    for (const r of replies) foldReply(personOf, tally, r);
  }
  return people
    .filter((p) => p.kind === 'staff' || p.kind === 'external')
    .map((p) => toActivity(p.id, tallies.get(p.id) ?? newTally()));
}

function foldSent(t: Tally | undefined, r: ChRow): void {
  if (!t) return;
  t.sent += Number(r.sent);
  t.broadcasts += Number(r.broadcasts);
  for (const m of r.months as unknown[]) t.months.add(Number(m));
}

function foldForward(
  personOf: ReadonlyMap<string, string>,
  tally: (id: unknown) => Tally | undefined,
  r: ChRow,
): void {
  const sender = personOf.get(String(r.sender));
  const origin = personOf.get(String(r.forwarded_from));
  if (sender === undefined || origin === undefined || sender === origin) return;
  const t = tally(r.forwarded_from);
  if (t) t.forwardsDrawn += Number(r.n);
}

function foldReply(
  personOf: ReadonlyMap<string, string>,
  tally: (id: unknown) => Tally | undefined,
  r: ChRow,
): void {
  const child = personOf.get(String(r.child_sender));
  const parent = personOf.get(String(r.parent_sender));
  if (child === undefined || parent === undefined || child === parent) return;
  const p = tally(r.parent_sender) as Tally;
  p.repliesDrawn += 1;
  p.threads.add(String(r.parent_key));
  const minutes = (Number(r.child_ts) - Number(r.parent_ts)) / 60000.0;
  (tally(r.child_sender) as Tally).latencies.push(Math.max(minutes, 0));
}

function toActivity(personId: string, t: Tally): PersonActivity {
  return {
    personId,
    sent: t.sent,
    received: t.received,
    threadsStarted: t.threads.size,
    repliesDrawn: t.repliesDrawn,
    forwardsDrawn: t.forwardsDrawn,
    medianReplyMinutes: interpolatedMedian(t.latencies),
    broadcasts: t.broadcasts,
    activeMonths: t.months.size,
    topics: t.topics,
  };
}
