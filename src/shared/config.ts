/**
 * Workspace configuration
 *
 * `sociogram.json` in a workspace folder: which store backend, privacy settings and analysis
 * options. Each stage owns one section; unknown sections are kept so newer files still load.
 */
import { z } from 'zod';

export const privacyConfigSchema = z.object({
  /** Show people as keyed pseudonyms in outputs unless an allowed role asks otherwise. */
  pseudonymize: z.boolean().default(true),
  /** No aggregate is shown for fewer people than this. */
  minGroupSize: z.number().int().min(1).default(5),
  /** Keep message bodies in the store (off: only features are kept). */
  retainText: z.boolean().default(false),
  /** Days after which bodies and message-level rows are purged; null keeps them. */
  retentionDays: z.number().int().positive().nullable().default(null),
  /** Addresses, handles or directory ids of people who opted out. */
  optOut: z.array(z.string()).default([]),
  purpose: z
    .string()
    .default('Identify informal opinion leaders and interest groups to plan internal information campaigns.'),
  legalBasis: z.string().default(''),
});

export const storeConfigSchema = z.discriminatedUnion('backend', [
  z.object({ backend: z.literal('duckdb'), file: z.string().default('sociogram.duckdb') }),
  z.object({
    backend: z.literal('clickhouse'),
    url: z.string().url(),
    cluster: z.string().optional(),
    database: z.string().default('sociogram'),
    /** Messages per part of a cluster aggregation (bounds a shard's memory; see docs/SCALING.md). */
    messagesPerPart: z.number().int().positive().optional(),
  }),
]);

export const workspaceConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    name: z.string().default('Sociogram workspace'),
    store: storeConfigSchema.default({ backend: 'duckdb', file: 'sociogram.duckdb' }),
    privacy: privacyConfigSchema.default(privacyConfigSchema.parse({})),
    /** Organization's own domains: addresses elsewhere are external contacts. */
    domains: z.array(z.string()).default([]),
  })
  .loose();

export type WorkspaceConfigData = z.infer<typeof workspaceConfigSchema>;
export type PrivacyConfig = z.infer<typeof privacyConfigSchema>;
