/**
 * Group routes: interest groups (communities) with at least k members: size, leading pseudonyms,
 * keywords and topics. Members are listed only for analysts and admins.
 */
import { z } from 'zod';
import { hasRole } from '../../privacy/index.js';
import { NotFoundError, PrivacyError } from '../../shared/errors.js';
import type { CommunityResult } from '../../analysis/index.js';
import { presentFor, requireUser, runInfo } from '../present.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const params = z.object({ id: z.coerce.number().int().min(0) });

function summary(g: CommunityResult, withMembers: boolean) {
  return {
    id: g.id,
    size: g.members.length,
    leaders: (g.leaders ?? []).slice(0, 5),
    keywords: g.keywords ?? [],
    topics: g.topics ?? {},
    ...(withMembers ? { members: g.members } : {}),
  };
}

async function list(ctx: HandlerContext<unknown, unknown, unknown>) {
  const view = await ctx.services.data.view();
  const out = presentFor(ctx, view, 'groups', false, () => view.groups.map((g) => summary(g, false)));
  return { run: runInfo(view), items: out.data, suppressedGroups: out.suppressedGroups };
}

async function one(ctx: HandlerContext<unknown, z.infer<typeof params>, unknown>) {
  const view = await ctx.services.data.view();
  const g = view.groups.find((x) => x.id === ctx.params.id);
  if (!g) throw new NotFoundError(`server/groups: no group ${ctx.params.id}`);
  const withMembers = hasRole(requireUser(ctx).role, 'analyst');
  const out = presentFor(ctx, view, `group:${g.id}:${withMembers}`, false, () => [summary(g, withMembers)]);
  const shown = out.data[0];
  if (!shown) {
    throw new PrivacyError(`server/groups: group ${g.id} has fewer than the minimum group size`, {
      code: 'GROUP_TOO_SMALL',
    });
  }
  if (withMembers) ctx.audit('read-group-members', `group:${g.id}`);
  return { run: runInfo(view), group: shown };
}

export const groupRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/groups',
    access: 'viewer',
    summary: 'Interest groups of at least k people',
    tags: ['groups'],
    handler: list,
  },
  {
    method: 'GET',
    url: '/api/groups/:id',
    access: 'viewer',
    summary: 'One interest group (members for analysts and admins)',
    tags: ['groups'],
    params,
    example: async (services) => {
      const view = await services.data.view();
      const big = view.groups.find((g) => g.members.length >= services.policy().config.minGroupSize);
      return { params: { id: String(big?.id ?? 0) } };
    },
    handler: one,
  },
];
