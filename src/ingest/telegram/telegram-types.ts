/**
 * Telegram Desktop export shapes
 *
 * zod schemas for the parts of a Telegram Desktop "Export chat history → JSON" file Sociogram uses,
 * for both a single-chat export and a full-account export (`chats.list[]`). Unknown fields pass.
 */
import { z } from 'zod';

const textPart = z.union([
  z.string(),
  z.object({ type: z.string().optional(), text: z.string().optional() }).loose(),
]);

export const telegramEntitySchema = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    user_id: z.union([z.number(), z.string()]).optional(),
  })
  .loose();

export const telegramMessageSchema = z
  .object({
    id: z.union([z.number(), z.string()]),
    type: z.string().optional(),
    date: z.string().optional(),
    date_unixtime: z.union([z.string(), z.number()]).optional(),
    from: z.string().nullable().optional(),
    from_id: z.union([z.string(), z.number()]).optional(),
    actor: z.string().nullable().optional(),
    actor_id: z.union([z.string(), z.number()]).optional(),
    action: z.string().optional(),
    members: z.array(z.string().nullable()).optional(),
    text: z.union([z.string(), z.array(textPart)]).optional(),
    text_entities: z.array(telegramEntitySchema).optional(),
    reply_to_message_id: z.union([z.number(), z.string()]).optional(),
    forwarded_from: z.string().nullable().optional(),
    forwarded_from_id: z.union([z.string(), z.number()]).optional(),
    file: z.string().optional(),
    photo: z.string().optional(),
    media_type: z.string().optional(),
  })
  .loose();

export type TelegramMessage = z.infer<typeof telegramMessageSchema>;

export const telegramChatSchema = z
  .object({
    name: z.string().nullable().optional(),
    type: z.string().optional(),
    id: z.union([z.number(), z.string()]),
    messages: z.array(z.unknown()),
  })
  .loose();

export type TelegramChat = z.infer<typeof telegramChatSchema>;

export const telegramAccountSchema = z
  .object({
    chats: z
      .object({ list: z.array(z.unknown()) })
      .loose()
      .optional(),
    left_chats: z
      .object({ list: z.array(z.unknown()) })
      .loose()
      .optional(),
  })
  .loose();
