/**
 * Demo generator entry point
 *
 * `generateDemo` builds the synthetic organization for a seed and writes its files: `mail.mbox`,
 * `telegram/result.json`, `dlp.csv`, `directory.csv` and `ground-truth.json`, and `survey.csv` (a
 * nomination survey) when asked.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../shared/errors.js';
import { renderDirectory, renderDlp } from './csv-writer.js';
import { renderGroundTruth } from './ground-truth.js';
import { renderMbox } from './mbox-writer.js';
import { buildDemoModel } from './model.js';
import { renderSurvey } from './survey.js';
import { renderTelegram } from './telegram-writer.js';
import type { DemoManifest, DemoOptions, ModelOptions } from './types.js';

export const DEMO_DEFAULTS: ModelOptions = { people: 600, seed: 42, months: 3, plantedChange: false };

export const CSV_MAPPING: DemoManifest['csvMapping'] = {
  timestamp: 'timestamp',
  id: 'event_id',
  sender: 'user',
  recipients: 'recipients',
  recipientSeparator: ';',
  subject: 'subject',
  channel: 'channel',
  attachments: 'attachments',
  size: 'size',
};

/** Merges the defaults into the options. */
export function resolveDemoOptions(options: Omit<DemoOptions, 'outDir'>): ModelOptions {
  return {
    people: options.people ?? DEMO_DEFAULTS.people,
    seed: options.seed ?? DEMO_DEFAULTS.seed,
    months: options.months ?? DEMO_DEFAULTS.months,
    plantedChange: options.plantedChange ?? DEMO_DEFAULTS.plantedChange,
  };
}

/** Rejects sizes, seeds and periods the generator cannot honour. */
export function validateDemoOptions(o: ModelOptions): void {
  if (!Number.isInteger(o.people) || o.people < 40 || o.people > 20_000) {
    throw new InputError(`demo/generate: invalid people: ${o.people} (expected an integer from 40 to 20000)`);
  }
  if (!Number.isInteger(o.seed))
    throw new InputError(`demo/generate: invalid seed: ${o.seed} (expected an integer)`);
  if (!Number.isInteger(o.months) || o.months < 1 || o.months > 12) {
    throw new InputError(`demo/generate: invalid months: ${o.months} (expected an integer from 1 to 12)`);
  }
  if (o.plantedChange && o.months < 2) {
    throw new InputError('demo/generate: invalid months: 1 (a planted change needs at least 2 months)');
  }
}

/**
 * Generates the demo organization's files into `outDir` and returns where they are.
 * @example
 * const manifest = await generateDemo({ outDir: './sociogram-demo/input' });
 * manifest.counts.emails; // about 14 000 for the default 600 people
 */
export async function generateDemo(options: DemoOptions): Promise<DemoManifest> {
  const opts = resolveDemoOptions(options);
  validateDemoOptions(opts);
  const model = buildDemoModel(opts);
  const dir = resolve(options.outDir);
  const files = {
    mbox: join(dir, 'mail.mbox'),
    telegram: join(dir, 'telegram', 'result.json'),
    dlp: join(dir, 'dlp.csv'),
    directory: join(dir, 'directory.csv'),
    groundTruth: join(dir, 'ground-truth.json'),
  };
  await mkdir(join(dir, 'telegram'), { recursive: true });
  await writeFile(files.mbox, renderMbox(model.mails, opts.seed));
  await writeFile(files.telegram, renderTelegram(model), 'utf8');
  await writeFile(files.dlp, renderDlp(model), 'utf8');
  await writeFile(files.directory, renderDirectory(model), 'utf8');
  await writeFile(files.groundTruth, renderGroundTruth(model), 'utf8');
  const survey = options.survey ? join(dir, 'survey.csv') : undefined;
  if (survey) await writeFile(survey, renderSurvey(model), 'utf8');
  const counts = {
    people: model.org.people.length,
    departments: model.org.departments.length,
    emails: model.mails.length,
    chatMessages: model.chatEvents.length,
    dlpEvents: model.dlp.length,
  };
  return { files: survey ? { ...files, survey } : files, csvMapping: CSV_MAPPING, counts };
}
