import { describe, expect, it } from 'vitest';
import { distinctiveTerms } from './fightin-words.js';
import { createTermExtractor } from './terms.js';

describe('distinctiveTerms', () => {
  it('surfaces what sets a group apart, not what everybody says', () => {
    const group = new Map([
      ['благоустройство', 8],
      ['благоустройства', 6],
      ['двор', 5],
      ['работа', 20],
    ]);
    const rest = new Map([
      ['работа', 200],
      ['отчет', 80],
      ['двор', 1],
    ]);
    const terms = distinctiveTerms(group, rest, { top: 3 });
    expect(terms[0].term).toBe('благоустройство');
    expect(terms[0].count).toBe(14);
    expect(terms.map((t) => t.term)).not.toContain('работа');
  });

  it('returns nothing for an empty group', () => {
    expect(distinctiveTerms(new Map(), new Map([['a', 1]]))).toEqual([]);
  });
});

describe('createTermExtractor', () => {
  it('keeps content words and same-sentence bigrams, folds ё, drops stop words and numbers', () => {
    const extract = createTermExtractor(new Set(['для', 'это']));
    const terms = extract('Субботник для всех! Ёлки во дворе 2025. Это важно');
    expect(terms['субботник']).toBe(1);
    expect(terms['елки']).toBe(1);
    expect(terms['дворе']).toBe(1);
    expect(terms).not.toHaveProperty('для');
    expect(terms).not.toHaveProperty('2025');
    expect(terms).not.toHaveProperty('всех елки');
  });
});
