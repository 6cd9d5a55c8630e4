/**
 * Route table
 *
 * Every API route, one file per resource. Add a resource by writing `routes/<resource>.ts` and listing
 * its routes here: the role × endpoint matrix test walks this table, so new routes are covered.
 */
import type { AnyRouteDef } from '../types.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { campaignRoutes } from './campaigns.js';
import { departmentRoutes } from './departments.js';
import { exportRoutes } from './exports.js';
import { groupRoutes } from './groups.js';
import { healthRoutes } from './health.js';
import { jobRoutes } from './jobs.js';
import { leaderRoutes } from './leaders.js';
import { mapRoutes } from './map.js';
import { openApiRoutes } from './openapi.js';
import { peopleRoutes } from './people.js';
import { privacyRoutes } from './privacy.js';
import { reportRoutes } from './report.js';
import { statusRoutes } from './status.js';
import { markerRoutes } from './markers.js';
import { campaignPlanRoutes } from './campaign-plans.js';
import { trendRoutes } from './trends.js';
import { userRoutes } from './users.js';

export const ROUTES: readonly AnyRouteDef[] = [
  ...healthRoutes,
  ...openApiRoutes,
  ...statusRoutes,
  ...authRoutes,
  ...leaderRoutes,
  ...peopleRoutes,
  ...mapRoutes,
  ...groupRoutes,
  ...departmentRoutes,
  ...trendRoutes,
  ...campaignRoutes,
  ...campaignPlanRoutes,
  ...markerRoutes,
  ...exportRoutes,
  ...reportRoutes,
  ...jobRoutes,
  ...userRoutes,
  ...privacyRoutes,
  ...auditRoutes,
];
