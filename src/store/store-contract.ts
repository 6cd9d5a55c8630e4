/**
 * Store contract suite
 *
 * One set of behavioural tests every `Store` backend runs (DuckDB in duckdb-store.test.ts, ClickHouse
 * in test/cluster/). A backend's test passes a factory that opens an empty store and can reopen it.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '../shared/message.js';
import type { IngestBatch, Store } from './types.js';

export interface StoreFactory {
  /** An empty store, plus a way to open the same data again after `close()`. */
  create(): Promise<{ store: Store; reopen: () => Promise<Store> }>;
}

/** A minimal e-mail message for store tests. */
export function msg(key: string, from: string, to: string[], extra: Partial<Message> = {}): Message {
  return {
    key,
    source: { file: 'x.mbox', offset: key.length },
    channel: 'email',
    timestamp: Date.UTC(2025, 2, 1, 10),
    tzOffsetMinutes: 300,
    sender: { id: from },
    recipients: to.map((id) => ({ id, role: 'to' as const })),
    attachmentCount: 0,
    attachmentBytes: 0,
    isAutomated: false,
    isForward: false,
    ...extra,
  };
}

/** A batch of messages with a checkpoint at `position`. */
export function batch(messages: Message[], position: number): IngestBatch {
  return { messages, features: [], skipped: [], checkpoint: { position, read: messages.length, skipped: 0 } };
}

async function withPeople(store: Store, ids: string[]): Promise<void> {
  await store.upsertPeople(ids.map((p) => ({ id: p, name: p.toUpperCase(), kind: 'staff' as const })));
  await store.upsertIdentities(ids.map((p) => ({ identifier: `email:${p}@x.ru`, personId: p, method: 'd' })));
}

/** Registers the contract tests for one backend. */
export function describeStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    it('counts a re-committed batch as duplicates and keeps the checkpoint across reopen', async () => {
      const { store, reopen } = await factory.create();
      const src = await store.openSource({ fingerprint: 'f1', path: 'x.mbox', format: 'mbox', bytes: 10 });
      const b = batch(
        [msg('m1', 'email:a@x.ru', ['email:b@x.ru']), msg('m2', 'email:b@x.ru', ['email:a@x.ru'])],
        100,
      );
      expect(await store.commitBatch(src.id, b)).toEqual({ added: 2, duplicates: 0 });
      await store.close();
      const again = await reopen();
      const src2 = await again.openSource({ fingerprint: 'f2', path: 'y.mbox', format: 'mbox', bytes: 10 });
      expect(await again.commitBatch(src2.id, b)).toEqual({ added: 0, duplicates: 2 });
      const reopened = await again.openSource({
        fingerprint: 'f1',
        path: 'x.mbox',
        format: 'mbox',
        bytes: 10,
      });
      expect(reopened.checkpoint.position).toBe(100);
      expect(reopened.added).toBe(2);
      expect(reopened.status).toBe('running');
      await again.finishSource(reopened.id);
      expect(
        (await again.openSource({ fingerprint: 'f1', path: 'x.mbox', format: 'mbox', bytes: 10 })).status,
      ).toBe('done');
      expect((await again.status()).messagesByChannel).toEqual([{ channel: 'email', messages: 2 }]);
      await again.close();
    });

    it('weights a personal message fully and a broadcast by 1/n per recipient', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b', 'c', 'd', 'e']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      const all = ['email:b@x.ru', 'email:c@x.ru', 'email:d@x.ru', 'email:e@x.ru'];
      await store.commitBatch(
        src.id,
        batch([msg('m1', 'email:a@x.ru', ['email:b@x.ru']), msg('m2', 'email:a@x.ru', all)], 1),
      );
      const ties = await store.aggregateTies();
      expect(ties.find((t) => t.source === 'a' && t.target === 'b')?.weight).toBeCloseTo(1.25);
      expect(ties.find((t) => t.source === 'a' && t.target === 'c')?.weight).toBeCloseTo(0.25);
      expect(await store.aggregateTies({ broadcastThreshold: 3 })).toEqual([
        { source: 'a', target: 'b', weight: 1, messages: 1 },
      ]);
      expect(await store.aggregateTies({ excludePeople: ['b'] })).toHaveLength(3);
      await store.close();
    });

    it('counts replies drawn, reply latency, sent and received per person', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      const t0 = Date.UTC(2025, 2, 1, 10);
      await store.commitBatch(
        src.id,
        batch(
          [
            msg('m1', 'email:a@x.ru', ['email:b@x.ru'], { timestamp: t0 }),
            msg('m2', 'email:b@x.ru', ['email:a@x.ru'], { timestamp: t0 + 30 * 60_000, inReplyTo: 'm1' }),
          ],
          1,
        ),
      );
      const act = await store.personActivity();
      const a = act.find((x) => x.personId === 'a');
      expect(a).toMatchObject({ repliesDrawn: 1, threadsStarted: 1, sent: 1, received: 1 });
      expect(act.find((x) => x.personId === 'b')?.medianReplyMinutes).toBeCloseTo(30);
      const map = await store.personMap('a');
      expect(map.contacts.map((c) => [c.personId, c.direction])).toEqual(
        [
          ['b', 'in'],
          ['b', 'out'],
        ].sort(),
      );
      expect(map.rhythm).toEqual([{ weekday: 6, hour: 15, messages: 1 }]);
      await store.close();
    });

    it('keeps the first copy’s features when a message comes twice, in one batch or two', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      const features = (topics: Record<string, number>, term: string) => ({
        messageKey: 'm1',
        lang: 'ru',
        tokenCount: 3,
        topics,
        sentiment: 0,
        stance: {},
        terms: { [term]: 1 },
      });
      const copy = msg('m1', 'email:a@x.ru', ['email:b@x.ru']);
      await store.commitBatch(src.id, {
        ...batch([copy, { ...copy, source: { file: 'x.mbox', offset: 99 } }], 1),
        features: [features({ roads: 2 }, 'дорога'), features({ roads: 5, lunch: 1 }, 'обед')],
      });
      // A later copy elsewhere in the source (a re-commit of the same position is a resume, not a copy).
      const later = { ...copy, source: { file: 'x.mbox', offset: 500 } };
      await store.commitBatch(src.id, { ...batch([later], 2), features: [features({ lunch: 7 }, 'суп')] });
      const a = (await store.personActivity()).find((x) => x.personId === 'a');
      expect(a?.topics).toEqual({ roads: 2 });
      expect((await store.termsByPerson()).map((t) => t.term)).toEqual(['дорога']);
      await store.close();
    });

    it('counts a message dated before 1970 (a bad clock) in every per-person figure', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      const old = msg('m0', 'email:a@x.ru', ['email:b@x.ru'], { timestamp: Date.UTC(1969, 11, 31) });
      await store.commitBatch(src.id, {
        ...batch([old], 1),
        features: [
          { messageKey: 'm0', lang: 'en', tokenCount: 1, topics: { roads: 3 }, sentiment: 0, stance: {} },
        ],
      });
      const a = (await store.personActivity()).find((x) => x.personId === 'a');
      expect(a).toMatchObject({ sent: 1, topics: { roads: 3 } });
      await store.close();
    });

    it('replaces people and identities on upsert and lists unresolved identifiers', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a']);
      await store.upsertPeople([{ id: 'a', name: 'Анна', kind: 'staff', department: 'Отдел' }]);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      await store.commitBatch(src.id, batch([msg('m1', 'email:a@x.ru', ['email:z@x.ru'])], 1));
      expect(await store.listPeople()).toEqual([
        {
          id: 'a',
          name: 'Анна',
          kind: 'staff',
          department: 'Отдел',
          position: undefined,
          managerId: undefined,
          level: undefined,
          sex: undefined,
        },
      ]);
      expect(await store.listUnresolved()).toEqual([{ identifier: 'email:z@x.ru', name: null, messages: 1 }]);
      await store.close();
    });

    it('saves analysis runs and reads back the latest and its rows', async () => {
      const { store } = await factory.create();
      expect(await store.latestAnalysis()).toBeNull();
      const id1 = await store.saveAnalysis({ k: 1 }, { s: 'one' }, [
        { kind: 'person', key: 'a', data: { x: 1 } },
      ]);
      const id2 = await store.saveAnalysis({ k: 2 }, { s: 'два' }, [
        { kind: 'person', key: 'b', data: { x: 2 } },
        { kind: 'person', key: 'a', data: { x: 3 } },
        { kind: 'group', key: 'g1', data: [1, 2] },
      ]);
      expect(id2).toBeGreaterThan(id1);
      expect(await store.latestAnalysis()).toMatchObject({
        id: id2,
        params: { k: 2 },
        summary: { s: 'два' },
      });
      expect((await store.analysisRows(id2, 'person')).map((r) => r.key)).toEqual(['a', 'b']);
      expect((await store.status()).analysisRuns).toBe(2);
      expect((await store.listAnalysisRuns()).map((r) => r.id)).toEqual([id1, id2]);
      await store.close();
    });

    it('skips per-window runs in latestAnalysis but lists them', async () => {
      const { store } = await factory.create();
      const whole = await store.saveAnalysis({ seed: 1 }, { s: 'all' }, []);
      const window = await store.saveAnalysis(
        { seed: 1, window: { period: 'month', from: 1, to: 2 }, fingerprint: 'x' },
        { s: 'march' },
        [],
      );
      expect((await store.latestAnalysis())?.id).toBe(whole);
      expect((await store.listAnalysisRuns()).map((r) => r.id)).toEqual([whole, window]);
      await store.close();
    });

    it('counts human messages per conversation and person', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b', 'c']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'telegram', bytes: 1 });
      const t0 = Date.UTC(2025, 2, 3, 10);
      const chat = (key: string, from: string, conversation: string | undefined, extra = {}) =>
        msg(key, from, ['email:c@x.ru'], { channel: 'chat', timestamp: t0, conversation, ...extra });
      await store.commitBatch(
        src.id,
        batch(
          [
            chat('c1', 'email:a@x.ru', 'telegram:1'),
            chat('c2', 'email:a@x.ru', 'telegram:1'),
            chat('c3', 'email:b@x.ru', 'telegram:1'),
            chat('c4', 'email:b@x.ru', 'telegram:2'),
            chat('c5', 'email:b@x.ru', 'telegram:2', { isAutomated: true }),
            chat('c6', 'email:z@x.ru', 'telegram:2'),
            chat('c7', 'email:a@x.ru', undefined),
            chat('c8', 'email:a@x.ru', 'telegram:2', { timestamp: t0 + 86_400_000 }),
          ],
          1,
        ),
      );
      expect(await store.conversationActivity({ to: t0 })).toEqual([
        { conversation: 'telegram:1', personId: 'a', messages: 2 },
        { conversation: 'telegram:1', personId: 'b', messages: 1 },
        { conversation: 'telegram:2', personId: 'b', messages: 1 },
      ]);
      expect(await store.conversationActivity()).toHaveLength(4);
      await store.close();
    });

    it('fingerprints a window by its messages and identity links', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b', 'c']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      const march = { from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 3, 1) - 1 };
      const april = { from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 4, 1) - 1 };
      const at = (d: number) => ({ timestamp: Date.UTC(2025, 2, d, 10) });
      await store.commitBatch(
        src.id,
        batch(
          [
            msg('m1', 'email:a@x.ru', ['email:b@x.ru'], at(3)),
            msg('m2', 'email:b@x.ru', ['email:a@x.ru'], at(4)),
          ],
          1,
        ),
      );
      const empty = await store.windowFingerprint(april);
      expect(empty.messages).toBe(0);
      const m1 = await store.windowFingerprint(march);
      expect(m1.messages).toBe(2);
      expect(await store.windowFingerprint(march)).toEqual(m1);
      // A month added later leaves the earlier window's fingerprint alone.
      await store.commitBatch(
        src.id,
        batch([msg('m3', 'email:c@x.ru', ['email:a@x.ru'], { timestamp: Date.UTC(2025, 3, 2, 10) })], 2),
      );
      expect(await store.windowFingerprint(march)).toEqual(m1);
      const a1 = await store.windowFingerprint(april);
      expect(a1.messages).toBe(1);
      expect(a1.digest).not.toBe(empty.digest);
      // A late message inside the window, or a changed identity link, changes it.
      await store.upsertIdentities([{ identifier: 'email:b@x.ru', personId: 'c', method: 'd' }]);
      const relinked = await store.windowFingerprint(march);
      expect(relinked.messages).toBe(2);
      expect(relinked.digest).not.toBe(m1.digest);
      await store.commitBatch(src.id, batch([msg('m4', 'email:a@x.ru', ['email:c@x.ru'], at(20))], 3));
      expect((await store.windowFingerprint(march)).messages).toBe(3);
      await store.close();
    });

    it('lists topic messages with people resolved, oldest first, and compacts', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b', 'c']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      const t0 = Date.UTC(2025, 0, 1);
      const feature = (key: string, score: number) => ({
        messageKey: key,
        lang: 'ru',
        tokenCount: 3,
        topics: { budget: score },
        sentiment: 0,
        stance: {},
      });
      await store.commitBatch(src.id, {
        ...batch(
          [
            msg('m2', 'email:b@x.ru', ['email:a@x.ru'], { timestamp: t0 + 1000, inReplyTo: 'm1' }),
            msg('m1', 'email:a@x.ru', ['email:b@x.ru', 'email:c@x.ru', 'email:z@x.ru'], { timestamp: t0 }),
            msg('m3', 'email:c@x.ru', ['email:a@x.ru'], { timestamp: t0 + 2000 }),
          ],
          1,
        ),
        features: [feature('m1', 2), feature('m2', 1), feature('m3', 0)],
      });
      const hits = await store.topicMessages('budget');
      expect(
        hits.map((h) => [h.key, h.senderPersonId, h.inReplyTo, [...h.recipientPersonIds].sort(), h.score]),
      ).toEqual([
        ['m1', 'a', null, ['b', 'c'], 2],
        ['m2', 'b', 'm1', ['a'], 1],
      ]);
      await store.compact();
      expect(await store.topicMessages('budget', { from: t0 + 500 })).toHaveLength(1);
      await store.close();
    });

    it('stores survey nominations once per respondent, nominee and question, and purges them', async () => {
      const { store, reopen } = await factory.create();
      const nom = (respondent: string, nominee: string, question = '', row = 2) => ({
        respondent,
        nominee,
        question,
        survey: 'survey.csv#f1',
        position: `survey.csv:${row}`,
      });
      const first = [
        nom('a', 'b'),
        nom('a', 'c'),
        nom('a', 'b', 'news', 4),
        nom('a', 'b', '', 5),
        nom('c', 'b'),
      ];
      expect(await store.saveNominations(first)).toEqual({ added: 4, duplicates: 1 });
      await store.close();
      const again = await reopen();
      expect(await again.saveNominations(first)).toEqual({ added: 0, duplicates: 5 });
      expect(await again.saveNominations([])).toEqual({ added: 0, duplicates: 0 });
      const listed = await again.listNominations();
      expect(listed.map((n) => [n.respondent, n.nominee, n.question, n.position])).toEqual([
        ['a', 'b', '', 'survey.csv:2'],
        ['a', 'b', 'news', 'survey.csv:4'],
        ['a', 'c', '', 'survey.csv:2'],
        ['c', 'b', '', 'survey.csv:2'],
      ]);
      await again.upsertPeople(['a', 'b', 'c'].map((id) => ({ id, name: id, kind: 'staff' as const })));
      await again.purgePeople(['c'], []);
      expect((await again.listNominations()).map((n) => `${n.respondent}>${n.nominee}`)).toEqual([
        'a>b',
        'a>b',
      ]);
      await again.close();
    });

    it('purges opted-out people, message text and old messages', async () => {
      const { store } = await factory.create();
      await withPeople(store, ['a', 'b', 'c']);
      const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
      const t0 = Date.UTC(2025, 0, 1);
      await store.commitBatch(
        src.id,
        batch(
          [
            msg('m1', 'email:a@x.ru', ['email:b@x.ru'], { subject: 'Привет', text: 'текст', timestamp: t0 }),
            msg('m2', 'email:b@x.ru', ['email:a@x.ru', 'email:c@x.ru'], { timestamp: t0 + 1000 }),
            msg('m3', 'email:c@x.ru', ['email:b@x.ru'], { timestamp: t0 + 2000 }),
          ],
          1,
        ),
      );
      await store.saveAnalysis({}, {}, [
        { kind: 'person', key: 'a', data: {} },
        { kind: 'community', key: 'g', data: { members: ['a', 'b'], size: 2 } },
      ]);
      expect(await store.purgePeople(['a'], [])).toEqual({
        people: 1,
        messages: 1,
        recipients: 1,
        analysisRows: 2,
      });
      expect((await store.aggregateTies()).map((t) => `${t.source}>${t.target}`)).toEqual(['b>c', 'c>b']);
      const run = (await store.latestAnalysis())?.id ?? 0;
      expect(await store.analysisRows(run, 'community')).toEqual([
        { kind: 'community', key: 'g', data: { members: ['b'], size: 1 } },
      ]);
      expect(await store.analysisRows(run, 'person')).toEqual([]);
      expect(await store.clearMessageText()).toBe(0);
      expect(await store.purgeMessagesBefore(t0 + 1500)).toBe(1);
      expect((await store.status()).messagesByChannel).toEqual([{ channel: 'email', messages: 1 }]);
      await store.close();
    });
  });
}
