/**
 * `sociogram markers test --workspace DIR "текст"` and `sociogram markers init --workspace DIR`
 *
 * `test` shows which marker rules (topics, stance targets, sentiment words) a text hits and why,
 * with the workspace's dictionaries; `init` copies the shipped dictionaries into the workspace's
 * `markers/` folder for editing.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { explainMatch, formatExplanation, loadMarkers, writeDefaultMarkers } from '../../text/index.js';
import { printJson, type CliIo } from '../io.js';
import { cliLang, t } from '../messages.js';

export function registerMarkers(program: Command, io: CliIo): void {
  const markers = program
    .command('markers')
    .description('marker dictionaries: try them on a text, copy the defaults');
  markers
    .command('test')
    .description('show which topic, stance and sentiment rules a text hits, and why')
    .option('-w, --workspace <dir>', 'workspace folder (its markers/ override the defaults)')
    .option('--json', 'print the explanation as JSON')
    .argument('<text...>', 'the text to analyse')
    .action((words: string[], flags: { workspace?: string; json?: boolean }) => {
      const set = loadMarkers(flags.workspace === undefined ? undefined : resolve(flags.workspace));
      const explanation = explainMatch(set, words.join(' '));
      if (flags.json) return printJson(io, explanation);
      io.out(formatExplanation(explanation, cliLang()));
    });
  markers
    .command('init')
    .description("copy the shipped dictionaries into the workspace's markers/ folder for editing")
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--overwrite', 'replace files that already exist')
    .action((flags: { workspace: string; overwrite?: boolean }) => {
      const written = writeDefaultMarkers(resolve(flags.workspace), { overwrite: flags.overwrite === true });
      io.out(t('markersWritten', { count: written.length, dir: resolve(flags.workspace, 'markers') }));
    });
}
