/**
 * OpenAPI description
 *
 * Registers @fastify/swagger so every route (with the JSON Schema made from its zod schemas) appears
 * in an OpenAPI 3 document, served at `GET /api/openapi.json`.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { sessionCookieName } from './route.js';

export const OPENAPI_URL = '/api/openapi.json';

/** Registers the OpenAPI generator; call before any route is added. */
export async function registerOpenApi(
  app: FastifyInstance,
  env: { secure: boolean; version: string },
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Sociogram API',
        version: env.version,
        description:
          'Read workspace status, informal leaders (of any run), people and their communication maps, maps, groups and their history across runs, trends and campaigns; edit and test marker dictionaries; plan, simulate and evaluate campaigns; run ingest and analysis jobs. People are pseudonymous unless an admin re-identifies (audited); no group or department under the minimum group size is named.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookieName(env.secure) },
        },
      },
    },
  });
}
