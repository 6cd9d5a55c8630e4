/**
 * Campaign stage: public surface
 *
 * Plan information campaigns through the people who move information (IMM under constraints),
 * simulate them (IC and LT Monte Carlo, what-if), and evaluate real outcomes against a baseline.
 */
export type {
  Ambassador,
  AmbassadorNeighbourhood,
  CampaignEvaluation,
  CampaignGroup,
  CampaignPerson,
  CampaignPlan,
  DiffusionModel,
  Estimate,
  GroupReach,
  Holdout,
  ImmStats,
  InfluenceGraph,
  MatchSummary,
  ModelSimulation,
  ParticipationCell,
  SimulationResult,
  StrategyReach,
  Uplift,
  WhatIf,
} from './types.js';
export { createCampaignContext, type CampaignInput } from './context.js';
export { createInfluenceGraph, PROBABILITY_DEFAULTS, type ProbabilityOptions } from './edge-probabilities.js';
export { imm, estimateReach, IMM_DEFAULTS, type ImmOptions, type ImmResult } from './imm.js';
export { monteCarloKernel, type Labeling, type MonteCarloResult } from './monte-carlo.js';
export { BASELINES, type Baseline } from './baselines.js';
export { planCampaign, type PlanInput } from './plan.js';
export {
  planOptionsSchema,
  resolvePlanOptions,
  type PlanOptions,
  type PlanOptionsInput,
} from './plan-options.js';
export {
  simulateCampaign,
  simulateOptionsSchema,
  type SimulateInput,
  type SimulateOptionsInput,
} from './simulate.js';
export {
  readOutcomeFile,
  parseOutcomeCsv,
  parseOutcomeRows,
  type OutcomeRow,
  type OutcomeTable,
} from './outcome-file.js';
export {
  createMatchDirectory,
  matchOutcome,
  type IdentityLinkLike,
  type MatchDirectory,
  type MatchResult,
  type Participation,
} from './match-outcome.js';
export { evaluateCampaign, type EvaluateInput } from './evaluate.js';
export { riskRatio, riskDifference, wilson } from './stats.js';
export { exposureKernel, type ExposureResult } from './exposure.js';
export {
  traceCascades,
  type AmbassadorCascades,
  type CascadeStats,
  type CascadeTrace,
  type LinkKind,
} from './cascade-trace.js';
export { interruptedTimeSeries, type ItsBucket, type ItsResult } from './interrupted-time-series.js';
export {
  campaignXlsxBuffer,
  writeCampaignXlsx,
  type CampaignReport,
  type ReportLang,
} from './xlsx-report.js';
export { focusTies, type WeightedTie } from './topic-focus.js';
export {
  loadCampaignInputs,
  type WorkspaceCampaignInput,
  type WorkspaceInputOptions,
} from './workspace-inputs.js';
export {
  formalChannelSeeds,
  runCampaignStory,
  runDemoCampaignStory,
  type CampaignStory,
  type StoryOptions,
} from './demo-story.js';
export {
  CAMPAIGN_EVALUATION_FILE,
  CAMPAIGN_PLAN_FILE,
  readSavedCampaign,
  saveCampaignEvaluation,
  saveCampaignPlan,
  type SavedCampaign,
} from './saved.js';
export { limitationsOf, type LimitationFacts } from './limitations.js';
