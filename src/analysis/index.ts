/**
 * Analysis stage: public surface.
 */
export type { AnalysisSummary, CommunityResult, EdgeResult, PersonResult, ScoreFactor } from './types.js';
export { analyzeGraph, analyzeWorkspace, type AnalysisOutput, type AnalyzeOptions } from './analyze.js';
export { DEFAULT_LEADER_WEIGHTS, scoreLeaders } from './leader-score.js';
export { percentileRanks } from './percentile.js';
export { loadAnalysis, type LoadedAnalysis } from './load.js';
export { precisionAtK } from './evaluate.js';
