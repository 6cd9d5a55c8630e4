/**
 * RFC 2047 encoded words
 *
 * Decodes `=?charset?B|Q?text?=` words in header values. Adjacent encoded words separated only by
 * whitespace are joined (and their bytes concatenated before decoding, since mailers split multi-byte
 * characters across words). Unknown charsets fall back to detection.
 */
import { decodeText } from './charset.js';
import { decodeBase64 } from './transfer.js';

const WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toUpperCase() === 'B') return decodeBase64(Buffer.from(text, 'latin1')).bytes;
  const qp = text
    .replace(/_/g, ' ')
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(qp, 'latin1');
}

/** Decodes all encoded words in a header value. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Buffer[] } | undefined;
  const flush = (): void => {
    if (!pending) return;
    const cs = pending.charset.replace(/\*.*$/, '');
    out += decodeText(Buffer.concat(pending.bytes), cs);
    pending = undefined;
  };
  for (const m of value.matchAll(WORD)) {
    const [whole, charset, enc, text] = m as unknown as [string, string, string, string];
    const gap = value.slice(last, m.index);
    const bytes = wordBytes(enc, text);
    if (pending && /^\s*$/.test(gap) && pending.charset.toLowerCase() === charset.toLowerCase()) {
      pending.bytes.push(bytes);
    } else {
      flush();
      // Whitespace between two encoded words is dropped (RFC 2047 §6.2).
      if (!(last > 0 && /^\s*$/.test(gap))) out += gap;
      pending = { charset, bytes: [bytes] };
    }
    last = m.index + whole.length;
  }
  flush();
  return out + value.slice(last);
}
