/**
 * Security plugins
 *
 * Cookies, security headers (helmet: CSP, frame denial, no sniffing, HSTS over TLS) and rate limits
 * (per session when signed in, per client address otherwise; login has its own stricter limit).
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { errorBody } from './errors.js';
import { sessionCookieName } from './route.js';
import type { RateLimitOptions } from './types.js';

export const DEFAULT_RATE_LIMITS: RateLimitOptions = { loginPerMinute: 10, apiPerMinute: 600 };

/** Registers cookie parsing, security headers and rate limiting. */
export async function registerSecurity(
  app: FastifyInstance,
  env: { secure: boolean; limits: RateLimitOptions },
): Promise<void> {
  await app.register(cookie);
  await app.register(helmet, {
    hsts: env.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: env.secure ? [] : null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const cookieName = sessionCookieName(env.secure);
  await app.register(rateLimit, {
    max: env.limits.apiPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => {
      const token = req.cookies[cookieName];
      return token ? 's:' + createHash('sha256').update(token).digest('hex') : 'ip:' + req.ip;
    },
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      ...errorBody(429, 'RATE_LIMIT', `server: rate limit of ${ctx.max} requests per ${ctx.after} reached`),
    }),
  });
}
