/**
 * Scanner
 *
 * The hot path: one pass over the tokens of a prepared message that collects topic and target
 * hits (word rules, phrases, regular expressions), per-sentence sentiment sums with negation,
 * intensifiers and contrast, and the sentence parts that mention each stance target.
 *
 * Notes:
 * - A sentence is split into parts ("segments") at contrast words: in "the park is lovely, but the
 *   mayor failed" the mayor's stance is read from the part after "but" only.
 * - Buffers are reused between messages; a scanner is not re-entrant (one per extractor).
 * - With a `trace` the scanner also records why each hit happened (for `explainMatch`); without
 *   one it allocates nothing per word.
 */
import type { CompiledMarkers } from './compile-markers.js';
import { foldYo } from './normalize.js';
import { PhraseEvents, resolvePhrases } from './phrase-match.js';
import { MAX_REGEX_INPUT } from './regex-guard.js';
import * as S from './sentiment-math.js';
import { tokenizeInto } from './tokenize.js';
import * as T from './token-buffer.js';

/** Words longer than this are counted but never looked up in the dictionaries. */
export const MAX_WORD_LENGTH = 64;

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

/** Effective polarity of a lexicon word after its modifiers (see sentiment-math.ts). */
function applyModifiers(polarity: number, mult: number, negated: boolean, negMult: number): number {
  if (!negated) return polarity * mult;
  // "не очень хорошо" is mildly negative: negation damps an intensifier that follows it, while
  // one before it ("совсем не помогают") strengthens the negation.
  return polarity * S.NEGATION_FACTOR * negMult * (mult > 1 ? 1 / mult : mult);
}

export class Scanner {
  readonly tokens = new T.TokenBuffer(1024);
  readonly events = new PhraseEvents();
  readonly ownerScore: Float64Array;
  readonly excluded: Uint8Array;
  /** Per target owner: the segments mentioning it, in order, without repeats. */
  readonly targetSegments: number[][];
  /** Sentiment sum per sentence (contrast-weighted) and per segment (raw). */
  sentenceSums: number[] = [];
  segmentSums: number[] = [];
  private sentenceStarts: number[] = [];
  private sentenceFirstSegment: number[] = [];
  tokenCount = 0;
  private readonly c: CompiledMarkers;
  private text = '';
  private trace: ScanTrace | undefined;
  private wordPos: number[] = [];

  constructor(compiled: CompiledMarkers) {
    this.c = compiled;
    this.ownerScore = new Float64Array(compiled.owners.length);
    this.excluded = new Uint8Array(compiled.owners.length);
    this.targetSegments = compiled.owners.map(() => []);
  }

  /** Scans a prepared text (`prepareText`); results stay in the scanner's fields until the next call. */
  scan(text: string, trace?: ScanTrace): void {
    this.reset(text, trace);
    tokenizeInto(text, this.tokens);
    this.walk();
    for (const h of resolvePhrases(this.events, this.c.phrases)) {
      const p = this.c.phrases[h.phrase];
      const matched = trace ? h.positions.map((i) => this.tokenText(this.wordPos[i])).join(' ') : '';
      this.hit(p.owner, p.weight, p.exclude, h.sentence, h.segment, 'phrase', p.text, matched);
    }
    this.runRegexes();
  }

  private reset(text: string, trace: ScanTrace | undefined): void {
    this.text = text;
    this.trace = trace;
    this.ownerScore.fill(0);
    this.excluded.fill(0);
    for (const list of this.targetSegments) if (list.length > 0) list.length = 0;
    this.events.clear();
    this.sentenceSums = [0];
    this.segmentSums = [0];
    this.sentenceStarts = [0];
    this.sentenceFirstSegment = [0];
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
    segment: number,
    via: TraceHit['via'],
    rule: string,
    matched: string,
  ): void {
    if (exclude) this.excluded[owner] = 1;
    else if (owner < this.c.topicCount) this.ownerScore[owner] += weight;
    else {
      const list = this.targetSegments[owner];
      if (list[list.length - 1] !== segment) list.push(segment);
    }
    this.trace?.hits.push({ owner, via, rule, matched, sentence, weight, exclude });
  }

  private newSentence(start: number): void {
    this.sentenceSums.push(0);
    this.sentenceStarts.push(start);
    this.sentenceFirstSegment.push(this.segmentSums.length);
    this.segmentSums.push(0);
  }

  private walk(): void {
    const { kinds, starts, ends, values } = this.tokens;
    const n = this.tokens.count;
    const words = this.c.words;
    let sent = 0;
    let negLeft = 0;
    let mult = 1;
    let negMult = 1;
    let contrast = 1;
    let pos = 0;
    for (let i = 0; i < n; i++) {
      const kind = kinds[i];
      if (kind === T.T_BREAK) {
        if (i === n - 1) break;
        this.newSentence(ends[i]);
        sent++;
        negLeft = 0;
        negMult = 1;
        mult = 1;
        contrast = 1;
        continue;
      }
      if (kind === T.T_CLAUSE) {
        negLeft = 0;
        negMult = 1;
        continue;
      }
      this.tokenCount++;
      if (this.trace) this.wordPos.push(i);
      const p = pos++;
      if (kind === T.T_EMO) {
        const v =
          values[i] !== 0 ? values[i] : (words.lookupRange(this.text, starts[i], ends[i])?.polarity ?? 0);
        if (v !== 0) this.addPolarity(sent, v, contrast, i, v, false, 1, '');
        continue;
      }
      if (kind !== T.T_WORD && kind !== T.T_HASHTAG) {
        if (negLeft > 0) negLeft--;
        continue;
      }
      const start = kind === T.T_HASHTAG ? starts[i] + 1 : starts[i];
      // NOTE: no dictionary word is this long; skipping keeps junk (base64, binary) out of the cache.
      const info = ends[i] - start > MAX_WORD_LENGTH ? null : words.lookupRange(this.text, start, ends[i]);
      if (info === null) {
        if (negLeft > 0) negLeft--;
        continue;
      }
      if (info.contrast) {
        this.sentenceSums[sent] *= S.CONTRAST_BEFORE;
        contrast = S.CONTRAST_AFTER;
        if (this.segmentSums.length - 1 > this.sentenceFirstSegment[sent] || p > 0) this.segmentSums.push(0);
      }
      const seg = this.segmentSums.length - 1;
      for (const r of info.refs) {
        this.hit(
          r.owner,
          r.weight,
          r.exclude,
          sent,
          seg,
          'word',
          r.pattern,
          this.trace ? this.tokenText(i) : '',
        );
      }
      for (const r of info.phraseRefs) this.events.push(r.phrase, r.elem, p, sent, seg);
      if (info.negator) {
        negLeft = S.NEGATION_SCOPE;
        negMult = mult;
        mult = 1;
        continue;
      }
      if (info.intensity !== 1) {
        mult *= info.intensity;
        continue;
      }
      if (info.polarity !== 0) {
        const negated = negLeft > 0;
        const v = applyModifiers(info.polarity, mult, negated, negMult);
        this.addPolarity(sent, v, contrast, i, info.polarity, negated, mult, info.polarityPattern);
        mult = 1;
        negMult = 1;
        negLeft = 0;
      } else if (negLeft > 0) negLeft--;
    }
  }

  private addPolarity(
    sent: number,
    v: number,
    contrast: number,
    token: number,
    polarity: number,
    negated: boolean,
    intensity: number,
    entry: string,
  ): void {
    this.sentenceSums[sent] += v * contrast;
    this.segmentSums[this.segmentSums.length - 1] += v;
    if (!this.trace) return;
    const word = this.tokenText(token);
    this.trace.words.push({
      word,
      entry: entry || word,
      polarity,
      applied: v * contrast,
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
    const head = this.text.length > MAX_REGEX_INPUT ? this.text.slice(0, MAX_REGEX_INPUT) : this.text;
    // NOTE: lower-casing keeps offsets for Latin and Cyrillic, so sentence lookup stays exact there.
    const input = foldYo(head.toLowerCase());
    for (const r of this.c.regexes) {
      r.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = r.re.exec(input)) !== null) {
        if (m[0].length === 0) r.re.lastIndex++;
        const sentence = this.sentenceAt(m.index);
        this.hit(
          r.owner,
          r.weight,
          r.exclude,
          sentence,
          this.sentenceFirstSegment[sentence],
          'regex',
          r.pattern,
          m[0],
        );
      }
    }
  }
}
