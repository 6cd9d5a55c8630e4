/**
 * Message finalization
 *
 * The last checks before a message goes to the store: required fields present and well-formed,
 * defaults applied, opt-out honoured (an opted-out sender drops the message, opted-out recipients are
 * removed). Cheaper than a full zod parse per message, and it returns a reason instead of throwing.
 */
import type { Message, MessageInput } from '../shared/message.js';

const IDENTIFIER = /^[a-z]+:./;

export type Finalized = { ok: true; message: Message } | { ok: false; reason: string; detail: string };

/** True when `id` can stand for a participant: well-formed and not opted out. */
export function usableIdentifier(id: string, optOut?: (identifier: string) => boolean): boolean {
  return IDENTIFIER.test(id) && !optOut?.(id);
}

/**
 * Whether a skip of this reason is reported as a diagnostic. Opting out is a person's choice, not a
 * defect of the data: it is counted, not reported.
 */
export function isReported(reason: string): boolean {
  return reason !== 'opted-out';
}

/** Validates and completes a message; `optOut` filters participants. */
export function finalizeMessage(m: MessageInput, optOut?: (identifier: string) => boolean): Finalized {
  if (!m.key) return { ok: false, reason: 'invalid-message', detail: 'empty key' };
  if (!Number.isFinite(m.timestamp))
    return { ok: false, reason: 'invalid-date', detail: 'timestamp is not a number' };
  if (!IDENTIFIER.test(m.sender.id)) {
    return { ok: false, reason: 'invalid-sender', detail: `sender identifier "${m.sender.id.slice(0, 80)}"` };
  }
  if (optOut?.(m.sender.id)) return { ok: false, reason: 'opted-out', detail: 'sender opted out' };
  const recipients = m.recipients.filter((r) => r.id !== m.sender.id && usableIdentifier(r.id, optOut));
  const message: Message = {
    ...m,
    recipients,
    tzOffsetMinutes: Math.max(-900, Math.min(900, Math.round(m.tzOffsetMinutes ?? 0))),
    attachmentCount: m.attachmentCount ?? 0,
    attachmentBytes: m.attachmentBytes ?? 0,
    isAutomated: m.isAutomated ?? false,
    isForward: m.isForward ?? false,
  };
  return { ok: true, message };
}
