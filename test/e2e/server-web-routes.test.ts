/**
 * Server routes the web dashboard reads: workspace status, a person's communication map, leaders of
 * an earlier run, group history across runs and the groups list's extra fields. Each is checked for
 * role refusals, bad input (400 with a clear body) and privacy (pseudonyms, nothing under k named).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityResult, PersonResult } from '../../src/analysis/index.js';
import { SMALL_DEPARTMENT } from './server-fixture.js';
import { createHarness, leaks, type Harness } from './server-harness.js';

let h: Harness;
let pseudonym: (id: string) => string;

/** A second analysis run in which the big group splits in two (odd and even people). */
async function saveSecondRun(): Promise<void> {
  const store = h.t.workspace.store;
  const [persons, groups, edges] = await Promise.all(
    ['person', 'community', 'edge'].map((k) => store.analysisRows(1, k)),
  );
  const moved = persons.map((r) => {
    const p = r.data as PersonResult;
    const i = Number(p.id.slice(1));
    return { ...r, data: { ...p, community: p.community === 0 ? 0 : 1 + (i % 2), rank: p.rank } };
  });
  const members = (c: number) =>
    moved.filter((r) => (r.data as PersonResult).community === c).map((r) => r.key);
  const split: CommunityResult[] = [0, 1, 2].map((id) => ({
    ...(groups[0].data as CommunityResult),
    id,
    size: members(id).length,
    members: members(id),
    leaders: members(id).slice(0, 2),
    bridges: members(id).slice(2, 4),
    stance: { mayor: { score: 0.25, mentions: 7 } },
    departments: { 'Отдел кадров': members(id).length - 1, [SMALL_DEPARTMENT]: 1 },
  }));
  await store.saveAnalysis(
    { seed: 2 },
    { people: moved.length, edges: edges.length, communities: 3, modularity: 0.5, period: null },
    [...moved, ...split.map((g) => ({ kind: 'community', key: String(g.id), data: g })), ...edges],
  );
  h.app.sociogram.data.invalidate();
}

beforeAll(async () => {
  h = await createHarness({ privacy: { optOut: ['user2@ozersk.test'] } });
  pseudonym = (id) => h.app.sociogram.policy().pseudonym(id);
  await saveSecondRun();
});
afterAll(() => h.close());

const get = (who: 'viewer' | 'analyst' | 'admin', url: string) => h.as(who, { method: 'GET', url });

describe('GET /api/status', () => {
  it('gives counts only', async () => {
    const res = await get('viewer', '/api/status');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ people: number; messagesByChannel: { channel: string; messages: number }[] }>();
    expect(body).toMatchObject({ people: 40, analysisRuns: 2, messages: 200 });
    expect(body.messagesByChannel).toEqual([{ channel: 'email', messages: 200 }]);
    expect(res.body).not.toContain('fixture.mbox');
    expect((await h.as('anonymous', { method: 'GET', url: '/api/status' })).statusCode).toBe(401);
  });
});

describe('GET /api/people/:id/map', () => {
  it('presents contacts, spheres and the 7×24 rhythm pseudonymously', async () => {
    const res = await get('analyst', `/api/people/${pseudonym('p00005')}/map`);
    expect(res.statusCode).toBe(200);
    const map = res.json<{
      contacts: { personId: string; department?: string; community?: number }[];
      departments: Record<string, number>;
      groups: Record<string, number>;
      rhythm: number[][];
    }>();
    expect(map.rhythm).toHaveLength(7);
    expect(map.rhythm.every((row) => row.length === 24)).toBe(true);
    expect(map.rhythm.flat().reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(map.contacts.length).toBeGreaterThan(0);
    expect(map.contacts.every((c) => /^P-/.test(c.personId))).toBe(true);
    expect(leaks(res.body, h.t)).toEqual([]);
    expect(res.body).not.toContain(SMALL_DEPARTMENT);
    expect(res.body).not.toContain(pseudonym('p00002'));
    expect(map.contacts.every((c) => c.community !== 0)).toBe(true);
    expect(Object.keys(map.groups)).not.toContain('0');
  });

  it('is refused to viewers, audited, and 404s for an unknown person', async () => {
    expect((await get('viewer', `/api/people/${pseudonym('p00005')}/map`)).statusCode).toBe(403);
    expect(h.app.sociogram.audit.read({ action: 'read-person-map' })[0]).toMatchObject({ actor: 'analyst' });
    const missing = await get('analyst', '/api/people/P-00000000/map');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const named = await get('analyst', `/api/people/${pseudonym('p00005')}/map?identified=true`);
    expect(named.json()).toMatchObject({ error: { code: 'REIDENTIFY_DENIED' } });
  });
});

describe('GET /api/leaders?run=ID', () => {
  it('reads an earlier run', async () => {
    const latest = await get('viewer', '/api/leaders?limit=3');
    expect(latest.json()).toMatchObject({ run: { id: 2 } });
    const earlier = await get('viewer', '/api/leaders?limit=3&run=1');
    expect(earlier.statusCode).toBe(200);
    expect(earlier.json()).toMatchObject({ run: { id: 1 }, total: 39 });
    expect(leaks(earlier.body, h.t)).toEqual([]);
  });

  it('answers 404 for an unknown run and 400 for a bad one', async () => {
    expect((await get('viewer', '/api/leaders?run=99')).statusCode).toBe(404);
    const bad = await get('viewer', '/api/leaders?run=first');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'INPUT', message: expect.stringContaining('query.run') },
    });
  });
});

describe('GET /api/groups/history and /api/groups', () => {
  it('finds the split and never names a group under k', async () => {
    const res = await get('viewer', '/api/groups/history');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      runs: { id: number }[];
      items: { run: number; kind: string; from: number[]; to: number[] }[];
    }>();
    expect(body.runs.map((r) => r.id)).toEqual([1, 2]);
    expect(body.items).toEqual([{ run: 2, kind: 'split', from: [1], to: [1, 2] }]);
    const bad = await get('viewer', '/api/groups/history?runs=1');
    expect(bad.statusCode).toBe(400);
  });

  it('lists stance, bridges and departments with small departments folded', async () => {
    const res = await get('viewer', '/api/groups');
    const items = res.json<{
      items: { stance: object; bridges: string[]; departments: Record<string, number> }[];
    }>().items;
    expect(items.length).toBe(2);
    expect(items[0].stance).toEqual({ mayor: { score: 0.25, mentions: 7 } });
    expect(items[0].bridges.every((b) => /^P-/.test(b))).toBe(true);
    expect(Object.keys(items[0].departments).sort()).toEqual(['Отдел кадров', '—']);
    expect(leaks(res.body, h.t)).toEqual([]);
  });
});
