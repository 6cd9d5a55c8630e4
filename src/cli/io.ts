/**
 * CLI input/output
 *
 * Commands write through `CliIo` so tests can capture output and the progress bar knows whether it
 * may draw (only on a terminal).
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly isTTY: boolean;
}

export const PROCESS_IO: CliIo = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  get isTTY() {
    return Boolean(process.stderr.isTTY);
  },
};

/** Prints a value as pretty JSON on stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
