import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { openDuckDbStore } from './duckdb-store.js';
import { batch, msg } from './store-contract.js';

afterAll(cleanupTempDirs);

describe('DuckDbStore', () => {
  it('migrates a new file to the current schema version', async () => {
    const store = await openDuckDbStore(join(makeTempDir(), 'a.duckdb'));
    expect(await store.schemaVersion()).toBe(3);
    await store.close();
  });

  it('adds nothing twice when the same batch is committed again, and keeps the checkpoint', async () => {
    const file = join(makeTempDir(), 'b.duckdb');
    const store = await openDuckDbStore(file);
    const src = await store.openSource({ fingerprint: 'f1', path: 'x.mbox', format: 'mbox', bytes: 10 });
    const b = batch(
      [msg('m1', 'email:a@x.ru', ['email:b@x.ru']), msg('m2', 'email:b@x.ru', ['email:a@x.ru'])],
      100,
    );
    expect(await store.commitBatch(src.id, b)).toEqual({ added: 2, duplicates: 0 });
    expect(await store.commitBatch(src.id, b)).toEqual({ added: 0, duplicates: 2 });
    await store.close();
    const again = await openDuckDbStore(file);
    const reopened = await again.openSource({ fingerprint: 'f1', path: 'x.mbox', format: 'mbox', bytes: 10 });
    expect(reopened.checkpoint.position).toBe(100);
    expect(reopened.added).toBe(2);
    expect((await again.status()).messagesByChannel).toEqual([{ channel: 'email', messages: 2 }]);
    await again.close();
  });

  it('weights a personal message fully and a broadcast by 1/n per recipient', async () => {
    const store = await openDuckDbStore(join(makeTempDir(), 'c.duckdb'));
    const people = ['a', 'b', 'c', 'd', 'e'];
    await store.upsertPeople(people.map((p) => ({ id: p, name: p.toUpperCase(), kind: 'staff' as const })));
    await store.upsertIdentities(
      people.map((p) => ({ identifier: `email:${p}@x.ru`, personId: p, method: 'directory' })),
    );
    const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
    await store.commitBatch(
      src.id,
      batch(
        [
          msg('m1', 'email:a@x.ru', ['email:b@x.ru']),
          msg('m2', 'email:a@x.ru', ['email:b@x.ru', 'email:c@x.ru', 'email:d@x.ru', 'email:e@x.ru']),
        ],
        1,
      ),
    );
    const ties = await store.aggregateTies();
    const ab = ties.find((t) => t.source === 'a' && t.target === 'b');
    const ac = ties.find((t) => t.source === 'a' && t.target === 'c');
    expect(ab?.weight).toBeCloseTo(1.25);
    expect(ac?.weight).toBeCloseTo(0.25);
    expect(await store.aggregateTies({ broadcastThreshold: 3 })).toEqual([
      { source: 'a', target: 'b', weight: 1, messages: 1 },
    ]);
    await store.close();
  });

  it('counts replies drawn and reply latency per person', async () => {
    const store = await openDuckDbStore(join(makeTempDir(), 'd.duckdb'));
    await store.upsertPeople(['a', 'b'].map((p) => ({ id: p, name: p, kind: 'staff' as const })));
    await store.upsertIdentities(
      ['a', 'b'].map((p) => ({ identifier: `email:${p}@x.ru`, personId: p, method: 'd' })),
    );
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
    const b = act.find((x) => x.personId === 'b');
    expect(a?.repliesDrawn).toBe(1);
    expect(a?.threadsStarted).toBe(1);
    expect(b?.medianReplyMinutes).toBeCloseTo(30);
    expect(a?.sent).toBe(1);
    expect(a?.received).toBe(1);
    await store.close();
  });

  it('gives a person map, stance and terms per person from features', async () => {
    const store = await openDuckDbStore(join(makeTempDir(), 'e.duckdb'));
    await store.upsertPeople(['a', 'b'].map((p) => ({ id: p, name: p, kind: 'staff' as const })));
    await store.upsertIdentities(
      ['a', 'b'].map((p) => ({ identifier: `email:${p}@x.ru`, personId: p, method: 'd' })),
    );
    const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
    // 2025-03-03 is a Monday; 10:00 UTC is 15:00 in Ozersk (UTC+5).
    const m1 = msg('m1', 'email:a@x.ru', ['email:b@x.ru'], { timestamp: Date.UTC(2025, 2, 3, 10) });
    const features = [
      {
        messageKey: 'm1',
        lang: 'ru',
        tokenCount: 5,
        topics: { improvement: 2 },
        sentiment: 0.5,
        stance: { administration: { score: 0.5, mentions: 2 } },
        terms: { благоустройств: 2, 'двор благоустройств': 1 },
      },
    ];
    await store.commitBatch(src.id, { ...batch([m1], 1), features });
    const map = await store.personMap('a');
    expect(map.contacts).toEqual([
      { personId: 'b', direction: 'out', channel: 'email', weight: 1, messages: 1 },
    ]);
    expect(map.rhythm).toEqual([{ weekday: 1, hour: 15, messages: 1 }]);
    expect(await store.stanceByPerson()).toEqual([
      { personId: 'a', target: 'administration', scoreSum: 0.5, mentions: 2 },
    ]);
    expect((await store.termsByPerson()).map((t) => [t.term, t.count])).toEqual([
      ['благоустройств', 2],
      ['двор благоустройств', 1],
    ]);
    await store.close();
  });
});
