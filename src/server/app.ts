/**
 * The HTTP app
 *
 * `buildApp(workspace, options)` assembles the fastify app: security plugins, the OpenAPI
 * description, every route from `routes/index.ts` behind one guard, the error handler and the web
 * dashboard hook. Tests drive it with `app.inject`; `startServer` listens with it.
 *
 * @example
 * const app = await buildApp(workspace, { jobRunner });
 * const res = await app.inject({ method: 'GET', url: '/api/health' });
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivacyPolicy, openAuditLog, type PrivacyPolicy } from '../privacy/index.js';
import type { Workspace } from '../store/index.js';
import { createAnalysisData } from './analysis-data.js';
import { handleError, handleNotFound } from './errors.js';
import { createJobManager } from './jobs.js';
import { registerOpenApi } from './openapi.js';
import { registerRoute } from './route.js';
import { ROUTES } from './routes/index.js';
import { DEFAULT_RATE_LIMITS, registerSecurity } from './security.js';
import { createSessionStore } from './sessions.js';
import { packageRoot, registerWeb } from './static.js';
import { unavailableJobRunner } from './job-runner.js';
import type { ServerOptions, ServerServices } from './types.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The services behind the routes (tests use them to create sessions and inspect state). */
    sociogram: ServerServices;
  }
}

const BODY_LIMIT = 1024 * 1024;

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

function createServices(workspace: Workspace, options: ServerOptions, secure: boolean): ServerServices {
  let ws = workspace;
  let policy: PrivacyPolicy = createPrivacyPolicy(ws);
  const data = createAnalysisData(workspace.store, () => policy);
  const runner = options.jobRunner ?? unavailableJobRunner;
  const jobs = createJobManager(
    () => (typeof runner === 'function' ? runner(services) : runner),
    () => (id) => policy.isOptedOut(id),
    () => data.invalidate(),
  );
  const services: ServerServices = {
    get workspace() {
      return ws;
    },
    secure,
    policy: () => policy,
    applyConfig(config) {
      ws = { ...ws, config };
      policy = createPrivacyPolicy(ws);
      data.invalidate();
    },
    audit: openAuditLog(workspace.dir),
    data,
    jobs,
    sessions: createSessionStore(options.sessionIdleMinutes ?? 30),
  };
  return services;
}

/** Builds the app over an open workspace (does not listen). */
export async function buildApp(workspace: Workspace, options: ServerOptions = {}): Promise<FastifyInstance> {
  const secure = options.secureCookies ?? options.https !== undefined;
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimit };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    ...(options.https ? { https: options.https } : {}),
  }) as unknown as FastifyInstance;
  const services = createServices(workspace, options, secure);
  app.decorate('sociogram', services);
  // zod validates inside each route; the JSON Schemas only document the API.
  app.setValidatorCompiler(() => () => true);
  app.setErrorHandler(handleError);
  // Uploads of outcome files arrive as raw CSV text.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) => {
    done(null, body);
  });
  await registerSecurity(app, { secure, limits });
  await registerOpenApi(app, { secure, version: version() });
  for (const route of ROUTES) registerRoute(app, route, services, { secure, limits });
  const web = await registerWeb(app, options.webRoot);
  app.setNotFoundHandler((request, reply) => {
    if (web && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    handleNotFound(request, reply);
    return reply;
  });
  return app;
}
