/**
 * Purge tests: opt-out purge and retention, verified by reopening the database file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestWorkspace, type TestWorkspace } from '../../test/e2e/server-fixture.js';
import { openWorkspace } from '../store/index.js';
import { createPrivacyPolicy } from './policy.js';
import { applyPrivacyPurges, purgeOptedOutAndCompact } from './purge.js';

let t: TestWorkspace | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function reopenAndDump(dir: string) {
  const ws = await openWorkspace(dir);
  try {
    const run = (await ws.store.latestAnalysis())!;
    const dump = JSON.stringify({
      people: await ws.store.listPeople(),
      ids: await ws.store.listIdentities(),
      unresolved: await ws.store.listUnresolved(),
      persons: await ws.store.analysisRows(run.id, 'person'),
      groups: await ws.store.analysisRows(run.id, 'community'),
      edges: await ws.store.analysisRows(run.id, 'edge'),
      ties: await ws.store.aggregateTies(),
      status: await ws.store.status(),
    });
    return dump;
  } finally {
    await ws.close();
  }
}

describe('purgeOptedOut', () => {
  it('removes every trace of an opted-out person from the database file', async () => {
    t = await createTestWorkspace({ people: 30, privacy: { optOut: ['user4@ozersk.test'] } });
    const { dir } = t.workspace;
    const before = readFileSync(join(dir, 'sociogram.duckdb'));
    expect(before.includes('user4@ozersk.test') || (await t.workspace.store.listPeople()).length === 30).toBe(
      true,
    );
    const policy = createPrivacyPolicy(t.workspace);
    const result = await purgeOptedOutAndCompact(t.workspace.store, policy);
    expect(result.people).toBe(1);
    expect(result.messages).toBeGreaterThan(0);
    expect(result.recipients).toBeGreaterThan(0);
    await t.workspace.close();
    const dump = await reopenAndDump(dir);
    const leaked = ['p00004', 'user4@ozersk.test', 'tg_user4"', t.people[3].name].filter((raw) =>
      dump.includes(raw),
    );
    expect(leaked).toEqual([]);
    expect(dump.includes('p00005')).toBe(true);
    const file = readFileSync(join(dir, 'sociogram.duckdb')).toString('utf8');
    expect(file.includes('user4@ozersk.test')).toBe(false);
    t = { ...t, close: () => Promise.resolve() };
  });
});

describe('retention', () => {
  it('clears text when retainText is off and drops messages older than retentionDays', async () => {
    t = await createTestWorkspace({
      people: 20,
      messages: 100,
      privacy: { retainText: false, retentionDays: 30 },
    });
    const policy = createPrivacyPolicy(t.workspace);
    const now = Date.UTC(2026, 0, 1) + 60 * 86_400_000 + 50 * 3_600_000;
    const r = await applyPrivacyPurges(t.workspace.store, policy, now);
    expect(r.retention.textCleared).toBe(100);
    // messages are hourly from 2026-01-01: those before now − 30 days are gone
    expect(r.retention.expired).toBe(100);
    const status = await t.workspace.store.status();
    expect(status.messagesByChannel).toEqual([]);
    const run = (await t.workspace.store.latestAnalysis())!;
    expect((await t.workspace.store.analysisRows(run.id, 'person')).length).toBe(20);
    await t.workspace.store.compact();
    const file = readFileSync(join(t.workspace.dir, 'sociogram.duckdb')).toString('utf8');
    expect(file.includes('направляю отчёт')).toBe(false);
  });

  it('keeps recent messages', async () => {
    t = await createTestWorkspace({ people: 20, messages: 100, privacy: { retentionDays: 1 } });
    const now = Date.UTC(2026, 0, 1) + 100 * 3_600_000;
    const r = await applyPrivacyPurges(t.workspace.store, createPrivacyPolicy(t.workspace), now);
    expect(r.retention.textCleared).toBe(0);
    expect(r.retention.expired).toBe(76);
    expect((await t.workspace.store.status()).messagesByChannel[0].messages).toBe(24);
  });
});
