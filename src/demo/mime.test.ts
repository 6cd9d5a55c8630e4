// Unit tests of the MIME encoders: encoded-word limits and round trips, quoted-printable rules, mboxrd quoting.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeWords, formatMailbox, quotedPrintable } from './mime.js';
import { quoteFromLines } from './mbox-writer.js';
import type { Charset } from './types.js';

function decodeWords(header: string): string {
  return header
    .split('\n ')
    .map((w) => {
      const m = /^=\?([^?]+)\?([BQ])\?(.*)\?=$/.exec(w);
      if (!m) return w;
      const [, cs, mode, payload] = m as unknown as [string, string, string, string];
      const bytes =
        mode === 'B'
          ? Buffer.from(payload, 'base64')
          : Buffer.from(
              payload
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      return iconv.decode(bytes, cs);
    })
    .join('');
}

function decodeQp(text: string, charset: Charset): string {
  const raw = text
    .replace(/=\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return iconv.decode(Buffer.from(raw, 'latin1'), charset);
}

const LONG = 'Предложения по благоустройству двора на улице Октябрьской — обсуждаем всем отделом 🙂';

describe('encodeWords', () => {
  it('leaves ASCII alone', () => {
    expect(encodeWords('Weekly report', 'utf-8')).toBe('Weekly report');
  });

  it.each([
    ['utf-8', 'B'],
    ['utf-8', 'Q'],
    ['windows-1251', 'B'],
    ['koi8-r', 'Q'],
  ] as const)('round-trips %s/%s in words of at most 75 characters', (charset, mode) => {
    const text = charset === 'utf-8' ? LONG : LONG.replace(/[—🙂]/gu, '-');
    const header = encodeWords(text, charset, mode);
    for (const word of header.split('\n ')) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(header)).toBe(text);
  });

  it('encodes display names and quotes ASCII names with specials', () => {
    expect(formatMailbox('Иванов И.И.', 'i@ozersk.ru', 'utf-8')).toMatch(
      /^=\?UTF-8\?B\?.+\?= <i@ozersk\.ru>$/,
    );
    expect(formatMailbox('Ivanov, Ivan', 'i@ozersk.ru', 'utf-8')).toBe('"Ivanov, Ivan" <i@ozersk.ru>');
  });
});

describe('quotedPrintable', () => {
  it('keeps lines within 76 columns and round-trips every charset', () => {
    const text = `${LONG.replace(/[—🙂]/gu, '-')}\n${'Очень длинная строка '.repeat(8)}\nx = y `;
    for (const charset of ['utf-8', 'windows-1251', 'koi8-r'] as const) {
      const qp = quotedPrintable(text, charset);
      for (const line of qp.split('\n')) expect(line.length).toBeLessThanOrEqual(76);
      expect(decodeQp(qp, charset)).toBe(text);
    }
  });

  it('encodes a leading "From " and trailing white space', () => {
    const qp = quotedPrintable('From here\nend ', 'utf-8');
    expect(qp).toBe('=46rom here\nend=20');
  });
});

describe('quoteFromLines', () => {
  it('adds one > to lines matching >*From (mboxrd)', () => {
    expect(quoteFromLines('a\nFrom x\n>From y\nFromage')).toBe('a\n>From x\n>>From y\nFromage');
  });
});
