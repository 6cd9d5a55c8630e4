/**
 * Route registration
 *
 * Turns a `RouteDef` into a fastify route with the same guard for every endpoint, in this order:
 * session → role → CSRF (state-changing methods) → zod validation of params, query and body → handler.
 * The zod schemas are also turned into JSON Schema for the OpenAPI description.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z, type ZodType } from 'zod';
import { hasRole } from '../privacy/index.js';
import { InputError, PrivacyError } from '../shared/errors.js';
import { UnauthenticatedError } from './errors.js';
import { csrfMatches, type Session } from './sessions.js';
import type { AnyRouteDef, HandlerContext, RateLimitOptions, ServerServices } from './types.js';

export const CSRF_HEADER = 'x-csrf-token';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Name of the session cookie: the `__Host-` prefix pins it to this origin when Secure. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-sociogram_sid' : 'sociogram_sid';
}

/** The session of a request, or null. */
export function sessionOf(
  request: FastifyRequest,
  services: ServerServices,
  secure: boolean,
): Session | null {
  return services.sessions.get(request.cookies[sessionCookieName(secure)]);
}

function parse<T>(schema: ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return value as T;
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue?.path.length ? `${where}.${issue.path.join('.')}` : where;
  throw new InputError(`server: invalid ${path}: ${issue?.message ?? 'invalid value'}`);
}

/** Refuses cross-site state-changing requests (defence in depth beside SameSite=Strict and CSRF tokens). */
function assertSameSite(request: FastifyRequest): void {
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new PrivacyError('server/csrf: cross-site request refused', { code: 'CSRF' });
  }
}

function authorize(route: AnyRouteDef, session: Session | null, request: FastifyRequest): void {
  if (route.access === 'public') return;
  if (!session) throw new UnauthenticatedError();
  if (route.access !== 'authenticated' && !hasRole(session.role, route.access)) {
    throw new PrivacyError(`server/auth: ${route.method} ${route.url} needs role ${route.access}`, {
      code: 'FORBIDDEN',
    });
  }
  if (STATE_CHANGING.has(route.method) && !csrfMatches(session, request.headers[CSRF_HEADER])) {
    throw new PrivacyError(`server/csrf: missing or wrong ${CSRF_HEADER} header`, { code: 'CSRF' });
  }
}

function jsonSchema(schema: ZodType | undefined): unknown {
  return schema ? z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) : undefined;
}

/** Registers one route on the app. */
export function registerRoute(
  app: FastifyInstance,
  route: AnyRouteDef,
  services: ServerServices,
  env: { secure: boolean; limits: RateLimitOptions },
): void {
  app.route({
    method: route.method,
    url: route.url,
    config: route.rateLimitPerMinute
      ? { rateLimit: { max: route.rateLimitPerMinute(env.limits), timeWindow: '1 minute' } }
      : {},
    schema: {
      summary: route.summary,
      tags: [...route.tags],
      ...(route.access === 'public' ? {} : { security: [{ session: [] }] }),
      ...(route.query ? { querystring: jsonSchema(route.query) } : {}),
      ...(route.params ? { params: jsonSchema(route.params) } : {}),
      ...(route.body ? { body: jsonSchema(route.body) } : {}),
    },
    handler: async (request, reply) => {
      if (STATE_CHANGING.has(route.method)) assertSameSite(request);
      const session = sessionOf(request, services, env.secure);
      authorize(route, session, request);
      const user = session ? { username: session.username, role: session.role } : null;
      const ctx: HandlerContext<unknown, unknown, unknown> = {
        params: parse<unknown>(route.params, request.params, 'params'),
        query: parse<unknown>(route.query, request.query, 'query'),
        body: parse<unknown>(route.body, request.body, 'body'),
        user,
        services,
        request,
        reply,
        audit: (action: string, target: string, detail?: unknown) => {
          services.audit.append({
            actor: user?.username ?? 'anonymous',
            role: user?.role ?? 'none',
            action,
            target,
            detail,
          });
        },
      };
      return route.handler(ctx);
    },
  });
}
