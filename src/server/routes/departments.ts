/**
 * Department route: the breakdown by formal department (people analysed, mean score, how many are in
 * the top tenth of leaders). Departments with fewer than k people are withheld.
 */
import type { AnalysisView } from '../analysis-data.js';
import { presentFor, runInfo } from '../present.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

function breakdown(view: AnalysisView) {
  const topCut = Math.max(1, Math.ceil(view.persons.length / 10));
  const rows = new Map<string, { department: string; size: number; scoreSum: number; topLeaders: number }>();
  view.persons.forEach((p, i) => {
    if (!p.department) return;
    const r = rows.get(p.department) ?? { department: p.department, size: 0, scoreSum: 0, topLeaders: 0 };
    r.size++;
    r.scoreSum += p.score;
    if (i < topCut) r.topLeaders++;
    rows.set(p.department, r);
  });
  return [...rows.values()]
    .map((r) => ({
      department: r.department,
      size: r.size,
      meanScore: r.scoreSum / r.size,
      topLeaders: r.topLeaders,
    }))
    .sort((a, b) => b.size - a.size || a.department.localeCompare(b.department));
}

async function departments(ctx: HandlerContext<unknown, unknown, unknown>) {
  const view = await ctx.services.data.view();
  const out = presentFor(ctx, view, 'departments', false, () => breakdown(view));
  return { run: runInfo(view), items: out.data, suppressedGroups: out.suppressedGroups };
}

export const departmentRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/departments',
    access: 'viewer',
    summary: 'Breakdown by department (departments under k people withheld)',
    tags: ['groups'],
    handler: departments,
  },
];
