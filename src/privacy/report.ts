/**
 * Privacy report (processing record)
 *
 * `buildPrivacyReport` gathers what a data-protection officer needs for a DPIA (GDPR art. 35) or a
 * 152-FZ notification: what is processed and why, the legal basis, sources, retention, protections,
 * and who accessed what (from the audit log). It names no data subject and never includes the secret.
 */
import type { Store, WorkspaceConfig } from '../store/index.js';
import { openAuditLog } from './audit-log.js';
import { listUsers } from './users.js';

export interface PrivacyReport {
  readonly generatedAt: string;
  readonly workspace: string;
  readonly purpose: string;
  readonly legalBasis: string;
  readonly dataCategories: readonly string[];
  readonly dataSubjects: {
    readonly people: number;
    readonly identifiers: number;
    readonly optOutEntries: number;
  };
  readonly sources: readonly { source: string; format: string; channel: string; messages: number }[];
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly retention: { readonly retainText: boolean; readonly retentionDays: number | null };
  readonly protections: {
    readonly pseudonymize: boolean;
    readonly minGroupSize: number;
    readonly auditChain: { readonly ok: boolean; readonly entries: number; readonly brokenAt?: number };
  };
  readonly recipients: readonly { username: string; role: string; disabled: boolean }[];
  readonly access: readonly { actor: string; action: string; count: number; last: string }[];
  readonly analysisRuns: number;
  /** Gaps the officer must close before signing (e.g. no legal basis recorded). */
  readonly warnings: readonly string[];
}

/** Data categories, from the normalized message model and the directory. */
function dataCategories(config: WorkspaceConfig): string[] {
  const out = [
    'communication metadata: sender, recipients, time, channel, thread, reply/forward links',
    'directory data: name, department, position, manager',
    'identifiers: e-mail addresses, messenger handles',
    'derived features: topic scores, sentiment, stance, activity counts, network measures',
  ];
  if (config.privacy.retainText) out.push('message text and subjects (text retention is on)');
  return out;
}

function summarizeAccess(dir: string): PrivacyReport['access'] {
  const byKey = new Map<string, { actor: string; action: string; count: number; last: string }>();
  for (const e of openAuditLog(dir).read()) {
    const key = `${e.actor}\u0000${e.action}`;
    const row = byKey.get(key) ?? { actor: e.actor, action: e.action, count: 0, last: e.time };
    row.count++;
    if (e.time > row.last) row.last = e.time;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort(
    (a, b) => a.actor.localeCompare(b.actor) || a.action.localeCompare(b.action),
  );
}

/** Builds the processing record of a workspace. */
export async function buildPrivacyReport(workspace: {
  dir: string;
  config: WorkspaceConfig;
  store: Store;
}): Promise<PrivacyReport> {
  const { config, store, dir } = workspace;
  const status = await store.status();
  const p = config.privacy;
  const warnings: string[] = [];
  if (!p.legalBasis.trim()) warnings.push('no legal basis recorded (privacy.legalBasis)');
  if (!p.pseudonymize) warnings.push('pseudonymization is off: analysts see names');
  if (p.retentionDays === null) warnings.push('no retention period set (privacy.retentionDays)');
  if (p.minGroupSize < 5) warnings.push(`minimum group size ${p.minGroupSize} is below the recommended 5`);
  const chain = openAuditLog(dir).verify();
  if (!chain.ok) warnings.push(`audit log chain broken at line ${chain.brokenAt ?? '?'}`);
  return {
    generatedAt: new Date().toISOString(),
    workspace: config.name,
    purpose: p.purpose,
    legalBasis: p.legalBasis,
    dataCategories: dataCategories(config),
    dataSubjects: { people: status.people, identifiers: status.identities, optOutEntries: p.optOut.length },
    sources: status.messagesBySource,
    period: status.period
      ? { from: new Date(status.period.from).toISOString(), to: new Date(status.period.to).toISOString() }
      : null,
    retention: { retainText: p.retainText, retentionDays: p.retentionDays },
    protections: { pseudonymize: p.pseudonymize, minGroupSize: p.minGroupSize, auditChain: chain },
    recipients: listUsers(dir).map((u) => ({ username: u.username, role: u.role, disabled: u.disabled })),
    access: summarizeAccess(dir),
    analysisRuns: status.analysisRuns,
    warnings,
  };
}
