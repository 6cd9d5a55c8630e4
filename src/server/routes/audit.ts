/**
 * Audit routes (admin): read the audit log (newest first, filterable) and verify its hash chain.
 */
import { z } from 'zod';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const query = z.object({
  limit: z.coerce.number().int().min(1).max(10_000).default(200),
  actor: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
});

export const auditRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/audit',
    access: 'admin',
    summary: 'Audit log entries, newest first',
    tags: ['admin'],
    query,
    handler: (ctx: HandlerContext<z.infer<typeof query>, unknown, unknown>) =>
      Promise.resolve({ items: ctx.services.audit.read(ctx.query) }),
  },
  {
    method: 'GET',
    url: '/api/audit/verify',
    access: 'admin',
    summary: "Check the audit log's hash chain",
    tags: ['admin'],
    handler: (ctx) => Promise.resolve(ctx.services.audit.verify()),
  },
];
