/**
 * Trends on the demo organization with a planted change
 *
 * Generates a 200-person demo whose second month plants a change (a leader goes silent on
 * 2025-04-14, two interest-group chats merge), ingests it, runs trends by month and checks that the
 * leader's silence raises an alert and the two chats are reported as a merge. Then re-runs trends
 * and checks that every window is reused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationGroupId, type TrendsReport, type WindowResult } from '../analysis/index.js';
import { generateDemo } from '../demo/index.js';
import { Diagnostics } from '../shared/diagnostics.js';
import { initWorkspace, openWorkspace, type Workspace } from '../store/index.js';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { runIngest } from './run-ingest.js';
import { runTrends } from './run-trends.js';

interface Truth {
  groups: { id: string; members: string[] }[];
  change: { leaverId: string; mergedGroups: [string, string] };
}

afterAll(cleanupTempDirs);

/** Members of the conversation group `id` in a window. */
function members(windows: readonly WindowResult[], label: string, id: string): string[] {
  const w = windows.find((x) => x.window.label === label);
  return w?.conversations.find((c) => conversationGroupId(c.conversation) === id)?.members.slice() ?? [];
}

const share = (part: readonly string[], whole: readonly string[]): number =>
  whole.length ? whole.filter((m) => part.includes(m)).length / whole.length : 0;

describe('trends on the demo with a planted change', () => {
  let ws: Workspace;
  let truth: Truth;
  let windows: readonly WindowResult[];
  let report: TrendsReport;

  it('ingests the demo and finds the departed leader and the merged groups', async () => {
    const dir = makeTempDir('sociogram-trends-');
    const manifest = await generateDemo({
      outDir: join(dir, 'data'),
      people: 200,
      seed: 42,
      plantedChange: true,
    });
    truth = JSON.parse(readFileSync(manifest.files.groundTruth, 'utf8')) as Truth;
    initWorkspace(dir, { name: 'trends', ingest: { csv: manifest.csvMapping } });
    ws = await openWorkspace(dir);
    await runIngest(ws, [manifest.files.mbox, manifest.files.telegram, manifest.files.dlp], {
      directory: manifest.files.directory,
      diagnostics: new Diagnostics(),
    });
    ({ windows, report } = await runTrends(ws, { period: 'month' }));

    // March, April and May are analysed; stray early events and the two days of June are thin.
    const analysed = report.windows.filter((w) => !w.thin).map((w) => w.label);
    expect(analysed).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(report.transitions.map((t) => [t.from, t.to])).toEqual([
      ['2025-03', '2025-04'],
      ['2025-04', '2025-05'],
    ]);
    for (const t of report.transitions) expect(t.nmi).toBeGreaterThan(0.4);

    // The leader who left: quiet in April (left mid-month), silent in May.
    const leaver = truth.change.leaverId;
    const about = (t: (typeof report.transitions)[number]) =>
      t.alerts.filter((a) => a.kind === 'leader-quiet' && a.people.includes(leaver));
    expect(about(report.transitions[1]).map((a) => a.severity)).toEqual(['high']);
    // …and no other high-severity alert: silence is what marks it out.
    const high = report.transitions.flatMap((t) => t.alerts).filter((a) => a.severity === 'high');
    expect(high.every((a) => a.people.includes(leaver))).toBe(true);

    // The two chats merged: a conversation merge whose result holds most of both planted groups.
    const [from, into] = truth.change.mergedGroups.map(
      (id) => truth.groups.find((g) => g.id === id)!.members,
    );
    const merges = report.transitions.flatMap((t) =>
      t.groupEvents
        .filter((e) => e.kind === 'merge' && e.groupKind === 'conversation')
        .map((e) => ({ t, e })),
    );
    const planted = merges.filter(({ t, e }) => {
      const result = members(windows, t.to, e.after[0].group);
      return share(result, from) >= 0.5 && share(result, into) >= 0.5;
    });
    expect(planted.map(({ t }) => t.to)).toEqual(['2025-04']);
    expect(planted[0].e.before).toHaveLength(2);
  }, 300_000);

  it('reuses every stored window on a second run', async () => {
    const again = await runTrends(ws, { period: 'month' });
    const analysed = again.windows.filter((w) => !w.thin);
    expect(analysed.every((w) => w.reused)).toBe(true);
    expect(analysed.map((w) => w.runId)).toEqual(windows.filter((w) => !w.thin).map((w) => w.runId));
    expect(again.report.transitions).toEqual(report.transitions);
    await ws.close();
  }, 120_000);
});
