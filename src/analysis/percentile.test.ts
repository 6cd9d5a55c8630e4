import { describe, expect, it } from 'vitest';
import { percentileRanks } from './percentile.js';

describe('percentileRanks', () => {
  it('ranks from 0 to 100 with ties sharing the mean rank', () => {
    expect(Array.from(percentileRanks([10, 20, 20, 30]))).toEqual([0, 50, 50, 100]);
  });
  it('puts NaN and -Infinity lowest and handles tiny inputs', () => {
    expect(Array.from(percentileRanks([Number.NaN, 1, -Infinity]))).toEqual([25, 100, 25]);
    expect(Array.from(percentileRanks([5]))).toEqual([50]);
    expect(percentileRanks([]).length).toBe(0);
  });
});
