/**
 * Layout worker protocol
 *
 * Messages between the page and the ForceAtlas2 worker: node positions as interleaved x, y; edges as
 * pairs of node indices with their weights.
 */

export interface LayoutRequest {
  /** x0, y0, x1, y1, … in node index order. */
  readonly positions: Float32Array;
  /** source0, target0, source1, target1, … node indices. */
  readonly edges: Uint32Array;
  readonly weights: Float32Array;
  readonly budgetMs: number;
}

export interface LayoutUpdate {
  readonly positions: Float32Array;
  readonly done: boolean;
}
