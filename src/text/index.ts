/**
 * Text stage: public surface. Content analysis of messages — markers (topics), sentiment, stance,
 * keywords, personal-data masking — for Russian and English.
 */
export type {
  DisplayName,
  FeatureExtractor,
  MarkerSet,
  PhraseRule,
  RegexRule,
  RuleSet,
  SentimentLexicon,
  StanceHit,
  TargetDef,
  TextFeatures,
  TopicDef,
} from './types.js';
export {
  loadMarkers,
  writeDefaultMarkers,
  defaultDictionaryDir,
  MARKERS_DIR,
  type MarkerFileOverride,
} from './load-markers.js';
export type { MarkerFile, TargetFile, TopicFile } from './markers-schema.js';
export { parseMarkerFile, MARKERS_INVALID } from './parse-marker-file.js';
export { createFeatureExtractor, type FeatureExtractorOptions } from './feature-extractor.js';
export { maskPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind } from './mask.js';
export { normalizeText, prepareText, MAX_TEXT_CHARS } from './normalize.js';
export { tokenize, type Token } from './tokenize.js';
export { detectLanguage } from './language.js';
export { stemWord } from './stem.js';
export { stripQuotesAndSignature } from './quotes.js';
export { regexRisk } from './regex-guard.js';
export { explainMatch, type MatchExplanation, type ExplainedOwner, type ExplainedHit } from './explain.js';
export { formatExplanation, type UiLanguage } from './format-explanation.js';
export type { TraceWord } from './scanner.js';
export { keywords, KEYWORD_DEFAULTS, type Keyword, type KeywordOptions } from './keywords.js';
export type { Doc } from './term-counts.js';
export {
  aggregateStance,
  aggregateTopics,
  summarizeFeatures,
  summarizeBy,
  AGGREGATE_DEFAULTS,
  type AggregateOptions,
  type FeatureSummary,
  type StanceAggregate,
  type TopicAggregate,
} from './aggregate.js';
export { classificationReport, type ClassificationReport } from './classification-metrics.js';
export { createTermExtractor, MAX_TERMS_PER_MESSAGE } from './terms.js';
export { distinctiveTerms, type DistinctiveTerm, type FightinWordsOptions } from './fightin-words.js';
