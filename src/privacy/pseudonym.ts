/**
 * Keyed pseudonyms
 *
 * A person id becomes `P-` + 8 hex digits of HMAC-SHA256(key, id). The same id gives the same pseudonym
 * in every run of a workspace; without the workspace secret the mapping cannot be recomputed or reversed.
 *
 * Notes:
 * - 32 bits instead of a shorter code: with 10,000 people a 24-bit code would collide about three
 *   times, and a pseudonym must name one person.
 */
import { createHmac, createSecretKey } from 'node:crypto';
import { deriveKey } from './secret.js';

export const PSEUDONYM_PATTERN = /^P-[0-9A-F]{8}$/;

/** Creates the pseudonym function for a workspace secret (memoized: outputs repeat the same ids). */
export function createPseudonymizer(secret: Buffer): (personId: string) => string {
  const key = createSecretKey(deriveKey(secret, 'pseudonym'));
  const memo = new Map<string, string>();
  return (personId) => {
    let p = memo.get(personId);
    if (p === undefined) {
      const mac = createHmac('sha256', key).update(personId, 'utf8').digest('hex');
      p = `P-${mac.slice(0, 8).toUpperCase()}`;
      memo.set(personId, p);
    }
    return p;
  };
}

/** True for strings shaped like a pseudonym. */
export function isPseudonym(value: string): boolean {
  return PSEUDONYM_PATTERN.test(value);
}
