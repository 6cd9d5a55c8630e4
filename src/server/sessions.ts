/**
 * Sessions
 *
 * Server-side sessions in memory: the cookie carries a random 256-bit token, the server keeps only
 * its SHA-256, the user, the role and a per-session CSRF token. Sessions end after an idle period, 12 h
 * after login, on logout, and when an admin changes or disables the account. A restart signs everyone out.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../privacy/index.js';

export interface SessionUser {
  readonly username: string;
  readonly role: Role;
}

export interface Session extends SessionUser {
  readonly csrfToken: string;
  readonly createdAt: number;
  lastSeen: number;
}

export interface SessionStore {
  /** Creates a session; returns the cookie token (shown once) and the session. */
  create(user: SessionUser): { token: string; session: Session };
  get(token: string | undefined): Session | null;
  destroy(token: string | undefined): void;
  /** Ends every session of a user (role change, disable, removal). */
  revokeUser(username: string): void;
  readonly size: number;
}

const ABSOLUTE_MS = 12 * 3_600_000;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates the in-memory session store. */
export function createSessionStore(idleMinutes = 30, now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, Session>();
  const idleMs = idleMinutes * 60_000;
  const expired = (s: Session, t: number): boolean =>
    t - s.lastSeen > idleMs || t - s.createdAt > ABSOLUTE_MS;
  return {
    create(user) {
      const token = randomBytes(32).toString('base64url');
      const t = now();
      const session: Session = {
        ...user,
        csrfToken: randomBytes(32).toString('base64url'),
        createdAt: t,
        lastSeen: t,
      };
      sessions.set(digest(token), session);
      return { token, session };
    },
    get(token) {
      if (!token) return null;
      const key = digest(token);
      const s = sessions.get(key);
      if (!s) return null;
      const t = now();
      if (expired(s, t)) {
        sessions.delete(key);
        return null;
      }
      s.lastSeen = t;
      return s;
    },
    destroy(token) {
      if (token) sessions.delete(digest(token));
    },
    revokeUser(username) {
      for (const [k, s] of sessions) if (s.username === username) sessions.delete(k);
    },
    get size() {
      return sessions.size;
    },
  };
}

/** Constant-time comparison of a presented CSRF token with the session's. */
export function csrfMatches(session: Session, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
