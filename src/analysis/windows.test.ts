import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { calendarWindows, validatePeriodKind } from './windows.js';

describe('calendarWindows', () => {
  it('splits a period into inclusive calendar months with coverage', () => {
    const from = Date.UTC(2025, 2, 3, 5);
    const to = Date.UTC(2025, 5, 2, 12);
    const w = calendarWindows({ from, to }, 'month');
    expect(w.map((x) => x.label)).toEqual(['2025-03', '2025-04', '2025-05', '2025-06']);
    expect(w[1]).toMatchObject({ from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 4, 1) - 1, coverage: 1 });
    expect(w[0].coverage).toBeCloseTo((31 * 86_400_000 - (from - Date.UTC(2025, 2, 1))) / (31 * 86_400_000));
    expect(w[3].coverage).toBeLessThan(0.1);
    // Consecutive windows tile the time line with no gap and no overlap.
    for (let i = 1; i < w.length; i++) expect(w[i].from).toBe(w[i - 1].to + 1);
  });

  it('splits into quarters across a year end', () => {
    const w = calendarWindows({ from: Date.UTC(2024, 10, 20), to: Date.UTC(2025, 3, 2) }, 'quarter');
    expect(w.map((x) => x.label)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(w[1]).toMatchObject({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 3, 1) - 1 });
  });

  it('rejects a bad period kind and a reversed period', () => {
    expect(validatePeriodKind('quarter')).toBe('quarter');
    expect(() => validatePeriodKind('week')).toThrow(AppError);
    expect(() => calendarWindows({ from: 10, to: 5 }, 'month')).toThrow(AppError);
  });
});
