/**
 * Marker entries for the dashboard
 *
 * The web editor shows each topic and stance target as an id, a name and a list of terms (words,
 * `prefix*`, `=exact` or phrases). This module turns the merged marker set into such entries and the
 * edited entries back into one workspace marker file, `markers/zz-dashboard.json`: it is read last (by
 * name), so its definitions replace the same ids of the shipped and the workspace's other files, and
 * ids the editor removed are switched off there (`enabled: false`). Exclusions, regular expressions
 * and phrase options of an existing definition are kept.
 */
import { z } from 'zod';
import {
  MARKERS_DIR,
  parseMarkerFile,
  type MarkerFile,
  type MarkerSet,
  type PhraseRule,
  type RuleSet,
  type TargetDef,
  type TopicDef,
} from '../text/index.js';

export const DASHBOARD_MARKER_FILE = 'zz-dashboard.json';
export const DASHBOARD_MARKER_LABEL = `${MARKERS_DIR}/${DASHBOARD_MARKER_FILE}`;

const entrySchema = z.object({
  id: z.string().min(1).max(40),
  label: z.string().trim().max(200).optional(),
  name: z.object({ ru: z.string().min(1).max(200), en: z.string().min(1).max(200) }).optional(),
  kind: z.enum(['civic', 'offtopic']).optional(),
  terms: z.array(z.string().trim().min(1).max(200)).max(2000),
  regex: z.array(z.string().min(1).max(500)).max(200).optional(),
});

/** Body of `PUT /api/markers` (and the optional `markers` of a test). */
export const markersBody = z.object({
  topics: z.array(entrySchema).max(500),
  targets: z.array(entrySchema).max(500).default([]),
});
export type MarkersBody = z.infer<typeof markersBody>;
type Entry = z.infer<typeof entrySchema>;
type Lang = 'ru' | 'en';

function entryOf(def: TopicDef | TargetDef, lang: Lang) {
  return {
    id: def.id,
    label: def.name[lang],
    name: def.name,
    ...('kind' in def ? { kind: def.kind } : {}),
    terms: [...def.rules.stems, ...def.rules.phrases.map((p) => p.text)],
    regex: def.rules.regex.map((r) => r.pattern),
    excludes: def.exclude.stems.length + def.exclude.phrases.length + def.exclude.regex.length,
    file: def.file,
  };
}

/** The merged marker set as editable entries, names in `lang`. */
export function markerEntries(set: MarkerSet, lang: Lang) {
  return {
    topics: set.topics.map((t) => entryOf(t, lang)),
    targets: set.targets.map((t) => entryOf(t, lang)),
    files: set.files,
  };
}

const isPhrase = (term: string): boolean => /\s/u.test(term);

function phraseOf(term: string, before: readonly PhraseRule[]) {
  const kept = before.find((p) => p.text === term);
  return kept ? { text: kept.text, maxGap: kept.maxGap, ordered: kept.ordered, weight: kept.weight } : term;
}

function excludeOf(rules: RuleSet | undefined) {
  return {
    stems: [...(rules?.stems ?? [])],
    phrases: (rules?.phrases ?? []).map((p) => ({ text: p.text, maxGap: p.maxGap, ordered: p.ordered })),
    regex: (rules?.regex ?? []).map((r) => ({ pattern: r.pattern, weight: r.weight })),
  };
}

function nameOf(e: Entry, before: TopicDef | TargetDef | undefined, lang: Lang) {
  const label = e.label?.trim();
  const base = e.name ?? before?.name;
  if (!label) return base;
  // The label is the name in the editor's language; the other language keeps its name.
  return { ...(base ?? { ru: label, en: label }), [lang]: label };
}

function fileEntry(e: Entry, before: TopicDef | TargetDef | undefined, topic: boolean, lang: Lang) {
  const name = nameOf(e, before, lang);
  return {
    id: e.id,
    ...(name ? { name } : {}),
    ...(topic && (e.kind ?? (before && 'kind' in before ? before.kind : undefined))
      ? { kind: e.kind ?? (before as TopicDef).kind }
      : {}),
    ...(topic && before && 'weight' in before ? { weight: before.weight } : {}),
    stems: e.terms.filter((t) => !isPhrase(t)),
    phrases: e.terms.filter(isPhrase).map((t) => phraseOf(t, before?.rules.phrases ?? [])),
    regex: e.regex ?? before?.rules.regex.map((r) => ({ pattern: r.pattern, weight: r.weight })) ?? [],
    exclude: excludeOf(before?.exclude),
  };
}

function section(
  entries: readonly Entry[],
  current: readonly (TopicDef | TargetDef)[],
  topic: boolean,
  lang: Lang,
): unknown[] {
  const byId = new Map(current.map((d) => [d.id, d]));
  const kept = new Set(entries.map((e) => e.id));
  const removed = current.filter((d) => !kept.has(d.id)).map((d) => ({ id: d.id, enabled: false }));
  return [...entries.map((e) => fileEntry(e, byId.get(e.id), topic, lang)), ...removed];
}

/**
 * The dashboard's marker file for edited entries, validated with the marker file schema (bad ids,
 * terms or regular expressions throw an `InputError` naming the field). `current` is the merged set
 * without the dashboard file, so removals and kept rule details refer to what else defines them.
 */
export function dashboardMarkerFile(body: MarkersBody, current: MarkerSet, lang: Lang): MarkerFile {
  const file = {
    about: 'Edited in the Sociogram web dashboard; read last, so it overrides the other files.',
    topics: section(body.topics, current.topics, true, lang),
    targets: section(body.targets, current.targets, false, lang),
  };
  return parseMarkerFile(JSON.stringify(file, null, 2), DASHBOARD_MARKER_LABEL);
}
