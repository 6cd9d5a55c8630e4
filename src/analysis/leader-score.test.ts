import { describe, expect, it } from 'vitest';
import { scoreLeaders } from './leader-score.js';

describe('scoreLeaders', () => {
  it('ranks by weighted percentiles and explains with the largest contributions first', () => {
    const r = scoreLeaders({
      ids: ['a', 'b', 'c'],
      factors: { pagerank: [0.1, 0.5, 0.4], repliesDrawn: [0, 10, 50], broadcastShare: [0.9, 0, 0] },
      weights: { pagerank: 1, repliesDrawn: 2, broadcastShare: -1 },
    });
    expect(Array.from(r.rank)).toEqual([3, 2, 1]);
    expect(r.explanations[2][0].factor).toBe('repliesDrawn');
    expect(r.explanations[2][0].percentile).toBe(100);
    for (const s of r.score) expect(Number.isFinite(s)).toBe(true);
  });

  it('breaks score ties by id so ranks are deterministic', () => {
    const r = scoreLeaders({ ids: ['b', 'a'], factors: { pagerank: [1, 1] } });
    expect(Array.from(r.rank)).toEqual([2, 1]);
  });
});
