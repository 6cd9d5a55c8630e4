/**
 * .eml adapter
 *
 * Reads a folder of .eml files (or a single .eml file) — what mail clients write when messages are
 * saved or dragged out one by one. Each file is one message.
 */
import type { Probe, SourceAdapter } from '../types.js';
import { readMailFiles } from './mail-files.js';

export const emlAdapter: SourceAdapter = {
  name: 'eml',
  input: 'tree',
  seekable: true,
  detect: (probe: Probe) => (/\.eml$/i.test(probe.path) ? 0.5 : 0),
  read: (input, ctx, resume) => readMailFiles(input, ctx, resume, () => undefined),
};
