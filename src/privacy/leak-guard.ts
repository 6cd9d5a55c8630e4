/**
 * Leak guard
 *
 * The last check before a pseudonymous output leaves: every string and key in it is compared with the
 * directory's identifying strings, and anything shaped like an address or a `kind:value` identifier is
 * refused. It fails closed: a leak becomes a PrivacyError, never a response.
 */
import { PrivacyError } from '../shared/errors.js';
import { IDENTIFIER_KINDS } from '../shared/message.js';
import type { Directory } from './types.js';

const EMAIL = /[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}/i;
const IDENTIFIER = new RegExp(`^(${IDENTIFIER_KINDS.join('|')}):.+`);

/** Returns the first identifying string found in `value`, or null. */
export function findIdentifying(value: unknown, directory: Directory): string | null {
  if (typeof value === 'string') {
    if (directory.sensitive.has(value.trim()) || EMAIL.test(value) || IDENTIFIER.test(value)) return value;
    return null;
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = findIdentifying(v, directory);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findIdentifying(k, directory) ?? findIdentifying(v, directory);
      if (hit !== null) return hit;
    }
  }
  return null;
}

/** Throws a PrivacyError when `value` contains anything identifying. */
export function assertPseudonymous(value: unknown, directory: Directory): void {
  if (findIdentifying(value, directory) !== null) {
    // NOTE: the message does not repeat the leaked string: it would leak through logs instead.
    throw new PrivacyError('privacy/leak-guard: output refused: it would contain a name or an address', {
      code: 'LEAK',
    });
  }
}
