/**
 * Message keys
 *
 * Stable keys that make re-ingesting idempotent: a normalized Message-ID where it can be trusted,
 * otherwise a content hash of the fields that identify a message. The same message always gets the
 * same key, whichever file or export it arrives in.
 */
import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 500;

/** Normalizes a Message-ID (`<abc@host>` → `abc@host`); undefined when it is not trustworthy. */
export function normalizeMessageId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /<([^<>\s]+)>/.exec(value);
  const id = (m ? m[1] : value.trim().split(/\s+/)[0]) ?? '';
  if (!id.includes('@') || id.length > MAX_ID_LENGTH || id.length < 5) return undefined;
  return id;
}

/** All Message-IDs in a References header, oldest first. */
export function parseReferences(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const m of value.matchAll(/<([^<>\s]+)>/g)) {
    const id = normalizeMessageId(`<${m[1] ?? ''}>`);
    if (id) out.push(id);
  }
  return out;
}

/** A content hash key: `h:` + 32 hex chars of SHA-256 over the parts, NUL-separated. */
export function contentKey(parts: readonly (string | Uint8Array | undefined)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    if (p !== undefined) h.update(p);
    h.update('\u0000');
  }
  return 'h:' + h.digest('hex').slice(0, 32);
}
