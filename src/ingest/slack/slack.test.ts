import { describe, expect, it } from 'vitest';
import { describeAdapterContract, readFixture } from '../adapter-contract.js';
import { slackAdapter } from './slack-adapter.js';
import { ingestPaths } from '../index.js';
import { tempStore, testOptions } from '../../../test/fixtures/ingest/make.js';
import { RU_TEXT, sampleSlack } from '../../../test/fixtures/ingest/samples.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedData } from '../../../test/fixtures/ingest/shared-data.js';

const valid = sampleSlack();

export const slackContract = describeAdapterContract({
  adapter: slackAdapter,
  valid,
  expectedMessages: 3,
  cyrillic: RU_TEXT,
  hostile: {
    'invalid day file': { ...valid, 'general/2025-01-07.json': Buffer.from('[{"ts": "1",') },
    'invalid users.json': { ...valid, 'users.json': Buffer.from('{oops') },
    'messages of wrong shape': {
      ...valid,
      'general/2025-01-08.json': Buffer.from(JSON.stringify([1, null, { ts: 5 }, { ts: 'x', user: 'U1' }])),
    },
  },
});

describe('slack specifics', () => {
  it('maps users with e-mail to e-mail identifiers, threads to replies, mentions to recipients', async () => {
    const r = await readFixture({ adapter: slackAdapter }, valid);
    const [root, reply, join] = r.messages;
    expect(join?.isAutomated).toBe(true);
    expect(root?.sender.id).toBe('email:ivanova@ozersk.ru');
    expect(root?.text).toBe(`${RU_TEXT} @Петров Пётр`);
    expect(root?.recipients).toContainEqual({ id: 'slack:u2', role: 'mention' });
    expect(reply?.inReplyTo).toBe(root?.key);
    expect(reply?.recipients).toContainEqual({ id: 'email:ivanova@ozersk.ru', role: 'reply' });
  });
});

describe.skipIf(!HAS_SHARED_DATA)(
  `Slack real export (${HAS_SHARED_DATA ? 'shared/data' : SKIP_REASON})`,
  () => {
    it('reads the Houston Data Vis export: 1,382 messages in 16 channels', async () => {
      const db = await tempStore();
      try {
        const s = await ingestPaths(
          db.store,
          [sharedData('messenger-exports/slack-houstondatavis')],
          testOptions(),
        );
        expect(s.sources).toHaveLength(1);
        expect(s).toMatchObject({ read: 1382, added: 1382, skipped: 0 });
        const msgs = await db.store.listMessages();
        expect(new Set(msgs.map((m) => m.conversation)).size).toBe(16);
        expect(msgs.filter((m) => m.isAutomated).length).toBeGreaterThanOrEqual(320 + 13 + 9);
        expect(msgs.some((m) => m.recipients.some((r) => r.role === 'mention'))).toBe(true);
      } finally {
        await db.cleanup();
      }
    });
  },
);
