/**
 * Campaign route: campaign plans and reports stored with the latest analysis run (rows of kind
 * `campaign`) and the plans made through the API (`campaigns/<id>/plan.json`, newest first), passed
 * through the privacy policy like every other output: ambassadors become pseudonyms, reach rows for
 * fewer than k people are withheld. Person-level, so analysts and admins.
 */
import { listCampaignIds, readCampaignPlan } from '../campaign-files.js';
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
  const dir = ctx.services.workspace.dir;
  const planned = listCampaignIds(dir).map(({ id }) => ({ key: id, data: readCampaignPlan(dir, id) }));
  // NOTE: not memoized like the run's rows: plans are added while the run stays the same.
  const shown = ctx.services.policy().presentOutput(planned, { directory: view.directory, identified });
  ctx.audit('read-campaigns', 'campaigns', { identified });
  return {
    run: runInfo(view),
    items: [...shown.data, ...out.data],
    suppressedGroups: out.suppressedGroups + shown.suppressedGroups,
    identified,
  };
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
