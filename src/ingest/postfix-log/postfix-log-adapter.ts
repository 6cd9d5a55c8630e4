/**
 * Postfix maillog adapter
 *
 * Joins the lines of a Postfix maillog by queue id into messages: `message-id=` (cleanup), `from=`
 * and `size=` (qmgr), one `to=` per delivery (smtp/local/lmtp/virtual), closed by `removed`. A
 * message is emitted when its queue id is removed (or at end of file), so memory holds only the
 * messages in flight. Syslog times have no year: it is taken from the file's modification time,
 * stepping back a year for months after it. Not seekable.
 */
import { normalizeIdentifier, type MessageInput } from '../../shared/message.js';
import { readLines } from '../input/lines.js';
import { contentKey, normalizeMessageId } from '../message-key.js';
import type { AdapterContext, AdapterInput, AdapterItem, Probe, SourceAdapter } from '../types.js';
import { parsePostfixLine } from './postfix-line.js';

/** Queue ids kept open at most; beyond this the oldest are emitted as they are. */
const MAX_IN_FLIGHT = 200_000;

interface Pending {
  queueId: string;
  line: number;
  timestamp: number;
  tz: number;
  messageId: string | undefined;
  from: string | undefined;
  bounce: boolean;
  size: number;
  to: Set<string>;
}

function toItem(p: Pending, file: string): AdapterItem | undefined {
  const source = { file, line: p.line };
  if (p.from === undefined) return undefined; // rejected at smtpd: never became a message
  if (!p.to.size && !p.bounce)
    return {
      kind: 'skip',
      source,
      reason: 'no-delivery',
      detail: `queue id ${p.queueId} has no to= line`,
      resume: 0,
    };
  const sender = p.bounce ? 'email:mailer-daemon@localhost' : normalizeIdentifier('email', p.from);
  const message: MessageInput = {
    key: p.messageId ?? contentKey(['postfix', p.queueId, String(p.timestamp), p.from]),
    source,
    channel: 'mail-log',
    timestamp: p.timestamp,
    tzOffsetMinutes: p.tz,
    sender: { id: sender },
    recipients: [...p.to].map((id) => ({ id, role: 'to' as const })),
    attachmentBytes: 0,
    isAutomated: p.bounce,
  };
  return { kind: 'message', message, resume: 0 };
}

async function* readPostfix(input: AdapterInput, ctx: AdapterContext): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const mtime = new Date(file.mtimeMs ?? 0);
  const pending = new Map<string, Pending>();
  for await (const line of readLines(file.stream(0), ctx.limits.maxLineBytes)) {
    const text = line.bytes.toString('utf8');
    const probeMonth = /^([A-Z][a-z]{2})\s/.exec(text)?.[1];
    const month = probeMonth
      ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(
          probeMonth,
        )
      : -1;
    const year = mtime.getUTCFullYear() - (month > mtime.getUTCMonth() ? 1 : 0);
    const l = parsePostfixLine(text, year);
    if (!l) continue;
    let p = pending.get(l.queueId);
    if (!p) {
      p = {
        queueId: l.queueId,
        line: line.number,
        timestamp: l.timestamp,
        tz: l.tzOffsetMinutes,
        messageId: undefined,
        from: undefined,
        bounce: false,
        size: 0,
        to: new Set(),
      };
      pending.set(l.queueId, p);
    }
    const mid = l.attrs.get('message-id');
    if (mid !== undefined) p.messageId = normalizeMessageId(`<${mid}>`);
    const from = l.attrs.get('from');
    if (from !== undefined) {
      p.from = from;
      p.bounce = from === '';
      p.size = Number(l.attrs.get('size')) || 0;
    }
    const to = l.attrs.get('to');
    if (to && to.includes('@') && l.attrs.get('status') !== 'bounced')
      p.to.add(normalizeIdentifier('email', to));
    if (l.removed || pending.size > MAX_IN_FLIGHT) {
      const done = l.removed ? p : (pending.values().next().value as Pending);
      pending.delete(done.queueId);
      const item = toItem(done, file.path);
      if (item) yield item;
    }
  }
  for (const p of pending.values()) {
    const item = toItem(p, file.path);
    if (item) yield item;
  }
}

function detectPostfix(probe: Probe): number {
  const lines = probe.text.split('\n').slice(0, 30);
  const hits = lines.filter((l) => /\spostfix\/[a-z]+\[\d+\]:/.test(l)).length;
  return hits >= 2 || (hits === 1 && lines.length <= 2) ? 0.9 : 0;
}

export const postfixLogAdapter: SourceAdapter = {
  name: 'postfix-log',
  input: 'file',
  seekable: false,
  detect: detectPostfix,
  read: (input, ctx) => readPostfix(input, ctx),
};
