/**
 * Eligibility and group requirements
 *
 * Who may be an ambassador and which groups must get one. People outside the directory (external
 * contacts) are not eligible when a directory is present; excluded and held-out people are not
 * eligible. A group is required when it is at least `minGroupSize` strong, not held out, and has an
 * eligible member — otherwise it is reported.
 */
import type { Diagnostics } from '../shared/diagnostics.js';
import type { CampaignContext } from './context.js';

/** 1 for nodes that may be chosen. Unknown excluded ids are reported. */
export function buildEligibility(
  ctx: CampaignContext,
  exclude: readonly string[],
  diag: Diagnostics,
): Uint8Array {
  const eligible = new Uint8Array(ctx.n);
  const hasDirectory = ctx.person.some((p) => p !== undefined);
  for (let v = 0; v < ctx.n; v++) eligible[v] = !hasDirectory || ctx.person[v] ? 1 : 0;
  for (const id of exclude) {
    const v = ctx.indexOf.get(id);
    if (v === undefined) diag.report('exclude-not-in-graph', { file: 'exclude' }, id);
    else eligible[v] = 0;
  }
  return eligible;
}

/** Removes the members of held-out groups from eligibility. */
export function excludeGroups(ctx: CampaignContext, eligible: Uint8Array, groups: ReadonlySet<number>): void {
  for (let v = 0; v < ctx.n; v++) if (groups.has(ctx.community[v])) eligible[v] = 0;
}

/**
 * Required-group mask (by community position). Groups big enough but without an eligible member
 * are returned in `uncoverable`.
 */
export function requiredGroups(
  ctx: CampaignContext,
  eligible: Uint8Array,
  minGroupSize: number,
  heldOut: ReadonlySet<number>,
): { required: Uint8Array; uncoverable: number[] } {
  const groups = ctx.communityIds.length;
  const required = new Uint8Array(groups);
  const hasEligible = new Uint8Array(groups);
  for (let v = 0; v < ctx.n; v++)
    if (ctx.community[v] >= 0 && eligible[v] === 1) hasEligible[ctx.community[v]] = 1;
  const uncoverable: number[] = [];
  if (minGroupSize <= 0) return { required, uncoverable };
  for (let c = 0; c < groups; c++) {
    if (ctx.communitySize[c] < minGroupSize || heldOut.has(c)) continue;
    if (hasEligible[c] === 1) required[c] = 1;
    else uncoverable.push(c);
  }
  return { required, uncoverable };
}
