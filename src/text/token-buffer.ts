/**
 * Token buffer
 *
 * Struct-of-arrays storage for the tokens of one message: kind, start and end offsets and a small
 * value (the polarity of an emoticon). Reused across messages and grown geometrically, so the
 * tokenizer allocates nothing per token.
 */

export const T_WORD = 1;
export const T_NUMBER = 2;
export const T_URL = 3;
export const T_EMAIL = 4;
export const T_MENTION = 5;
export const T_HASHTAG = 6;
/** An emoticon or emoji; `value` holds its polarity when the tokenizer knows it (`:)`, `)))`). */
export const T_EMO = 7;
/** End of a sentence (`.`, `!`, `?`, a newline). */
export const T_BREAK = 8;
/** End of a clause (`,`, `;`, `:`, a dash). */
export const T_CLAUSE = 9;

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'mention' | 'hashtag' | 'emo';

const KIND_NAMES: readonly (TokenKind | undefined)[] = [
  undefined,
  'word',
  'number',
  'url',
  'email',
  'mention',
  'hashtag',
  'emo',
];

/** The name of a content token kind (undefined for breaks). */
export function tokenKindName(kind: number): TokenKind | undefined {
  return KIND_NAMES[kind];
}

export class TokenBuffer {
  kinds: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
  values: Int8Array;
  count = 0;

  constructor(capacity = 1024) {
    this.kinds = new Uint8Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
    this.values = new Int8Array(capacity);
  }

  push(kind: number, start: number, end: number, value = 0): void {
    if (this.count === this.kinds.length) this.grow();
    const i = this.count++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.values[i] = value;
  }

  /** Kind of the last token, 0 when empty. */
  lastKind(): number {
    return this.count === 0 ? 0 : this.kinds[this.count - 1];
  }

  private grow(): void {
    const n = this.kinds.length * 2;
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    const starts = new Uint32Array(n);
    starts.set(this.starts);
    const ends = new Uint32Array(n);
    ends.set(this.ends);
    const values = new Int8Array(n);
    values.set(this.values);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.values = values;
  }
}
