/**
 * Export route: a dataset as CSV or JSON for download, through the same privacy policy as the API.
 * Every export is audited; `identified=true` is admin-only and audited as a re-identification.
 */
import { z } from 'zod';
import type { AnalysisView } from '../analysis-data.js';
import { toCsv } from '../csv.js';
import { personRows } from '../person-rows.js';
import { identifiedFlag, outputMode, presentFor } from '../present.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';
import type { PrivacyPolicy } from '../../privacy/index.js';

const DATASETS = ['people', 'groups', 'edges'] as const;
const params = z.object({ dataset: z.enum(DATASETS) });
const query = z.object({ format: z.enum(['csv', 'json']).default('csv'), identified: identifiedFlag });

function dataset(
  view: AnalysisView,
  policy: PrivacyPolicy,
  name: (typeof DATASETS)[number],
): Record<string, unknown>[] {
  if (name === 'people') {
    return personRows(view, policy, 'analyst').map(({ metrics, explanation, ...r }) => ({
      ...r,
      ...(metrics as Record<string, number>),
      topFactor: (explanation as { factor: string }[] | undefined)?.[0]?.factor ?? '',
    }));
  }
  if (name === 'groups') {
    return view.groups.map((g) => ({
      id: g.id,
      size: g.members.length,
      leaders: (g.leaders ?? []).slice(0, 3),
      keywords: g.keywords ?? [],
    }));
  }
  return view.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
}

async function exportDataset(ctx: HandlerContext<z.infer<typeof query>, z.infer<typeof params>, unknown>) {
  const { dataset: name } = ctx.params;
  const view = await ctx.services.data.view();
  const identified = outputMode(ctx, ctx.query.identified, `export:${name}`);
  const out = presentFor(ctx, view, `export:${name}`, identified, () =>
    dataset(view, ctx.services.policy(), name),
  );
  ctx.audit('export', name, { format: ctx.query.format, rows: out.data.length, identified });
  const file = `sociogram-${name}-run${view.run.id}.${ctx.query.format}`;
  void ctx.reply.header('content-disposition', `attachment; filename="${file}"`);
  if (ctx.query.format === 'json') return out.data;
  void ctx.reply.type('text/csv; charset=utf-8');
  return toCsv(out.data);
}

export const exportRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/exports/:dataset',
    access: 'analyst',
    summary: 'Download people, groups or edges as CSV or JSON (audited)',
    tags: ['exports'],
    params,
    query,
    example: { params: { dataset: 'people' }, query: { format: 'csv' } },
    handler: exportDataset,
  },
];
