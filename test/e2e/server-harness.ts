/**
 * Server test harness
 *
 * A test workspace with one account per role, the app built over it with a fake job runner, and
 * helpers to make requests as a role (session cookie + CSRF header) or anonymously.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/index.js';
import type { JobRunner, ServerOptions } from '../../src/server/index.js';
import { addUser, type Role } from '../../src/privacy/index.js';
import type { PrivacyConfig } from '../../src/shared/config.js';
import { createTestWorkspace, type TestWorkspace } from './server-fixture.js';

export type Who = Role | 'anonymous';
export const WHO: readonly Who[] = ['anonymous', 'viewer', 'analyst', 'admin'];
export const PASSWORD = 'correct horse battery staple';

export interface Harness {
  readonly t: TestWorkspace;
  readonly app: FastifyInstance;
  readonly runner: FakeRunner;
  /** Request as a role (a fresh session each call) or anonymously. */
  as(who: Who, options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface FakeRunner extends JobRunner {
  optOutSeen: ((id: string) => boolean) | null;
}

/** A runner that reports progress in three steps and returns what it was given. */
export function createFakeRunner(): FakeRunner {
  const runner: FakeRunner = {
    optOutSeen: null,
    ingest(input, ctx) {
      runner.optOutSeen = ctx.optOut;
      ctx.progress.start('reading', 3, 'files');
      for (let i = 1; i <= 3; i++) ctx.progress.update(i);
      ctx.progress.stop();
      return Promise.resolve({ files: input.paths.length });
    },
    analyze(input, ctx) {
      ctx.progress.start('analysing', 2);
      ctx.progress.update(2);
      ctx.progress.stop();
      return Promise.resolve({ params: input.params });
    },
  };
  return runner;
}

/** Builds a workspace, accounts for every role and the app. */
export async function createHarness(
  options: { people?: number; privacy?: Partial<PrivacyConfig>; server?: ServerOptions } = {},
): Promise<Harness> {
  const t = await createTestWorkspace({ people: options.people ?? 40, privacy: options.privacy });
  for (const role of ['viewer', 'analyst', 'admin'] as const) {
    await addUser(t.workspace.dir, { username: role, password: PASSWORD, role });
  }
  const runner = createFakeRunner();
  const app = await buildApp(t.workspace, {
    jobRunner: runner,
    rateLimit: { apiPerMinute: 100_000, loginPerMinute: 10 },
    ...options.server,
  });
  const as: Harness['as'] = (who, { csrf = true, ...req }) => {
    const headers: Record<string, string> = { ...(req.headers as Record<string, string> | undefined) };
    if (who !== 'anonymous') {
      const { token, session } = app.sociogram.sessions.create({ username: who, role: who });
      const cookie = `sociogram_sid=${token}`;
      headers.cookie = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie;
      if (csrf) headers['x-csrf-token'] = session.csrfToken;
    }
    return app.inject({ ...req, headers });
  };
  return {
    t,
    app,
    runner,
    as,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}

/** Raw names, addresses, handles or directory ids found in a response body. */
export function leaks(body: string, t: TestWorkspace): string[] {
  const found = t.rawStrings.filter((raw) => body.includes(raw));
  const ids = body.match(/\bp\d{5}\b/g) ?? [];
  return [...found, ...ids];
}
