/**
 * `sociogram map --workspace DIR PERSON [--json] [--identified]`
 */
import type { Command } from 'commander';
import {
  buildPersonMap,
  findPerson,
  loadAnalysis,
  ROLE_MEANINGS,
  type PersonMap,
} from '../../analysis/index.js';
import { printJson, type CliIo } from '../io.js';
import { cliLang } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { withWorkspace } from '../workspace.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pct = (v: number): string => `${Math.round(v * 100)}%`;

function topEntries(rec: Readonly<Record<string, number>>, n: number): string {
  return Object.entries(rec)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join(', ');
}

function printMap(io: CliIo, m: PersonMap): void {
  const p = m.person;
  const role = p.role ? ROLE_MEANINGS[p.role]?.[cliLang()] : undefined;
  io.out(
    `${p.label}  rank ${p.rank}, score ${p.score.toFixed(3)}, role ${p.role ?? '—'}${role ? ` (${role})` : ''}`,
  );
  io.out(`why: ${p.explanation.map((e) => `${e.factor} p${Math.round(e.percentile)}`).join(', ')}`);
  io.out('top contacts:');
  for (const c of m.contacts) {
    const ch = Object.entries(c.channels)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    io.out(`  ${c.personId}  out ${c.outWeight.toFixed(2)}  in ${c.inWeight.toFixed(2)}  (${ch})`);
  }
  io.out(`departments: ${topEntries(m.departments, 5)}`);
  io.out(`groups: ${topEntries(m.groups, 5)}`);
  io.out(`topics: ${topEntries(m.topics, 5)}`);
  for (const [target, s] of Object.entries(m.stance)) {
    io.out(`stance towards ${target}: ${s.score.toFixed(2)} over ${s.mentions} mentions`);
  }
  const busiest = m.rhythm
    .flatMap((row, d) => row.map((v, h) => ({ v, d, h })))
    .sort((a, b) => b.v - a.v)
    .slice(0, 3)
    .filter((x) => x.v > 0)
    .map((x) => `${WEEKDAYS[x.d]} ${x.h}:00`);
  io.out(`busiest hours: ${busiest.join(', ') || '—'}`);
  if (m.change) {
    const c = m.change;
    io.out(
      `last ${c.periodDays} days: ${c.current.contacts} contacts (before: ${c.previous.contacts}); new ${c.newContacts.length}, lost ${c.lostContacts.length}`,
    );
  }
}

export function registerMap(program: Command, io: CliIo): void {
  program
    .command('map')
    .description("a person's communication map: contacts, spheres, topics, stance, rhythm, change")
    .argument('<person>', 'person id, pseudonym, e-mail address or name')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .option('--identified', 'names instead of pseudonyms (audited)')
    .action(async (query: string, flags: { workspace: string; json?: boolean; identified?: boolean }) => {
      const map = await withWorkspace(flags.workspace, async (ws) => {
        const analysis = await loadAnalysis(ws.store);
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli map',
          target: query,
        });
        const person = findPerson(query, analysis.people, await ws.store.listIdentities(), (id) =>
          present.pseudonym(id),
        );
        return present.present(await buildPersonMap(ws.store, analysis, person));
      });
      if (flags.json) return printJson(io, map);
      printMap(io, map);
    });
}
