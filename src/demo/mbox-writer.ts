/**
 * mbox writer
 *
 * Renders mail events as an mboxrd file: a `From ` separator line per message, RFC 5322 headers
 * with RFC 2047 encoded words, bodies in UTF-8, windows-1251 or KOI8-R with quoted-printable, base64
 * or 8bit transfer encoding, multipart/mixed attachments, multipart/report delivery reports, and
 * `>From ` quoting of body lines (mboxrd).
 */
import { createRng, type Rng } from '../shared/rng.js';
import {
  base64Lines,
  contentCharset,
  encodeText,
  encodeWords,
  formatMailbox,
  quotedPrintable,
  rfc2231,
} from './mime.js';
import { attachmentBytes } from './attachment-bytes.js';
import type { Address, Charset, MailEvent } from './types.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** RFC 5322 date in Ozersk time: `Tue, 04 Mar 2025 10:15:00 +0500`. */
export function rfc5322Date(t: number): string {
  const d = new Date(t + 5 * 3_600_000);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0500`;
}

function asctime(t: number): string {
  const d = new Date(t);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`;
}

function addressList(list: readonly Address[], charset: Charset): string {
  return list.map((a) => formatMailbox(a.name, a.address, charset)).join(',\n ');
}

function textPart(m: MailEvent): { headers: string[]; body: string } {
  const type = `Content-Type: text/plain; charset="${contentCharset(m.charset)}"${m.transfer === '8bit' ? '; format=flowed' : ''}`;
  const body =
    m.transfer === 'quoted-printable'
      ? quotedPrintable(m.body, m.charset)
      : m.transfer === 'base64'
        ? base64Lines(encodeText(m.body, m.charset))
        : m.body;
  return { headers: [type, `Content-Transfer-Encoding: ${m.transfer}`], body };
}

function boundary(m: MailEvent, tag: string): string {
  return `----=_Part_${tag}_${m.time.toString(16)}_${m.messageId.length}`;
}

function attachmentPart(m: MailEvent, rng: Rng): string {
  const a = m.attachment as NonNullable<MailEvent['attachment']>;
  return [
    `Content-Type: ${a.contentType}; name="${encodeWords(a.filename, 'utf-8')}"`,
    `Content-Disposition: attachment; filename*=${rfc2231(a.filename)}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(attachmentBytes(rng, a.filename, a.size)),
  ].join('\n');
}

function bounceParts(m: MailEvent): { headers: string[]; body: string } {
  const b = boundary(m, 'report');
  const wrong = /<([^>]+)>:/.exec(m.body)?.[1] ?? 'unknown';
  const status = [
    'Reporting-MTA: dns; mail.ozersk.ru',
    '',
    `Final-Recipient: rfc822; ${wrong}`,
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
  ];
  const parts = [
    `--${b}\nContent-Type: text/plain; charset="us-ascii"\nContent-Description: Notification\n\n${m.body}`,
    `--${b}\nContent-Type: message/delivery-status\nContent-Description: Delivery report\n\n${status.join('\n')}`,
    `--${b}--`,
  ];
  return {
    headers: [`Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`],
    body: `This is a MIME-encapsulated message.\n\n${parts.join('\n\n')}`,
  };
}

function bodyOf(m: MailEvent, rng: Rng): { headers: string[]; body: string } {
  if (m.kind === 'bounce') return bounceParts(m);
  const text = textPart(m);
  if (!m.attachment) return text;
  const b = boundary(m, 'mixed');
  const first = `--${b}\n${text.headers.join('\n')}\n\n${text.body}`;
  return {
    headers: [`Content-Type: multipart/mixed; boundary="${b}"`],
    body: `This is a multi-part message in MIME format.\n\n${first}\n\n--${b}\n${attachmentPart(m, rng)}\n--${b}--`,
  };
}

function headersOf(m: MailEvent): string[] {
  const mode = m.senderId !== undefined && m.senderId.endsWith('2') ? 'Q' : 'B';
  const h = [
    `Return-Path: <${m.from.address}>`,
    `Received: from ws-${m.messageId.length}.ozersk.local (ws.ozersk.local [10.12.0.${m.time % 250}])\n\tby mail.ozersk.ru (Postfix) with ESMTP id ${m.time.toString(16).toUpperCase()}\n\tfor <${m.to[0]?.address ?? 'undisclosed-recipients'}>; ${rfc5322Date(m.time)}`,
    `Message-ID: ${m.messageId}`,
    `Date: ${rfc5322Date(m.time)}`,
    `From: ${formatMailbox(m.from.name, m.from.address, m.charset)}`,
    `To: ${m.to.length > 0 ? addressList(m.to, m.charset) : 'undisclosed-recipients:;'}`,
  ];
  if (m.cc.length > 0) h.push(`Cc: ${addressList(m.cc, m.charset)}`);
  h.push(`Subject: ${encodeWords(m.subject, m.charset, mode)}`);
  if (m.inReplyTo) h.push(`In-Reply-To: ${m.inReplyTo}`, `References: ${[...m.references].join('\n ')}`);
  h.push('MIME-Version: 1.0');
  if (m.mailer) h.push(`${m.mailer.startsWith('Mozilla') ? 'User-Agent' : 'X-Mailer'}: ${m.mailer}`);
  if (m.kind === 'auto-reply') h.push('Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: bulk');
  if (m.kind === 'bounce') h.push('Auto-Submitted: auto-replied');
  return h;
}

/** mboxrd quoting: any body line matching /^>*From / gets one more `>`. */
export function quoteFromLines(text: string): string {
  return text.replace(/^(>*From )/gm, '>$1');
}

/** One message as mbox bytes (separator line included, blank line after). */
export function renderMessage(m: MailEvent, rng: Rng): Buffer {
  const { headers, body } = bodyOf(m, rng);
  const head = [...headersOf(m), ...headers].join('\n');
  const envelope = m.kind === 'bounce' ? 'MAILER-DAEMON' : m.from.address;
  // Headers are ASCII; only an 8bit body carries charset bytes. "From " is ASCII in every charset.
  const text = `From ${envelope} ${asctime(m.time)}\n${head}\n\n${quoteFromLines(body)}\n\n`;
  return m.transfer === '8bit' && m.kind !== 'bounce'
    ? encodeText(text, m.charset)
    : Buffer.from(text, 'latin1');
}

/** The whole mbox file. */
export function renderMbox(mails: readonly MailEvent[], seed: number): Buffer {
  const rng = createRng(seed ^ 0x6d626f78);
  return Buffer.concat(mails.map((m) => renderMessage(m, rng)));
}
