/**
 * Marker routes: the topic and stance-target dictionaries as the dashboard edits them, saving them
 * into the workspace's marker files (analysts and admins, audited), and trying them on a text: which
 * topics and targets it hits and by which rules, its stance and sentiment (`sociogram markers test`).
 * The test text is neither stored nor logged.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { explainMatch, loadMarkers, MARKERS_DIR, parseMarkerFile, type MarkerSet } from '../../text/index.js';
import {
  DASHBOARD_MARKER_FILE,
  DASHBOARD_MARKER_LABEL,
  dashboardMarkerFile,
  markerEntries,
  markersBody,
  type MarkersBody,
} from '../marker-entries.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const langQuery = z.object({ lang: z.enum(['ru', 'en']).default('ru') });
const testBody = z.object({ text: z.string().max(20_000), markers: markersBody.optional() });
type LangQuery = z.infer<typeof langQuery>;

/** The workspace's markers without the dashboard's own file (what the edits are made against). */
function baseMarkers(dir: string): MarkerSet {
  return loadMarkers(dir, {
    file: DASHBOARD_MARKER_LABEL,
    data: parseMarkerFile('{}', DASHBOARD_MARKER_LABEL),
  });
}

function markersWith(dir: string, body: MarkersBody | undefined, lang: 'ru' | 'en'): MarkerSet {
  if (!body) return loadMarkers(dir);
  const data = dashboardMarkerFile(body, baseMarkers(dir), lang);
  return loadMarkers(dir, { file: DASHBOARD_MARKER_LABEL, data });
}

function getMarkers(ctx: HandlerContext<LangQuery, unknown, unknown>) {
  return Promise.resolve(markerEntries(loadMarkers(ctx.services.workspace.dir), ctx.query.lang));
}

function putMarkers(ctx: HandlerContext<LangQuery, unknown, MarkersBody>) {
  const dir = ctx.services.workspace.dir;
  const data = dashboardMarkerFile(ctx.body, baseMarkers(dir), ctx.query.lang);
  // Compile the whole set before writing, so a file that cannot be used is never saved.
  const set = loadMarkers(dir, { file: DASHBOARD_MARKER_LABEL, data });
  const folder = join(dir, MARKERS_DIR);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, DASHBOARD_MARKER_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify(data, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
  ctx.audit('markers-change', DASHBOARD_MARKER_LABEL, {
    topics: ctx.body.topics.length,
    targets: ctx.body.targets.length,
  });
  return Promise.resolve(markerEntries(set, ctx.query.lang));
}

function testMarkers(ctx: HandlerContext<LangQuery, unknown, z.infer<typeof testBody>>) {
  const set = markersWith(ctx.services.workspace.dir, ctx.body.markers, ctx.query.lang);
  const e = explainMatch(set, ctx.body.text);
  const owner = (o: (typeof e.topics)[number]) => ({
    id: o.id,
    label: o.name[ctx.query.lang],
    file: o.file,
    hits: o.hits,
    exclusions: o.exclusions,
  });
  return Promise.resolve({
    lang: e.features.lang,
    topics: e.features.topics,
    stance: e.features.stance,
    sentiment: e.features.sentiment,
    explanation: {
      topics: e.topics.map(owner),
      targets: e.targets.map(owner),
      sentences: e.sentences,
      words: e.words,
    },
  });
}

export const markerRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/markers',
    access: 'viewer',
    summary: 'Topic and stance-target dictionaries in effect (id, name, terms), names in `lang`',
    tags: ['markers'],
    query: langQuery,
    handler: getMarkers,
  },
  {
    method: 'PUT',
    url: '/api/markers',
    access: 'analyst',
    summary: "Save edited topics and targets into the workspace's marker files (re-run analysis to apply)",
    tags: ['markers'],
    query: langQuery,
    body: markersBody,
    example: (services) => {
      const { topics, targets } = markerEntries(loadMarkers(services.workspace.dir), 'ru');
      return { body: { topics, targets } };
    },
    handler: putMarkers,
  },
  {
    method: 'POST',
    url: '/api/markers/test',
    access: 'viewer',
    summary: 'Which topics, targets and rules a text hits, and its stance and sentiment',
    tags: ['markers'],
    query: langQuery,
    body: testBody,
    example: { body: { text: 'Голосование по благоустройству двора' } },
    handler: testMarkers,
  },
];
