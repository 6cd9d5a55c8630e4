/**
 * Word index
 *
 * Maps a surface word to everything the dictionaries say about it: topic and target rules it hits,
 * the phrases it can be part of, its sentiment polarity and whether it negates, intensifies or
 * contrasts. Dictionary words are keyed three ways — Snowball stem (`форма`), prefix (`префикс*`)
 * and exact form (`=форма`) — and the answer per surface form is cached, so stemming happens once
 * per distinct word.
 *
 * Notes:
 * - For polarity an exact form wins over a stem, and a stem over the longest prefix.
 * - The cache is cleared when it reaches `WORD_CACHE_LIMIT` entries to bound memory.
 */
import { foldYo, normalizeText } from './normalize.js';
import { nounForms, shortAdjectiveForms } from './russian-forms.js';
import { foldScript, stemWord } from './stem.js';
import { WordTable } from './word-table.js';

export interface RuleRef {
  readonly owner: number;
  readonly weight: number;
  readonly exclude: boolean;
  /** The dictionary entry as written, for explanations. */
  readonly pattern: string;
}

export interface PhraseRef {
  readonly phrase: number;
  readonly elem: number;
}

export interface WordInfo {
  readonly refs: readonly RuleRef[];
  readonly phraseRefs: readonly PhraseRef[];
  /** Sentiment polarity (0: none) and the lexicon entry it came from. */
  readonly polarity: number;
  readonly polarityPattern: string;
  readonly negator: boolean;
  /** Multiplier for the next sentiment word (1: none). */
  readonly intensity: number;
  readonly contrast: boolean;
}

type Contribution =
  | { readonly t: 'rule'; readonly ref: RuleRef }
  | { readonly t: 'phrase'; readonly ref: PhraseRef }
  | { readonly t: 'polarity'; readonly value: number; readonly pattern: string }
  | { readonly t: 'negator' }
  | { readonly t: 'intensity'; readonly value: number }
  | { readonly t: 'contrast' };

export const WORD_CACHE_LIMIT = 500_000;

/** Normalises one dictionary word the way text words are normalised. */
export function normalizeWord(word: string): string {
  return foldScript(normalizeText(word.trim()));
}

function addTo(map: Map<string, Contribution[]>, key: string, c: Contribution): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

export class WordIndex {
  private readonly exact = new Map<string, Contribution[]>();
  private readonly stems = new Map<string, Contribution[]>();
  private readonly prefixes = new Map<string, Contribution[]>();
  private prefixLengths: number[] = [];
  private readonly cache = new WordTable<WordInfo | null>(WORD_CACHE_LIMIT);
  private readonly make = (word: string): WordInfo | null => this.build(word);

  /** Adds a contribution for a dictionary word written as `form`, `prefix*` or `=exact`. */
  add(pattern: string, c: Contribution): void {
    this.cache.clear();
    if (pattern.startsWith('=')) addTo(this.exact, normalizeWord(pattern.slice(1)), c);
    else if (pattern.endsWith('*') && pattern.length > 1) {
      const p = normalizeWord(pattern.slice(0, -1));
      addTo(this.prefixes, p, c);
      if (!this.prefixLengths.includes(p.length)) {
        this.prefixLengths = [...this.prefixLengths, p.length].sort((a, b) => b - a);
      }
    } else {
      const w = normalizeWord(pattern);
      const stem = stemWord(w);
      addTo(this.stems, stem, c);
      // Short adjective forms do not inflect: keyed exactly. Noun forms by their stems (≥ 4 letters,
      // shorter stems collide with unrelated words).
      for (const v of shortAdjectiveForms(w)) addTo(this.exact, v, c);
      for (const v of nounForms(w)) {
        const vs = stemWord(v);
        if (vs !== stem && vs.length >= 4) addTo(this.stems, vs, c);
      }
    }
  }

  /** Everything known about a surface word (any case), or null. */
  lookup(word: string): WordInfo | null {
    return this.cache.get(word, 0, word.length, this.make);
  }

  /** Same as `lookup` for the word `text[start, end)`, without slicing it on a cache hit. */
  lookupRange(text: string, start: number, end: number): WordInfo | null {
    return this.cache.get(text, start, end, this.make);
  }

  private collect(word: string): Contribution[][] {
    const lists: Contribution[][] = [];
    const folded = foldScript(foldYo(word.toLowerCase()));
    const exact = this.exact.get(folded);
    if (exact) lists.push(exact);
    const stem = this.stems.get(stemWord(folded));
    if (stem) lists.push(stem);
    for (const len of this.prefixLengths) {
      if (len > folded.length) continue;
      const p = this.prefixes.get(folded.slice(0, len));
      if (p) lists.push(p);
    }
    return lists;
  }

  private build(word: string): WordInfo | null {
    const lists = this.collect(word);
    if (lists.length === 0) return null;
    const refs: RuleRef[] = [];
    const phraseRefs: PhraseRef[] = [];
    const seen = new Set<Contribution>();
    let polarity = 0;
    let polarityPattern = '';
    let negator = false;
    let intensity = 1;
    let contrast = false;
    for (const list of lists) {
      for (const c of list) {
        if (seen.has(c)) continue;
        seen.add(c);
        if (c.t === 'rule') refs.push(c.ref);
        else if (c.t === 'phrase') phraseRefs.push(c.ref);
        else if (c.t === 'polarity' && polarity === 0) {
          polarity = c.value;
          polarityPattern = c.pattern;
        } else if (c.t === 'negator') negator = true;
        else if (c.t === 'intensity') intensity = c.value;
        else if (c.t === 'contrast') contrast = true;
      }
    }
    return { refs: dedupeRefs(refs), phraseRefs, polarity, polarityPattern, negator, intensity, contrast };
  }
}

/** A word matching one owner through several entries (stem and prefix) counts once per owner. */
function dedupeRefs(refs: RuleRef[]): RuleRef[] {
  const byOwner = new Map<string, RuleRef>();
  for (const r of refs) {
    const key = `${r.owner}:${r.exclude ? 1 : 0}`;
    const prev = byOwner.get(key);
    if (!prev || r.weight > prev.weight) byOwner.set(key, r);
  }
  return [...byOwner.values()];
}
