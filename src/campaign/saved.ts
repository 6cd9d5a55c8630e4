/**
 * Saved campaign results
 *
 * The workspace keeps its latest campaign plan and evaluation as JSON files beside the store, so the
 * CLI's `campaign evaluate`, the report and the dashboard read what `campaign plan` (or the demo)
 * produced. Person ids inside are store ids; privacy applies when they are shown.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../shared/errors.js';
import type { CampaignEvaluation, CampaignPlan } from './types.js';

export const CAMPAIGN_PLAN_FILE = 'campaign-plan.json';
export const CAMPAIGN_EVALUATION_FILE = 'campaign-evaluation.json';

export interface SavedCampaign {
  readonly plan: CampaignPlan | null;
  readonly evaluation: CampaignEvaluation | null;
}

function readJson<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (cause) {
    throw new InputError(`campaign/saved: cannot read ${path}: not valid JSON`, { cause });
  }
}

/** Writes atomically (a killed process leaves the previous file, never half of one). */
function writeJson(path: string, value: unknown): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n');
  renameSync(tmp, path);
}

export function saveCampaignPlan(dir: string, plan: CampaignPlan): void {
  writeJson(join(dir, CAMPAIGN_PLAN_FILE), plan);
}

export function saveCampaignEvaluation(dir: string, evaluation: CampaignEvaluation): void {
  writeJson(join(dir, CAMPAIGN_EVALUATION_FILE), evaluation);
}

/** The workspace's latest plan and evaluation; null for what was never produced. */
export function readSavedCampaign(dir: string): SavedCampaign {
  return {
    plan: readJson<CampaignPlan>(join(dir, CAMPAIGN_PLAN_FILE)),
    evaluation: readJson<CampaignEvaluation>(join(dir, CAMPAIGN_EVALUATION_FILE)),
  };
}
