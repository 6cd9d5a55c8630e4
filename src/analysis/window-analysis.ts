/**
 * Windowed analysis
 *
 * Runs the ordinary analysis once per calendar window and stores each as its own run (params carry
 * `window: {period, from, to}` and a `fingerprint`). A window whose fingerprint matches a stored run
 * is read back instead of recomputed, so adding a month of data analyses only that month (and any
 * earlier window whose data really changed).
 *
 * Notes:
 * - The fingerprint covers the store's digest of the window (message keys, identity links and person
 *   kinds), the staff directory, the analysis parameters and `WINDOW_ANALYSIS_VERSION`; bump the
 *   version when a change to the analysis should invalidate stored windows.
 * - Each window run also stores `activity` rows (messages sent and received per person), which the
 *   alerts compare across windows, and `conversation` rows (who wrote at least
 *   `CONVERSATION_MIN_MESSAGES` messages in each chat or channel), the conversation groups trends match.
 * - Known gap: a reply counts for its parent's author only when the parent is stored. A parent added
 *   late to an earlier window changes a later window's reply counts without changing its fingerprint
 *   (which covers the window's own messages); bump the version or re-run with another seed to redo it.
 * - A thin window (fewer messages than `THIN_WINDOW_SHARE` of the median window, e.g. a few stray
 *   messages before the data really starts, or a last window of two days) is listed but not analysed:
 *   its leader ranks and groups would be noise.
 */
import { createHash } from 'node:crypto';
import type {
  AnalysisResultRow,
  AnalysisRun,
  ConversationActivityRow,
  Person,
  Store,
} from '../store/index.js';
import { SILENT_PROGRESS } from '../shared/progress.js';
import {
  analysisResultRows,
  analysisRunParams,
  analyzeGraph,
  loadAnalysisInput,
  type AnalyzeOptions,
} from './analyze.js';
import type { AnalysisSummary, CommunityResult, EdgeResult, PersonResult } from './types.js';
import { calendarWindows, type AnalysisWindow, type PeriodKind } from './windows.js';

/** Bump to make every stored window analysis stale. */
export const WINDOW_ANALYSIS_VERSION = 1;
/** A person belongs to a conversation group in a window when they wrote at least this many messages there. */
export const CONVERSATION_MIN_MESSAGES = 2;
/** Windows with fewer messages than this share of the median window are thin (not analysed). */
export const THIN_WINDOW_SHARE = 0.25;

/** The active members of one conversation (chat, channel, mail folder) in one window. */
export interface ConversationGroup {
  readonly conversation: string;
  /** Members, most messages first. */
  readonly members: readonly string[];
  readonly messages: number;
}

export interface WindowActivity {
  readonly sent: number;
  readonly received: number;
}

export interface WindowResult {
  readonly window: AnalysisWindow;
  /** Null for a thin window, which is not analysed. */
  readonly runId: number | null;
  readonly thin: boolean;
  /** True when the stored run was reused (its fingerprint was unchanged). */
  readonly reused: boolean;
  readonly fingerprint: string;
  /** Messages in the window (all kinds), from the store's fingerprint. */
  readonly messages: number;
  readonly summary: AnalysisSummary;
  readonly people: readonly PersonResult[];
  readonly communities: readonly CommunityResult[];
  readonly edges: readonly EdgeResult[];
  readonly activity: ReadonlyMap<string, WindowActivity>;
  readonly conversations: readonly ConversationGroup[];
}

type WindowData = Pick<
  WindowResult,
  'summary' | 'people' | 'communities' | 'edges' | 'activity' | 'conversations'
>;

export interface WindowedOptions extends AnalyzeOptions {
  readonly period: PeriodKind;
  /** Called once per window as it is reused or analysed (tests and progress). */
  readonly onWindow?: (window: AnalysisWindow, status: 'reused' | 'analysed') => void;
}

interface WindowParams {
  readonly window?: { readonly period?: string; readonly from?: number; readonly to?: number };
  readonly fingerprint?: string;
}

function sha(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/** Everything about staff that the analysis reads (names, units, positions, hierarchy, sex). */
function staffDigest(people: readonly Person[]): string {
  const staff = people
    .filter((p) => p.kind === 'staff')
    .map((p) => [p.id, p.name, p.department, p.position, p.managerId, p.level, p.sex])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return sha(staff);
}

function windowKey(w: AnalysisWindow): string {
  return `${w.period}:${w.from}:${w.to}`;
}

/** The latest stored run per window key and fingerprint. */
function storedWindows(runs: readonly AnalysisRun[]): Map<string, AnalysisRun> {
  const out = new Map<string, AnalysisRun>();
  for (const run of runs) {
    const p = (run.params ?? {}) as WindowParams;
    if (!p.window || typeof p.fingerprint !== 'string') continue;
    out.set(`${p.window.period}:${p.window.from}:${p.window.to}|${p.fingerprint}`, run);
  }
  return out;
}

function activityMap(rows: readonly AnalysisResultRow[]): Map<string, WindowActivity> {
  return new Map(rows.map((r) => [r.key, r.data as WindowActivity]));
}

function conversationGroups(rows: readonly ConversationActivityRow[]): ConversationGroup[] {
  const by = new Map<string, ConversationActivityRow[]>();
  for (const r of rows) by.set(r.conversation, [...(by.get(r.conversation) ?? []), r]);
  return [...by.entries()]
    .map(([conversation, list]) => ({
      conversation,
      members: list
        .filter((r) => r.messages >= CONVERSATION_MIN_MESSAGES)
        .sort((a, b) => b.messages - a.messages || a.personId.localeCompare(b.personId))
        .map((r) => r.personId),
      messages: list.reduce((sum, r) => sum + r.messages, 0),
    }))
    .filter((g) => g.members.length > 0);
}

async function readWindow(store: Store, run: AnalysisRun): Promise<WindowData> {
  const [people, communities, edges, activity, conversations] = await Promise.all([
    store.analysisRows(run.id, 'person'),
    store.analysisRows(run.id, 'community'),
    store.analysisRows(run.id, 'edge'),
    store.analysisRows(run.id, 'activity'),
    store.analysisRows(run.id, 'conversation'),
  ]);
  return {
    summary: run.summary as AnalysisSummary,
    people: people.map((r) => r.data as PersonResult).sort((a, b) => a.rank - b.rank),
    communities: communities
      .map((r) => r.data as CommunityResult)
      .sort((a, b) => b.size - a.size || a.id - b.id),
    edges: edges.map((r) => r.data as EdgeResult),
    activity: activityMap(activity),
    conversations: conversations.map((r) => ({
      conversation: r.key,
      ...(r.data as Omit<ConversationGroup, 'conversation'>),
    })),
  };
}

async function computeWindow(
  store: Store,
  window: AnalysisWindow,
  options: WindowedOptions,
  fingerprint: string,
): Promise<{ runId: number } & WindowData> {
  const analyzeOptions: AnalyzeOptions = {
    ...options,
    ties: { ...options.ties, from: window.from, to: window.to },
  };
  const range = { from: window.from, to: window.to };
  const [input, conversationRows] = await Promise.all([
    loadAnalysisInput(store, analyzeOptions, range),
    store.conversationActivity(range),
  ]);
  const excluded = new Set(options.ties?.excludePeople ?? []);
  const conversations = conversationGroups(conversationRows.filter((r) => !excluded.has(r.personId)));
  const output = analyzeGraph(input, analyzeOptions);
  const activity = input.activity
    .filter((a) => a.sent + a.received > 0)
    .map((a) => ({ kind: 'activity', key: a.personId, data: { sent: a.sent, received: a.received } }));
  const params = {
    ...analysisRunParams(analyzeOptions),
    window: { period: window.period, from: window.from, to: window.to },
    fingerprint,
  };
  const conversationRowsOut = conversations.map((c) => ({
    kind: 'conversation',
    key: c.conversation,
    data: { members: c.members, messages: c.messages },
  }));
  const runId = await store.saveAnalysis(params, output.summary, [
    ...analysisResultRows(output),
    ...activity,
    ...conversationRowsOut,
  ]);
  return {
    runId,
    summary: output.summary,
    people: output.people,
    communities: output.communities,
    edges: output.edges,
    activity: activityMap(activity),
    conversations,
  };
}

const THIN: WindowData = {
  summary: { people: 0, edges: 0, communities: 0, modularity: 0, period: null },
  people: [],
  communities: [],
  edges: [],
  activity: new Map(),
  conversations: [],
};

function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return 0;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Analyses every calendar window of the workspace's period, reusing stored windows whose fingerprint
 * is unchanged. Returns the windows oldest first (none when the store has no messages).
 */
export async function analyzeWindows(store: Store, options: WindowedOptions): Promise<WindowResult[]> {
  const progress = options.progress ?? SILENT_PROGRESS;
  const [status, people, runs] = await Promise.all([
    store.status(),
    store.listPeople(),
    store.listAnalysisRuns(),
  ]);
  if (!status.period) return [];
  const windows = calendarWindows(status.period, options.period);
  const stored = storedWindows(runs);
  const base = {
    version: WINDOW_ANALYSIS_VERSION,
    staff: staffDigest(people),
    params: {
      ...analysisRunParams({ ...options, ties: { ...options.ties, from: undefined, to: undefined } }),
    },
    topK: options.topK ?? null,
  };
  const fps = [];
  for (const w of windows) fps.push(await store.windowFingerprint({ from: w.from, to: w.to }));
  const thinBelow = THIN_WINDOW_SHARE * median(fps.map((f) => f.messages).filter((n) => n > 0));
  const out: WindowResult[] = [];
  progress.start('windows', windows.length, 'windows');
  for (const [i, window] of windows.entries()) {
    const fp = fps[i];
    const fingerprint = sha({ ...base, window: windowKey(window), store: fp.digest });
    const common = { window, fingerprint, messages: fp.messages };
    if (fp.messages < thinBelow || fp.messages === 0) {
      out.push({ ...common, ...THIN, runId: null, thin: true, reused: false });
      continue;
    }
    const run = stored.get(`${windowKey(window)}|${fingerprint}`);
    const quiet = { ...options, progress: SILENT_PROGRESS };
    const result = run
      ? { runId: run.id, ...(await readWindow(store, run)) }
      : await computeWindow(store, window, quiet, fingerprint);
    options.onWindow?.(window, run ? 'reused' : 'analysed');
    out.push({ ...common, thin: false, reused: run !== undefined, ...result });
    progress.update(i + 1);
  }
  progress.stop();
  return out;
}
