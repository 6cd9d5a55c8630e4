/**
 * Scanner
 *
 * The hot path: one pass over the tokens of a normalised message that collects topic and target
 * hits (word rules, phrases, regular expressions), per-sentence sentiment sums with negation,
 * intensifiers and contrast, and the sentences that mention each stance target.
 *
 * Notes:
 * - Buffers are reused between messages; a scanner is not re-entrant (one per extractor).
 * - With a `trace` the scanner also records why each hit happened (for `explainMatch`); without
 *   one it allocates nothing per word.
 */
import type { CompiledMarkers } from './compile-markers.js';
import { PhraseEvents, resolvePhrases } from './phrase-match.js';
import { MAX_REGEX_INPUT } from './regex-guard.js';
import * as S from './sentiment-math.js';
import { tokenizeInto } from './tokenize.js';
import * as T from './token-buffer.js';

export interface TraceHit {
  readonly owner: number;
  readonly via: 'word' | 'phrase' | 'regex';
  readonly rule: string;
  readonly matched: string;
  readonly sentence: number;
  readonly weight: number;
  readonly exclude: boolean;
}

export interface TraceWord {
  readonly word: string;
  readonly entry: string;
  readonly polarity: number;
  readonly applied: number;
  readonly negated: boolean;
  readonly intensity: number;
  readonly sentence: number;
}

export interface ScanTrace {
  readonly hits: TraceHit[];
  readonly words: TraceWord[];
}

export class Scanner {
  readonly tokens = new T.TokenBuffer(1024);
  readonly events = new PhraseEvents();
  readonly ownerScore: Float64Array;
  readonly excluded: Uint8Array;
  readonly targetSentences: number[][];
  sentenceSums: number[] = [];
  sentenceStarts: number[] = [];
  tokenCount = 0;
  private readonly c: CompiledMarkers;
  private text = '';
  private trace: ScanTrace | undefined;
  private wordPos: number[] = [];

  constructor(compiled: CompiledMarkers) {
    this.c = compiled;
    this.ownerScore = new Float64Array(compiled.owners.length);
    this.excluded = new Uint8Array(compiled.owners.length);
    this.targetSentences = compiled.owners.map(() => []);
  }

  /** Scans a normalised text; results stay in the scanner's fields until the next call. */
  scan(text: string, trace?: ScanTrace): void {
    this.reset(text, trace);
    tokenizeInto(text, this.tokens);
    this.walk();
    for (const h of resolvePhrases(this.events, this.c.phrases)) {
      const p = this.c.phrases[h.phrase];
      if (!p) continue;
      const matched = trace ? h.positions.map((i) => this.tokenText(this.wordPos[i])).join(' ') : '';
      this.hit(p.owner, p.weight, p.exclude, h.sentence, 'phrase', p.text, matched);
    }
    this.runRegexes();
  }

  private reset(text: string, trace: ScanTrace | undefined): void {
    this.text = text;
    this.trace = trace;
    this.ownerScore.fill(0);
    this.excluded.fill(0);
    for (const list of this.targetSentences) if (list.length > 0) list.length = 0;
    this.events.clear();
    this.sentenceSums = [0];
    this.sentenceStarts = [0];
    this.tokenCount = 0;
    if (trace) this.wordPos = [];
  }

  private tokenText(i: number): string {
    return this.text.slice(this.tokens.starts[i], this.tokens.ends[i]);
  }

  private hit(
    owner: number,
    weight: number,
    exclude: boolean,
    sentence: number,
    via: TraceHit['via'],
    rule: string,
    matched: string,
  ): void {
    if (exclude) this.excluded[owner] = 1;
    else if (owner < this.c.topicCount) this.ownerScore[owner] = this.ownerScore[owner] + weight;
    else {
      const list = this.targetSentences[owner];
      if (list[list.length - 1] !== sentence) list.push(sentence);
    }
    this.trace?.hits.push({ owner, via, rule, matched, sentence, weight, exclude });
  }

  private walk(): void {
    const { kinds, starts, ends, values } = this.tokens;
    const n = this.tokens.count;
    const words = this.c.words;
    let sent = 0;
    let negLeft = 0;
    let mult = 1;
    let contrast = 1;
    let pos = 0;
    for (let i = 0; i < n; i++) {
      const kind = kinds[i];
      if (kind === T.T_BREAK) {
        sent++;
        this.sentenceSums.push(0);
        this.sentenceStarts.push(ends[i]);
        negLeft = 0;
        mult = 1;
        contrast = 1;
        continue;
      }
      if (kind === T.T_CLAUSE) {
        negLeft = 0;
        continue;
      }
      this.tokenCount++;
      if (this.trace) this.wordPos.push(i);
      const p = pos++;
      if (kind === T.T_EMO) {
        const v = values[i] !== 0 ? values[i] : (words.lookup(this.tokenText(i))?.polarity ?? 0);
        if (v !== 0) this.addPolarity(sent, v * contrast, i, v, false, 1);
        continue;
      }
      if (kind !== T.T_WORD && kind !== T.T_HASHTAG) {
        if (negLeft > 0) negLeft--;
        continue;
      }
      const start = kind === T.T_HASHTAG ? starts[i] + 1 : starts[i];
      const info = words.lookup(this.text.slice(start, ends[i]));
      if (info === null) {
        if (negLeft > 0) negLeft--;
        continue;
      }
      for (const r of info.refs)
        this.hit(r.owner, r.weight, r.exclude, sent, 'word', r.pattern, this.trace ? this.tokenText(i) : '');
      for (const r of info.phraseRefs) this.events.push(r.phrase, r.elem, p, sent);
      if (info.contrast) {
        this.sentenceSums[sent] = this.sentenceSums[sent] * S.CONTRAST_BEFORE;
        contrast = S.CONTRAST_AFTER;
      }
      if (info.negator) {
        negLeft = S.NEGATION_SCOPE;
        continue;
      }
      if (info.intensity !== 1) {
        mult *= info.intensity;
        continue;
      }
      if (info.polarity !== 0) {
        const negated = negLeft > 0;
        const v = info.polarity * mult * contrast * (negated ? S.NEGATION_FACTOR : 1);
        this.addPolarity(sent, v, i, info.polarity, negated, mult, info.polarityPattern);
        mult = 1;
        negLeft = 0;
      } else if (negLeft > 0) negLeft--;
    }
  }

  private addPolarity(
    sent: number,
    v: number,
    token: number,
    polarity: number,
    negated: boolean,
    intensity: number,
    entry = '',
  ): void {
    this.sentenceSums[sent] = this.sentenceSums[sent] + v;
    this.trace?.words.push({
      word: this.tokenText(token),
      entry: entry || this.tokenText(token),
      polarity,
      applied: v,
      negated,
      intensity,
      sentence: sent,
    });
  }

  private sentenceAt(offset: number): number {
    const starts = this.sentenceStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private runRegexes(): void {
    if (this.c.regexes.length === 0) return;
    const input = this.text.length > MAX_REGEX_INPUT ? this.text.slice(0, MAX_REGEX_INPUT) : this.text;
    for (const r of this.c.regexes) {
      r.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = r.re.exec(input)) !== null) {
        if (m[0].length === 0) r.re.lastIndex++;
        this.hit(r.owner, r.weight, r.exclude, this.sentenceAt(m.index), 'regex', r.pattern, m[0]);
      }
    }
  }
}
