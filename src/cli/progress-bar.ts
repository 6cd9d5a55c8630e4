/**
 * Terminal progress bar
 *
 * Renders `Progress` phases with cli-progress on stderr (rate and ETA). Off a terminal it prints one
 * line per phase instead, so logs stay readable.
 */
import cliProgress from 'cli-progress';
import type { Progress } from '../shared/progress.js';
import type { CliIo } from './io.js';

export function createProgressBar(io: CliIo): Progress {
  let bar: cliProgress.SingleBar | undefined;
  let label = '';
  let started = 0;
  return {
    start(l, total, unit = 'items') {
      bar?.stop();
      label = l;
      started = Date.now();
      if (!io.isTTY) return;
      bar = new cliProgress.SingleBar(
        {
          format: `${l.padEnd(24)} {bar} {percentage}% | {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`,
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { rate: '0' });
    },
    update(done) {
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      bar?.update(done, { rate: Math.round(done / secs).toString() });
    },
    stop() {
      if (bar) {
        bar.stop();
        bar = undefined;
      } else if (label) {
        io.err(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      label = '';
    },
  };
}
