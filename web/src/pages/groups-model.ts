/**
 * Groups page model
 *
 * Loads the interest groups and the run history, and — for roles that may see people — fills in each
 * group's department composition and bridges from the people list and the person-level map when the
 * server's group list does not carry them.
 */
import { api } from '../api/endpoints.js';
import type { Trends } from '../api/schemas.js';
import type { Group, Share } from '../api/schemas-detail.js';
import { groupBridges, groupDepartments } from '../derive/groups.js';
import { leaders, peopleMap } from '../state/shared-data.js';

export interface GroupView {
  readonly group: Group;
  readonly departments: readonly Share[] | null;
  readonly bridges: readonly { id: string; label: string }[] | null;
}

export interface GroupsData {
  readonly groups: readonly GroupView[];
  readonly suppressed: number;
  readonly runs: Trends['items'];
}

export async function loadGroups(people: boolean): Promise<GroupsData> {
  const [list, trends, everyone, map] = await Promise.all([
    api.groups(),
    api.trends(),
    people ? leaders.get() : null,
    people ? peopleMap.get() : null,
  ]);
  const departments = everyone ? groupDepartments(everyone.people) : null;
  const bridges = map ? groupBridges(map) : null;
  const groups = list.items.map((group) => ({
    group,
    departments: group.departments ?? departments?.get(group.id) ?? null,
    bridges: group.bridges ?? bridges?.get(group.id) ?? null,
  }));
  return { groups, suppressed: list.suppressedGroups ?? 0, runs: trends.items };
}
