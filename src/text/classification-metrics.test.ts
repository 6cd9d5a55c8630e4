import { describe, expect, it } from 'vitest';
import { classificationReport } from './classification-metrics.js';

describe('classificationReport', () => {
  it('computes accuracy, per-class F1 and macro-F1 by hand-checked values', () => {
    const gold = ['pos', 'pos', 'neg', 'neu', 'neu', 'neu'];
    const pred = ['pos', 'neu', 'neg', 'neu', 'neu', 'pos'];
    const r = classificationReport(gold, pred, ['pos', 'neg', 'neu']);
    expect(r.accuracy).toBeCloseTo(4 / 6);
    expect(r.perClass.pos.f1).toBeCloseTo(0.5); // p = 1/2, r = 1/2
    expect(r.perClass.neg.f1).toBeCloseTo(1);
    expect(r.perClass.neu.f1).toBeCloseTo(2 / 3); // p = 2/3, r = 2/3
    expect(r.macroF1).toBeCloseTo((0.5 + 1 + 2 / 3) / 3);
    expect(r.confusion.neu.pos).toBe(1);
  });

  it('gives a majority-class predictor zero F1 on the other classes', () => {
    const r = classificationReport(['a', 'a', 'b'], ['a', 'a', 'a'], ['a', 'b']);
    expect(r.perClass.b.f1).toBe(0);
    expect(r.macroF1).toBeCloseTo(0.4);
  });
});
