import { describe, expect, it } from 'vitest';
import { createRng } from '../shared/rng.js';
import { evaluateCampaign } from './evaluate.js';
import type { MatchResult } from './match-outcome.js';
import { orgFixture } from './org-fixture.test-util.js';
import { riskRatio, wilson } from './stats.js';

const org = orgFixture(9, 4, 20, 0.25, 0.01);

function outcome(ids: readonly string[], rows = ids.length): MatchResult {
  return {
    file: 'x.csv',
    rows,
    matchedRows: ids.length,
    unmatchedRows: rows - ids.length,
    duplicates: 0,
    participants: ids.map((personId) => ({ personId, timestamp: null, method: 'id' as const })),
  };
}

describe('evaluateCampaign', () => {
  const ids = org.index.ids;
  // Earlier campaign: every 20th person; this campaign: all of group 1 and every 10th elsewhere.
  const earlier = ids.filter((_, i) => i % 20 === 5);
  const now = ids.filter((_, i) => i < 20 || i % 10 === 3);

  it('computes overall uplift with Katz CI and a plain statement', () => {
    const ev = evaluateCampaign({
      ...org,
      ambassadors: ['p000'],
      outcome: outcome([...now, 'stranger'], now.length + 3),
      earlier: { label: 'the earlier campaign', outcome: outcome(earlier) },
    });
    expect(ev.population).toBe(80);
    expect(ev.overall.participants).toBe(now.length);
    const expected = riskRatio(now.length, 80, earlier.length, 80);
    expect(ev.uplift[0].ratio).toEqual(expected);
    expect(ev.uplift[0].statement).toMatch(/^participation rose \d+(\.\d)?× against the earlier campaign/);
    expect(ev.matching[0]).toMatchObject({ outsidePopulation: 1, unmatchedRows: 2 });
    expect(ev.limitations.some((l) => l.startsWith('Correlation, not proof of cause'))).toBe(true);
    expect(ev.limitations.some((l) => l.includes('no randomised hold-out'))).toBe(true);
  });

  it('breaks participation down by group, department and exposure', () => {
    const ev = evaluateCampaign({ ...org, ambassadors: ['p000'], outcome: outcome(now), minGroupSize: 5 });
    const g1 = ev.byGroup.find((g) => g.key === '1')!;
    expect(g1).toMatchObject({ people: 20, participants: 20 });
    expect(g1.rate).toEqual(wilson(20, 20));
    // The secretaries' pool has 4 people: below the privacy minimum, so suppressed.
    const sec = ev.byDepartment.find((d) => d.key === 'Приёмная')!;
    expect(sec.suppressed).toBe(true);
    // One ambassador is below the minimum group size too.
    expect(ev.exposure[0]).toMatchObject({ key: '0 (ambassador)', people: 1, suppressed: true });
    const open = evaluateCampaign({ ...org, ambassadors: ['p000'], outcome: outcome(now), minGroupSize: 1 });
    expect(open.exposure[0]).toMatchObject({ people: 1, participants: 1 });
    const total = ev.exposure.reduce((a, c) => a + c.people, 0);
    expect(total).toBe(80);
    expect(ev.neighbourhoods[0]).toMatchObject({ id: 'p000', ambassadorTookPart: true });
  });

  it('compares with the randomised hold-out groups', () => {
    const rng = createRng(1);
    const took = ids.filter((_, i) => (i < 40 ? rng() < 0.5 : rng() < 0.1));
    const ev = evaluateCampaign({
      ...org,
      ambassadors: ['p000', 'p020'],
      outcome: outcome(took),
      holdout: { unit: 'group', share: 0.5, seed: 1, heldOutAmbassadors: [], heldOutGroups: [3, 4] },
    });
    const u = ev.uplift.find((x) => x.against.includes('hold-out'))!;
    expect(u.treated.people).toBe(40);
    expect(u.comparison.people).toBe(40);
    expect(u.ratio.low).toBeGreaterThan(1);
    expect(ev.limitations.some((l) => l.includes('randomised, so it is not self-selected'))).toBe(true);
  });

  it('compares with a control group from the same campaign', () => {
    const control = ids.slice(60);
    const ev = evaluateCampaign({
      ...org,
      ambassadors: ['p000'],
      outcome: outcome(now),
      controlGroup: outcome(control),
    });
    const u = ev.uplift.find((x) => x.against === 'the control group')!;
    expect(u.comparison.people).toBe(20);
    expect(u.treated.people).toBe(60);
  });
});
