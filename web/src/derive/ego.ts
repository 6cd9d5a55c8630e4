/**
 * Ego network and spheres
 *
 * Builds a person's ego graph from their strongest ties (plus the ties among those contacts when the
 * person-level map has them), and the spheres they reach — departments and interest groups, as shares
 * of their tie weight — when the server does not send a ready communication map.
 */
import type { EdgeRow, GraphData, GraphNode, PersonRow } from '../api/schemas.js';
import type { Share } from '../api/schemas-detail.js';

export interface NodeInfo {
  readonly label?: string | undefined;
  readonly community: number;
  readonly department?: string | undefined;
  readonly score?: number | undefined;
}

/** The other end of a tie, or null when the tie does not touch `personId`. */
export function otherEnd(edge: EdgeRow, personId: string): string | null {
  if (edge.source === personId) return edge.target;
  return edge.target === personId ? edge.source : null;
}

/** Contacts with summed weight (both directions), strongest first. */
export function contactWeights(personId: string, ties: readonly EdgeRow[]): { id: string; weight: number }[] {
  const weights = new Map<string, number>();
  for (const tie of ties) {
    const other = otherEnd(tie, personId);
    if (other !== null && other !== personId) weights.set(other, (weights.get(other) ?? 0) + tie.weight);
  }
  return [...weights.entries()]
    .map(([id, weight]) => ({ id, weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

/** The ego graph: the person, their contacts, their ties, and the ties among contacts from `mapEdges`. */
export function egoGraph(
  person: PersonRow,
  ties: readonly EdgeRow[],
  info: ReadonlyMap<string, NodeInfo>,
  mapEdges: readonly EdgeRow[] = [],
): GraphData {
  const contacts = contactWeights(person.id, ties);
  const ids = new Set([person.id, ...contacts.map((c) => c.id)]);
  const nodes: GraphNode[] = [
    { id: person.id, label: person.label, community: person.community, score: person.score },
  ];
  for (const c of contacts) {
    const i = info.get(c.id);
    nodes.push({
      id: c.id,
      label: i?.label ?? c.id,
      community: i?.community ?? -1,
      score: i?.score ?? c.weight / 10,
    });
  }
  const among = mapEdges.filter(
    (e) => e.source !== person.id && e.target !== person.id && ids.has(e.source) && ids.has(e.target),
  );
  return { nodes, edges: [...ties, ...among] };
}

function toShares(counts: ReadonlyMap<string, number>): Share[] {
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Departments and groups reached, weighted by tie weight (unknown ones left out). */
export function deriveSpheres(
  personId: string,
  ties: readonly EdgeRow[],
  info: ReadonlyMap<string, NodeInfo>,
): { departments: Share[]; groups: Share[] } {
  const departments = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const { id, weight } of contactWeights(personId, ties)) {
    const i = info.get(id);
    if (i?.department) departments.set(i.department, (departments.get(i.department) ?? 0) + weight);
    if (i && i.community >= 0)
      groups.set(String(i.community), (groups.get(String(i.community)) ?? 0) + weight);
  }
  return { departments: toShares(departments), groups: toShares(groups) };
}
