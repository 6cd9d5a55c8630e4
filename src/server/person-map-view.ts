/**
 * A person's communication map for the API
 *
 * Builds `buildPersonMap` over the served analysis run and makes it safe to present: contacts'
 * departments and groups under k are dropped, department and group shares under k are folded into
 * "—"; the privacy walker then turns person ids into pseudonyms and drops opted-out contacts.
 */
import { buildPersonMap, type LoadedAnalysis, type PersonMap, type PersonResult } from '../analysis/index.js';
import type { AnalysisSummary } from '../analysis/index.js';
import type { Store } from '../store/index.js';
import type { AnalysisView } from './analysis-data.js';
import { departmentShares, groupShares } from './safe-shares.js';

function loadedFrom(view: AnalysisView): LoadedAnalysis {
  return {
    runId: view.run.id,
    createdAt: view.run.createdAt,
    summary: (view.run.summary ?? { period: null }) as AnalysisSummary,
    people: [...view.persons],
    communities: [...view.groups],
    edges: [...view.edges],
  };
}

/** The map of `person`, with every department and group smaller than `k` unnamed. */
export async function safePersonMap(
  store: Store,
  view: AnalysisView,
  person: PersonResult,
  k: number,
): Promise<PersonMap> {
  const map = await buildPersonMap(store, loadedFrom(view), person, { topContacts: 20 });
  const groupSizes = view.memo(
    'group-sizes',
    () => new Map(view.groups.map((g) => [String(g.id), g.members.length])),
  );
  const departmentShown = (d: string | undefined): boolean =>
    d !== undefined && (view.directory.departmentSizes.get(d) ?? 0) >= k;
  const groupShown = (c: number | undefined): boolean =>
    c !== undefined && (groupSizes.get(String(c)) ?? 0) >= k;
  return {
    ...map,
    contacts: map.contacts.map((c) => ({
      ...c,
      department: departmentShown(c.department) ? c.department : undefined,
      community: groupShown(c.community) ? c.community : undefined,
    })),
    departments: departmentShares(map.departments, view.directory, k),
    groups: groupShares(map.groups, groupSizes, k),
  };
}
