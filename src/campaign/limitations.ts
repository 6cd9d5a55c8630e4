/**
 * Evaluation limitations
 *
 * The plain-language list of what an evaluation cannot show, chosen by which comparisons the data
 * allowed. Kept in one place so reports, the CLI and the web say the same thing.
 */
import type { MatchSummary } from './types.js';

export interface LimitationFacts {
  readonly hasHoldout: boolean;
  readonly hasEarlier: boolean;
  readonly matching: Pick<MatchSummary, 'rows' | 'unmatchedRows'>;
}

type Lang = 'en' | 'ru';

const TEXT = {
  cause: {
    en: 'Correlation, not proof of cause: people close to ambassadors differ from others (they communicate more and sit in more connected teams), so higher participation near ambassadors does not by itself show that the ambassadors caused it.',
    ru: 'Связь, а не доказательство причины: люди рядом с амбассадорами отличаются от остальных (больше общаются, работают в более связанных коллективах), поэтому более высокое участие рядом с амбассадорами само по себе не доказывает, что его вызвали амбассадоры.',
  },
  channels: {
    en: 'Network distance is measured on the communication data of the analysis period; conversations outside these channels (in person, by phone) are not seen.',
    ru: 'Сетевое расстояние измерено по переписке за период анализа; разговоры вне этих каналов (лично, по телефону) не видны.',
  },
  holdout: {
    en: 'The hold-out comparison is randomised, so it is not self-selected; it estimates the effect of briefing (intention to treat). Word spreading from briefed to held-out people biases it towards zero.',
    ru: 'Сравнение с контрольной частью рандомизировано, поэтому не искажено самоотбором; оно оценивает эффект инструктажа (intention to treat). Слухи от проинструктированных к контрольным сдвигают оценку к нулю.',
  },
  noHoldout: {
    en: 'There is no randomised hold-out arm: every comparison here is observational. Plan the next campaign with a hold-out to measure the ambassadors’ own effect.',
    ru: 'Рандомизированной контрольной части нет: все сравнения здесь наблюдательные. Спланируйте следующую кампанию с контрольной частью, чтобы измерить собственный эффект амбассадоров.',
  },
  earlier: {
    en: 'The earlier campaign differs in topic, timing and season; the uplift compares two campaigns, not the ambassador method alone. Both are measured on the same people, so the intervals, which assume independent samples, are approximate.',
    ru: 'Прежняя кампания отличается темой, сроками и сезоном; прирост сравнивает две кампании, а не только метод амбассадоров. Обе измерены на одних и тех же людях, поэтому интервалы, рассчитанные для независимых выборок, приблизительны.',
  },
} as const;

function unmatched(f: LimitationFacts, lang: Lang): string {
  const { unmatchedRows: u, rows } = f.matching;
  return lang === 'ru'
    ? `${u} из ${rows} строк файла результатов не сопоставлены ни с кем и не учтены; если это не случайная доля, оценки смещены.`
    : `${u} of ${rows} outcome rows matched nobody and are not counted; if they are not a random share, the rates are biased.`;
}

/** Sentences describing what the evaluation cannot show, in English (default) or Russian. */
export function limitationsOf(f: LimitationFacts, lang: Lang = 'en'): string[] {
  const out: string[] = [TEXT.cause[lang], TEXT.channels[lang]];
  out.push(f.hasHoldout ? TEXT.holdout[lang] : TEXT.noHoldout[lang]);
  if (f.hasEarlier) out.push(TEXT.earlier[lang]);
  if (f.matching.unmatchedRows > 0) out.push(unmatched(f, lang));
  return out;
}
