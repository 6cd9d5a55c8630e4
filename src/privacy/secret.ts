/**
 * Workspace secret
 *
 * Reads the per-workspace key (`secret.key`, created by `init`) that keys pseudonyms and the audit
 * chain. The key never leaves this module's callers: no output or report includes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { PrivacyError } from '../shared/errors.js';

export const SECRET_FILE = 'secret.key';

/** Reads the workspace secret as bytes; a workspace without one cannot produce outputs. */
export function readWorkspaceSecret(dir: string): Buffer {
  const file = join(dir, SECRET_FILE);
  if (!existsSync(file)) {
    throw new PrivacyError(`privacy/secret: no ${SECRET_FILE} in the workspace (re-run \`sociogram init\`)`, {
      code: 'NO_SECRET',
    });
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{32,}$/i.test(hex)) {
    throw new PrivacyError(`privacy/secret: ${SECRET_FILE} is damaged (expected hex, at least 16 bytes)`, {
      code: 'BAD_SECRET',
    });
  }
  return Buffer.from(hex, 'hex');
}

/** Derives an independent sub-key for one purpose so pseudonyms and the audit chain never share a key. */
export function deriveKey(secret: Buffer, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`sociogram/${purpose}`).digest();
}
