/**
 * Adapter registry
 *
 * The list of source adapters, lookup by name, and auto-detection of a file's format from a
 * bounded probe of its head: each adapter scores its confidence and the highest score wins.
 */
import { InputError } from '../shared/errors.js';
import { csvAdapter } from './csv/csv-adapter.js';
import { jsonlAdapter } from './csv/jsonl-adapter.js';
import { emlAdapter } from './eml/eml-adapter.js';
import { exchangeLogAdapter } from './exchange-log/exchange-log-adapter.js';
import { maildirAdapter } from './maildir/maildir-adapter.js';
import { mattermostAdapter } from './mattermost/mattermost-adapter.js';
import { mboxAdapter } from './mbox/mbox-adapter.js';
import { postfixLogAdapter } from './postfix-log/postfix-log-adapter.js';
import { pstAdapter } from './pst/pst-adapter.js';
import { slackAdapter } from './slack/slack-adapter.js';
import { telegramAdapter } from './telegram/telegram-adapter.js';
import { whatsappAdapter } from './whatsapp/whatsapp-adapter.js';
import { ADAPTER_NAMES, type AdapterName, type Probe, type SourceAdapter } from './types.js';

const ADAPTERS: readonly SourceAdapter[] = [
  mboxAdapter,
  maildirAdapter,
  emlAdapter,
  pstAdapter,
  exchangeLogAdapter,
  postfixLogAdapter,
  telegramAdapter,
  slackAdapter,
  whatsappAdapter,
  mattermostAdapter,
  csvAdapter,
  jsonlAdapter,
];

const MIN_CONFIDENCE = 0.3;

/** The adapter registered under `name`. */
export function adapterByName(name: AdapterName): SourceAdapter {
  const a = ADAPTERS.find((x) => x.name === name);
  if (!a) {
    throw new InputError(
      `ingest/registry: unknown format: ${name} (expected auto or one of ${ADAPTER_NAMES.join(', ')})`,
    );
  }
  return a;
}

/** All registered adapter names. */
export function adapterNames(): AdapterName[] {
  return ADAPTERS.map((a) => a.name);
}

/** The most confident file adapter for a probe, or undefined when none is confident enough. */
export function detectFileFormat(probe: Probe): SourceAdapter | undefined {
  let best: SourceAdapter | undefined;
  let bestScore = MIN_CONFIDENCE;
  for (const a of ADAPTERS) {
    if (a.input !== 'file') continue;
    const s = a.detect(probe);
    if (s > bestScore) {
      bestScore = s;
      best = a;
    }
  }
  return best;
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{1,60}:/;

/**
 * True when a file looks like one RFC 5322 message (an .eml or Maildir file): it starts with a
 * block of header lines (a couple of broken lines are tolerated) naming typical mail fields.
 */
export function isSingleMailProbe(probe: Probe): boolean {
  const text = probe.text;
  if (text.startsWith('From ')) return false;
  const lines = text.split(/\r?\n/, 60);
  let headers = 0;
  let broken = 0;
  for (const line of lines) {
    if (line === '') break;
    if (HEADER_LINE.test(line)) headers++;
    else if (!/^[ \t]/.test(line) && ++broken > 2) return false;
  }
  if (headers < 3 || broken > headers / 3) return false;
  const fields = new Set(lines.map((l) => /^([A-Za-z-]+):/.exec(l)?.[1]?.toLowerCase()));
  const typical = [
    'from',
    'date',
    'message-id',
    'received',
    'return-path',
    'subject',
    'to',
    'mime-version',
    'delivered-to',
  ];
  return typical.filter((f) => fields.has(f)).length >= 2;
}
