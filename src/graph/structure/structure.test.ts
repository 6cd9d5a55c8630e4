import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build/build-graph.js';
import type { Csr } from '../types.js';
import { strongComponentsKernel, weakComponentsKernel } from './components.js';
import { kcoreKernel } from './kcore.js';
import { twoStepReachKernel } from './reach.js';
import { scoreKernel } from './score.js';

const E = (source: string, target: string, weight = 1) => ({ source, target, weight });

/** Brute-force s-core: the largest s such that v survives repeated removal of nodes with strength < s. */
function bruteScore(csr: Csr, v: number, levels: number[]): number {
  let best = 0;
  for (const s of levels) {
    const alive = new Uint8Array(csr.n).fill(1);
    for (let changed = true; changed;) {
      changed = false;
      for (let u = 0; u < csr.n; u++) {
        if (!alive[u]) continue;
        let str = 0;
        for (let e = csr.out.offsets[u]; e < csr.out.offsets[u + 1]; e++)
          if (alive[csr.out.targets[e]]) str += csr.out.weights[e];
        if (str < s) {
          alive[u] = 0;
          changed = true;
        }
      }
    }
    if (alive[v]) best = Math.max(best, s);
  }
  return best;
}

/**
 * Brute-force core numbers: v's core is the largest k such that v survives repeated removal of
 * nodes with fewer than k loop-free arcs (counted in the rows of `count`) to surviving nodes.
 */
function bruteCore(csr: Csr, count: Csr['out'][]): number[] {
  const core = new Array<number>(csr.n).fill(0);
  for (let k = 1; ; k++) {
    const alive = new Uint8Array(csr.n).fill(1);
    for (let changed = true; changed;) {
      changed = false;
      for (let u = 0; u < csr.n; u++) {
        if (!alive[u]) continue;
        let d = 0;
        for (const adj of count)
          for (let e = adj.offsets[u]; e < adj.offsets[u + 1]; e++)
            if (adj.targets[e] !== u && alive[adj.targets[e]]) d++;
        if (d < k) {
          alive[u] = 0;
          changed = true;
        }
      }
    }
    if (!alive.includes(1)) return core;
    for (let u = 0; u < csr.n; u++) if (alive[u]) core[u] = k;
  }
}

/** A CSR whose rows are in input order (not sorted by target) and may repeat arcs and keep loops. */
function rawCsr(n: number, arcs: readonly (readonly [number, number])[]): Csr {
  const row = (pick: 0 | 1) => {
    const offsets = new Uint32Array(n + 1);
    for (const a of arcs) offsets[a[pick] + 1]++;
    for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
    const fill = offsets.slice(0, n);
    const targets = new Uint32Array(arcs.length);
    for (const a of arcs) targets[fill[a[pick]]++] = a[1 - pick];
    return { offsets, targets, weights: new Float64Array(arcs.length).fill(1) };
  };
  return { n, m: arcs.length, directed: true, out: row(0), in: row(1) };
}

describe('structure kernels', () => {
  it('k-core equals the brute-force definition (self-loops, parallel arcs, unsorted rows, every mode)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })), { maxLength: 40 }),
        (n, raw) => {
          const arcs = raw.map(([a, b]) => [a % n, b % n] as const).reverse();
          const dir = rawCsr(n, arcs);
          expect(Array.from(kcoreKernel(dir))).toEqual(bruteCore(dir, [dir.out, dir.in]));
          expect(Array.from(kcoreKernel(dir, { mode: 'out' }))).toEqual(bruteCore(dir, [dir.out]));
          expect(Array.from(kcoreKernel(dir, { mode: 'in' }))).toEqual(bruteCore(dir, [dir.in]));
          const und = buildGraph(
            arcs.map(([a, b]) => E(`v${a}`, `v${b}`)),
            { directed: false, selfLoops: true, nodes: Array.from({ length: n }, (_, v) => `v${v}`) },
          ).csr;
          expect(Array.from(kcoreKernel(und))).toEqual(bruteCore(und, [und.out]));
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('s-core equals the brute-force definition on random weighted graphs', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 7 }),
            fc.integer({ min: 0, max: 7 }),
            fc.integer({ min: 1, max: 4 }),
          ),
          {
            maxLength: 25,
          },
        ),
        (edges) => {
          const { csr } = buildGraph(
            edges.map(([a, b, w]) => E(`v${a}`, `v${b}`, w)),
            { directed: false },
          );
          const core = scoreKernel(csr);
          const levels = Array.from(new Set(Array.from(core))).concat([0]);
          for (let v = 0; v < csr.n; v++)
            expect(core[v]).toBe(bruteScore(csr, v, levels.concat(levels.map((x) => x + 1))));
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('finds weak and strong components with labels in node order', () => {
    const { csr } = buildGraph([E('a', 'b'), E('b', 'c'), E('c', 'a'), E('c', 'd'), E('e', 'f')], {
      directed: true,
      nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    });
    expect(Array.from(weakComponentsKernel(csr).membership)).toEqual([0, 0, 0, 0, 1, 1, 2]);
    const strong = strongComponentsKernel(csr);
    expect(Array.from(strong.membership)).toEqual([0, 0, 0, 1, 2, 3, 4]);
    expect(strong.count).toBe(5);
  });

  it('strong components survive a 100k-node path without stack overflow', () => {
    const n = 100_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => E(`${i}`, `${i + 1}`));
    edges.push(E(`${n - 1}`, '0'));
    const { csr } = buildGraph(edges, { directed: true });
    expect(strongComponentsKernel(csr).count).toBe(1);
  });

  it('k-core of a triangle with a tail; directed in/out modes', () => {
    const und = buildGraph([E('a', 'b'), E('b', 'c'), E('c', 'a'), E('c', 'd')], { directed: false }).csr;
    expect(Array.from(kcoreKernel(und))).toEqual([2, 2, 2, 1]);
    const dir = buildGraph([E('a', 'b'), E('b', 'a'), E('a', 'c')], { directed: true }).csr;
    expect(Array.from(kcoreKernel(dir, { mode: 'out' }))).toEqual([1, 1, 0]);
    expect(Array.from(kcoreKernel(dir, { mode: 'in' }))).toEqual([1, 1, 1]);
    expect(Array.from(kcoreKernel(dir))).toEqual([2, 2, 1]);
  });

  it('two-step reach counts distinct nodes within two hops', () => {
    const { csr } = buildGraph([E('a', 'b'), E('b', 'c'), E('c', 'd'), E('a', 'c')], { directed: true });
    expect(Array.from(twoStepReachKernel(csr))).toEqual([3, 2, 1, 0]);
    expect(Array.from(twoStepReachKernel(csr, { mode: 'in' }))).toEqual([0, 1, 2, 3]);
  });
});
