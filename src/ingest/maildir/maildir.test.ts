import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { describeAdapterContract } from '../adapter-contract.js';
import { maildirAdapter } from './maildir-adapter.js';
import { ingestPaths } from '../index.js';
import { tempStore, tempTree, testOptions } from '../../../test/fixtures/ingest/make.js';
import { RU_TEXT, sampleMaildir } from '../../../test/fixtures/ingest/samples.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedData } from '../../../test/fixtures/ingest/shared-data.js';

export const maildirContract = describeAdapterContract({
  adapter: maildirAdapter,
  valid: sampleMaildir(),
  expectedMessages: 3,
  cyrillic: RU_TEXT,
});

describe('maildir through the pipeline', () => {
  it('detects a cur/new tree as one Maildir source and resumes by file', async () => {
    const tree = tempTree(sampleMaildir());
    const db = await tempStore();
    try {
      const s = await ingestPaths(db.store, [tree.dir], testOptions());
      expect(s.sources).toHaveLength(1);
      expect(s.sources[0]).toMatchObject({ format: 'maildir', read: 3, added: 3 });
      expect((await db.store.listMessages()).map((m) => m.conversation)).toEqual([
        expect.stringMatching(/^maildir:/),
        expect.any(String),
        expect.any(String),
      ]);
      const again = await ingestPaths(db.store, [join(tree.dir)], testOptions());
      expect(again.added).toBe(0);
    } finally {
      tree.cleanup();
      await db.cleanup();
    }
  });
});

describe.skipIf(!HAS_SHARED_DATA)(
  `Enron maildir sample (${HAS_SHARED_DATA ? 'shared/data' : SKIP_REASON})`,
  () => {
    it('reads all 411 single-message files, and the same mail from the mbox adds nothing', async () => {
      const db = await tempStore();
      try {
        const s = await ingestPaths(db.store, [sharedData('enron/maildir-sample')], testOptions());
        expect(s).toMatchObject({ read: 411, added: 411, skipped: 0 });
        expect(s.sources[0]?.format).toBe('maildir');
        const mbox = await ingestPaths(
          db.store,
          [sharedData('enron/mbox/allen-p.inbox.mbox.gz')],
          testOptions(),
        );
        expect(mbox).toMatchObject({ read: 66, added: 0, duplicates: 66 });
      } finally {
        await db.cleanup();
      }
    });
  },
);
