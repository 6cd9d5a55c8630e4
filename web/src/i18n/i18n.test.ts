/**
 * i18n tests
 *
 * Language detection, parameter formatting, and that Russian and English have the same, non-empty keys.
 */
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { detectLang, formatNumber, translate } from './i18n.js';
import { ru } from './ru.js';

describe('detectLang', () => {
  it('prefers a stored choice', () => {
    expect(detectLang('en', 'ru-RU')).toBe('en');
    expect(detectLang('ru', 'en-US')).toBe('ru');
  });
  it('defaults to Russian when the browser asks for it, else English', () => {
    expect(detectLang(null, 'ru-RU')).toBe('ru');
    expect(detectLang(null, 'ru')).toBe('ru');
    expect(detectLang(null, 'en-US')).toBe('en');
    expect(detectLang('xx', undefined)).toBe('en');
  });
});

describe('translate', () => {
  it('fills parameters and keeps unknown ones visible', () => {
    expect(translate('en', 'leaders.count', { shown: 3, total: 10 })).toBe('3 of 10 people');
    expect(translate('ru', 'leaders.count', { shown: 3, total: 10 })).toBe('Показано 3 из 10');
    expect(translate('en', 'leaders.count', { shown: 3 })).toBe('3 of {total} people');
  });
  it('formats numbers by locale', () => {
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatNumber('ru', 1234.5, 1).replace(/\s/g, ' ')).toBe('1 234,5');
  });
});

describe('dictionaries', () => {
  it('have the same keys with non-empty text and the same parameters', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ru[key].trim(), key).not.toBe('');
      const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(params(ru[key]), key).toEqual(params(en[key]));
    }
  });
  it('Russian texts are in Russian', () => {
    const cyrillic = Object.values(ru).filter((s) => /[а-яё]/i.test(s)).length;
    expect(cyrillic / Object.keys(ru).length).toBeGreaterThan(0.8);
  });
});
