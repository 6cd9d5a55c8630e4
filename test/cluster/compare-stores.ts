/**
 * Store equality checks
 *
 * Asserts that two stores holding the same messages give the same answers: counts, ties (weights to
 * 1e-9), activity, per-person views, and the same leaders (PageRank top 10) and groups (Louvain
 * partition) computed from their ties. Returns the figures for the test's report.
 */
import { expect } from 'vitest';
import { buildGraph, louvainKernel, pagerankKernel } from '../../src/graph/index.js';
import { createRng } from '../../src/shared/rng.js';
import type { Store, Tie, TieOptions } from '../../src/store/index.js';

const EPS = 1e-9;

export interface Comparison {
  readonly messages: number;
  readonly ties: number;
  readonly maxWeightDiff: number;
  readonly leaders: readonly string[];
  readonly groups: number;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Asserts equal ties; returns the largest absolute weight difference. */
export function expectSameTies(a: readonly Tie[], b: readonly Tie[]): number {
  expect(b.map((t) => [t.source, t.target, t.messages])).toEqual(
    a.map((t) => [t.source, t.target, t.messages]),
  );
  let max = 0;
  a.forEach((t, i) => {
    const d = Math.abs(t.weight - b[i].weight);
    max = Math.max(max, d);
    if (!close(t.weight, b[i].weight))
      expect.fail(`weight ${t.source}→${t.target}: ${t.weight} vs ${b[i].weight}`);
  });
  return max;
}

/** Rounds floats so deep equality tolerates summation order. */
function rounded<T>(v: T): T {
  return JSON.parse(
    JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' ? Number(x.toPrecision(12)) : x)),
  ) as T;
}

function leadersAndGroups(
  ties: readonly Tie[],
  nodes: readonly string[],
): { leaders: string[]; partition: string[] } {
  const directed = buildGraph(ties, { directed: true, nodes });
  const pr = pagerankKernel(directed.csr);
  const order = [...pr.keys()].sort((x, y) => pr[y] - pr[x] || x - y);
  const leaders = order.slice(0, 10).map((i) => directed.index.ids[i]);
  const undirected = buildGraph(ties, { directed: false, nodes });
  const { membership } = louvainKernel(undirected.csr, { rng: createRng(1) });
  const groups = new Map<number, string[]>();
  membership.forEach((c, i) => groups.set(c, [...(groups.get(c) ?? []), undirected.index.ids[i]]));
  return { leaders, partition: [...groups.values()].map((g) => g.sort().join(',')).sort() };
}

/** Asserts that `b` answers like `a` (the reference, usually DuckDB). */
export async function expectSameAnswers(a: Store, b: Store): Promise<Comparison> {
  const [sa, sb] = [await a.status(), await b.status()];
  expect(sb.messagesByChannel).toEqual(sa.messagesByChannel);
  expect({ ...sb, messagesBySource: null, analysisRuns: 0 }).toEqual({
    ...sa,
    messagesBySource: null,
    analysisRuns: 0,
  });
  expect(await b.listUnresolved()).toEqual(await a.listUnresolved());
  const variants: TieOptions[] = [
    {},
    { topic: 'budget' },
    { channelWeights: { chat: 0.5 }, broadcastThreshold: 20 },
    { from: Date.UTC(2023, 6, 1), to: Date.UTC(2024, 0, 1), excludePeople: ['p000003', 'p000010'] },
  ];
  let maxWeightDiff = 0;
  for (const o of variants) {
    maxWeightDiff = Math.max(
      maxWeightDiff,
      expectSameTies(await a.aggregateTies(o), await b.aggregateTies(o)),
    );
  }
  expect(rounded(await b.personActivity())).toEqual(rounded(await a.personActivity()));
  expect(rounded(await b.stanceByPerson())).toEqual(rounded(await a.stanceByPerson()));
  expect(await b.termsByPerson()).toEqual(await a.termsByPerson());
  const ties = await a.aggregateTies();
  const hub = ties[0]?.source ?? '';
  const sortContacts = (m: Awaited<ReturnType<Store['personMap']>>) =>
    rounded(
      [...m.contacts].sort((x, y) =>
        `${x.personId}${x.direction}${x.channel}`.localeCompare(`${y.personId}${y.direction}${y.channel}`),
      ),
    );
  const [ma, mb] = [await a.personMap(hub), await b.personMap(hub)];
  expect(sortContacts(mb)).toEqual(sortContacts(ma));
  expect(mb.rhythm).toEqual(ma.rhythm);
  const nodes = (await a.listPeople()).map((p) => p.id);
  const la = leadersAndGroups(ties, nodes);
  const lb = leadersAndGroups(await b.aggregateTies(), nodes);
  expect(lb.leaders).toEqual(la.leaders);
  expect(lb.partition).toEqual(la.partition);
  const messages = sa.messagesByChannel.reduce((s, c) => s + c.messages, 0);
  return { messages, ties: ties.length, maxWeightDiff, leaders: la.leaders, groups: la.partition.length };
}
