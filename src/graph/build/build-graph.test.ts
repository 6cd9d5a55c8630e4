import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { buildGraph } from './build-graph.js';

function row(adj: { offsets: Uint32Array; targets: Uint32Array; weights: Float64Array }, v: number) {
  const out: [number, number][] = [];
  for (let e = adj.offsets[v]; e < adj.offsets[v + 1]; e++) out.push([adj.targets[e], adj.weights[e]]);
  return out;
}

describe('buildGraph', () => {
  it('merges parallel directed edges and builds the in-adjacency', () => {
    const { csr, index } = buildGraph(
      [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'a', target: 'b', weight: 2 },
        { source: 'c', target: 'b', weight: 1 },
      ],
      { directed: true },
    );
    expect(index.ids).toEqual(['a', 'b', 'c']);
    expect(csr.m).toBe(2);
    expect(row(csr.out, 0)).toEqual([[1, 3]]);
    expect(row(csr.in, 1)).toEqual([
      [0, 3],
      [2, 1],
    ]);
  });

  it('treats a→b and b→a as one undirected edge stored both ways', () => {
    const { csr } = buildGraph(
      [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'b', target: 'a', weight: 2 },
      ],
      { directed: false },
    );
    expect(csr.m).toBe(2);
    expect(row(csr.out, 0)).toEqual([[1, 3]]);
    expect(row(csr.out, 1)).toEqual([[0, 3]]);
    expect(csr.in).toBe(csr.out);
  });

  it('fixes node order and adds isolated nodes from `nodes`', () => {
    const { csr, index } = buildGraph([{ source: 'x', target: 'y', weight: 1 }], {
      directed: true,
      nodes: ['z', 'y'],
    });
    expect(index.ids).toEqual(['z', 'y', 'x']);
    expect(csr.n).toBe(3);
    expect(row(csr.out, 0)).toEqual([]);
    expect(row(csr.out, 2)).toEqual([[1, 1]]);
  });

  it('drops self-loops and non-positive merged weights, counting them', () => {
    const built = buildGraph(
      [
        { source: 'a', target: 'a', weight: 5 },
        { source: 'a', target: 'b', weight: 0 },
        { source: 'b', target: 'c', weight: -1 },
        { source: 'b', target: 'c', weight: 3 },
      ],
      { directed: true },
    );
    expect(built.droppedSelfLoops).toBe(1);
    expect(built.droppedNonPositive).toBe(1);
    expect(row(built.csr.out, 1)).toEqual([[2, 2]]);
  });

  it('keeps self-loops when asked, once per loop', () => {
    const { csr } = buildGraph([{ source: 'a', target: 'a', weight: 2 }], {
      directed: false,
      selfLoops: true,
    });
    expect(row(csr.out, 0)).toEqual([[0, 2]]);
  });

  it('rejects non-finite weights and duplicate node ids with InputError', () => {
    expect(() => buildGraph([{ source: 'a', target: 'b', weight: NaN }], { directed: true })).toThrow(
      InputError,
    );
    expect(() => buildGraph([], { directed: true, nodes: ['a', 'a'] })).toThrow(InputError);
  });

  it('builds an empty graph', () => {
    const { csr } = buildGraph([], { directed: false });
    expect(csr.n).toBe(0);
    expect(csr.out.offsets).toEqual(new Uint32Array([0]));
  });
});
