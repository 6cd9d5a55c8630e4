/**
 * API response schemas
 *
 * The contract between the dashboard and the server (`src/server/routes/*`), checked with zod at the
 * boundary. Shapes follow `src/analysis/types.ts` as the privacy policy presents them: ids are
 * pseudonyms, labels may be missing (then the pseudonym is shown), a group id is null when the group is
 * under the minimum size. Unknown fields are allowed so a newer server still works.
 */
import { z } from 'zod';

export const roleSchema = z.enum(['viewer', 'analyst', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export interface Session {
  readonly user: { readonly username: string; readonly role: Role };
  readonly csrfToken?: string | undefined;
  readonly pseudonymize?: boolean | undefined;
}

/** `GET /api/auth/session` and `POST /api/auth/login`, normalized to `{ user, csrfToken }`. */
export const sessionSchema = z
  .looseObject({
    username: z.string(),
    role: roleSchema,
    csrfToken: z.string().optional(),
    pseudonymize: z.boolean().optional(),
  })
  .transform((s): Session => ({
    user: { username: s.username, role: s.role },
    csrfToken: s.csrfToken,
    pseudonymize: s.pseudonymize,
  }));

/** Group id of a person; -1 when withheld (group under the minimum size). */
export const NO_GROUP = -1;
const communitySchema = z
  .number()
  .nullable()
  .optional()
  .transform((c) => c ?? NO_GROUP);

export const statusSchema = z.looseObject({
  people: z.number(),
  messagesByChannel: z.array(z.object({ channel: z.string(), messages: z.number() })).default([]),
  period: z.object({ from: z.number(), to: z.number() }).nullable().default(null),
  analysisRuns: z.number().default(0),
});
export type Status = z.infer<typeof statusSchema>;

/** `GET /api/trends`: network measures per analysis run. */
export const trendsSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      run: z.number(),
      createdAt: z.string(),
      people: z.number().nullable(),
      edges: z.number().nullable(),
      communities: z.number().nullable(),
      modularity: z.number().nullable(),
      period: z.object({ from: z.number(), to: z.number() }).nullable().optional(),
    }),
  ),
});
export type Trends = z.infer<typeof trendsSchema>;

export const scoreFactorSchema = z.object({
  factor: z.string(),
  value: z.number(),
  percentile: z.number(),
  contribution: z.number(),
});
export type ScoreFactor = z.infer<typeof scoreFactorSchema>;

/** A person as the pages use them (viewer rows carry only id, rank, score and group). */
export interface PersonRow {
  readonly id: string;
  readonly label: string;
  readonly department?: string | undefined;
  readonly position?: string | undefined;
  readonly community: number;
  readonly score: number;
  readonly rank: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly explanation: readonly ScoreFactor[];
  readonly role?: string | undefined;
  readonly formalRank?: number | undefined;
  readonly topics?: Readonly<Record<string, number>> | undefined;
  readonly stance?: Readonly<Record<string, { score: number; mentions: number }>> | undefined;
}

/** A person row as the server sends it (viewer rows carry only id, rank, score and group). */
export const personBaseSchema = z.looseObject({
  id: z.string(),
  label: z.string().optional(),
  department: z.string().nullable().optional(),
  position: z.string().nullable().optional(),
  community: communitySchema,
  score: z.number(),
  rank: z.number(),
  metrics: z.record(z.string(), z.number()).default({}),
  explanation: z.array(scoreFactorSchema).default([]),
  role: z.string().nullable().optional(),
  formalRank: z.number().nullable().optional(),
  topics: z.record(z.string(), z.number()).optional(),
  stance: z.record(z.string(), z.looseObject({ score: z.number(), mentions: z.number() })).optional(),
});

/** The page's person from the server's row: missing labels show the pseudonym, nulls become absent. */
export function toPersonRow(p: z.infer<typeof personBaseSchema>): PersonRow {
  return {
    id: p.id,
    label: p.label ?? p.id,
    department: p.department ?? undefined,
    position: p.position ?? undefined,
    community: p.community,
    score: p.score,
    rank: p.rank,
    metrics: p.metrics,
    explanation: p.explanation,
    role: p.role ?? undefined,
    formalRank: p.formalRank ?? undefined,
    topics: p.topics,
    stance: p.stance,
  };
}

export const personSchema = personBaseSchema.transform(toPersonRow);

/** `GET /api/leaders`: one page of people by rank. */
export const leadersPageSchema = z.looseObject({
  total: z.number(),
  items: z.array(personSchema),
  identified: z.boolean().optional(),
});

export interface EdgeRow {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}
export const edgeSchema = z
  .looseObject({ source: z.string(), target: z.string(), weight: z.number() })
  .transform((e): EdgeRow => ({ source: e.source, target: e.target, weight: e.weight }));

/** A node of a drawn graph. */
export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly community: number;
  readonly score: number;
  readonly rank?: number | undefined;
  readonly department?: string | undefined;
  readonly x?: number | undefined;
  readonly y?: number | undefined;
}

export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly EdgeRow[];
}

export const graphNodeSchema = z
  .looseObject({
    id: z.string(),
    label: z.string().optional(),
    community: communitySchema,
    score: z.number(),
    rank: z.number().optional(),
    department: z.string().nullable().optional(),
    x: z.number().optional(),
    y: z.number().optional(),
  })
  .transform((n): GraphNode => ({
    id: n.id,
    label: n.label ?? n.id,
    community: n.community,
    score: n.score,
    rank: n.rank,
    department: n.department ?? undefined,
    x: n.x,
    y: n.y,
  }));

/** `GET /api/map/people`: the top people and the ties among them. */
export const graphSchema = z
  .looseObject({ nodes: z.array(graphNodeSchema), edges: z.array(edgeSchema) })
  .transform((g): GraphData => ({ nodes: g.nodes, edges: g.edges }));

/** `GET /api/map/groups`: groups of at least k people and the summed ties between them. */
export const groupMapSchema = z.looseObject({
  nodes: z.array(
    z.looseObject({
      group: z.number(),
      size: z.number(),
      leaders: z.array(z.string()).default([]),
      keywords: z.array(z.string()).default([]),
    }),
  ),
  edges: z.array(z.looseObject({ source: z.number(), target: z.number(), weight: z.number() })),
  suppressedGroups: z.number().optional(),
});
export type GroupMap = z.infer<typeof groupMapSchema>;
