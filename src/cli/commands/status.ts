/**
 * `sociogram status --workspace DIR [--json]`
 */
import type { Command } from 'commander';
import { printJson, type CliIo } from '../io.js';
import { withWorkspace } from '../workspace.js';

export function registerStatus(program: Command, io: CliIo): void {
  program
    .command('status')
    .description('counts of messages by source and channel, people, identities, skipped items, runs')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action(async (flags: { workspace: string; json?: boolean }) => {
      const status = await withWorkspace(flags.workspace, (ws) => ws.store.status());
      if (flags.json) return printJson(io, status);
      const total = status.messagesByChannel.reduce((s, c) => s + c.messages, 0);
      io.out(`messages: ${total}`);
      for (const c of status.messagesByChannel) io.out(`  ${c.channel}: ${c.messages}`);
      io.out('by source:');
      for (const s of status.messagesBySource)
        io.out(`  ${s.source} (${s.format}, ${s.channel}): ${s.messages}`);
      io.out(`people: ${status.people}`);
      io.out(`identities: ${status.identities} (unresolved: ${status.unresolvedIdentifiers})`);
      if (status.period) {
        const d = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
        io.out(`period: ${d(status.period.from)} .. ${d(status.period.to)}`);
      }
      io.out(`skipped: ${status.skippedByReason.reduce((s, r) => s + r.count, 0)}`);
      for (const r of status.skippedByReason) io.out(`  ${r.reason}: ${r.count}`);
      io.out(`analysis runs: ${status.analysisRuns}`);
    });
}
