/**
 * igraph's community detection, run side by side
 *
 * Calls Debian's python3-igraph (`/usr/bin/python3`) on the same undirected weighted graph and
 * returns its Louvain (multilevel) and Leiden (modularity) memberships.
 */
import { spawnSync } from 'node:child_process';
import type { LabelledNetwork } from './real-networks.js';

const PY = `
import json, sys, igraph as ig
d = json.load(sys.stdin)
g = ig.Graph(n=len(d["nodes"]), edges=d["edges"], directed=False)
g.es["weight"] = d["weights"]
g = g.simplify(combine_edges="sum")
ml = g.community_multilevel(weights="weight")
best = None
for seed in range(10):
    import random; random.seed(seed)
    ld = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
    if best is None or ld.modularity > best.modularity: best = ld
print(json.dumps({"louvain": ml.membership, "louvainQ": ml.modularity, "leiden": best.membership, "leidenQ": best.modularity}))
`;

export interface IgraphCommunities {
  readonly louvain: number[];
  readonly louvainQ: number;
  readonly leiden: number[];
  readonly leidenQ: number;
}

/** igraph's partitions of `net`, or null when python3-igraph is not installed. */
export function igraphCommunities(net: LabelledNetwork): IgraphCommunities | null {
  const index = new Map(net.nodes.map((id, i) => [id, i]));
  const edges = net.edges.filter((e) => index.has(e.source) && index.has(e.target));
  const input = JSON.stringify({
    nodes: net.nodes,
    edges: edges.map((e) => [index.get(e.source), index.get(e.target)]),
    weights: edges.map((e) => e.weight),
  });
  const r = spawnSync('/usr/bin/python3', ['-c', PY], { input, encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout) as IgraphCommunities;
}
