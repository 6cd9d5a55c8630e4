/**
 * Web dashboard hook
 *
 * When the built dashboard exists (`dist/web` by default), its files are served at `/`, and unknown
 * non-API GET paths fall back to `index.html` so the single-page app can route them itself.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder with package.json above this file). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Serves the dashboard from `webRoot` if it has an index.html; returns whether it did. */
export async function registerWeb(app: FastifyInstance, webRoot: string | undefined): Promise<boolean> {
  const root = resolve(webRoot ?? join(packageRoot(), 'dist', 'web'));
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  return true;
}
