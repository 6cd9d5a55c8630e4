/**
 * mbox adapter
 *
 * Reads mboxo and mboxrd files (Unix mailboxes, Mailman/pipermail archives), optionally gzipped.
 * Entries are cut by `MboxSplitter` and handed on as raw mail for the (worker-thread) mail parser.
 * Seekable: a checkpoint is the byte offset of the next `From ` line.
 */
import { parseMailDate } from '../mime/mail-date.js';
import type {
  AdapterContext,
  AdapterInput,
  AdapterItem,
  Probe,
  ResumePoint,
  SourceAdapter,
} from '../types.js';
import { MboxSplitter, unquoteFromLines, type MboxEntry } from './split.js';

const ASCTIME = /^From\s+(\S+)(?:\s+at\s+(\S+))?\s+(.*)$/;

function envelope(fromLine: string): { from?: string; timestamp?: number } {
  const m = ASCTIME.exec(fromLine);
  if (!m) return {};
  const from = m[2] ? `${m[1] ?? ''}@${m[2]}` : m[1];
  const date = asctimeToTimestamp(m[3] ?? '');
  return {
    ...(from && from.includes('@') ? { from } : {}),
    ...(date !== undefined ? { timestamp: date } : {}),
  };
}

/** `Mon Jul  6 10:20:30 2015` → epoch ms (UTC). */
function asctimeToTimestamp(s: string): number | undefined {
  const m = /([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(\d{4})/.exec(s);
  if (!m) return undefined;
  return parseMailDate(`${m[2] ?? ''} ${m[1] ?? ''} ${m[4] ?? ''} ${m[3] ?? ''} +0000`)?.timestamp;
}

function toItem(e: MboxEntry, file: string, ctx: AdapterContext): AdapterItem {
  const source = { file, offset: e.offset };
  if (e.oversized) {
    return {
      kind: 'skip',
      source,
      reason: 'oversized-message',
      detail: `message larger than ${ctx.limits.maxMessageBytes} bytes`,
      resume: e.end,
    };
  }
  if (!e.fromLine.startsWith('From ')) {
    return {
      kind: 'skip',
      source,
      reason: 'not-mbox',
      detail: 'bytes before the first "From " line',
      resume: e.end,
    };
  }
  return {
    kind: 'mail',
    raw: unquoteFromLines(e.raw),
    source,
    envelope: envelope(e.fromLine),
    resume: e.end,
  };
}

async function* readMbox(
  input: AdapterInput,
  ctx: AdapterContext,
  resume: ResumePoint,
): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const splitter = new MboxSplitter(resume.position, ctx.limits.maxMessageBytes);
  for await (const chunk of file.stream(resume.position)) {
    for (const e of splitter.push(chunk)) yield toItem(e, file.path, ctx);
  }
  for (const e of splitter.end()) yield toItem(e, file.path, ctx);
}

function detectMbox(probe: Probe): number {
  if (!probe.text.startsWith('From ')) return 0;
  const firstLine = probe.text.slice(0, probe.text.indexOf('\n') >>> 0);
  const headerish = /\n[A-Za-z-]+: /.test(probe.text.slice(0, 4096));
  return /\d{1,2}:\d{2}/.test(firstLine) && headerish ? 0.95 : 0.6;
}

export const mboxAdapter: SourceAdapter = {
  name: 'mbox',
  input: 'file',
  seekable: true,
  detect: detectMbox,
  read: readMbox,
};
