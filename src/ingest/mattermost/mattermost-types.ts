/**
 * Mattermost bulk-export shapes
 *
 * zod schemas for the bulk-export JSONL lines Sociogram reads (users, posts, direct posts).
 * Unknown line types and fields pass through.
 */
import { z } from 'zod';

const replySchema = z
  .object({
    user: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    message: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    create_at: z
      .number()
      .nullish()
      .transform((v) => v ?? undefined),
  })
  .loose();

export const mattermostPostSchema = z
  .object({
    team: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    channel: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    user: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    message: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    create_at: z
      .number()
      .nullish()
      .transform((v) => v ?? undefined),
    replies: z.array(replySchema).optional(),
    channel_members: z.array(z.string()).optional(),
  })
  .loose();

export type MattermostPost = z.infer<typeof mattermostPostSchema>;

export const mattermostLineSchema = z
  .object({
    type: z.string(),
    user: z
      .object({
        username: z.string(),
        email: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
        teams: z
          .array(
            z
              .object({
                name: z.string(),
                channels: z.array(z.object({ name: z.string() }).loose()).optional(),
              })
              .loose(),
          )
          .optional(),
      })
      .loose()
      .optional(),
    post: mattermostPostSchema.optional(),
    direct_post: mattermostPostSchema.optional(),
  })
  .loose();
