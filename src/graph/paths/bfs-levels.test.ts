import { describe, expect, it } from 'vitest';
import { randomGraph } from '../random-graph.test-util.js';
import type { Adjacency, Csr } from '../types.js';
import type { LevelScratch } from './bfs-levels.js';
import { bfsLevels, createLevelScratch } from './bfs-levels.js';
import { createMultiBfsScratch, MULTI_BFS_WIDTH, multiSourceBfs } from './multi-bfs.js';

/** Plain top-down BFS with path counts: the reference the direction-optimizing search must equal. */
function referenceBfs(adj: Adjacency, n: number, source: number): { level: Int32Array; sigma: Float64Array } {
  const level = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const queue = [source];
  level[source] = 0;
  sigma[source] = 1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (let e = adj.offsets[v]; e < adj.offsets[v + 1]; e++) {
      const w = adj.targets[e];
      if (level[w] === -1) {
        level[w] = level[v] + 1;
        queue.push(w);
      }
      if (level[w] === level[v] + 1) sigma[w] += sigma[v];
    }
  }
  return { level, sigma };
}

/** Level of every reached node (−1 elsewhere), read back from `order` and `levelStart`. */
function levelsOf(s: LevelScratch, n: number): Int32Array {
  const level = new Int32Array(n).fill(-1);
  for (let d = 0; d < s.depth; d++)
    for (let i = s.levelStart[d]; i < s.levelStart[d + 1]; i++) level[s.order[i]] = d;
  return level;
}

function expectSameSearch(csr: Csr, adj: Adjacency, rev: Adjacency, sources: number[]): void {
  const s = createLevelScratch(csr.n);
  for (const source of sources) {
    const reached = bfsLevels(adj, rev, source, s);
    const ref = referenceBfs(adj, csr.n, source);
    // Levels are contiguous runs of `order`, shallowest first, and equal the plain BFS's.
    expect(Array.from(levelsOf(s, csr.n))).toEqual(Array.from(ref.level));
    expect(s.levelStart[s.depth]).toBe(reached);
    expect(reached).toBe(ref.level.filter((l) => l >= 0).length);
    for (let i = 0; i < reached; i++) expect(s.sigma[s.order[i]]).toBe(ref.sigma[s.order[i]]);
    expect(s.bits.every((b) => b === 0)).toBe(true);
    expect(s.nextBits.every((b) => b === 0)).toBe(true);
  }
}

describe('direction-optimizing BFS', () => {
  // Dense enough that middle levels go bottom-up (frontier arcs > unreached arcs / 14) and sparse
  // tails come back top-down, so both expansions and both switches are exercised.
  it('equals a plain BFS in levels and path counts, following out- and in-arcs', () => {
    const csr = randomGraph(2000, 24_000, 11, true);
    expectSameSearch(csr, csr.out, csr.in, [0, 17, 1999]);
    expectSameSearch(csr, csr.in, csr.out, [3, 500]);
  });

  it('equals a plain BFS on undirected, sparse and disconnected graphs', () => {
    const dense = randomGraph(1500, 9000, 4, false);
    expectSameSearch(dense, dense.out, dense.in, [0, 42]);
    const sparse = randomGraph(3000, 2400, 8, true);
    expectSameSearch(sparse, sparse.out, sparse.in, [0, 1, 2, 2999]);
  });

  it('handles a lone source and a one-node graph', () => {
    const csr = randomGraph(1, 0, 1, true);
    const s = createLevelScratch(1);
    expect(bfsLevels(csr.out, csr.in, 0, s)).toBe(1);
    expect(s.depth).toBe(1);
    expect(s.sigma[0]).toBe(1);
  });
});

/** Per-source counts of nodes at each level ≥ 1, from the plain BFS. */
function levelCounts(adj: Adjacency, n: number, source: number): number[] {
  const counts: number[] = [];
  for (const l of referenceBfs(adj, n, source).level) if (l > 0) counts[l - 1] = (counts[l - 1] ?? 0) + 1;
  return Array.from(counts, (c) => c ?? 0);
}

function expectSameLevels(csr: Csr, adj: Adjacency, rev: Adjacency, sources: number[]): void {
  const s = createMultiBfsScratch(csr.n);
  for (let from = 0; from < sources.length; from += MULTI_BFS_WIDTH) {
    const k = Math.min(MULTI_BFS_WIDTH, sources.length - from);
    const got: number[][] = Array.from({ length: k }, () => []);
    multiSourceBfs(adj, rev, sources, from, k, s, (level, count, searches) => {
      expect(searches).toBe(k);
      for (let i = 0; i < k; i++) got[i][level - 1] = count[i];
    });
    for (let i = 0; i < k; i++) {
      const want = levelCounts(adj, csr.n, sources[from + i]);
      // Levels past a search's last one report 0 for it.
      expect(got[i].slice(0, want.length)).toEqual(want);
      expect(got[i].slice(want.length).every((c) => c === 0)).toBe(true);
    }
    // Scratch is clean for the next batch.
    for (const a of [s.seen, s.frontier, s.next]) expect(a.every((x) => x === 0)).toBe(true);
  }
}

describe('multi-source BFS', () => {
  it('gives every search the level sizes of its own BFS (directed, both directions, 70 sources)', () => {
    const csr = randomGraph(2000, 24_000, 11, true);
    const sources = Array.from({ length: 70 }, (_, i) => (i * 37) % 2000);
    expectSameLevels(csr, csr.in, csr.out, sources);
    expectSameLevels(csr, csr.out, csr.in, sources.slice(0, 5));
  });

  it('handles repeated sources, sparse and undirected graphs', () => {
    const sparse = randomGraph(3000, 2400, 8, true);
    expectSameLevels(sparse, sparse.out, sparse.in, [0, 0, 1, 2, 2999, 1]);
    const dense = randomGraph(1500, 9000, 4, false);
    expectSameLevels(
      dense,
      dense.out,
      dense.in,
      Array.from({ length: 32 }, (_, i) => i * 40),
    );
  });
});
