/**
 * Group history: each kind of change between two runs, overlap measured on people present in both
 * runs, several runs in a row, and the thresholds.
 */
import { describe, expect, it } from 'vitest';
import { compareRuns, groupHistory, type RunGroups } from './group-history.js';

const people = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const run = (id: number, groups: string[][]): RunGroups => ({
  run: id,
  groups: groups.map((members, i) => ({ id: i, members })),
});

describe('compareRuns', () => {
  it('sees a stable group as continuing, even when people joined and left', () => {
    const before = run(1, [people('a', 10)]);
    const after = run(2, [[...people('a', 8), 'new1', 'new2']]);
    expect(compareRuns(before, after)).toEqual([{ run: 2, kind: 'continue', from: [0], to: [0] }]);
  });

  it('finds a split and a merge', () => {
    const a = people('a', 6);
    const b = people('b', 6);
    expect(compareRuns(run(1, [[...a, ...b]]), run(2, [a, b]))).toEqual([
      { run: 2, kind: 'split', from: [0], to: [0, 1] },
    ]);
    expect(compareRuns(run(1, [a, b]), run(2, [[...a, ...b]]))).toEqual([
      { run: 2, kind: 'merge', from: [0, 1], to: [0] },
    ]);
  });

  it('finds births and deaths', () => {
    const a = people('a', 6);
    const b = people('b', 6);
    const c = people('c', 6);
    const changes = compareRuns(run(1, [a, b]), run(2, [a, [...c, ...b.slice(0, 1)]]));
    expect(changes).toContainEqual({ run: 2, kind: 'continue', from: [0], to: [0] });
    expect(changes).toContainEqual({ run: 2, kind: 'death', from: [1], to: [] });
    expect(changes).toContainEqual({ run: 2, kind: 'birth', from: [], to: [1] });
  });

  it('ignores overlaps below the thresholds', () => {
    const a = people('a', 20);
    const b = [...people('b', 18), 'a0', 'a1'];
    const changes = compareRuns(run(1, [a, people('b', 18)]), run(2, [a.slice(2), b]));
    expect(changes.map((c) => c.kind).sort()).toEqual(['continue', 'continue']);
    expect(
      compareRuns(run(1, [a]), run(2, [a]), { minOverlap: 21 })
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['birth', 'death']);
  });
});

describe('groupHistory', () => {
  it('walks consecutive runs in run order', () => {
    const a = people('a', 6);
    const b = people('b', 6);
    const history = groupHistory([run(3, [a, b]), run(1, [a, b]), run(2, [[...a, ...b]])]);
    expect(history).toEqual([
      { run: 2, kind: 'merge', from: [0, 1], to: [0] },
      { run: 3, kind: 'split', from: [0], to: [0, 1] },
    ]);
  });

  it('is empty for fewer than two runs', () => {
    expect(groupHistory([])).toEqual([]);
    expect(groupHistory([run(1, [people('a', 3)])])).toEqual([]);
  });
});
