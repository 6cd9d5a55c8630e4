import { describe, expect, it } from 'vitest';
import { createFeatureExtractor } from './feature-extractor.js';
import { mergeMarkerFiles } from './merge-markers.js';
import { markerFileSchema } from './markers-schema.js';

function extractorFor(phrases: unknown[]) {
  const data = markerFileSchema.parse({ topics: [{ id: 't', phrases }] });
  return createFeatureExtractor(mergeMarkerFiles([{ file: 'x.yaml', data }]));
}

describe('phrase matching', () => {
  it('matches in order with the configured gap, across word forms', () => {
    const e = extractorFor([{ text: 'ремонт дороги', maxGap: 1 }]);
    expect(e('ремонт дорог').topics.t).toBe(1);
    expect(e('ремонтом нашей дороги').topics.t).toBe(1);
    expect(e('ремонт нашей старой дороги').topics.t).toBeUndefined();
    expect(e('дорога и ремонт').topics.t).toBeUndefined();
    expect(e('ремонт. Дороги').topics.t).toBeUndefined();
  });

  it('matches unordered phrases within the span, once per sentence', () => {
    const e = extractorFor([{ text: 'ремонт дороги', maxGap: 2, ordered: false }]);
    expect(e('дороги ждут ремонт').topics.t).toBe(1);
    expect(e('дороги ждут ремонт и ремонт. А дороги ремонт!').topics.t).toBe(2);
  });

  it('backtracks to find a later valid start', () => {
    const e = extractorFor([{ text: 'a b', maxGap: 0 }]);
    expect(e('a x a b').topics.t).toBe(1);
  });

  it('supports prefixes and exact forms inside phrases', () => {
    const e = extractorFor(['детск* =площадка']);
    expect(e('новая детская площадка').topics.t).toBe(1);
    expect(e('новые детские площадки').topics.t).toBeUndefined();
  });
});
