/**
 * Ingest limits
 *
 * Defaults for the bounds that keep hostile input from exhausting memory or time, and their
 * resolution from caller overrides.
 */
import { InputError } from '../shared/errors.js';
import type { IngestLimits } from './types.js';

export const DEFAULT_LIMITS: IngestLimits = {
  maxMessageBytes: 64 * 1024 * 1024,
  maxJsonBytes: 512 * 1024 * 1024,
  maxHeaderBytes: 1024 * 1024,
  maxMimeDepth: 20,
  maxArchiveBytes: 4 * 1024 * 1024 * 1024,
  maxArchiveRatio: 200,
  maxLineBytes: 4 * 1024 * 1024,
};

/** Merges overrides into the defaults and rejects non-positive values. */
export function resolveLimits(overrides: Partial<IngestLimits> = {}): IngestLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [k, v] of Object.entries(limits)) {
    if (!Number.isFinite(v) || v <= 0) {
      throw new InputError(`ingest/limits: invalid ${k}: ${String(v)} (expected a positive number)`);
    }
  }
  return limits;
}
