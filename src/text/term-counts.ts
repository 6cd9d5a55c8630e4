/**
 * Term counts
 *
 * Counts stemmed terms (words and, optionally, bigrams of adjacent content words within a clause)
 * over a set of documents for keyword statistics, remembering each term's surface forms so the
 * most frequent one can be shown instead of a stem.
 *
 * Notes:
 * - Stop words, numbers, URLs, e-mails, @mentions and emoticons are not terms; a stop word or a
 *   clause/sentence break ends a bigram chain ("ремонт дорог" counts, "ремонт и дороги" does not).
 * - A document given as an array of strings is taken as already tokenized (one word per element).
 */
import { normalizeText } from './normalize.js';
import { StemCache } from './stem.js';
import { tokenizeInto } from './tokenize.js';
import * as T from './token-buffer.js';

export type Doc = string | readonly string[];

export interface TermCounts {
  readonly counts: Map<string, number>;
  readonly surfaces: Map<string, Map<string, number>>;
  total: number;
}

export function createTermCounts(): TermCounts {
  return { counts: new Map(), surfaces: new Map(), total: 0 };
}

function add(tc: TermCounts, key: string, surface: string): void {
  tc.counts.set(key, (tc.counts.get(key) ?? 0) + 1);
  let s = tc.surfaces.get(key);
  if (!s) tc.surfaces.set(key, (s = new Map<string, number>()));
  s.set(surface, (s.get(surface) ?? 0) + 1);
  tc.total++;
}

/** Normalised words of a document; `null` marks anything that is not a word (it breaks bigrams). */
function* docWords(doc: Doc, buf: T.TokenBuffer): Generator<string | null> {
  if (typeof doc !== 'string') {
    for (const w of doc) yield typeof w === 'string' ? normalizeText(w).trim() : null;
    return;
  }
  const text = normalizeText(doc);
  tokenizeInto(text, buf);
  for (let i = 0; i < buf.count; i++) {
    const k = buf.kinds[i];
    if (k === T.T_WORD || k === T.T_HASHTAG) yield text.slice(buf.starts[i], buf.ends[i]);
    else yield null;
  }
}

export interface CountOptions {
  readonly stopwords: ReadonlySet<string>;
  readonly bigrams: boolean;
}

/** Adds the terms of `docs` to unigram and bigram counts. */
export function countTerms(
  docs: readonly Doc[],
  unigrams: TermCounts,
  bigrams: TermCounts,
  options: CountOptions,
  stems: StemCache = new StemCache(),
): void {
  const buf = new T.TokenBuffer(256);
  for (const doc of docs) {
    let prevStem: string | null = null;
    let prevSurface = '';
    for (const w of docWords(doc, buf)) {
      const content = w !== null && w.length > 1 && !options.stopwords.has(w) && !/^\d+$/.test(w);
      if (!content) {
        prevStem = null;
        continue;
      }
      const stem = w.startsWith('#') ? w : stems.stem(w);
      add(unigrams, stem, w);
      if (options.bigrams && prevStem !== null) add(bigrams, `${prevStem} ${stem}`, `${prevSurface} ${w}`);
      prevStem = stem;
      prevSurface = w;
    }
  }
}

/** The most frequent surface form of a term (ties: the alphabetically first). */
export function displayForm(tc: TermCounts, key: string): string {
  const s = tc.surfaces.get(key);
  if (!s) return key;
  let best = key;
  let bestN = -1;
  for (const [form, n] of s) {
    if (n > bestN || (n === bestN && form < best)) {
      best = form;
      bestN = n;
    }
  }
  return best;
}
