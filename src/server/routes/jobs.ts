/**
 * Job routes: start an ingest (admin: it reads server paths) or an analysis (analyst), list jobs and
 * poll one job's progress. Jobs run in-process one at a time.
 */
import { z } from 'zod';
import { NotFoundError } from '../../shared/errors.js';
import { requireUser } from '../present.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const ingestBody = z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100) });
const analyzeBody = z.object({ params: z.record(z.string(), z.unknown()).default({}) });
const jobParams = z.object({ id: z.uuid() });

function start(kind: 'ingest' | 'analyze') {
  return (ctx: HandlerContext<unknown, unknown, unknown>) => {
    const user = requireUser(ctx);
    const job = ctx.services.jobs.start(kind, ctx.body, user.username);
    ctx.audit(
      `job-${kind}`,
      job.id,
      kind === 'ingest' ? { paths: (ctx.body as { paths: string[] }).paths.length } : ctx.body,
    );
    void ctx.reply.status(202);
    return Promise.resolve(job);
  };
}

export const jobRoutes: AnyRouteDef[] = [
  {
    method: 'POST',
    url: '/api/jobs/ingest',
    access: 'admin',
    summary: 'Start ingesting files or folders on the server (opted-out people are dropped)',
    tags: ['jobs'],
    body: ingestBody,
    example: { body: { paths: ['mail/inbox.mbox'] } },
    handler: start('ingest'),
  },
  {
    method: 'POST',
    url: '/api/jobs/analyze',
    access: 'analyst',
    summary: 'Start an analysis run',
    tags: ['jobs'],
    body: analyzeBody,
    example: { body: { params: {} } },
    handler: start('analyze'),
  },
  {
    method: 'GET',
    url: '/api/jobs',
    access: 'analyst',
    summary: 'Recent jobs with status and progress',
    tags: ['jobs'],
    handler: (ctx) => Promise.resolve({ items: ctx.services.jobs.list() }),
  },
  {
    method: 'GET',
    url: '/api/jobs/:id',
    access: 'analyst',
    summary: "One job's status and progress (poll this)",
    tags: ['jobs'],
    params: jobParams,
    example: (services) => ({
      params: { id: services.jobs.start('analyze', { params: {} }, 'matrix-test').id },
    }),
    handler(ctx: HandlerContext<unknown, z.infer<typeof jobParams>, unknown>) {
      const job = ctx.services.jobs.get(ctx.params.id);
      if (!job) throw new NotFoundError(`server/jobs: no job ${ctx.params.id}`);
      return Promise.resolve(job);
    },
  },
];
