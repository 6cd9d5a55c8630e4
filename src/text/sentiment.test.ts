import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createFeatureExtractor } from './feature-extractor.js';
import { loadMarkers } from './load-markers.js';

const extract = createFeatureExtractor(loadMarkers());
const CASES = fileURLToPath(new URL('../../test/fixtures/text/stance-cases.yaml', import.meta.url));

type Sign = '+' | '-' | '0';
interface Case {
  text: string;
  sentiment: Sign;
  stance: Record<string, [Sign, number]>;
}

const signOf = (x: number): Sign => (x > 0.05 ? '+' : x < -0.05 ? '-' : '0');

describe('sentiment rules', () => {
  it('negation flips and damps, intensifiers scale, diminishers soften', () => {
    const good = extract('хорошо').sentiment;
    expect(extract('не хорошо').sentiment).toBeLessThan(0);
    expect(Math.abs(extract('не хорошо').sentiment)).toBeLessThan(good);
    expect(extract('очень хорошо').sentiment).toBeGreaterThan(good);
    expect(extract('слегка хорошо').sentiment).toBeLessThan(good);
    expect(extract('не очень хорошо').sentiment).toBeGreaterThan(extract('не хорошо').sentiment);
  });

  it('scopes negation to the clause', () => {
    expect(extract('не знаю, хорошо').sentiment).toBeGreaterThan(0);
    expect(extract('не нравится').sentiment).toBeLessThan(0);
  });

  it('weights what follows a contrast word more', () => {
    expect(extract('Хорошо, но ужасно').sentiment).toBeLessThan(0);
    expect(extract('Ужасно, но хорошо').sentiment).toBeGreaterThan(0);
  });

  it('reads emoticons and emoji', () => {
    expect(extract('ну вот)))').sentiment).toBeGreaterThan(0);
    expect(extract('ну вот(((').sentiment).toBeLessThan(0);
    expect(extract('итог 👍').sentiment).toBeGreaterThan(0);
    expect(extract('итог 😡').sentiment).toBeLessThan(0);
  });

  it('reads short adjective forms', () => {
    expect(extract('Парк прекрасен').sentiment).toBeGreaterThan(0);
    expect(extract('Я недоволен').sentiment).toBeLessThan(0);
  });
});

describe('stance on hand-made cases', () => {
  const cases = parse(readFileSync(CASES, 'utf8')) as Case[];
  for (const c of cases) {
    it(c.text, () => {
      const f = extract(c.text);
      expect(signOf(f.sentiment)).toBe(c.sentiment);
      const got = Object.fromEntries(
        Object.entries(f.stance).map(([k, v]) => [k, [signOf(v.score), v.mentions]]),
      );
      expect(got).toEqual(c.stance);
    });
  }
});
