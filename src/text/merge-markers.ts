/**
 * Marker merging
 *
 * Folds parsed marker files, in order, into one `MarkerSet`: a later topic or target with the same
 * id replaces the earlier one (or adds to it with `extend: true`, or removes it with
 * `enabled: false`); sentiment words are overridden one by one (0 removes a word).
 */
import type { MarkerFile, TargetFile, TopicFile } from './markers-schema.js';
import type { MarkerSet, PhraseRule, RegexRule, RuleSet, TargetDef, TopicDef } from './types.js';

/** Default number of words allowed between the words of a phrase. */
export const DEFAULT_PHRASE_GAP = 1;

interface RawRules {
  stems: readonly string[];
  phrases: readonly (
    | string
    | {
        text: string;
        maxGap?: number | undefined;
        ordered?: boolean | undefined;
        weight?: number | undefined;
      }
  )[];
  regex: readonly (string | { pattern: string; weight?: number | undefined })[];
}

function toRuleSet(raw: RawRules, gap: number): RuleSet {
  const phrases: PhraseRule[] = raw.phrases.map((p) =>
    typeof p === 'string'
      ? { text: p, maxGap: gap, ordered: true, weight: 1 }
      : { text: p.text, maxGap: p.maxGap ?? gap, ordered: p.ordered ?? true, weight: p.weight ?? 1 },
  );
  const regex: RegexRule[] = raw.regex.map((r) =>
    typeof r === 'string' ? { pattern: r, weight: 1 } : { pattern: r.pattern, weight: r.weight ?? 1 },
  );
  return { stems: [...raw.stems], phrases, regex };
}

function unionRules(a: RuleSet, b: RuleSet): RuleSet {
  return {
    stems: [...new Set([...a.stems, ...b.stems])],
    phrases: [...a.phrases, ...b.phrases],
    regex: [...a.regex, ...b.regex],
  };
}

function toTopic(t: TopicFile, file: string, gap: number, prev: TopicDef | undefined): TopicDef {
  const rules = toRuleSet(t, gap);
  const exclude = toRuleSet(t.exclude, gap);
  return {
    id: t.id,
    name: t.name ?? prev?.name ?? { ru: t.id, en: t.id },
    kind: t.kind ?? prev?.kind ?? (t.id.startsWith('offtopic') ? 'offtopic' : 'civic'),
    weight: t.weight ?? prev?.weight ?? 1,
    rules: t.extend && prev ? unionRules(prev.rules, rules) : rules,
    exclude: t.extend && prev ? unionRules(prev.exclude, exclude) : exclude,
    file,
  };
}

function toTarget(t: TargetFile, file: string, gap: number, prev: TargetDef | undefined): TargetDef {
  const rules = toRuleSet(t, gap);
  const exclude = toRuleSet(t.exclude, gap);
  return {
    id: t.id,
    name: t.name ?? prev?.name ?? { ru: t.id, en: t.id },
    rules: t.extend && prev ? unionRules(prev.rules, rules) : rules,
    exclude: t.extend && prev ? unionRules(prev.exclude, exclude) : exclude,
    file,
  };
}

function mergeById<T extends { id: string; enabled: boolean }, D>(
  into: Map<string, D>,
  items: readonly T[],
  make: (item: T, prev: D | undefined) => D,
): void {
  for (const item of items) {
    if (!item.enabled) into.delete(item.id);
    else into.set(item.id, make(item, into.get(item.id)));
  }
}

/** Merges parsed files (earliest first) into a marker set. */
export function mergeMarkerFiles(files: readonly { file: string; data: MarkerFile }[]): MarkerSet {
  const topics = new Map<string, TopicDef>();
  const targets = new Map<string, TargetDef>();
  const words = new Map<string, number>();
  const intensifiers = new Map<string, number>();
  const negators = new Set<string>();
  const contrast = new Set<string>();
  const stopwords = new Set<string>();
  for (const { file, data } of files) {
    const gap = data.settings?.phraseGap ?? DEFAULT_PHRASE_GAP;
    mergeById(topics, data.topics, (t, prev) => toTopic(t, file, gap, prev));
    mergeById(targets, data.targets, (t, prev) => toTarget(t, file, gap, prev));
    const s = data.sentiment;
    if (s) {
      for (const [w, v] of Object.entries(s.words)) {
        if (v === 0) words.delete(w);
        else words.set(w, v);
      }
      for (const [w, v] of Object.entries(s.intensifiers)) intensifiers.set(w, v);
      for (const w of s.negators) negators.add(w);
      for (const w of s.contrast) contrast.add(w);
    }
    for (const w of data.stopwords) stopwords.add(w);
  }
  return {
    topics: [...topics.values()],
    targets: [...targets.values()],
    sentiment: { words, intensifiers, negators: [...negators], contrast: [...contrast] },
    stopwords,
    files: files.map((f) => f.file),
  };
}
