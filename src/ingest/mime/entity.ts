/**
 * MIME entity walker
 *
 * Walks a message's MIME tree (multipart/*, message/rfc822) and collects what analysis needs: the
 * first text/plain body (or text/html as text when there is none), attachment count and size, and
 * flags for damaged encodings, delivery reports and too-deep nesting. Depth is bounded, so hostile
 * nesting costs at most `maxDepth` levels.
 */
import { decodeText } from './charset.js';
import { firstField, parseHeaderBlock, parseParams } from './headers.js';
import { decodeTransfer } from './transfer.js';

export interface EntitySummary {
  plain: string | undefined;
  html: string | undefined;
  attachmentCount: number;
  attachmentBytes: number;
  damagedEncoding: boolean;
  tooDeep: boolean;
  isReport: boolean;
  /** True when a message/rfc822 part was attached (a forward as attachment). */
  attachedMessage: boolean;
  attachedFrom: string | undefined;
}

export function emptySummary(): EntitySummary {
  return {
    plain: undefined,
    html: undefined,
    attachmentCount: 0,
    attachmentBytes: 0,
    damagedEncoding: false,
    tooDeep: false,
    isReport: false,
    attachedMessage: false,
    attachedFrom: undefined,
  };
}

/** Splits a multipart body into its parts' raw bytes (preamble and epilogue dropped). */
export function splitMultipart(body: Buffer, boundary: string): Buffer[] {
  const delim = Buffer.from('--' + boundary, 'latin1');
  const parts: Buffer[] = [];
  let pos = body.indexOf(delim);
  while (pos >= 0) {
    const lineEnd = body.indexOf(0x0a, pos + delim.length);
    const after = body.toString('latin1', pos + delim.length, pos + delim.length + 2);
    if (after === '--') break;
    if (lineEnd < 0) break;
    let next = body.indexOf(delim, lineEnd + 1);
    // A delimiter only counts at the start of a line.
    while (next > 0 && body[next - 1] !== 0x0a) next = body.indexOf(delim, next + 1);
    const end = next < 0 ? body.length : next;
    let partEnd = end;
    if (body[partEnd - 1] === 0x0a) partEnd--;
    if (body[partEnd - 1] === 0x0d) partEnd--;
    parts.push(body.subarray(lineEnd + 1, Math.max(lineEnd + 1, partEnd)));
    pos = next;
  }
  return parts;
}

interface WalkLimits {
  readonly maxDepth: number;
  readonly maxHeaderBytes: number;
}

function isAttachment(disposition: string, type: string, params: Map<string, string>): boolean {
  if (disposition === 'attachment') return true;
  if (params.has('name')) return !type.startsWith('text/');
  return !type.startsWith('text/') && !type.startsWith('multipart/') && type !== '';
}

/** Walks one entity (headers + body) and adds what it finds to `out`. */
export function walkEntity(raw: Buffer, depth: number, limits: WalkLimits, out: EntitySummary): void {
  const head = parseHeaderBlock(raw, limits.maxHeaderBytes);
  walkBody(head.fields, raw.subarray(head.bodyStart), depth, limits, out);
}

/** Walks a body whose headers are already parsed. */
export function walkBody(
  fields: ReadonlyMap<string, readonly string[]>,
  body: Buffer,
  depth: number,
  limits: WalkLimits,
  out: EntitySummary,
): void {
  const ct = parseParams(firstField(fields, 'content-type') ?? 'text/plain');
  const type = ct.value || 'text/plain';
  if (type.startsWith('multipart/')) {
    if (type === 'multipart/report') out.isReport = true;
    const boundary = ct.params.get('boundary');
    if (depth >= limits.maxDepth) {
      out.tooDeep = true;
      return;
    }
    if (!boundary) {
      out.damagedEncoding = true;
      return;
    }
    for (const part of splitMultipart(body, boundary)) walkEntity(part, depth + 1, limits, out);
    return;
  }
  if (type === 'message/rfc822' || type === 'message/global') {
    out.attachedMessage = true;
    if (depth >= limits.maxDepth) {
      out.tooDeep = true;
      return;
    }
    const inner = parseHeaderBlock(body, limits.maxHeaderBytes);
    out.attachedFrom ??= firstField(inner.fields, 'from');
    const innerSummary = emptySummary();
    walkBody(inner.fields, body.subarray(inner.bodyStart), depth + 1, limits, innerSummary);
    out.attachmentCount++;
    out.attachmentBytes += body.length;
    out.plain ??= innerSummary.plain;
    return;
  }
  if (type === 'message/delivery-status') out.isReport = true;
  const disposition = parseParams(firstField(fields, 'content-disposition')).value;
  const decoded = decodeTransfer(firstField(fields, 'content-transfer-encoding'), body);
  if (decoded.damaged) out.damagedEncoding = true;
  if (isAttachment(disposition, type, ct.params)) {
    out.attachmentCount++;
    out.attachmentBytes += decoded.bytes.length;
    return;
  }
  if (type === 'text/plain' && out.plain === undefined) {
    out.plain = decodeText(decoded.bytes, ct.params.get('charset'));
  } else if (type === 'text/html' && out.html === undefined) {
    out.html = decodeText(decoded.bytes, ct.params.get('charset'));
  }
}
