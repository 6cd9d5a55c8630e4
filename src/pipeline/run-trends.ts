/**
 * Trends of a workspace
 *
 * The windowed analysis as the CLI runs it: the privacy purges the workspace's policy requires (as
 * before any analysis), then one analysis per calendar window (stored windows reused when their data
 * is unchanged), then the comparison of consecutive windows.
 */
import {
  analyzeWindows,
  computeTrends,
  type TrendOptions,
  type TrendsReport,
  type WindowedOptions,
  type WindowResult,
} from '../analysis/index.js';
import { applyPrivacyPurges, createPrivacyPolicy } from '../privacy/index.js';
import type { Workspace } from '../store/index.js';

export interface RunTrendsResult {
  readonly windows: readonly WindowResult[];
  readonly report: TrendsReport;
}

export async function runTrends(
  workspace: Workspace,
  options: WindowedOptions & { readonly trends?: TrendOptions },
): Promise<RunTrendsResult> {
  const policy = createPrivacyPolicy(workspace);
  policy.bindIdentities(await workspace.store.listIdentities());
  await applyPrivacyPurges(workspace.store, policy);
  const windows = await analyzeWindows(workspace.store, options);
  return { windows, report: computeTrends(windows, options.period, options.trends ?? {}) };
}
