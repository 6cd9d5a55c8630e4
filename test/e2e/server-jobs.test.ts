/**
 * Jobs with the real workspace runner: an analysis job purges opted-out people first, runs the
 * analysis stage, and the API serves the new run without the person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceJobRunner } from '../../src/server/index.js';
import { createHarness, leaks, type Harness } from './server-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({
    people: 30,
    privacy: { optOut: ['p00003'] },
    server: { jobRunner: (s) => createWorkspaceJobRunner(s.workspace.store, () => s.policy()) },
  });
});
afterAll(() => h.close());

describe('analysis job', () => {
  it('purges opted-out people, analyses, and serves the new run', async () => {
    const bad = await h.as('analyst', {
      method: 'POST',
      url: '/api/jobs/analyze',
      payload: { params: { seed: 'x' } },
    });
    await h.app.sociogram.jobs.idle();
    const failed = await h.as('analyst', {
      method: 'GET',
      url: `/api/jobs/${bad.json<{ id: string }>().id}`,
    });
    expect(failed.json()).toMatchObject({ status: 'failed', error: { code: 'INPUT' } });

    const start = await h.as('analyst', {
      method: 'POST',
      url: '/api/jobs/analyze',
      payload: { params: { seed: 7 } },
    });
    await h.app.sociogram.jobs.idle();
    const job = await h.as('analyst', { method: 'GET', url: `/api/jobs/${start.json<{ id: string }>().id}` });
    expect(job.json()).toMatchObject({
      status: 'done',
      result: { runId: 2, purged: { optOut: { people: 1 } } },
    });
    expect((await h.t.workspace.store.listPeople()).map((p) => p.id)).not.toContain('p00003');
    const leaders = await h.as('analyst', { method: 'GET', url: '/api/leaders?limit=1000' });
    expect(leaders.json()).toMatchObject({ run: { id: 2 } });
    expect(leaks(leaders.body, h.t)).toEqual([]);
    expect(leaders.body).not.toContain(h.app.sociogram.policy().pseudonym('p00003'));
  });

  it('fails ingest clearly when this build has no ingest stage wired', async () => {
    const start = await h.as('admin', {
      method: 'POST',
      url: '/api/jobs/ingest',
      payload: { paths: ['x.mbox'] },
    });
    await h.app.sociogram.jobs.idle();
    const job = await h.as('admin', { method: 'GET', url: `/api/jobs/${start.json<{ id: string }>().id}` });
    expect(job.json()).toMatchObject({ status: 'failed', error: { code: 'JOBS_UNAVAILABLE' } });
  });
});
