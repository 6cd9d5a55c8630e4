import { describe, expect, it } from 'vitest';
import { groupKeywords, nameWords } from './keywords.js';

describe('groupKeywords', () => {
  const terms = [
    { personId: 'a', term: 'субботник', count: 9 },
    { personId: 'a', term: 'анна', count: 9 },
    { personId: 'a', term: 'анна иванова', count: 5 },
    { personId: 'b', term: 'отчет', count: 9 },
    { personId: 'b', term: 'субботник', count: 1 },
  ];

  it("finds a group's distinctive terms and never people's names", () => {
    const kw = groupKeywords(terms, new Map([[1, ['a']]]), nameWords(['Иванова Анна Сергеевна']));
    expect(kw.get(1)).toEqual(['субботник']);
  });

  it('also leaves out Latin spellings of Cyrillic names, alone or in a phrase', () => {
    const latin = [
      { personId: 'a', term: 'anna ivanova', count: 9 },
      { personId: 'a', term: 'ivanova', count: 9 },
      { personId: 'a', term: 'субботник', count: 3 },
      { personId: 'b', term: 'отчет', count: 5 },
    ];
    const kw = groupKeywords(latin, new Map([[1, ['a']]]), nameWords(['Иванова Анна Сергеевна']));
    expect(kw.get(1)).toEqual(['субботник']);
  });

  it('folds ё and splits names into words', () => {
    expect([...nameWords(['Семён Пётр-Иванов'])].sort()).toEqual([
      'ivanov',
      'petr',
      'semen',
      'иванов',
      'петр',
      'семен',
    ]);
  });
});
