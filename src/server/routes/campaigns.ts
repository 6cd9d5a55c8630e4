/**
 * Campaign route: campaign plans and reports stored with the latest analysis run (rows of kind
 * `campaign`), passed through the privacy policy like every other output: ambassadors become
 * pseudonyms, reach rows for fewer than k people are withheld. Person-level, so analysts and admins.
 */
import { identifiedFlag, outputMode, presentFor, runInfo } from '../present.js';
import { z } from 'zod';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const query = z.object({ identified: identifiedFlag });

async function campaigns(ctx: HandlerContext<z.infer<typeof query>, unknown, unknown>) {
  const view = await ctx.services.data.view();
  const identified = outputMode(ctx, ctx.query.identified, 'campaigns');
  const rows = await ctx.services.workspace.store.analysisRows(view.run.id, 'campaign');
  const out = presentFor(ctx, view, 'campaigns', identified, () =>
    rows.map((r) => ({ key: r.key, data: r.data })),
  );
  ctx.audit('read-campaigns', 'campaigns', { identified });
  return { run: runInfo(view), items: out.data, suppressedGroups: out.suppressedGroups, identified };
}

export const campaignRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/campaigns',
    access: 'analyst',
    summary: 'Campaign plans and reports of the latest run (pseudonymous)',
    tags: ['campaigns'],
    query,
    handler: campaigns,
  },
];
