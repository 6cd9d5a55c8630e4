import { describe, expect, it } from 'vitest';
import type { Person, PersonActivity, Tie } from '../store/index.js';
import { analyzeGraph } from './analyze.js';

/**
 * A small organization: a head who receives reports from everyone and broadcasts, and an informal
 * leader in another department whose messages draw replies and forwards from people everywhere.
 */
function organization(): { people: Person[]; ties: Tie[]; activity: PersonActivity[] } {
  const people: Person[] = [{ id: 'head', name: 'Head', kind: 'staff', level: 0, department: 'Admin' }];
  const ties: Tie[] = [];
  const activity: PersonActivity[] = [];
  const depts = ['A', 'B', 'C', 'D'];
  for (let d = 0; d < depts.length; d++) {
    for (let i = 0; i < 8; i++) {
      const id = `${depts[d]}${i}`;
      people.push({ id, name: id, kind: 'staff', level: 2, managerId: 'head', department: depts[d] });
      ties.push({ source: id, target: 'head', weight: 0.5, messages: 2 });
      ties.push({ source: 'head', target: id, weight: 0.05, messages: 5 });
      for (let j = 0; j < 8; j++) {
        if (j !== i) ties.push({ source: id, target: `${depts[d]}${j}`, weight: 1, messages: 3 });
      }
      if (i < 3) {
        ties.push({ source: id, target: 'leader', weight: 1, messages: 2 });
        ties.push({ source: 'leader', target: id, weight: 1, messages: 2 });
      }
    }
  }
  people.push({ id: 'leader', name: 'Leader', kind: 'staff', level: 2, managerId: 'head', department: 'A' });
  for (const p of people) {
    const isLeader = p.id === 'leader';
    const isHead = p.id === 'head';
    activity.push({
      personId: p.id,
      sent: isHead ? 200 : 20,
      received: isHead ? 300 : 20,
      threadsStarted: isLeader ? 15 : 1,
      repliesDrawn: isLeader ? 60 : isHead ? 20 : 2,
      forwardsDrawn: isLeader ? 12 : 0,
      medianReplyMinutes: isLeader ? 10 : 60,
      broadcasts: isHead ? 150 : 0,
      activeMonths: 3,
      topics: isLeader ? { improvement: 20, voting: 5 } : { 'offtopic-lunch': 3 },
    });
  }
  return { people, ties, activity };
}

describe('analyzeGraph', () => {
  const org = organization();
  const out = analyzeGraph({ ...org, stance: [], period: { from: 0, to: 3 * 2_629_746_000 } }, { seed: 3 });

  it('ranks the informal leader first and the broadcasting head below', () => {
    expect(out.people[0].id).toBe('leader');
    const head = out.people.find((p) => p.id === 'head')!;
    expect(head.rank).toBeGreaterThan(1);
    expect(out.summary.nominalVsActual?.informalNotFormal).toContain('leader');
  });

  it('explains every score with finite factors and percentiles', () => {
    for (const p of out.people) {
      expect(Number.isFinite(p.score)).toBe(true);
      expect(p.explanation.length).toBeGreaterThan(0);
      for (const f of p.explanation) expect(f.percentile).toBeGreaterThanOrEqual(0);
      for (const v of Object.values(p.metrics)) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('finds the departments as groups and names roles', () => {
    expect(out.communities.length).toBeGreaterThanOrEqual(4);
    expect(out.communities.reduce((s, c) => s + c.size, 0)).toBe(org.people.length);
    const big = out.communities[0];
    expect(big.cohesion).toBeGreaterThan(0.5);
    expect(out.people.every((p) => typeof p.role === 'string')).toBe(true);
  });

  it('gives a defined result for an empty workspace and for one person', () => {
    const empty = analyzeGraph({ people: [], ties: [], activity: [], stance: [], period: null });
    expect(empty.people).toEqual([]);
    const one = analyzeGraph({
      people: [{ id: 'solo', name: 'Solo', kind: 'staff' }],
      ties: [],
      activity: [],
      stance: [],
      period: null,
    });
    expect(one.people[0].role).toBe('isolate');
    expect(Number.isFinite(one.people[0].score)).toBe(true);
  });
});
