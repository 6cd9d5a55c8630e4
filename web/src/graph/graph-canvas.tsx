/**
 * Graph canvas
 *
 * Mounts sigma (WebGL) on a graphology graph, runs the bounded layout, and highlights the selected
 * person with their neighbours (everyone else is dimmed). Clicking a person calls `onOpen`.
 */
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { DisplayGraph, EdgeAttributes, NodeAttributes } from './build-graph.js';
import { runLayout } from './run-layout.js';

const DIM_NODE = '#e3e6ea';
const DIM_EDGE = '#f0f1f3';

export interface GraphCanvasProps {
  readonly graph: DisplayGraph;
  readonly label: string;
  readonly selected?: string | null;
  readonly onOpen?: (id: string) => void;
  readonly onLayoutDone?: () => void;
  /** Skip the force layout (e.g. small ego graphs placed by the caller). */
  readonly fixed?: boolean;
}

function createRenderer(graph: DisplayGraph, container: HTMLElement, focus: { current: Set<string> | null }) {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    settings: {
      // NOTE: sigma 4 sizes nodes in graph units by default; ours are pixels (2–14 px by score).
      itemSizesReference: 'screen',
      hideEdgesOnMove: graph.size > 20000,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.5,
      minEdgeThickness: 0.6,
    },
    nodeReducer: (key, data) => {
      const set = focus.current;
      if (!set) return data;
      return set.has(key)
        ? { ...data, zIndex: 1, forceLabel: true }
        : { ...data, color: DIM_NODE, label: '' };
    },
    edgeReducer: (_key, data, _attrs, _state, _graphState, g) => {
      const set = focus.current;
      if (!set) return data;
      const [s, t] = g.extremities(_key);
      return set.has(s) && set.has(t) ? data : { ...data, color: DIM_EDGE };
    },
  });
}

export function GraphCanvas({ graph, label, selected, onOpen, onLayoutDone, fixed }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const focus = useRef<Set<string> | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    if (!container.current) return undefined;
    const sigma = createRenderer(graph, container.current, focus);
    renderer.current = sigma;
    sigma.on('clickNode', ({ node }) => open.current?.(node));
    const stop = fixed ? (onLayoutDone?.(), () => undefined) : runLayout(graph, () => onLayoutDone?.());
    return () => {
      stop();
      sigma.kill();
      renderer.current = null;
    };
    // NOTE: onLayoutDone is read once per graph on purpose.
  }, [graph, fixed]);

  useEffect(() => {
    focus.current =
      selected && graph.hasNode(selected) ? new Set([selected, ...graph.neighbors(selected)]) : null;
    renderer.current?.refresh();
  }, [selected, graph]);

  return (
    <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />
  );
}
