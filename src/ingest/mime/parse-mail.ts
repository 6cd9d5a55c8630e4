/**
 * Mail message parser
 *
 * Turns the raw bytes of one RFC 5322 message into the normalized model: participants, time, thread
 * links, forward and automation flags, attachment totals and the author's own text. Pure and
 * synchronous, so it runs in a worker thread as well as in-line. A message that cannot be used
 * (no sender, no date) becomes a skipped record with a reason, never an exception.
 */
import type { MessageInput, Recipient } from '../../shared/message.js';
import type { AdapterItem, IngestLimits, RawMail } from '../types.js';
import { contentKey, normalizeMessageId, parseReferences } from '../message-key.js';
import { parseAddressList, parseMailbox } from './address.js';
import { isAutomatedMail } from './automated.js';
import { analyseBody } from './body-text.js';
import { decodeEncodedWords } from './encoded-words.js';
import { emptySummary, walkBody } from './entity.js';
import { firstField, parseHeaderBlock } from './headers.js';
import { htmlToText } from './html-text.js';
import { parseMailDate } from './mail-date.js';

type Limits = Pick<IngestLimits, 'maxHeaderBytes' | 'maxMimeDepth'>;

function skip(raw: RawMail, reason: string, detail: string): AdapterItem {
  return { kind: 'skip', source: raw.source, reason, detail, resume: raw.resume };
}

function recipientsOf(fields: ReadonlyMap<string, readonly string[]>): Recipient[] {
  const out: Recipient[] = [];
  const seen = new Set<string>();
  for (const role of ['to', 'cc', 'bcc'] as const) {
    for (const value of fields.get(role) ?? []) {
      for (const p of parseAddressList(value)) {
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        out.push({ ...p, role });
      }
    }
  }
  return out;
}

/** Parses one raw message; the result is a message item or a skipped record. */
export function parseMail(raw: RawMail, limits: Limits): AdapterItem {
  const head = parseHeaderBlock(raw.raw, limits.maxHeaderBytes);
  if (head.oversized)
    return skip(raw, 'oversized-header', `header block over ${limits.maxHeaderBytes} bytes`);
  const f = head.fields;
  if (f.size === 0) return skip(raw, 'not-a-message', 'no header fields found');
  const from = parseMailbox(decodeEncodedWords(firstField(f, 'from') ?? firstField(f, 'sender') ?? ''));
  const sender = from ?? (raw.envelope?.from ? parseMailbox(raw.envelope.from) : undefined);
  if (!sender) return skip(raw, 'missing-sender', 'no usable From or Sender address');
  const date = parseMailDate(firstField(f, 'date'));
  const timestamp = date?.timestamp ?? raw.envelope?.timestamp;
  if (timestamp === undefined) return skip(raw, 'missing-date', 'no readable Date header');
  const subjectRaw = firstField(f, 'subject');
  const subject = subjectRaw === undefined ? undefined : decodeEncodedWords(subjectRaw);
  const summary = emptySummary();
  walkBody(
    f,
    raw.raw.subarray(head.bodyStart),
    0,
    { maxDepth: limits.maxMimeDepth, maxHeaderBytes: limits.maxHeaderBytes },
    summary,
  );
  const refs = parseReferences(firstField(f, 'references'));
  const inReplyTo = normalizeMessageId(firstField(f, 'in-reply-to')) ?? refs[refs.length - 1];
  const bodyText = summary.plain ?? (summary.html !== undefined ? htmlToText(summary.html) : '');
  const body = analyseBody(bodyText, subject, inReplyTo !== undefined);
  const recipients = recipientsOf(f);
  const messageId = normalizeMessageId(firstField(f, 'message-id'));
  const key =
    messageId ??
    contentKey([
      sender.id,
      String(timestamp),
      subject,
      recipients.map((r) => r.id).join(','),
      raw.raw.subarray(head.bodyStart),
    ]);
  const attachedFrom = summary.attachedFrom
    ? parseMailbox(decodeEncodedWords(summary.attachedFrom))?.id
    : undefined;
  const message: MessageInput = {
    key,
    source: raw.source,
    channel: 'email',
    conversation: raw.conversation ?? listId(f),
    timestamp,
    tzOffsetMinutes: date?.tzOffsetMinutes ?? 0,
    sender,
    recipients,
    threadKey: refs[0] ?? inReplyTo ?? key,
    inReplyTo,
    forwardedFrom: body.forwardedFrom ?? attachedFrom,
    subject,
    text: body.text,
    attachmentCount: summary.attachmentCount,
    attachmentBytes: summary.attachmentBytes,
    isAutomated: isAutomatedMail({ fields: f, subject, sender: sender.id, isReport: summary.isReport }),
    isForward:
      body.isForward ||
      (summary.attachedMessage && body.text.length < 2000 && /^\s*(fw|fwd)/i.test(subject ?? '')),
  };
  const warnings: { reason: string; detail: string }[] = [];
  if (summary.damagedEncoding)
    warnings.push({
      reason: 'damaged-encoding',
      detail: 'broken base64, QP or MIME structure; decoded what was readable',
    });
  if (summary.tooDeep)
    warnings.push({
      reason: 'mime-too-deep',
      detail: `multipart nesting deeper than ${limits.maxMimeDepth}; inner parts ignored`,
    });
  return { kind: 'message', message, resume: raw.resume, ...(warnings.length ? { warnings } : {}) };
}

function listId(f: ReadonlyMap<string, readonly string[]>): string | undefined {
  const v = firstField(f, 'list-id');
  if (!v) return undefined;
  const m = /<([^>]+)>/.exec(v);
  return `list:${(m?.[1] ?? v).trim().toLowerCase()}`;
}

/** `parseMail` that turns an unexpected exception into a skipped record for that message. */
export function parseMailSafe(raw: RawMail, limits: Limits): AdapterItem {
  try {
    return parseMail(raw, limits);
  } catch (err) {
    return skip(raw, 'parse-error', (err as Error).message.slice(0, 200));
  }
}
