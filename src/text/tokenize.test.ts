import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { normalizeText } from './normalize.js';
import { stripQuotesAndSignature } from './quotes.js';
import { stemWord } from './stem.js';
import { tokenize } from './tokenize.js';

const pairs = (text: string) => tokenize(text).map((t) => [t.kind, t.text]);

describe('tokenize', () => {
  it('keeps URLs, e-mails, mentions, hashtags and numbers as their own tokens', () => {
    expect(
      pairs(
        'Пишите на ivan.petrov@ozersk.ru, см. https://ozersk.ru/news?id=1. @ivanov #субботник 3.14 и 12:30',
      ),
    ).toEqual([
      ['word', 'пишите'],
      ['word', 'на'],
      ['email', 'ivan.petrov@ozersk.ru'],
      ['word', 'см'],
      ['url', 'https://ozersk.ru/news?id=1'],
      ['mention', '@ivanov'],
      ['hashtag', '#субботник'],
      ['number', '3.14'],
      ['word', 'и'],
      ['number', '12:30'],
    ]);
  });

  it('splits sentences and hyphenated words, keeps apostrophes and emoticons', () => {
    const tokens = tokenize("I don't like it. Улично-дорожной сети!\nОк))) 👍");
    expect(tokens.map((t) => t.text)).toEqual([
      'i',
      "don't",
      'like',
      'it',
      'улично',
      'дорожной',
      'сети',
      'ок',
      ')))',
      '👍',
    ]);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('folds ё, case, invisible characters and compatibility forms', () => {
    expect(normalizeText('Ёлки\u00ADПАЛКИ ﬁx')).toBe('елкипалки fix');
  });
});

describe('stemWord', () => {
  it('stems Russian and English and folds mixed-script look-alikes', () => {
    expect(stemWord('благоустройства')).toBe(stemWord('благоустройство'));
    expect(stemWord('roads')).toBe('road');
    expect(stemWord('пpивет')).toBe(stemWord('привет'));
  });
});

describe('detectLanguage', () => {
  it('tells Russian, English, Ukrainian and the rest apart', () => {
    expect(detectLanguage('Привет, как дела?')).toBe('ru');
    expect(detectLanguage('Hello, how are you?')).toBe('en');
    expect(detectLanguage('Привіт, як справи? Її немає')).toBe('uk');
    expect(detectLanguage('Grüße aus München, schönen Tag')).toBe('other');
    expect(detectLanguage('こんにちは')).toBe('other');
    expect(detectLanguage('12345 !!!')).toBe('und');
  });
});

describe('stripQuotesAndSignature', () => {
  it('drops quoted lines, reply headers and signatures', () => {
    expect(stripQuotesAndSignature('Да, согласен.\n\n> Вы придёте?\n> ок')).toBe('Да, согласен.');
    expect(stripQuotesAndSignature('Согласен.\n\n12.05.2024 Иванов И.И. писал(а):\nстарый текст')).toBe(
      'Согласен.',
    );
    expect(stripQuotesAndSignature('Sure.\n\nOn Mon, May 6, John wrote:\n> old')).toBe('Sure.');
    expect(stripQuotesAndSignature('Текст письма.\n\nС уважением,\nИванов И.И.\nтел. 123')).toBe(
      'Текст письма.',
    );
    expect(stripQuotesAndSignature('Text.\n-- \nJohn')).toBe('Text.');
  });

  it('keeps a body that merely mentions a closing formula early on', () => {
    const body = ['С уважением к вашему труду пишу:'].concat(
      Array.from({ length: 12 }, (_, i) => `строка ${i}`),
    );
    expect(stripQuotesAndSignature(body.join('\n'))).toBe(body.join('\n'));
  });
});
