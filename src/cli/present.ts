/**
 * Presenting results in CLI output
 *
 * Every result the CLI prints or exports goes through the workspace's privacy policy (the one choke
 * point shared with the API): pseudonyms by default, opted-out people dropped, small groups
 * suppressed. `--identified` re-identifies (the CLI user holds the workspace secret, so acts as admin)
 * and is written to the audit log, as is every person-level output.
 */
import { userInfo } from 'node:os';
import {
  createPrivacyPolicy,
  loadDirectory,
  openAuditLog,
  resolveIdentified,
  type Directory,
} from '../privacy/index.js';
import type { Workspace } from '../store/index.js';

export interface CliPresenter {
  readonly identified: boolean;
  readonly directory: Directory;
  pseudonym(personId: string): string;
  /** Applies the privacy policy to any JSON-shaped result. */
  present<T>(value: T): T;
  /** Adds each person's addresses and handles (only meaningful when identified). */
  withAddresses<T extends { id: string }>(person: T): T & { addresses?: readonly string[] };
}

function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** Builds the presenter for one command and records the access in the audit log. */
export async function createCliPresenter(
  ws: Workspace,
  options: { identified: boolean; action: string; target?: string },
): Promise<CliPresenter> {
  const policy = createPrivacyPolicy(ws);
  const directory = await loadDirectory(ws.store);
  const identified = resolveIdentified(policy, 'admin', options.identified);
  openAuditLog(ws.dir).append({
    actor: cliActor(),
    role: 'admin',
    action: options.action,
    target: options.target ?? 'people',
    detail: { identified },
  });
  return {
    identified,
    directory,
    pseudonym: (id) => policy.pseudonym(id),
    present: <T>(value: T): T => policy.presentOutput(value, { directory, identified }).data,
    withAddresses: (person) =>
      identified ? { ...person, addresses: directory.identifiers.get(person.id) ?? [] } : person,
  };
}
