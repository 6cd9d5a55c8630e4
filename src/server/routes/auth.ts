/**
 * Auth routes: sign in (argon2id check, stricter rate limit, audited), sign out, and the current
 * session with its CSRF token for state-changing requests.
 */
import { z } from 'zod';
import { verifyLogin } from '../../privacy/index.js';
import { UnauthenticatedError } from '../errors.js';
import { sessionCookieName } from '../route.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const loginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) });

export const authRoutes: AnyRouteDef[] = [
  {
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    summary: 'Sign in; sets an HttpOnly, SameSite=Strict session cookie',
    tags: ['auth'],
    body: loginBody,
    rateLimitPerMinute: (l) => l.loginPerMinute,
    example: { body: { username: 'nobody', password: 'wrong password' } },
    async handler(ctx: HandlerContext<unknown, unknown, z.infer<typeof loginBody>>) {
      const { username, password } = ctx.body;
      const user = await verifyLogin(ctx.services.workspace.dir, username, password);
      const who = { actor: username, role: user?.role ?? 'none' };
      if (!user) {
        ctx.services.audit.append({
          ...who,
          action: 'login-failed',
          target: 'session',
          detail: { ip: ctx.request.ip },
        });
        throw new UnauthenticatedError('server/auth: wrong username or password', 'BAD_LOGIN');
      }
      const { token, session } = ctx.services.sessions.create({ username: user.username, role: user.role });
      const secure = ctx.services.secure;
      void ctx.reply.setCookie(sessionCookieName(secure), token, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/',
      });
      ctx.services.audit.append({
        ...who,
        action: 'login',
        target: 'session',
        detail: { ip: ctx.request.ip },
      });
      return { username: user.username, role: user.role, csrfToken: session.csrfToken };
    },
  },
  {
    method: 'POST',
    url: '/api/auth/logout',
    access: 'authenticated',
    summary: 'Sign out (ends the session)',
    tags: ['auth'],
    handler(ctx) {
      ctx.services.sessions.destroy(ctx.request.cookies[sessionCookieName(ctx.services.secure)]);
      void ctx.reply.clearCookie(sessionCookieName(ctx.services.secure), { path: '/' });
      ctx.audit('logout', 'session');
      return Promise.resolve({ ok: true });
    },
  },
  {
    method: 'GET',
    url: '/api/auth/session',
    access: 'authenticated',
    summary: 'The signed-in user, role and CSRF token',
    tags: ['auth'],
    handler(ctx) {
      const s = ctx.services.sessions.get(ctx.request.cookies[sessionCookieName(ctx.services.secure)]);
      return Promise.resolve({
        username: ctx.user?.username,
        role: ctx.user?.role,
        csrfToken: s?.csrfToken,
        canReidentify: ctx.user?.role === 'admin',
        pseudonymize: ctx.services.policy().config.pseudonymize,
        minGroupSize: ctx.services.policy().config.minGroupSize,
      });
    },
  },
];
