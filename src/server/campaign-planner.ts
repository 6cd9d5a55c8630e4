/**
 * Campaign planning for the API
 *
 * Turns a request's plan options into `planCampaign` over the served run's inputs (pseudonyms in
 * `exclude` mapped back to people, opted-out people never chosen) and stores the plan. Planning runs
 * in the request: it is CPU-bound (a job in this process would block the event loop just the same)
 * and with the option caps below takes about a second on the 600-person demo once the run's tie graph
 * is loaded (figures in `src/server/README.md`).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { loadCampaignInputs, planCampaign, type WorkspaceCampaignInput } from '../campaign/index.js';
import type { AnalysisView } from './analysis-data.js';
import { writeCampaignPart, type CampaignFiles } from './campaign-files.js';
import type { ServerServices } from './types.js';

/** Body of `POST /api/campaigns`: the plan options of `planOptionsSchema`, with request-sized caps. */
export const planBody = z.object({
  k: z.number().int().min(1).max(200),
  topic: z.string().min(1).max(40).optional(),
  /** How much the topic counts when weighting ties, 0–1. */
  focus: z.number().min(0).max(1).optional(),
  minGroupSize: z.number().int().min(0).max(100_000).optional(),
  maxPerDepartment: z.number().int().min(1).max(200).optional(),
  /** Pseudonyms of people who may not be ambassadors. */
  exclude: z.array(z.string().min(1).max(100)).max(10_000).default([]),
  holdout: z.object({ unit: z.enum(['ambassador', 'group']), share: z.number().gt(0).lt(1) }).optional(),
  epsilon: z.number().min(0.1).max(0.9).optional(),
  seed: z.number().int().min(0).optional(),
  runs: z.number().int().min(10).max(5000).optional(),
});
export type PlanBody = z.infer<typeof planBody>;

/** The campaign inputs of the served run (loaded once per run and topic). */
export function campaignInputs(
  services: ServerServices,
  view: AnalysisView,
  topic?: string,
  focus?: number,
): Promise<WorkspaceCampaignInput> {
  const key = `campaign-inputs:${topic ?? ''}:${focus ?? ''}`;
  const load = view.memo(key, () => ({
    promise: loadCampaignInputs(services.workspace.store, { topic, focus }),
  }));
  return load.promise;
}

/** Plans a campaign, stores it and returns its id with the (raw) plan. */
export async function createCampaign(
  services: ServerServices,
  view: AnalysisView,
  body: PlanBody,
): Promise<{ id: string; plan: CampaignFiles['plan']; unknownExcluded: number }> {
  const input = await campaignInputs(services, view, body.topic, body.focus);
  const policy = services.policy();
  const asked = body.exclude.map((p) => view.byPseudonym.get(p));
  const optedOut = input.index.ids.filter((id) => policy.isOptedOut(id));
  const { focus: _focus, exclude: _exclude, ...options } = body;
  const plan = planCampaign({
    ...input,
    options: { ...options, exclude: [...asked.filter((id): id is string => !!id), ...optedOut] },
  });
  const id = randomUUID();
  const stored = { ...plan, createdAt: new Date().toISOString(), runId: view.run.id };
  writeCampaignPart(services.workspace.dir, id, 'plan', stored);
  return { id, plan: stored, unknownExcluded: asked.filter((x) => !x).length };
}
