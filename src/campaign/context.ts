/**
 * Campaign context
 *
 * Maps the caller's inputs (graph with its node index, directory people, communities, analysis
 * results) onto dense per-node arrays once, at the public entry, so kernels see only typed arrays:
 * community and department labels, eligibility, formal level.
 */
import type { PersonResult } from '../analysis/types.js';
import type { Csr, NodeIndex } from '../graph/types.js';
import type { Labeling } from './monte-carlo.js';
import type { CampaignGroup, CampaignPerson } from './types.js';

/** What the CLI (or the demo) passes to plan, simulate and evaluate. */
export interface CampaignInput {
  readonly csr: Csr;
  readonly index: NodeIndex;
  readonly people: readonly CampaignPerson[];
  readonly communities: readonly CampaignGroup[];
  /** Analysis results, for the PageRank and degree baselines (optional). */
  readonly results?: readonly PersonResult[] | undefined;
}

export interface CampaignContext {
  readonly csr: Csr;
  readonly n: number;
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly person: readonly (CampaignPerson | undefined)[];
  /** Position in `communityIds` per node, −1 when in none. */
  readonly community: Int32Array;
  readonly communityIds: readonly number[];
  /** Graph members per community (same order as `communityIds`). */
  readonly communitySize: Int32Array;
  /** Position in `departments` per node, −1 when unknown. */
  readonly department: Int32Array;
  readonly departments: readonly string[];
  readonly departmentSize: Int32Array;
}

function labelDepartments(person: readonly (CampaignPerson | undefined)[]): {
  department: Int32Array;
  departments: string[];
} {
  const names = new Map<string, number>();
  const department = new Int32Array(person.length).fill(-1);
  person.forEach((p, v) => {
    if (!p?.department) return;
    let d = names.get(p.department);
    if (d === undefined) names.set(p.department, (d = names.size));
    department[v] = d;
  });
  return { department, departments: [...names.keys()] };
}

function sizes(label: Int32Array, groups: number): Int32Array {
  const s = new Int32Array(groups);
  for (let v = 0; v < label.length; v++) if (label[v] >= 0) s[label[v]]++;
  return s;
}

/** Builds the dense per-node view of the inputs. */
export function createCampaignContext(input: CampaignInput): CampaignContext {
  const { csr, index } = input;
  const n = csr.n;
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const person = index.ids.map((id) => byId.get(id));
  const community = new Int32Array(n).fill(-1);
  const communityIds = input.communities.map((c) => c.id);
  input.communities.forEach((c, ci) => {
    for (const m of c.members) {
      const v = index.indexOf.get(m);
      if (v !== undefined) community[v] = ci;
    }
  });
  const { department, departments } = labelDepartments(person);
  return {
    csr,
    n,
    ids: index.ids,
    indexOf: index.indexOf,
    person,
    community,
    communityIds,
    communitySize: sizes(community, communityIds.length),
    department,
    departments,
    departmentSize: sizes(department, departments.length),
  };
}

/** Community and department labelings for the Monte Carlo kernel. */
export function contextLabelings(ctx: CampaignContext): Labeling[] {
  return [
    { label: ctx.community, groups: ctx.communityIds.length },
    { label: ctx.department, groups: ctx.departments.length },
  ];
}

/** Node indices of `ids`; unknown ids are returned separately. */
export function resolveIds(
  ctx: CampaignContext,
  ids: readonly string[],
): { nodes: number[]; unknown: string[] } {
  const nodes: number[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const v = ctx.indexOf.get(id);
    if (v === undefined) unknown.push(id);
    else nodes.push(v);
  }
  return { nodes, unknown };
}
