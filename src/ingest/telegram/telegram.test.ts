import { describe, expect, it } from 'vitest';
import { describeAdapterContract } from '../adapter-contract.js';
import { telegramAdapter } from './telegram-adapter.js';
import { ingestPaths } from '../index.js';
import { tempStore, testOptions } from '../../../test/fixtures/ingest/make.js';
import { RU_TEXT, sampleTelegram } from '../../../test/fixtures/ingest/samples.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedData } from '../../../test/fixtures/ingest/shared-data.js';

export const telegramContract = describeAdapterContract({
  adapter: telegramAdapter,
  valid: sampleTelegram(),
  expectedMessages: 3,
  cyrillic: RU_TEXT,
  fileName: 'result.json',
  hostile: {
    'invalid JSON': Buffer.from('{"name":"x","type":"private_group","id":1,"messages":[{"id":1,,]}'),
    'wrong types': Buffer.from(JSON.stringify({ name: 1, type: [], id: {}, messages: 'no' })),
    'messages of wrong shape': Buffer.from(
      JSON.stringify({
        name: 'x',
        type: 'private_group',
        id: 1,
        messages: [1, null, { id: {} }, { id: 2, from_id: 5, date_unixtime: 'soon' }],
      }),
    ),
    'deeply nested JSON': Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
  },
});

describe.skipIf(!HAS_SHARED_DATA)(
  `Telegram real export (${HAS_SHARED_DATA ? 'shared/data' : SKIP_REASON})`,
  () => {
    it('reads the Russian channel export: 3,719 messages, 291 forwards, 2 service messages', async () => {
      const db = await tempStore();
      try {
        const s = await ingestPaths(
          db.store,
          [sharedData('messenger-exports/telegram-channel-ru/result.json.gz')],
          testOptions(),
        );
        expect(s).toMatchObject({ read: 3719, added: 3719, skipped: 0 });
        const msgs = await db.store.listMessages();
        expect(msgs.filter((m) => m.isForward)).toHaveLength(291);
        expect(msgs.filter((m) => m.isAutomated)).toHaveLength(2);
        expect(msgs.filter((m) => m.inReplyTo)).toHaveLength(6);
        expect(msgs.some((m) => /[а-я]{4}/.test(m.text ?? ''))).toBe(true);
      } finally {
        await db.cleanup();
      }
    });
  },
);
