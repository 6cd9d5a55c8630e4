/**
 * Leaders table model tests
 *
 * Filtering by group, department, role and name; sorting both ways with missing values last; informal
 * leaders by rank margin.
 */
import { describe, expect, it } from 'vitest';
import type { PersonRow } from '../api/schemas.js';
import { defaultDir, distinct, filterLeaders, informalLeaders, sortLeaders } from './leaders-model.js';

function person(rank: number, extra: Partial<PersonRow>): PersonRow {
  return {
    id: `P-${rank}`,
    label: `P-${rank}`,
    community: 0,
    score: 1 / rank,
    rank,
    metrics: {},
    explanation: [],
    ...extra,
  };
}

const PEOPLE: PersonRow[] = [
  person(1, { label: 'Иванова Анна', department: 'Финансы', community: 1, role: 'hub', formalRank: 40 }),
  person(2, { label: 'Петров Олег', department: 'ЖКХ', community: 2, role: 'broker', formalRank: 2 }),
  person(3, { label: 'Семёнова Ольга', department: 'Финансы', community: 2, formalRank: 1 }),
  person(4, { label: 'Smith John', community: 1, role: 'hub' }),
];

describe('filterLeaders', () => {
  it('filters by each field and combines them', () => {
    expect(filterLeaders(PEOPLE, { community: 2 }).map((p) => p.rank)).toEqual([2, 3]);
    expect(filterLeaders(PEOPLE, { department: 'Финансы', community: 2 }).map((p) => p.rank)).toEqual([3]);
    expect(filterLeaders(PEOPLE, { role: 'hub' }).map((p) => p.rank)).toEqual([1, 4]);
  });
  it('matches names by word prefix, ё as е', () => {
    expect(filterLeaders(PEOPLE, { query: 'семен' }).map((p) => p.rank)).toEqual([3]);
    expect(filterLeaders(PEOPLE, { query: 'ив ан' }).map((p) => p.rank)).toEqual([1]);
    expect(filterLeaders(PEOPLE, { query: 'p-4' }).map((p) => p.rank)).toEqual([4]);
  });
});

describe('sortLeaders', () => {
  it('sorts numbers and text both ways (Russian collation: Cyrillic before Latin)', () => {
    expect(sortLeaders(PEOPLE, 'score', 'desc').map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    expect(sortLeaders(PEOPLE, 'score', 'asc').map((p) => p.rank)).toEqual([4, 3, 2, 1]);
    expect(sortLeaders(PEOPLE, 'label', 'asc').map((p) => p.label)).toEqual([
      'Иванова Анна',
      'Петров Олег',
      'Семёнова Ольга',
      'Smith John',
    ]);
  });
  it('puts missing values last in either direction', () => {
    expect(sortLeaders(PEOPLE, 'formalRank', 'asc').map((p) => p.rank)).toEqual([3, 2, 1, 4]);
    expect(sortLeaders(PEOPLE, 'formalRank', 'desc').map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    expect(sortLeaders(PEOPLE, 'department', 'desc').at(-1)?.rank).toBe(4);
  });
  it('defaults to best first', () => {
    expect(defaultDir('score')).toBe('desc');
    expect(defaultDir('rank')).toBe('asc');
  });
});

describe('informalLeaders and distinct', () => {
  it('finds people whose influence beats their formal rank', () => {
    expect(informalLeaders(PEOPLE, 5).map((p) => p.rank)).toEqual([1]);
  });
  it('lists distinct values sorted', () => {
    expect(distinct(PEOPLE.map((p) => p.department))).toEqual(['ЖКХ', 'Финансы']);
    expect(distinct(PEOPLE.map((p) => p.community))).toEqual([1, 2]);
  });
});
