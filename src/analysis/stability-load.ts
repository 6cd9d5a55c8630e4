/**
 * Stability of a workspace's leader list
 *
 * The I/O edge of the stability analysis: reads the latest run's settings (tie options, factor
 * weights, seed), asks the store for the ties of every alternative tie definition, and hands all of
 * it to the pure `assessStability`.
 */
import { z } from 'zod';
import { DEFAULT_BROADCAST_THRESHOLD, type Store, type Tie, type TieOptions } from '../store/index.js';
import type { Progress } from '../shared/progress.js';
import { assessStability, type StabilityReport, type TieVariantInput } from './stability.js';

/** An alternative tie definition: store options on top of the baseline's, then a minimum of messages. */
export interface TieVariant {
  readonly name: string;
  readonly ties?: Partial<TieOptions>;
  /** Ties with fewer messages than this are dropped. */
  readonly minMessages?: number;
}

/** Reasonable changes of the tie definition (see docs/METHOD.md "Stability"). */
export const DEFAULT_TIE_VARIANTS: readonly TieVariant[] = [
  { name: 'broadcast-20', ties: { broadcastThreshold: 20 } },
  { name: 'broadcast-100', ties: { broadcastThreshold: 100 } },
  { name: 'min-messages-2', minMessages: 2 },
  { name: 'min-messages-3', minMessages: 3 },
  { name: 'mail-emphasis', ties: { channelWeights: { email: 1, chat: 0.5, 'dlp-event': 0.5 } } },
  {
    name: 'chat-emphasis',
    ties: { channelWeights: { email: 0.5, chat: 1, 'dlp-event': 0.5, 'mail-log': 0.5 } },
  },
];

const runParamsSchema = z
  .object({
    ties: z.record(z.string(), z.unknown()).optional(),
    weights: z.record(z.string(), z.number()).optional(),
    resolution: z.number().optional(),
    seed: z.number().optional(),
  })
  .loose();

export interface WorkspaceStabilityOptions {
  readonly k: number;
  readonly bootstrap: number;
  readonly seed: number;
  readonly variants?: readonly TieVariant[];
  readonly progress?: Progress;
}

/** Drops ties resting on fewer than `min` messages. */
export function filterMinMessages(ties: readonly Tie[], min: number): Tie[] {
  return ties.filter((t) => t.messages >= min);
}

function sameDefinition(a: TieOptions, b: TieOptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Stability of the leader list of the workspace's latest analysis settings. */
export async function workspaceStability(
  store: Store,
  options: WorkspaceStabilityOptions,
): Promise<StabilityReport & { readonly analysisSeed: number }> {
  const run = await store.latestAnalysis();
  const params = runParamsSchema.safeParse(run?.params ?? {});
  const p = params.success ? params.data : {};
  const baseTies = (p.ties ?? {}) as TieOptions;
  const range = { from: baseTies.from, to: baseTies.to };
  const [people, activity, status, baselineTies] = await Promise.all([
    store.listPeople(),
    store.personActivity(range),
    store.status(),
    store.aggregateTies(baseTies),
  ]);
  const variants: TieVariantInput[] = [];
  const resolved = { broadcastThreshold: DEFAULT_BROADCAST_THRESHOLD, ...baseTies };
  for (const v of options.variants ?? DEFAULT_TIE_VARIANTS) {
    const def = { ...resolved, ...(v.ties ?? {}) };
    if (!v.minMessages && sameDefinition(def, resolved)) continue;
    const ties = v.ties ? await store.aggregateTies(def) : baselineTies;
    variants.push({ name: v.name, ties: v.minMessages ? filterMinMessages(ties, v.minMessages) : ties });
  }
  const analysisSeed = p.seed ?? 1;
  const report = assessStability(
    { people, activity, period: status.period, baselineTies, variants },
    {
      k: options.k,
      bootstrap: options.bootstrap,
      bootstrapSeed: options.seed,
      seed: analysisSeed,
      weights: p.weights,
      resolution: p.resolution,
      ...(options.progress ? { progress: options.progress } : {}),
    },
  );
  return { ...report, analysisSeed };
}
