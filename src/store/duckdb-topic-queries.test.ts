import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { openDuckDbStore } from './duckdb-store.js';
import type { Message } from '../shared/message.js';
import type { MessageFeatures } from './types.js';

afterAll(cleanupTempDirs);

function msg(key: string, ts: number, from: string, to: string[], extra: Partial<Message> = {}): Message {
  return {
    key,
    source: { file: 'x.mbox', offset: 0 },
    channel: 'email',
    timestamp: ts,
    tzOffsetMinutes: 0,
    sender: { id: from },
    recipients: to.map((id) => ({ id, role: 'to' as const })),
    attachmentCount: 0,
    attachmentBytes: 0,
    isAutomated: false,
    isForward: false,
    ...extra,
  };
}

function feat(key: string, topics: Record<string, number>): MessageFeatures {
  return { messageKey: key, lang: 'ru', tokenCount: 5, topics, sentiment: 0, stance: {} };
}

describe('DuckDbStore.topicMessages', () => {
  it('returns marked messages oldest first with people resolved', async () => {
    const store = await openDuckDbStore(join(makeTempDir(), 't.duckdb'));
    await store.upsertPeople(['a', 'b', 'c'].map((id) => ({ id, name: id, kind: 'staff' as const })));
    await store.upsertIdentities(
      ['a', 'b', 'c'].map((id) => ({ identifier: `email:${id}@x.ru`, personId: id, method: 'directory' })),
    );
    const src = await store.openSource({ fingerprint: 'f', path: 'x', format: 'mbox', bytes: 1 });
    const messages = [
      msg('m2', 20, 'email:b@x.ru', ['email:c@x.ru'], {
        isForward: true,
        forwardedFrom: 'email:a@x.ru',
        recipients: [
          { id: 'email:c@x.ru', role: 'to' },
          { id: 'email:a@x.ru', role: 'mention' },
        ],
      }),
      msg('m1', 10, 'email:a@x.ru', ['email:b@x.ru', 'email:c@x.ru', 'email:stranger@y.ru']),
      msg('m3', 30, 'email:c@x.ru', ['email:a@x.ru'], { inReplyTo: 'm1' }),
      msg('m4', 40, 'email:c@x.ru', ['email:a@x.ru']),
    ];
    const features = [
      feat('m1', { vote: 2 }),
      feat('m2', { vote: 1 }),
      feat('m3', { vote: 0.5 }),
      feat('m4', { other: 1 }),
    ];
    await store.commitBatch(src.id, {
      messages,
      features,
      skipped: [],
      checkpoint: { position: 1, read: 4, skipped: 0 },
    });
    const got = await store.topicMessages('vote');
    expect(got.map((m) => m.key)).toEqual(['m1', 'm2', 'm3']);
    expect([...got[0].recipientPersonIds].sort()).toEqual(['b', 'c']);
    expect(got[1]).toMatchObject({ senderPersonId: 'b', forwardedFromPersonId: 'a', isForward: true });
    expect(got[1].mentionPersonIds).toEqual(['a']);
    expect(got[1].recipientPersonIds).toEqual(['c']);
    expect(got[2]).toMatchObject({ inReplyTo: 'm1', score: 0.5 });
    expect(await store.topicMessages('vote', { from: 15, to: 25 })).toHaveLength(1);
    await store.close();
  });
});
