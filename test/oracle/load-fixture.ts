/**
 * Oracle fixture loader
 *
 * Reads a fixture written by scripts/oracle/make-fixtures.py and builds the graph it describes: from
 * the edges stored in the fixture, or (for datasets we may not copy) from ../shared/data. Returns null
 * when the dataset is absent so the suite can skip with a reason.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../../src/graph/index.js';
import type { BuiltGraph, GraphEdge } from '../../src/graph/index.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'oracle', 'fixtures');
export const CLASSIC = join(REPO_ROOT, '..', 'shared', 'data', 'classic-networks');

export interface CommunityReference {
  readonly igraphMultilevel: number;
  readonly igraphLeiden: number;
  readonly leidenMembership: number[];
}

export interface Fixture {
  readonly name: string;
  readonly directed: boolean;
  readonly nodes: string[];
  readonly edges?: [string, string, number][];
  readonly measures: Record<string, unknown> & {
    readonly communities: Record<string, CommunityReference>;
    readonly katzAlpha: number;
  };
}

/** Fixture names present in the fixtures folder. */
export function fixtureNames(): string[] {
  return [
    'florentine',
    'lesmis',
    'karate',
    'football',
    'random-directed-2000',
    'random-directed-3000',
  ].filter((n) => existsSync(join(FIXTURES, `${n}.json`)));
}

export function readFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Fixture;
}

function unquote(s: string): string {
  return s.replace(/^"|"$/g, '');
}

/** Edges of a classic-networks CSV (first two columns endpoints, optional `weight` column). */
function readCsvEdges(file: string): GraphEdge[] {
  const lines = readFileSync(join(CLASSIC, file), 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',').map(unquote);
  const wi = header.indexOf('weight');
  return lines.slice(1).map((line) => {
    const cells = line.split(',').map(unquote);
    return { source: cells[0], target: cells[1], weight: wi >= 0 ? Number(cells[wi]) : 1 };
  });
}

const CSV_EDGES: Record<string, string> = { karate: 'karate_edges.csv', football: 'football_edges.csv' };

/** The fixture's graph, or null when its dataset is not available here. */
export function fixtureGraph(f: Fixture): BuiltGraph | null {
  let edges: GraphEdge[];
  if (f.edges) edges = f.edges.map(([source, target, weight]) => ({ source, target, weight }));
  else {
    const file = CSV_EDGES[f.name];
    if (file === undefined || !existsSync(join(CLASSIC, file))) return null;
    edges = readCsvEdges(file);
  }
  const built = buildGraph(edges, { directed: f.directed, nodes: f.nodes });
  if (built.csr.n !== f.nodes.length) throw new Error(`${f.name}: edges mention nodes outside the fixture`);
  return built;
}
