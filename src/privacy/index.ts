/**
 * Privacy stage: public surface. Every output path (CLI, exports, API) goes through the policy here.
 */
export type {
  AuditEntry,
  AuditEvent,
  Directory,
  GroupLike,
  OutputContext,
  PresentedOutput,
  PresentedPerson,
  PrivacyPolicy,
  Role,
} from './types.js';
export { ROLES } from './types.js';
export { createPrivacyPolicy } from './policy.js';
export { createDirectory, loadDirectory } from './directory.js';
export { createPseudonymizer, isPseudonym, PSEUDONYM_PATTERN } from './pseudonym.js';
export { createOptOutMatcher, type OptOutMatcher } from './opt-out.js';
export { assertPseudonymous, findIdentifying } from './leak-guard.js';
export { hasRole, isRole, resolveIdentified } from './roles.js';
export {
  applyPrivacyPurges,
  purgeExpired,
  purgeOptedOut,
  purgeOptedOutAndCompact,
  type RetentionResult,
} from './purge.js';
export { AUDIT_FILE, openAuditLog, type AuditLog, type AuditVerification } from './audit-log.js';
export {
  addUser,
  listUsers,
  MIN_PASSWORD_LENGTH,
  passwordSchema,
  removeUser,
  updateUser,
  usernameSchema,
  USERS_FILE,
  verifyLogin,
  type UserInfo,
} from './users.js';
export { buildPrivacyReport, type PrivacyReport } from './report.js';
export { renderPrivacyReport, type ReportLanguage } from './report-render.js';
export { readWorkspaceSecret, SECRET_FILE } from './secret.js';
