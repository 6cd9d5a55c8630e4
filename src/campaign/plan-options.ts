/**
 * Plan options
 *
 * Defaults, zod schema and resolution for `planCampaign`. Options may come from a CLI or an HTTP
 * request, so they are validated at the entry; errors become `InputError`s naming the field.
 */
import { z } from 'zod';
import { InputError } from '../shared/errors.js';
import { BASELINES } from './baselines.js';

export const holdoutOptionsSchema = z.object({
  /** Leave out a random share of chosen ambassadors, or of interest groups. */
  unit: z.enum(['ambassador', 'group']),
  share: z.number().gt(0).lt(1),
});

export const planOptionsSchema = z.object({
  k: z.number().int().positive(),
  epsilon: z.number().gt(0).lt(1).default(0.3),
  ell: z.number().positive().default(1),
  seed: z.number().int().default(1),
  /** Groups with at least this many members must get an ambassador (0: no requirement). */
  minGroupSize: z.number().int().min(0).default(10),
  maxPerDepartment: z.number().int().positive().optional(),
  /** Person ids that may not be ambassadors (opt-out, by hand). */
  exclude: z.array(z.string()).default([]),
  /** The topic the ties were focused on (recorded in the plan). */
  topic: z.string().optional(),
  alpha: z.number().positive().default(1),
  pMax: z.number().gt(0).max(1).default(1),
  holdout: holdoutOptionsSchema.optional(),
  /** Monte Carlo runs for the plan-versus-baselines comparison. */
  runs: z.number().int().positive().default(1000),
  baselines: z.array(z.enum(BASELINES)).default([...BASELINES]),
});

export type PlanOptions = z.infer<typeof planOptionsSchema>;
export type PlanOptionsInput = z.input<typeof planOptionsSchema>;

/** Formats zod issues as `field: problem; ...`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Validates and fills defaults; throws `InputError` on bad options. */
export function resolvePlanOptions(input: unknown): PlanOptions {
  const r = planOptionsSchema.safeParse(input);
  if (!r.success) throw new InputError(`campaign/plan: invalid options: ${formatIssues(r.error)}`);
  return r.data;
}
