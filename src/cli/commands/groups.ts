/**
 * `sociogram groups --workspace DIR [--json]`
 */
import type { Command } from 'commander';
import { loadAnalysis } from '../../analysis/index.js';
import { printJson, type CliIo } from '../io.js';
import { createCliPresenter } from '../present.js';
import { withWorkspace } from '../workspace.js';

const top = (
  rec: Readonly<Record<string, number>> | undefined,
  n: number,
  fmt: (v: number) => string,
): string =>
  Object.entries(rec ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join(', ');

export function registerGroups(program: Command, io: CliIo): void {
  program
    .command('groups')
    .description('interest groups: keywords, topics, stance, leaders, bridges, departments')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .option('--identified', 'names instead of pseudonyms (audited)')
    .action(async (flags: { workspace: string; json?: boolean; identified?: boolean }) => {
      const groups = await withWorkspace(flags.workspace, async (ws) => {
        const analysis = await loadAnalysis(ws.store);
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli groups',
        });
        return present.present(analysis.communities);
      });
      if (flags.json) return printJson(io, { groups });
      for (const g of groups) {
        io.out(
          `group ${g.id}: ${g.size} people, cohesion ${(g.cohesion ?? 0).toFixed(2)}, cross-department ${(g.crossDepartment ?? 0).toFixed(2)}`,
        );
        if (g.keywords?.length) io.out(`  keywords: ${g.keywords.slice(0, 10).join(', ')}`);
        io.out(`  topics: ${top(g.topics, 4, (v) => `${Math.round(v * 100)}%`) || '—'}`);
        const stance = Object.entries(g.stance ?? {}).map(
          ([t, s]) => `${t} ${s.score.toFixed(2)} (${s.mentions})`,
        );
        if (stance.length) io.out(`  stance: ${stance.join(', ')}`);
        io.out(`  leaders: ${(g.leaders ?? []).join(', ')}; bridges: ${(g.bridges ?? []).join(', ') || '—'}`);
        io.out(`  departments: ${top(g.departments, 4, (v) => String(v))}`);
      }
    });
}
