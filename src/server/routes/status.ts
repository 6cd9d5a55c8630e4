/**
 * Status route: what the workspace holds, as organization-wide counts (people, messages per channel,
 * the period covered, analysis runs). Per-source paths and skipped-item details stay out: file names
 * can name people, and the counts are all the overview needs.
 */
import type { AnyRouteDef, HandlerContext } from '../types.js';

async function status(ctx: HandlerContext<unknown, unknown, unknown>) {
  const s = await ctx.services.workspace.store.status();
  return {
    people: s.people,
    identities: s.identities,
    messages: s.messagesByChannel.reduce((sum, c) => sum + c.messages, 0),
    messagesByChannel: s.messagesByChannel.map((c) => ({ channel: c.channel, messages: c.messages })),
    period: s.period,
    analysisRuns: s.analysisRuns,
  };
}

export const statusRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/status',
    access: 'viewer',
    summary: 'Workspace figures: people, messages per channel, period covered, analysis runs',
    tags: ['status'],
    handler: status,
  },
];
