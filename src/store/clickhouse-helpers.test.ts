/**
 * Pure helpers of the ClickHouse store (no server needed): literals, error codes, versions, medians.
 */
import { describe, expect, it } from 'vitest';
import { chNumber, chString, chStringList, serverErrorCode } from './clickhouse-client.js';
import { interpolatedMedian } from './clickhouse-activity.js';
import { sourceIdOf } from './clickhouse-ingest.js';
import { firstWins, laterWins, uniqueMessages } from './clickhouse-rows.js';
import { createChNames } from './clickhouse-schema.js';
import type { Message } from '../shared/message.js';

describe('ClickHouse helpers', () => {
  it('escapes string literals, including quotes, backslashes and Cyrillic', () => {
    expect(chString("O'Brien \\ Иванов")).toBe("'O\\'Brien \\\\ Иванов'");
    expect(chStringList([])).toBe("('')");
    expect(() => chNumber(Number.NaN)).toThrow();
  });

  it('reads the server error code from parsed errors and from the message text', () => {
    expect(serverErrorCode({ code: '279' })).toBe('279');
    expect(serverErrorCode(new Error('Code: 210, e.displayText() = DB::NetException'))).toBe('210');
    expect(serverErrorCode(new Error('socket hang up'))).toBeUndefined();
  });

  it('makes increasing and decreasing row versions within the safe integer range', () => {
    const [a, b] = [laterWins(), laterWins()];
    const [c, d] = [firstWins(), firstWins()];
    expect(b).toBeGreaterThan(a);
    expect(d).toBeLessThan(c);
    expect(Number.isSafeInteger(c)).toBe(true);
  });

  it('keeps the first copy in the batch (file order), like the DuckDB store', () => {
    const m = (record: number): Message =>
      ({ key: 'k', source: { file: 'f', record }, recipients: [] }) as unknown as Message;
    // Record 9 before record 10, though "f#10" sorts before "f#9" as text.
    expect(uniqueMessages([m(9), m(10), m(3)]).get('k')?.position).toBe('f#9');
  });

  it('interpolates the median between the two middle values', () => {
    expect(interpolatedMedian([])).toBeNull();
    expect(interpolatedMedian([5, 1, 3])).toBe(3);
    expect(interpolatedMedian([4, 1, 2, 3])).toBe(2.5);
  });

  it('derives stable 48-bit source ids and database-qualified table names', () => {
    expect(sourceIdOf('abc')).toBe(sourceIdOf('abc'));
    expect(sourceIdOf('abc')).toBeLessThan(2 ** 48);
    const n = createChNames('c1', 'db');
    expect([n.all('messages'), n.local('messages')]).toEqual(['db.messages', 'db.messages_local']);
    expect(createChNames(undefined, 'db').local('messages')).toBe('db.messages');
  });
});
