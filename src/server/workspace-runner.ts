/**
 * The workspace job runner
 *
 * The real `JobRunner` for `sociogram serve`: analysis first applies the privacy purges (opted-out
 * people, text retention, retention period) and then runs `analyzeWorkspace`; ingest calls the ingest
 * stage's function (passed in by the caller, with the policy's opt-out predicate), or fails clearly
 * when this build has none.
 */
import { z } from 'zod';
import { analyzeWorkspace } from '../analysis/index.js';
import { applyPrivacyPurges, type PrivacyPolicy } from '../privacy/index.js';
import { InputError } from '../shared/errors.js';
import type { Progress } from '../shared/progress.js';
import type { Store } from '../store/index.js';
import { unavailableJobRunner } from './job-runner.js';
import type { JobRunner } from './types.js';

/** The ingest stage's entry point as the server calls it. */
export type IngestFunction = (
  store: Store,
  paths: readonly string[],
  options: { progress: Progress; optOut: (identifier: string) => boolean; signal: AbortSignal },
) => Promise<unknown>;

const analyzeParams = z
  .object({
    seed: z.number().int().optional(),
    resolution: z.number().positive().max(100).optional(),
    topK: z.number().int().positive().optional(),
    weights: z.record(z.string(), z.number().min(0)).optional(),
    from: z.number().optional(),
    to: z.number().optional(),
  })
  .strict();

function parseParams(params: unknown): z.infer<typeof analyzeParams> {
  const r = analyzeParams.safeParse(params);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new InputError(
    `server/jobs: invalid analysis params.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
  );
}

/** Creates the runner over a store; `policy` is read per job so setting changes apply. */
export function createWorkspaceJobRunner(
  store: Store,
  policy: () => PrivacyPolicy,
  ingest?: IngestFunction,
): JobRunner {
  return {
    async ingest(input, ctx) {
      if (!ingest) return unavailableJobRunner.ingest(input, ctx);
      // Bind identity links first, so a listed directory id also blocks that person's addresses.
      const p = policy();
      p.bindIdentities(await store.listIdentities());
      const optOut = (identifier: string): boolean => p.isOptedOut(identifier);
      return ingest(store, input.paths, { progress: ctx.progress, optOut, signal: ctx.signal });
    },
    async analyze(input, ctx) {
      const { from, to, ...rest } = parseParams(input.params);
      ctx.progress.start('privacy purge');
      const purged = await applyPrivacyPurges(store, policy());
      ctx.progress.stop();
      const ties = from !== undefined || to !== undefined ? { ties: { from, to } } : {};
      const { runId, output } = await analyzeWorkspace(store, { ...rest, ...ties, progress: ctx.progress });
      return { runId, summary: output.summary, purged };
    },
  };
}
