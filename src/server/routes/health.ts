/**
 * Health route: a public liveness check that reveals nothing about the data.
 */
import type { AnyRouteDef } from '../types.js';

export const healthRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: 'Liveness check',
    tags: ['system'],
    handler: () => Promise.resolve({ status: 'ok' }),
  },
];
