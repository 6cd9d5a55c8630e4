import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors.js';
import { InputError } from '../../shared/errors.js';
import type { Store } from '../../store/index.js';
import {
  DOVECOT_SKIP_REASON,
  HAS_DOVECOT,
  connectTestClient,
  startDovecot,
  type TestImapServer,
} from '../../test-helpers/dovecot.js';
import { buildMail, encodedWord, tempStore, testOptions } from '../../../test/fixtures/ingest/make.js';
import { parseImapUrl } from './imap-account.js';
import { ingestImap } from './imap-ingest.js';

const RU_SUBJECT = 'Отчёт по кварталу';
const RU_BODY = 'Коллеги, проверьте цифры до пятницы.';

function mail(i: number, tag: string): Buffer {
  return buildMail({
    from: `${encodedWord('Иванова Мария')} <ivanova@ozersk.ru>`,
    to: i % 2 ? 'petrov@ozersk.ru' : 'sidorov@ozersk.ru',
    subject: encodedWord(`${RU_SUBJECT} ${tag}-${i}`, i % 3 ? 'utf-8' : 'koi8-r'),
    date: `Mon, ${1 + (i % 27)} Jan 2025 10:00:00 +0300`,
    messageId: `${tag}-${i}@ozersk.ru`,
    body: `${RU_BODY} (${i})`,
    charset: i % 2 ? 'windows-1251' : 'utf-8',
    encoding: i % 2 ? 'quoted-printable' : 'base64',
  });
}

describe.skipIf(!HAS_DOVECOT)(
  `IMAP source against a real Dovecot (${HAS_DOVECOT ? 'dovecot' : DOVECOT_SKIP_REASON})`,
  () => {
    let server: TestImapServer;
    let client: ImapFlow;

    beforeAll(async () => {
      server = await startDovecot();
      client = await connectTestClient(server);
    });

    afterAll(async () => {
      await client?.logout().catch(() => undefined);
      await server?.stop();
    });

    const account = (mailboxes: string, extra = '') =>
      parseImapUrl(
        `imap://${server.user}@${server.host}:${server.port}/?tls=false&mailboxes=${mailboxes}&batch=25${extra}`,
        server.password,
      );

    async function seed(mailbox: string, mails: readonly Buffer[]): Promise<void> {
      if (!(await client.list()).some((b) => b.path === mailbox)) await client.mailboxCreate(mailbox);
      for (const m of mails) await client.append(mailbox, m);
    }

    const messageCount = async (store: Store) => (await store.listMessages()).length;

    it('reads everything first, then only what arrived since, never a message twice', async () => {
      await seed(
        'Work',
        Array.from({ length: 120 }, (_, i) => mail(i, 'w')),
      );
      await seed(
        'Sent',
        Array.from({ length: 30 }, (_, i) => mail(i, 's')),
      );
      const db = await tempStore();
      try {
        const t0 = Date.now();
        const first = await ingestImap(db.store, account('Work,Sent'), testOptions({ batchSize: 40 }));
        const ms = Date.now() - t0;
        expect(first).toMatchObject({ read: 150, added: 150, duplicates: 0, skipped: 0 });
        expect(first.sources.map((s) => s.path)).toEqual([
          expect.stringMatching(/\/Work;UIDVALIDITY=\d+$/),
          expect.stringMatching(/\/Sent;UIDVALIDITY=\d+$/),
        ]);
        await seed(
          'Work',
          Array.from({ length: 7 }, (_, i) => mail(200 + i, 'w')),
        );
        const second = await ingestImap(db.store, account('Work,Sent'), testOptions({ batchSize: 40 }));
        expect(second).toMatchObject({ read: 7, added: 7, duplicates: 0 });
        const third = await ingestImap(db.store, account('Work,Sent'), testOptions());
        expect(third).toMatchObject({ read: 0, added: 0, duplicates: 0 });
        expect(await messageCount(db.store)).toBe(157);
        console.info(`imap: 150 messages in ${ms} ms, then 7 new, then none`);
      } finally {
        await db.cleanup();
      }
    });

    it('keeps Cyrillic subjects and bodies in every charset', async () => {
      await seed('Ru', [mail(1, 'ru'), mail(3, 'ru')]);
      const db = await tempStore();
      try {
        await ingestImap(db.store, account('Ru'), testOptions());
        const msgs = await db.store.listMessages();
        expect(msgs.map((m) => m.subject).sort()).toEqual([`${RU_SUBJECT} ru-1`, `${RU_SUBJECT} ru-3`]);
        for (const m of msgs) expect(m.text).toContain(RU_BODY);
        expect(msgs[0].senderName).toBe('Иванова Мария');
        expect(msgs[0].position).toMatch(/\/Ru;UIDVALIDITY=\d+#\d+$/);
      } finally {
        await db.cleanup();
      }
    });

    it('resumes after a run that died mid-mailbox without losing or doubling messages', async () => {
      await seed(
        'Crash',
        Array.from({ length: 60 }, (_, i) => mail(i, 'c')),
      );
      const db = await tempStore();
      try {
        // The store fails on the second commit: the first batch (20) is kept with its checkpoint.
        let commits = 0;
        const failing: Store = Object.create(db.store) as Store;
        failing.commitBatch = (id, batch) => {
          if (++commits === 2) return Promise.reject(new Error('disk full'));
          return db.store.commitBatch(id, batch);
        };
        await expect(ingestImap(failing, account('Crash'), testOptions({ batchSize: 20 }))).rejects.toThrow(
          'disk full',
        );
        expect(await messageCount(db.store)).toBe(20);
        // A graceful stop while the next run commits its first batch: what was read by then (the
        // batch, and what was parsed while it committed) is committed, the mailbox stays open.
        const stop = new AbortController();
        const stopping: Store = Object.create(db.store) as Store;
        stopping.commitBatch = (id, batch) => {
          stop.abort();
          return db.store.commitBatch(id, batch);
        };
        const partial = await ingestImap(
          stopping,
          account('Crash'),
          testOptions({ batchSize: 20, signal: stop.signal }),
        );
        expect(partial.added).toBe(partial.read);
        expect(partial.duplicates).toBe(0);
        expect(partial.read).toBeGreaterThanOrEqual(20);
        expect(partial.read).toBeLessThan(40);
        const rest = await ingestImap(db.store, account('Crash'), testOptions({ batchSize: 20 }));
        const left = 40 - partial.read;
        expect(rest).toMatchObject({ read: left, added: left, duplicates: 0 });
        expect(await messageCount(db.store)).toBe(60);
      } finally {
        await db.cleanup();
      }
    });

    it('re-reads a mailbox whose UIDVALIDITY changed, skipping what is already stored', async () => {
      const mails = Array.from({ length: 10 }, (_, i) => mail(i, 'uv'));
      await seed('Rebuilt', mails);
      const db = await tempStore();
      try {
        const before = (await client.status('Rebuilt', { uidValidity: true })) as { uidValidity: bigint };
        await ingestImap(db.store, account('Rebuilt'), testOptions());
        await client.mailboxDelete('Rebuilt');
        await seed('Rebuilt', [...mails, mail(99, 'uv')]);
        const after = (await client.status('Rebuilt', { uidValidity: true })) as { uidValidity: bigint };
        expect(after.uidValidity).not.toBe(before.uidValidity);
        const s = await ingestImap(db.store, account('Rebuilt'), testOptions());
        expect(s).toMatchObject({ read: 11, added: 1, duplicates: 10 });
        expect(await messageCount(db.store)).toBe(11);
      } finally {
        await db.cleanup();
      }
    });

    it('counts and skips a malformed message, naming the mailbox and UID', async () => {
      await seed('Broken', [
        mail(1, 'b'),
        Buffer.from('this is not a mail message at all\r\n'),
        mail(2, 'b'),
      ]);
      const db = await tempStore();
      try {
        const opts = testOptions();
        const s = await ingestImap(db.store, account('Broken'), opts);
        expect(s).toMatchObject({ read: 2, added: 2, skipped: 1 });
        const [diag] = opts.diagnostics.summary();
        expect(diag.count).toBe(1);
        expect(diag.examples[0]).toMatch(/^imap:\/\/alice@127\.0\.0\.1:\d+\/Broken;UIDVALIDITY=\d+#2: /);
      } finally {
        await db.cleanup();
      }
    });

    it('reports a missing mailbox and reads the others; default is INBOX plus \\Sent', async () => {
      await seed('INBOX', [mail(1, 'in')]);
      const db = await tempStore();
      try {
        const opts = testOptions();
        const s = await ingestImap(db.store, account('INBOX,Nope'), opts);
        expect(s.added).toBe(1);
        expect(opts.diagnostics.countOf('imap-mailbox-missing')).toBe(1);
        const d = await ingestImap(
          db.store,
          parseImapUrl(`imap://${server.user}@${server.host}:${server.port}/?tls=false`, server.password),
          testOptions(),
        );
        expect(d.sources.map((x) => x.path.replace(/;.*/, '').replace(/^.*\//, ''))).toEqual([
          'INBOX',
          'Sent',
        ]);
      } finally {
        await db.cleanup();
      }
    });

    it('fails with typed errors for a wrong password and a closed port', async () => {
      const db = await tempStore();
      try {
        const wrong = parseImapUrl(`imap://${server.user}@${server.host}:${server.port}/?tls=false`, 'wrong');
        const err = await ingestImap(db.store, wrong, testOptions()).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(InputError);
        expect((err as AppError).code).toBe('IMAP_AUTH');
        expect((err as Error).message).toContain(`127.0.0.1:${server.port}`);
        const closed = parseImapUrl(`imap://${server.user}@127.0.0.1:1/?tls=false`, 'x');
        const err2 = await ingestImap(db.store, closed, testOptions()).catch((e: unknown) => e);
        expect(err2).toBeInstanceOf(InputError);
        expect((err2 as AppError).code).toBe('IMAP_CONNECT');
      } finally {
        await db.cleanup();
      }
    });
  },
);
