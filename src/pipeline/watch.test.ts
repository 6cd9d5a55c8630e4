import { appendFileSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../store/index.js';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { sampleMbox } from '../../test/fixtures/ingest/samples.js';
import { DropTracker, scanDropFolders } from './drop-folder.js';
import { watchWorkspace, type WatchEvent } from './watch.js';

const INTERVAL = 300;

async function storedMessages(ws: string): Promise<number> {
  const w = await openWorkspace(ws);
  try {
    return (await w.store.listMessages()).length;
  } finally {
    await w.close();
  }
}

function setup(): { ws: string; drop: string; events: WatchEvent[]; onEvent: (e: WatchEvent) => void } {
  const root = makeTempDir();
  const drop = join(root, 'incoming');
  mkdirSync(drop);
  const events: WatchEvent[] = [];
  return { ws: join(root, 'ws'), drop, events, onEvent: (e) => events.push(e) };
}

const kinds = (events: readonly WatchEvent[]) => events.map((e) => e.kind);

afterEach(cleanupTempDirs);

describe('drop-folder tracker', () => {
  it('offers a drop only after it stayed unchanged for one scan, and again only when it changes', () => {
    const { drop } = setup();
    const t = new DropTracker();
    writeFileSync(join(drop, 'a.mbox'), 'x');
    writeFileSync(join(drop, 'a.mbox.part'), 'ignored');
    expect(t.observe(scanDropFolders([drop]))).toEqual({ ready: [], settling: [join(drop, 'a.mbox')] });
    expect(t.observe(scanDropFolders([drop])).ready).toEqual([join(drop, 'a.mbox')]);
    t.take([join(drop, 'a.mbox')]);
    expect(t.observe(scanDropFolders([drop]))).toEqual({ ready: [], settling: [] });
    appendFileSync(join(drop, 'a.mbox'), 'yz');
    expect(t.observe(scanDropFolders([drop])).settling).toEqual([join(drop, 'a.mbox')]);
  });
});

describe('watchWorkspace', () => {
  it('reads a dropped export once, analyses it and reports the affected window', async () => {
    const { ws, drop, events, onEvent } = setup();
    writeFileSync(join(drop, 'mail.mbox'), sampleMbox());
    const r = await watchWorkspace(ws, { folders: [drop], intervalMs: INTERVAL, once: true, onEvent });
    expect(r).toMatchObject({ passes: 1, added: 3, analyses: 1 });
    expect(kinds(events)).toEqual(['ingested', 'analysed']);
    const analysed = events[1] as Extract<WatchEvent, { kind: 'analysed' }>;
    expect(analysed.window).toEqual({ from: Date.UTC(2025, 0, 6, 7), to: Date.UTC(2025, 0, 7, 6) });
    expect(analysed.windows).toEqual({ analysed: ['2025-01'], reused: 0 });
    expect(await storedMessages(ws)).toBe(3);

    // The same export dropped again (a new copy, a new name): read, nothing added, no analysis.
    events.length = 0;
    copyFileSync(join(drop, 'mail.mbox'), join(drop, 'mail-again.mbox'));
    const again = await watchWorkspace(ws, { folders: [drop], intervalMs: INTERVAL, once: true, onEvent });
    expect(again).toMatchObject({ added: 0, analyses: 0 });
    expect(kinds(events)).toEqual(['ingested']);
    expect(await storedMessages(ws)).toBe(3);
  });

  it('does not read a file that is still being written', async () => {
    const { ws, drop, events, onEvent } = setup();
    const file = join(drop, 'slow.mbox');
    const full = sampleMbox();
    const half = Math.floor(full.length / 2);
    writeFileSync(file, full.subarray(0, half));
    // The writer finishes during the first interval: the pass sees a changed file and waits.
    const writer = setTimeout(() => appendFileSync(file, full.subarray(half)), INTERVAL / 2);
    const first = await watchWorkspace(ws, { folders: [drop], intervalMs: INTERVAL, once: true, onEvent });
    clearTimeout(writer);
    expect(first.added).toBe(0);
    expect(kinds(events)).toEqual(['settling']);
    const second = await watchWorkspace(ws, { folders: [drop], intervalMs: INTERVAL, once: true, onEvent });
    expect(second).toMatchObject({ added: 3, analyses: 1 });
    expect(await storedMessages(ws)).toBe(3);
  });

  it('keeps polling until stopped, picking up drops as they arrive', async () => {
    const { ws, drop, events } = setup();
    const stop = new AbortController();
    const running = watchWorkspace(ws, {
      folders: [drop],
      intervalMs: 150,
      signal: stop.signal,
      onEvent: (e) => {
        events.push(e);
        if (e.kind === 'analysed') stop.abort();
      },
    });
    await new Promise((r) => setTimeout(r, 400));
    writeFileSync(join(drop, 'late.mbox'), sampleMbox());
    const r = await running;
    expect(r.added).toBe(3);
    expect(r.analyses).toBe(1);
    expect(r.passes).toBeGreaterThan(2);
  });
});
