/**
 * API response schemas: person and interest groups
 *
 * A person's profile with their strongest ties (`GET /api/people/:id`), their communication map as the
 * analysis stage builds it (`buildPersonMap`, served at `GET /api/people/:id/map`), and the interest
 * groups (`GET /api/groups`).
 */
import { z } from 'zod';
import { edgeSchema, personBaseSchema, toPersonRow, type EdgeRow, type PersonRow } from './schemas.js';

export const stanceSchema = z.record(
  z.string(),
  z.looseObject({
    score: z.number(),
    mentions: z.number(),
    positive: z.number().optional(),
    negative: z.number().optional(),
  }),
);
export type Stance = z.infer<typeof stanceSchema>;

export const shareSchema = z.object({ key: z.string(), count: z.number() });
export type Share = z.infer<typeof shareSchema>;

/** Shares as a list, or as a `{ key: value }` record (the analysis stage's form), largest first. */
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

/** `GET /api/people/:id`: the profile (an analyst row) and the strongest ties. */
export const personDetailSchema = z
  .looseObject({ person: personBaseSchema.extend({ ties: z.array(edgeSchema).default([]) }) })
  .transform((d): PersonDetail => ({ person: toPersonRow(d.person), ties: d.person.ties }));
export interface PersonDetail {
  readonly person: PersonRow;
  readonly ties: readonly EdgeRow[];
}

const periodTotalsSchema = z.looseObject({
  from: z.number(),
  to: z.number(),
  contacts: z.number(),
  weight: z.number(),
});

/** `GET /api/people/:id/map`: `PersonMap` from `src/analysis/person-map.ts`, presented. */
export const personMapSchema = z.looseObject({
  contacts: z
    .array(
      z.looseObject({
        personId: z.string(),
        department: z.string().nullable().optional(),
        community: z.number().nullable().optional(),
        outWeight: z.number(),
        inWeight: z.number(),
        messages: z.number(),
        channels: z.record(z.string(), z.number()).default({}),
      }),
    )
    .default([]),
  departments: sharesSchema.default([]),
  groups: sharesSchema.default([]),
  topics: z.record(z.string(), z.number()).default({}),
  stance: stanceSchema.default({}),
  rhythm: z.array(z.array(z.number())).optional(),
  change: z
    .looseObject({
      periodDays: z.number(),
      current: periodTotalsSchema,
      previous: periodTotalsSchema,
      newContacts: z.array(z.string()).default([]),
      lostContacts: z.array(z.string()).default([]),
    })
    .nullable()
    .default(null),
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
  bridges: z.array(personRefSchema).optional(),
  departments: sharesSchema.optional(),
  members: z.array(z.string()).optional(),
});
export type Group = z.infer<typeof groupSchema>;

/** `GET /api/groups`: groups of at least k people; `suppressedGroups` were withheld. */
export const groupsSchema = z.looseObject({
  items: z.array(groupSchema),
  suppressedGroups: z.number().optional(),
});

/** `GET /api/groups/history`: what happened to groups between consecutive runs (groups of ≥ k only). */
export const groupHistorySchema = z.looseObject({
  runs: z.array(z.looseObject({ id: z.number(), createdAt: z.string() })).default([]),
  items: z.array(
    z.looseObject({
      run: z.number(),
      kind: z.enum(['split', 'merge', 'continue', 'birth', 'death']),
      from: z.array(z.number()),
      to: z.array(z.number()),
    }),
  ),
});
export type GroupHistory = z.infer<typeof groupHistorySchema>;
