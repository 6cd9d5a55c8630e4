/**
 * Bounded ForceAtlas2
 *
 * Refines the seed layout with ForceAtlas2 in a web worker (the page stays interactive) and stops it
 * after a time budget that grows with the graph, so a 5,000-person map settles in a few seconds and
 * never spins forever.
 *
 * References
 * - Jacomy et al., "ForceAtlas2, a Continuous Graph Layout Algorithm" (2014), PLoS ONE,
 *   https://doi.org/10.1371/journal.pone.0098679
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { DisplayGraph } from './build-graph.js';

/** Milliseconds of layout for a graph of `order` nodes: 1.5 s plus 0.5 ms a node, at most 5 s. */
export function layoutBudget(order: number): number {
  return Math.min(5000, 1500 + order * 0.5);
}

/** Starts the layout; calls `onDone` when the budget is spent. Returns a function that stops it early. */
export function runLayout(graph: DisplayGraph, onDone: () => void): () => void {
  if (graph.order < 2 || typeof Worker === 'undefined') {
    onDone();
    return () => undefined;
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 500,
    adjustSizes: false,
  };
  const layout = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
  layout.start();
  const timer = window.setTimeout(() => {
    layout.stop();
    onDone();
  }, layoutBudget(graph.order));
  return () => {
    window.clearTimeout(timer);
    layout.kill();
  };
}
