import { describe, expect, it } from 'vitest';
import { matchGroups, type MemberGroup } from './group-matching.js';
import { jaccard } from './jaccard.js';

const ids = (prefix: string, n: number, start = 0): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${start + i}`);

const kinds = (events: ReturnType<typeof matchGroups>) =>
  events.map((e) => `${e.kind}:${e.before.join('+')}>${e.after.join('+')}`).sort();

describe('matchGroups', () => {
  it('names continuations, births, deaths, splits and merges', () => {
    const before: MemberGroup[] = [
      { id: 'a', members: ids('a', 10) },
      { id: 'b', members: ids('b', 8) },
      { id: 'c', members: ids('c', 8) },
      { id: 'd', members: ids('d', 12) },
      { id: 'e', members: ids('e', 6) },
    ];
    const after: MemberGroup[] = [
      { id: 'A', members: [...ids('a', 9), 'x1'] },
      { id: 'BC', members: [...ids('b', 8), ...ids('c', 8)] },
      { id: 'D1', members: ids('d', 6) },
      { id: 'D2', members: ids('d', 6, 6) },
      { id: 'N', members: ids('n', 7) },
      { id: 'tiny', members: ids('t', 2) },
    ];
    expect(kinds(matchGroups(before, after))).toEqual([
      'birth:>N',
      'continue:a>A',
      'death:e>',
      'merge:b+c>BC',
      'split:d>D1+D2',
    ]);
  });

  it('with persistent ids, links a chat to itself and to a chat most of its members moved into', () => {
    const union = ids('u', 30);
    const committee = ids('u', 10); // nested inside the union chat every month: never a merge
    const before: MemberGroup[] = [
      { id: 'union', members: union },
      { id: 'committee', members: committee },
      { id: 'parents', members: ids('p', 12) },
      { id: 'veterans', members: ids('v', 6) },
    ];
    const after: MemberGroup[] = [
      { id: 'union', members: union },
      { id: 'committee', members: committee },
      { id: 'parents', members: ids('p', 5) },
      { id: 'veterans', members: [...ids('v', 6), ...ids('p', 10)] },
    ];
    const events = matchGroups(before, after, { persistentIds: true });
    expect(kinds(events).filter((k) => !k.startsWith('continue'))).toEqual([
      'merge:parents+veterans>veterans',
      'split:parents>parents+veterans',
    ]);
    const merge = events.find((e) => e.kind === 'merge')!;
    expect(merge.jaccard['parents>veterans']).toBeCloseTo(10 / 12);
  });

  it('computes the Jaccard index of member lists', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(0.5);
    // Two empty lists are the same set.
    expect(jaccard([], [])).toBe(1);
  });
});
