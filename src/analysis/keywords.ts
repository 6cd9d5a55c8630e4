/**
 * Keywords of groups and people
 *
 * Turns the per-person term counts the store keeps into the distinctive terms of each interest group
 * against everybody else, with the Fightin' Words statistic from `text`. Words of people's names are
 * left out: greetings ("Анна, добрый день") would otherwise make names a group's keywords.
 */
import { transliterate } from '../identity/index.js';
import { distinctiveTerms } from '../text/index.js';
import type { TermRow } from '../store/index.js';

const KEYWORDS_PER_GROUP = 12;

function countsOf(
  rows: readonly TermRow[],
  keep: (personId: string) => boolean,
  banned: ReadonlySet<string>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!keep(r.personId) || r.term.split(' ').some((w) => banned.has(w))) continue;
    out.set(r.term, (out.get(r.term) ?? 0) + r.count);
  }
  return out;
}

/** Lower-case words of people's names (ё folded): keywords must never name anyone. */
export function nameWords(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    for (const w of n
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[^\p{L}]+/u))
      if (w.length >= 2) {
        out.add(w);
        // Messages spell Cyrillic names in Latin too ("Alina Kovalskaya" in a signature).
        out.add(transliterate(w));
      }
  }
  return out;
}

/** Distinctive terms of each group (community id → member ids) against the rest of the organization. */
export function groupKeywords(
  terms: readonly TermRow[],
  groups: ReadonlyMap<number, readonly string[]>,
  banned: ReadonlySet<string> = new Set(),
): Map<number, string[]> {
  const all = countsOf(terms, () => true, banned);
  const out = new Map<number, string[]>();
  for (const [id, members] of groups) {
    const set = new Set(members);
    const group = countsOf(terms, (p) => set.has(p), banned);
    const rest = new Map(all);
    for (const [t, c] of group) rest.set(t, (rest.get(t) ?? 0) - c);
    out.set(
      id,
      distinctiveTerms(group, rest, { top: KEYWORDS_PER_GROUP }).map((k) => k.term),
    );
  }
  return out;
}
