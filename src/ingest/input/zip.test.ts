import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { ingestPaths } from '../index.js';
import { tempStore, tempTree, testOptions } from '../../../test/fixtures/ingest/make.js';
import { sampleMbox, sampleSlack, sampleTelegram } from '../../../test/fixtures/ingest/samples.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup() {
  const tree = tempTree({});
  const db = await tempStore();
  cleanups.push(tree.cleanup, db.cleanup);
  return { dir: tree.dir, store: db.store };
}

describe('.zip archives', () => {
  it('reads a zipped Slack export as one source and a zipped mbox + Telegram export by detection', async () => {
    const { dir, store } = await setup();
    const slack = Object.fromEntries(
      Object.entries(sampleSlack()).map(([k, v]) => [`export/${k}`, new Uint8Array(v)]),
    );
    writeFileSync(join(dir, 'slack.zip'), zipSync(slack));
    writeFileSync(
      join(dir, 'mix.zip'),
      zipSync({
        'mail/box.mbox': new Uint8Array(sampleMbox()),
        'tg/result.json': new Uint8Array(sampleTelegram()),
        'notes.bin': strToU8('\u0000\u0001'),
      }),
    );
    const s = await ingestPaths(store, [join(dir, 'slack.zip'), join(dir, 'mix.zip')], testOptions());
    expect(s.sources.map((x) => [x.format, x.read])).toEqual([
      ['slack', 3],
      ['mbox', 3],
      ['telegram', 3],
    ]);
    expect(s.sources[1]?.path).toMatch(/mix\.zip!\/mail\/box\.mbox$/);
  });

  it('stops an archive bomb (1000× expansion) with one clear error and goes on', async () => {
    const { dir, store } = await setup();
    writeFileSync(
      join(dir, 'bomb.zip'),
      zipSync({ 'a.csv': new Uint8Array(24 * 1024 * 1024) }, { level: 9 }),
    );
    writeFileSync(join(dir, 'box.mbox'), sampleMbox());
    const o = testOptions();
    const s = await ingestPaths(store, [join(dir, 'bomb.zip'), join(dir, 'box.mbox')], o);
    expect(o.diagnostics.countOf('archive-bomb')).toBe(1);
    expect(o.diagnostics.summary()[0]?.examples[0]).toMatch(
      /bomb\.zip@\d+: .*archive expands more than 200×/,
    );
    expect(s.added).toBe(3);
  });

  it('reports a damaged archive and goes on', async () => {
    const { dir, store } = await setup();
    const good = zipSync({ 'box.mbox': new Uint8Array(sampleMbox()) });
    writeFileSync(
      join(dir, 'broken.zip'),
      Buffer.concat([Buffer.from(good.subarray(0, 60)), Buffer.alloc(200, 0x33)]),
    );
    const o = testOptions();
    await ingestPaths(store, [join(dir, 'broken.zip')], o);
    expect(o.diagnostics.total).toBeGreaterThanOrEqual(1);
  });
});
