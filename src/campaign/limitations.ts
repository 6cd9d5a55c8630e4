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
  readonly matching: MatchSummary;
}

/** Sentences describing what the evaluation cannot show. */
export function limitationsOf(f: LimitationFacts): string[] {
  const out = [
    'Correlation, not proof of cause: people close to ambassadors differ from others (they communicate more and sit in more connected teams), so higher participation near ambassadors does not by itself show that the ambassadors caused it.',
    'Network distance is measured on the communication data of the analysis period; conversations outside these channels (in person, by phone) are not seen.',
  ];
  if (f.hasHoldout) {
    out.push(
      'The hold-out comparison is randomised, so it is not self-selected; it estimates the effect of briefing (intention to treat). Word spreading from briefed to held-out people biases it towards zero.',
    );
  } else {
    out.push(
      'There is no randomised hold-out arm: every comparison here is observational. Plan the next campaign with a hold-out to measure the ambassadors’ own effect.',
    );
  }
  if (f.hasEarlier) {
    out.push(
      'The earlier campaign differs in topic, timing and season; the uplift compares two campaigns, not the ambassador method alone. Both are measured on the same people, so the intervals, which assume independent samples, are approximate.',
    );
  }
  if (f.matching.unmatchedRows > 0) {
    out.push(
      `${f.matching.unmatchedRows} of ${f.matching.rows} outcome rows matched nobody and are not counted; if they are not a random share, the rates are biased.`,
    );
  }
  return out;
}
