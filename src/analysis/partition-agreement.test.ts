import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInformation } from './partition-agreement.js';

// Reference values from scikit-learn 1.x (normalized_mutual_info_score, adjusted_rand_score).
describe('partition agreement', () => {
  it('is 1 for identical partitions up to renaming', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [5, 5, 2, 2])).toBeCloseTo(1, 12);
    expect(adjustedRandIndex([0, 0, 1, 1], [5, 5, 2, 2])).toBeCloseTo(1, 12);
  });

  it('matches scikit-learn on a textbook example', () => {
    const a = [0, 0, 0, 1, 1, 1];
    const b = [0, 0, 1, 1, 2, 2];
    expect(adjustedRandIndex(a, b)).toBeCloseTo(0.24242424242424243, 12);
    expect(normalizedMutualInformation(a, b)).toBeCloseTo(0.5158037429793889, 12);
  });

  it('gives 0 NMI for independent labelings', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
  });
});
