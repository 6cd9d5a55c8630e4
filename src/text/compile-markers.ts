/**
 * Marker compilation
 *
 * Turns a `MarkerSet` into the structures the matcher scans with: one `WordIndex` for every word
 * rule, phrase word and lexicon entry; phrases as sequences of element ids; regular expressions
 * compiled once. Topics and stance targets share one "owner" numbering (topics first).
 */
import { InputError } from '../shared/errors.js';
import { foldYo } from './normalize.js';
import type { MarkerSet, RuleSet } from './types.js';
import { stemWord } from './stem.js';
import { normalizeWord, WordIndex } from './word-index.js';

export interface Owner {
  readonly kind: 'topic' | 'target';
  readonly id: string;
  readonly weight: number;
}

export interface CompiledPhrase {
  readonly owner: number;
  readonly exclude: boolean;
  readonly weight: number;
  readonly maxGap: number;
  readonly ordered: boolean;
  readonly size: number;
  readonly text: string;
}

export interface CompiledRegex {
  readonly owner: number;
  readonly exclude: boolean;
  readonly weight: number;
  readonly re: RegExp;
  readonly pattern: string;
}

export interface CompiledMarkers {
  readonly markers: MarkerSet;
  readonly owners: readonly Owner[];
  readonly topicCount: number;
  readonly words: WordIndex;
  readonly phrases: readonly CompiledPhrase[];
  readonly regexes: readonly CompiledRegex[];
}

/** Splits a phrase into its word patterns (spaces and hyphens separate words). */
export function phraseWords(text: string): string[] {
  return text.split(/[\s\-‐]+/u).filter((w) => w.length > 0 && w !== '*');
}

/** What a phrase word matches: its stem, or the pattern itself for `prefix*` and `=exact`. */
function wordKey(pattern: string): string {
  return pattern.startsWith('=') || pattern.endsWith('*')
    ? normalizeWord(pattern)
    : stemWord(normalizeWord(pattern));
}

function addRules(
  c: { words: WordIndex; phrases: CompiledPhrase[]; regexes: CompiledRegex[]; seen: Set<string> },
  owner: number,
  rules: RuleSet,
  exclude: boolean,
): void {
  for (const pattern of rules.stems)
    c.words.add(pattern, { t: 'rule', ref: { owner, weight: 1, exclude, pattern } });
  for (const p of rules.phrases) {
    const words = phraseWords(p.text);
    if (words.length === 1) {
      c.words.add(words[0], {
        t: 'rule',
        ref: { owner, weight: p.weight, exclude, pattern: p.text },
      });
      continue;
    }
    const key = `${owner}:${exclude ? 1 : 0}:${p.ordered ? 1 : 0}:${p.maxGap}:${words.map(wordKey).join(' ')}`;
    if (c.seen.has(key)) continue;
    c.seen.add(key);
    const phrase = c.phrases.length;
    c.phrases.push({
      owner,
      exclude,
      weight: p.weight,
      maxGap: p.maxGap,
      ordered: p.ordered,
      size: words.length,
      text: p.text,
    });
    words.forEach((w, elem) => c.words.add(w, { t: 'phrase', ref: { phrase, elem } }));
  }
  for (const r of rules.regex) {
    try {
      c.regexes.push({
        owner,
        exclude,
        weight: r.weight,
        re: new RegExp(foldYo(r.pattern), 'giu'),
        pattern: r.pattern,
      });
    } catch (err) {
      throw new InputError(`text/markers: invalid regular expression ${JSON.stringify(r.pattern)}`, {
        cause: err,
        code: 'MARKERS_INVALID',
      });
    }
  }
}

function addLexicon(words: WordIndex, markers: MarkerSet): void {
  const s = markers.sentiment;
  for (const [pattern, value] of s.words) words.add(pattern, { t: 'polarity', value, pattern });
  for (const w of s.negators) words.add(`=${w}`, { t: 'negator' });
  for (const [w, value] of s.intensifiers) words.add(`=${w}`, { t: 'intensity', value });
  for (const w of s.contrast) words.add(`=${w}`, { t: 'contrast' });
}

/** Compiles a marker set for matching. */
export function compileMarkers(markers: MarkerSet): CompiledMarkers {
  const c = {
    words: new WordIndex(),
    phrases: [] as CompiledPhrase[],
    regexes: [] as CompiledRegex[],
    seen: new Set<string>(),
  };
  const owners: Owner[] = [];
  for (const t of markers.topics) {
    const owner = owners.push({ kind: 'topic', id: t.id, weight: t.weight }) - 1;
    addRules(c, owner, t.rules, false);
    addRules(c, owner, t.exclude, true);
  }
  const topicCount = owners.length;
  for (const t of markers.targets) {
    const owner = owners.push({ kind: 'target', id: t.id, weight: 1 }) - 1;
    addRules(c, owner, t.rules, false);
    addRules(c, owner, t.exclude, true);
  }
  addLexicon(c.words, markers);
  return { markers, owners, topicCount, words: c.words, phrases: c.phrases, regexes: c.regexes };
}
