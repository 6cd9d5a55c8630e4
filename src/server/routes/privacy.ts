/**
 * Privacy routes (admin): read and change the privacy settings (audited, applied at once), the
 * processing record for a DPIA or a 152-FZ notification, and a purge run on demand.
 */
import { z } from 'zod';
import { applyPrivacyPurges, buildPrivacyReport, renderPrivacyReport } from '../../privacy/index.js';
import { privacyConfigSchema } from '../../shared/config.js';
import { initWorkspace } from '../../store/index.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

// NOTE: not `privacyConfigSchema.partial()`: its defaults would fill in, and reset, every missing key.
const settingsBody = z
  .object({
    pseudonymize: z.boolean(),
    minGroupSize: z.number().int().min(1).max(1000),
    retainText: z.boolean(),
    retentionDays: z.number().int().positive().nullable(),
    optOut: z.array(z.string().min(1).max(320)).max(100_000),
    purpose: z.string().min(1).max(4000),
    legalBasis: z.string().max(4000),
  })
  .partial()
  .strict();
const reportQuery = z.object({
  format: z.enum(['json', 'markdown']).default('json'),
  lang: z.enum(['ru', 'en']).default('ru'),
});

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function putSettings(ctx: HandlerContext<unknown, unknown, z.infer<typeof settingsBody>>) {
  const ws = ctx.services.workspace;
  const privacy = privacyConfigSchema.parse({ ...ws.config.privacy, ...ctx.body });
  const config = initWorkspace(ws.dir, { ...ws.config, privacy });
  ctx.services.applyConfig(config);
  // NOTE: the opt-out list holds addresses: the audit log records how it changed, not its entries.
  ctx.audit('setting-change', 'privacy', {
    changed: changedKeys(ws.config.privacy, privacy),
    optOutEntries: privacy.optOut.length,
  });
  return Promise.resolve(privacy);
}

export const privacyRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/privacy/settings',
    access: 'admin',
    summary: 'Privacy settings of the workspace',
    tags: ['privacy'],
    handler: (ctx) => Promise.resolve(ctx.services.workspace.config.privacy),
  },
  {
    method: 'PUT',
    url: '/api/privacy/settings',
    access: 'admin',
    summary: 'Change privacy settings (pseudonymize, minGroupSize, retention, opt-out, purpose, legal basis)',
    tags: ['privacy'],
    body: settingsBody,
    example: { body: { legalBasis: '152-ФЗ ст. 6 ч. 1 п. 5' } },
    handler: putSettings,
  },
  {
    method: 'GET',
    url: '/api/privacy/report',
    access: 'admin',
    summary: 'Record of processing (JSON or Markdown, Russian or English)',
    tags: ['privacy'],
    query: reportQuery,
    async handler(ctx: HandlerContext<z.infer<typeof reportQuery>, unknown, unknown>) {
      const report = await buildPrivacyReport(ctx.services.workspace);
      ctx.audit('privacy-report', 'workspace');
      if (ctx.query.format === 'json') return report;
      void ctx.reply.type('text/markdown; charset=utf-8');
      return renderPrivacyReport(report, ctx.query.lang);
    },
  },
  {
    method: 'POST',
    url: '/api/privacy/purge',
    access: 'admin',
    summary: 'Purge opted-out people and expired or unretained text now',
    tags: ['privacy'],
    async handler(ctx) {
      const result = await applyPrivacyPurges(ctx.services.workspace.store, ctx.services.policy());
      ctx.services.data.invalidate();
      ctx.audit('purge', 'workspace', result);
      return result;
    },
  },
];
