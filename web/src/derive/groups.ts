/**
 * Group composition and bridges
 *
 * From the people list and the person-level map: the departments each interest group draws from, and
 * its bridges — members with the largest tie weight to other groups. Used when the server's group list
 * does not carry them.
 */
import type { EdgeRow, GraphData, PersonRow } from '../api/schemas.js';
import type { Share } from '../api/schemas-detail.js';

/** Group id → departments with member counts, largest first. */
export function groupDepartments(people: readonly PersonRow[]): Map<number, Share[]> {
  const counts = new Map<number, Map<string, number>>();
  for (const p of people) {
    if (p.community < 0 || !p.department) continue;
    const c = counts.get(p.community) ?? new Map<string, number>();
    c.set(p.department, (c.get(p.department) ?? 0) + 1);
    counts.set(p.community, c);
  }
  const out = new Map<number, Share[]>();
  for (const [group, c] of counts) {
    out.set(
      group,
      [...c.entries()]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    );
  }
  return out;
}

/** Group id → up to `limit` members with the most tie weight to other groups, strongest first. */
export function groupBridges(map: GraphData, limit = 3): Map<number, { id: string; label: string }[]> {
  const node = new Map(map.nodes.map((n) => [n.id, n]));
  const across = new Map<string, number>();
  const add = (id: string, w: number) => across.set(id, (across.get(id) ?? 0) + w);
  map.edges.forEach((e: EdgeRow) => {
    const a = node.get(e.source);
    const b = node.get(e.target);
    if (!a || !b || a.community === b.community) return;
    add(a.id, e.weight);
    add(b.id, e.weight);
  });
  const out = new Map<number, { id: string; label: string; w: number }[]>();
  for (const [id, w] of across) {
    const n = node.get(id)!;
    if (n.community < 0) continue;
    const list = out.get(n.community) ?? [];
    list.push({ id, label: n.label, w });
    out.set(n.community, list);
  }
  const result = new Map<number, { id: string; label: string }[]>();
  for (const [g, list] of out) {
    result.set(
      g,
      list
        .sort((a, b) => b.w - a.w || (a.id < b.id ? -1 : 1))
        .slice(0, limit)
        .map(({ id, label }) => ({ id, label })),
    );
  }
  return result;
}

/** The group-level map as a drawable graph: one node per group on a circle, sized by head count. */
export function groupMapGraph(
  map: {
    nodes: readonly { group: number; size: number }[];
    edges: readonly { source: number; target: number; weight: number }[];
  },
  label: (group: number, size: number) => string,
): GraphData {
  return {
    nodes: map.nodes.map((n) => ({
      id: `g${n.group}`,
      label: label(n.group, n.size),
      community: n.group,
      score: n.size,
    })),
    edges: map.edges.map((e) => ({ source: `g${e.source}`, target: `g${e.target}`, weight: e.weight })),
  };
}
