/**
 * Nomination surveys
 *
 * Turns a short survey — "whom do you ask for advice?", "whom should we tell news first?" — into
 * nominations between people: one row per respondent (or per answer), a respondent column, one or
 * more nominee columns (several names in a cell separated by `;`) and an optional question column.
 * Headers may be English or Russian. Names, e-mails, handles and directory ids are resolved to people
 * as identity resolution does; a row that cannot be used (empty, unknown person, self-nomination,
 * repeated, undecodable) is reported with its file and row number and the rest go on.
 *
 * Notes:
 * - A name that fits two people matches nobody, as in `resolveIdentities`: a wrong nomination is
 *   worse than a lost one. Misspelt names are therefore reported, not guessed.
 * - With several nominee columns and no question column, each column's header is the question.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { Diagnostics } from '../shared/diagnostics.js';
import { SourceFormatError } from '../shared/errors.js';
import { normalizeIdentifier } from '../shared/message.js';
import type { IdentityLink, Nomination, Person } from '../store/index.js';
import { createNameIndex } from './name-index.js';
import { normalizeRawIdentifier } from './resolve.js';
import { readSurveyRows, type SurveyRow } from './survey-file.js';

const RESPONDENT =
  /^(respondent|from|employee|name|full_name|респондент|опрошенн|отвечающ|сотрудник|фио|кто_отвечает)/;
const NOMINEE =
  /^(nominee|nominated|nomination|whom|who_do|who_would|who_should|to$|answer|кого|кому|к_кому|с_кем|номинант|ответ|назван)/;
const QUESTION = /^(question|вопрос)/;
/** A numbered nominee column ("nominee 2", "кого_вы_1") names no question of its own. */
const NUMBERED = /^(nominee|nominated|answer|ответ|номинант)?_?\d+$|_\d+$/;

const rowSchema = z.object({
  respondent: z.string().trim().min(1, 'empty respondent'),
  nominees: z.array(z.string().trim().min(1)).min(1, 'no nominee'),
  question: z.string().trim(),
});

export interface SurveyImport {
  readonly survey: string;
  readonly rows: number;
  readonly nominations: Nomination[];
  /** Distinct respondents with at least one usable nomination. */
  readonly respondents: number;
}

interface Columns {
  readonly respondent: number;
  readonly nominees: readonly { readonly index: number; readonly question: string }[];
  readonly question: number | undefined;
}

function headerKey(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.\-/]+/g, '_');
}

function mapColumns(header: readonly string[], file: string): Columns {
  const keys = header.map(headerKey);
  const respondent = keys.findIndex((k) => RESPONDENT.test(k));
  const question = keys.findIndex((k) => QUESTION.test(k));
  const nomineeIdx = keys.map((k, i) => (i !== respondent && NOMINEE.test(k) ? i : -1)).filter((i) => i >= 0);
  if (respondent < 0 || !nomineeIdx.length) {
    throw new SourceFormatError(
      { file, line: 1 },
      `identity/nominations: expected a respondent column (respondent, респондент, фио…) and a nominee column (nominee, кого вы…, кому…); found: ${header.join(', ')}`,
    );
  }
  const many = nomineeIdx.length > 1 && question < 0;
  const nominees = nomineeIdx.map((index) => ({
    index,
    question: many && !NUMBERED.test(keys[index]) ? header[index].trim() : '',
  }));
  return { respondent, nominees, question: question < 0 ? undefined : question };
}

/** Resolves what a respondent typed (id, address, @handle, name) to one known person. */
export interface PersonResolver {
  resolve(value: string): string | undefined;
}

export function createPersonResolver(
  people: readonly Person[],
  links: readonly IdentityLink[],
): PersonResolver {
  const ids = new Set(people.filter((p) => p.kind === 'staff' || p.kind === 'external').map((p) => p.id));
  const byIdentifier = new Map(
    links.filter((l) => ids.has(l.personId)).map((l) => [l.identifier, l.personId]),
  );
  const names = createNameIndex(people);
  const handle = (v: string): string | undefined => {
    for (const kind of ['telegram', 'slack', 'mattermost'] as const) {
      const hit = byIdentifier.get(normalizeIdentifier(kind, v));
      if (hit) return hit;
    }
    return undefined;
  };
  return {
    resolve(raw) {
      const v = raw.trim();
      if (!v) return undefined;
      if (ids.has(v)) return v;
      if (v.startsWith('@')) return handle(v);
      const linked = byIdentifier.get(normalizeRawIdentifier(v));
      if (linked) return linked;
      return /[@:]/.test(v) ? undefined : names.match(v);
    },
  };
}

function surveyId(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  return `${basename(file)}#${hash}`;
}

function splitNames(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface RowContext {
  readonly file: string;
  readonly survey: string;
  readonly columns: Columns;
  readonly resolver: PersonResolver;
  readonly diagnostics: Diagnostics;
  readonly seen: Set<string>;
}

function rowNominations(row: SurveyRow, ctx: RowContext): Nomination[] {
  const at = { file: ctx.file, line: row.line };
  if (row.badEncoding) {
    ctx.diagnostics.report('bad-encoding', at, 'row is not valid text in the file encoding');
    return [];
  }
  const answers = ctx.columns.nominees.flatMap((c) =>
    splitNames(row.cells[c.index]).map((name) => ({ name, question: c.question })),
  );
  const parsed = rowSchema.safeParse({
    respondent: row.cells[ctx.columns.respondent] ?? '',
    nominees: answers.map((a) => a.name),
    question: ctx.columns.question === undefined ? '' : (row.cells[ctx.columns.question] ?? ''),
  });
  if (!parsed.success) {
    const msg = parsed.error.issues[0]?.message ?? 'invalid row';
    ctx.diagnostics.report(msg === 'empty respondent' ? 'empty-respondent' : 'empty-nominee', at, msg);
    return [];
  }
  const respondent = ctx.resolver.resolve(parsed.data.respondent);
  if (!respondent) {
    ctx.diagnostics.report('unknown-respondent', at, 'respondent matches no known person (or several)');
    return [];
  }
  const out: Nomination[] = [];
  answers.forEach((a, i) => {
    const nominee = ctx.resolver.resolve(a.name);
    const where = `nominee ${i + 1}`;
    if (!nominee)
      return ctx.diagnostics.report('unknown-nominee', at, `${where} matches no known person (or several)`);
    if (nominee === respondent)
      return ctx.diagnostics.report('self-nomination', at, `${where} is the respondent`);
    const question = a.question || parsed.data.question;
    const key = JSON.stringify([respondent, nominee, question]);
    if (ctx.seen.has(key))
      return ctx.diagnostics.report('duplicate', at, `${where} repeats an earlier answer`);
    ctx.seen.add(key);
    out.push({
      respondent,
      nominee,
      question,
      survey: ctx.survey,
      position: `${basename(ctx.file)}:${row.line}`,
    });
  });
  return out;
}

/**
 * Reads a nomination survey (CSV or XLSX) and resolves it to nominations between known people.
 * @example
 * const diagnostics = new Diagnostics();
 * const { nominations } = await readNominationSurvey('survey.csv', await store.listPeople(),
 *   await store.listIdentities(), diagnostics);
 * await store.saveNominations(nominations);
 */
export async function readNominationSurvey(
  file: string,
  people: readonly Person[],
  links: readonly IdentityLink[],
  diagnostics: Diagnostics,
): Promise<SurveyImport> {
  const [header, ...rows] = await readSurveyRows(file);
  if (!header) throw new SourceFormatError({ file, line: 1 }, 'identity/nominations: empty survey file');
  const ctx: RowContext = {
    file,
    survey: surveyId(file),
    columns: mapColumns(header.cells, file),
    resolver: createPersonResolver(people, links),
    diagnostics,
    seen: new Set(),
  };
  const nominations = rows.flatMap((r) => rowNominations(r, ctx));
  return {
    survey: ctx.survey,
    rows: rows.length,
    nominations,
    respondents: new Set(nominations.map((n) => n.respondent)).size,
  };
}
