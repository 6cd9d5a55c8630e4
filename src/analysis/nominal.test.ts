import { describe, expect, it } from 'vitest';
import type { Person } from '../store/index.js';
import { formalRanks, nominalVsActual, subordinateCounts } from './nominal.js';

const staff = (id: string, managerId?: string, level?: number): Person => ({
  id,
  name: id,
  kind: 'staff',
  managerId,
  level,
});
const org = [
  staff('head', undefined, 0),
  staff('dep', 'head', 1),
  staff('x', 'dep', 2),
  staff('y', 'dep', 2),
  staff('z', 'head', 1),
];

describe('nominal vs actual', () => {
  it('counts direct and indirect subordinates, surviving a cycle', () => {
    const subs = subordinateCounts(org);
    expect(subs.get('head')).toBe(4);
    expect(subs.get('dep')).toBe(2);
    expect(subordinateCounts([staff('a', 'b'), staff('b', 'a')]).size).toBe(2);
  });

  it('ranks the head first formally', () => {
    expect(formalRanks(org).get('head')).toBe(1);
  });

  it('separates formal hubs from informal leaders', () => {
    const r = nominalVsActual(['x', 'dep', 'y', 'z', 'head'], org, 2);
    expect(r.informalNotFormal).toEqual(['x']);
    expect(r.both).toEqual(['dep']);
    expect(r.formalNotInformal).toEqual(['head']);
  });
});
