/**
 * Keywords: weighted log-odds with an informative Dirichlet prior ("Fightin' Words")
 *
 * The distinctive terms of a group of messages (a person, an interest group, a period) against the
 * rest: for each stemmed word and bigram, the log-odds ratio of its use in the group versus the
 * rest, smoothed by a prior proportional to its frequency in both, divided by its standard error.
 * Unlike raw frequency, this neither crowns common words nor rare one-offs.
 *
 * References:
 * - B. L. Monroe, M. P. Colaresi, K. M. Quinn, "Fightin' Words: Lexical Feature Selection and
 *   Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4), 2008,
 *   doi:10.1093/pan/mpn018 — section 3.5, eqs. 16–22.
 *
 * Notes:
 * - Prior: α_w = α0 · (y_w^group + y_w^rest) / N with α0 = `priorScale` · N (default 0.1), i.e. a
 *   prior worth a tenth of the data, spread by overall frequency.
 * - Words and bigrams are scored in separate vocabularies and merged by z-score.
 * - Each term is shown as its most frequent surface form in the group (or overall).
 */
import { InputError } from '../shared/errors.js';
import { loadMarkers } from './load-markers.js';
import { logOdds } from './log-odds.js';
import { countTerms, createTermCounts, displayForm, type Doc, type TermCounts } from './term-counts.js';
import { StemCache } from './stem.js';

export interface KeywordOptions {
  /** Number of terms returned (default 20). */
  readonly top?: number;
  /** Minimum count in the group (default 2). */
  readonly minCount?: number;
  /** Prior strength as a share of the data (default 0.1). */
  readonly priorScale?: number;
  /** Include bigrams (default true). */
  readonly bigrams?: boolean;
  /** Stop words (default: the shipped lists). */
  readonly stopwords?: ReadonlySet<string>;
}

export interface Keyword {
  /** Stem (or two stems) the term is counted by. */
  readonly term: string;
  /** Most frequent surface form in the group. */
  readonly display: string;
  readonly kind: 'word' | 'bigram';
  /** z-score of the log-odds ratio (> 1.96 ≈ significant at 5%). */
  readonly z: number;
  /** Log-odds ratio, group vs rest. */
  readonly delta: number;
  readonly groupCount: number;
  readonly restCount: number;
}

export const KEYWORD_DEFAULTS = { top: 20, minCount: 2, priorScale: 0.1, bigrams: true } as const;

let shippedStopwords: ReadonlySet<string> | undefined;

function resolveKeywordOptions(o: KeywordOptions) {
  const top = o.top ?? KEYWORD_DEFAULTS.top;
  const minCount = o.minCount ?? KEYWORD_DEFAULTS.minCount;
  const priorScale = o.priorScale ?? KEYWORD_DEFAULTS.priorScale;
  if (!Number.isInteger(top) || top < 1)
    throw new InputError(`text/keywords: invalid top: ${top} (expected a positive integer)`);
  if (!(minCount >= 1)) throw new InputError(`text/keywords: invalid minCount: ${minCount} (expected ≥ 1)`);
  if (!(priorScale > 0))
    throw new InputError(`text/keywords: invalid priorScale: ${priorScale} (expected > 0)`);
  const stopwords = o.stopwords ?? (shippedStopwords ??= loadMarkers().stopwords);
  return { top, minCount, priorScale, bigrams: o.bigrams ?? KEYWORD_DEFAULTS.bigrams, stopwords };
}

function score(
  group: TermCounts,
  rest: TermCounts,
  kind: Keyword['kind'],
  priorScale: number,
  minCount: number,
): Keyword[] {
  const n = group.total + rest.total;
  if (group.total === 0 || n === 0) return [];
  const a0 = priorScale * n;
  const out: Keyword[] = [];
  for (const [term, yi] of group.counts) {
    if (yi < minCount) continue;
    const yj = rest.counts.get(term) ?? 0;
    const { delta, z } = logOdds(yi, yj, group.total, rest.total, a0);
    const display = displayForm(group, term);
    out.push({
      term,
      display,
      kind,
      z: Math.round(z * 1000) / 1000,
      delta: Math.round(delta * 1000) / 1000,
      groupCount: yi,
      restCount: yj,
    });
  }
  return out;
}

/**
 * Distinctive terms of `groupDocs` against `restDocs`, most distinctive first (positive z only).
 * @example
 * keywords(messagesOfGroup, messagesOfEveryoneElse, { top: 10 });
 * // [{ display: 'субботник', z: 4.1, groupCount: 12, restCount: 1, kind: 'word' }, …]
 */
export function keywords(
  groupDocs: readonly Doc[],
  restDocs: readonly Doc[],
  options: KeywordOptions = {},
): Keyword[] {
  const o = resolveKeywordOptions(options);
  const stems = new StemCache();
  const g = { uni: createTermCounts(), bi: createTermCounts() };
  const r = { uni: createTermCounts(), bi: createTermCounts() };
  countTerms(groupDocs, g.uni, g.bi, o, stems);
  countTerms(restDocs, r.uni, r.bi, o, stems);
  const all = [
    ...score(g.uni, r.uni, 'word', o.priorScale, o.minCount),
    ...score(g.bi, r.bi, 'bigram', o.priorScale, o.minCount),
  ];
  return all
    .filter((k) => k.z > 0)
    .sort((a, b) => b.z - a.z || a.term.localeCompare(b.term))
    .slice(0, o.top);
}
