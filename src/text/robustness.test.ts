import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMarkers } from './compile-markers.js';
import { explainMatch } from './explain.js';
import { createFeatureExtractor } from './feature-extractor.js';
import { keywords } from './keywords.js';
import { loadMarkers } from './load-markers.js';
import { maskPersonalData } from './mask.js';

const markers = loadMarkers();
const extract = createFeatureExtractor(markers);
const compiled = compileMarkers(markers);
const SEED = 20261129;

describe('robustness on arbitrary input', () => {
  it('the extractor never throws and keeps every number finite and in range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string()), (text, subject) => {
        const f = extract(text, subject ?? undefined);
        expect(f.sentiment).toBeGreaterThanOrEqual(-1);
        expect(f.sentiment).toBeLessThanOrEqual(1);
        for (const s of Object.values(f.stance)) expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
        for (const v of Object.values(f.topics)) expect(Number.isFinite(v)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('explain, keywords and masking survive arbitrary text too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        expect(explainMatch(compiled, text).features.tokenCount).toBeGreaterThanOrEqual(0);
        expect(Array.isArray(keywords([text], [text]))).toBe(true);
        expect(typeof maskPersonalData(text)).toBe('string');
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('handles gigantic and mixed-script text', () => {
    const big = 'Благоустройство парка. '.repeat(20_000);
    const f = extract(big);
    expect(f.topics.improvement).toBe(20_000);
    expect(extract('Блaгoустрoйствo (Latin a and o inside)').topics.improvement).toBe(1);
  });
});
