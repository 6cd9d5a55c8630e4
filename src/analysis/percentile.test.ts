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

describe('percentileRanks with floating-point noise', () => {
  it('treats values that differ only in the last bits as ties', () => {
    const a = 0.1 + 0.2; // 0.30000000000000004
    expect(Array.from(percentileRanks([0.3, a, 0.5]))).toEqual([25, 25, 100]);
    expect(Array.from(percentileRanks([a, 0.3, 0.5]))).toEqual([25, 25, 100]);
  });
  it('keeps values that really differ apart, and does not chain near-equals', () => {
    expect(Array.from(percentileRanks([1, 1 + 1e-6, 2]))).toEqual([0, 50, 100]);
    const x = 1;
    const chain = [x, x * (1 + 0.6e-9), x * (1 + 1.2e-9)];
    const r = Array.from(percentileRanks(chain));
    expect(r[0]).toBe(r[1]);
    expect(r[2]).toBeGreaterThan(r[1] ?? 0);
  });
});
