/**
 * Analyse a workspace
 *
 * The analysis step as the CLI, the server's jobs and the demo run it: first the privacy purges the
 * workspace's policy requires (opted-out people, expired or unretained text), then the analysis run.
 */
import { analyzeWorkspace, type AnalysisOutput, type AnalyzeOptions } from '../analysis/index.js';
import { applyPrivacyPurges, createPrivacyPolicy } from '../privacy/index.js';
import type { Workspace } from '../store/index.js';

export interface RunAnalysisResult {
  readonly runId: number;
  readonly output: AnalysisOutput;
}

export async function runAnalysis(
  workspace: Workspace,
  options: AnalyzeOptions = {},
): Promise<RunAnalysisResult> {
  const policy = createPrivacyPolicy(workspace);
  policy.bindIdentities(await workspace.store.listIdentities());
  await applyPrivacyPurges(workspace.store, policy);
  return analyzeWorkspace(workspace.store, options);
}
