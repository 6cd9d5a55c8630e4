import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import fc from 'fast-check';
import { ingestPaths } from '../ingest/index.js';
import {
  createNameIndex,
  identityReport,
  loadDirectory,
  readCorrectionsFile,
  resolveIdentities,
  writeCorrectionsFile,
} from './index.js';
import { buildMail, buildMbox, tempStore, tempTree, testOptions } from '../../test/fixtures/ingest/make.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const DIRECTORY = [
  'id,name,department,position,manager_id,emails,phones,telegram,slack,sex',
  'p1,Иванова Мария Ивановна,Администрация,Глава,,ivanova@ozersk.ru;m.ivanova@mail.ru,+7 (912) 000-00-01,user1;@ivanova_m,,F',
  'p2,Петров Пётр Петрович,Отдел ЖКХ,Начальник отдела,p1,petrov@ozersk.ru,89120000002,user2,,M',
  'p3,Сидоров Юрий,Отдел ЖКХ,Специалист,p2,sidorov@ozersk.ru,,,,M',
  'p4,Сидорова Анна,Отдел ЖКХ,Специалист,p2,,,,,F',
].join('\n');

async function setup(files: Record<string, string | Buffer>) {
  const tree = tempTree(files);
  const db = await tempStore();
  cleanups.push(tree.cleanup, db.cleanup);
  return { dir: tree.dir, store: db.store };
}

describe('loadDirectory', () => {
  it('reads the demo CSV with BOM, multi-value cells and computes levels', async () => {
    const { dir } = await setup({ 'staff.csv': '\uFEFF' + DIRECTORY + '\n' });
    const d = await loadDirectory(join(dir, 'staff.csv'));
    expect(d.people.map((p) => [p.id, p.level])).toEqual([
      ['p1', 0],
      ['p2', 1],
      ['p3', 2],
      ['p4', 2],
    ]);
    expect(d.people[0]).toMatchObject({
      name: 'Иванова Мария Ивановна',
      department: 'Администрация',
      kind: 'staff',
      sex: 'F',
    });
    const ids = d.links.filter((l) => l.personId === 'p1').map((l) => l.identifier);
    expect(ids).toEqual([
      'email:ivanova@ozersk.ru',
      'email:m.ivanova@mail.ru',
      'phone:+79120000001',
      'telegram:user1',
      'telegram:ivanova_m',
    ]);
    expect(d.links).toContainEqual({ identifier: 'phone:+79120000002', personId: 'p2', method: 'directory' });
  });

  it('accepts Russian headers and semicolon-delimited files', async () => {
    const ru =
      'Табельный номер;ФИО;Подразделение;Должность;Руководитель;Почта\n7;Кузнецова Ольга;Финансы;Экономист;;kuz@ozersk.ru\n';
    const { dir } = await setup({ 'staff.csv': ru });
    const d = await loadDirectory(join(dir, 'staff.csv'));
    expect(d.people[0]).toMatchObject({ id: '7', name: 'Кузнецова Ольга', department: 'Финансы', level: 0 });
    expect(d.links[0]?.identifier).toBe('email:kuz@ozersk.ru');
  });

  it('rejects a file without a name column', async () => {
    const { dir } = await setup({ 'staff.csv': 'a,b\n1,2\n' });
    await expect(loadDirectory(join(dir, 'staff.csv'))).rejects.toMatchObject({ code: 'INPUT' });
  });
});

describe('name matching across scripts', () => {
  const people = [
    { id: 'p1', name: 'Иванова Мария Ивановна', kind: 'staff' as const },
    { id: 'p3', name: 'Сидоров Юрий', kind: 'staff' as const },
    { id: 'p4', name: 'Сидорова Анна', kind: 'staff' as const },
    { id: 'p5', name: 'Щукин Иван', kind: 'staff' as const },
    { id: 'p6', name: 'Щукин Игорь', kind: 'staff' as const },
  ];
  const index = createNameIndex(people);
  it.each([
    ['Maria Ivanova', 'p1'],
    ['Ivanova Mariya', 'p1'],
    ['Иванова М.И.', 'p1'],
    ['M. Ivanova', 'p1'],
    ['Iurii Sidorov', 'p3'],
    ['Yuriy Sidorov', 'p3'],
    ['Shchukin Ivan', 'p5'],
    ['Schukin Igor', 'p6'],
  ])('%s → %s', (name, id) => expect(index.match(name)).toBe(id));
  it.each(['Щукин И.', 'Иванов Пётр', 'Anna'])('%s matches nobody (ambiguous or unknown)', (name) => {
    expect(index.match(name)).toBeUndefined();
  });
});

describe('resolveIdentities', () => {
  const mails = [
    buildMail({
      from: '"Ivanova Maria" <Ivanova+work@OZERSK.ru>',
      to: 'petrov@ozersk.ru, all-staff@ozersk.ru',
      subject: 'План',
      date: 'Mon, 6 Jan 2025 10:00:00 +0300',
      messageId: 'r1@x',
      body: 'текст',
    }),
    buildMail({
      from: 'Петров Пётр <p.petrov@gmail.com>',
      to: 'ivanova@ozersk.ru, partner@vendor.com',
      subject: 'Re: План',
      date: 'Mon, 6 Jan 2025 11:00:00 +0300',
      messageId: 'r2@x',
      inReplyTo: 'r1@x',
      body: 'ок',
    }),
    buildMail({
      from: 'noreply@portal.ozersk.ru',
      to: 'sidorov@ozersk.ru',
      subject: 'Уведомление',
      date: 'Mon, 6 Jan 2025 12:00:00 +0300',
      messageId: 'r3@x',
      body: 'авто',
    }),
  ];

  it('links directory addresses, plus-addressing, names, and marks lists, bots and externals', async () => {
    const { dir, store } = await setup({ 'staff.csv': DIRECTORY, 'box.mbox': buildMbox(mails) });
    await ingestPaths(store, [join(dir, 'box.mbox')], testOptions());
    const directory = await loadDirectory(join(dir, 'staff.csv'));
    const summary = await resolveIdentities(store, { directory });
    expect(summary.identifiers).toBe(7);
    const links = new Map((await store.listIdentities()).map((l) => [l.identifier, l]));
    expect(links.get('email:ivanova@ozersk.ru')).toMatchObject({ personId: 'p1', method: 'directory' });
    expect(links.get('email:p.petrov@gmail.com')).toMatchObject({ personId: 'p2', method: 'name-match' });
    const people = new Map((await store.listPeople()).map((p) => [p.id, p]));
    expect(people.get(links.get('email:all-staff@ozersk.ru')!.personId)?.kind).toBe('list');
    expect(people.get(links.get('email:noreply@portal.ozersk.ru')!.personId)?.kind).toBe('bot');
    expect(people.get(links.get('email:partner@vendor.com')!.personId)?.kind).toBe('external');
    expect(await store.listUnresolved()).toEqual([]);
    const ties = await store.aggregateTies();
    expect(ties).toContainEqual(expect.objectContaining({ source: 'p1', target: 'p2' }));
    expect(ties).toContainEqual(expect.objectContaining({ source: 'p2', target: 'p1' }));
  });

  it('is idempotent and honours an edited corrections file on the next run', async () => {
    const { dir, store } = await setup({ 'staff.csv': DIRECTORY, 'box.mbox': buildMbox(mails) });
    await ingestPaths(store, [join(dir, 'box.mbox')], testOptions());
    const directory = await loadDirectory(join(dir, 'staff.csv'));
    const first = await resolveIdentities(store, { directory });
    const again = await resolveIdentities(store, { directory });
    expect(again).toEqual(first);
    const report = await identityReport(store);
    expect(report.merges.map((r) => r.identifier)).toContain('email:p.petrov@gmail.com');
    expect(report.unresolved.map((r) => r.identifier)).toContain('email:partner@vendor.com');
    const file = join(dir, 'identities.csv');
    writeCorrectionsFile(file, report);
    expect(readCorrectionsFile(file)).toEqual([]);
    const edited = (await import('node:fs'))
      .readFileSync(file, 'utf8')
      .replace(/^(email:partner@vendor\.com),,/m, '$1,p3,')
      .replace(/^(email:p\.petrov@gmail\.com),,/m, '$1,,external');
    (await import('node:fs')).writeFileSync(file, edited);
    const corrections = readCorrectionsFile(file);
    expect(corrections).toHaveLength(2);
    await resolveIdentities(store, { directory, corrections });
    const links = new Map((await store.listIdentities()).map((l) => [l.identifier, l]));
    expect(links.get('email:partner@vendor.com')).toMatchObject({ personId: 'p3', method: 'alias-file' });
    expect(links.get('email:p.petrov@gmail.com')?.personId).toBe('ext:email:p.petrov@gmail.com');
  });

  it('name index answers the same whatever the order of the directory', () => {
    const names = [
      'Иванова Мария',
      'Петров Пётр',
      'Сидоров Юрий',
      'Сидорова Анна',
      'Щукин Иван',
      'Щукин Игорь',
    ];
    const queries = ['Maria Ivanova', 'P. Petrov', 'Sidorov Iurii', 'Щукин И.', 'Anna Sidorova'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }),
        (order) => {
          const index = createNameIndex(order.map((name) => ({ id: name, name, kind: 'staff' as const })));
          const base = createNameIndex(names.map((name) => ({ id: name, name, kind: 'staff' as const })));
          return queries.every((q) => index.match(q) === base.match(q));
        },
      ),
      { seed: 42, numRuns: 50 },
    );
  });
});
