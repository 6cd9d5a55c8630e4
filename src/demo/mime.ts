/**
 * MIME encoders
 *
 * The encodings a mail file needs: RFC 2047 encoded words (B and Q) for headers, quoted-printable
 * and base64 bodies (RFC 2045), RFC 2231 parameter values, and charset encoding through iconv-lite.
 *
 * Notes:
 * - Encoded words are cut on character boundaries so no multi-byte character is split.
 * - A quoted-printable line starting with "From " gets its F encoded (=46), as careful MTAs do.
 */
import iconv from 'iconv-lite';
import type { Charset } from './types.js';

const MAX_WORD = 75;

/** Text encoded in a charset (UTF-8 through Buffer, legacy ones through iconv-lite). */
export function encodeText(text: string, charset: Charset): Buffer {
  return charset === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, charset);
}

function mimeCharset(charset: Charset): string {
  return charset === 'utf-8' ? 'UTF-8' : charset === 'koi8-r' ? 'KOI8-R' : 'windows-1251';
}

function qWord(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x20) out += '_';
    else if (b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f && b !== 0x22)
      out += String.fromCharCode(b);
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function encodeChunk(chunk: string, charset: Charset, mode: 'B' | 'Q'): string {
  const bytes = encodeText(chunk, charset);
  const payload = mode === 'B' ? bytes.toString('base64') : qWord(bytes);
  return `=?${mimeCharset(charset)}?${mode}?${payload}?=`;
}

function byteLength(ch: string, charset: Charset): number {
  return charset === 'utf-8' ? Buffer.byteLength(ch, 'utf8') : 1;
}

function qLength(ch: string, charset: Charset): number {
  if (/^[A-Za-z0-9 !*+\-/]$/.test(ch)) return 1;
  return 3 * byteLength(ch, charset);
}

/** RFC 2047 encoded words for a header value; ASCII text passes unchanged. Words are folded. */
export function encodeWords(text: string, charset: Charset, mode: 'B' | 'Q' = 'B'): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const overhead = mimeCharset(charset).length + 7;
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const ch of text) {
    const add = mode === 'B' ? byteLength(ch, charset) : qLength(ch, charset);
    const size = mode === 'B' ? Math.ceil((bytes + add) / 3) * 4 : bytes + add;
    if (overhead + size > MAX_WORD && chunk !== '') {
      words.push(encodeChunk(chunk, charset, mode));
      chunk = ch;
      bytes = add;
    } else {
      chunk += ch;
      bytes += add;
    }
  }
  if (chunk !== '') words.push(encodeChunk(chunk, charset, mode));
  return words.join('\n ');
}

/** A display name plus address, the name encoded or quoted as needed. */
export function formatMailbox(name: string | undefined, address: string, charset: Charset): string {
  if (!name) return address;
  if (/^[\x20-\x7e]*$/.test(name))
    return /[(),.:;<>@[\]"]/.test(name) ? `"${name.replace(/"/g, '')}" <${address}>` : `${name} <${address}>`;
  return `${encodeWords(name, charset)} <${address}>`;
}

const HEX = Array.from({ length: 256 }, (_, b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20];

function isFromAt(bytes: Buffer, i: number): boolean {
  for (let k = 0; k < 5; k++) if (bytes[i + k] !== FROM[k]) return false;
  return true;
}

/** Quoted-printable body: hard line breaks kept, soft breaks at 76 columns. */
export function quotedPrintable(text: string, charset: Charset): string {
  const bytes = encodeText(text, charset);
  const out: string[] = [];
  let width = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) {
      out.push('\n');
      width = 0;
      continue;
    }
    const atEnd = i === bytes.length - 1 || bytes[i + 1] === 0x0a;
    const lineStart = width === 0 && (i === 0 || bytes[i - 1] === 0x0a);
    let token: string;
    if (lineStart && b === 0x46 && isFromAt(bytes, i)) token = HEX[b];
    else if ((b === 0x20 || b === 0x09) && atEnd) token = HEX[b];
    else if ((b >= 0x21 && b <= 0x7e && b !== 0x3d) || b === 0x20 || b === 0x09)
      token = String.fromCharCode(b);
    else token = HEX[b];
    if (width + token.length > 75) {
      out.push('=\n');
      width = 0;
    }
    out.push(token);
    width += token.length;
  }
  return out.join('');
}

/** Base64 in 76-column lines. */
export function base64Lines(bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\n');
}

/** RFC 2231 extended parameter value: `UTF-8''%D0%9E...`. */
export function rfc2231(value: string): string {
  return `UTF-8''${encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** The MIME name of a charset for Content-Type. */
export function contentCharset(charset: Charset): string {
  return charset === 'utf-8' ? 'utf-8' : charset === 'koi8-r' ? 'koi8-r' : 'windows-1251';
}
