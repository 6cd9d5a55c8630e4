/**
 * JSONL event-log adapter
 *
 * Reads one JSON object per line (messenger gateways, DLP exports) with the same mapping as CSV
 * (`ingest.csv`), where a column name may be a dotted path into the object (`from.address`).
 * Seekable by byte offset; an invalid line is skipped with its offset.
 */
import { InputError } from '../../shared/errors.js';
import { readLines } from '../input/lines.js';
import type {
  AdapterContext,
  AdapterInput,
  AdapterItem,
  Probe,
  ResumePoint,
  SourceAdapter,
} from '../types.js';
import { rowToMessage } from './row-message.js';

function pathValue(obj: unknown, path: string): string | undefined {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (cur === undefined || cur === null) return undefined;
  if (Array.isArray(cur)) return cur.map(scalarText).join(';');
  return scalarText(cur);
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

async function* readJsonl(
  input: AdapterInput,
  ctx: AdapterContext,
  resume: ResumePoint,
): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const mapping = ctx.csvMapping;
  if (!mapping) {
    throw new InputError(
      `ingest/jsonl: ${file.path}: a JSONL log needs a field mapping (the ingest.csv section of sociogram.json)`,
    );
  }
  for await (const line of readLines(
    file.stream(resume.position),
    ctx.limits.maxLineBytes,
    resume.position,
  )) {
    const source = { file: file.path, offset: line.offset };
    const text = line.bytes.toString('utf8').trim();
    if (!text) continue;
    let obj: unknown;
    try {
      obj = line.truncated ? undefined : JSON.parse(text);
    } catch (err) {
      yield {
        kind: 'skip',
        source,
        reason: 'invalid-json',
        detail: (err as Error).message.slice(0, 200),
        resume: line.end,
      };
      continue;
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      const detail = line.truncated ? 'line longer than the limit' : 'not a JSON object';
      yield { kind: 'skip', source, reason: 'invalid-json', detail, resume: line.end };
      continue;
    }
    const r = rowToMessage((c) => (c === undefined ? undefined : pathValue(obj, c)), mapping, source, [text]);
    yield r.ok
      ? { kind: 'message', message: r.message, resume: line.end }
      : { kind: 'skip', source, reason: r.reason, detail: r.detail, resume: line.end };
  }
}

function detectJsonl(probe: Probe): number {
  const lines = probe.text
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .slice(0, 3);
  if (!lines.length || !lines.every((l) => l.trimStart().startsWith('{'))) return 0;
  // Mattermost bulk exports are JSONL too; they announce themselves with a version line.
  if (/"type"\s*:\s*"version"/.test(lines[0] ?? '')) return 0.1;
  const complete = lines.slice(0, -1).every((l) => l.trimEnd().endsWith('}'));
  return complete && lines.length > 1 ? 0.6 : 0.35;
}

export const jsonlAdapter: SourceAdapter = {
  name: 'jsonl',
  input: 'file',
  seekable: true,
  detect: detectJsonl,
  read: readJsonl,
};
