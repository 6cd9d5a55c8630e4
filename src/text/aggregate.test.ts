import { describe, expect, it } from 'vitest';
import { aggregateStance, aggregateTopics, summarizeBy } from './aggregate.js';
import type { TextFeatures } from './types.js';

const f = (
  stance: TextFeatures['stance'],
  topics: TextFeatures['topics'] = {},
  sentiment = 0,
): TextFeatures => ({
  lang: 'ru',
  tokenCount: 10,
  topics,
  sentiment,
  stance,
});

describe('aggregateStance', () => {
  it('weights message scores by mentions and always reports the counts', () => {
    const a = aggregateStance([
      f({ head: { score: 0.5, mentions: 1 } }),
      f({ head: { score: -0.1, mentions: 2 }, administration: { score: 0.02, mentions: 1 } }),
      f({}),
    ]);
    expect(a.head).toEqual({
      score: 0.1,
      shrunk: 0.05,
      mentions: 3,
      messages: 2,
      positive: 1,
      negative: 1,
      neutral: 0,
    });
    expect(a.administration?.neutral).toBe(1);
    expect(Object.keys(a)).toEqual(['administration', 'head']);
  });

  it('shrinks a score resting on few mentions towards zero', () => {
    const one = aggregateStance([f({ head: { score: 0.9, mentions: 1 } })]).head;
    const many = aggregateStance(
      Array.from({ length: 30 }, () => f({ head: { score: 0.9, mentions: 1 } })),
    ).head;
    expect(one?.score).toBe(many?.score);
    expect(one.shrunk).toBeLessThan(many.shrunk);
  });
});

describe('aggregateTopics and summarizeBy', () => {
  it('counts messages per topic and groups by a key', () => {
    const rows = [
      { ...f({}, { roads: 2 }, 0.4), person: 'p1' },
      { ...f({}, { roads: 1, housing: 1 }, -0.2), person: 'p1' },
      { ...f({ head: { score: -0.5, mentions: 1 } }, {}, 0), person: 'p2' },
    ];
    expect(aggregateTopics(rows).roads).toEqual({ messages: 2, score: 3, share: 0.667 });
    const by = summarizeBy(rows, (r) => r.person);
    expect(by.get('p1')?.messages).toBe(2);
    expect(by.get('p1')?.sentiment).toBe(0.1);
    expect(by.get('p2')?.stance.head?.mentions).toBe(1);
    expect(by.get('p2')?.sentimentMessages).toBe(0);
  });
});
