/**
 * API response schemas: person map and interest groups
 *
 * The person's communication map (ego graph, contacts, spheres, topics, stance, rhythm, change) and the
 * interest groups with their history. See `web/README.md` for the endpoints.
 */
import { z } from 'zod';
import { graphSchema, personSchema } from './schemas.js';

export const stanceSchema = z.record(
  z.string(),
  z.looseObject({
    score: z.number(),
    mentions: z.number(),
    positive: z.number().optional(),
    negative: z.number().optional(),
    neutral: z.number().optional(),
  }),
);
export type Stance = z.infer<typeof stanceSchema>;

export const shareSchema = z.object({ key: z.string(), count: z.number() });

export const personMapSchema = z.looseObject({
  person: personSchema,
  ego: graphSchema.optional(),
  contacts: z
    .array(
      z.looseObject({
        id: z.string(),
        label: z.string(),
        weight: z.number(),
        messages: z.number().optional(),
      }),
    )
    .default([]),
  spheres: z
    .looseObject({ departments: z.array(shareSchema).default([]), groups: z.array(shareSchema).default([]) })
    .optional(),
  topics: z.record(z.string(), z.number()).default({}),
  stance: stanceSchema.default({}),
  /** 7 rows (Monday first) × 24 hours of message counts. */
  rhythm: z.array(z.array(z.number())).optional(),
  change: z
    .looseObject({
      previousRank: z.number().nullable().optional(),
      previousScore: z.number().nullable().optional(),
      contactsGained: z.number().optional(),
      contactsLost: z.number().optional(),
    })
    .optional(),
});
export type PersonMap = z.infer<typeof personMapSchema>;

export const groupSchema = z.looseObject({
  id: z.number(),
  size: z.number(),
  label: z.string().optional(),
  keywords: z.array(z.string()).default([]),
  topics: z.record(z.string(), z.number()).default({}),
  stance: stanceSchema.default({}),
  leaders: z.array(z.looseObject({ id: z.string(), label: z.string() })).default([]),
  bridges: z.array(z.looseObject({ id: z.string(), label: z.string() })).default([]),
  departments: z.array(shareSchema).default([]),
});
export type Group = z.infer<typeof groupSchema>;

export const groupEventSchema = z.looseObject({
  period: z.string(),
  kind: z.enum(['continue', 'split', 'merge', 'birth', 'death']),
  from: z.array(z.number()).default([]),
  to: z.array(z.number()).default([]),
});
export type GroupEvent = z.infer<typeof groupEventSchema>;

export const groupsSchema = z.looseObject({
  groups: z.array(groupSchema),
  suppressedGroups: z.number().optional(),
  history: z.array(groupEventSchema).default([]),
});
