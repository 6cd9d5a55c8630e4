/**
 * Trends route: how the network changed across analysis runs (people, ties, groups, modularity per
 * run, and the period each run covers). Organization-wide aggregates only. Per-window runs
 * (`sociogram trends`, params with a `window`) are left out: each item is a whole-period analysis, and
 * the last one is the current.
 */
import { isWindowRun } from '../../analysis/index.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function periodOf(v: unknown): { from: number; to: number } | null {
  const p = v as { from?: unknown; to?: unknown } | null | undefined;
  const from = num(p?.from);
  const to = num(p?.to);
  return from !== null && to !== null ? { from, to } : null;
}

async function trends(ctx: HandlerContext<unknown, unknown, unknown>) {
  const runs = (await ctx.services.workspace.store.listAnalysisRuns()).filter((r) => !isWindowRun(r));
  return {
    items: runs.map((r) => {
      const s = (r.summary ?? {}) as Record<string, unknown>;
      return {
        run: r.id,
        createdAt: new Date(r.createdAt).toISOString(),
        people: num(s.people),
        edges: num(s.edges),
        communities: num(s.communities),
        modularity: num(s.modularity),
        period: periodOf(s.period),
      };
    }),
  };
}

export const trendRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/trends',
    access: 'viewer',
    summary: 'Network measures per analysis run',
    tags: ['trends'],
    handler: trends,
  },
];
