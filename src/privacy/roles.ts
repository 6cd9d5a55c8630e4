/**
 * Roles and re-identification
 *
 * Roles are ordered viewer < analyst < admin. Only an admin may re-identify; with `pseudonymize: false`
 * in the workspace config analysts and admins see names by default, viewers never do.
 */
import { PrivacyError } from '../shared/errors.js';
import { ROLES, type PrivacyPolicy, type Role } from './types.js';

/** True when `role` has at least the rights of `min`. */
export function hasRole(role: Role, min: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(min);
}

/** True when `value` is a role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Decides whether an output for `role` names people. Asking for names without the right is refused
 * with a PrivacyError (HTTP 403); callers audit every identified output.
 */
export function resolveIdentified(policy: PrivacyPolicy, role: Role, requested: boolean): boolean {
  if (requested && role !== 'admin') {
    throw new PrivacyError(`privacy/roles: role "${role}" may not re-identify people (admin only)`, {
      code: 'REIDENTIFY_DENIED',
    });
  }
  if (requested) return true;
  return !policy.config.pseudonymize && role !== 'viewer';
}
