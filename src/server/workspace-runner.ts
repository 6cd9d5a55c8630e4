/**
 * The workspace job runner
 *
 * The real `JobRunner` for `sociogram serve`, through the pipeline stage: ingest (directory, adapters
 * with the policy's opt-out predicate, identity resolution) and analysis (privacy purges first, then
 * the analysis run). The workspace is read per job so privacy setting changes apply.
 */
import { z } from 'zod';
import { runAnalysis, runIngest } from '../pipeline/index.js';
import { InputError } from '../shared/errors.js';
import type { Workspace } from '../store/index.js';
import type { JobRunner } from './types.js';

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

/** Creates the runner; `workspace` gives the current workspace (with its current config). */
export function createWorkspaceJobRunner(workspace: () => Workspace): JobRunner {
  return {
    async ingest(input, ctx) {
      const r = await runIngest(workspace(), input.paths, { progress: ctx.progress });
      return { summary: r.summary, people: r.people, links: r.links, unresolved: r.unresolved };
    },
    async analyze(input, ctx) {
      const { from, to, ...rest } = parseParams(input.params);
      const ties = from !== undefined || to !== undefined ? { ties: { from, to } } : {};
      const { runId, output } = await runAnalysis(workspace(), { ...rest, ...ties, progress: ctx.progress });
      return { runId, summary: output.summary };
    },
  };
}
