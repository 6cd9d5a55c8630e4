/**
 * Sociogram CLI
 *
 * The only entry point and the only top-level catch: errors become one line on stderr and an exit
 * code (0 ok, 1 failure, 2 usage or input error, 70 internal error).
 */
import { Command, CommanderError } from 'commander';
import { AppError, InputError, InternalError, NotFoundError } from '../shared/errors.js';
import { PROCESS_IO, type CliIo } from './io.js';
import { t } from './messages.js';
import { COMMANDS } from './commands/index.js';

export const VERSION = '0.1.0';

/** Builds the commander program with every command registered. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('sociogram')
    .description(t('description'))
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError(false);
  for (const register of COMMANDS) register(program, io);
  return program;
}

function exitCodeFor(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) {
    // --help and --version also arrive here, with exit code 0.
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof InternalError) {
    io.err(`sociogram: ${err.message}`);
    io.err(`sociogram: ${t('internalError')} (sociogram ${VERSION}, node ${process.version})`);
    return 70;
  }
  if (err instanceof InputError || err instanceof NotFoundError) {
    io.err(`sociogram: ${err.message}`);
    return 2;
  }
  if (err instanceof AppError) {
    io.err(`sociogram: ${err.message}`);
    return 1;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.err(`sociogram: ${message.split('\n')[0]}`);
  return 1;
}

/** Runs the CLI with `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}
