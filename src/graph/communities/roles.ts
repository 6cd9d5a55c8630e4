/**
 * Guimerà–Amaral roles
 *
 * Given communities, each node's within-module degree z-score (how connected inside its own group,
 * relative to the group) and participation coefficient (how evenly its ties spread over groups),
 * and the seven role classes those two numbers define.
 *
 * References:
 * - R. Guimerà, L. A. N. Amaral, "Functional cartography of complex metabolic networks", Nature 433,
 *   895–900 (2005), doi:10.1038/nature03288.
 *
 * Notes:
 * - Undirected view (directed weights summed both ways), self-loops ignored. `weighted: false`
 *   (default, as the paper) counts distinct neighbours; `true` uses strengths.
 * - z = (k_in − mean) / sd over the module; sd = 0 gives z = 0. Isolated nodes get P = 0.
 * - Hubs have z ≥ 2.5. Non-hubs: R1 ultra-peripheral P ≤ 0.05, R2 peripheral ≤ 0.62, R3 connector
 *   ≤ 0.80, R4 kinless. Hubs: R5 provincial P ≤ 0.30, R6 connector ≤ 0.75, R7 kinless.
 */

import { InputError } from '../../shared/errors.js';
import type { Csr } from '../types.js';
import { communityGraphFromCsr } from './community-graph.js';

export const ROLE_NAMES = [
  'ultra-peripheral',
  'peripheral',
  'non-hub-connector',
  'non-hub-kinless',
  'provincial-hub',
  'connector-hub',
  'kinless-hub',
] as const;

export type RoleName = (typeof ROLE_NAMES)[number];

export interface RolesResult {
  readonly participation: Float64Array;
  readonly withinModuleZ: Float64Array;
  /** Index into ROLE_NAMES (0 = R1 … 6 = R7). */
  readonly role: Int8Array;
}

/** The Guimerà–Amaral class (0..6 for R1..R7) of a node with z-score `z` and participation `p`. */
export function classifyRole(z: number, p: number): number {
  if (z >= 2.5) return p <= 0.3 ? 4 : p <= 0.75 ? 5 : 6;
  return p <= 0.05 ? 0 : p <= 0.62 ? 1 : p <= 0.8 ? 2 : 3;
}

/** Participation coefficient, within-module z-score and role class per node. */
export function rolesKernel(
  csr: Csr,
  membership: Int32Array,
  options: { weighted?: boolean } = {},
): RolesResult {
  if (membership.length !== csr.n) {
    throw new InputError(`graph/roles: invalid membership length: ${membership.length} (expected ${csr.n})`);
  }
  const g = communityGraphFromCsr(csr);
  const n = g.n;
  const weighted = options.weighted ?? false;
  let c = 0;
  for (let v = 0; v < n; v++) {
    if (membership[v] < 0)
      throw new InputError(`graph/roles: invalid membership[${v}]: ${membership[v]} (expected ≥ 0)`);
    c = Math.max(c, membership[v] + 1);
  }
  const perComm = new Float64Array(c);
  const mark = new Int32Array(c).fill(-1);
  const list = new Int32Array(c);
  const kIn = new Float64Array(n);
  const participation = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let k = 0;
    let count = 0;
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      const s = membership[g.targets[e]];
      const x = weighted ? g.weights[e] : 1;
      if (mark[s] !== v) {
        mark[s] = v;
        perComm[s] = 0;
        list[count++] = s;
      }
      perComm[s] += x;
      k += x;
    }
    let sq = 0;
    for (let i = 0; i < count; i++) sq += (perComm[list[i]] / k) ** 2;
    participation[v] = k > 0 ? 1 - sq : 0;
    kIn[v] = mark[membership[v]] === v ? perComm[membership[v]] : 0;
  }
  const withinModuleZ = zScores(kIn, membership, c);
  const role = new Int8Array(n);
  for (let v = 0; v < n; v++) role[v] = classifyRole(withinModuleZ[v], participation[v]);
  return { participation, withinModuleZ, role };
}

function zScores(kIn: Float64Array, membership: Int32Array, c: number): Float64Array {
  const sum = new Float64Array(c);
  const size = new Float64Array(c);
  for (let v = 0; v < kIn.length; v++) {
    sum[membership[v]] += kIn[v];
    size[membership[v]]++;
  }
  const sq = new Float64Array(c);
  for (let v = 0; v < kIn.length; v++)
    sq[membership[v]] += (kIn[v] - sum[membership[v]] / size[membership[v]]) ** 2;
  const z = new Float64Array(kIn.length);
  for (let v = 0; v < kIn.length; v++) {
    const s = membership[v];
    const mean = sum[s] / size[s];
    const sd = Math.sqrt(sq[s] / size[s]);
    z[v] = sd > 1e-12 * Math.max(1, mean) ? (kIn[v] - mean) / sd : 0;
  }
  return z;
}
