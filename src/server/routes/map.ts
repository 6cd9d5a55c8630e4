/**
 * Map routes: the interest-group map (viewer: groups of at least k people and the summed ties between
 * them) and the person-level map (analyst: the top people by rank and the ties among them).
 */
import { z } from 'zod';
import type { AnalysisView } from '../analysis-data.js';
import { personRow, shownGroups } from '../person-rows.js';
import { cachedJson, identifiedFlag, outputMode, presentFor, runInfo } from '../present.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';
import type { PrivacyPolicy } from '../../privacy/index.js';

const peopleQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  community: z.coerce.number().int().min(0).optional(),
  identified: identifiedFlag,
});

function groupMap(view: AnalysisView, policy: PrivacyPolicy) {
  const shown = shownGroups(view, policy);
  const groupOf = new Map(view.persons.map((p) => [p.id, p.community]));
  const weights = new Map<string, { source: number; target: number; weight: number; ties: number }>();
  for (const e of view.edges) {
    const a = groupOf.get(e.source);
    const b = groupOf.get(e.target);
    if (a === undefined || b === undefined || a === b || !shown.has(a) || !shown.has(b)) continue;
    const key = `${a}>${b}`;
    const w = weights.get(key) ?? { source: a, target: b, weight: 0, ties: 0 };
    w.weight += e.weight;
    w.ties++;
    weights.set(key, w);
  }
  const nodes = view.groups
    .filter((g) => shown.has(g.id))
    .map((g) => ({
      group: g.id,
      size: g.members.length,
      leaders: (g.leaders ?? []).slice(0, 3),
      keywords: g.keywords ?? [],
    }));
  return { nodes, edges: [...weights.values()].filter((w) => w.ties >= policy.config.minGroupSize) };
}

function peopleMap(view: AnalysisView, policy: PrivacyPolicy, limit: number, community: number | undefined) {
  const groups = shownGroups(view, policy);
  const chosen = view.persons
    .filter((p) => community === undefined || p.community === community)
    .slice(0, limit);
  const ids = new Set(chosen.map((p) => p.id));
  return {
    nodes: chosen.map((p) => personRow(p, 'viewer', groups)),
    edges: view.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

async function groups(ctx: HandlerContext<unknown, unknown, unknown>) {
  const view = await ctx.services.data.view();
  const policy = ctx.services.policy();
  return cachedJson(ctx, view, 'map:groups', false, () => {
    const out = presentFor(ctx, view, 'map:groups', false, () => groupMap(view, policy));
    return { run: runInfo(view), ...out.data, suppressedGroups: view.groups.length - out.data.nodes.length };
  });
}

async function people(ctx: HandlerContext<z.infer<typeof peopleQuery>, unknown, unknown>) {
  const { limit, community, identified: requested } = ctx.query;
  const view = await ctx.services.data.view();
  const identified = outputMode(ctx, requested, 'map:people');
  const key = `map:people:${limit}:${community ?? ''}`;
  const out = presentFor(ctx, view, key, identified, () =>
    peopleMap(view, ctx.services.policy(), limit, community),
  );
  ctx.audit('read-map', 'map:people', { limit, community, identified });
  return { run: runInfo(view), ...out.data, identified };
}

export const mapRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/map/groups',
    access: 'viewer',
    summary: 'Interest-group map: groups of at least k people and the ties between them',
    tags: ['maps'],
    handler: groups,
  },
  {
    method: 'GET',
    url: '/api/map/people',
    access: 'analyst',
    summary: 'Person-level map of the top people by rank (pseudonymous)',
    tags: ['maps'],
    query: peopleQuery,
    example: { query: { limit: '50' } },
    handler: people,
  },
];
