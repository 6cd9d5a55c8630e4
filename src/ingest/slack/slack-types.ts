/**
 * Slack export shapes
 *
 * zod schemas for the parts of a standard Slack workspace export Sociogram reads: `users.json`,
 * `channels.json` (and `groups.json`, `mpims.json`, `dms.json`) and the per-day message files.
 */
import { z } from 'zod';

export const slackUserSchema = z
  .object({
    id: z.string(),
    name: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    real_name: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    is_bot: z.boolean().nullish(),
    profile: z
      .object({
        email: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
        real_name: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
        display_name: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
      })
      .loose()
      .optional(),
  })
  .loose();

export const slackChannelSchema = z
  .object({
    id: z.string(),
    name: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    members: z.array(z.string()).optional(),
  })
  .loose();

export const slackMessageSchema = z
  .object({
    type: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    subtype: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    user: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    bot_id: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    username: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    text: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    ts: z.string(),
    thread_ts: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    parent_user_id: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    files: z.array(z.unknown()).optional(),
    file: z.unknown().optional(),
    comment: z
      .object({
        user: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
        comment: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
      })
      .loose()
      .optional(),
  })
  .loose();

export type SlackUser = z.infer<typeof slackUserSchema>;
export type SlackChannel = z.infer<typeof slackChannelSchema>;
export type SlackMessage = z.infer<typeof slackMessageSchema>;
