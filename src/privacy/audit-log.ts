/**
 * Audit log
 *
 * An append-only JSONL file (`audit.log` in the workspace) of person-level reads, exports,
 * re-identifications, logins and setting changes: who, when, what. Each line carries `prev` (the hash
 * of the line before) and `hash` = HMAC-SHA256(audit key, prev + the line's content), so a deleted,
 * edited or reordered line breaks the chain, and the chain cannot be rebuilt without the workspace secret.
 *
 * Notes:
 * - Appends are synchronous, so lines from one process never interleave; before each append the tail
 *   is re-read when the file grew, so a CLI and a server writing to one workspace keep one chain.
 */
import {
  appendFileSync,
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { deriveKey, readWorkspaceSecret } from './secret.js';
import type { AuditEntry, AuditEvent } from './types.js';

export const AUDIT_FILE = 'audit.log';
const GENESIS = '0'.repeat(64);
const TAIL_BYTES = 64 * 1024;

export interface AuditLog {
  append(event: AuditEvent): AuditEntry;
  /** Entries newest first, optionally filtered. */
  read(options?: { limit?: number; actor?: string; action?: string }): AuditEntry[];
  verify(): AuditVerification;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly entries: number;
  /** 1-based line where the chain breaks. */
  readonly brokenAt?: number;
}

function entryHash(key: KeyObject, e: Omit<AuditEntry, 'hash'>): string {
  const body = JSON.stringify([e.seq, e.time, e.actor, e.role, e.action, e.target, e.detail ?? null]);
  return createHmac('sha256', key).update(e.prev).update(body).digest('hex');
}

function readLastLine(file: string): { line: string | null; size: number } {
  if (!existsSync(file)) return { line: null, size: 0 };
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const len = Math.min(size, TAIL_BYTES);
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, size - len);
    const lines = buf
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim());
    return { line: lines.at(-1) ?? null, size };
  } finally {
    closeSync(fd);
  }
}

/** Opens the audit log of the workspace in `dir`. */
export function openAuditLog(dir: string, clock: () => Date = () => new Date()): AuditLog {
  const file = join(dir, AUDIT_FILE);
  // A KeyObject made once: building one per HMAC dominated the cost of an append.
  const key = createSecretKey(deriveKey(readWorkspaceSecret(dir), 'audit'));
  let head = { seq: 0, hash: GENESIS, size: -1 };
  const refreshHead = (): void => {
    if ((existsSync(file) ? statSync(file).size : 0) === head.size) return;
    const { line, size } = readLastLine(file);
    const last = line ? (JSON.parse(line) as AuditEntry) : null;
    head = { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS, size };
  };
  const all = (): AuditEntry[] =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as AuditEntry)
      : [];
  return {
    append(event) {
      refreshHead();
      const base = { seq: head.seq + 1, time: clock().toISOString(), ...event, prev: head.hash };
      const entry: AuditEntry = { ...base, hash: entryHash(key, base) };
      const line = JSON.stringify(entry) + '\n';
      appendFileSync(file, line, { mode: 0o600 });
      head = { seq: entry.seq, hash: entry.hash, size: head.size + Buffer.byteLength(line) };
      return entry;
    },
    read(options = {}) {
      const rows = all()
        .filter((e) => !options.actor || e.actor === options.actor)
        .filter((e) => !options.action || e.action === options.action)
        .reverse();
      return options.limit ? rows.slice(0, options.limit) : rows;
    },
    verify() {
      return verifyEntries(key, file);
    },
  };
}

function verifyEntries(key: KeyObject, file: string): AuditVerification {
  if (!existsSync(file)) return { ok: true, entries: 0 };
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  let prev = GENESIS;
  for (let i = 0; i < lines.length; i++) {
    let e: AuditEntry;
    try {
      e = JSON.parse(lines[i]) as AuditEntry;
    } catch {
      return { ok: false, entries: lines.length, brokenAt: i + 1 };
    }
    const { hash, ...rest } = e;
    if (e.prev !== prev || e.seq !== i + 1 || entryHash(key, rest) !== hash) {
      return { ok: false, entries: lines.length, brokenAt: i + 1 };
    }
    prev = hash;
  }
  return { ok: true, entries: lines.length };
}
