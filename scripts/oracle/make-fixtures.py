#!/usr/bin/python3
"""Oracle fixtures for the graph engine.

Computes reference values with NetworkX and python-igraph (Debian packages python3-networkx,
python3-igraph) and writes them as JSON to test/oracle/fixtures/. Run from the repository root:

    /usr/bin/python3 scripts/oracle/make-fixtures.py

Graphs: Zachary karate club and the college football network (read from ../shared/data/classic-networks;
only node ids and reference values are written, never the edges), Les Miserables and Florentine
families (bundled with NetworkX; edges included), and two seeded random directed weighted graphs with
planted groups (edges included). See scripts/oracle/README.md.
"""

import csv
import json
import math
import os
import random
import sys

import igraph as ig
import networkx as nx
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data", "classic-networks")
OUT = os.path.join(ROOT, "test", "oracle", "fixtures")
TOL = 1e-13
SIG = 13


def r(x):
    """Round to SIG significant digits to keep fixtures small (tests compare to 1e-6 relative)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return float(f"{x:.{SIG}g}")


def vec(d, nodes):
    return [r(float(d[v])) for v in nodes]


def read_csv_graph(edges_file, nodes_file, src, dst, weight):
    with open(os.path.join(DATA, nodes_file), newline="", encoding="utf-8") as f:
        nodes = [row["id"] for row in csv.DictReader(f)]
    G = nx.Graph()
    G.add_nodes_from(nodes)
    with open(os.path.join(DATA, edges_file), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            w = float(row[weight]) if weight else 1.0
            G.add_edge(row[src], row[dst], weight=w)
    return G, nodes


def random_graph(n, seed, groups, out_deg):
    """Directed weighted graph: planted groups, preferential attachment inside/outside, integer weights
    1..5 (exact ties for weighted shortest paths), some isolated and some sink-only nodes."""
    rnd = random.Random(seed)
    G = nx.DiGraph()
    nodes = [f"n{i}" for i in range(n)]
    G.add_nodes_from(nodes)
    group = [rnd.randrange(groups) for _ in range(n)]
    members = [[i for i in range(n) if group[i] == g] for g in range(groups)]
    pop = [1.0] * n
    isolated = set(rnd.sample(range(n), n // 100))
    for i in range(n):
        if i in isolated or rnd.random() < 0.05:
            continue
        k = max(1, int(rnd.paretovariate(2.0) * out_deg / 2))
        for _ in range(k):
            pool = members[group[i]] if rnd.random() < 0.8 else range(n)
            pool = [j for j in rnd.sample(list(pool), min(8, len(pool))) if j not in isolated]
            if not pool:
                continue
            j = max(pool, key=lambda x: pop[x] * rnd.random())
            if j == i:
                continue
            w = G[nodes[i]][nodes[j]]["weight"] + 1 if G.has_edge(nodes[i], nodes[j]) else rnd.randint(1, 5)
            G.add_edge(nodes[i], nodes[j], weight=float(w))
            pop[j] += 1
    return G, nodes


def undirected_summed(G):
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        w = d.get("weight", 1.0)
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


def canonical(labels):
    """Relabel a partition 0..C-1 by first appearance (our kernels' convention)."""
    seen = {}
    return [seen.setdefault(x, len(seen)) for x in labels]


def components(G, nodes, strong):
    comps = nx.strongly_connected_components(G) if strong else (
        nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G))
    label = {}
    for i, c in enumerate(comps):
        for v in c:
            label[v] = i
    return canonical([label[v] for v in nodes])


def two_step(G, nodes):
    succ = G.successors if G.is_directed() else G.neighbors
    out = []
    for v in nodes:
        reach = set(succ(v))
        for u in list(reach):
            reach.update(succ(u))
        reach.discard(v)
        out.append(len(reach))
    return out


def roles(U, nodes, membership):
    comm = dict(zip(nodes, membership))
    kin = {}
    part = {}
    for v in nodes:
        k = U.degree(v)
        per = {}
        for u in U.neighbors(v):
            per[comm[u]] = per.get(comm[u], 0) + 1
        part[v] = 1 - sum((x / k) ** 2 for x in per.values()) if k > 0 else 0.0
        kin[v] = per.get(comm[v], 0)
    z = {}
    for c in set(membership):
        mem = [v for v in nodes if comm[v] == c]
        vals = np.array([kin[v] for v in mem], dtype=float)
        sd = vals.std()
        for v in mem:
            z[v] = (kin[v] - vals.mean()) / sd if sd > 1e-12 * max(1, vals.mean()) else 0.0
    return vec(part, nodes), vec(z, nodes)


def nx_modularity(U, nodes, membership, res):
    """Modularity by NetworkX's formula (python-igraph 0.10.2's `Graph.modularity` mishandles
    `resolution` != 1, so igraph's partitions are scored here)."""
    groups = {}
    for v, c in zip(nodes, membership):
        groups.setdefault(c, set()).add(v)
    return nx.community.modularity(U, list(groups.values()), weight="weight", resolution=res)


def communities(U, nodes):
    idx = {v: i for i, v in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(idx[u], idx[v]) for u, v in U.edges()], directed=False)
    g.es["weight"] = [d["weight"] for _, _, d in U.edges(data=True)]
    out = {}
    for res in (0.5, 1.0, 2.0):
        random.seed(42)
        ig.set_random_number_generator(random)
        best_ml = None
        best_leiden = None
        for seed in range(5):
            random.seed(seed)
            ml = g.community_multilevel(weights="weight", resolution=res).membership
            q = nx_modularity(U, nodes, ml, res)
            if best_ml is None or q > best_ml:
                best_ml = q
            ld = g.community_leiden(objective_function="modularity", weights="weight", resolution_parameter=res,
                                    n_iterations=-1).membership
            q = nx_modularity(U, nodes, ld, res)
            if best_leiden is None or q > best_leiden[0]:
                best_leiden = (q, ld)
        out[str(res)] = {
            "igraphMultilevel": r(best_ml),
            "igraphLeiden": r(best_leiden[0]),
            "leidenMembership": canonical(best_leiden[1]),
        }
    return out


def katz_alpha(G):
    A = nx.to_numpy_array(G, weight="weight")
    lam = max(abs(np.linalg.eigvals(A))) if len(A) else 1.0
    return float(f"{0.5 / lam:.6g}")


def measures(G, nodes):
    directed = G.is_directed()
    U = undirected_summed(G) if directed else G
    m = {}
    if directed:
        m["degreeIn"] = [G.in_degree(v) for v in nodes]
        m["degreeOut"] = [G.out_degree(v) for v in nodes]
        m["strengthIn"] = vec(dict(G.in_degree(weight="weight")), nodes)
        m["strengthOut"] = vec(dict(G.out_degree(weight="weight")), nodes)
        m["reciprocityOverall"] = r(nx.overall_reciprocity(G))
        m["reciprocity"] = [r(nx.reciprocity(G, v)) if G.degree(v) > 0 else 0 for v in nodes]
    m["degree"] = [G.degree(v) for v in nodes]
    m["strength"] = vec(dict(G.degree(weight="weight")), nodes)
    m["pagerank"] = vec(nx.pagerank(G, tol=TOL, max_iter=10000), nodes)
    pers = {v: (i % 7) + 1 for i, v in enumerate(nodes[:10])}
    m["pagerankPersonalized"] = vec(nx.pagerank(G, alpha=0.7, personalization=pers, tol=TOL, max_iter=10000), nodes)
    m["eigenvector"] = vec(nx.eigenvector_centrality(G, weight="weight", tol=TOL, max_iter=100000), nodes)
    alpha = katz_alpha(G)
    m["katzAlpha"] = alpha
    m["katz"] = vec(nx.katz_centrality(G, alpha=alpha, weight="weight", tol=TOL, max_iter=100000), nodes)
    hubs, auth = nx.hits(G, tol=1e-14, max_iter=100000)
    m["hubs"] = vec(hubs, nodes)
    m["authorities"] = vec(auth, nodes)
    m["betweenness"] = vec(nx.betweenness_centrality(G), nodes)
    m["betweennessWeighted"] = vec(nx.betweenness_centrality(G, weight="weight"), nodes)
    m["closeness"] = vec(nx.closeness_centrality(G), nodes)
    m["closenessWeighted"] = vec(nx.closeness_centrality(G, distance="weight"), nodes)
    m["harmonic"] = vec(nx.harmonic_centrality(G), nodes)
    m["harmonicWeighted"] = vec(nx.harmonic_centrality(G, distance="weight"), nodes)
    core = nx.core_number(G)
    m["kcore"] = [core[v] for v in nodes]
    m["clustering"] = vec(nx.clustering(U), nodes)
    m["clusteringWeighted"] = vec(nx.clustering(U, weight="weight"), nodes)
    con = nx.constraint(G, weight="weight")
    es = nx.effective_size(G, weight="weight")
    m["constraint"] = [r(con[v]) for v in nodes]
    m["effectiveSize"] = [r(es[v]) for v in nodes]
    m["weakComponents"] = components(G, nodes, False)
    m["strongComponents"] = components(G, nodes, directed)
    m["twoStepReach"] = two_step(G, nodes)
    m["communities"] = communities(U, nodes)
    memb = m["communities"]["1.0"]["leidenMembership"]
    m["participation"], m["withinModuleZ"] = roles(U, nodes, memb)
    return m


def write(name, G, nodes, include_edges, source):
    for _, _, d in G.edges(data=True):
        d.setdefault("weight", 1.0)
    print(f"{name}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", file=sys.stderr)
    doc = {
        "name": name,
        "source": source,
        "directed": G.is_directed(),
        "generator": f"networkx {nx.__version__}, python-igraph {ig.__version__}",
        "nodes": nodes,
        "measures": measures(G, nodes),
    }
    if include_edges:
        doc["edges"] = [[u, v, d.get("weight", 1.0)] for u, v, d in G.edges(data=True)]
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    lm = nx.les_miserables_graph()
    write("lesmis", lm, list(lm.nodes), True, "networkx.les_miserables_graph()")
    ff = nx.florentine_families_graph()
    write("florentine", ff, list(ff.nodes), True, "networkx.florentine_families_graph()")
    if os.path.isdir(DATA):
        kg, kn = read_csv_graph("karate_edges.csv", "karate_nodes.csv", "from", "to", "weight")
        write("karate", kg, kn, False, "classic-networks/karate_edges.csv (weighted)")
        fg, fn = read_csv_graph("football_edges.csv", "football_nodes.csv", "source", "target", None)
        write("football", fg, fn, False, "classic-networks/football_edges.csv (unweighted)")
    else:
        print(f"skipping karate/football: {DATA} not found", file=sys.stderr)
    for n, seed in ((2000, 1), (3000, 2)):
        G, nodes = random_graph(n, seed, groups=max(4, n // 250), out_deg=5)
        write(f"random-directed-{n}", G, nodes, True, f"random_graph(n={n}, seed={seed}) in this script")


if __name__ == "__main__":
    main()
