/**
 * Demo organization generator — public surface
 *
 * `generateDemo` writes a synthetic municipal administration's mail, Telegram export, DLP log,
 * directory and ground truth; `buildDemoModel` gives the same world in memory for tests.
 */
export {
  CSV_MAPPING,
  DEMO_DEFAULTS,
  generateDemo,
  resolveDemoOptions,
  validateDemoOptions,
} from './generate.js';
export { buildDemoModel } from './model.js';
export { buildGroundTruth } from './ground-truth.js';
export type {
  DemoManifest,
  DemoModel,
  DemoOptions,
  GroundTruth,
  MailEvent,
  ChatEvent,
  DlpEvent,
  ModelOptions,
  Person,
  PlantedChange,
} from './types.js';
