import { describe, expect, it } from 'vitest';
import { createFeatureExtractor } from './feature-extractor.js';
import { loadMarkers } from './load-markers.js';

const extract = createFeatureExtractor(loadMarkers());

describe('createFeatureExtractor', () => {
  it('finds civic topics, sentiment and stance in Russian', () => {
    const f = extract('Администрация отлично провела благоустройство парка!');
    expect(f.lang).toBe('ru');
    expect(f.topics).toEqual({ improvement: 1 });
    expect(f.sentiment).toBeGreaterThan(0.5);
    expect(f.stance.administration?.mentions).toBe(1);
    expect(f.stance.administration?.score).toBeGreaterThan(0.5);
  });

  it('flips polarity under negation and scopes stance to the mentioning sentence', () => {
    const f = extract('Погода сегодня прекрасная. Мне не нравится, как глава округа ремонтирует дороги.');
    expect(f.topics.roads).toBe(1);
    expect(f.stance.head?.mentions).toBe(1);
    expect(f.stance.head?.score).toBeLessThan(0);
    expect(f.sentiment).toBeGreaterThan(0);
  });

  it('uses the subject too and works in English', () => {
    const f = extract('The mayor did a great job.', 'New bike lane on Main street');
    expect(f.lang).toBe('en');
    expect(f.topics.roads).toBe(1);
    expect(f.stance.head?.score).toBeGreaterThan(0);
  });

  it('never throws on bad input', () => {
    const bad = [
      '',
      '\u0000\u0001\u0002\u0003binary\u0000',
      '\ud800\udc00\ud800',
      'а'.repeat(2_100_000),
      'Пpивет мир 😀 (((',
      ')))',
    ];
    for (const text of bad) {
      const f = extract(text);
      expect(typeof f.lang).toBe('string');
      expect(Number.isFinite(f.sentiment)).toBe(true);
    }
    expect(extract('').lang).toBe('und');
    expect(extract(undefined as unknown as string).tokenCount).toBe(0);
  });

  it('drops quoted replies before matching', () => {
    const f = extract('Согласен.\n\n> Когда отремонтируют дороги?\n> Ужасное состояние');
    expect(f.topics).toEqual({});
    expect(f.sentiment).toBe(extract('Согласен.').sentiment);
  });
});
