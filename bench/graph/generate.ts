/**
 * Benchmark graph generator
 *
 * Seeded power-law directed weighted graphs with planted groups, about 10 arcs per node: group sizes
 * are Pareto-distributed, out-degrees Pareto (α = 1.8, mean ≈ 10, capped), 80 % of arcs stay inside
 * the group, targets are skewed toward low indices (hubs), weights are 1 + Pareto integers. Written
 * as raw little-endian arrays so the Python reference run reads exactly the same graph.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng, pareto } from '../../src/shared/rng.js';

export interface BenchGraph {
  readonly n: number;
  readonly src: Uint32Array;
  readonly dst: Uint32Array;
  readonly w: Float64Array;
}

function plantGroups(n: number, rng: () => number): { start: Int32Array; size: Int32Array; of: Int32Array } {
  const starts: number[] = [];
  const sizes: number[] = [];
  const of = new Int32Array(n);
  for (let v = 0; v < n;) {
    const size = Math.min(n - v, Math.max(5, Math.floor(pareto(rng, 30, 1.5))));
    for (let i = 0; i < size; i++) of[v + i] = starts.length;
    starts.push(v);
    sizes.push(size);
    v += size;
  }
  return { start: Int32Array.from(starts), size: Int32Array.from(sizes), of };
}

/** Generates the benchmark graph with `n` nodes for `seed`. */
export function generateBenchGraph(n: number, seed: number): BenchGraph {
  const rng = createRng(seed);
  const groups = plantGroups(n, rng);
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (let v = 0; v < n; v++) {
    const degree = Math.min(5000, Math.floor(pareto(rng, 4.45, 1.8)));
    const g = groups.of[v];
    for (let k = 0; k < degree; k++) {
      const u = rng() ** 3;
      const t = rng() < 0.8 ? groups.start[g] + Math.floor(u * groups.size[g]) : Math.floor(u * n);
      if (t === v) continue;
      src.push(v);
      dst.push(t);
      w.push(1 + Math.floor(pareto(rng, 1, 2)));
    }
  }
  return { n, src: Uint32Array.from(src), dst: Uint32Array.from(dst), w: Float64Array.from(w) };
}

/** Folder holding the raw arrays of graph (n, seed), generated on first use. */
export function benchGraphFiles(n: number, seed: number): string {
  const dir = join(tmpdir(), `sociogram-bench-${n}-${seed}`);
  if (existsSync(join(dir, 'meta.json'))) return dir;
  mkdirSync(dir, { recursive: true });
  const g = generateBenchGraph(n, seed);
  writeFileSync(join(dir, 'src.u32'), g.src);
  writeFileSync(join(dir, 'dst.u32'), g.dst);
  writeFileSync(join(dir, 'w.f64'), g.w);
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ n, m: g.src.length, seed }));
  return dir;
}

/** Reads the arrays written by `benchGraphFiles`. */
export function readBenchGraph(dir: string): BenchGraph {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { n: number };
  const buf = (f: string) => {
    const b = readFileSync(join(dir, f));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  return {
    n: meta.n,
    src: new Uint32Array(buf('src.u32')),
    dst: new Uint32Array(buf('dst.u32')),
    w: new Float64Array(buf('w.f64')),
  };
}
