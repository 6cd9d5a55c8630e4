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

/** Shares as a list, or as a `{ key: count }` record (the analysis stage's form), largest first. */
export const sharesSchema = z
  .union([z.array(shareSchema), z.record(z.string(), z.number())])
  .transform((v) =>
    (Array.isArray(v) ? v : Object.entries(v).map(([key, count]) => ({ key, count }))).sort(
      (a, b) => b.count - a.count,
    ),
  );

/** A person referred to by a list: a bare (pseudonymous) id, or `{ id, label }`. */
export const personRefSchema = z.union([
  z.string().transform((id) => ({ id, label: id })),
  z.looseObject({ id: z.string(), label: z.string() }),
]);

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
    .looseObject({ departments: sharesSchema.default([]), groups: sharesSchema.default([]) })
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
  leaders: z.array(personRefSchema).default([]),
  bridges: z.array(personRefSchema).default([]),
  departments: sharesSchema.default([]),
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
