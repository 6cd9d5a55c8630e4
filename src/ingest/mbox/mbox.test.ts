import { describe, expect, it } from 'vitest';
import { describeAdapterContract, readFixture } from '../adapter-contract.js';
import { mboxAdapter } from './mbox-adapter.js';
import { MboxSplitter } from './split.js';
import { buildMail, buildMbox, tempStore, testOptions } from '../../../test/fixtures/ingest/make.js';
import { RU_TEXT, sampleMails, sampleMbox } from '../../../test/fixtures/ingest/samples.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedData } from '../../../test/fixtures/ingest/shared-data.js';
import { ingestPaths } from '../index.js';

function nested(depth: number): Buffer {
  let body = 'Content-Type: text/plain\n\nвнутри';
  for (let i = 0; i < depth; i++)
    body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--`;
  return Buffer.from(
    `From: a@b.ru\nTo: c@d.ru\nDate: Mon, 6 Jan 2025 10:00:00 +0000\nMessage-ID: <deep@x>\nMIME-Version: 1.0\n${body}\n`,
  );
}

const hostileMail = (extra: string, body: string) =>
  Buffer.from(
    `From: a@b.ru\nTo: c@d.ru\nDate: Mon, 6 Jan 2025 10:00:00 +0000\nMessage-ID: <h@x>\n${extra}\n\n${body}\n`,
  );

export const mboxContract = describeAdapterContract({
  adapter: mboxAdapter,
  valid: sampleMbox(),
  expectedMessages: 3,
  cyrillic: RU_TEXT,
  fileName: 'box.mbox',
  hostile: {
    'multipart nested 5000 deep': buildMbox([nested(5000)]),
    'broken base64 body': buildMbox([
      hostileMail('Content-Transfer-Encoding: base64', '!!!not*base64===\n@@@'),
    ]),
    'broken quoted-printable': buildMbox([
      hostileMail('Content-Transfer-Encoding: quoted-printable', 'a=ZZb=\n=4'),
    ]),
    'gigantic header line (2 MB)': buildMbox([hostileMail(`X-Big: ${'x'.repeat(2 << 20)}`, 'body')]),
    'multipart without boundary': buildMbox([
      hostileMail('Content-Type: multipart/mixed', '--x\n\nbody\n--x--'),
    ]),
    'no From line at start': Buffer.concat([Buffer.from('garbage before\n\n'), sampleMbox()]),
  },
});

describe('mbox specifics', () => {
  it('undoes mboxrd and mboxo From-quoting and does not split on quoted From lines', async () => {
    const mail = buildMail({
      from: 'a@b.ru',
      to: 'c@d.ru',
      subject: 's',
      date: 'Mon, 6 Jan 2025 10:00:00 +0000',
      messageId: 'q@x',
      body: 'line\n\nFrom the start of a line\n>From already quoted',
    });
    const r = await readFixture(
      { adapter: mboxAdapter },
      buildMbox([mail, mail.toString().replace('q@x', 'q2@x')].map((m) => Buffer.from(m))),
    );
    expect(r.messages).toHaveLength(2);
    expect(r.messages[0]?.text).toBe('line\n\nFrom the start of a line');
  });

  it('bounds nesting: a 5000-deep multipart is read with a depth diagnostic', async () => {
    const r = await readFixture({ adapter: mboxAdapter }, buildMbox([nested(5000)]));
    expect(r.messages).toHaveLength(1);
  });

  it('splits at every separator whatever the chunk boundaries', () => {
    const box = sampleMbox();
    for (const size of [1, 7, 64, 1000]) {
      const s = new MboxSplitter(0, 1 << 20);
      const entries = [];
      for (let i = 0; i < box.length; i += size) entries.push(...s.push(box.subarray(i, i + size)));
      entries.push(...s.end());
      expect(entries.map((e) => e.offset)).toEqual([
        0,
        box.indexOf('From sender', 10),
        box.lastIndexOf('From sender'),
      ]);
      expect(entries[2]?.end).toBe(box.length);
    }
  });

  it('skips an oversized message and goes on', async () => {
    const big = buildMail({
      from: 'a@b.ru',
      to: 'c@d.ru',
      subject: 's',
      date: 'Mon, 6 Jan 2025 10:00:00 +0000',
      messageId: 'big@x',
      body: 'x'.repeat(3 << 20),
    });
    const r = await readFixture({ adapter: mboxAdapter }, buildMbox([big, ...sampleMails()]), {
      maxMessageBytes: 1 << 20,
    });
    expect(r.skipped.map((s) => s.reason)).toEqual(['oversized-message']);
    expect(r.messages).toHaveLength(3);
  });
});

describe.skipIf(!HAS_SHARED_DATA)(
  `mbox on real archives (${HAS_SHARED_DATA ? 'shared/data' : SKIP_REASON})`,
  () => {
    it('reads the Enron allen-p mboxes (66 + 345 messages, as the dataset README counts)', async () => {
      const db = await tempStore();
      try {
        const s = await ingestPaths(
          db.store,
          [
            sharedData('enron/mbox/allen-p.inbox.mbox.gz'),
            sharedData('enron/mbox/allen-p.sent_items.mbox.gz'),
          ],
          testOptions(),
        );
        expect(s.sources.map((x) => x.read)).toEqual([66, 345]);
        expect(s.skipped).toBe(0);
      } finally {
        await db.cleanup();
      }
    });

    it('reads the Project Clearwater pipermail archive ("user at domain" addresses, threads)', async () => {
      const db = await tempStore();
      try {
        const s = await ingestPaths(
          db.store,
          [sharedData('mailing-list-clearwater/2016-February.txt.gz')],
          testOptions(),
        );
        // The README's 60 is Python mboxo's count, which also splits at 3 body lines starting with
        // "From the instance boot log" (those 3 pseudo-messages have no headers): 57 real messages.
        expect(s).toMatchObject({ read: 57, added: 57, duplicates: 0, skipped: 0 });
        const msgs = await db.store.listMessages();
        expect(msgs.every((m) => m.sender.startsWith('email:') && m.sender.includes('@'))).toBe(true);
        expect(msgs.filter((m) => m.inReplyTo).length).toBeGreaterThan(20);
      } finally {
        await db.cleanup();
      }
    });

    it('reads the Perceval edge-case mboxes with the README counts', async () => {
      const counts: Record<string, number> = {
        'mbox_single.mbox': 1,
        'mbox_complex.mbox': 2,
        'mbox_multipart.mbox': 2,
        'mbox_iso8859_encoding.mbox': 1,
        'mbox_unixfrom_encoding.mbox': 1,
        'mbox_unknown_encoding.mbox': 1,
        'pipermail_2015_november.mbox': 4,
        'hyperkitty_2016_april.mbox': 3,
      };
      for (const [file, n] of Object.entries(counts)) {
        const { createFileSource } = await import('../input/byte-source.js');
        const bytes = await createFileSource(sharedData(`mime-samples/perceval-mbox/${file}`), file).readAll(
          1 << 24,
        );
        const r = await readFixture({ adapter: mboxAdapter }, bytes);
        expect(r.messages.length + r.skipped.length, file).toBe(n);
        expect(r.messages.length, file).toBe(n);
      }
    });
  },
);
