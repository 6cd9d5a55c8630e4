/**
 * Distinctive terms ("Fightin' Words")
 *
 * Ranks the terms of one group of messages against the rest by the weighted log-odds ratio with an
 * informative Dirichlet prior, divided by its standard deviation (a z-score). Unlike raw frequency it
 * does not surface words everybody uses, and unlike plain log-odds it does not surface rare noise.
 * Surface forms are folded to stems, and each stem is shown as its most frequent surface form.
 *
 * References: Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and
 * Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4):372–403.
 *
 * Notes: the prior is the pooled corpus distribution scaled to `priorSize` pseudo-counts (α0).
 */
import { logOdds } from './log-odds.js';
import { stemWord } from './stem.js';

export interface DistinctiveTerm {
  /** Readable form: the most frequent surface form of the stem (or of each stem in a phrase). */
  readonly term: string;
  readonly zScore: number;
  readonly count: number;
}

export interface FightinWordsOptions {
  readonly top?: number;
  /** α0, the prior's total pseudo-count (default 1000). */
  readonly priorSize?: number;
  /** Minimum count in the group for a term to be considered (default 2). */
  readonly minCount?: number;
}

interface Folded {
  readonly counts: Map<string, number>;
  readonly surfaces: Map<string, Map<string, number>>;
}

function stemKey(term: string): string {
  return term.split(' ').map(stemWord).join(' ');
}

function fold(
  counts: ReadonlyMap<string, number>,
  surfaces: Map<string, Map<string, number>>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, c] of counts) {
    const key = stemKey(term);
    out.set(key, (out.get(key) ?? 0) + c);
    const s = surfaces.get(key) ?? new Map<string, number>();
    s.set(term, (s.get(term) ?? 0) + c);
    surfaces.set(key, s);
  }
  return out;
}

function readable(surfaces: ReadonlyMap<string, number> | undefined, key: string): string {
  if (!surfaces) return key;
  return [...surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** The `top` terms most distinctive of `group` against `rest` (term → count maps of surface forms). */
export function distinctiveTerms(
  group: ReadonlyMap<string, number>,
  rest: ReadonlyMap<string, number>,
  options: FightinWordsOptions = {},
): DistinctiveTerm[] {
  const folded: Folded = { counts: new Map(), surfaces: new Map() };
  const g = fold(group, folded.surfaces);
  const r = fold(rest, folded.surfaces);
  const a0 = options.priorSize ?? 1000;
  const minCount = options.minCount ?? 2;
  let ng = 0;
  let nr = 0;
  for (const c of g.values()) ng += c;
  for (const c of r.values()) nr += c;
  const total = ng + nr;
  if (ng === 0 || total === 0) return [];
  const out: DistinctiveTerm[] = [];
  for (const [key, yg] of g) {
    if (yg < minCount) continue;
    const yr = r.get(key) ?? 0;
    const { z: zScore } = logOdds(yg, yr, ng, nr, a0);
    // Only terms the group uses more than the rest are distinctive of it.
    if (zScore > 0) out.push({ term: readable(folded.surfaces.get(key), key), zScore, count: yg });
  }
  return out.sort((a, b) => b.zScore - a.zScore || a.term.localeCompare(b.term)).slice(0, options.top ?? 15);
}
