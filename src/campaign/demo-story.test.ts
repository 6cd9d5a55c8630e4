import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCampaignStory } from './demo-story.js';
import { orgFixture } from './org-fixture.test-util.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sociogram-story-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runCampaignStory', () => {
  it('runs formal then ambassador campaigns, writes outcome files and reports the uplift with a CI', async () => {
    const org = orgFixture(21, 8, 25, 0.15, 0.004);
    const story = await runCampaignStory(org, {
      outDir: dir,
      seed: 7,
      k: 8,
      minGroupSize: 10,
      holdoutShare: 0.25,
    });
    for (const f of Object.values(story.files)) expect(existsSync(f)).toBe(true);
    // Formal channels: the head and 7 group heads (levels 0–1) and 8 secretaries.
    expect(story.formalSeeds.length).toBe(16);
    expect(story.plan.ambassadors.length).toBe(8);
    expect(story.plan.holdout!.heldOutGroups).toHaveLength(2);
    const u = story.uplift!;
    expect(u.against).toBe('the formal-channel campaign');
    expect(u.ratio.low).toBeLessThanOrEqual(u.ratio.mean);
    expect(u.ratio.mean).toBeGreaterThan(1);
    expect(u.statement).toContain('95% CI');
    // Damaged rows were generated and every kind is counted.
    const reasons = new Set(story.evaluation.diagnostics.map((d) => d.reason));
    for (const r of ['unmatched', 'duplicate', 'bad-date', 'bad-phone']) expect(reasons.has(r)).toBe(true);
    expect(story.evaluation.matching[0].unmatchedRows).toBeGreaterThan(0);
    // The randomised hold-out comparison is there too.
    expect(story.evaluation.uplift.some((x) => x.against.includes('hold-out'))).toBe(true);
    // The reach table has formal channels, the plan and baselines.
    expect(story.reach.map((r) => r.strategy)).toEqual([
      'formal-channels',
      'plan',
      'top-degree',
      'formal-heads',
      'random',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(story.files.plan);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Амбассадоры', 'Охват плана']);
    expect(wb.worksheets[0].rowCount).toBe(9);
  });

  it('is reproducible for a seed', async () => {
    const org = orgFixture(3, 4, 20, 0.2, 0.01);
    const a = await runCampaignStory(org, { outDir: join(dir, 'a'), seed: 5, k: 4 });
    const b = await runCampaignStory(org, { outDir: join(dir, 'b'), seed: 5, k: 4 });
    expect(b.uplift!.ratio).toEqual(a.uplift!.ratio);
    expect(b.plan.ambassadors).toEqual(a.plan.ambassadors);
  });
});
