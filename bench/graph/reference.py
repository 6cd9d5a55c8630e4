#!/usr/bin/python3
"""Benchmark child: reference tools.

Runs one measure with python-igraph or graph-tool (Debian python3-igraph, python3-graph-tool) on a graph
written by bench/graph/generate.ts and prints one JSON line: wall and CPU time of the measure, peak RSS of the
process (graph + measure), and a note. Usage: /usr/bin/python3 reference.py <igraph|graph-tool> <dir> <measure> [repeat]
With repeat > 1 the measure runs that many times and warmMs is the fastest call after the first.
Parallel arcs are merged with summed weights first (as our CSR builder does); that is part of "load".
"""

import json
import os
import resource
import sys
import time

import numpy as np

EXACT_BETWEENNESS_MAX_N = 20_000
BETWEENNESS_SAMPLES = 64
CLOSENESS_NODES = 100


def read(d):
    meta = json.load(open(os.path.join(d, "meta.json")))
    src = np.fromfile(os.path.join(d, "src.u32"), dtype="<u4").astype(np.int64)
    dst = np.fromfile(os.path.join(d, "dst.u32"), dtype="<u4").astype(np.int64)
    w = np.fromfile(os.path.join(d, "w.f64"), dtype="<f8")
    n = meta["n"]
    key, inv = np.unique(src * n + dst, return_inverse=True)
    return n, key // n, key % n, np.bincount(inv, weights=w)


def load_igraph(n, s, t, w):
    import igraph as ig
    g = ig.Graph(n=n, edges=np.column_stack([s, t]), directed=True)
    g.es["weight"] = w
    return g


def igraph_measures(g, n):
    import igraph as ig
    import random
    random.seed(1)
    ig.set_random_number_generator(random)

    def und():
        return g.as_undirected(mode="collapse", combine_edges="sum")

    def community(fn):
        u = und()
        m = fn(u).membership
        return "Q=%.6f" % u.modularity(m, weights="weight")

    def betweenness():
        if n > EXACT_BETWEENNESS_MAX_N:
            return None
        g.betweenness(directed=True)
        return "exact, 1 thread"

    return {
        "strength": lambda: (g.strength(mode="all", weights="weight"), "")[1],
        "pagerank": lambda: (g.pagerank(weights="weight"), "")[1],
        "eigenvector": lambda: (g.eigenvector_centrality(directed=True, weights="weight"), "ARPACK")[1],
        "hits": lambda: (g.hub_score(weights="weight"), g.authority_score(weights="weight"), "")[2],
        "kcore": lambda: (g.coreness(mode="all"), "")[1],
        "components": lambda: "%d weak, %d strong" % (len(g.connected_components(mode="weak")),
                                                      len(g.connected_components(mode="strong"))),
        "louvain": lambda: community(lambda u: u.community_multilevel(weights="weight")),
        "leiden": lambda: community(lambda u: u.community_leiden(objective_function="modularity", weights="weight")),
        "betweenness": betweenness,
        "closeness": lambda: (g.closeness(vertices=range(min(n, CLOSENESS_NODES)), mode="in"), "%d nodes" % min(n, CLOSENESS_NODES))[1],
        "clustering": lambda: (und().transitivity_local_undirected(mode="zero"), "")[1],
        "constraint": lambda: (g.constraint(weights="weight"), "")[1],
        "reach2": lambda: (g.neighborhood_size(order=2, mode="out"), "")[1],
    }


def load_gt(n, s, t, w):
    import graph_tool.all as gt
    g = gt.Graph(directed=True)
    g.add_vertex(n)
    weight = g.new_edge_property("double")
    g.add_edge_list(np.column_stack([s, t, w]), eprops=[weight])
    g.ep["weight"] = weight
    return g


def gt_measures(g, n):
    import graph_tool.all as gt
    w = g.ep["weight"]
    u = gt.GraphView(g, directed=False)

    def betweenness():
        if n > EXACT_BETWEENNESS_MAX_N:
            pivots = np.random.default_rng(1).choice(n, BETWEENNESS_SAMPLES, replace=False)
            gt.betweenness(g, pivots=pivots)
            return "%d sampled sources (pivots)" % BETWEENNESS_SAMPLES
        gt.betweenness(g)
        return "exact, OpenMP %s threads" % gt.openmp_get_num_threads()

    return {
        "strength": lambda: (g.degree_property_map("total", weight=w), "")[1],
        "pagerank": lambda: (gt.pagerank(g, weight=w), "")[1],
        "eigenvector": lambda: (gt.eigenvector(g, weight=w), "")[1],
        "hits": lambda: (gt.hits(g, weight=w), "")[1],
        "kcore": lambda: (gt.kcore_decomposition(u), "undirected view")[1],
        "components": lambda: (gt.label_components(g, directed=False), gt.label_components(g, directed=True), "")[2],
        "betweenness": betweenness,
        "clustering": lambda: (gt.local_clustering(g, undirected=True), "")[1],
    }


def main():
    tool, d, measure = sys.argv[1:4]
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    warm = None
    t0 = time.perf_counter()
    c0 = time.process_time()
    n, s, t, w = read(d)
    g = load_igraph(n, s, t, w) if tool == "igraph" else load_gt(n, s, t, w)
    ms = (time.perf_counter() - t0) * 1000
    cpu = (time.process_time() - c0) * 1000
    note = ""
    if measure != "load":
        fn = (igraph_measures if tool == "igraph" else gt_measures)(g, n).get(measure)
        if fn is None:
            print(json.dumps({"ms": None, "rssMb": None, "note": "n/a"}))
            return
        t1 = time.perf_counter()
        c1 = time.process_time()
        note = fn()
        if note is None:
            print(json.dumps({"ms": None, "rssMb": None, "note": "n/a (no sampled variant)"}))
            return
        ms = (time.perf_counter() - t1) * 1000
        cpu = (time.process_time() - c1) * 1000
        for _ in range(repeat - 1):
            t2 = time.perf_counter()
            fn()
            again = (time.perf_counter() - t2) * 1000
            warm = again if warm is None else min(warm, again)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": ms, "cpuMs": cpu, "rssMb": rss, "note": note, "warmMs": warm}))


if __name__ == "__main__":
    main()
