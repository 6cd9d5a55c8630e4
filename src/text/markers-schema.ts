/**
 * Marker file schema
 *
 * The zod schema of one marker dictionary file (YAML or JSON) as a user writes it: topics, stance
 * targets, sentiment lexicon, stop words and settings, every section optional.
 */
import { z } from 'zod';

const word = z
  .string()
  .trim()
  .min(1)
  .regex(
    /^=?[^\s*=]+\*?$/u,
    'expected one word: "form", "prefix*" or "=exact" (use phrases for several words)',
  );

const phrase = z.union([
  z.string().trim().min(1),
  z.strictObject({
    text: z.string().trim().min(1),
    maxGap: z.number().int().min(0).max(10).optional(),
    ordered: z.boolean().optional(),
    weight: z.number().positive().max(100).optional(),
  }),
]);

const regex = z.union([
  z.string().min(1).max(500),
  z.strictObject({ pattern: z.string().min(1).max(500), weight: z.number().positive().max(100).optional() }),
]);

const ruleFields = {
  stems: z.array(word).default([]),
  phrases: z.array(phrase).default([]),
  regex: z.array(regex).default([]),
};

const excludeSchema = z.strictObject(ruleFields);

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a short ASCII id like "roads" or "offtopic-lunch"');
const displayName = z.strictObject({ ru: z.string().min(1), en: z.string().min(1) });

export const topicFileSchema = z.strictObject({
  id,
  name: displayName.optional(),
  kind: z.enum(['civic', 'offtopic']).optional(),
  weight: z.number().positive().max(100).optional(),
  /** `false` removes a topic of the same id defined earlier (e.g. a default one). */
  enabled: z.boolean().default(true),
  /** `true` adds these rules to an earlier topic of the same id instead of replacing it. */
  extend: z.boolean().default(false),
  ...ruleFields,
  exclude: excludeSchema.default({ stems: [], phrases: [], regex: [] }),
});

export const targetFileSchema = topicFileSchema.omit({ kind: true, weight: true });

export const sentimentFileSchema = z.strictObject({
  /** Word (any form; `prefix*`, `=exact`, or an emoji) → polarity in [-3, 3]; 0 removes a word. */
  words: z.record(z.string().min(1), z.number().min(-3).max(3)).default({}),
  negators: z.array(z.string().min(1)).default([]),
  intensifiers: z.record(z.string().min(1), z.number().min(0).max(3)).default({}),
  contrast: z.array(z.string().min(1)).default([]),
});

export const markerFileSchema = z.strictObject({
  /** Free text describing the file (authors, licence). */
  about: z.string().optional(),
  settings: z
    .strictObject({
      /** `false`: ignore the shipped defaults entirely and use only the workspace's files. */
      inheritDefaults: z.boolean().optional(),
      /** Default gap (in words) allowed inside phrases. */
      phraseGap: z.number().int().min(0).max(10).optional(),
    })
    .optional(),
  topics: z.array(topicFileSchema).default([]),
  targets: z.array(targetFileSchema).default([]),
  sentiment: sentimentFileSchema.optional(),
  stopwords: z.array(z.string().min(1)).default([]),
});

export type MarkerFile = z.infer<typeof markerFileSchema>;
export type TopicFile = z.infer<typeof topicFileSchema>;
export type TargetFile = z.infer<typeof targetFileSchema>;
