/**
 * Person rows
 *
 * The two shapes people take in responses before the privacy policy presents them: a viewer row
 * (pseudonym, rank, score, group) and an analyst row (plus department, network role, metrics and the
 * explanation of the score). A group id is shown only when that group itself may be shown (size ≥ k).
 */
import type { PersonResult } from '../analysis/index.js';
import type { PrivacyPolicy } from '../privacy/index.js';
import type { AnalysisView } from './analysis-data.js';

export type RowTier = 'viewer' | 'analyst';

/** Community ids that may be shown: at least minGroupSize members who did not opt out. */
export function shownGroups(view: AnalysisView, policy: PrivacyPolicy): ReadonlySet<number> {
  return view.memo('shown-groups', () => {
    const ids = new Set<number>();
    for (const g of view.groups) {
      const members = g.members.filter((m) => !policy.isOptedOut(m)).length;
      if (policy.isGroupShown(members)) ids.add(g.id);
    }
    return ids;
  });
}

/** The row for one person at a tier (person ids still raw: presentOutput maps them). */
export function personRow(
  p: PersonResult,
  tier: RowTier,
  groups: ReadonlySet<number>,
): Record<string, unknown> {
  const base = {
    id: p.id,
    rank: p.rank,
    score: p.score,
    community: groups.has(p.community) ? p.community : null,
  };
  if (tier === 'viewer') return base;
  return {
    ...base,
    label: p.label,
    department: p.department,
    position: p.position,
    role: p.role,
    formalRank: p.formalRank,
    metrics: p.metrics,
    explanation: p.explanation,
  };
}

/** All people of a run as rows of a tier, by rank. */
export function personRows(
  view: AnalysisView,
  policy: PrivacyPolicy,
  tier: RowTier,
): Record<string, unknown>[] {
  const groups = shownGroups(view, policy);
  return view.persons.map((p) => personRow(p, tier, groups));
}
