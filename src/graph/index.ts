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
export { keyScores, vectorFromKeys } from './keyed.js';
export type { ReciprocityResult } from './centrality/degree.js';
export { degreeKernel, reciprocityKernel, strengthKernel } from './centrality/degree.js';
export type { PowerOptions } from './centrality/eigenvector.js';
export { eigenvectorKernel } from './centrality/eigenvector.js';
export type { KatzOptions } from './centrality/katz.js';
export { katzKernel } from './centrality/katz.js';
export type { HitsResult } from './centrality/hits.js';
export { hitsKernel } from './centrality/hits.js';
export type { ClosenessOptions, ClosenessResult } from './centrality/closeness.js';
export { closenessKernel } from './centrality/closeness.js';
export type { ParallelClosenessOptions } from './centrality/parallel-closeness.js';
export { parallelClosenessKernel } from './centrality/parallel-closeness.js';
export { scoreKernel } from './structure/score.js';
export type { ClusteringOptions } from './structure/clustering.js';
export { clusteringKernel } from './structure/clustering.js';
export type { BrokerageResult } from './structure/brokerage.js';
export { brokerageKernel } from './structure/brokerage.js';
export type { ComponentsResult } from './structure/components.js';
export { strongComponentsKernel, weakComponentsKernel } from './structure/components.js';
export { twoStepReachKernel } from './structure/reach.js';
export type { RoleName, RolesResult } from './communities/roles.js';
export { classifyRole, ROLE_NAMES, rolesKernel } from './communities/roles.js';
