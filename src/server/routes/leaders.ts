/**
 * Leaders route: the ranked informal leaders. Viewers get pseudonym, rank, score and group; analysts
 * and admins also the explanation and metrics; admins may re-identify (audited). Every read is audited.
 * `run=ID` reads an earlier analysis run (the period filter: each run covers its own period).
 */
import { z } from 'zod';
import { hasRole } from '../../privacy/index.js';
import {
  cachedJson,
  identifiedFlag,
  outputMode,
  pagingSchema,
  presentFor,
  requireUser,
  runInfo,
} from '../present.js';
import { personRows } from '../person-rows.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const query = z.object({
  ...pagingSchema,
  community: z.coerce.number().int().min(0).optional(),
  run: z.coerce.number().int().min(1).optional(),
  identified: identifiedFlag,
});
type Query = z.infer<typeof query>;

async function leaders(ctx: HandlerContext<Query, unknown, unknown>) {
  const { limit, offset, community, run, identified: requested } = ctx.query;
  const data = ctx.services.data;
  const view = await (run === undefined ? data.view() : data.viewOf(run));
  const identified = outputMode(ctx, requested, 'leaders');
  const tier = hasRole(requireUser(ctx).role, 'analyst') ? 'analyst' : 'viewer';
  const policy = ctx.services.policy();
  ctx.audit('read-leaders', 'leaders', { limit, offset, community, run, identified });
  return cachedJson(ctx, view, `leaders:${tier}:${limit}:${offset}:${community ?? ''}`, identified, () => {
    const out = presentFor(ctx, view, `leaders:${tier}`, identified, () => personRows(view, policy, tier));
    const rows = community === undefined ? out.data : out.data.filter((r) => r.community === community);
    return { run: runInfo(view), total: rows.length, items: rows.slice(offset, offset + limit), identified };
  });
}

export const leaderRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/leaders',
    access: 'viewer',
    summary: 'Informal leaders by rank (pseudonymous unless an admin re-identifies)',
    tags: ['people'],
    query,
    example: async (services) => ({
      query: { limit: '10', run: String((await services.data.view()).run.id) },
    }),
    handler: leaders,
  },
];
