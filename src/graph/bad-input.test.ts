import { describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { createRng } from '../shared/rng.js';
import type { Csr } from './index.js';
import {
  approxBetweennessKernel,
  betweennessKernel,
  brokerageKernel,
  buildGraph,
  closenessKernel,
  clusteringKernel,
  degreeKernel,
  eigenvectorKernel,
  hitsKernel,
  katzKernel,
  kcoreKernel,
  leidenKernel,
  louvainKernel,
  pagerankKernel,
  reciprocityKernel,
  rolesKernel,
  scoreKernel,
  strengthKernel,
  strongComponentsKernel,
  twoStepReachKernel,
  weakComponentsKernel,
} from './index.js';

/** Every kernel's outputs on `csr`, flattened to named arrays. */
function allOutputs(csr: Csr): Record<string, ArrayLike<number>> {
  const rng = createRng(3);
  const louvain = louvainKernel(csr, { rng });
  const hits = hitsKernel(csr);
  const close = closenessKernel(csr, { weight: 'strength' });
  const brok = brokerageKernel(csr);
  const roles = rolesKernel(csr, louvain.membership);
  return {
    degree: degreeKernel(csr),
    strength: strengthKernel(csr),
    reciprocity: reciprocityKernel(csr).perNode,
    pagerank: pagerankKernel(csr),
    eigenvector: eigenvectorKernel(csr),
    katz: katzKernel(csr, { alpha: 0.01 }),
    hubs: hits.hubs,
    authorities: hits.authorities,
    betweenness: betweennessKernel(csr, { weight: 'strength' }),
    approx: approxBetweennessKernel(csr, { samples: 2, rng }).scores,
    closeness: close.closeness,
    harmonic: close.harmonic,
    kcore: kcoreKernel(csr),
    score: scoreKernel(csr),
    clustering: clusteringKernel(csr, { weighted: true }),
    constraint: brok.constraint,
    effectiveSize: brok.effectiveSize,
    weak: weakComponentsKernel(csr).membership,
    strong: strongComponentsKernel(csr).membership,
    reach: twoStepReachKernel(csr),
    louvain: louvain.membership,
    leiden: leidenKernel(csr, { rng }).membership,
    participation: roles.participation,
    z: roles.withinModuleZ,
    modularity: [louvain.modularity],
  };
}

const E = (source: string, target: string, weight = 1) => ({ source, target, weight });

const SHAPES = {
  empty: () => buildGraph([], { directed: true }).csr,
  'isolated nodes only': () => buildGraph([], { directed: false, nodes: ['a', 'b', 'c'] }).csr,
  'self-loops kept': () =>
    buildGraph([E('a', 'a', 3), E('a', 'b'), E('b', 'b')], { directed: true, selfLoops: true }).csr,
  'undirected self-loops kept': () =>
    buildGraph([E('a', 'a', 3), E('a', 'b'), E('b', 'c')], { directed: false, selfLoops: true }).csr,
  'zero and negative weights': () =>
    buildGraph([E('a', 'b', 0), E('b', 'c', -2), E('c', 'd', 1)], { directed: true }).csr,
  disconnected: () =>
    buildGraph([E('a', 'b'), E('b', 'a'), E('c', 'd', 2), E('d', 'e')], { directed: true, nodes: ['z'] }).csr,
  'single node': () => buildGraph([], { directed: true, nodes: ['only'] }).csr,
};

describe('bad input gives defined results', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`${shape}: every output is finite and sized n`, () => {
      const csr = make();
      for (const [name, values] of Object.entries(allOutputs(csr))) {
        if (name !== 'modularity') expect(values.length, name).toBe(csr.n);
        for (let i = 0; i < values.length; i++)
          expect(Number.isFinite(values[i]), `${name}[${i}]`).toBe(true);
      }
    });
  }

  it('isolated nodes get documented values', () => {
    const csr = buildGraph([E('a', 'b')], { directed: true, nodes: ['iso'] }).csr;
    expect(pagerankKernel(csr)[0]).toBeGreaterThan(0);
    expect(closenessKernel(csr).closeness[0]).toBe(0);
    expect(brokerageKernel(csr).constraint[0]).toBe(0);
    expect(kcoreKernel(csr)[0]).toBe(0);
  });

  it('rejects bad options with InputError', () => {
    const csr = buildGraph([E('a', 'b')], { directed: true }).csr;
    expect(() => pagerankKernel(csr, { damping: 1.5 })).toThrow(InputError);
    expect(() => pagerankKernel(csr, { personalization: [0, 0] })).toThrow(InputError);
    expect(() => pagerankKernel(csr, { personalization: [1] })).toThrow(InputError);
    expect(() => louvainKernel(csr, { resolution: -1, rng: createRng(1) })).toThrow(InputError);
    expect(() => betweennessKernel(csr, { weight: 'bogus' as 'ignore' })).toThrow(InputError);
  });

  it('Katz with a divergent alpha throws InputError instead of returning Infinity', () => {
    const csr = buildGraph([E('a', 'b', 5), E('b', 'a', 5)], { directed: true }).csr;
    expect(() => katzKernel(csr, { alpha: 1 })).toThrow(InputError);
  });
});
