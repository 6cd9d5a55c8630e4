/**
 * Graph engine — public surface
 *
 * Pure graph kernels over CSR typed arrays. Build a graph with `buildGraph` (string ids) or
 * `csrFromArrays` (indices), call `xxxKernel(csr, options)` and map the typed-array results back through
 * the returned `NodeIndex`. See README.md for semantics of weights, bad input and determinism.
 */

export type { Adjacency, Csr, NodeIndex } from './types.js';
export type { BuildGraphOptions, BuiltGraph, GraphEdge } from './build/build-graph.js';
export { buildGraph } from './build/build-graph.js';
export type { CsrBuildResult, CsrFromArraysOptions } from './build/csr-from-arrays.js';
export { csrFromArrays } from './build/csr-from-arrays.js';
export type { PagerankOptions } from './centrality/pagerank.js';
export { PAGERANK_DEFAULTS, pagerankKernel } from './centrality/pagerank.js';
export type { DegreeMode, KcoreOptions } from './structure/kcore.js';
export { kcoreKernel } from './structure/kcore.js';
export type { CommunityOptions, CommunityResult } from './communities/louvain.js';
export { louvainKernel } from './communities/louvain.js';
export { modularityKernel } from './communities/modularity.js';
export type { LeidenOptions } from './communities/leiden.js';
export { leidenKernel } from './communities/leiden.js';
export type { PathWeight } from './paths/lengths.js';
export type {
  ApproxBetweennessOptions,
  ApproxBetweennessResult,
  BetweennessOptions,
} from './centrality/betweenness.js';
export {
  approxBetweennessKernel,
  betweennessErrorBound,
  betweennessKernel,
  betweennessSampleSize,
} from './centrality/betweenness.js';
export type { ParallelBetweennessOptions } from './centrality/parallel-betweenness.js';
export { parallelBetweennessKernel } from './centrality/parallel-betweenness.js';
