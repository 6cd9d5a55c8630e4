/**
 * Sentiment arithmetic
 *
 * The constants and the squashing function of the lexicon-based sentiment scorer, kept in one place
 * so the scanner, the explainer and the evaluation script agree.
 *
 * References:
 * - C. J. Hutto, E. Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social
 *   Media Text", ICWSM 2014 (negation factor, contrast "but" weighting, the x/√(x²+α) squashing).
 *
 * Notes:
 * - A negator flips and damps the next sentiment word within `NEGATION_SCOPE` words of the same
 *   clause ("не очень нравится" is mildly negative, not strongly).
 * - Before a contrast word ("но", "but") the sentence's sum is halved; after it words weigh 1.5.
 */

export const NEGATION_FACTOR = -0.75;
export const NEGATION_SCOPE = 3;
export const CONTRAST_BEFORE = 0.5;
export const CONTRAST_AFTER = 1.5;
/** Squashing constant: a single polarity-2 word gives 2/√(4+α). */
export const SQUASH_ALPHA = 8;

/** Maps an unbounded sum of polarities into (-1, 1). */
export function squash(sum: number): number {
  if (sum === 0) return 0;
  return sum / Math.sqrt(sum * sum + SQUASH_ALPHA);
}
