/**
 * Server stage: public surface. `buildApp` for tests and embedding, `startServer` for `sociogram serve`.
 */
export { buildApp } from './app.js';
export { startServer, type StartOptions, type RunningServer } from './serve.js';
export { ROUTES } from './routes/index.js';
export { CSRF_HEADER, sessionCookieName } from './route.js';
export { unavailableJobRunner } from './job-runner.js';
export { createWorkspaceJobRunner } from './workspace-runner.js';
export type {
  Access,
  AnyRouteDef,
  HandlerContext,
  JobContext,
  JobRunner,
  RateLimitOptions,
  RouteDef,
  RouteExample,
  ServerOptions,
  ServerServices,
} from './types.js';
export type { JobInfo, JobKind, JobStatus } from './jobs.js';
