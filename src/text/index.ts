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
export { loadMarkers, writeDefaultMarkers, defaultDictionaryDir, MARKERS_DIR } from './load-markers.js';
export { parseMarkerFile, MARKERS_INVALID } from './parse-marker-file.js';
export { createFeatureExtractor, type FeatureExtractorOptions } from './feature-extractor.js';
export { maskPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind } from './mask.js';
export { normalizeText, MAX_TEXT_CHARS } from './normalize.js';
export { tokenize, type Token } from './tokenize.js';
export { detectLanguage } from './language.js';
export { stemWord } from './stem.js';
export { stripQuotesAndSignature } from './quotes.js';
export { regexRisk } from './regex-guard.js';
