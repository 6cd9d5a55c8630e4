/**
 * Server privacy tests: re-identification rights, minimum group size, opt-out in every output,
 * audit of person-level reads and setting changes, exports, jobs with progress, OpenAPI coverage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from '../../src/server/index.js';
import { SMALL_DEPARTMENT } from './server-fixture.js';
import { createHarness, leaks, type Harness } from './server-harness.js';

let h: Harness;
let p2: string;
beforeAll(async () => {
  h = await createHarness({ privacy: { optOut: ['user2@ozersk.test'] } });
  p2 = h.app.sociogram.policy().pseudonym('p00002');
});
afterAll(() => h.close());

const PEOPLE_OUTPUTS = [
  '/api/leaders?limit=1000',
  '/api/people?limit=1000',
  '/api/map/people?limit=5000',
  '/api/map/groups',
  '/api/groups',
  '/api/groups/1',
  '/api/departments',
  '/api/exports/people?format=csv',
  '/api/exports/edges?format=json',
  '/api/exports/groups?format=csv',
];

describe('re-identification', () => {
  it('is refused to analysts and viewers', async () => {
    for (const who of ['viewer', 'analyst'] as const) {
      const res = await h.as(who, { method: 'GET', url: '/api/leaders?identified=true' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'REIDENTIFY_DENIED' } });
    }
  });

  it('is allowed to admins and audited', async () => {
    const res = await h.as('admin', { method: 'GET', url: '/api/leaders?identified=true&limit=3' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { label: string }[] }>().items[0].label).toBe(h.t.people[0].name);
    const entry = h.app.sociogram.audit.read({ action: 'reidentify', actor: 'admin' })[0];
    expect(entry).toMatchObject({ target: 'leaders', role: 'admin' });
    const person = await h.as('admin', { method: 'GET', url: '/api/people/p00005?identified=true' });
    expect(person.json()).toMatchObject({
      person: { identifiers: ['email:user5@ozersk.test', 'telegram:tg_user5'] },
    });
  });

  it('keeps admin outputs pseudonymous unless asked', async () => {
    const res = await h.as('admin', { method: 'GET', url: '/api/people?limit=1000' });
    expect(leaks(res.body, h.t)).toEqual([]);
  });
});

describe('opt-out', () => {
  it('removes the person from every output, even as an anonymous node', async () => {
    for (const url of PEOPLE_OUTPUTS) {
      for (const who of ['analyst', 'admin'] as const) {
        const res = await h.as(who, { method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body.includes(p2), `${url} as ${who}`).toBe(false);
      }
    }
    const identified = await h.as('admin', { method: 'GET', url: '/api/leaders?identified=true&limit=1000' });
    expect(identified.body).not.toContain(h.t.people[1].name);
    expect((await h.as('analyst', { method: 'GET', url: `/api/people/${p2}` })).statusCode).toBe(404);
  });

  it('gives jobs the opt-out predicate for ingest', async () => {
    const start = await h.as('admin', {
      method: 'POST',
      url: '/api/jobs/ingest',
      payload: { paths: ['a.mbox'] },
    });
    expect(start.statusCode).toBe(202);
    await h.app.sociogram.jobs.idle();
    expect(h.runner.optOutSeen?.('email:user2@ozersk.test')).toBe(true);
    expect(h.runner.optOutSeen?.('email:user3@ozersk.test')).toBe(false);
  });
});

describe('minimum group size', () => {
  it('withholds groups and departments under k', async () => {
    const groups = await h.as('viewer', { method: 'GET', url: '/api/groups' });
    const body = groups.json<{ items: { size: number }[]; suppressedGroups: number }>();
    expect(body.items.every((g) => g.size >= 5)).toBe(true);
    expect(body.suppressedGroups).toBe(1);
    const small = await h.as('viewer', { method: 'GET', url: '/api/groups/0' });
    expect(small.statusCode).toBe(403);
    expect(small.json()).toMatchObject({ error: { code: 'GROUP_TOO_SMALL' } });
    const depts = await h.as('viewer', { method: 'GET', url: '/api/departments' });
    expect(depts.body).not.toContain(SMALL_DEPARTMENT);
    expect(depts.json<{ items: { size: number }[] }>().items.every((d) => d.size >= 5)).toBe(true);
    const map = await h.as('viewer', { method: 'GET', url: '/api/map/groups' });
    expect(map.json<{ nodes: { size: number }[] }>().nodes.every((n) => n.size >= 5)).toBe(true);
    const leaders = await h.as('viewer', { method: 'GET', url: '/api/leaders?limit=3' });
    expect(leaders.json<{ items: { community: number | null }[] }>().items[0].community).toBeNull();
  });

  it('follows a changed setting at once, audited, written to the config', async () => {
    const put = await h.as('admin', {
      method: 'PUT',
      url: '/api/privacy/settings',
      payload: { minGroupSize: 1000 },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ minGroupSize: 1000, optOut: ['user2@ozersk.test'] });
    const cfg = JSON.parse(readFileSync(join(h.t.workspace.dir, 'sociogram.json'), 'utf8')) as {
      privacy: { minGroupSize: number };
    };
    expect(cfg.privacy.minGroupSize).toBe(1000);
    const groups = await h.as('viewer', { method: 'GET', url: '/api/groups' });
    expect(groups.json()).toMatchObject({ items: [] });
    expect(h.app.sociogram.audit.read({ action: 'setting-change' })[0]).toMatchObject({
      actor: 'admin',
      detail: { changed: ['minGroupSize'] },
    });
    await h.as('admin', { method: 'PUT', url: '/api/privacy/settings', payload: { minGroupSize: 5 } });
  });
});

describe('audit and exports', () => {
  it('logs person-level reads and exports with who, when and what; the chain verifies', async () => {
    await h.as('analyst', { method: 'GET', url: '/api/people?limit=2' });
    const csv = await h.as('analyst', { method: 'GET', url: '/api/exports/people?format=csv' });
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="sociogram-people-run1\.csv"/);
    expect(csv.body.startsWith('\uFEFFid,')).toBe(true);
    expect(leaks(csv.body, h.t)).toEqual([]);
    const log = await h.as('admin', { method: 'GET', url: '/api/audit?actor=analyst' });
    const actions = log.json<{ items: { action: string; time: string }[] }>().items.map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['export', 'read-people']);
    const verify = await h.as('admin', { method: 'GET', url: '/api/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('produces the processing record', async () => {
    const md = await h.as('admin', { method: 'GET', url: '/api/privacy/report?format=markdown&lang=ru' });
    expect(md.body).toContain('# Сведения об обработке персональных данных');
    expect(md.body).toContain('analyst: analyst');
    expect(leaks(md.body, h.t)).toEqual([]);
    expect(md.body).not.toMatch(/[0-9a-f]{64}/);
  });
});

describe('jobs and OpenAPI', () => {
  it('runs a job in-process and reports progress for polling', async () => {
    const start = await h.as('analyst', {
      method: 'POST',
      url: '/api/jobs/analyze',
      payload: { params: { seed: 3 } },
    });
    const id = start.json<{ id: string }>().id;
    await h.app.sociogram.jobs.idle();
    const job = await h.as('analyst', { method: 'GET', url: `/api/jobs/${id}` });
    expect(job.json()).toMatchObject({
      status: 'done',
      progress: { phase: 'analysing', done: 2, total: 2 },
      result: { params: { seed: 3 } },
    });
  });

  it('describes every route', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const r of ROUTES) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    }
  });
});
