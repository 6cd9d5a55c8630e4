import { describe, expect, it } from 'vitest';
import { csrFromArrays } from '../build/csr-from-arrays.js';
import { betweennessKernel } from './betweenness.js';

describe('betweenness with floating-point path lengths', () => {
  // Two routes s→a1→a2→t and s→b1→b2→t with the same lengths summed in opposite order:
  // 0.1 + 0.2 + 0.3 = 0.6000000000000001 but 0.3 + 0.2 + 0.1 = 0.6. They are equally short.
  const s = 0;
  const [a1, a2, b1, b2, t] = [1, 2, 3, 4, 5];
  const src = Uint32Array.from([s, a1, a2, s, b1, b2]);
  const dst = Uint32Array.from([a1, a2, t, b1, b2, t]);
  const len = Float64Array.from([0.1, 0.2, 0.3, 0.3, 0.2, 0.1]);

  it('counts both routes as shortest paths, as igraph does', () => {
    const csr = csrFromArrays(6, src, dst, len, { directed: true }).csr;
    const bc = betweennessKernel(csr, { weight: 'distance', normalized: false });
    // Each inner node lies on one of the two shortest s→t paths (1/2), and on the s→a2 (or s→b2),
    // a1→t (or b1→t) paths alone (1 each): 1 + 1/2 = 1.5 for every one of them.
    for (const v of [a1, a2, b1, b2]) expect(bc[v]).toBeCloseTo(1.5, 12);
  });

  it('gives the same scores whichever route the float rounding favours', () => {
    const swapped = Float64Array.from([0.3, 0.2, 0.1, 0.1, 0.2, 0.3]);
    const one = betweennessKernel(csrFromArrays(6, src, dst, len, { directed: true }).csr, {
      weight: 'distance',
      normalized: false,
    });
    const two = betweennessKernel(csrFromArrays(6, src, dst, swapped, { directed: true }).csr, {
      weight: 'distance',
      normalized: false,
    });
    expect(Array.from(one)).toEqual(Array.from(two));
  });
});
