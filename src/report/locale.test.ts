import { describe, expect, it } from 'vitest';
import { createFormatter } from './locale.js';

const MESSAGE = { one: 'сообщение', few: 'сообщения', many: 'сообщений', other: 'сообщения' };

describe('report locale formatting', () => {
  it('chooses Russian plural forms by Intl rules', () => {
    const f = createFormatter('ru');
    expect(f.count(1, MESSAGE)).toBe('1 сообщение');
    expect(f.count(3, MESSAGE)).toBe('3 сообщения');
    expect(f.count(5, MESSAGE)).toBe('5 сообщений');
    expect(f.count(21, MESSAGE)).toBe('21 сообщение');
    expect(f.count(111, MESSAGE)).toBe('111 сообщений');
  });

  it('formats numbers, shares and dates by locale', () => {
    const ru = createFormatter('ru');
    const en = createFormatter('en');
    expect(ru.num(1234.5, 1).replace(/\s/g, ' ')).toBe('1 234,5');
    expect(en.num(1234.5, 1)).toBe('1,234.5');
    expect(en.count(1, { one: 'person', other: 'people' })).toBe('1 person');
    expect(en.count(2, { one: 'person', other: 'people' })).toBe('2 people');
    expect(en.pct(0.187, 1)).toBe('18.7%');
    expect(ru.pct(0.187, 1).replace(/\s/g, ' ')).toBe('18,7 %');
    const ts = Date.parse('2025-03-03T00:00:00Z');
    expect(ru.date(ts)).toBe('3 марта 2025 г.');
    expect(en.date(ts)).toBe('3 March 2025');
    expect(en.num(Number.NaN)).toBe('—');
  });
});
