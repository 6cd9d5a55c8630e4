/**
 * Campaign types
 *
 * The shapes the campaign stage takes and returns: influence graphs with per-arc probabilities, plan
 * options and plans, simulation results, outcome rows and evaluation reports. Person ids are the
 * store's person ids; privacy turns them into pseudonyms at the output boundary.
 */
import type { Csr, NodeIndex } from '../graph/types.js';
import type { DiagnosticSummary } from '../shared/diagnostics.js';

/**
 * A CSR graph with one activation probability per stored arc, in both directions: `outProb[e]` belongs
 * to arc `csr.out.targets[e]`, `inProb[e]` to `csr.in.targets[e]`. The same arc u→v has the same
 * probability in both arrays. See docs/CAMPAIGNS.md "Edge probabilities".
 */
export interface InfluenceGraph {
  readonly csr: Csr;
  readonly outProb: Float64Array;
  readonly inProb: Float64Array;
}

/** A person as the campaign stage needs them (a subset of the store's `Person`). */
export interface CampaignPerson {
  readonly id: string;
  readonly name?: string | undefined;
  readonly department?: string | undefined;
  readonly position?: string | undefined;
  /** Depth in the formal hierarchy: 0 = head of the organization. */
  readonly level?: number | undefined;
}

/** An interest group (community) with its members' person ids. */
export interface CampaignGroup {
  readonly id: number;
  readonly members: readonly string[];
}

/** An estimate with a two-sided 95% confidence interval. */
export interface Estimate {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

/** Reach of one group (community or department) under a simulation. */
export interface GroupReach {
  readonly key: string;
  readonly size: number;
  /** Expected number of people reached, with a 95% CI over runs. */
  readonly reached: Estimate;
  /** reached.mean / size. */
  readonly share: number;
}

export type DiffusionModel = 'ic' | 'lt';

export interface Ambassador {
  readonly id: string;
  readonly name?: string | undefined;
  readonly department?: string | undefined;
  readonly group?: number | undefined;
  /** Order of choice (1 = first). */
  readonly order: number;
  /** Expected extra people reached when added, estimated on the selection RR sets. */
  readonly marginalReach: number;
  /** Why the person was chosen: `reach` (greedy) or `group-cover` (to give a group an ambassador). */
  readonly reason: 'reach' | 'group-cover';
}

export interface StrategyReach {
  readonly strategy: string;
  readonly seeds: readonly string[];
  readonly reach: Estimate;
}

export interface Holdout {
  readonly unit: 'ambassador' | 'group';
  readonly share: number;
  readonly seed: number;
  /** Ambassadors drawn into the hold-out arm (not briefed). */
  readonly heldOutAmbassadors: readonly string[];
  /** Groups drawn into the hold-out arm (no ambassador chosen in them). */
  readonly heldOutGroups: readonly number[];
}

export interface CampaignPlan {
  readonly k: number;
  readonly requestedK: number;
  readonly topic?: string | undefined;
  readonly ambassadors: readonly Ambassador[];
  /** The plan and each baseline, Monte Carlo IC expected reach with 95% CI. */
  readonly comparison: readonly StrategyReach[];
  readonly imm: ImmStats;
  readonly holdout?: Holdout | undefined;
  readonly warnings: readonly string[];
  readonly diagnostics: readonly DiagnosticSummary[];
}

export interface ImmStats {
  readonly epsilon: number;
  readonly ell: number;
  readonly rrSets: number;
  readonly lowerBound: number;
  /** n × (covered share of fresh RR sets): unbiased estimate of the plan's expected reach. */
  readonly estimatedReach: number;
  readonly millis: number;
}

export type { Csr, NodeIndex };

/** A what-if variant of a plan: one ambassador removed or added. */
export interface WhatIf {
  readonly change: 'remove' | 'add';
  readonly person: string;
  readonly total: Estimate;
  /** Change in expected reach against the plan as given (95% CI, conservative). */
  readonly delta: Estimate;
}

export interface ModelSimulation {
  readonly model: DiffusionModel;
  readonly runs: number;
  readonly total: Estimate;
  readonly byGroup: readonly GroupReach[];
  readonly byDepartment: readonly GroupReach[];
  readonly whatIf: readonly WhatIf[];
}

export interface SimulationResult {
  readonly seeds: readonly string[];
  /** Seeds (or what-if people) not in the graph; they are ignored. */
  readonly unknown: readonly string[];
  readonly people: number;
  readonly models: readonly ModelSimulation[];
}

/** Participation of a set of people in one campaign (and, if given, in the comparison). */
export interface ParticipationCell {
  readonly key: string;
  readonly people: number;
  readonly participants: number;
  /** Participation rate with Wilson 95% CI. */
  readonly rate: Estimate;
  readonly comparisonParticipants?: number | undefined;
  readonly comparisonRate?: Estimate | undefined;
  /** rate ÷ comparison rate, Katz 95% CI. */
  readonly ratio?: Estimate | undefined;
  /** Hidden because fewer than the minimum group size (privacy). */
  readonly suppressed?: boolean | undefined;
}

export interface Uplift {
  /** What the campaign is compared with: an earlier campaign, a control group, or the hold-out arm. */
  readonly against: string;
  readonly treated: ParticipationCell;
  readonly comparison: ParticipationCell;
  readonly ratio: Estimate;
  readonly difference: Estimate;
  /** One sentence, e.g. "participation rose 4.5× (95% CI 3.1–6.4×)". */
  readonly statement: string;
}

export interface AmbassadorNeighbourhood {
  /** The ambassador's person id. */
  readonly id: string;
  readonly name?: string | undefined;
  /** People whose nearest ambassador this is, within two hops (the ambassador excluded). */
  readonly people: number;
  readonly participants: number;
  readonly rate: Estimate;
  readonly comparisonRate?: Estimate | undefined;
  readonly ambassadorTookPart: boolean;
}

export interface MatchSummary {
  readonly file: string;
  readonly rows: number;
  readonly matchedRows: number;
  readonly unmatchedRows: number;
  readonly duplicates: number;
  readonly participants: number;
  /** Matched people outside the evaluated population (not in the directory or graph). */
  readonly outsidePopulation: number;
}

export interface CampaignEvaluation {
  readonly population: number;
  readonly overall: ParticipationCell;
  readonly uplift: readonly Uplift[];
  readonly byGroup: readonly ParticipationCell[];
  readonly byDepartment: readonly ParticipationCell[];
  /** Participation by network distance to the nearest briefed ambassador. */
  readonly exposure: readonly ParticipationCell[];
  readonly neighbourhoods: readonly AmbassadorNeighbourhood[];
  readonly matching: readonly MatchSummary[];
  readonly diagnostics: readonly DiagnosticSummary[];
  /** What the data cannot show. */
  readonly limitations: readonly string[];
}
