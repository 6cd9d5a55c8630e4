/**
 * Keywords of groups and people
 *
 * Turns the per-person term counts the store keeps into the distinctive terms of each interest group
 * (or of one person) against everybody else, with the Fightin' Words statistic from `text`.
 */
import { distinctiveTerms } from '../text/index.js';
import type { TermRow } from '../store/index.js';

const KEYWORDS_PER_GROUP = 12;

function countsOf(rows: readonly TermRow[], keep: (personId: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if (keep(r.personId)) out.set(r.term, (out.get(r.term) ?? 0) + r.count);
  return out;
}

/** Distinctive terms of each group (community id → member ids) against the rest of the organization. */
export function groupKeywords(
  terms: readonly TermRow[],
  groups: ReadonlyMap<number, readonly string[]>,
): Map<number, string[]> {
  const all = countsOf(terms, () => true);
  const out = new Map<number, string[]>();
  for (const [id, members] of groups) {
    const set = new Set(members);
    const group = countsOf(terms, (p) => set.has(p));
    const rest = new Map(all);
    for (const [t, c] of group) rest.set(t, (rest.get(t) ?? 0) - c);
    out.set(
      id,
      distinctiveTerms(group, rest, { top: KEYWORDS_PER_GROUP }).map((k) => k.term),
    );
  }
  return out;
}
