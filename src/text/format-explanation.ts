/**
 * Explanation text
 *
 * Renders a `MatchExplanation` as the plain text `sociogram markers test` prints, in Russian or
 * English.
 */
import type { ExplainedHit, ExplainedOwner, MatchExplanation } from './explain.js';

export type UiLanguage = 'ru' | 'en';

const LABELS = {
  ru: {
    lang: 'Язык',
    tokens: 'слов',
    topics: 'Темы',
    targets: 'Объекты отношения (stance)',
    none: '  (нет совпадений)',
    excluded: 'ИСКЛЮЧЕНО правилом',
    sentiment: 'Тональность',
    sentence: 'предложение',
    negated: 'отрицание',
    intensity: 'усиление',
    via: { word: 'слово', phrase: 'фраза', regex: 'рег. выражение' },
    score: 'оценка',
    mentions: 'упоминаний',
  },
  en: {
    lang: 'Language',
    tokens: 'tokens',
    topics: 'Topics',
    targets: 'Stance targets',
    none: '  (no matches)',
    excluded: 'EXCLUDED by rule',
    sentiment: 'Sentiment',
    sentence: 'sentence',
    negated: 'negated',
    intensity: 'intensity',
    via: { word: 'word', phrase: 'phrase', regex: 'regex' },
    score: 'score',
    mentions: 'mentions',
  },
} as const;

function hitLine(h: ExplainedHit, lang: UiLanguage): string {
  const l = LABELS[lang];
  const w = h.weight === 1 ? '' : ` ×${h.weight}`;
  return `    ${l.via[h.via]} "${h.rule}" ← "${h.matched}" (${l.sentence} ${h.sentence + 1})${w}`;
}

function ownerBlock(o: ExplainedOwner, lang: UiLanguage, summary: string): string[] {
  const l = LABELS[lang];
  const lines = [`  ${o.id} — ${o.name[lang]}: ${summary}  [${o.file}]`];
  for (const h of o.hits) lines.push(hitLine(h, lang));
  for (const h of o.exclusions) lines.push(`  ${l.excluded}:`, hitLine(h, lang));
  return lines;
}

/** Formats an explanation for the terminal. */
export function formatExplanation(e: MatchExplanation, lang: UiLanguage = 'ru'): string {
  const l = LABELS[lang];
  const f = e.features;
  const out = [`${l.lang}: ${f.lang}, ${f.tokenCount} ${l.tokens}`, `${l.topics}:`];
  if (e.topics.length === 0) out.push(l.none);
  for (const o of e.topics) out.push(...ownerBlock(o, lang, String(f.topics[o.id] ?? 0)));
  out.push(`${l.targets}:`);
  if (e.targets.length === 0) out.push(l.none);
  for (const o of e.targets) {
    const s = f.stance[o.id];
    out.push(...ownerBlock(o, lang, s ? `${l.score} ${s.score}, ${l.mentions} ${s.mentions}` : '0'));
  }
  out.push(`${l.sentiment}: ${f.sentiment} (${e.sentences.map((s, i) => `${i + 1}: ${s}`).join('; ')})`);
  for (const w of e.words) {
    const mods = [
      w.negated ? l.negated : '',
      w.intensity !== 1 ? `${l.intensity} ×${Math.round(w.intensity * 100) / 100}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `    "${w.word}" [${w.entry}] ${w.polarity} → ${Math.round(w.applied * 100) / 100}${mods ? ` (${mods})` : ''}`,
    );
  }
  return out.join('\n');
}
