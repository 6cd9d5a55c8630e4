/**
 * ForceAtlas2 worker
 *
 * Runs ForceAtlas2 off the main thread on a copy of the graph and posts positions back after each
 * batch of iterations. A same-origin module file (not a blob: URL), so the server's Content Security
 * Policy (`script-src 'self'`) allows it.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutRequest } from './layout-protocol.js';

const BATCH = 5;
/** Positions are posted at most this often: each post makes the page re-render the map. */
const POST_EVERY_MS = 250;

function buildGraph(request: LayoutRequest): Graph {
  const graph = new Graph({ type: 'undirected', multi: false });
  const n = request.positions.length / 2;
  for (let i = 0; i < n; i++)
    graph.addNode(i, { x: request.positions[2 * i], y: request.positions[2 * i + 1] });
  for (let e = 0; e < request.edges.length; e += 2) {
    graph.mergeEdge(request.edges[e], request.edges[e + 1], { weight: request.weights[e / 2] });
  }
  return graph;
}

function positionsOf(graph: Graph): Float32Array {
  const out = new Float32Array(graph.order * 2);
  graph.forEachNode((node, attrs) => {
    const i = Number(node);
    out[2 * i] = attrs.x as number;
    out[2 * i + 1] = attrs.y as number;
  });
  return out;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const graph = buildGraph(request);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  const deadline = performance.now() + request.budgetMs;
  let posted = performance.now();
  const step = () => {
    forceAtlas2.assign(graph, { iterations: BATCH, settings, getEdgeWeight: 'weight' });
    const now = performance.now();
    const done = now >= deadline;
    if (done || now - posted >= POST_EVERY_MS) {
      const positions = positionsOf(graph);
      self.postMessage({ positions, done }, { transfer: [positions.buffer] });
      posted = now;
    }
    if (!done) setTimeout(step, 0);
  };
  step();
};
