/**
 * Weighted log-odds with an informative Dirichlet prior
 *
 * The one scoring kernel behind both keyword functions (`keywords` over texts, `distinctiveTerms`
 * over stored per-message term counts).
 *
 * References:
 * - B. L. Monroe, M. P. Colaresi, K. M. Quinn, "Fightin' Words", Political Analysis 16(4), 2008,
 *   doi:10.1093/pan/mpn018 — eqs. 16–22 (δ̂ and its variance).
 */

/** Log-odds ratio δ and its z-score for one term. */
export interface LogOdds {
  readonly delta: number;
  readonly z: number;
}

/**
 * δ and z for a term used `yg` times in the group (of `ng` tokens) and `yr` times in the rest (of
 * `nr`), with prior total `a0` spread by the term's pooled frequency.
 */
export function logOdds(yg: number, yr: number, ng: number, nr: number, a0: number): LogOdds {
  const aw = (a0 * (yg + yr)) / (ng + nr);
  const delta = Math.log((yg + aw) / (ng + a0 - yg - aw)) - Math.log((yr + aw) / (nr + a0 - yr - aw));
  return { delta, z: delta / Math.sqrt(1 / (yg + aw) + 1 / (yr + aw)) };
}
