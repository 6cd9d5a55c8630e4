/**
 * Feature extractor
 *
 * What ingest calls for every message, in-stream: language, token count, weighted topic hits,
 * sentiment and stance towards the configured targets. Message bodies need not be kept: these
 * features are what the store holds.
 *
 * Notes:
 * - Never throws: any input (empty, binary, gigantic, mixed-script, lone surrogates) yields features;
 *   an unexpected internal failure yields the empty features of an unknown language.
 * - Topic scores are the sum of the hit weights times the topic's weight; a topic with an exclusion
 *   hit anywhere in the message is dropped for that message. Stance: per target, the mean squashed
 *   sentiment of the sentences (or parts split at a contrast word) that mention it, and their number.
 */
import { compileMarkers, type CompiledMarkers } from './compile-markers.js';
import { detectLanguage } from './language.js';
import { isProbablyBinary, prepareText } from './normalize.js';
import { stripQuotesAndSignature } from './quotes.js';
import { Scanner } from './scanner.js';
import { squash } from './sentiment-math.js';
import type { FeatureExtractor, MarkerSet, StanceHit, TextFeatures } from './types.js';

export interface FeatureExtractorOptions {
  /** Remove `>`-quoted lines, reply headers and signatures first (default true). */
  readonly stripQuotes?: boolean;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function emptyFeatures(lang = 'und'): TextFeatures {
  return { lang, tokenCount: 0, topics: {}, sentiment: 0, stance: {} };
}

/** Builds the features from a scanner that has just scanned a message. @internal */
export function collectFeatures(c: CompiledMarkers, s: Scanner, lang: string): TextFeatures {
  const topics: Record<string, number> = {};
  for (let o = 0; o < c.topicCount; o++) {
    const score = s.ownerScore[o];
    const owner = c.owners[o];
    if (score > 0 && s.excluded[o] === 0 && owner) topics[owner.id] = round(score * owner.weight);
  }
  const stance: Record<string, StanceHit> = {};
  for (let o = c.topicCount; o < c.owners.length; o++) {
    const segments = s.targetSegments[o];
    const owner = c.owners[o];
    if (segments.length === 0 || s.excluded[o] === 1) continue;
    let sum = 0;
    for (const k of segments) sum += squash(s.segmentSums[k]);
    stance[owner.id] = { score: round(sum / segments.length), mentions: segments.length };
  }
  let total = 0;
  for (const v of s.sentenceSums) total += v;
  return { lang, tokenCount: s.tokenCount, topics, sentiment: round(squash(total)), stance };
}

/**
 * Creates the per-message feature function for a marker set (compiled once, buffers reused).
 * @example
 * const extract = createFeatureExtractor(loadMarkers());
 * extract('Администрация отлично провела благоустройство парка').topics; // { improvement: 1 }
 */
export function createFeatureExtractor(
  markers: MarkerSet,
  options: FeatureExtractorOptions = {},
): FeatureExtractor {
  const compiled = compileMarkers(markers);
  const scanner = new Scanner(compiled);
  const strip = options.stripQuotes ?? true;
  return (text: string, subject?: string): TextFeatures => {
    try {
      if (typeof text !== 'string') return emptyFeatures();
      const body = strip ? stripQuotesAndSignature(text) : text;
      const raw = subject ? `${subject}\n${body}` : body;
      if (raw.length === 0) return emptyFeatures();
      if (isProbablyBinary(raw)) return emptyFeatures();
      const prepared = prepareText(raw);
      scanner.scan(prepared);
      return collectFeatures(compiled, scanner, detectLanguage(prepared));
    } catch {
      return emptyFeatures();
    }
  };
}
