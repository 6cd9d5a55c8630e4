/**
 * Campaign files
 *
 * Campaigns planned through the API are kept in the workspace, one folder each:
 * `campaigns/<id>/{plan,simulation,evaluation}.json`, with person ids (the workspace holds them
 * anyway); every response presents them through the privacy policy. Writes go through a temporary
 * file and a rename, so a reader never sees half a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CampaignEvaluation, CampaignPlan, SimulationResult } from '../campaign/index.js';
import { NotFoundError } from '../shared/errors.js';

export const CAMPAIGNS_DIR = 'campaigns';

export interface CampaignFiles {
  plan: CampaignPlan & { readonly createdAt: string; readonly runId: number };
  simulation: SimulationResult;
  evaluation: CampaignEvaluation;
}
export type CampaignPart = keyof CampaignFiles;

const ID = /^[0-9a-f-]{36}$/;

function folder(workspaceDir: string, id: string): string {
  // NOTE: ids are validated as UUIDs by the routes; checked again here because they become paths.
  if (!ID.test(id)) throw new NotFoundError(`server/campaigns: no campaign ${id}`);
  return join(workspaceDir, CAMPAIGNS_DIR, id);
}

/** Writes one part of a campaign (creating its folder). */
export function writeCampaignPart<K extends CampaignPart>(
  workspaceDir: string,
  id: string,
  part: K,
  value: CampaignFiles[K],
): void {
  const dir = folder(workspaceDir, id);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${part}.json`);
  writeFileSync(`${path}.tmp`, JSON.stringify(value) + '\n');
  renameSync(`${path}.tmp`, path);
}

/** One part of a campaign, or undefined when it was not made yet; NotFoundError for no campaign. */
export function readCampaignPart<K extends CampaignPart>(
  workspaceDir: string,
  id: string,
  part: K,
): CampaignFiles[K] | undefined {
  const dir = folder(workspaceDir, id);
  if (!existsSync(join(dir, 'plan.json'))) throw new NotFoundError(`server/campaigns: no campaign ${id}`);
  const path = join(dir, `${part}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CampaignFiles[K]) : undefined;
}

/** The plan of a campaign; NotFoundError when there is none. */
export function readCampaignPlan(workspaceDir: string, id: string): CampaignFiles['plan'] {
  const plan = readCampaignPart(workspaceDir, id, 'plan');
  if (!plan) throw new NotFoundError(`server/campaigns: no campaign ${id}`);
  return plan;
}

/** Ids of the stored campaigns, newest first. */
export function listCampaignIds(workspaceDir: string): { id: string; createdAt: string }[] {
  const root = join(workspaceDir, CAMPAIGNS_DIR);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((id) => ID.test(id) && existsSync(join(root, id, 'plan.json')))
    .map((id) => ({ id, createdAt: readCampaignPlan(workspaceDir, id).createdAt }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
