/**
 * Server types
 *
 * Options for `buildApp`, the route definition every `routes/<resource>.ts` exports, the services a
 * handler sees, and the `JobRunner` through which ingest and analysis run in-process.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import type { AuditLog, PrivacyPolicy, Role } from '../privacy/index.js';
import type { Progress } from '../shared/progress.js';
import type { Workspace } from '../store/index.js';
import type { AnalysisData } from './analysis-data.js';
import type { JobManager } from './jobs.js';
import type { SessionStore, SessionUser } from './sessions.js';

/** What an endpoint requires: nothing, any signed-in user, or at least a role. */
export type Access = 'public' | 'authenticated' | Role;

export interface RateLimitOptions {
  /** Login attempts per minute per client address (default 10). */
  readonly loginPerMinute: number;
  /** API requests per minute per session (or per address when signed out) (default 600). */
  readonly apiPerMinute: number;
}

export interface ServerOptions {
  /** Set when the server is reached over TLS (directly or behind a proxy): cookies get `Secure`. */
  readonly secureCookies?: boolean;
  /** Key and certificate to serve HTTPS directly. */
  readonly https?: { readonly key: string | Buffer; readonly cert: string | Buffer } | undefined;
  /** The job runner, or a factory given the services (e.g. `createWorkspaceJobRunner`). */
  readonly jobRunner?: JobRunner | ((services: ServerServices) => JobRunner) | undefined;
  readonly rateLimit?: Partial<RateLimitOptions> | undefined;
  /** Idle minutes before a session ends (default 30); sessions also end 12 h after login. */
  readonly sessionIdleMinutes?: number | undefined;
  /** Folder with the built web dashboard; served when it exists (default `<package>/dist/web`). */
  readonly webRoot?: string | undefined;
  readonly logger?: boolean | undefined;
  /** Trust `X-Forwarded-*` from a reverse proxy (default false). */
  readonly trustProxy?: boolean | undefined;
}

export interface JobContext {
  readonly progress: Progress;
  readonly signal: AbortSignal;
  /** The privacy policy's opt-out predicate, for `ingestPaths({ optOut })`. */
  readonly optOut: (identifier: string) => boolean;
}

/** Runs the long jobs; the real one wraps `ingestPaths` and `analyzeWorkspace`, tests inject a fake. */
export interface JobRunner {
  ingest(input: { paths: readonly string[] }, ctx: JobContext): Promise<unknown>;
  analyze(input: { params: Readonly<Record<string, unknown>> }, ctx: JobContext): Promise<unknown>;
}

export interface ServerServices {
  readonly workspace: Workspace;
  /** Cookies are marked Secure (TLS). */
  readonly secure: boolean;
  /** The current policy (rebuilt when an admin changes privacy settings). */
  policy(): PrivacyPolicy;
  /** Applies a changed workspace config (already written): rebuilds the policy, drops cached views. */
  applyConfig(config: Workspace['config']): void;
  readonly audit: AuditLog;
  readonly data: AnalysisData;
  readonly jobs: JobManager;
  readonly sessions: SessionStore;
}

export interface HandlerContext<Q, P, B> {
  readonly query: Q;
  readonly params: P;
  readonly body: B;
  /** The signed-in user (null only on public routes). */
  readonly user: SessionUser | null;
  readonly services: ServerServices;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /** Appends to the audit log as the current user. */
  audit(action: string, target: string, detail?: unknown): void;
}

/** Sample inputs for the role × endpoint matrix test: every route must be callable with them. */
export interface RouteExample {
  readonly params?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
}

export interface RouteDef<Q = unknown, P = unknown, B = unknown> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly access: Access;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly query?: ZodType<Q>;
  readonly params?: ZodType<P>;
  readonly body?: ZodType<B>;
  /** Overrides the API rate limit (login uses a stricter one). */
  readonly rateLimitPerMinute?: (limits: RateLimitOptions) => number;
  readonly example?: RouteExample | ((services: ServerServices) => Promise<RouteExample> | RouteExample);
  handler(ctx: HandlerContext<Q, P, B>): Promise<unknown>;
}

/** A route with its type parameters erased, for lists of routes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: handlers differ in Q/P/B
export type AnyRouteDef = RouteDef<any, any, any>;
