/**
 * API endpoints
 *
 * One function per server route the dashboard uses, each validating its response. This is the only
 * file that knows URLs; `web/README.md` lists the routes.
 */
import { z } from 'zod';
import { request } from './client.js';
import {
  graphSchema,
  groupMapSchema,
  leadersPageSchema,
  sessionSchema,
  statusSchema,
  trendsSchema,
  type PersonRow,
  type Role,
} from './schemas.js';
import { groupHistorySchema, groupsSchema, personDetailSchema, personMapSchema } from './schemas-detail.js';
import {
  auditSchema,
  campaignListSchema,
  campaignSchema,
  evaluationSchema,
  jobSchema,
  markerTestSchema,
  markersSchema,
  privacySettingsSchema,
  simulationSchema,
  usersSchema,
  type Markers,
  type PrivacySettings,
} from './schemas-admin.js';

/** The user's language: names of topics and targets come back in it. */
type Lang = 'ru' | 'en';
const empty = z.unknown();
const enc = encodeURIComponent;
/** The server's page size limit for `/api/leaders`. */
const PAGE = 1000;
/** The most people the person-level map asks for (the server's limit too). */
export const MAP_LIMIT = 5000;

/** Every leader of the latest run (or of an earlier `run`), fetched page by page. */
async function allLeaders(run?: number): Promise<{ total: number; people: PersonRow[] }> {
  const of = run === undefined ? '' : `&run=${run}`;
  const first = await request(`/api/leaders?limit=${PAGE}${of}`, leadersPageSchema);
  const people = [...first.items];
  for (let offset = PAGE; offset < first.total; offset += PAGE) {
    const page = await request(`/api/leaders?limit=${PAGE}&offset=${offset}${of}`, leadersPageSchema);
    people.push(...page.items);
  }
  return { total: first.total, people };
}

export const api = {
  session: () => request('/api/auth/session', sessionSchema),
  login: (username: string, password: string) =>
    request('/api/auth/login', sessionSchema, { method: 'POST', body: { username, password } }),
  logout: () => request('/api/auth/logout', empty, { method: 'POST', body: {} }),

  status: () => request('/api/status', statusSchema),
  trends: () => request('/api/trends', trendsSchema),
  peopleMap: () => request(`/api/map/people?limit=${MAP_LIMIT}`, graphSchema),
  groupMap: () => request('/api/map/groups', groupMapSchema),
  leaders: () => allLeaders(),
  leadersOfRun: (run: number) => allLeaders(run),
  person: (id: string) => request(`/api/people/${enc(id)}?ties=30`, personDetailSchema),
  personMap: (id: string) => request(`/api/people/${enc(id)}/map`, personMapSchema),
  groups: () => request('/api/groups', groupsSchema),
  groupHistory: () => request('/api/groups/history', groupHistorySchema),

  markers: (lang: Lang) => request(`/api/markers?lang=${lang}`, markersSchema),
  saveMarkers: (markers: Markers, lang: Lang) =>
    request(`/api/markers?lang=${lang}`, markersSchema, { method: 'PUT', body: markers }),
  testMarkers: (text: string, markers: Markers, lang: Lang) =>
    request(`/api/markers/test?lang=${lang}`, markerTestSchema, { method: 'POST', body: { text, markers } }),
  analyse: () => request('/api/jobs/analyze', jobSchema, { method: 'POST', body: { params: {} } }),
  job: (id: string) => request(`/api/jobs/${enc(id)}`, jobSchema),

  campaigns: () => request('/api/campaigns', campaignListSchema),
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

  privacy: () => request('/api/privacy/settings', privacySettingsSchema),
  savePrivacy: (settings: Partial<PrivacySettings>) =>
    request('/api/privacy/settings', privacySettingsSchema, { method: 'PUT', body: settings }),
  users: () => request('/api/users', usersSchema),
  addUser: (username: string, password: string, role: Role) =>
    request('/api/users', empty, { method: 'POST', body: { username, password, role } }),
  removeUser: (username: string) => request(`/api/users/${enc(username)}`, empty, { method: 'DELETE' }),
  audit: (limit: number) => request(`/api/audit?limit=${limit}`, auditSchema),
};

/** Download links (the browser handles the attachment). */
export const downloads = {
  ambassadors: (id: string, lang: Lang) => `/api/campaigns/${enc(id)}/ambassadors.xlsx?lang=${lang}`,
  report: (id: string, lang: Lang) => `/api/campaigns/${enc(id)}/report.xlsx?lang=${lang}`,
  people: () => '/api/exports/people?format=csv',
};
