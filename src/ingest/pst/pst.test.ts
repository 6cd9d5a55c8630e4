import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFixture } from '../adapter-contract.js';
import { pstAdapter } from './pst-adapter.js';
import { ingestPaths } from '../index.js';
import { tempStore, testOptions } from '../../../test/fixtures/ingest/make.js';
import { ENRON_PST, HAS_ENRON_PST } from '../../../test/fixtures/ingest/shared-data.js';

// Nothing here can write a PST, and no PST with Cyrillic text is available: the contract's
// valid-fixture checks run on pst-extractor's bundled Enron PST, the hostile checks on variants of it.
describe.skipIf(!HAS_ENRON_PST)('pst adapter (pst-extractor example enron.pst)', () => {
  it('reads the mail items deterministically with senders, recipients and Message-IDs', async () => {
    const bytes = readFileSync(ENRON_PST);
    const a = await readFixture({ adapter: pstAdapter }, bytes);
    const b = await readFixture({ adapter: pstAdapter }, bytes);
    expect(a.error).toBeUndefined();
    expect(a.messages.length).toBeGreaterThan(50);
    expect(a.messages.map((m) => m.key)).toEqual(b.messages.map((m) => m.key));
    expect(a.messages.filter((m) => m.sender.id.startsWith('email:')).length).toBeGreaterThan(
      a.messages.length / 2,
    );
    expect(a.messages.some((m) => m.recipients.length > 0)).toBe(true);
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['header only', readFileSync(ENRON_PST).subarray(0, 512)],
    ['truncated at 1/2', readFileSync(ENRON_PST).subarray(0, 7_000_000)],
    ['garbage with PST magic', Buffer.concat([Buffer.from('!BDN'), Buffer.alloc(100_000, 0x41)])],
  ])('hostile PST "%s" ends in records or one clear error', async (_name, bytes) => {
    const r = await readFixture({ adapter: pstAdapter }, bytes);
    expect(r.error === undefined || r.error.code === 'INVALID_PST').toBe(true);
  });

  it('ingests through the pipeline and re-ingest adds nothing', async () => {
    const db = await tempStore();
    try {
      const s = await ingestPaths(db.store, [ENRON_PST], testOptions());
      expect(s.sources[0]?.format).toBe('pst');
      expect(s.added).toBeGreaterThan(50);
      expect((await ingestPaths(db.store, [ENRON_PST], testOptions())).added).toBe(0);
    } finally {
      await db.cleanup();
    }
  });
});
