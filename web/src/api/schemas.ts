/**
 * API response schemas
 *
 * The contract between the dashboard and the server, checked with zod at the boundary. Shapes follow
 * `src/analysis/types.ts` and the privacy stage's presented outputs; unknown fields are allowed so a
 * newer server still works, and optional fields let a page show what is there.
 */
import { z } from 'zod';

export const roleSchema = z.enum(['viewer', 'analyst', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const sessionSchema = z.looseObject({
  user: z.looseObject({ username: z.string(), role: roleSchema }),
  csrfToken: z.string().optional(),
});
export type Session = z.infer<typeof sessionSchema>;

const periodSchema = z.object({ from: z.number(), to: z.number() }).nullable();

export const statusSchema = z.looseObject({
  people: z.number(),
  messagesByChannel: z.array(z.object({ channel: z.string(), messages: z.number() })).default([]),
  period: periodSchema.default(null),
  analysisRuns: z.number().default(0),
});
export type Status = z.infer<typeof statusSchema>;

export const scoreFactorSchema = z.object({
  factor: z.string(),
  value: z.number(),
  percentile: z.number(),
  contribution: z.number(),
});
export type ScoreFactor = z.infer<typeof scoreFactorSchema>;

export const personSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  pseudonym: z.string().optional(),
  department: z.string().optional(),
  position: z.string().optional(),
  community: z.number(),
  score: z.number(),
  rank: z.number(),
  metrics: z.record(z.string(), z.number()).default({}),
  explanation: z.array(scoreFactorSchema).default([]),
  role: z.string().optional(),
  formalRank: z.number().optional(),
});
export type PersonRow = z.infer<typeof personSchema>;

export const leadersSchema = z.looseObject({
  people: z.array(personSchema),
  periods: z.array(z.string()).optional(),
});

export const edgeSchema = z.object({ source: z.string(), target: z.string(), weight: z.number() });
export type EdgeRow = z.infer<typeof edgeSchema>;

export const graphNodeSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  community: z.number(),
  score: z.number(),
  rank: z.number().optional(),
  department: z.string().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphSchema = z.looseObject({
  nodes: z.array(graphNodeSchema),
  edges: z.array(edgeSchema),
});
export type GraphData = z.infer<typeof graphSchema>;
