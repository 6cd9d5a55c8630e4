/**
 * `sociogram user add|list --workspace DIR`
 *
 * Local accounts for the API (argon2id hashes in `users.json`). The password comes from
 * `--password-stdin`, the `SOCIOGRAM_PASSWORD` variable, or a prompt that does not echo.
 */
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { addUser, isRole, listUsers, MIN_PASSWORD_LENGTH, openAuditLog } from '../../privacy/index.js';
import { initWorkspace } from '../../store/index.js';
import { InputError } from '../../shared/errors.js';
import { printJson, type CliIo } from '../io.js';
import { t } from '../messages.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks for a password on the terminal without echoing it. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    out._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stderr.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function password(flags: { passwordStdin?: boolean }): Promise<string> {
  if (flags.passwordStdin) return readStdin();
  if (process.env.SOCIOGRAM_PASSWORD) return process.env.SOCIOGRAM_PASSWORD;
  if (!process.stdin.isTTY) {
    throw new InputError(
      'cli/user: no password: use --password-stdin, SOCIOGRAM_PASSWORD, or run in a terminal',
    );
  }
  return prompt(t('passwordPrompt', { min: MIN_PASSWORD_LENGTH }));
}

interface AddFlags {
  workspace: string;
  username: string;
  role: string;
  passwordStdin?: boolean;
}

export function registerUser(program: Command, io: CliIo): void {
  const user = program.command('user').description('API accounts (admin, analyst, viewer)');
  user
    .command('add')
    .description('create an account (the first one should be an admin)')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .requiredOption('-u, --username <name>', 'user name')
    .option('-r, --role <role>', 'admin, analyst or viewer', 'viewer')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (flags: AddFlags) => {
      if (!isRole(flags.role))
        throw new InputError(`cli/user: invalid --role: ${flags.role} (expected admin, analyst or viewer)`);
      initWorkspace(flags.workspace);
      const created = await addUser(flags.workspace, {
        username: flags.username,
        role: flags.role,
        password: await password(flags),
      });
      openAuditLog(flags.workspace).append({
        actor: `cli:${userInfo().username}`,
        role: 'admin',
        action: 'user-add',
        target: created.username,
        detail: { role: created.role },
      });
      io.out(t('userAdded', { username: created.username, role: created.role }));
    });
  user
    .command('list')
    .description('list accounts')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action((flags: { workspace: string; json?: boolean }) => {
      const users = listUsers(flags.workspace);
      if (flags.json) return printJson(io, users);
      for (const u of users)
        io.out(
          t('userLine', { username: u.username, role: u.role, disabled: u.disabled ? ' (disabled)' : '' }),
        );
    });
}
