/**
 * Match explanation
 *
 * `explainMatch` runs the same scanner as the feature extractor with tracing on and reports, for a
 * text, which dictionary rules hit (word, phrase or regex; which entry; which words of the text),
 * which exclusions cancelled a topic, which sentiment words counted and how negation, intensifiers
 * and contrast changed them. This backs `sociogram markers test --workspace DIR "текст"`.
 */
import { compileMarkers, type CompiledMarkers } from './compile-markers.js';
import { collectFeatures } from './feature-extractor.js';
import { detectLanguage } from './language.js';
import { prepareText } from './normalize.js';
import { Scanner, type TraceHit, type TraceWord } from './scanner.js';
import { squash } from './sentiment-math.js';
import type { DisplayName, MarkerSet, TextFeatures } from './types.js';

export interface ExplainedHit {
  readonly via: TraceHit['via'];
  readonly rule: string;
  readonly matched: string;
  readonly sentence: number;
  readonly weight: number;
}

export interface ExplainedOwner {
  readonly id: string;
  readonly name: DisplayName;
  readonly file: string;
  readonly hits: readonly ExplainedHit[];
  /** Exclusion rules that hit: when any did, the topic or target does not count for this text. */
  readonly exclusions: readonly ExplainedHit[];
}

export interface MatchExplanation {
  readonly features: TextFeatures;
  readonly topics: readonly ExplainedOwner[];
  readonly targets: readonly ExplainedOwner[];
  /** Squashed sentiment per sentence. */
  readonly sentences: readonly number[];
  readonly words: readonly TraceWord[];
}

function toHit(h: TraceHit): ExplainedHit {
  return { via: h.via, rule: h.rule, matched: h.matched, sentence: h.sentence, weight: h.weight };
}

function ownersOf(c: CompiledMarkers, hits: readonly TraceHit[], kind: 'topic' | 'target'): ExplainedOwner[] {
  const defs = kind === 'topic' ? c.markers.topics : c.markers.targets;
  const offset = kind === 'topic' ? 0 : c.topicCount;
  const out: ExplainedOwner[] = [];
  defs.forEach((def, i) => {
    const mine = hits.filter((h) => h.owner === offset + i);
    if (mine.length === 0) return;
    out.push({
      id: def.id,
      name: def.name,
      file: def.file,
      hits: mine.filter((h) => !h.exclude).map(toHit),
      exclusions: mine.filter((h) => h.exclude).map(toHit),
    });
  });
  return out;
}

/**
 * Explains how a marker set reads one text.
 * @example
 * const e = explainMatch(loadMarkers(), 'Спасибо за благоустройство двора!');
 * e.topics[0]; // { id: 'improvement', hits: [{ via: 'word', rule: 'благоустр*', matched: 'благоустройство', … }] }
 */
export function explainMatch(markers: MarkerSet | CompiledMarkers, text: string): MatchExplanation {
  const c = 'owners' in markers ? markers : compileMarkers(markers);
  const scanner = new Scanner(c);
  const prepared = prepareText(typeof text === 'string' ? text : '');
  const trace = { hits: [] as TraceHit[], words: [] as TraceWord[] };
  scanner.scan(prepared, trace);
  return {
    features: collectFeatures(c, scanner, detectLanguage(prepared)),
    topics: ownersOf(c, trace.hits, 'topic'),
    targets: ownersOf(c, trace.hits, 'target'),
    sentences: scanner.sentenceSums.map((s) => Math.round(squash(s) * 1000) / 1000),
    words: trace.words,
  };
}
