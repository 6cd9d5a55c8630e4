/**
 * Marker and campaign routes of the web dashboard: editing dictionaries (saved to the workspace,
 * audited, analysts and admins only), trying them on a Russian sentence, and a campaign from plan to
 * simulation, uploaded outcome (bad rows counted), evaluation and XLSX downloads. Checked for role
 * refusals, bad input (400 with a clear body) and pseudonymous output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, leaks, type Harness } from './server-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ privacy: { optOut: ['user2@ozersk.test'] } });
});
afterAll(() => h.close());

interface Entry {
  id: string;
  label: string;
  terms: string[];
}
const SENTENCE = 'Голосование по благоустройству двора';

describe('markers', () => {
  it('lists the dictionaries in effect and tries them on a Russian sentence', async () => {
    const list = await h.as('viewer', { method: 'GET', url: '/api/markers' });
    expect(list.statusCode).toBe(200);
    const ids = list.json<{ topics: Entry[] }>().topics.map((t) => t.id);
    expect(ids).toContain('voting');
    const test = await h.as('viewer', {
      method: 'POST',
      url: '/api/markers/test',
      payload: { text: SENTENCE },
    });
    expect(test.statusCode).toBe(200);
    const body = test.json<{
      topics: Record<string, number>;
      explanation: { topics: { id: string; hits: { matched: string }[] }[] };
    }>();
    expect(Object.keys(body.topics)).toEqual(expect.arrayContaining(['voting', 'improvement']));
    const voting = body.explanation.topics.find((t) => t.id === 'voting');
    expect(voting?.hits[0].matched.toLowerCase()).toBe('голосование');
  });

  it('saves edits (analysts), audited, and tests unsaved ones', async () => {
    const { topics, targets } = (await h.as('analyst', { method: 'GET', url: '/api/markers' })).json<{
      topics: Entry[];
      targets: Entry[];
    }>();
    const edited = [
      ...topics.filter((t) => t.id !== 'voting'),
      { id: 'snow', label: 'Уборка снега', terms: ['снег*', 'уборка снега'] },
    ];
    const unsaved = await h.as('viewer', {
      method: 'POST',
      url: '/api/markers/test',
      payload: { text: 'Когда будет уборка снега во дворе?', markers: { topics: edited, targets } },
    });
    expect(Object.keys(unsaved.json<{ topics: object }>().topics)).toContain('snow');
    const refused = await h.as('viewer', {
      method: 'PUT',
      url: '/api/markers',
      payload: { topics: edited, targets },
    });
    expect(refused.statusCode).toBe(403);
    const put = await h.as('analyst', {
      method: 'PUT',
      url: '/api/markers',
      payload: { topics: edited, targets },
    });
    expect(put.statusCode).toBe(200);
    const file = join(h.t.workspace.dir, 'markers', 'zz-dashboard.json');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('"enabled": false');
    const after = (await h.as('viewer', { method: 'GET', url: '/api/markers' })).json<{ topics: Entry[] }>();
    expect(after.topics.map((t) => t.id)).toContain('snow');
    expect(after.topics.map((t) => t.id)).not.toContain('voting');
    expect(after.topics.find((t) => t.id === 'snow')?.label).toBe('Уборка снега');
    expect(h.app.sociogram.audit.read({ action: 'markers-change' })[0]).toMatchObject({ actor: 'analyst' });
  });

  it('refuses a bad dictionary with a 400 naming the field, and writes nothing', async () => {
    const before = readFileSync(join(h.t.workspace.dir, 'markers', 'zz-dashboard.json'), 'utf8');
    const bad = await h.as('admin', {
      method: 'PUT',
      url: '/api/markers',
      payload: { topics: [{ id: 'Плохой id', terms: ['слово'] }], targets: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'MARKERS_INVALID', message: expect.stringContaining('topics[0].id') },
    });
    const shape = await h.as('admin', { method: 'PUT', url: '/api/markers', payload: { topics: 'none' } });
    expect(shape.json()).toMatchObject({
      error: { code: 'INPUT', message: expect.stringContaining('body.topics') },
    });
    expect(readFileSync(join(h.t.workspace.dir, 'markers', 'zz-dashboard.json'), 'utf8')).toBe(before);
  });
});

describe('campaigns', () => {
  let id = '';

  it('plans a campaign with pseudonymous ambassadors, never an opted-out person', async () => {
    const res = await h.as('analyst', {
      method: 'POST',
      url: '/api/campaigns',
      payload: { k: 3, minGroupSize: 0, runs: 100 },
    });
    expect(res.statusCode).toBe(201);
    const plan = res.json<{ id: string; k: number; ambassadors: { id: string }[]; comparison: unknown[] }>();
    id = plan.id;
    expect(plan.k).toBe(3);
    expect(plan.ambassadors.every((a) => /^P-/.test(a.id))).toBe(true);
    expect(plan.comparison.length).toBeGreaterThan(1);
    expect(res.body).not.toContain(h.app.sociogram.policy().pseudonym('p00002'));
    expect(leaks(res.body, h.t)).toEqual([]);
    const list = await h.as('analyst', { method: 'GET', url: '/api/campaigns' });
    expect(list.json<{ items: { key: string }[] }>().items[0].key).toBe(id);
  });

  it('refuses viewers and bad options', async () => {
    expect(
      (await h.as('viewer', { method: 'POST', url: '/api/campaigns', payload: { k: 3 } })).statusCode,
    ).toBe(403);
    const bad = await h.as('analyst', { method: 'POST', url: '/api/campaigns', payload: { k: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'INPUT', message: expect.stringContaining('body.k') },
    });
    const unknown = await h.as('analyst', {
      method: 'POST',
      url: '/api/campaigns/00000000-0000-4000-8000-000000000000/simulate',
      payload: { model: 'ic', runs: 50 },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('simulates a reach with a 95% CI, groups under k withheld', async () => {
    const res = await h.as('analyst', {
      method: 'POST',
      url: `/api/campaigns/${id}/simulate`,
      payload: { model: 'lt', runs: 200 },
    });
    expect(res.statusCode).toBe(200);
    const sim = res.json<{
      reach: { mean: number; low: number; high: number };
      groups: { size: number }[];
    }>();
    expect(sim.reach.low).toBeLessThanOrEqual(sim.reach.mean);
    expect(sim.reach.high).toBeGreaterThanOrEqual(sim.reach.mean);
    expect(sim.reach.mean).toBeGreaterThanOrEqual(3);
    expect(sim.groups.every((g) => g.size >= 5)).toBe(true);
    const bad = await h.as('analyst', {
      method: 'POST',
      url: `/api/campaigns/${id}/simulate`,
      payload: { model: 'sir', runs: 200 },
    });
    expect(bad.json()).toMatchObject({
      error: { code: 'INPUT', message: expect.stringContaining('body.model') },
    });
  });

  it('evaluates an uploaded CSV, counting bad rows', async () => {
    expect(
      (await h.as('analyst', { method: 'GET', url: `/api/campaigns/${id}/evaluation` })).statusCode,
    ).toBe(404);
    const csv = 'email;дата\nuser5@ozersk.test;2026-02-01\nне адрес;2026-02-01\nuser7@ozersk.test;вчера\n';
    const res = await h.as('analyst', {
      method: 'POST',
      url: `/api/campaigns/${id}/outcomes`,
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode).toBe(200);
    const ev = res.json<{
      matching: { rows: number; matchedRows: number }[];
      diagnostics: { reason: string; count: number }[];
    }>();
    expect(ev.matching[0]).toMatchObject({ rows: 3, matchedRows: 2 });
    expect(ev.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'bad-email', count: 1 }),
        expect.objectContaining({ reason: 'bad-date', count: 1 }),
      ]),
    );
    expect(leaks(res.body, h.t)).toEqual([]);
    const again = await h.as('analyst', { method: 'GET', url: `/api/campaigns/${id}/evaluation` });
    expect(again.json()).toMatchObject({ matching: ev.matching });
    const empty = await h.as('analyst', {
      method: 'POST',
      url: `/api/campaigns/${id}/outcomes`,
      payload: 'дата\n2026-01-01\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'SOURCE_FORMAT' } });
  });

  it('downloads the ambassador list and the report as XLSX, audited', async () => {
    for (const kind of ['ambassadors', 'report']) {
      const res = await h.as('analyst', { method: 'GET', url: `/api/campaigns/${id}/${kind}.xlsx?lang=en` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    expect(h.app.sociogram.audit.read({ action: 'export' })[0]).toMatchObject({
      target: `campaign:${id}:report`,
    });
    expect(
      (await h.as('viewer', { method: 'GET', url: `/api/campaigns/${id}/report.xlsx` })).statusCode,
    ).toBe(403);
  });
});
