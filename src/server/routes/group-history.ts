/**
 * Group history route: how interest groups changed between consecutive analysis runs (split, merge,
 * continue, birth, death), matched by shared members. Only groups of at least k members take part,
 * so a small group is never named; one that grows past k shows up as a birth.
 */
import { z } from 'zod';
import { groupHistory, isWindowRun, type CommunityResult, type RunGroups } from '../../analysis/index.js';
import type { AnalysisRun, Store } from '../../store/index.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const query = z.object({ runs: z.coerce.number().int().min(2).max(50).default(12) });

async function runGroups(store: Store, run: AnalysisRun, minSize: number): Promise<RunGroups> {
  const rows = await store.analysisRows(run.id, 'community');
  const groups = rows
    .map((r) => r.data as CommunityResult)
    .filter((g) => g.members.length >= minSize)
    .map((g) => ({ id: g.id, members: g.members }));
  return { run: run.id, groups };
}

async function history(ctx: HandlerContext<z.infer<typeof query>, unknown, unknown>) {
  const store = ctx.services.workspace.store;
  const minSize = ctx.services.policy().config.minGroupSize;
  const runs = (await store.listAnalysisRuns())
    .filter((r) => !isWindowRun(r))
    .sort((a, b) => a.id - b.id)
    .slice(-ctx.query.runs);
  // NOTE: one run at a time: the store has one connection, and each run's rows can be large.
  const loaded: RunGroups[] = [];
  for (const run of runs) loaded.push(await runGroups(store, run, minSize));
  return {
    runs: runs.map((r) => ({ id: r.id, createdAt: new Date(r.createdAt).toISOString() })),
    items: groupHistory(loaded),
  };
}

export const groupHistoryRoute: AnyRouteDef = {
  method: 'GET',
  url: '/api/groups/history',
  access: 'viewer',
  summary: 'How interest groups split, merged, continued, appeared or vanished between analysis runs',
  tags: ['groups'],
  query,
  handler: history,
};
