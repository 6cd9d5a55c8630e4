/**
 * Outlook PST adapter
 *
 * Reads Outlook .pst/.ost files with `pst-extractor`: folders are walked depth-first in stored order,
 * every mail item (IPM.Note and reports) becomes a message. Exchange-internal (X.500) sender
 * addresses are replaced by the SMTP address from the transport headers when present. Not
 * seekable: a resumed run walks the file again and passes over committed items.
 */
import { PSTFile, type PSTFolder, type PSTMessage } from 'pst-extractor';
import { SourceFormatError } from '../../shared/errors.js';
import type { MessageInput, Participant, Recipient } from '../../shared/message.js';
import { normalizeIdentifier } from '../../shared/message.js';
import { contentKey, normalizeMessageId } from '../message-key.js';
import { parseMailbox } from '../mime/address.js';
import { isAutomatedMail } from '../mime/automated.js';
import { analyseBody } from '../mime/body-text.js';
import { firstField, parseHeaderBlock } from '../mime/headers.js';
import type { AdapterContext, AdapterInput, AdapterItem, Probe, SourceAdapter } from '../types.js';

const ROLE: Record<number, Recipient['role']> = { 1: 'to', 2: 'cc', 3: 'bcc' };

function participant(address: string, name: string): Participant | undefined {
  const a = address.trim();
  if (a.includes('@') && !a.startsWith('/')) {
    const id = normalizeIdentifier('email', a);
    return name ? { id, name } : { id };
  }
  return name.trim() ? { id: normalizeIdentifier('name', name), name } : undefined;
}

function recipientsOf(m: PSTMessage): Recipient[] {
  const out: Recipient[] = [];
  for (let i = 0; i < m.numberOfRecipients; i++) {
    const r = m.getRecipient(i);
    if (!r) continue;
    const p = participant(r.smtpAddress || r.emailAddress, r.displayName);
    if (p) out.push({ ...p, role: ROLE[r.recipientType] ?? 'to' });
  }
  return out;
}

function attachmentBytes(m: PSTMessage): number {
  let total = 0;
  for (let i = 0; i < m.numberOfAttachments; i++) {
    try {
      total += m.getAttachment(i).size;
    } catch {
      // An unreadable attachment table entry still counts as an attachment, with unknown size.
    }
  }
  return total;
}

/** Maps one PST mail item to a message. */
export function pstToMessage(
  m: PSTMessage,
  file: string,
  record: number,
  folder: string,
): MessageInput | string {
  const headers = parseHeaderBlock(Buffer.from(m.transportMessageHeaders || '', 'utf8'), 1 << 20).fields;
  const fromHeader = parseMailbox(firstField(headers, 'from') ?? '');
  const sender =
    fromHeader ?? participant(m.senderEmailAddress || m.sentRepresentingEmailAddress, m.senderName);
  if (!sender) return 'missing-sender';
  const date = m.clientSubmitTime ?? m.messageDeliveryTime;
  if (!date) return 'missing-date';
  const recipients = recipientsOf(m);
  const subject = m.subject || undefined;
  const inReplyTo = normalizeMessageId(m.inReplyToId);
  const body = analyseBody(m.body || '', subject, inReplyTo !== undefined);
  const key =
    normalizeMessageId(m.internetMessageId) ??
    contentKey([sender.id, String(date.getTime()), subject, recipients.map((r) => r.id).join(','), m.body]);
  const isReport = m.messageClass.startsWith('REPORT.') || /OofTemplate|AutoReply/i.test(m.messageClass);
  return {
    key,
    source: { file, record },
    channel: 'email',
    conversation: `pst:${folder}`,
    timestamp: date.getTime(),
    sender,
    recipients,
    threadKey: inReplyTo ?? key,
    inReplyTo,
    forwardedFrom: body.forwardedFrom,
    subject,
    text: body.text,
    attachmentCount: m.numberOfAttachments,
    attachmentBytes: attachmentBytes(m),
    isAutomated: isAutomatedMail({ fields: headers, subject, sender: sender.id, isReport }),
    isForward: body.isForward,
  };
}

function* walkFolder(folder: PSTFolder, path: string): Generator<{ message: PSTMessage; folder: string }> {
  if (folder.hasSubfolders) {
    for (const child of folder.getSubFolders()) yield* walkFolder(child, `${path}/${child.displayName}`);
  }
  if (folder.contentCount > 0) {
    folder.moveChildCursorTo(0);
    for (let item = folder.getNextChild() as unknown; item; item = folder.getNextChild() as unknown) {
      if ((item as { messageClass?: unknown }).messageClass !== undefined)
        yield { message: item as PSTMessage, folder: path };
    }
  }
}

async function* readPst(input: AdapterInput, ctx: AdapterContext): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const bytes = await file.readAll(ctx.limits.maxJsonBytes * 4);
  let pst: PSTFile;
  try {
    pst = new PSTFile(bytes);
  } catch (err) {
    throw new SourceFormatError(
      { file: file.path, offset: 0 },
      `not a readable PST file: ${(err as Error).message}`,
      { code: 'INVALID_PST', cause: err },
    );
  }
  let record = 0;
  const walker = walkFolder(pst.getRootFolder(), '');
  for (;;) {
    let next: IteratorResult<{ message: PSTMessage; folder: string }>;
    try {
      next = walker.next();
    } catch (err) {
      throw new SourceFormatError(
        { file: file.path, record },
        `damaged PST structure: ${(err as Error).message}`,
        { code: 'INVALID_PST', cause: err },
      );
    }
    if (next.done) break;
    const source = { file: file.path, record };
    record++;
    if (!/^(IPM\.Note|REPORT\.)/i.test(next.value.message.messageClass)) continue;
    let r: MessageInput | string;
    try {
      r = pstToMessage(next.value.message, file.path, source.record, next.value.folder || '/');
    } catch (err) {
      r = `damaged-item: ${(err as Error).message}`;
    }
    yield typeof r === 'string'
      ? { kind: 'skip', source, reason: r.split(':')[0] ?? r, detail: r, resume: 0 }
      : { kind: 'message', message: r, resume: 0 };
  }
  pst.close();
}

function detectPst(probe: Probe): number {
  return probe.head.toString('latin1', 0, 4) === '!BDN' ? 1 : 0;
}

export const pstAdapter: SourceAdapter = {
  name: 'pst',
  input: 'file',
  seekable: false,
  detect: detectPst,
  read: (input, ctx) => readPst(input, ctx),
};
