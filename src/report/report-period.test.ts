import { describe, expect, it } from 'vitest';
import { lastTwoFullMonths, parsePeriod, previousSpan } from './report-period.js';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('parsePeriod', () => {
  it('reads a month, a quarter, a year and a date range as half-open UTC spans', () => {
    expect(parsePeriod('2025-04')).toEqual({ from: d('2025-04-01'), to: d('2025-05-01') });
    expect(parsePeriod('2025-12')).toEqual({ from: d('2025-12-01'), to: d('2026-01-01') });
    expect(parsePeriod('2025-Q2')).toEqual({ from: d('2025-04-01'), to: d('2025-07-01') });
    expect(parsePeriod('2025-q4')).toEqual({ from: d('2025-10-01'), to: d('2026-01-01') });
    expect(parsePeriod('2025')).toEqual({ from: d('2025-01-01'), to: d('2026-01-01') });
    expect(parsePeriod('2025-03-01..2025-04-15')).toEqual({ from: d('2025-03-01'), to: d('2025-04-16') });
  });

  it('refuses other forms with the accepted ones named', () => {
    for (const bad of ['2025-13', '2025-Q5', 'April', '2025-02-30..2025-03-01', '2025-04-02..2025-04-01', ''])
      expect(() => parsePeriod(bad, 'cli/report --period')).toThrow(/cli\/report --period: invalid/);
    expect(() => parsePeriod('last month')).toThrow(
      /expected 2025-04, 2025-Q2, 2025 or 2025-03-01\.\.2025-04-15/,
    );
  });
});

describe('previousSpan and lastTwoFullMonths', () => {
  it('the previous span has the same length and ends where the span starts', () => {
    // April has 30 days: the 30 days before it start on 2 March.
    expect(previousSpan(parsePeriod('2025-04'))).toEqual({ from: d('2025-03-02'), to: d('2025-04-01') });
  });

  it('takes the last two calendar months the data covers completely', () => {
    // Data from Monday 3 March to 2 June: June is partial, March starts late → April and May.
    expect(lastTwoFullMonths({ from: d('2025-03-03'), to: d('2025-06-02') + 3_600_000 })).toEqual({
      previous: parsePeriod('2025-04'),
      current: parsePeriod('2025-05'),
    });
    // Data reaching the last day of May makes May the current month too.
    expect(lastTwoFullMonths({ from: d('2025-03-01'), to: d('2025-05-31') + 3_600_000 })).toEqual({
      previous: parsePeriod('2025-04'),
      current: parsePeriod('2025-05'),
    });
  });

  it('is null when fewer than two full months are covered', () => {
    expect(lastTwoFullMonths({ from: d('2025-03-03'), to: d('2025-05-02') })).toBeNull();
    expect(lastTwoFullMonths(null)).toBeNull();
  });
});
