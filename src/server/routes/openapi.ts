/**
 * OpenAPI route: the API description (public: it describes endpoints, not data).
 */
import type { AnyRouteDef } from '../types.js';

export const openApiRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/openapi.json',
    access: 'public',
    summary: 'OpenAPI 3 description of this API',
    tags: ['system'],
    handler: (ctx) => Promise.resolve(ctx.request.server.swagger()),
  },
];
