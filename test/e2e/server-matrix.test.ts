/**
 * Role × endpoint matrix
 *
 * Every registered route (walked from the route table, so new routes are covered) is called by every
 * role and anonymously: denials are asserted (401 anonymous, 403 below the route's role), allowed
 * calls must succeed, and no response carries a raw name, address, handle or directory id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type AnyRouteDef } from '../../src/server/index.js';
import { hasRole } from '../../src/privacy/index.js';
import { createHarness, leaks, WHO, type Harness, type Who } from './server-harness.js';

/** Admin-only configuration that legitimately holds raw identifiers (the opt-out list). */
const RAW_BY_DESIGN = new Set(['GET /api/privacy/settings', 'PUT /api/privacy/settings']);

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ privacy: { optOut: ['user2@ozersk.test'] } });
});
afterAll(() => h.close());

function expected(route: AnyRouteDef, who: Who): 'allow' | 401 | 403 {
  if (route.access === 'public') return 'allow';
  if (who === 'anonymous') return 401;
  if (route.access === 'authenticated') return 'allow';
  return hasRole(who, route.access) ? 'allow' : 403;
}

async function call(route: AnyRouteDef, who: Who) {
  const example =
    typeof route.example === 'function' ? await route.example(h.app.sociogram) : (route.example ?? {});
  const url = route.url.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(example.params?.[k] ?? 'x'));
  return h.as(who, {
    method: route.method,
    url,
    query: example.query ?? {},
    ...(example.body !== undefined ? { payload: example.body as Record<string, unknown> } : {}),
  });
}

describe('role × endpoint matrix', () => {
  it('covers every registered route', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ROUTES.map((r) => `${r.method} ${r.url}`)).size).toBe(ROUTES.length);
  });

  const cells = ROUTES.flatMap((route) => WHO.map((who) => [route, who] as const));
  it.each(cells.map(([r, w]) => [`${r.method} ${r.url}`, w, r] as const))(
    '%s as %s',
    async (_name, who, route) => {
      const res = await call(route, who);
      const want = expected(route, who);
      const body = res.body;
      if (want === 'allow') {
        if (route.url === '/api/auth/login')
          expect(res.json()).toMatchObject({ error: { code: 'BAD_LOGIN' } });
        else expect(res.statusCode, body.slice(0, 300)).toBeLessThan(400);
      } else {
        expect(res.statusCode).toBe(want);
        expect(res.json()).toMatchObject({ error: { code: want === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' } });
      }
      if (!RAW_BY_DESIGN.has(`${route.method} ${route.url}`)) expect(leaks(body, h.t)).toEqual([]);
    },
  );
});
