/**
 * Analysis stage: public surface.
 */
export type { AnalysisSummary, CommunityResult, EdgeResult, PersonResult, ScoreFactor } from './types.js';
export {
  analyzeGraph,
  analyzeWorkspace,
  computeWorkspaceAnalysis,
  type AnalysisOutput,
  type AnalyzeOptions,
} from './analyze.js';
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
export { FACTOR_MEANINGS, factorMeaning } from './factor-meanings.js';
export {
  assessStability,
  classifyStability,
  type PersonStability,
  type StabilityClass,
  type StabilityReport,
} from './stability.js';
export { DEFAULT_TIE_VARIANTS, workspaceStability, type TieVariant } from './stability-load.js';
export { poissonDraw, resampleActivity, resampleTies } from './bootstrap.js';
export { rankLeaders, rankedIds, type LeaderRanking } from './leader-ranking.js';
export { leaderFairness, type FairnessCategory, type FairnessReport } from './fairness.js';
export { workspaceFairness } from './fairness-load.js';
export {
  blendWithNominations,
  compareNominations,
  nominationScores,
  type BlendedPerson,
  type NominationOverlap,
} from './nominations.js';
export { blendedLeaders, workspaceNominations, type NominationReport } from './nominations-load.js';
export {
  calendarWindows,
  isWindowRun,
  validatePeriodKind,
  PERIOD_KINDS,
  type AnalysisWindow,
  type PeriodKind,
} from './windows.js';
export {
  analyzeWindows,
  WINDOW_ANALYSIS_VERSION,
  type ConversationGroup,
  type WindowResult,
  type WindowedOptions,
} from './window-analysis.js';
export { matchGroups, type GroupEvent, type MemberGroup } from './group-matching.js';
export {
  computeTrends,
  conversationGroupId,
  TREND_DEFAULTS,
  type TrendOptions,
  type TrendsReport,
  type Transition,
  type TrendGroupEvent,
  type TrendWindow,
} from './trends.js';
export { ALERT_DEFAULTS, detectAlerts, explainAlert, type Alert, type AlertKind } from './alerts.js';
export { jaccard } from './jaccard.js';
export {
  compareRuns,
  groupHistory,
  GROUP_HISTORY_DEFAULTS,
  type GroupChange,
  type GroupChangeKind,
  type GroupHistoryOptions,
  type RunGroups,
} from './group-history.js';
