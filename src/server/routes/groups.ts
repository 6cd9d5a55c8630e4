/**
 * Group routes: interest groups (communities) with at least k members: size, leading and bridging
 * pseudonyms, keywords, topics, stance and departments (departments under k folded into "—").
 * Members are listed only for analysts and admins. The history route says how groups split, merged,
 * continued, appeared or vanished from one analysis run to the next.
 */
import { z } from 'zod';
import { hasRole } from '../../privacy/index.js';
import { NotFoundError, PrivacyError } from '../../shared/errors.js';
import type { CommunityResult } from '../../analysis/index.js';
import type { Directory } from '../../privacy/index.js';
import { presentFor, requireUser, runInfo } from '../present.js';
import { departmentShares } from '../safe-shares.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';
import { groupHistoryRoute } from './group-history.js';

const params = z.object({ id: z.coerce.number().int().min(0) });

interface Shown {
  readonly withMembers: boolean;
  readonly directory: Directory;
  readonly minGroupSize: number;
}

function summary(g: CommunityResult, shown: Shown) {
  return {
    id: g.id,
    size: g.members.length,
    leaders: (g.leaders ?? []).slice(0, 5),
    bridges: (g.bridges ?? []).slice(0, 5),
    keywords: g.keywords ?? [],
    topics: g.topics ?? {},
    stance: g.stance ?? {},
    ...(g.departments
      ? { departments: departmentShares(g.departments, shown.directory, shown.minGroupSize) }
      : {}),
    ...(shown.withMembers ? { members: g.members } : {}),
  };
}

function shownFor(
  ctx: HandlerContext<unknown, unknown, unknown>,
  directory: Directory,
  withMembers: boolean,
) {
  return { withMembers, directory, minGroupSize: ctx.services.policy().config.minGroupSize };
}

async function list(ctx: HandlerContext<unknown, unknown, unknown>) {
  const view = await ctx.services.data.view();
  const shown = shownFor(ctx, view.directory, false);
  const out = presentFor(ctx, view, 'groups', false, () => view.groups.map((g) => summary(g, shown)));
  return { run: runInfo(view), items: out.data, suppressedGroups: out.suppressedGroups };
}

async function one(ctx: HandlerContext<unknown, z.infer<typeof params>, unknown>) {
  const view = await ctx.services.data.view();
  const g = view.groups.find((x) => x.id === ctx.params.id);
  if (!g) throw new NotFoundError(`server/groups: no group ${ctx.params.id}`);
  const withMembers = hasRole(requireUser(ctx).role, 'analyst');
  const out = presentFor(ctx, view, `group:${g.id}:${withMembers}`, false, () => [
    summary(g, shownFor(ctx, view.directory, withMembers)),
  ]);
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
  groupHistoryRoute,
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
