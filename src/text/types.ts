/**
 * Text stage types
 *
 * The shapes shared by the marker dictionaries, the compiled matcher, the feature extractor, the
 * explainer, the stance aggregation and the keyword extraction.
 */

/** Display names of a topic or target, one per UI language. */
export interface DisplayName {
  readonly ru: string;
  readonly en: string;
}

/** A phrase matched on stems: its words in order, the largest gap (in words) between two of them. */
export interface PhraseRule {
  readonly text: string;
  readonly maxGap: number;
  readonly ordered: boolean;
  readonly weight: number;
}

/** A regular expression rule, already checked for catastrophic backtracking. */
export interface RegexRule {
  readonly pattern: string;
  readonly weight: number;
}

/** What matches a topic or a stance target (and what vetoes it). */
export interface RuleSet {
  /** Words in any form (stemmed on load); `word*` is a prefix, `=word` an exact form. */
  readonly stems: readonly string[];
  readonly phrases: readonly PhraseRule[];
  readonly regex: readonly RegexRule[];
}

export interface TopicDef {
  readonly id: string;
  readonly name: DisplayName;
  /** `civic` topics are the ones that make someone central "for a cause"; `offtopic` the rest. */
  readonly kind: 'civic' | 'offtopic';
  readonly weight: number;
  readonly rules: RuleSet;
  /** Any hit of these in a message cancels the topic for that message. */
  readonly exclude: RuleSet;
  /** The file the definition came from (for explanations and errors). */
  readonly file: string;
}

export interface TargetDef {
  readonly id: string;
  readonly name: DisplayName;
  readonly rules: RuleSet;
  readonly exclude: RuleSet;
  readonly file: string;
}

/** The sentiment lexicon: word → polarity in [-3, 3], plus the modifiers. */
export interface SentimentLexicon {
  readonly words: ReadonlyMap<string, number>;
  /** Words that flip the polarity of the next few words ("не", "not"). */
  readonly negators: readonly string[];
  /** Words that scale the next sentiment word ("очень" 1.5, "слегка" 0.5). */
  readonly intensifiers: ReadonlyMap<string, number>;
  /** Contrast words: what follows them weighs more ("но", "but"). */
  readonly contrast: readonly string[];
}

/** Everything the matcher needs: the default dictionaries merged with the workspace's files. */
export interface MarkerSet {
  readonly topics: readonly TopicDef[];
  readonly targets: readonly TargetDef[];
  readonly sentiment: SentimentLexicon;
  readonly stopwords: ReadonlySet<string>;
  /** The files that were read, in order (defaults first). */
  readonly files: readonly string[];
}

/** Per-message features, computed in-stream by ingest (see `MessageFeatures` in the store). */
export interface TextFeatures {
  readonly lang: string;
  readonly tokenCount: number;
  readonly topics: Record<string, number>;
  readonly sentiment: number;
  readonly stance: Record<string, StanceHit>;
}

export interface StanceHit {
  /** Mean sentiment of the sentences that mention the target, in [-1, 1]. */
  readonly score: number;
  /** Number of sentences mentioning the target. */
  readonly mentions: number;
}

export type FeatureExtractor = (text: string, subject?: string) => TextFeatures;
