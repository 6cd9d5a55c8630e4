/**
 * Privacy types
 *
 * The shapes the privacy stage shares with the CLI and the server: roles, the policy object every
 * output passes through, the people directory it masks, and audit log entries.
 */
import type { IdentityLink, Person } from '../store/index.js';
import type { PrivacyConfig } from '../shared/config.js';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
/**
 * Access roles. viewer: aggregates and pseudonyms; analyst: person-level data, pseudonymous;
 * admin: re-identification, users and privacy settings.
 */
export type Role = (typeof ROLES)[number];

/** Who is asking for an output and whether it may name people. */
export interface OutputContext {
  readonly directory: Directory;
  /** True only after `resolveIdentified` allowed it (admin, audited). */
  readonly identified: boolean;
}

/** People and their identifiers, indexed for masking outputs. */
export interface Directory {
  readonly people: ReadonlyMap<string, Person>;
  /** Person id → linked identifiers (addresses, handles). */
  readonly identifiers: ReadonlyMap<string, readonly string[]>;
  /** Department → number of people in it (for generalizing small departments). */
  readonly departmentSizes: ReadonlyMap<string, number>;
  /** Every raw string that identifies someone: names, identifiers, their bare values, person ids. */
  readonly sensitive: ReadonlySet<string>;
  /** Lower-cased words of people's names (surnames, given names), to drop from keyword lists. */
  readonly nameTokens: ReadonlySet<string>;
}

/** A person as an output may show them. */
export interface PresentedPerson {
  /** The pseudonym, or the person id when identified. */
  readonly id: string;
  readonly pseudonym: string;
  /** The pseudonym, or the name when identified. */
  readonly label: string;
  /** Kept only when the department has at least minGroupSize people (or when identified). */
  readonly department?: string;
  /** Only when identified: a position can single a person out. */
  readonly position?: string;
  /** Only when identified. */
  readonly identifiers?: readonly string[];
}

/** Anything with a head count that an aggregate stands for. */
export interface GroupLike {
  readonly size: number;
}

export interface PrivacyPolicy {
  readonly config: PrivacyConfig;
  /** Stable keyed pseudonym of a person id, e.g. `P-7F3A2C91`. */
  pseudonym(personId: string): string;
  /** True for an opted-out address, handle or person id (and, after `bindIdentities`, all of theirs). */
  isOptedOut(identifierOrPersonId: string): boolean;
  /** Extends the opt-out list through identity links: one listed address opts out the whole person. */
  bindIdentities(links: readonly IdentityLink[]): void;
  /** The opted-out person ids and normalized identifiers known so far. */
  optedOut(): { readonly personIds: ReadonlySet<string>; readonly identifiers: ReadonlySet<string> };
  /** True when an aggregate over `size` people may be shown (size ≥ minGroupSize). */
  isGroupShown(size: number): boolean;
  /** Drops every aggregate over fewer than minGroupSize people. */
  suppressSmallGroups<T extends GroupLike>(groups: readonly T[]): T[];
  presentPerson(person: Person, options: { identified: boolean; directory?: Directory }): PresentedPerson;
  /**
   * The one choke point for outputs (CLI exports and API responses): maps person ids to pseudonyms,
   * drops opted-out people, suppresses small groups, strips names/addresses, then scans the result
   * and refuses (PrivacyError) if anything identifying is left in a pseudonymous output.
   */
  presentOutput<T>(value: T, context: OutputContext): PresentedOutput<T>;
}

/** A presented output with the count of aggregates withheld by the minimum group size. */
export interface PresentedOutput<T> {
  readonly data: T;
  readonly suppressedGroups: number;
  readonly identified: boolean;
}

/** One audit log line. `hash` chains it to the previous line (HMAC with the workspace secret). */
export interface AuditEntry {
  readonly seq: number;
  readonly time: string;
  readonly actor: string;
  readonly role: string;
  readonly action: string;
  readonly target: string;
  readonly detail?: unknown;
  readonly prev: string;
  readonly hash: string;
}

export type AuditEvent = Pick<AuditEntry, 'actor' | 'role' | 'action' | 'target' | 'detail'>;
