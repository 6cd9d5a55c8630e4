/**
 * Report route: the printable analysis report (self-contained HTML, or an A4 PDF printed by the
 * server's Chromium) as a download. Person-level, so analysts and admins; pseudonymous unless an
 * admin re-identifies. Every report is audited, like the CLI's.
 */
import { z } from 'zod';
import { parsePeriod, produceReport } from '../../report/index.js';
import { identifiedFlag, outputMode } from '../present.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const query = z.object({
  format: z.enum(['html', 'pdf']).default('html'),
  lang: z.enum(['ru', 'en']).default('ru'),
  period: z.string().trim().min(1).max(40).optional(),
  identified: identifiedFlag,
});
type Query = z.infer<typeof query>;

async function report(ctx: HandlerContext<Query, unknown, unknown>) {
  const { format, lang } = ctx.query;
  const period = ctx.query.period ? parsePeriod(ctx.query.period, 'api/report period') : undefined;
  const view = await ctx.services.data.view();
  const identified = outputMode(ctx, ctx.query.identified, 'report');
  ctx.audit('report', 'report', { format, lang, period: ctx.query.period ?? null, identified });
  const policy = ctx.services.policy();
  const out = await produceReport(
    ctx.services.workspace,
    { format, lang, identified, period },
    (v) => policy.presentOutput(v, { directory: view.directory, identified }).data,
  );
  const file = `sociogram-report-run${view.run.id}-${lang}.${format}`;
  void ctx.reply.header('content-disposition', `attachment; filename="${file}"`);
  void ctx.reply.type(format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8');
  return out.pdf ?? out.html;
}

export const reportRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/report',
    access: 'analyst',
    summary:
      'The analysis report as self-contained HTML or A4 PDF (pseudonymous unless re-identified; audited)',
    tags: ['reports'],
    query,
    example: { query: { format: 'html', lang: 'en' } },
    handler: report,
  },
];
