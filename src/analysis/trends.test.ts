import { describe, expect, it } from 'vitest';
import { explainAlert } from './alerts.js';
import { computeTrends } from './trends.js';
import type { CommunityResult, PersonResult } from './types.js';
import type { WindowResult } from './window-analysis.js';

const idNumber = (id: string): number => Number(id.replace(/\D/g, '')) || 0;

interface P {
  id: string;
  rank: number;
  community?: number;
  betweenness?: number;
  sent?: number;
}

/** A window of 60 people: `people` override the defaults (rank = position, small betweenness). */
function win(
  label: string,
  month: number,
  over: P[],
  communities: CommunityResult[] = [],
  thin = false,
): WindowResult {
  const base: P[] = Array.from({ length: 60 }, (_, i) => ({ id: `x${i}`, rank: i + 1, sent: 20 }));
  // An override's rank is where it is placed among the others (it goes just before base rank r).
  const all = [...over.map((o) => ({ ...o, rank: o.rank - 0.5 })), ...base];
  const people: PersonResult[] = all
    .sort((a, b) => a.rank - b.rank)
    .map((p, i) => ({
      id: p.id,
      label: p.id,
      community: p.community ?? idNumber(p.id) % 4,
      score: 1 - i / 100,
      rank: i + 1,
      metrics: { betweenness: p.betweenness ?? (idNumber(p.id) % 7) / 100, contacts: 5 },
      explanation: [],
    }));
  return {
    window: {
      period: 'month',
      label,
      from: Date.UTC(2025, month, 1),
      to: Date.UTC(2025, month + 1, 1) - 1,
      coverage: 1,
    },
    runId: thin ? null : month,
    thin,
    reused: false,
    fingerprint: label,
    messages: 2000,
    summary: { people: people.length, edges: 100, communities: 4, modularity: 0.4, period: null },
    people,
    communities,
    edges: [],
    activity: new Map(all.map((p) => [p.id, { sent: p.sent ?? 20, received: 20 }])),
    conversations: [],
  };
}

const group = (id: number, members: string[], cohesion: number): CommunityResult => ({
  id,
  size: members.length,
  members,
  leaders: members.slice(0, 3),
  cohesion,
});

describe('computeTrends', () => {
  const members = Array.from({ length: 10 }, (_, i) => `x${i + 20}`);
  const before = win(
    '2025-03',
    2,
    [
      { id: 'leader', rank: 1, sent: 40 },
      { id: 'quieter', rank: 2, sent: 40 },
      { id: 'broker', rank: 30, betweenness: 5 },
      { id: 'newbridge', rank: 31, betweenness: 0 },
      { id: 'riser', rank: 45 },
    ],
    [group(7, members, 0.6)],
  );
  const gap = win('2025-04', 3, [], [], true);
  const after = win(
    '2025-05',
    4,
    [
      { id: 'leader', rank: 55, sent: 0 },
      { id: 'quieter', rank: 3, sent: 8 },
      { id: 'broker', rank: 30, betweenness: 0 },
      { id: 'newbridge', rank: 31, betweenness: 9 },
      { id: 'riser', rank: 1 },
    ],
    [group(2, members, 0.97)],
  );
  const report = computeTrends([before, gap, after], 'month', { topK: 5 });
  const t = report.transitions[0];

  it('compares consecutive analysed windows, skipping thin ones', () => {
    expect(report.windows.map((w) => [w.label, w.thin])).toEqual([
      ['2025-03', false],
      ['2025-04', true],
      ['2025-05', false],
    ]);
    expect(report.transitions).toHaveLength(1);
    expect([t.from, t.to]).toEqual(['2025-03', '2025-05']);
    expect(t.commonPeople).toBe(65);
    expect(report.windows[0].top.slice(0, 2)).toEqual(['leader', 'x0']);
  });

  it('finds rising and fading leaders and new bridges', () => {
    expect(t.rising.map((r) => r.personId)).toContain('riser');
    const leader = t.fading.find((r) => r.personId === 'leader');
    expect(leader).toMatchObject({ rankBefore: 1 });
    expect(leader?.rankNow).toBeGreaterThan(50);
    expect(t.newBridges.map((b) => b.personId)).toContain('newbridge');
  });

  it('raises leader-quiet, broker-gone and group-isolated alerts with explanations', () => {
    const byKind = (k: string) => t.alerts.filter((a) => a.kind === k);
    expect(byKind('leader-quiet').map((a) => [a.people[0], a.severity])).toEqual([
      ['leader', 'high'],
      ['quieter', 'medium'],
    ]);
    expect(byKind('broker-gone').map((a) => a.people[0])).toEqual(['broker']);
    const isolated = byKind('group-isolated');
    expect(isolated).toHaveLength(1);
    expect(isolated[0].figures).toMatchObject({ externalShareBefore: 0.4, externalShareNow: 0.03 });
    expect(t.alerts[0].severity).toBe('high');
    const en = explainAlert(t.alerts[0], 'en', (id) => `<${id}>`);
    const ru = explainAlert(t.alerts[0], 'ru', (id) => `<${id}>`);
    expect(en).toContain('<leader>');
    expect(ru).toContain('<leader>');
    expect(ru).not.toBe(en);
  });

  it('gives NMI 1 for the same partition over the common people', () => {
    expect(t.nmi).toBe(1);
  });
});
