import { describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import type { Nomination } from '../store/index.js';
import { blendWithNominations, compareNominations, nominationScores } from './nominations.js';

const nom = (respondent: string, nominee: string, question = ''): Nomination => ({
  respondent,
  nominee,
  question,
  survey: 's.csv#1',
  position: 's.csv:2',
});

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const NOMS = [
  nom('a', 'c'),
  nom('b', 'c'),
  nom('d', 'c'),
  nom('d', 'c', 'news'), // same pair under another question: counts once
  nom('a', 'e'),
  nom('b', 'e', 'news'),
  nom('c', 'a'),
  nom('x', 'c'), // respondent not analysed: ignored
];
// Computed ranking: a, b, c, d, e, f.
const COMPUTED = IDS.map((id, i) => ({ id, score: 1 - i / 10 }));

describe('nominationScores', () => {
  it('counts distinct respondents and orders by in-degree, then PageRank', () => {
    const s = nominationScores(NOMS, IDS);
    expect(Array.from(s.inDegree)).toEqual([1, 0, 3, 0, 2, 0]);
    expect(s.ranked.slice(0, 3)).toEqual(['c', 'e', 'a']);
    expect(Array.from(nominationScores(NOMS, IDS, { question: 'news' }).inDegree)).toEqual([
      0, 0, 1, 0, 1, 0,
    ]);
  });
});

describe('compareNominations', () => {
  it('reports Jaccard, precision, recall and rank correlation of the two top lists', () => {
    const o = compareNominations(COMPUTED, nominationScores(NOMS, IDS), 3);
    expect(o.both).toEqual(['a', 'c']);
    expect(o.computedOnly).toEqual(['b']);
    expect(o.nominatedOnly).toEqual(['e']);
    expect(o.jaccard).toBeCloseTo(0.5);
    expect(o.precision).toBeCloseTo(2 / 3);
    expect(o.recall).toBeCloseTo(2 / 3);
    expect(o.rankCorrelation).toBeGreaterThan(-1);
    expect(o.rankCorrelation).toBeLessThan(1);
    const perfect = compareNominations(
      COMPUTED,
      nominationScores([nom('b', 'a'), nom('c', 'a'), nom('c', 'b')], IDS),
      2,
    );
    expect(perfect).toMatchObject({ jaccard: 1, precision: 1, recall: 1 });
  });
});

describe('blendWithNominations', () => {
  const scores = nominationScores(NOMS, IDS);

  it('is the computed ranking at w = 0 and the nominated one at w = 1', () => {
    expect(blendWithNominations(COMPUTED, scores, 0).map((p) => p.id)).toEqual(IDS);
    expect(
      blendWithNominations(COMPUTED, scores, 1)
        .slice(0, 3)
        .map((p) => p.id),
    ).toEqual(['c', 'e', 'a']);
    expect(() => blendWithNominations(COMPUTED, scores, 1.5)).toThrow(InputError);
  });

  it('moves each score monotonically towards its nominated percentile as w grows', () => {
    const ws = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];
    const runs = ws.map((w) => new Map(blendWithNominations(COMPUTED, scores, w).map((p) => [p.id, p])));
    for (const id of IDS) {
      const first = runs[0].get(id)!;
      const dir = Math.sign(first.nominatedPercentile - first.computedPercentile);
      for (let i = 1; i < runs.length; i++) {
        const diff = runs[i].get(id)!.blended - runs[i - 1].get(id)!.blended;
        expect(Math.sign(Math.round(diff * 1e9))).toBe(dir);
      }
    }
    // The most nominated person never loses rank as w grows.
    const ranks = runs.map((r) => r.get('c')!.rank);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeLessThanOrEqual(ranks[i - 1]);
  });
});
