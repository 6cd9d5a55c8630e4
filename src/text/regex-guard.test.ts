import { describe, expect, it } from 'vitest';
import { regexRisk } from './regex-guard.js';

describe('regexRisk', () => {
  it('rejects nested quantifiers, quantified alternations and back-references', () => {
    for (const p of ['(а+)+б', '(a*)*', '(?:x+y?)+', '(a|aa)*b', '(x|y){2,}', '(a)\\1', '((ab)+c)*']) {
      expect(regexRisk(p), p).toBeDefined();
    }
  });

  it('accepts linear patterns', () => {
    for (const p of [
      'ул\\.\\s*ленина',
      '(?:д|дом)\\s?\\d+',
      '[а-я]+',
      '(abc)+',
      '(?:a|b)?c',
      'x{1,3}',
      '\\(+\\)',
    ]) {
      expect(regexRisk(p), p).toBeUndefined();
    }
  });
});
