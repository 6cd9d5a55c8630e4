/**
 * Graph engine vs NetworkX / igraph
 *
 * Every deterministic measure agrees with the reference values in test/oracle/fixtures (made by
 * scripts/oracle/make-fixtures.py) to 1e-6 relative; community detection reaches at least igraph's
 * modularity; sampled betweenness ranks nodes like the exact one.
 */

import { describe, expect, it } from 'vitest';
import {
  approxBetweennessKernel,
  betweennessKernel,
  brokerageKernel,
  closenessKernel,
  clusteringKernel,
  degreeKernel,
  eigenvectorKernel,
  hitsKernel,
  katzKernel,
  kcoreKernel,
  leidenKernel,
  louvainKernel,
  modularityKernel,
  pagerankKernel,
  reciprocityKernel,
  rolesKernel,
  strengthKernel,
  strongComponentsKernel,
  twoStepReachKernel,
  weakComponentsKernel,
} from '../../src/graph/index.js';
import type { Csr } from '../../src/graph/index.js';
import { createRng } from '../../src/shared/rng.js';
import { mismatch, spearman } from './compare.js';
import { fixtureGraph, fixtureNames, readFixture } from './load-fixture.js';

const TOL = 1e-13;

type Vec = (number | null)[];

function measureCases(
  csr: Csr,
  directed: boolean,
  katzAlpha: number,
): Record<string, () => ArrayLike<number>> {
  const personalization = new Float64Array(csr.n);
  for (let i = 0; i < Math.min(10, csr.n); i++) personalization[i] = (i % 7) + 1;
  const closeness = closenessKernel(csr);
  const closenessW = closenessKernel(csr, { weight: 'distance' });
  const hits = hitsKernel(csr, { tol: 1e-15, maxIter: 100_000 });
  const brokerage = brokerageKernel(csr);
  const cases: Record<string, () => ArrayLike<number>> = {
    degree: () => degreeKernel(csr),
    strength: () => strengthKernel(csr),
    pagerank: () => pagerankKernel(csr, { tol: TOL, maxIter: 10_000 }),
    pagerankPersonalized: () =>
      pagerankKernel(csr, { damping: 0.7, personalization, tol: TOL, maxIter: 10_000 }),
    eigenvector: () => eigenvectorKernel(csr, { tol: TOL, maxIter: 100_000 }),
    katz: () => katzKernel(csr, { alpha: katzAlpha, tol: TOL, maxIter: 100_000 }),
    hubs: () => hits.hubs,
    authorities: () => hits.authorities,
    betweenness: () => betweennessKernel(csr),
    betweennessWeighted: () => betweennessKernel(csr, { weight: 'distance' }),
    closeness: () => closeness.closeness,
    closenessWeighted: () => closenessW.closeness,
    harmonic: () => closeness.harmonic,
    harmonicWeighted: () => closenessW.harmonic,
    kcore: () => kcoreKernel(csr),
    clustering: () => clusteringKernel(csr),
    clusteringWeighted: () => clusteringKernel(csr, { weighted: true }),
    constraint: () => brokerage.constraint,
    effectiveSize: () => brokerage.effectiveSize,
    weakComponents: () => weakComponentsKernel(csr).membership,
    strongComponents: () => strongComponentsKernel(csr).membership,
    twoStepReach: () => twoStepReachKernel(csr),
  };
  if (directed) {
    cases.degreeIn = () => degreeKernel(csr, { mode: 'in' });
    cases.degreeOut = () => degreeKernel(csr, { mode: 'out' });
    cases.strengthIn = () => strengthKernel(csr, { mode: 'in' });
    cases.strengthOut = () => strengthKernel(csr, { mode: 'out' });
    cases.reciprocity = () => reciprocityKernel(csr).perNode;
  }
  return cases;
}

for (const name of fixtureNames()) {
  const fixture = readFixture(name);
  const built = fixtureGraph(fixture);
  describe.skipIf(built === null)(`oracle: ${name}`, () => {
    if (built === null) return;
    const { csr } = built;
    const m = fixture.measures;
    const cases = measureCases(csr, fixture.directed, m.katzAlpha);

    for (const [measure, run] of Object.entries(cases)) {
      it(`${measure} matches the reference to 1e-6`, () => {
        expect(mismatch(run(), m[measure] as Vec)).toBeNull();
      });
    }

    if (fixture.directed) {
      it('overall reciprocity matches', () => {
        expect(reciprocityKernel(csr).overall).toBeCloseTo(m.reciprocityOverall as number, 10);
      });
    }

    for (const [res, ref] of Object.entries(m.communities)) {
      const resolution = Number(res);
      it(`modularity of igraph's partition agrees (γ=${res})`, () => {
        const q = modularityKernel(csr, Int32Array.from(ref.leidenMembership), { resolution });
        expect(Math.abs(q - ref.igraphLeiden)).toBeLessThan(1e-9);
      });
      it(`Leiden reaches igraph's modularity, best of 5 runs each (γ=${res})`, () => {
        const ours = leidenKernel(csr, { resolution, rng: createRng(1), trials: 5 });
        expect(ours.modularity).toBeGreaterThanOrEqual(ref.igraphLeiden - 1e-9);
        expect(modularityKernel(csr, ours.membership, { resolution })).toBeCloseTo(ours.modularity, 12);
      });
      it(`Louvain comes within 0.01 of igraph's multilevel modularity, best of 5 runs each (γ=${res})`, () => {
        // NOTE: Louvain is a heuristic; on the random fixtures our best of 5 is ~0.004 below igraph's best
        // of 5 at γ=0.5 and γ=2 (and above it at γ=1). Leiden (above) is the method that must lead.
        const ours = louvainKernel(csr, { resolution, rng: createRng(1), trials: 5 });
        expect(ours.modularity).toBeGreaterThanOrEqual(ref.igraphMultilevel - 0.01);
      });
    }

    it('participation coefficient and within-module z match for igraph’s Leiden partition', () => {
      const roles = rolesKernel(csr, Int32Array.from(m.communities['1.0'].leidenMembership));
      expect(mismatch(roles.participation, m.participation as Vec)).toBeNull();
      expect(mismatch(roles.withinModuleZ, m.withinModuleZ as Vec)).toBeNull();
    });

    it('sampled betweenness ranks nodes like the exact one (Spearman ≥ 0.95) within its error bound', () => {
      const exact = m.betweenness as number[];
      const samples = Math.max(1, Math.ceil(csr.n / 3));
      const approx = approxBetweennessKernel(csr, { samples, rng: createRng(7) });
      if (csr.n >= 500) expect(spearman(approx.scores, exact)).toBeGreaterThanOrEqual(0.95);
      let worst = 0;
      for (let i = 0; i < csr.n; i++) worst = Math.max(worst, Math.abs(approx.scores[i] - exact[i]));
      expect(worst).toBeLessThanOrEqual(approx.errorBound(0.01));
    });
  });
}
