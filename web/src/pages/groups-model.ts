/**
 * Groups page model
 *
 * Loads the interest groups (with departments, bridges and stance as the server describes them), the
 * analysis runs and what happened to the groups between runs, and groups the changes by run.
 */
import { api } from '../api/endpoints.js';
import type { Trends } from '../api/schemas.js';
import type { Group, GroupHistory, Share } from '../api/schemas-detail.js';

export interface GroupView {
  readonly group: Group;
  readonly departments: readonly Share[] | null;
  readonly bridges: readonly { id: string; label: string }[];
}

export type GroupChange = GroupHistory['items'][number];

export interface RunChanges {
  readonly run: number;
  /** Splits, merges, births and deaths, in the server's order. */
  readonly changes: readonly GroupChange[];
  /** How many groups simply continued. */
  readonly continued: number;
}

export interface GroupsData {
  readonly groups: readonly GroupView[];
  readonly suppressed: number;
  readonly runs: Trends['items'];
  readonly history: readonly RunChanges[];
}

/** The history's changes per run, latest run first. */
export function changesByRun(items: readonly GroupChange[]): RunChanges[] {
  const byRun = new Map<number, GroupChange[]>();
  for (const c of items) byRun.set(c.run, [...(byRun.get(c.run) ?? []), c]);
  return [...byRun.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([run, changes]) => ({
      run,
      changes: changes.filter((c) => c.kind !== 'continue'),
      continued: changes.filter((c) => c.kind === 'continue').length,
    }));
}

export async function loadGroups(): Promise<GroupsData> {
  const [list, trends, history] = await Promise.all([api.groups(), api.trends(), api.groupHistory()]);
  const groups = list.items.map((group) => ({
    group,
    departments: group.departments ?? null,
    bridges: group.bridges ?? [],
  }));
  return {
    groups,
    suppressed: list.suppressedGroups ?? 0,
    runs: trends.items,
    history: changesByRun(history.items),
  };
}
