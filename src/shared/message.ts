/**
 * Normalized message model
 *
 * Every source (mail, messengers, DLP logs) is turned into this one shape. It is the contract between
 * `ingest` and everything downstream, so it lives in `shared` and is validated with zod at the boundary.
 *
 * Notes:
 * - Participants are *identifiers* (`email:ivanov@ozersk.ru`, `telegram:user123`, `slack:U0123`), not
 *   people: `identity` resolves them to people later, so a corrected alias file changes the next
 *   analysis without re-ingesting.
 * - `timestamp` is UTC epoch milliseconds; `tzOffsetMinutes` keeps the sender's zone for rhythm charts.
 */
import { z } from 'zod';

export const CHANNELS = ['email', 'chat', 'dlp-event', 'mail-log', 'survey'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RECIPIENT_ROLES = ['to', 'cc', 'bcc', 'member', 'mention', 'reply'] as const;
/**
 * How a recipient was reached: `to`/`cc`/`bcc` for mail; `member` for the audience of a group chat
 * message; `mention` for an @mention; `reply` for the author of the message being replied to.
 */
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Identifier kinds; the value after the colon is normalized by `normalizeIdentifier`. */
export const IDENTIFIER_KINDS = [
  'email',
  'telegram',
  'slack',
  'whatsapp',
  'mattermost',
  'phone',
  'user',
  'name',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

const identifierSchema = z
  .string()
  .min(3)
  .regex(/^[a-z]+:.+$/, 'expected "<kind>:<value>", e.g. "email:ivanov@ozersk.ru"');

export const participantSchema = z.object({
  id: identifierSchema,
  /** Display name as seen in the source (From: "Иванов И.И." <...>), if any. */
  name: z.string().optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const recipientSchema = participantSchema.extend({ role: z.enum(RECIPIENT_ROLES) });
export type Recipient = z.infer<typeof recipientSchema>;

export const sourcePositionSchema = z.object({
  file: z.string(),
  offset: z.number().int().nonnegative().optional(),
  line: z.number().int().positive().optional(),
  record: z.number().int().nonnegative().optional(),
});

export const messageSchema = z.object({
  /** Stable key: Message-ID where trustworthy, else a content hash. Same message, same key, always. */
  key: z.string().min(1),
  source: sourcePositionSchema,
  channel: z.enum(CHANNELS),
  /** Chat, mailbox, channel or DLP stream the message belongs to. */
  conversation: z.string().optional(),
  timestamp: z.number().finite(),
  tzOffsetMinutes: z.number().int().min(-900).max(900).default(0),
  sender: participantSchema,
  recipients: z.array(recipientSchema),
  threadKey: z.string().optional(),
  inReplyTo: z.string().optional(),
  forwardedFrom: z.string().optional(),
  subject: z.string().optional(),
  /** Body text used for analysis, with quoted replies and signatures removed where detected. */
  text: z.string().optional(),
  attachmentCount: z.number().int().nonnegative().default(0),
  attachmentBytes: z.number().nonnegative().default(0),
  /** Auto-replies, delivery reports and service messages are kept but excluded from analysis. */
  isAutomated: z.boolean().default(false),
  isForward: z.boolean().default(false),
});

export type Message = z.infer<typeof messageSchema>;
export type MessageInput = z.input<typeof messageSchema>;

/**
 * Normalizes an identifier: lower-cases e-mail addresses and drops plus-addressing tags,
 * strips `@` from handles and keeps only digits (and a leading +) of phone numbers.
 */
export function normalizeIdentifier(kind: IdentifierKind, value: string): string {
  const v = value.trim();
  switch (kind) {
    case 'email': {
      const lower = v.toLowerCase().replace(/^<|>$/g, '');
      const at = lower.lastIndexOf('@');
      if (at < 0) return `email:${lower}`;
      const local = lower.slice(0, at).replace(/\+.*$/, '');
      return `email:${local}${lower.slice(at)}`;
    }
    case 'phone': {
      const digits = v.replace(/[^\d]/g, '');
      // Russian numbers: 8XXXXXXXXXX and 7XXXXXXXXXX are the same subscriber.
      const ru =
        digits.length === 11 && (digits[0] === '8' || digits[0] === '7') ? `7${digits.slice(1)}` : digits;
      return `phone:+${ru}`;
    }
    case 'name':
      return `name:${v.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')}`;
    default:
      return `${kind}:${v.replace(/^@/, '').toLowerCase()}`;
  }
}

/** The kind part of an identifier (`email` for `email:a@b.ru`). */
export function identifierKind(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? '' : id.slice(0, i);
}
