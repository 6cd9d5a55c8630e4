/**
 * The CLI's commands, in the order `--help` lists them.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAnalyze } from './analyze.js';
import { registerCampaign } from './campaign.js';
import { registerDemo } from './demo.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerInit } from './init.js';
import { registerGroups } from './groups.js';
import { registerIdentities } from './identities.js';
import { registerLeaders } from './leaders.js';
import { registerMap } from './map.js';
import { registerPrivacy } from './privacy.js';
import { registerReport } from './report.js';
import { registerServe } from './serve.js';
import { registerMarkers } from './markers.js';
import { registerStatus } from './status.js';
import { registerTrends } from './trends.js';
import { registerUser } from './user.js';
import { registerWatch } from './watch.js';
import { registerFairness } from './fairness.js';
import { registerNominations } from './nominations.js';
import { registerStability } from './stability.js';

export type RegisterCommand = (program: Command, io: CliIo) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerDemo,
  registerInit,
  registerIngest,
  registerWatch,
  registerAnalyze,
  registerLeaders,
  registerMap,
  registerGroups,
  registerStability,
  registerFairness,
  registerNominations,
  registerTrends,
  registerCampaign,
  registerStatus,
  registerIdentities,
  registerExport,
  registerReport,
  registerPrivacy,
  registerUser,
  registerServe,
  registerMarkers,
];
