/**
 * Server security tests: login and session cookies, CSRF, session lifetime and revocation, rate
 * limits, security headers, input validation and error bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../src/server/sessions.js';
import { buildApp } from '../../src/server/index.js';
import { createHarness, PASSWORD, type Harness } from './server-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

function cookieOf(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  return String(Array.isArray(raw) ? raw[0] : raw);
}

describe('login and session cookie', () => {
  it('signs in with argon2id-checked credentials and sets a strict HttpOnly cookie', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'analyst', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^sociogram_sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const { csrfToken } = res.json<{ csrfToken: string }>();
    const sid = cookie.split(';')[0];
    const me = await h.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sid } });
    expect(me.json()).toMatchObject({ username: 'analyst', role: 'analyst', csrfToken });
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: sid, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(200);
    const after = await h.app.inject({ method: 'GET', url: '/api/leaders', headers: { cookie: sid } });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a wrong password and audits the attempt', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'nope nope nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_LOGIN', messageRu: expect.any(String) } });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(h.app.sociogram.audit.read({ action: 'login-failed' }).length).toBeGreaterThan(0);
  });

  it('marks the cookie Secure with the __Host- prefix when TLS is on', async () => {
    const app = await buildApp(h.t.workspace, { secureCookies: true });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'viewer', password: PASSWORD },
    });
    expect(cookieOf(res)).toMatch(/^__Host-sociogram_sid=.*Secure/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    await app.close();
  });

  it('rate-limits login attempts per client', async () => {
    const app = await buildApp(h.t.workspace, { rateLimit: { loginPerMinute: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'x', password: 'y' },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    await app.close();
  });

  it('rate-limits API requests per session', async () => {
    const app = await buildApp(h.t.workspace, { rateLimit: { apiPerMinute: 5 } });
    const { token } = app.sociogram.sessions.create({ username: 'viewer', role: 'viewer' });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push(
        (
          await app.inject({
            method: 'GET',
            url: '/api/trends',
            headers: { cookie: `sociogram_sid=${token}` },
          })
        ).statusCode,
      );
    }
    expect(codes.slice(0, 5).every((c) => c === 200)).toBe(true);
    expect(codes.slice(5)).toEqual([429, 429]);
    await app.close();
  });
});

describe('CSRF', () => {
  it('refuses state-changing requests without the session token', async () => {
    const noHeader = await h.as('analyst', {
      method: 'POST',
      url: '/api/jobs/analyze',
      payload: {},
      csrf: false,
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json()).toMatchObject({ error: { code: 'CSRF' } });
    const wrong = await h.as('analyst', {
      method: 'POST',
      url: '/api/jobs/analyze',
      payload: {},
      csrf: false,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await h.as('analyst', { method: 'POST', url: '/api/jobs/analyze', payload: {} });
    expect(ok.statusCode).toBe(202);
  });

  it("does not accept another session's token", async () => {
    const other = h.app.sociogram.sessions.create({ username: 'analyst', role: 'analyst' }).session.csrfToken;
    const res = await h.as('analyst', {
      method: 'POST',
      url: '/api/jobs/analyze',
      payload: {},
      csrf: false,
      headers: { 'x-csrf-token': other },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses cross-site state-changing requests even with a token', async () => {
    const res = await h.as('admin', {
      method: 'POST',
      url: '/api/jobs/analyze',
      payload: {},
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'CSRF' } });
  });
});

describe('sessions', () => {
  it('expire after the idle period and 12 hours after login', () => {
    let now = 0;
    const store = createSessionStore(30, () => now);
    const a = store.create({ username: 'u', role: 'viewer' });
    now = 29 * 60_000;
    expect(store.get(a.token)).not.toBeNull();
    now += 31 * 60_000;
    expect(store.get(a.token)).toBeNull();
    now = 0;
    const b = store.create({ username: 'u', role: 'viewer' });
    for (let t = 20; t <= 12 * 60 + 20; t += 20) {
      now = t * 60_000;
      if (t <= 12 * 60) expect(store.get(b.token)).not.toBeNull();
      else expect(store.get(b.token)).toBeNull();
    }
  });

  it('end when an admin changes the account', async () => {
    const { token } = h.app.sociogram.sessions.create({ username: 'viewer', role: 'viewer' });
    const res = await h.as('admin', {
      method: 'PATCH',
      url: '/api/users/viewer',
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    const after = await h.app.inject({
      method: 'GET',
      url: '/api/trends',
      headers: { cookie: `sociogram_sid=${token}` },
    });
    expect(after.statusCode).toBe(401);
    await h.as('admin', { method: 'PATCH', url: '/api/users/viewer', payload: { disabled: false } });
  });
});

describe('headers, validation and errors', () => {
  it('sends security headers', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('rejects bad input with 400 and a bilingual message', async () => {
    const res = await h.as('viewer', { method: 'GET', url: '/api/leaders?limit=abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'INPUT', message: expect.stringContaining('query.limit'), messageRu: 'Неверный запрос' },
    });
    const bad = await h.as('admin', {
      method: 'PUT',
      url: '/api/privacy/settings',
      payload: { minGroupSize: 0 },
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await h.as('admin', {
      method: 'PUT',
      url: '/api/privacy/settings',
      payload: { secret: 'x' },
    });
    expect(unknown.statusCode).toBe(400);
    const json = await h.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.statusCode).toBe(400);
  });

  it('answers unknown routes and ids with 404', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/nothing' })).statusCode).toBe(404);
    const person = await h.as('analyst', { method: 'GET', url: '/api/people/P-00000000' });
    expect(person.statusCode).toBe(404);
    expect(person.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
