import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { ingestPaths } from './index.js';
import {
  buildMail,
  buildMbox,
  encodedWord,
  tempStore,
  tempTree,
  testOptions,
} from '../../test/fixtures/ingest/make.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(files: Record<string, string | Buffer>) {
  const tree = tempTree(files);
  const db = await tempStore();
  cleanups.push(tree.cleanup, db.cleanup);
  return { dir: tree.dir, store: db.store };
}

const mails = [
  buildMail({
    from: `${encodedWord('Иванова Мария', 'utf-8')} <M.Ivanova+news@Ozersk.ru>`,
    to: 'petrov@ozersk.ru, "Сидоров, Пётр" <sidorov@ozersk.ru>',
    subject: encodedWord('Совещание в пятницу', 'koi8-r'),
    date: 'Mon, 6 Jan 2025 10:00:00 +0300',
    messageId: 'a1@ozersk.ru',
    body: 'Коллеги, совещание переносится на пятницу.\nFrom the mayor: будьте вовремя.',
    charset: 'windows-1251',
    encoding: 'quoted-printable',
  }),
  buildMail({
    from: 'petrov@ozersk.ru',
    to: 'm.ivanova@ozersk.ru',
    subject: 'Re: Совещание',
    date: 'Mon, 6 Jan 2025 11:00:00 +0300',
    messageId: 'a2@ozersk.ru',
    inReplyTo: 'a1@ozersk.ru',
    body: 'Буду обязательно.\n\n-----Original Message-----\nFrom: Иванова\nSent: Monday\n> старый текст',
    charset: 'koi8-r',
    encoding: 'base64',
  }),
  buildMail({
    from: 'sidorov@ozersk.ru',
    to: 'petrov@ozersk.ru',
    subject: 'Письмо без метки кодировки',
    date: 'Tue, 7 Jan 2025 09:00:00 +0300',
    body: 'Привет, это текст в кодировке КОИ-8 без объявления кодировки',
    charset: 'koi8-r',
    declaredCharset: null,
  }),
];

describe('ingestPaths: mbox', () => {
  it('reads Russian mail in several charsets and encodings with thread links', async () => {
    const { dir, store } = await setup({ 'box.mbox': buildMbox(mails) });
    const o = testOptions();
    const s = await ingestPaths(store, [join(dir, 'box.mbox')], o);
    expect(s).toMatchObject({ read: 3, added: 3, duplicates: 0, skipped: 0 });
    expect(s.sources[0]?.format).toBe('mbox');
    const msgs = await store.listMessages();
    const first = msgs.find((m) => m.key === 'a1@ozersk.ru');
    expect(first?.sender).toBe('email:m.ivanova@ozersk.ru');
    expect(first?.senderName).toBe('Иванова Мария');
    expect(first?.subject).toBe('Совещание в пятницу');
    expect(first?.text).toContain('совещание переносится');
    expect(first?.text).toContain('From the mayor');
    expect(first?.recipients.map((r) => r.id).sort()).toEqual([
      'email:petrov@ozersk.ru',
      'email:sidorov@ozersk.ru',
    ]);
    const reply = msgs.find((m) => m.key === 'a2@ozersk.ru');
    expect(reply?.inReplyTo).toBe('a1@ozersk.ru');
    expect(reply?.text).toBe('Буду обязательно.');
    const undeclared = msgs.find((m) => m.sender === 'email:sidorov@ozersk.ru');
    expect(undeclared?.key).toMatch(/^h:/);
    expect(undeclared?.text).toContain('Привет, это текст');
  });

  it('adds nothing twice: same file again, a renamed copy, an overlapping export', async () => {
    const box = buildMbox(mails);
    const { dir, store } = await setup({
      'a.mbox': box,
      'copy.mbox': box,
      'overlap.mbox': buildMbox([mails[1], mails[2]]),
    });
    const first = await ingestPaths(store, [join(dir, 'a.mbox')], testOptions());
    expect(first.added).toBe(3);
    const again = await ingestPaths(store, [join(dir, 'a.mbox'), join(dir, 'copy.mbox')], testOptions());
    expect(again.added).toBe(0);
    expect(again.sources.every((x) => x.alreadyIngested)).toBe(true);
    const overlap = await ingestPaths(store, [join(dir, 'overlap.mbox')], testOptions());
    expect(overlap).toMatchObject({ read: 2, added: 0, duplicates: 2 });
    expect((await store.listMessages()).length).toBe(3);
  });

  it('drops opted-out senders and recipients, and text when not retained', async () => {
    const { dir, store } = await setup({ 'box.mbox': buildMbox(mails) });
    const o = testOptions({
      retainText: false,
      optOut: (id) => id === 'email:sidorov@ozersk.ru',
      extractFeatures: (m) => ({
        lang: 'ru',
        tokenCount: (m.text ?? '').split(/\s+/).length,
        topics: {},
        sentiment: 0,
        stance: {},
      }),
    });
    const s = await ingestPaths(store, [join(dir, 'box.mbox')], o);
    expect(s).toMatchObject({ read: 2, added: 2, skipped: 1, skippedByReason: { 'opted-out': 1 } });
    const msgs = await store.listMessages();
    expect(msgs.every((m) => m.text === null)).toBe(true);
    expect(msgs.flatMap((m) => m.recipients.map((r) => r.id))).not.toContain('email:sidorov@ozersk.ru');
  });
});

describe('ingestPaths: CSV event log', () => {
  const mapping = {
    timestamp: 'timestamp',
    id: 'event_id',
    sender: 'user',
    recipients: 'recipients',
    recipientSeparator: ';',
    subject: 'subject',
    channel: 'channel',
    attachments: 'attachments',
    size: 'size',
  };
  const csv = [
    'timestamp,event_id,user,channel,action,recipients,subject,attachments,size',
    '2025-01-06T10:00:00Z,e1,ivanova@ozersk.ru,email,send,petrov@ozersk.ru;sidorov@ozersk.ru,"Отчёт, квартал",2,1024',
    '2025-01-06T10:05:00Z,e2,petrov@ozersk.ru,telegram,send,ivanova@ozersk.ru,Ответ,0,0',
    'not,enough,columns',
    '2025-13-45T10:05:00Z,e3,petrov@ozersk.ru,email,send,ivanova@ozersk.ru,Плохая дата,0,0',
  ].join('\n');

  it('maps columns, splits recipients and reports bad rows with their record numbers', async () => {
    const { dir, store } = await setup({ 'dlp.csv': '\uFEFF' + csv + '\n' });
    const o = testOptions({
      csvMapping: { ...mapping, defaultChannel: 'dlp-event', identifierKind: 'user' },
    });
    const s = await ingestPaths(store, [join(dir, 'dlp.csv')], o);
    expect(s).toMatchObject({ read: 2, added: 2, skipped: 2 });
    expect(s.skippedByReason).toEqual({ 'wrong-column-count': 1, 'invalid-date': 1 });
    expect(o.diagnostics.summary().find((d) => d.reason === 'wrong-column-count')?.examples[0]).toMatch(
      /dlp\.csv#3:/,
    );
    const msgs = await store.listMessages();
    expect(msgs.map((m) => m.key)).toEqual(['event:e1', 'event:e2']);
    expect(msgs[0]).toMatchObject({
      channel: 'email',
      subject: 'Отчёт, квартал',
      attachmentCount: 2,
      attachmentBytes: 1024,
    });
    expect(msgs[0]?.recipients).toHaveLength(2);
    expect(msgs[1]?.channel).toBe('chat');
  });

  it('skips a file whose columns do not fit the mapping, naming them, and reads the others', async () => {
    const { dir, store } = await setup({ 'dlp.csv': csv, 'box.mbox': buildMbox(mails) });
    const o = testOptions({
      csvMapping: { ...mapping, sender: 'login', defaultChannel: 'dlp-event', identifierKind: 'user' },
    });
    const s = await ingestPaths(store, [join(dir, 'dlp.csv'), join(dir, 'box.mbox')], o);
    expect(s.skippedByReason).toEqual({ 'mapping-mismatch': 1 });
    expect(o.diagnostics.summary()[0]?.examples[0]).toMatch(
      /sender → "login".*the file has: timestamp, event_id, user/,
    );
    expect(s.added).toBe(3);
  });
});

describe('ingestPaths: Telegram', () => {
  const chat = (id: number, type: string, messages: unknown[]) => ({ name: 'Отдел', type, id, messages });
  const msgs = [
    {
      id: 1,
      type: 'service',
      date: '2025-01-06T10:00:00',
      date_unixtime: '1736157600',
      actor: 'Иванова Мария',
      actor_id: 'user1',
      action: 'invite_members',
      members: ['Петров Пётр'],
      text: '',
    },
    {
      id: 2,
      type: 'message',
      date: '2025-01-06T10:01:00',
      date_unixtime: '1736157660',
      from: 'Иванова Мария',
      from_id: 'user1',
      text: 'Всем привет! @petrov_p',
      text_entities: [
        { type: 'plain', text: 'Всем привет! ' },
        { type: 'mention', text: '@petrov_p' },
      ],
    },
    {
      id: 3,
      type: 'message',
      date: '2025-01-06T10:02:00',
      date_unixtime: '1736157720',
      from: 'Петров Пётр',
      from_id: 'user2',
      reply_to_message_id: 2,
      text: ['Привет, ', { type: 'bold', text: 'коллеги' }],
    },
    {
      id: 4,
      type: 'message',
      date: '2025-01-06T10:03:00',
      date_unixtime: '1736157780',
      from: 'Сидоров',
      from_id: 'user3',
      forwarded_from: 'Глава города',
      text: 'Важное объявление',
    },
  ];

  it('reads a full-account export: replies, mentions, forwards, service messages, audience', async () => {
    const doc = {
      personal_information: { user_id: 1 },
      chats: { about: '', list: [chat(100, 'private_group', msgs)] },
    };
    const { dir, store } = await setup({ 'result.json': JSON.stringify(doc) });
    const s = await ingestPaths(store, [join(dir, 'result.json')], testOptions());
    expect(s).toMatchObject({ read: 4, added: 4 });
    expect(s.sources[0]?.format).toBe('telegram');
    const stored = await store.listMessages();
    const reply = stored.find((m) => m.key === 'telegram:100:3');
    expect(reply?.inReplyTo).toBe('telegram:100:2');
    expect(reply?.text).toBe('Привет, коллеги');
    expect(reply?.recipients).toContainEqual({ id: 'telegram:user1', role: 'reply', name: null });
    expect(
      reply?.recipients
        .filter((r) => r.role === 'member')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['name:петров петр', 'telegram:user1', 'telegram:user3']);
    const hello = stored.find((m) => m.key === 'telegram:100:2');
    expect(hello?.recipients).toContainEqual({ id: 'telegram:petrov_p', role: 'mention', name: null });
    const fwd = stored.find((m) => m.key === 'telegram:100:4');
    expect(fwd).toMatchObject({ isForward: true, forwardedFrom: 'name:глава города' });
    expect(stored.find((m) => m.key === 'telegram:100:1')?.isAutomated).toBe(true);
  });

  it('reads a single-chat export and reports broken messages without stopping', async () => {
    const doc = chat(7, 'private_supergroup', [
      ...msgs.slice(1),
      { id: 9, type: 'message', text: 'нет автора', date_unixtime: '1736157780' },
      'garbage',
    ]);
    const { dir, store } = await setup({ 'chat.json': JSON.stringify(doc) });
    const s = await ingestPaths(store, [join(dir, 'chat.json')], testOptions());
    expect(s).toMatchObject({ read: 3, added: 3, skipped: 2 });
    expect(s.skippedByReason).toEqual({ 'missing-sender': 1, 'invalid-message': 1 });
  });

  it('reports invalid JSON with its byte offset and goes on with the next source', async () => {
    const { dir, store } = await setup({
      'a.json': '{"name": "x", "type": "private_group", "id": 1, "messages": [ {"id": 1,, ]}',
      'b.mbox': buildMbox(mails),
    });
    writeFileSync(join(dir, 'a.json'), '{"name":"x","type":"private_group","id":1,"messages":[{"id":1,,]}');
    const o = testOptions({ format: 'auto' });
    const s = await ingestPaths(
      store,
      [join(dir, 'a.json'), join(dir, 'b.mbox')],
      testOptions({ diagnostics: o.diagnostics }),
    );
    expect(s.skippedByReason).toEqual({ 'invalid-json': 1 });
    expect(s.added).toBe(3);
  });
});
