/**
 * Leaders table model
 *
 * Filtering and sorting of the leaders table, kept out of the component so it can be tested: filter by
 * group, department, network role and a name query; sort by any column, ties broken by rank.
 */
import type { PersonRow } from '../api/schemas.js';
import { matchesName } from '../graph/search.js';

export type SortKey = 'rank' | 'label' | 'department' | 'community' | 'role' | 'score' | 'formalRank';
export type SortDir = 'asc' | 'desc';

export interface LeaderFilter {
  readonly community?: number | undefined;
  readonly department?: string | undefined;
  readonly role?: string | undefined;
  readonly query?: string | undefined;
}

export function filterLeaders(people: readonly PersonRow[], filter: LeaderFilter): PersonRow[] {
  return people.filter(
    (p) =>
      (filter.community === undefined || p.community === filter.community) &&
      (!filter.department || p.department === filter.department) &&
      (!filter.role || p.role === filter.role) &&
      (!filter.query || matchesName(filter.query, p.label) || matchesName(filter.query, p.id)),
  );
}

function valueOf(p: PersonRow, key: SortKey): string | number | undefined {
  return p[key];
}

function compareValues(a: string | number | undefined, b: string | number | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'ru');
}

/** Sorted copy; missing values always go last; equal values keep rank order. */
export function sortLeaders(people: readonly PersonRow[], key: SortKey, dir: SortDir): PersonRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...people].sort((a, b) => {
    const va = valueOf(a, key);
    const vb = valueOf(b, key);
    if (va === undefined || vb === undefined) return compareValues(va, vb) || a.rank - b.rank;
    return sign * compareValues(va, vb) || a.rank - b.rank;
  });
}

/** The default direction for a column: best first (high score, low rank). */
export function defaultDir(key: SortKey): SortDir {
  return key === 'score' ? 'desc' : 'asc';
}

/** Distinct non-empty values of a field, sorted, for the filter menus. */
export function distinct<T extends string | number>(values: readonly (T | undefined)[]): T[] {
  const set = new Set<T>();
  for (const v of values) if (v !== undefined && v !== '') set.add(v);
  return [...set].sort((a, b) => compareValues(a, b));
}

/** People whose influence rank beats their formal rank by at least `margin` places (informal leaders). */
export function informalLeaders(people: readonly PersonRow[], margin: number): PersonRow[] {
  return people
    .filter((p) => p.formalRank !== undefined && p.formalRank - p.rank >= margin)
    .sort((a, b) => b.formalRank! - b.rank - (a.formalRank! - a.rank));
}
