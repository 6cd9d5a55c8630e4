import { describe, expect, it } from 'vitest';
import type { TopicMessage } from '../store/index.js';
import { traceCascades } from './cascade-trace.js';
import { interruptedTimeSeries, t95 } from './interrupted-time-series.js';

function m(
  key: string,
  ts: number,
  sender: string,
  to: string[],
  extra: Partial<TopicMessage> = {},
): TopicMessage {
  return {
    key,
    ts,
    channel: 'email',
    senderPersonId: sender,
    inReplyTo: null,
    forwardedFromPersonId: null,
    isForward: false,
    recipientPersonIds: to,
    mentionPersonIds: [],
    score: 1,
    ...extra,
  };
}

describe('traceCascades', () => {
  it('links replies, forwards, mentions and received messages into trees per ambassador', () => {
    const msgs = [
      m('a1', 1, 'amb', ['x', 'y']),
      m('x1', 2, 'x', ['amb'], { inReplyTo: 'a1' }), // reply, depth 1
      m('y1', 3, 'y', ['z'], { isForward: true, forwardedFromPersonId: 'amb' }), // forward, depth 1
      m('z1', 4, 'z', ['w'], { mentionPersonIds: ['v'] }), // received from y1, depth 2
      m('v1', 5, 'v', ['u']), // mentioned in z1, depth 3
      m('h1', 6, 'head', ['all']), // a formal broadcast: its own root
      m('q1', 7, 'all', ['r']), // heard from the head
    ];
    const t = traceCascades(msgs, ['amb', 'amb2']);
    expect(t.messages).toBe(7);
    const amb = t.byAmbassador.find((a) => a.ambassador === 'amb')!;
    expect(amb).toMatchObject({ cascades: 1, messages: 5, maxDepth: 3, maxBreadth: 2 });
    expect(t.byAmbassador.find((a) => a.ambassador === 'amb2')).toMatchObject({ cascades: 0, messages: 0 });
    const top = t.cascades[0];
    expect(top.links).toEqual({ reply: 1, forward: 1, mention: 1, received: 1 });
    expect(top.people).toBe(7); // amb, x, y, z, w, v, u
    expect(t.otherMessages).toBe(2);
  });

  it('orders input by time before linking', () => {
    const t = traceCascades([m('b', 2, 'x', ['y']), m('a', 1, 'amb', ['x'])], ['amb']);
    expect(t.byAmbassador[0]).toMatchObject({ cascades: 1, messages: 2, maxDepth: 1 });
  });
});

describe('interruptedTimeSeries', () => {
  const DAY = 86_400_000;
  it('recovers a level jump of 10 messages per day', () => {
    const ts: number[] = [];
    for (let d = 0; d < 28; d++) {
      const count = 5 + (d >= 14 ? 10 : 0) + (d % 2); // small wiggle
      for (let i = 0; i < count; i++) ts.push(d * DAY + i);
    }
    const r = interruptedTimeSeries(ts, { from: 0, start: 14 * DAY, to: 28 * DAY, bucketMs: DAY });
    expect(r.buckets).toHaveLength(28);
    expect(r.preMean).toBeCloseTo(5.5, 6);
    expect(r.postMean).toBeCloseTo(15.5, 6);
    expect(r.levelChange!.low).toBeGreaterThan(8);
    expect(r.levelChange!.high).toBeLessThan(12);
    expect(r.slopeChange!.low).toBeLessThan(0.2);
  });

  it('says when there are too few periods and rejects a start outside the window', () => {
    const r = interruptedTimeSeries([1], { from: 0, start: DAY, to: 2 * DAY, bucketMs: DAY });
    expect(r.levelChange).toBeNull();
    expect(() => interruptedTimeSeries([], { from: 0, start: 5, to: 3, bucketMs: 1 })).toThrow(
      expect.objectContaining({ code: 'INPUT' }),
    );
  });

  it('t quantile is close to tables', () => {
    expect(t95(10)).toBeCloseTo(2.228, 2);
    expect(t95(30)).toBeCloseTo(2.042, 3);
  });
});
