import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../shared/rng.js';
import { buildGraph } from '../build/build-graph.js';
import { weakComponentsKernel } from '../structure/components.js';
import { csrFromArrays } from '../build/csr-from-arrays.js';
import type { Csr } from '../types.js';
import { leidenKernel } from './leiden.js';
import { louvainKernel } from './louvain.js';
import { modularityKernel } from './modularity.js';
import { classifyRole, rolesKernel } from './roles.js';

const edgeArb = fc.array(fc.tuple(fc.nat(15), fc.nat(15), fc.integer({ min: 1, max: 5 })), { maxLength: 40 });

function fromTuples(edges: [number, number, number][], directed: boolean): Csr {
  return csrFromArrays(
    16,
    Uint32Array.from(edges.map((e) => e[0])),
    Uint32Array.from(edges.map((e) => e[1])),
    Float64Array.from(edges.map((e) => e[2])),
    { directed },
  ).csr;
}

/** True when every community induces a connected subgraph. */
function communitiesConnected(csr: Csr, membership: Int32Array): boolean {
  const edges = [];
  for (let v = 0; v < csr.n; v++) {
    for (let e = csr.out.offsets[v]; e < csr.out.offsets[v + 1]; e++) {
      const u = csr.out.targets[e];
      if (membership[u] === membership[v]) edges.push({ source: `${v}`, target: `${u}`, weight: 1 });
    }
  }
  const nodes = Array.from({ length: csr.n }, (_, i) => `${i}`);
  const comps = weakComponentsKernel(buildGraph(edges, { directed: false, nodes }).csr);
  const first = new Map<number, number>();
  for (let v = 0; v < csr.n; v++) {
    const c = first.get(membership[v]);
    if (c === undefined) first.set(membership[v], comps.membership[v]);
    else if (c !== comps.membership[v]) return false;
  }
  return true;
}

describe('community detection', () => {
  it('modularity stays in [−0.5, 1] and Leiden communities are connected', () => {
    fc.assert(
      fc.property(edgeArb, fc.boolean(), fc.integer({ min: 1, max: 1000 }), (edges, directed, seed) => {
        const csr = fromTuples(edges, directed);
        for (const r of [
          louvainKernel(csr, { rng: createRng(seed) }),
          leidenKernel(csr, { rng: createRng(seed) }),
        ]) {
          expect(r.modularity).toBeGreaterThanOrEqual(-0.5);
          expect(r.modularity).toBeLessThanOrEqual(1);
          expect(modularityKernel(csr, r.membership)).toBeCloseTo(r.modularity, 12);
        }
        expect(communitiesConnected(csr, leidenKernel(csr, { rng: createRng(seed) }).membership)).toBe(true);
      }),
      { seed: 7, numRuns: 80 },
    );
  });

  it('is deterministic for a seed', () => {
    const csr = fromTuples(
      Array.from(
        { length: 60 },
        (_, i) => [i % 16, (i * 7 + 3) % 16, 1 + (i % 3)] as [number, number, number],
      ),
      false,
    );
    const a = leidenKernel(csr, { rng: createRng(5) });
    const b = leidenKernel(csr, { rng: createRng(5) });
    expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
  });

  it('separates two cliques joined by one edge', () => {
    const edges: [number, number, number][] = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([i, j, 1], [i + 5, j + 5, 1]);
    edges.push([0, 5, 1]);
    const csr = csrFromArrays(10, ...toArrays(edges), { directed: false }).csr;
    const r = leidenKernel(csr, { rng: createRng(1) });
    expect(r.count).toBe(2);
    expect(Array.from(r.membership)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const roles = rolesKernel(csr, r.membership);
    expect(roles.participation[0]).toBeCloseTo(1 - (4 / 5) ** 2 - (1 / 5) ** 2, 12);
    expect(roles.participation[1]).toBe(0);
  });

  it('classifies the seven Guimerà–Amaral roles at their boundaries', () => {
    expect([0.05, 0.62, 0.8, 0.81].map((p) => classifyRole(0, p))).toEqual([0, 1, 2, 3]);
    expect([0.3, 0.75, 0.76].map((p) => classifyRole(2.5, p))).toEqual([4, 5, 6]);
  });
});

function toArrays(edges: [number, number, number][]): [Uint32Array, Uint32Array, Float64Array] {
  return [
    Uint32Array.from(edges.map((e) => e[0])),
    Uint32Array.from(edges.map((e) => e[1])),
    Float64Array.from(edges.map((e) => e[2])),
  ];
}
