/**
 * Display graph
 *
 * Turns the API's nodes and edges into a graphology graph with sigma's display attributes: position
 * (from the API when given, else the seed layout), colour by interest group, size by leader score.
 */
import Graph from 'graphology';
import type { GraphData } from '../api/schemas.js';
import { OTHER_COLOR } from './palette.js';
import { seedLayout } from './seed-layout.js';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  community: number;
  score: number;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  weight: number;
}

export type DisplayGraph = Graph<NodeAttributes, EdgeAttributes>;

const MIN_SIZE = 2;
const MAX_SIZE = 14;

/** Node radius in pixels: square root of the score's share of the top score, so area tracks score. */
export function sizeOfScore(score: number, maxScore: number): number {
  if (!(maxScore > 0) || !(score > 0)) return MIN_SIZE;
  return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(1, score / maxScore));
}

/** Builds the undirected display graph; duplicate and dangling edges are merged or dropped. */
export function buildDisplayGraph(data: GraphData, colors: ReadonlyMap<number, string>): DisplayGraph {
  const graph: DisplayGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const maxScore = data.nodes.reduce((m, n) => Math.max(m, n.score), 0);
  const hasPositions = data.nodes.every((n) => n.x !== undefined && n.y !== undefined);
  const seeded = hasPositions ? null : seedLayout(data.nodes);
  for (const node of data.nodes) {
    const at = seeded?.get(node.id) ?? { x: node.x ?? 0, y: node.y ?? 0 };
    graph.mergeNode(node.id, {
      x: at.x,
      y: at.y,
      size: sizeOfScore(node.score, maxScore),
      color: colors.get(node.community) ?? OTHER_COLOR,
      label: node.label,
      community: node.community,
      score: node.score,
    });
  }
  const maxWeight = data.edges.reduce((m, e) => Math.max(m, e.weight), 0) || 1;
  for (const edge of data.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const existing = graph.edge(edge.source, edge.target);
    if (existing !== undefined) {
      graph.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + edge.weight);
      continue;
    }
    const size = 0.3 + 1.7 * Math.sqrt(edge.weight / maxWeight);
    graph.addEdge(edge.source, edge.target, { size, color: '#c9ced6', weight: edge.weight });
  }
  return graph;
}
