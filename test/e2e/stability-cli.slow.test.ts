/**
 * Stability, fairness and nominations through the built CLI on a small demo organization with its
 * nomination survey: JSON shapes, pseudonyms by default, idempotent re-import, blended leaders.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeTempDir } from '../../src/test-helpers/temp-dir.js';
import { isBuilt, runCli, type CliRun } from './run-cli.js';

const built = isBuilt();
const PSEUDONYM = /^P-[0-9A-F]{8}$/;
let dir = '';
let demo: CliRun;

beforeAll(() => {
  if (!built) return;
  dir = join(makeTempDir(), 'demo');
  demo = runCli(['demo', '--out', dir, '--people', '150', '--seed', '7', '--survey', '--json']);
});
afterAll(cleanupTempDirs);

function json<T>(r: CliRun): T {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe.skipIf(!built)('stability, fairness and nominations CLI (run `npm run build` first)', () => {
  it('demo --survey imports the survey and reports skipped answers by reason', () => {
    const out = json<{ survey: { added: number; skippedByReason: { reason: string }[] } }>(demo);
    expect(out.survey.added).toBeGreaterThan(20);
    expect(out.survey.skippedByReason.map((s) => s.reason)).toContain('unknown-nominee');
  });

  it('re-importing the survey adds nothing', () => {
    const r = json<{ added: number; duplicates: number }>(
      runCli(['nominations', 'import', '--workspace', dir, join(dir, 'data', 'survey.csv'), '--json']),
    );
    expect(r.added).toBe(0);
    expect(r.duplicates).toBeGreaterThan(20);
  });

  it('stability reports Jaccard per variant and resample and classes, pseudonymised', () => {
    const s = json<{
      variants: { name: string; jaccard: number }[];
      bootstrap: { resamples: number; mean: number };
      people: { id: string; label: string; class: string; baselineRank: number }[];
      counts: Record<string, number>;
    }>(runCli(['stability', '--workspace', dir, '--top', '8', '--bootstrap', '4', '--seed', '3', '--json']));
    expect(s.variants.map((v) => v.name)).toContain('min-messages-2');
    for (const v of s.variants) expect(v.jaccard).toBeGreaterThanOrEqual(0);
    expect(s.bootstrap.resamples).toBe(4);
    expect(s.counts.solid + s.counts.likely + s.counts.uncertain).toBe(8);
    for (const p of s.people) expect(p.id).toMatch(PSEUDONYM);
    const text = runCli(['stability', '--workspace', dir, '--top', '5', '--bootstrap', '2', '--lang', 'ru']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Жаккар');
  });

  it('fairness spreads the top k over directory categories without small groups', () => {
    const f = json<{ dimensions: { dimension: string; categories: { staff: number }[] }[] }>(
      runCli(['fairness', '--workspace', dir, '--top', '10', '--json']),
    );
    expect(f.dimensions.map((d) => d.dimension)).toEqual(['department', 'position', 'level', 'sex']);
    for (const d of f.dimensions) for (const c of d.categories) expect(c.staff).toBeGreaterThanOrEqual(5);
  });

  it('nominations report compares nominated and computed leaders; leaders blend them', () => {
    const r = json<{ nominated: { id: string }[]; overlap: { jaccard: number; rankCorrelation: number } }>(
      runCli(['nominations', 'report', '--workspace', dir, '--top', '8', '--json']),
    );
    expect(r.nominated.length).toBeGreaterThan(0);
    expect(r.nominated[0].id).toMatch(PSEUDONYM);
    expect(r.overlap.rankCorrelation).toBeGreaterThan(0);
    const plain = json<{ leaders: { id: string }[] }>(
      runCli(['leaders', '--workspace', dir, '--top', '8', '--json']),
    );
    const zero = json<{ leaders: { id: string }[] }>(
      runCli(['leaders', '--workspace', dir, '--top', '8', '--blend-nominations', '0', '--json']),
    );
    expect(zero.leaders.map((l) => l.id)).toEqual(plain.leaders.map((l) => l.id));
    const bad = runCli(['leaders', '--workspace', dir, '--blend-nominations', '2']);
    expect(bad.code).toBe(2);
  });
});
