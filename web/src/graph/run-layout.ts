/**
 * Bounded ForceAtlas2
 *
 * Refines the seed layout with ForceAtlas2 in a web worker (the page stays interactive) and stops it
 * after a time budget that grows with the graph, so a 5,000-person map settles in a few seconds and
 * never spins forever. Positions stream back after every few iterations.
 *
 * References
 * - Jacomy et al., "ForceAtlas2, a Continuous Graph Layout Algorithm" (2014), PLoS ONE,
 *   https://doi.org/10.1371/journal.pone.0098679
 */
import type { DisplayGraph } from './build-graph.js';
import type { LayoutRequest, LayoutUpdate } from './layout-protocol.js';

/** Milliseconds of layout for a graph of `order` nodes: 1.5 s plus 0.5 ms a node, at most 5 s. */
export function layoutBudget(order: number): number {
  return Math.min(5000, 1500 + order * 0.5);
}

/** The graph as typed arrays for the worker, with the node order used to map positions back. */
export function toLayoutRequest(graph: DisplayGraph): { request: LayoutRequest; nodes: string[] } {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    positions[2 * i] = graph.getNodeAttribute(n, 'x');
    positions[2 * i + 1] = graph.getNodeAttribute(n, 'y');
  });
  const edges = new Uint32Array(graph.size * 2);
  const weights = new Float32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    edges[2 * e] = index.get(source)!;
    edges[2 * e + 1] = index.get(target)!;
    weights[e++] = attrs.weight;
  });
  return { request: { positions, edges, weights, budgetMs: layoutBudget(nodes.length) }, nodes };
}

/** Starts the layout; calls `onDone` when the budget is spent. Returns a function that stops it early. */
export function runLayout(graph: DisplayGraph, onDone: () => void): () => void {
  if (graph.order < 2 || typeof Worker === 'undefined') {
    onDone();
    return () => undefined;
  }
  const { request, nodes } = toLayoutRequest(graph);
  const index = new Map(nodes.map((n, i) => [n, i]));
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutUpdate>) => {
    const { positions, done } = event.data;
    graph.updateEachNodeAttributes((node, attrs) => {
      const i = index.get(node);
      return i === undefined ? attrs : { ...attrs, x: positions[2 * i], y: positions[2 * i + 1] };
    });
    if (done) {
      worker.terminate();
      onDone();
    }
  };
  worker.onerror = () => {
    worker.terminate();
    onDone();
  };
  worker.postMessage(request, [request.positions.buffer, request.edges.buffer, request.weights.buffer]);
  return () => worker.terminate();
}
