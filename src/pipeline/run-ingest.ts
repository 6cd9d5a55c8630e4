/**
 * Ingest into a workspace
 *
 * The full ingest step as the CLI, the server's jobs, `watch` and the demo run it: load the staff
 * directory, read every source (files, then IMAP accounts) through the ingest adapters with content
 * features computed in-stream, honour opt-out and text retention, then resolve identities to people
 * (directory, the analyst's corrections file, name matching).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  EMPTY_SUMMARY,
  ingestImap,
  ingestPaths,
  mergeSummaries,
  readIngestConfig,
  type ImapAccount,
  type IngestOptions,
  type IngestSummary,
} from '../ingest/index.js';
import {
  CORRECTIONS_FILE,
  loadDirectory,
  readCorrectionsFile,
  resolveIdentities,
  type ResolveSummary,
} from '../identity/index.js';
import { createFeatureExtractor, createTermExtractor, loadMarkers } from '../text/index.js';
import { createPrivacyPolicy } from '../privacy/index.js';
import { Diagnostics } from '../shared/diagnostics.js';
import { SILENT_PROGRESS, type Progress } from '../shared/progress.js';
import type { Workspace } from '../store/index.js';

export interface RunIngestOptions {
  readonly format?: string;
  readonly directory?: string | undefined;
  readonly progress?: Progress;
  readonly diagnostics?: Diagnostics;
  /** IMAP accounts read after the files (new messages only). */
  readonly imap?: readonly ImapAccount[];
  /** Stops after the batch in hand (see `IngestOptions.signal`); identities are still resolved. */
  readonly signal?: AbortSignal;
}

export interface RunIngestResult {
  readonly summary: IngestSummary;
  readonly identities: ResolveSummary;
  readonly people: number;
  readonly links: number;
  readonly unresolved: number;
}

/** Runs directory loading, ingest and identity resolution on an open workspace. */
export async function runIngest(
  workspace: Workspace,
  paths: readonly string[],
  options: RunIngestOptions = {},
): Promise<RunIngestResult> {
  const { store, config } = workspace;
  const policy = createPrivacyPolicy(workspace);
  const directory = options.directory ? await loadDirectory(options.directory) : undefined;
  if (directory) {
    await store.upsertPeople(directory.people);
    await store.upsertIdentities(directory.links);
  }
  policy.bindIdentities(await store.listIdentities());
  const markers = loadMarkers(workspace.dir);
  const extract = createFeatureExtractor(markers);
  const extractTerms = createTermExtractor(markers.stopwords);
  const ingestOptions: IngestOptions = {
    format: (options.format ?? 'auto') as 'auto',
    diagnostics: options.diagnostics ?? new Diagnostics(),
    progress: options.progress ?? SILENT_PROGRESS,
    extractFeatures: (m) => {
      const text = m.text ?? '';
      return { ...extract(text, m.subject), terms: extractTerms(text) };
    },
    retainText: config.privacy.retainText,
    csvMapping: readIngestConfig(config).csv,
    optOut: (id) => policy.isOptedOut(id),
    signal: options.signal,
  };
  let summary: IngestSummary = paths.length ? await ingestPaths(store, paths, ingestOptions) : EMPTY_SUMMARY;
  for (const account of options.imap ?? []) {
    if (options.signal?.aborted) break;
    summary = mergeSummaries(summary, await ingestImap(store, account, ingestOptions));
  }
  const correctionsFile = join(workspace.dir, CORRECTIONS_FILE);
  const identities = await resolveIdentities(store, {
    directory,
    corrections: existsSync(correctionsFile) ? readCorrectionsFile(correctionsFile) : [],
    domains: config.domains,
  });
  const [people, links, unresolved] = await Promise.all([
    store.listPeople(),
    store.listIdentities(),
    store.listUnresolved(),
  ]);
  return { summary, identities, people: people.length, links: links.length, unresolved: unresolved.length };
}
