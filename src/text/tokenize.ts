/**
 * Tokenizer
 *
 * Splits text (normalised, or prepared with case kept) into words, numbers, URLs, e-mail addresses, @mentions, #hashtags,
 * emoticons/emoji, and sentence and clause breaks, in one pass over a character-class table.
 *
 * Notes:
 * - Hyphenated words are split ("улично-дорожной" → "улично", "дорожной") so each part can match a
 *   dictionary stem; an apostrophe between letters stays inside the word ("don't").
 * - A `.` ends a sentence only when followed by a space, a newline or the end (so "3.14", "e.g"
 *   and URLs stay whole); runs of breaks collapse to one.
 * - `)))` and `:)` are positive emoticons, `(((` and `:(` negative, as in Russian chat writing.
 */
import { normalizeText } from './normalize.js';
import * as C from './char-class.js';
import * as T from './token-buffer.js';

const CLS = C.CHAR_CLASS;

function isWordChar(c: number): boolean {
  const k = CLS[c];
  return k === C.C_LETTER || k === C.C_DIGIT || k === C.C_UNDERSCORE;
}

/** End of a URL starting at `i`: up to a space or bracket, without trailing punctuation. */
function scanUrl(text: string, i: number): number {
  let j = i;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLS[c];
    if (k === C.C_SPACE || k === C.C_NEWLINE || c === 0x3c || c === 0x3e || c === 0x22) break;
    j++;
  }
  while (j > i) {
    const k = CLS[text.charCodeAt(j - 1)];
    if (k === C.C_STOP || k === C.C_CLAUSE || k === C.C_CLOSE || text.charCodeAt(j - 1) === 0x27) j--;
    else break;
  }
  return j;
}

function startsUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x68) return /^https?:\/\//i.test(text.slice(i, i + 8));
  return c === 0x77 && /^www\./i.test(text.slice(i, i + 4));
}

/** Scans an e-mail whose `@` is at `at`; returns [start, end] or undefined. */
function scanEmail(text: string, at: number): [number, number] | undefined {
  let s = at;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isWordChar(c) || c === 0x2e || c === 0x2b || c === 0x2d) s--;
    else break;
  }
  if (s === at) return undefined;
  let e = at + 1;
  let dots = 0;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isWordChar(c) || c === 0x2d) e++;
    else if (c === 0x2e && e + 1 < text.length && isWordChar(text.charCodeAt(e + 1))) {
      dots++;
      e++;
    } else break;
  }
  return dots > 0 ? [s, e] : undefined;
}

function scanWord(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLS[c];
    if (k === C.C_LETTER || k === C.C_DIGIT || k === C.C_UNDERSCORE) j++;
    else if (k === C.C_APOS && j + 1 < n && CLS[text.charCodeAt(j + 1)] === C.C_LETTER) j += 2;
    else break;
  }
  return j;
}

function scanNumber(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const k = CLS[text.charCodeAt(j)];
    if (k === C.C_DIGIT) j++;
    else if (
      (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0x3a) &&
      j + 1 < n &&
      CLS[text.charCodeAt(j + 1)] === C.C_DIGIT
    )
      j += 2;
    else break;
  }
  return j;
}

function pushBreak(buf: T.TokenBuffer, kind: number, at: number): void {
  const last = buf.lastKind();
  if (last === 0 || last === T.T_BREAK) return;
  if (last === T.T_CLAUSE) {
    if (kind === T.T_BREAK) buf.kinds[buf.count - 1] = T.T_BREAK;
    return;
  }
  buf.push(kind, at, at + 1);
}

/** Emoticon at `i` (`:)`, `:-(`, `)))`, `((`); returns [end, polarity] or undefined. */
function scanEmoticon(text: string, i: number): [number, number] | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x29 || c === 0x28) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === c) j++;
    return j - i >= 2 ? [j, c === 0x29 ? 1 : -1] : undefined;
  }
  if (c === 0x3a || c === 0x3b || c === 0x3d) {
    let j = i + 1;
    if (text.charCodeAt(j) === 0x2d) j++;
    const d = text.charCodeAt(j);
    if (d === 0x29 || d === 0x64 || d === 0x44) return [j + 1, 1];
    if (d === 0x28) return [j + 1, -1];
  }
  return undefined;
}

/**
 * Tokenizes already-normalised text into `buf` (which is cleared first).
 * @internal
 */
export function tokenizeInto(text: string, buf: T.TokenBuffer): void {
  buf.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLS[c];
    if (k === C.C_LETTER || k === C.C_UNDERSCORE) {
      if (startsUrl(text, i)) {
        const e = scanUrl(text, i);
        buf.push(T.T_URL, i, e);
        i = e;
        continue;
      }
      const e = scanWord(text, i);
      buf.push(T.T_WORD, i, e);
      i = e;
    } else if (k === C.C_DIGIT) {
      const e = scanNumber(text, i);
      if (e < n && CLS[text.charCodeAt(e)] === C.C_LETTER) {
        const w = scanWord(text, i);
        buf.push(T.T_WORD, i, w);
        i = w;
      } else {
        buf.push(T.T_NUMBER, i, e);
        i = e;
      }
    } else if (k === C.C_SPACE || k === C.C_HYPHEN) {
      i++;
    } else if (k === C.C_AT) {
      i = scanAt(text, i, buf);
    } else if (k === C.C_HASH && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
      const e = scanWord(text, i + 1);
      buf.push(T.T_HASHTAG, i, e);
      i = e;
    } else {
      i = scanPunct(text, i, k, buf);
    }
  }
}

function scanAt(text: string, i: number, buf: T.TokenBuffer): number {
  const email = scanEmail(text, i);
  if (email) {
    while (buf.count > 0 && buf.starts[buf.count - 1] >= email[0]) buf.count--;
    buf.push(T.T_EMAIL, email[0], email[1]);
    return email[1];
  }
  if (i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) {
    let e = scanWord(text, i + 1);
    while (e + 1 < text.length && text.charCodeAt(e) === 0x2e && isWordChar(text.charCodeAt(e + 1)))
      e = scanWord(text, e + 1);
    buf.push(T.T_MENTION, i, e);
    return e;
  }
  return i + 1;
}

function scanPunct(text: string, i: number, k: number, buf: T.TokenBuffer): number {
  const emo = scanEmoticon(text, i);
  if (emo) {
    buf.push(T.T_EMO, i, emo[0], emo[1]);
    return emo[0];
  }
  const c = text.charCodeAt(i);
  if (k === C.C_NEWLINE) pushBreak(buf, T.T_BREAK, i);
  else if (k === C.C_STOP) {
    const next = i + 1 < text.length ? CLS[text.charCodeAt(i + 1)] : C.C_SPACE;
    if (c !== 0x2e || next === C.C_SPACE || next === C.C_NEWLINE) pushBreak(buf, T.T_BREAK, i);
  } else if (k === C.C_CLAUSE) pushBreak(buf, T.T_CLAUSE, i);
  else if (k === C.C_SURROGATE) return scanSurrogate(text, i, buf);
  else if (c >= 0x2600 && c <= 0x27bf) buf.push(T.T_EMO, i, i + 1);
  return i + 1;
}

function scanSurrogate(text: string, i: number, buf: T.TokenBuffer): number {
  const cp = text.codePointAt(i) ?? 0;
  const len = cp > 0xffff ? 2 : 1;
  const isModifier = cp >= 0x1f3fb && cp <= 0x1f3ff;
  if (cp >= 0x1f000 && !isModifier) buf.push(T.T_EMO, i, i + len);
  return i + len;
}

/** One token with its text, as returned by `tokenize`. */
export interface Token {
  readonly kind: T.TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the token belongs to (0-based). */
  readonly sentence: number;
}

/**
 * Normalises and tokenizes a text; offsets refer to the normalised text.
 * @example
 * tokenize('Пишите на info@ozersk.ru!').map((t) => t.kind); // ['word', 'word', 'email']
 */
export function tokenize(raw: string): Token[] {
  const text = normalizeText(raw);
  const buf = new T.TokenBuffer(64);
  tokenizeInto(text, buf);
  const out: Token[] = [];
  let sentence = 0;
  for (let i = 0; i < buf.count; i++) {
    const kind = buf.kinds[i];
    if (kind === T.T_BREAK) {
      sentence++;
      continue;
    }
    const name = T.tokenKindName(kind);
    if (!name) continue;
    const start = buf.starts[i];
    const end = buf.ends[i];
    out.push({ kind: name, text: text.slice(start, end), start, end, sentence });
  }
  return out;
}
