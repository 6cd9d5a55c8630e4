/**
 * Starting the server
 *
 * `startServer` builds the app over a workspace and listens, on 127.0.0.1 unless another host is
 * configured. Binding elsewhere without TLS is allowed (e.g. behind a TLS proxy) but reported back as
 * a warning so the CLI can print it.
 */
import type { FastifyInstance } from 'fastify';
import { InputError } from '../shared/errors.js';
import type { Workspace } from '../store/index.js';
import { buildApp } from './app.js';
import type { ServerOptions } from './types.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8750;

export interface StartOptions extends ServerOptions {
  readonly host?: string | undefined;
  readonly port?: number | undefined;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Warnings about the chosen setup (e.g. non-loopback without TLS). */
  readonly warnings: readonly string[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Builds the app and listens. */
export async function startServer(workspace: Workspace, options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InputError(`server/serve: invalid port: ${port} (expected 0–65535)`);
  }
  const warnings: string[] = [];
  const tls = options.https !== undefined || options.secureCookies === true;
  if (!LOOPBACK.has(host) && !tls) {
    warnings.push(
      `listening on ${host} without TLS: put a TLS proxy in front and pass --secure-cookies, or use --tls-key/--tls-cert`,
    );
  }
  const app = await buildApp(workspace, options);
  const address = await app.listen({ host, port });
  return { app, url: address, warnings, close: () => app.close() };
}
