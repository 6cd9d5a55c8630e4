import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Message } from '../shared/message.js';
import { openDuckDbStore, type Store } from '../store/index.js';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { analyzeWindows } from './window-analysis.js';

afterAll(cleanupTempDirs);

const PEOPLE = Array.from({ length: 12 }, (_, i) => `p${i}`);

function mail(key: string, from: string, to: string, ts: number, conversation?: string): Message {
  return {
    key,
    source: { file: 'x.mbox', offset: key.length },
    channel: conversation ? 'chat' : 'email',
    timestamp: ts,
    tzOffsetMinutes: 300,
    sender: { id: `email:${from}@x.ru` },
    recipients: [{ id: `email:${to}@x.ru`, role: 'to' }],
    attachmentCount: 0,
    attachmentBytes: 0,
    isAutomated: false,
    isForward: false,
    ...(conversation ? { conversation } : {}),
  };
}

/** A month of traffic: each person writes to the next two, and most write twice in one chat. */
function month(m: number): Message[] {
  const out: Message[] = [];
  PEOPLE.forEach((p, i) => {
    for (let d = 1; d <= 2; d++) {
      const ts = Date.UTC(2025, m, 3 + i, 10 + d);
      out.push(mail(`${m}-${p}-${d}`, p, PEOPLE[(i + d) % PEOPLE.length], ts));
      if (i < 8) out.push(mail(`${m}-${p}-c${d}`, p, PEOPLE[(i + 1) % 8], ts + 60_000, 'telegram:1'));
    }
  });
  return out;
}

let batchNo = 0;
async function add(store: Store, messages: Message[]): Promise<void> {
  const src = await store.openSource({ fingerprint: `f${++batchNo}`, path: 'x', format: 'mbox', bytes: 1 });
  await store.commitBatch(src.id, {
    messages,
    features: [],
    skipped: [],
    checkpoint: { position: 1, read: messages.length, skipped: 0 },
  });
}

async function run(store: Store): Promise<{ statuses: string[]; runIds: (number | null)[] }> {
  const statuses: string[] = [];
  const windows = await analyzeWindows(store, {
    period: 'month',
    onWindow: (w, s) => statuses.push(`${w.label} ${s}`),
  });
  return { statuses, runIds: windows.map((w) => w.runId) };
}

describe('analyzeWindows', () => {
  it('analyses each month once and then only what changed', async () => {
    const store = await openDuckDbStore(join(makeTempDir(), 'w.duckdb'));
    await store.upsertPeople(PEOPLE.map((id) => ({ id, name: id.toUpperCase(), kind: 'staff' as const })));
    await store.upsertIdentities(
      PEOPLE.map((id) => ({ identifier: `email:${id}@x.ru`, personId: id, method: 'd' })),
    );
    await add(store, [...month(2), ...month(3)]);

    const first = await run(store);
    expect(first.statuses).toEqual(['2025-03 analysed', '2025-04 analysed']);
    const again = await run(store);
    expect(again.statuses).toEqual(['2025-03 reused', '2025-04 reused']);
    expect(again.runIds).toEqual(first.runIds);

    // A new month: only it is analysed.
    await add(store, month(4));
    const more = await run(store);
    expect(more.statuses).toEqual(['2025-03 reused', '2025-04 reused', '2025-05 analysed']);
    expect(more.runIds.slice(0, 2)).toEqual(first.runIds);

    // A late message in March: March is analysed again, April and May are not.
    await add(store, [mail('late', 'p0', 'p5', Date.UTC(2025, 2, 28, 9))]);
    const late = await run(store);
    expect(late.statuses).toEqual(['2025-03 analysed', '2025-04 reused', '2025-05 reused']);
    expect(late.runIds[0]).not.toBe(first.runIds[0]);

    // Per-window runs are not "the latest analysis" the other commands read.
    expect(await store.latestAnalysis()).toBeNull();
    const windows = await analyzeWindows(store, { period: 'month' });
    expect(windows[1].conversations).toEqual([
      expect.objectContaining({ conversation: 'telegram:1', messages: 16 }),
    ]);
    expect(windows[1].activity.get('p0')).toEqual({ sent: 4, received: 4 });
    expect(windows[1].people.length).toBe(12);
    await store.close();
  });

  it('lists a thin window without analysing it', async () => {
    const store = await openDuckDbStore(join(makeTempDir(), 'w.duckdb'));
    await store.upsertPeople(PEOPLE.map((id) => ({ id, name: id.toUpperCase(), kind: 'staff' as const })));
    await store.upsertIdentities(
      PEOPLE.map((id) => ({ identifier: `email:${id}@x.ru`, personId: id, method: 'd' })),
    );
    await add(store, [mail('stray', 'p1', 'p2', Date.UTC(2025, 0, 5)), ...month(2), ...month(3)]);
    const windows = await analyzeWindows(store, { period: 'month' });
    expect(windows.map((w) => [w.window.label, w.thin, w.messages])).toEqual([
      ['2025-01', true, 1],
      ['2025-02', true, 0],
      ['2025-03', false, 40],
      ['2025-04', false, 40],
    ]);
    expect(windows[0].runId).toBeNull();
    await store.close();
  });
});
