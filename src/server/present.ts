/**
 * Presenting API responses
 *
 * Every response that carries people goes through `presentFor`: it decides from the role whether the
 * output may name people (re-identification is admin-only and audited), passes the value through
 * the privacy policy's `presentOutput`, and memoizes pseudonymous results per analysis run.
 */
import { z } from 'zod';
import { resolveIdentified, type PresentedOutput } from '../privacy/index.js';
import { InternalError } from '../shared/errors.js';
import type { AnalysisView } from './analysis-data.js';
import type { SessionUser } from './sessions.js';
import type { HandlerContext } from './types.js';

/** `identified=true|false` query flag. */
export const identifiedFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const pagingSchema = {
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

/** The signed-in user of a non-public route. */
export function requireUser(ctx: HandlerContext<unknown, unknown, unknown>): SessionUser {
  if (!ctx.user) throw new InternalError('server/present: this route needs a signed-in user');
  return ctx.user;
}

/** Whether this request's output names people; audits a re-identification. */
export function outputMode(
  ctx: HandlerContext<unknown, unknown, unknown>,
  requested: boolean,
  target: string,
): boolean {
  const identified = resolveIdentified(ctx.services.policy(), requireUser(ctx).role, requested);
  if (identified) ctx.audit('reidentify', target);
  return identified;
}

/** Presents `build()` for this request (memoized per run when pseudonymous). */
export function presentFor<T>(
  ctx: HandlerContext<unknown, unknown, unknown>,
  view: AnalysisView,
  key: string,
  identified: boolean,
  build: () => T,
): PresentedOutput<T> {
  const present = (): PresentedOutput<T> =>
    ctx.services.policy().presentOutput(build(), { directory: view.directory, identified });
  return identified ? present() : view.memo(`present:${key}`, present);
}

/** The run a response was computed from. */
export function runInfo(view: AnalysisView): { id: number; createdAt: string } {
  return { id: view.run.id, createdAt: new Date(view.run.createdAt).toISOString() };
}

/**
 * Sends a pseudonymous response body serialized once per run and key (the same for every user of a
 * tier); identified responses are never cached.
 */
export function cachedJson(
  ctx: HandlerContext<unknown, unknown, unknown>,
  view: AnalysisView,
  key: string,
  identified: boolean,
  build: () => unknown,
): string {
  void ctx.reply.type('application/json; charset=utf-8');
  return identified ? JSON.stringify(build()) : view.memoJson(key, build);
}
