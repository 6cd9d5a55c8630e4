/**
 * Marker file parsing
 *
 * Reads one user-editable dictionary file (YAML or JSON, JSON being a subset of YAML), validates it
 * with zod, checks every regular expression, and reports any problem as an `InputError` naming the
 * file, the line and the path inside the file, in Russian and English.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from '../shared/errors.js';
import { markerFileSchema, type MarkerFile } from './markers-schema.js';
import { regexRisk } from './regex-guard.js';

/** Error code of every dictionary problem. */
export const MARKERS_INVALID = 'MARKERS_INVALID';

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

function fail(file: string, line: number | undefined, path: string, message: string): never {
  const where = line === undefined ? file : `${file}:${line}`;
  throw new InputError(
    `text/markers: ${where}: ${path || '(root)'}: ${message} ` +
      `(ошибка в словаре маркеров: ${where}, поле ${path || '(корень)'})`,
    { code: MARKERS_INVALID },
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

function checkRegexes(parsed: MarkerFile, report: (path: PropertyKey[], message: string) => never): void {
  const check = (path: PropertyKey[], list: readonly (string | { pattern: string })[]): void => {
    list.forEach((r, i) => {
      const pattern = typeof r === 'string' ? r : r.pattern;
      const at = typeof r === 'string' ? [...path, i] : [...path, i, 'pattern'];
      const risk = regexRisk(pattern);
      if (risk) report(at, `unsafe regular expression ${JSON.stringify(pattern)}: ${risk}`);
      try {
        new RegExp(pattern, 'giu');
      } catch (err) {
        report(at, `invalid regular expression ${JSON.stringify(pattern)}: ${(err as Error).message}`);
      }
    });
  };
  for (const section of ['topics', 'targets'] as const) {
    parsed[section].forEach((t, i) => {
      check([section, i, 'regex'], t.regex);
      check([section, i, 'exclude', 'regex'], t.exclude.regex);
    });
  }
}

function checkDuplicates(parsed: MarkerFile, report: (path: PropertyKey[], message: string) => never): void {
  for (const section of ['topics', 'targets'] as const) {
    const seen = new Set<string>();
    parsed[section].forEach((t, i) => {
      if (seen.has(t.id)) report([section, i, 'id'], `duplicate id "${t.id}" in this file`);
      seen.add(t.id);
    });
  }
}

/**
 * Parses and validates the text of one marker file; `file` is used in error messages only.
 * @example
 * parseMarkerFile('topics:\n  - id: roads\n    stems: [дорога]\n', 'markers/roads.yaml');
 */
export function parseMarkerFile(text: string, file: string): MarkerFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? counter.linePos(yamlError.pos[0]).line;
    fail(file, line, '', `not valid YAML/JSON: ${yamlError.message.split('\n')[0] ?? ''}`);
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = markerFileSchema.safeParse(raw);
  const report = (path: PropertyKey[], message: string): never =>
    fail(file, lineOf(doc, counter, path), formatPath(path), message);
  if (!result.success) {
    const issue = result.error.issues[0];
    report(issue?.path ?? [], issue?.message ?? 'invalid');
  }
  const parsed = result.data as MarkerFile;
  checkRegexes(parsed, report);
  checkDuplicates(parsed, report);
  return parsed;
}
