import { describe, expect, it } from 'vitest';
import type { Person } from '../store/index.js';
import { hypergeometricTails, leaderFairness, mergeSmallCategories } from './fairness.js';

function staff(): Person[] {
  const people: Person[] = [];
  const add = (dept: string, n: number, sex: string) => {
    for (let i = 0; i < n; i++)
      people.push({ id: `${dept}${i}`, name: `${dept}${i}`, kind: 'staff', department: dept, sex, level: 2 });
  };
  add('Big', 40, 'F');
  add('Mid', 20, 'M');
  add('Tiny', 2, 'M');
  add('Small', 3, 'F');
  people.push({ id: 'ext', name: 'Ext', kind: 'external' });
  return people;
}

describe('leaderFairness', () => {
  it('flags a category that holds all leaders and merges small ones into "other"', () => {
    const ranked = ['ext', ...Array.from({ length: 10 }, (_, i) => `Mid${i}`), 'Big0'];
    const r = leaderFairness(ranked, staff(), { k: 10, minGroupSize: 5 });
    expect(r.k).toBe(10);
    expect(r.staff).toBe(65);
    expect(r.externalsSkipped).toBe(1);
    expect(r.absent).toEqual(['position']);
    const dept = r.dimensions.find((d) => d.dimension === 'department')!;
    expect(dept.categories.map((c) => c.category)).toEqual(['Big', 'Mid', 'other']);
    const mid = dept.categories.find((c) => c.category === 'Mid')!;
    expect(mid).toMatchObject({ staff: 20, leaders: 10, flag: 'over' });
    expect(mid.ratio).toBeCloseTo(1 / (20 / 65));
    expect(dept.categories.find((c) => c.category === 'Big')).toMatchObject({ leaders: 0, flag: 'under' });
    expect(dept.categories.find((c) => c.category === 'other')).toMatchObject({ staff: 5, merged: 2 });
    const level = r.dimensions.find((d) => d.dimension === 'level')!;
    expect(level.categories).toHaveLength(1);
    expect(level.categories[0]).toMatchObject({ ratio: 1, flag: null });
  });

  it('does not flag a proportional list', () => {
    const ranked = ['Big0', 'Big1', 'Mid0', 'Big2', 'Big3', 'Mid1'];
    const r = leaderFairness(ranked, staff(), { k: 6, minGroupSize: 5 });
    for (const d of r.dimensions) for (const c of d.categories) expect(c.flag).toBeNull();
  });
});

describe('mergeSmallCategories', () => {
  it('grows "other" until it reaches the minimum, so no small count is left', () => {
    const counts = new Map([
      ['a', { staff: 2, leaders: 1 }],
      ['b', { staff: 6, leaders: 0 }],
      ['c', { staff: 30, leaders: 3 }],
    ]);
    const merged = mergeSmallCategories(counts, 5);
    expect(merged).toEqual([
      { category: 'c', staff: 30, leaders: 3 },
      { category: 'other', staff: 8, leaders: 1, merged: 2 },
    ]);
    expect(mergeSmallCategories(counts, 1)).toHaveLength(3);
  });
});

describe('hypergeometricTails', () => {
  it('sums to one over both tails minus the point mass', () => {
    const t = hypergeometricTails(20, 5, 4, 2);
    // P(X=2) = C(5,2) C(15,2) / C(20,4)
    const p2 = (10 * 105) / 4845;
    expect(t.upper + t.lower - p2).toBeCloseTo(1, 10);
    expect(hypergeometricTails(20, 5, 4, 0).lower).toBeCloseTo(1365 / 4845, 10);
  });
});
