/**
 * API response schemas: markers, jobs, campaigns and administration
 *
 * Topic dictionaries and stance targets, background jobs with progress, campaign plans with their
 * baseline comparison and evaluation, privacy settings, users and the audit log.
 */
import { z } from 'zod';
import { roleSchema } from './schemas.js';
import { stanceSchema } from './schemas-detail.js';

export const markerEntrySchema = z.looseObject({
  id: z.string(),
  label: z.string().optional(),
  terms: z.array(z.string()),
});
export type MarkerEntry = z.infer<typeof markerEntrySchema>;

export const markersSchema = z.looseObject({
  topics: z.array(markerEntrySchema).default([]),
  targets: z.array(markerEntrySchema).default([]),
});
export type Markers = z.infer<typeof markersSchema>;

const ruleHitSchema = z.looseObject({ via: z.string(), rule: z.string(), matched: z.string() });
const explainedSchema = z.looseObject({
  id: z.string(),
  label: z.string().optional(),
  hits: z.array(ruleHitSchema).default([]),
  exclusions: z.array(ruleHitSchema).default([]),
});
export type ExplainedMarker = z.infer<typeof explainedSchema>;

/** `POST /api/markers/test`: scores per topic and target, and which rules hit (the "why"). */
export const markerTestSchema = z.looseObject({
  topics: z.record(z.string(), z.number()).default({}),
  stance: stanceSchema.default({}),
  sentiment: z.number().optional(),
  explanation: z
    .looseObject({
      topics: z.array(explainedSchema).default([]),
      targets: z.array(explainedSchema).default([]),
    })
    .default({ topics: [], targets: [] }),
});
export type MarkerTest = z.infer<typeof markerTestSchema>;

/** A background job as the server reports it, normalized to state, fraction done, phase and error. */
export const jobSchema = z
  .looseObject({
    id: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z
      .looseObject({ phase: z.string(), done: z.number(), total: z.number().nullable() })
      .default({ phase: '', done: 0, total: null }),
    error: z.looseObject({ code: z.string(), message: z.string() }).nullable().default(null),
  })
  .transform((j) => ({
    id: j.id,
    state: j.status,
    progress:
      j.status === 'done' ? 1 : j.progress.total ? Math.min(1, j.progress.done / j.progress.total) : 0,
    stage: j.progress.phase,
    error: j.error?.message,
  }));
export type Job = z.infer<typeof jobSchema>;

export const estimateSchema = z.object({ mean: z.number(), low: z.number(), high: z.number() });
export type Estimate = z.infer<typeof estimateSchema>;

/** A campaign plan (`CampaignPlan` from `src/campaign/types.ts`, presented) with its stored key. */
export const campaignSchema = z.looseObject({
  id: z.string(),
  k: z.number(),
  topic: z.string().optional(),
  ambassadors: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string().optional(),
      label: z.string().optional(),
      department: z.string().optional(),
      group: z.number().optional(),
      order: z.number(),
      marginalReach: z.number(),
      reason: z.string(),
    }),
  ),
  comparison: z.array(z.looseObject({ strategy: z.string(), reach: estimateSchema })).default([]),
  warnings: z.array(z.string()).default([]),
});
export type Campaign = z.infer<typeof campaignSchema>;

/** `GET /api/campaigns`: stored plans and reports as `{ key, data }` rows. */
export const campaignListSchema = z.looseObject({
  items: z.array(z.looseObject({ key: z.string(), data: z.unknown() })),
});

export const simulationSchema = z.looseObject({
  model: z.enum(['ic', 'lt']).optional(),
  people: z.number().optional(),
  reach: estimateSchema,
  groups: z
    .array(z.looseObject({ key: z.string(), size: z.number(), reached: estimateSchema, share: z.number() }))
    .default([]),
});
export type Simulation = z.infer<typeof simulationSchema>;

const participationSchema = z.looseObject({
  key: z.string(),
  people: z.number(),
  participants: z.number(),
  rate: estimateSchema,
  suppressed: z.boolean().optional(),
});
export type Participation = z.infer<typeof participationSchema>;

/** `CampaignEvaluation` of `src/campaign/types.ts`, presented (cells under k are `suppressed`). */
export const evaluationSchema = z.looseObject({
  population: z.number(),
  overall: participationSchema,
  uplift: z
    .array(z.looseObject({ against: z.string(), statement: z.string(), ratio: estimateSchema }))
    .default([]),
  exposure: z.array(participationSchema).default([]),
  matching: z
    .array(
      z.looseObject({
        file: z.string(),
        rows: z.number(),
        matchedRows: z.number(),
        unmatchedRows: z.number(),
        duplicates: z.number(),
      }),
    )
    .default([]),
  diagnostics: z.array(z.looseObject({ reason: z.string(), count: z.number() })).default([]),
  limitations: z.array(z.string()).default([]),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

/** `GET/PUT /api/privacy/settings`: the workspace's privacy section (opt-out list included). */
export const privacySettingsSchema = z.looseObject({
  pseudonymize: z.boolean(),
  minGroupSize: z.number(),
  retainText: z.boolean(),
  retentionDays: z.number().nullable(),
  optOut: z.array(z.string()).default([]),
  purpose: z.string().default(''),
  legalBasis: z.string().default(''),
});
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

export const usersSchema = z.looseObject({
  items: z.array(z.looseObject({ username: z.string(), role: roleSchema, disabled: z.boolean().optional() })),
});

export const auditSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      seq: z.number(),
      time: z.string(),
      actor: z.string(),
      role: z.string(),
      action: z.string(),
      target: z.string(),
    }),
  ),
});
