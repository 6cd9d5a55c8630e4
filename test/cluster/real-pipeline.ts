/**
 * The real pipeline on both backends
 *
 * Runs `runIngest` and `runAnalysis` (what `sociogram ingest` and `sociogram analyze` do) on a DuckDB
 * workspace and on a ClickHouse workspace over the same files, and asserts identical answers: the
 * store-level checks of compare-stores.ts plus the analysis output (leader ranking, groups).
 */
import { expect } from 'vitest';
import { join } from 'node:path';
import { runAnalysis, runIngest } from '../../src/pipeline/index.js';
import { Diagnostics } from '../../src/shared/diagnostics.js';
import {
  initClickHouseWorkspace,
  initWorkspace,
  openWorkspace,
  type Workspace,
} from '../../src/store/index.js';
import { makeTempDir } from '../../src/test-helpers/temp-dir.js';
import { expectSameAnswers, type Comparison } from './compare-stores.js';

export interface PipelineInput {
  readonly paths: readonly string[];
  readonly directory?: string;
  /** Extra workspace config (e.g. the demo's CSV mapping under `ingest`). */
  readonly config?: Record<string, unknown>;
  /** How far a person's score may differ between backends (default 5e-10). */
  readonly scoreTolerance?: number;
}

export interface PipelineComparison extends Comparison {
  readonly analysedPeople: number;
  readonly maxScoreDiff: number;
  readonly communities: number;
  readonly top5: readonly string[];
}

async function ingestAndAnalyse(ws: Workspace, input: PipelineInput) {
  await runIngest(ws, input.paths, {
    ...(input.directory ? { directory: input.directory } : {}),
    diagnostics: new Diagnostics(),
  });
  return (await runAnalysis(ws, { seed: 7 })).output;
}

/** Ingests and analyses `input` on DuckDB and on ClickHouse (`clickhouse` options) and compares. */
export async function comparePipelines(
  input: PipelineInput,
  clickhouse: { url: string; cluster: string; database: string; shardUrls: readonly string[] },
): Promise<PipelineComparison> {
  const duckDir = join(makeTempDir(), 'duck');
  initWorkspace(duckDir, input.config ?? {});
  const chDir = join(makeTempDir(), 'ch');
  await initClickHouseWorkspace(chDir, { ...clickhouse, shardUrls: [...clickhouse.shardUrls] });
  initWorkspace(chDir, input.config ?? {});
  const [duck, ch] = [await openWorkspace(duckDir), await openWorkspace(chDir)];
  try {
    expect(ch.store.backend).toBe('clickhouse');
    const a = await ingestAndAnalyse(duck, input);
    const b = await ingestAndAnalyse(ch, input);
    const stores = await expectSameAnswers(duck.store, ch.store);
    // Same ranking: tie weights agree to ~1e-14, and percentile ranks treat values within a relative
    // 1e-9 as ties, so last-bit noise cannot reorder people. Everyone keeps their score to
    // `scoreTolerance`; people may only swap places with near-equals.
    const tol = input.scoreTolerance ?? 5e-10;
    let maxScoreDiff = 0;
    expect(new Set(b.people.map((p) => p.id))).toEqual(new Set(a.people.map((p) => p.id)));
    const scoreA = new Map(a.people.map((p) => [p.id, p.score]));
    b.people.forEach((p, i) => {
      const d = Math.abs(p.score - (scoreA.get(p.id) ?? NaN));
      maxScoreDiff = Math.max(maxScoreDiff, d);
      expect(d).toBeLessThan(tol);
      expect(Math.abs(p.score - (a.people[i]?.score ?? NaN))).toBeLessThan(tol);
    });
    const groups = (o: typeof a) => o.communities.map((c) => [...c.members].sort().join(',')).sort();
    expect(groups(b)).toEqual(groups(a));
    return {
      ...stores,
      analysedPeople: a.people.length,
      maxScoreDiff,
      communities: a.communities.length,
      top5: a.people.slice(0, 5).map((p) => p.id),
    };
  } finally {
    await duck.close();
    await ch.close();
  }
}
