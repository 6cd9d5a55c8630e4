/**
 * Jobs with the real workspace runner (pipeline stage): an analysis job purges opted-out people
 * first and the API serves the new run without them; an ingest job reads files and drops an
 * opted-out sender's messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspaceJobRunner } from '../../src/server/index.js';
import { createHarness, leaks, type Harness } from './server-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({
    people: 30,
    privacy: { optOut: ['p00003'] },
    server: { jobRunner: (s) => createWorkspaceJobRunner(() => s.workspace) },
  });
});
afterAll(() => h.close());

async function runJob(kind: 'analyze' | 'ingest', payload: unknown) {
  const who = kind === 'ingest' ? 'admin' : 'analyst';
  const start = await h.as(who, { method: 'POST', url: `/api/jobs/${kind}`, payload: payload as object });
  expect(start.statusCode).toBe(202);
  await h.app.sociogram.jobs.idle();
  return (await h.as(who, { method: 'GET', url: `/api/jobs/${start.json<{ id: string }>().id}` })).json<{
    status: string;
    result: unknown;
    error: unknown;
  }>();
}

function eml(from: string, id: string): string {
  return [
    `From: ${from}`,
    'To: user9@ozersk.test',
    `Message-ID: <${id}@ozersk.test>`,
    'Date: Mon, 5 Jan 2026 10:00:00 +0300',
    'Subject: test',
    '',
    'text',
    '',
  ].join('\r\n');
}

describe('jobs with the workspace runner', () => {
  it('rejects bad analysis params, then purges opted-out people, analyses and serves the new run', async () => {
    expect(await runJob('analyze', { params: { seed: 'x' } })).toMatchObject({
      status: 'failed',
      error: { code: 'INPUT' },
    });
    expect(await runJob('analyze', { params: { seed: 7 } })).toMatchObject({
      status: 'done',
      result: { runId: 2 },
    });
    expect((await h.t.workspace.store.listPeople()).map((p) => p.id)).not.toContain('p00003');
    const leaders = await h.as('analyst', { method: 'GET', url: '/api/leaders?limit=1000' });
    expect(leaders.json()).toMatchObject({ run: { id: 2 } });
    expect(leaks(leaders.body, h.t)).toEqual([]);
    expect(leaders.body).not.toContain(h.app.sociogram.policy().pseudonym('p00003'));
  });

  it('ingests files and drops an opted-out sender at ingest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sociogram-ingest-'));
    writeFileSync(join(dir, 'a.eml'), eml('user4@ozersk.test', 'kept-1'));
    writeFileSync(join(dir, 'b.eml'), eml('user8@ozersk.test', 'kept-2'));
    await h.as('admin', {
      method: 'PUT',
      url: '/api/privacy/settings',
      payload: { optOut: ['p00003', 'user8@ozersk.test'] },
    });
    const before = (await h.t.workspace.store.status()).messagesByChannel.reduce((n, c) => n + c.messages, 0);
    const job = await runJob('ingest', { paths: [dir] });
    expect(job, JSON.stringify(job)).toMatchObject({ status: 'done' });
    const after = (await h.t.workspace.store.status()).messagesByChannel.reduce((n, c) => n + c.messages, 0);
    expect(after - before).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
