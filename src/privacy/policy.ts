/**
 * Privacy policy
 *
 * `createPrivacyPolicy` binds a workspace's privacy settings and secret into the one object every
 * output path uses: pseudonyms, opt-out, minimum group size and the `presentOutput` choke point.
 *
 * @example
 * const policy = createPrivacyPolicy(workspace);
 * const directory = await loadDirectory(workspace.store);
 * const { data } = policy.presentOutput(leaders, { directory, identified: false });
 */
import type { WorkspaceConfig } from '../store/index.js';
import { createOptOutMatcher } from './opt-out.js';
import { presentPersonWith } from './present-person.js';
import { presentValue } from './present-output.js';
import { createPseudonymizer } from './pseudonym.js';
import { readWorkspaceSecret } from './secret.js';
import type { GroupLike, PrivacyPolicy } from './types.js';

/** Creates the policy of a workspace (reads `secret.key` from its folder). */
export function createPrivacyPolicy(workspace: { dir: string; config: WorkspaceConfig }): PrivacyPolicy {
  const config = workspace.config.privacy;
  const pseudonym = createPseudonymizer(readWorkspaceSecret(workspace.dir));
  const optOut = createOptOutMatcher(config.optOut);
  const isGroupShown = (size: number): boolean => size >= config.minGroupSize;
  return {
    config,
    pseudonym,
    isOptedOut: (v) => optOut.isOptedOut(v),
    bindIdentities: (links) => optOut.bindIdentities(links),
    optedOut: () => ({ personIds: optOut.personIds, identifiers: optOut.identifiers }),
    isGroupShown,
    suppressSmallGroups: <T extends GroupLike>(groups: readonly T[]) =>
      groups.filter((g) => isGroupShown(g.size)),
    presentPerson: (person, options) =>
      presentPersonWith({ pseudonym, minGroupSize: config.minGroupSize }, person, options),
    presentOutput: (value, ctx) =>
      presentValue({ config, pseudonym, isOptedOut: (v) => optOut.isOptedOut(v) }, value, ctx),
  };
}
