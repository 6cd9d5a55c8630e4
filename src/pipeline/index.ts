/**
 * Pipeline: the stages run in order for a workspace (used by the CLI, the server's jobs and the demo).
 */
export { runIngest, type RunIngestOptions, type RunIngestResult } from './run-ingest.js';
export { runAnalysis, type RunAnalysisResult } from './run-analysis.js';
export { watchWorkspace, type WatchEvent, type WatchOptions, type WatchResult } from './watch.js';
export { runTrends, type RunTrendsResult } from './run-trends.js';
