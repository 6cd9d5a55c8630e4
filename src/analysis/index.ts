/**
 * Analysis stage: public surface.
 */
export type { AnalysisSummary, CommunityResult, EdgeResult, PersonResult, ScoreFactor } from './types.js';
export { analyzeGraph, analyzeWorkspace, type AnalysisOutput, type AnalyzeOptions } from './analyze.js';
export { DEFAULT_LEADER_WEIGHTS, scoreLeaders } from './leader-score.js';
export { percentileRanks } from './percentile.js';
export { loadAnalysis, type LoadedAnalysis } from './load.js';
export { precisionAtK } from './evaluate.js';
export { buildPersonMap, type MapContact, type PersonMap, type PeriodChange } from './person-map.js';
export { findPerson } from './find-person.js';
export { describeGroups, summarizeStance } from './groups.js';
export { nominalVsActual, formalRanks, subordinateCounts, type NominalVsActual } from './nominal.js';
export { ROLE_MEANINGS, assignRoles } from './roles.js';
export { computeFactors, isCivicTopic } from './factors.js';
export { adjustedRandIndex, normalizedMutualInformation } from './partition-agreement.js';
export { groupKeywords } from './keywords.js';
export {
  compareRuns,
  groupHistory,
  GROUP_HISTORY_DEFAULTS,
  type GroupChange,
  type GroupChangeKind,
  type GroupHistoryOptions,
  type RunGroups,
} from './group-history.js';
