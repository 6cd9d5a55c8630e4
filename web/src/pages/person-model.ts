/**
 * Person page model
 *
 * Loads a person's profile, their communication map (`GET /api/people/:id/map`), and the shared
 * person-level map and people list (for labels and the ego graph), and combines them into what the
 * page shows.
 */
import { api } from '../api/endpoints.js';
import { isApiError } from '../api/errors.js';
import type { EdgeRow, GraphData, PersonRow } from '../api/schemas.js';
import type { PersonMap, Share, Stance } from '../api/schemas-detail.js';
import { egoGraph, type NodeInfo } from '../derive/ego.js';
import { countGroups } from '../graph/palette.js';
import { leaders, peopleMap } from '../state/shared-data.js';

export interface PersonView {
  readonly person: PersonRow;
  readonly ego: GraphData;
  readonly contacts: readonly { id: string; label: string; weight: number; messages?: number | undefined }[];
  readonly spheres: { departments: Share[]; groups: Share[] };
  readonly topics: Readonly<Record<string, number>>;
  readonly stance: Stance;
  /** 7 × 24 messages sent, Monday first; null when the server sent none. */
  readonly rhythm: readonly (readonly number[])[] | null;
  readonly change: PersonMap['change'];
  /** Group sizes over the whole map, so the ego graph uses the overview's colours. */
  readonly groupSizes: ReadonlyMap<number, number> | null;
}

async function optional<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (isApiError(e, 'not-found') || isApiError(e, 'forbidden')) return null;
    throw e;
  }
}

/** id → label, group, department and score from the people list and the map. */
export function nodeInfo(people: readonly PersonRow[], map: GraphData | null): Map<string, NodeInfo> {
  const info = new Map<string, NodeInfo>();
  for (const n of map?.nodes ?? [])
    info.set(n.id, { label: n.label, community: n.community, score: n.score });
  for (const p of people)
    info.set(p.id, { label: p.label, community: p.community, department: p.department, score: p.score });
  return info;
}

/** Combines the profile, the communication map and the shared data into the page's view. */
export function combinePerson(
  person: PersonRow,
  ties: readonly EdgeRow[],
  map: PersonMap,
  info: ReadonlyMap<string, NodeInfo>,
  mapEdges: readonly EdgeRow[],
): PersonView {
  const label = (id: string) => info.get(id)?.label ?? id;
  return {
    person,
    ego: egoGraph(person, ties, info, mapEdges),
    contacts: map.contacts.map((c) => ({
      id: c.personId,
      label: label(c.personId),
      weight: c.outWeight + c.inWeight,
      messages: c.messages,
    })),
    spheres: { departments: map.departments, groups: map.groups },
    topics: map.topics,
    stance: map.stance,
    rhythm: map.rhythm ?? null,
    change: map.change,
    groupSizes: null,
  };
}

export async function loadPerson(id: string): Promise<PersonView> {
  const [detail, map, people, graph] = await Promise.all([
    api.person(id),
    api.personMap(id),
    optional(leaders.get()),
    optional(peopleMap.get()),
  ]);
  const info = nodeInfo(people?.people ?? [], graph);
  const view = combinePerson(detail.person, detail.ties, map, info, graph?.edges ?? []);
  return { ...view, groupSizes: graph ? countGroups(graph.nodes) : null };
}
