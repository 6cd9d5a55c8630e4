/**
 * Stability of the leader list
 *
 * How much the top-k leaders depend on choices the analyst made and on the luck of which messages
 * happen to be in the archive. The list is recomputed (1) under reasonable changes of the tie
 * definition — broadcast threshold, minimum messages per tie, channel weights — and (2) on B Poisson
 * bootstrap resamples of the messages; each is compared with the baseline by Jaccard overlap, and
 * each person gets the share of recomputations that keep them in the top k.
 *
 * References:
 * - Jaccard (1912), "The distribution of the flora in the alpine zone", New Phytologist 11(2).
 * - Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 6 (bootstrap of rankings).
 *
 * Notes:
 * - Tie-definition variants are full rankings (communities detected anew); bootstrap resamples
 *   keep the baseline partition, so their spread is tie noise only and the expensive, seed-sensitive
 *   Louvain step is not repeated B times.
 * - A person is as solid as their weaker share: definition changes and resampling both must keep them.
 */
import type { Person, PersonActivity, Tie } from '../store/index.js';
import { createRng } from '../shared/rng.js';
import { SILENT_PROGRESS, type Progress } from '../shared/progress.js';
import { resampleActivity, resampleTies } from './bootstrap.js';
import { rankLeaders, rankedIds, type RankingOptions } from './leader-ranking.js';
import { jaccard } from './jaccard.js';

export const SOLID_SHARE = 0.8;
export const LIKELY_SHARE = 0.5;

export type StabilityClass = 'solid' | 'likely' | 'uncertain';

/** One alternative tie definition, with the ties it gives. */
export interface TieVariantInput {
  readonly name: string;
  readonly ties: readonly Tie[];
}

export interface StabilityInput {
  readonly people: readonly Person[];
  readonly activity: readonly PersonActivity[];
  readonly period: { readonly from: number; readonly to: number } | null;
  readonly baselineTies: readonly Tie[];
  readonly variants: readonly TieVariantInput[];
}

export interface StabilityOptions extends Pick<RankingOptions, 'weights' | 'resolution' | 'seed'> {
  readonly k: number;
  /** Bootstrap resamples (0 = none). */
  readonly bootstrap: number;
  /** Seed of the resampling (the community seed is `seed`). */
  readonly bootstrapSeed: number;
  readonly progress?: Progress;
}

export interface VariantResult {
  readonly name: string;
  readonly jaccard: number;
  /** Baseline leaders the variant drops. */
  readonly dropped: number;
}

export interface PersonStability {
  readonly id: string;
  readonly label: string;
  readonly baselineRank: number;
  /** Share of tie-definition variants with the person in the top k (null when there are none). */
  readonly variantShare: number | null;
  /** Share of bootstrap resamples with the person in the top k (null when B = 0). */
  readonly bootstrapShare: number | null;
  readonly share: number;
  readonly class: StabilityClass;
  /** Median and 5th–95th percentile of the person's rank over the resamples. */
  readonly rankMedian: number | null;
  readonly rankLow: number | null;
  readonly rankHigh: number | null;
}

export interface Summary {
  readonly mean: number;
  readonly min: number;
}

export interface StabilityReport {
  readonly k: number;
  readonly baseline: readonly string[];
  readonly variants: readonly VariantResult[];
  readonly tieDefinition: Summary | null;
  readonly bootstrap: (Summary & { readonly resamples: number; readonly partition: 'fixed' }) | null;
  /** The baseline top k, then others that made the top k in at least half of the recomputations. */
  readonly people: readonly PersonStability[];
  readonly counts: Readonly<Record<StabilityClass, number>>;
}

/** Solid ≥ 0.8, likely ≥ 0.5, uncertain otherwise. */
export function classifyStability(share: number): StabilityClass {
  if (share >= SOLID_SHARE) return 'solid';
  if (share >= LIKELY_SHARE) return 'likely';
  return 'uncertain';
}

function summarize(values: readonly number[]): Summary | null {
  if (!values.length) return null;
  return { mean: values.reduce((s, v) => s + v, 0) / values.length, min: Math.min(...values) };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/** Counts how often each id is in a top list. */
class TopCounter {
  readonly counts = new Map<string, number>();
  runs = 0;
  add(top: readonly string[]): void {
    this.runs++;
    for (const id of top) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }
  share(id: string): number | null {
    return this.runs ? (this.counts.get(id) ?? 0) / this.runs : null;
  }
}

/**
 * Recomputes the leader list under every variant and resample and reports its stability.
 * @example
 * const report = assessStability(input, { k: 30, bootstrap: 50, bootstrapSeed: 42 });
 * report.bootstrap?.mean; // mean Jaccard of the resampled top 30 with the baseline
 */
export function assessStability(input: StabilityInput, options: StabilityOptions): StabilityReport {
  const progress = options.progress ?? SILENT_PROGRESS;
  const rankOpts: RankingOptions = {
    weights: options.weights,
    resolution: options.resolution,
    seed: options.seed,
  };
  const run = (ties: readonly Tie[], activity = input.activity, membership?: ReadonlyMap<string, number>) =>
    rankLeaders({ people: input.people, ties, activity, period: input.period }, { ...rankOpts, membership });
  progress.start('stability', input.variants.length + options.bootstrap + 1, 'runs');
  const base = run(input.baselineTies);
  const baseRanked = rankedIds(base);
  const baseline = baseRanked.slice(0, options.k);
  progress.update(1);
  const variantTops = new TopCounter();
  const variants: VariantResult[] = input.variants.map((v, i) => {
    const top = rankedIds(run(v.ties)).slice(0, options.k);
    variantTops.add(top);
    progress.update(i + 2);
    return {
      name: v.name,
      jaccard: jaccard(baseline, top),
      dropped: baseline.filter((id) => !top.includes(id)).length,
    };
  });
  const boot = bootstrapRuns(
    input,
    options,
    (ties, activity, m) => rankedIds(run(ties, activity, m)),
    base,
    progress,
  );
  progress.stop();
  const people = personRows(input.people, baseRanked, options.k, variantTops, boot);
  const counts = { solid: 0, likely: 0, uncertain: 0 };
  for (const p of people) if (p.baselineRank <= options.k) counts[p.class]++;
  const bootSummary = summarize(boot.jaccards);
  return {
    k: options.k,
    baseline,
    variants,
    tieDefinition: summarize(variants.map((v) => v.jaccard)),
    bootstrap: bootSummary ? { ...bootSummary, resamples: options.bootstrap, partition: 'fixed' } : null,
    people,
    counts,
  };
}

interface BootstrapRuns {
  readonly tops: TopCounter;
  readonly jaccards: number[];
  readonly ranks: Map<string, number[]>;
}

function bootstrapRuns(
  input: StabilityInput,
  options: StabilityOptions,
  rank: (ties: Tie[], activity: PersonActivity[], m: ReadonlyMap<string, number>) => string[],
  base: ReturnType<typeof rankLeaders>,
  progress: Progress,
): BootstrapRuns {
  const membership = new Map(base.ids.map((id, i) => [id, base.membership[i]]));
  const baseline = rankedIds(base).slice(0, options.k);
  const rng = createRng(options.bootstrapSeed);
  const tops = new TopCounter();
  const jaccards: number[] = [];
  const ranks = new Map<string, number[]>();
  for (let b = 0; b < options.bootstrap; b++) {
    const ranked = rank(
      resampleTies(input.baselineTies, rng),
      resampleActivity(input.activity, rng),
      membership,
    );
    const top = ranked.slice(0, options.k);
    tops.add(top);
    jaccards.push(jaccard(baseline, top));
    ranked.forEach((id, r) => {
      const list = ranks.get(id) ?? [];
      list.push(r + 1);
      ranks.set(id, list);
    });
    progress.update(input.variants.length + b + 2);
  }
  return { tops, jaccards, ranks };
}

function personRows(
  people: readonly Person[],
  baseRanked: readonly string[],
  k: number,
  variantTops: TopCounter,
  boot: BootstrapRuns,
): PersonStability[] {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const baseRank = new Map(baseRanked.map((id, i) => [id, i + 1]));
  const row = (id: string): PersonStability => {
    const variantShare = variantTops.share(id);
    const bootstrapShare = boot.tops.share(id);
    const shares = [variantShare, bootstrapShare].filter((s): s is number => s !== null);
    const share = shares.length ? Math.min(...shares) : 1;
    const ranks = [...(boot.ranks.get(id) ?? [])].sort((a, b) => a - b);
    return {
      id,
      label: names.get(id) ?? id,
      baselineRank: baseRank.get(id) ?? baseRanked.length + 1,
      variantShare,
      bootstrapShare,
      share,
      class: classifyStability(share),
      rankMedian: ranks.length ? quantile(ranks, 0.5) : null,
      rankLow: ranks.length ? quantile(ranks, 0.05) : null,
      rankHigh: ranks.length ? quantile(ranks, 0.95) : null,
    };
  };
  const top = baseRanked.slice(0, k).map(row);
  const inTop = new Set(baseRanked.slice(0, k));
  const seen = new Set([...variantTops.counts.keys(), ...boot.tops.counts.keys()]);
  const contenders = [...seen]
    .filter((id) => !inTop.has(id))
    .map(row)
    .filter((p) => p.share >= LIKELY_SHARE)
    .sort((a, b) => b.share - a.share || a.baselineRank - b.baselineRank);
  return [...top, ...contenders];
}
