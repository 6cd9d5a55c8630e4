/**
 * Identity stage: public surface. Links the identifiers seen in messages to people.
 */
export type { Correction, Directory, ResolveOptions, ResolveSummary, SeenIdentifier } from './types.js';
export { loadDirectory, directoryFromRows, computeLevels } from './directory.js';
export { resolveIdentities, outsidePersonId, normalizeRawIdentifier } from './resolve.js';
export { classifyIdentifier } from './classify.js';
export { createNameIndex, namesCompatible, type NameIndex } from './name-index.js';
export { transliterate, nameKeys, nameTokens } from './transliterate.js';
export {
  CORRECTIONS_FILE,
  identityReport,
  readCorrectionsFile,
  writeCorrectionsFile,
  type IdentityReport,
  type ReportRow,
} from './corrections.js';
export {
  createPersonResolver,
  readNominationSurvey,
  type PersonResolver,
  type SurveyImport,
} from './nominations.js';
