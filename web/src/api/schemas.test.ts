/**
 * API contract tests
 *
 * The client sends the CSRF token on state-changing requests, turns the server's error body into an
 * `ApiError`, refuses responses that break the contract, and normalizes jobs and group shapes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { request, setCsrfToken } from './client.js';
import { ApiError } from './errors.js';
import { jobSchema } from './schemas-admin.js';
import { groupSchema } from './schemas-detail.js';

function mockFetch(status: number, body: unknown) {
  const fn = vi.fn((_url: string, _init?: RequestInit) =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
  vi.stubGlobal('fetch', fn);
  return fn;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
});

describe('request', () => {
  it('sends the CSRF token only on state-changing requests', async () => {
    const fetch = mockFetch(200, { ok: true });
    setCsrfToken('tok');
    await request('/api/x', z.object({ ok: z.boolean() }), { method: 'POST', body: { a: 1 } });
    await request('/api/x', z.object({ ok: z.boolean() }));
    const headers = (i: number) => fetch.mock.calls[i][1]?.headers as Record<string, string>;
    expect(headers(0)['x-csrf-token']).toBe('tok');
    expect(headers(1)['x-csrf-token']).toBeUndefined();
  });
  it('maps the server error body to an ApiError with kind, code and Russian text', async () => {
    mockFetch(403, {
      error: { code: 'FORBIDDEN', message: 'needs role analyst', messageRu: 'Недостаточно прав' },
    });
    const error = await request('/api/people/x', z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN', messageRu: 'Недостаточно прав' });
  });
  it('refuses a response that breaks the contract', async () => {
    mockFetch(200, { people: 'many' });
    const error = await request('/api/status', z.object({ people: z.number() })).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'contract' });
  });
});

describe('schemas', () => {
  it('normalizes a server job to state and fraction done', () => {
    const job = jobSchema.parse({
      id: 'j1',
      kind: 'analyze',
      status: 'running',
      progress: { phase: 'centrality', done: 3, total: 4, unit: null },
      error: null,
    });
    expect(job).toEqual({
      id: 'j1',
      state: 'running',
      progress: 0.75,
      stage: 'centrality',
      error: undefined,
    });
  });
  it('accepts departments as a record and leaders as bare ids', () => {
    const group = groupSchema.parse({ id: 1, size: 3, departments: { a: 1, b: 2 }, leaders: ['P-1'] });
    expect(group.departments).toEqual([
      { key: 'b', count: 2 },
      { key: 'a', count: 1 },
    ]);
    expect(group.leaders).toEqual([{ id: 'P-1', label: 'P-1' }]);
  });
});
