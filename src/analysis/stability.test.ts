import { describe, expect, it } from 'vitest';
import { createRng } from '../shared/rng.js';
import type { Person, PersonActivity, Tie } from '../store/index.js';
import { poissonDraw, resampleActivity, resampleTies } from './bootstrap.js';
import { filterMinMessages } from './stability-load.js';
import { jaccard } from './jaccard.js';
import { assessStability, classifyStability } from './stability.js';

/** Two departments of 8 and a leader tied strongly to everyone; dept members tied weakly inside. */
function org(): { people: Person[]; ties: Tie[]; activity: PersonActivity[] } {
  const people: Person[] = [{ id: 'lead', name: 'Lead', kind: 'staff', department: 'A' }];
  const ties: Tie[] = [];
  for (const d of ['A', 'B']) {
    for (let i = 0; i < 8; i++) {
      const id = `${d}${i}`;
      people.push({ id, name: id, kind: 'staff', department: d });
      ties.push({ source: id, target: 'lead', weight: 8, messages: 40 });
      ties.push({ source: 'lead', target: id, weight: 6, messages: 30 });
      ties.push({ source: id, target: `${d}${(i + 1) % 8}`, weight: 1, messages: 1 });
    }
  }
  const activity = people.map((p): PersonActivity => ({
    personId: p.id,
    sent: p.id === 'lead' ? 200 : 20,
    received: 20,
    threadsStarted: p.id === 'lead' ? 30 : 2,
    repliesDrawn: p.id === 'lead' ? 90 : 3,
    forwardsDrawn: p.id === 'lead' ? 20 : 0,
    medianReplyMinutes: 30,
    broadcasts: 0,
    activeMonths: 3,
    topics: p.id === 'lead' ? { voting: 10 } : {},
  }));
  return { people, ties, activity };
}

describe('jaccard and classification', () => {
  it('measures overlap of two top lists', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBeCloseTo(0.5);
    expect(jaccard(['a'], ['a'])).toBe(1);
    expect(jaccard([], [])).toBe(1);
    expect(jaccard(['a'], ['b'])).toBe(0);
  });

  it('classifies shares as solid, likely or uncertain', () => {
    expect(classifyStability(1)).toBe('solid');
    expect(classifyStability(0.8)).toBe('solid');
    expect(classifyStability(0.79)).toBe('likely');
    expect(classifyStability(0.5)).toBe('likely');
    expect(classifyStability(0.49)).toBe('uncertain');
  });
});

describe('Poisson bootstrap', () => {
  it('draws Poisson counts with the right mean and variance, small and large', () => {
    const rng = createRng(5);
    for (const mean of [0.7, 4, 35, 400]) {
      const draws = Array.from({ length: 20000 }, () => poissonDraw(rng, mean));
      const m = draws.reduce((s, v) => s + v, 0) / draws.length;
      const v = draws.reduce((s, x) => s + (x - m) ** 2, 0) / draws.length;
      expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(mean / draws.length));
      expect(v / mean).toBeGreaterThan(0.93);
      expect(v / mean).toBeLessThan(1.07);
      expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
    }
    expect(poissonDraw(rng, 0)).toBe(0);
  });

  it('preserves the mean tie weight and is deterministic for a seed', () => {
    const ties: Tie[] = [
      { source: 'a', target: 'b', weight: 3, messages: 6 },
      { source: 'b', target: 'a', weight: 0.5, messages: 1 },
    ];
    const rng = createRng(9);
    const sums = [0, 0];
    const rounds = 20000;
    for (let r = 0; r < rounds; r++) {
      for (const t of resampleTies(ties, rng)) sums[t.source === 'a' ? 0 : 1] += t.weight;
    }
    expect(sums[0] / rounds).toBeCloseTo(3, 1);
    expect(sums[1] / rounds).toBeCloseTo(0.5, 1);
    expect(resampleTies(ties, createRng(1))).toEqual(resampleTies(ties, createRng(1)));
    const act = org().activity;
    expect(resampleActivity(act, createRng(2))).toEqual(resampleActivity(act, createRng(2)));
  });

  it('keeps the broadcast share a share and scales topics with messages sent', () => {
    const [a] = resampleActivity(
      [{ ...org().activity[0], sent: 50, broadcasts: 20, topics: { voting: 10 } }],
      createRng(3),
    );
    expect(a.broadcasts).toBeLessThanOrEqual(a.sent);
    expect(a.topics.voting).toBeCloseTo((10 * a.sent) / 50);
  });
});

describe('assessStability', () => {
  const o = org();
  const input = {
    people: o.people,
    activity: o.activity,
    period: { from: 0, to: 3 * 2_629_746_000 },
    baselineTies: o.ties,
    variants: [{ name: 'min-messages-2', ties: filterMinMessages(o.ties, 2) }],
  };

  it('finds a dominant leader solid and reports Jaccard per variant and resample', () => {
    const r = assessStability(input, { k: 1, bootstrap: 20, bootstrapSeed: 7, seed: 1 });
    expect(r.baseline).toEqual(['lead']);
    expect(r.variants).toEqual([{ name: 'min-messages-2', jaccard: 1, dropped: 0 }]);
    expect(r.bootstrap).toMatchObject({ mean: 1, min: 1, resamples: 20, partition: 'fixed' });
    expect(r.people[0]).toMatchObject({ id: 'lead', class: 'solid', share: 1, rankMedian: 1 });
    expect(r.counts.solid).toBe(1);
  });

  it('marks interchangeable people as uncertain and is reproducible', () => {
    const a = assessStability(input, { k: 4, bootstrap: 15, bootstrapSeed: 7, seed: 1 });
    const b = assessStability(input, { k: 4, bootstrap: 15, bootstrapSeed: 7, seed: 1 });
    expect(a).toEqual(b);
    expect(a.bootstrap!.mean).toBeLessThan(1);
    expect(a.people.some((p) => p.class !== 'solid')).toBe(true);
    for (const p of a.people) expect(p.share).toBe(Math.min(p.variantShare!, p.bootstrapShare!));
  });

  it('works without variants or resamples', () => {
    const r = assessStability({ ...input, variants: [] }, { k: 2, bootstrap: 0, bootstrapSeed: 1 });
    expect(r.tieDefinition).toBeNull();
    expect(r.bootstrap).toBeNull();
    expect(r.people.every((p) => p.class === 'solid')).toBe(true);
  });
});
