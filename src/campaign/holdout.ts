/**
 * Randomised hold-out arm
 *
 * So that an evaluation has a comparison that is not self-selected, a plan can leave out at random
 * either a share of its chosen ambassadors (they are not briefed; their neighbourhoods are the
 * control) or a share of the interest groups (no ambassador is chosen in them; their members are
 * the control). The draw is seeded and recorded in the plan.
 *
 * Notes:
 * - Holding out ambassadors after selection keeps the briefed set's expected quality unchanged in
 *   expectation (a random subset of a greedy set), at the cost of reach.
 * - Holding out groups can only draw groups with at least `minSize` members, so the control arm is
 *   made of groups comparable to the treated ones.
 */
import { shuffle, type Rng } from '../shared/rng.js';
import type { CampaignContext } from './context.js';

/** Random groups (community positions) making up `share` of the groups with ≥ minSize members. */
export function drawHeldOutGroups(
  ctx: CampaignContext,
  share: number,
  minSize: number,
  rng: Rng,
): Set<number> {
  const pool: number[] = [];
  for (let c = 0; c < ctx.communityIds.length; c++)
    if (ctx.communitySize[c] >= Math.max(1, minSize)) pool.push(c);
  const take = Math.round(pool.length * share);
  return new Set(shuffle(rng, pool).slice(0, take));
}

/** Number of ambassadors to select so that `k` remain briefed after holding out `share`. */
export function selectionSizeForHoldout(k: number, share: number): number {
  return Math.ceil(k / (1 - share));
}

/** Splits the selected seeds into briefed and held-out, holding out `selected − k` at random. */
export function splitHeldOutAmbassadors(
  selected: readonly number[],
  k: number,
  rng: Rng,
): { briefed: number[]; heldOut: number[] } {
  const order = shuffle(rng, [...selected]);
  const held = new Set(order.slice(0, Math.max(0, selected.length - k)));
  return { briefed: selected.filter((v) => !held.has(v)), heldOut: selected.filter((v) => held.has(v)) };
}
