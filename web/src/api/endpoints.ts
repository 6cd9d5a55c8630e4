/**
 * API endpoints
 *
 * One function per server route the dashboard uses, each validating its response. The routes and
 * shapes are listed in `web/README.md`; this is the only file that knows URLs.
 */
import { z } from 'zod';
import { request } from './client.js';
import { graphSchema, leadersSchema, sessionSchema, statusSchema, type Role } from './schemas.js';
import { groupsSchema, personMapSchema } from './schemas-detail.js';
import {
  auditSchema,
  campaignListSchema,
  campaignSchema,
  evaluationSchema,
  jobSchema,
  markerTestSchema,
  markersSchema,
  optOutSchema,
  privacySettingsSchema,
  simulationSchema,
  usersSchema,
  type Markers,
  type PrivacySettings,
} from './schemas-admin.js';

const empty = z.unknown();
const enc = encodeURIComponent;

export const api = {
  session: () => request('/api/session', sessionSchema),
  login: (username: string, password: string) =>
    request('/api/session', sessionSchema, { method: 'POST', body: { username, password } }),
  logout: () => request('/api/session', empty, { method: 'DELETE' }),

  status: () => request('/api/status', statusSchema),
  graph: () => request('/api/graph', graphSchema),
  leaders: (period?: string) =>
    request(period ? `/api/leaders?period=${enc(period)}` : '/api/leaders', leadersSchema),
  person: (id: string) => request(`/api/people/${enc(id)}`, personMapSchema),
  groups: () => request('/api/groups', groupsSchema),

  markers: () => request('/api/markers', markersSchema),
  saveMarkers: (markers: Markers) => request('/api/markers', markersSchema, { method: 'PUT', body: markers }),
  testMarkers: (text: string, markers: Markers) =>
    request('/api/markers/test', markerTestSchema, { method: 'POST', body: { text, markers } }),
  analyse: () => request('/api/analysis', jobSchema, { method: 'POST', body: {} }),
  job: (id: string) => request(`/api/jobs/${enc(id)}`, jobSchema),

  campaigns: () => request('/api/campaigns', campaignListSchema),
  campaign: (id: string) => request(`/api/campaigns/${enc(id)}`, campaignSchema),
  planCampaign: (options: Record<string, unknown>) =>
    request('/api/campaigns', campaignSchema, { method: 'POST', body: options }),
  simulate: (id: string, model: 'ic' | 'lt', runs: number) =>
    request(`/api/campaigns/${enc(id)}/simulate`, simulationSchema, {
      method: 'POST',
      body: { model, runs },
    }),
  uploadOutcomes: (id: string, csv: string) =>
    request(`/api/campaigns/${enc(id)}/outcomes`, evaluationSchema, {
      method: 'POST',
      raw: { text: csv, type: 'text/csv' },
    }),
  evaluation: (id: string) => request(`/api/campaigns/${enc(id)}/evaluation`, evaluationSchema),

  privacy: () => request('/api/privacy', privacySettingsSchema),
  savePrivacy: (settings: PrivacySettings) =>
    request('/api/privacy', privacySettingsSchema, { method: 'PUT', body: settings }),
  optOut: () => request('/api/privacy/opt-out', optOutSchema),
  saveOptOut: (entries: readonly string[]) =>
    request('/api/privacy/opt-out', optOutSchema, { method: 'PUT', body: { entries } }),
  users: () => request('/api/users', usersSchema),
  addUser: (username: string, password: string, role: Role) =>
    request('/api/users', empty, { method: 'POST', body: { username, password, role } }),
  removeUser: (username: string) => request(`/api/users/${enc(username)}`, empty, { method: 'DELETE' }),
  audit: (limit: number) => request(`/api/audit?limit=${limit}`, auditSchema),
};

/** Download links (served as XLSX attachments; the browser handles them). */
export const downloads = {
  ambassadors: (id: string) => `/api/campaigns/${enc(id)}/ambassadors.xlsx`,
  report: (id: string) => `/api/campaigns/${enc(id)}/report.xlsx`,
  leaders: () => '/api/leaders.xlsx',
};
