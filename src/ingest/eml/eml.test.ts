import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { describeAdapterContract } from '../adapter-contract.js';
import { emlAdapter } from './eml-adapter.js';
import { ingestPaths } from '../index.js';
import { tempStore, testOptions } from '../../../test/fixtures/ingest/make.js';
import { RU_TEXT, sampleEmlTree } from '../../../test/fixtures/ingest/samples.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedData } from '../../../test/fixtures/ingest/shared-data.js';

export const emlContract = describeAdapterContract({
  adapter: emlAdapter,
  valid: sampleEmlTree(),
  expectedMessages: 3,
  cyrillic: RU_TEXT,
});

describe.skipIf(!HAS_SHARED_DATA)(
  `.eml files on real samples (${HAS_SHARED_DATA ? 'shared/data' : SKIP_REASON})`,
  () => {
    it('decodes the real KOI8-R and windows-1251 list messages', async () => {
      const db = await tempStore();
      try {
        const s = await ingestPaths(
          db.store,
          [sharedData('mime-samples/cyrillic-real-world')],
          testOptions(),
        );
        expect(s).toMatchObject({ read: 3, added: 3, skipped: 0 });
        const msgs = await db.store.listMessages();
        const spam = msgs.find((m) => m.key === 'A9AC1A494296ACBF63662FACE848446C@meta.ua');
        expect(spam?.subject).toBe(
          'Разработка сайтов и продвижение в поисковых системах на первую страницу!',
        );
        const patch = msgs.find((m) => m.key === '20250303091321.68634-1-a.vatoropin@crpt.ru');
        expect(patch?.senderName).toBe('Ваторопин Андрей');
        const reply = msgs.find((m) => m.key === '7d433ed9-8d4c-707a-9149-ff0e65d7f943@kaspersky.com');
        expect(reply?.inReplyTo).toBeTruthy();
      } finally {
        await db.cleanup();
      }
    });

    it('reads every Hunnysoft and mail-mime-parser sample without a crash', async () => {
      const db = await tempStore();
      try {
        const dirs = ['mime-samples/hunnysoft-mua-samples', 'mime-samples/mail-mime-parser-extra'];
        const files = dirs.flatMap((d) => readdirSync(sharedData(d)).map((f) => `${d}/${f}`));
        const s = await ingestPaths(db.store, dirs.map(sharedData), testOptions());
        expect(s.read + s.skipped).toBe(files.length);
        expect(s.read).toBeGreaterThanOrEqual(files.length - 2);
        const msgs = await db.store.listMessages();
        expect(msgs.some((m) => m.attachmentCount > 0)).toBe(true);
      } finally {
        await db.cleanup();
      }
    });
  },
);
