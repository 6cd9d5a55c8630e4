/**
 * Display graph tests
 *
 * Seed layout is deterministic and keeps groups apart; sizes grow with score; bad edges are dropped;
 * colours follow group size; search ranks by score.
 */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../api/schemas.js';
import { buildDisplayGraph, sizeOfScore } from './build-graph.js';
import { countGroups, createGroupColors, PALETTE } from './palette.js';
import { searchPeople } from './search.js';
import { seedLayout } from './seed-layout.js';

function demo(n: number, groups: number): GraphData {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    label: `Person ${i}`,
    community: i % groups,
    score: (i % 7) / 7,
  }));
  const edges = nodes
    .slice(1)
    .map((node, i) => ({ source: nodes[i].id, target: node.id, weight: 1 + (i % 3) }));
  return {
    nodes,
    edges: [
      ...edges,
      { source: 'n0', target: 'missing', weight: 1 },
      { source: 'n1', target: 'n1', weight: 1 },
    ],
  };
}

describe('seedLayout', () => {
  it('is deterministic and places every node at a finite position', () => {
    const data = demo(500, 6);
    const a = seedLayout(data.nodes);
    const b = seedLayout(data.nodes);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(a.size).toBe(500);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
  it('puts a group closer to its own centre than to other groups', () => {
    const data = demo(600, 3);
    const pos = seedLayout(data.nodes);
    const centre = (g: number) => {
      const ps = data.nodes.filter((n) => n.community === g).map((n) => pos.get(n.id)!);
      return {
        x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
        y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
      };
    };
    const [c0, c1] = [centre(0), centre(1)];
    expect(Math.hypot(c0.x - c1.x, c0.y - c1.y)).toBeGreaterThan(10);
  });
});

describe('buildDisplayGraph', () => {
  it('drops self-loops and dangling edges, colours by group, sizes by score', () => {
    const data = demo(50, 4);
    const colors = createGroupColors(countGroups(data.nodes));
    const graph = buildDisplayGraph(data, colors);
    expect(graph.order).toBe(50);
    expect(graph.size).toBe(49);
    expect(graph.getNodeAttribute('n0', 'color')).toBe(colors.get(0));
    expect(sizeOfScore(1, 1)).toBeGreaterThan(sizeOfScore(0.1, 1));
    expect(sizeOfScore(0, 0)).toBeGreaterThan(0);
  });
  it('uses positions from the API when every node has them', () => {
    const graph = buildDisplayGraph(
      { nodes: [{ id: 'a', label: 'a', community: 0, score: 1, x: 5, y: -2 }], edges: [] },
      new Map(),
    );
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 5, y: -2 });
  });
  it('builds 5,000 nodes quickly', () => {
    const data = demo(5000, 20);
    const started = performance.now();
    const graph = buildDisplayGraph(data, createGroupColors(countGroups(data.nodes)));
    expect(graph.order).toBe(5000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('palette and search', () => {
  it('gives the largest group the first colour', () => {
    const colors = createGroupColors(
      new Map([
        [7, 3],
        [2, 40],
        [5, 10],
      ]),
    );
    expect(colors.get(2)).toBe(PALETTE[0]);
    expect(colors.get(5)).toBe(PALETTE[1]);
  });
  it('finds by label or pseudonym, highest score first', () => {
    const people = [
      { id: '1', label: 'Анна Котова', pseudonym: 'P-AAAA', score: 0.2 },
      { id: '2', label: 'Анна Лебедева', pseudonym: 'P-BBBB', score: 0.9 },
    ];
    expect(searchPeople(people, 'анна').map((p) => p.id)).toEqual(['2', '1']);
    expect(searchPeople(people, 'p-aa').map((p) => p.id)).toEqual(['1']);
    expect(searchPeople(people, '  ')).toEqual([]);
  });
});
