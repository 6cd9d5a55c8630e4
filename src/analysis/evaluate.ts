/**
 * Evaluation against ground truth
 *
 * precision@k and recall@k of a ranked list against a set of known leaders.
 */

export interface PrecisionAtK {
  readonly k: number;
  readonly hits: number;
  readonly precision: number;
  readonly recall: number;
}

/** Precision and recall of the first k ids of `ranked` against `truth` (k defaults to |truth|). */
export function precisionAtK(
  ranked: readonly string[],
  truth: readonly string[],
  k = truth.length,
): PrecisionAtK {
  const t = new Set(truth);
  const top = ranked.slice(0, k);
  const hits = top.filter((id) => t.has(id)).length;
  return { k, hits, precision: k ? hits / k : 0, recall: t.size ? hits / t.size : 0 };
}
