/**
 * The printable report end to end: `sociogram demo` → `sociogram report` (HTML and PDF, ru and en)
 * from the build, read back with poppler's `pdftotext`/`pdfinfo`. Golden HTML files hold the demo's
 * report with what changes from run to run (pseudonyms, today's date, the OS user) normalised;
 * `UPDATE_GOLDEN=1` rewrites them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/report/locale.js';
import { reportText, SECTION_IDS } from '../../src/report/report-text.js';
import { isBuilt, REPO_ROOT, runCli } from './run-cli.js';

const GOLDEN = join(REPO_ROOT, 'test', 'fixtures', 'report');
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'report');
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const hasChromium = existsSync('/usr/bin/chromium');
const skip = !isBuilt()
  ? 'report e2e skipped: the CLI is not built (npm run build)'
  : !hasChromium
    ? 'report e2e skipped: /usr/bin/chromium is absent (apt-get install chromium; .ci/run installs it)'
    : !hasPoppler
      ? 'report e2e skipped: pdftotext is absent (apt-get install poppler-utils; .ci/run installs it)'
      : null;
if (skip) console.warn(skip);

let dir = '';
let ws = '';

/** Pseudonyms by order of appearance, today's date and the OS user: what differs between runs. */
export function normaliseReport(html: string, now = Date.now()): string {
  const seen = new Map<string, string>();
  let out = html.replace(/P-[0-9A-F]{8}/g, (p) => {
    if (!seen.has(p)) seen.set(p, `P-#${seen.size + 1}`);
    return seen.get(p)!;
  });
  for (const lang of ['ru', 'en'] as const) {
    const f = createFormatter(lang);
    out = out.split(f.date(now)).join('<today>').split(f.shortDate(now)).join('<today>');
  }
  return out.replace(/cli:[^<\s]+/g, 'cli:<user>');
}

function pdfText(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
}

function rawIdentifiers(): string[] {
  const csv = readFileSync(join(ws, 'data', 'directory.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const out: string[] = [];
  for (const line of csv) {
    const [id, name, , , , emails, , telegram] = line.split(',');
    out.push(id, name, ...emails.split(';'), ...telegram.split(';').filter((h) => h.startsWith('@')));
  }
  return out.filter((s) => s.length > 3);
}

describe.skipIf(skip !== null)('sociogram report (demo workspace)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sociogram-report-'));
    ws = join(dir, 'demo');
    const r = runCli(['demo', '--out', ws, '--people', '120', '--seed', '7']);
    expect(r.code, r.stderr).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`writes the pseudonymous HTML report in ${lang} as the golden file has it`, () => {
      const out = join(dir, `report-${lang}.html`);
      const r = runCli(['report', '--workspace', ws, '--format', 'html', '--lang', lang, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(out, 'utf8');
      writeFileSync(join(ARTIFACTS, `report-${lang}.html`), html);
      // Self-contained: nothing is fetched when the file is opened or printed.
      expect(html).not.toMatch(/<script|<link|<img|src="|url\(|@import/i);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      for (const raw of rawIdentifiers())
        expect(html.includes(raw), `raw identifier ${raw} in the report`).toBe(false);
      const golden = join(GOLDEN, `demo-${lang}.html`);
      const normal = normaliseReport(html);
      // A missing golden file fails the test: it is written only when asked to.
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, normal);
      }
      expect(normal).toBe(readFileSync(golden, 'utf8'));
    }, 120_000);
  }

  it('prints an A4 PDF with page numbers, every section and a contents that points to the right pages', () => {
    const out = join(dir, 'report-ru.pdf');
    const r = runCli(['report', '--workspace', ws, '--format', 'pdf', '--lang', 'ru', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(30);
    expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = pdfText(out);
    const t = reportText('ru');
    const contents = text[1].replace(/\s+/g, ' ');
    for (const [i, id] of SECTION_IDS.entries()) {
      const title = `${i + 1}. ${t.sections[id]}`;
      const m = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contents);
      expect(m, `contents line for ${title}`).not.toBeNull();
      const page = Number(m![1]);
      expect(text[page - 1].replace(/\s+/g, ' '), `${title} on page ${page}`).toContain(title);
    }
    // Page numbers in the footer.
    expect(text[2]).toMatch(new RegExp(`стр\\. 3 / ${pages}`));
    for (const raw of rawIdentifiers()) expect(text.join('').includes(raw)).toBe(false);
    if (spawnSync('pdftoppm', ['-v']).status === 0)
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '4', '-l', '4', out, join(ARTIFACTS, 'page')]);
  }, 180_000);

  it('names people only when asked, and audits every report', () => {
    const out = join(dir, 'identified.html');
    const r = runCli(['report', '--workspace', ws, '--lang', 'en', '--identified', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Identified edition');
    expect(html).not.toMatch(/P-[0-9A-F]{8}/);
    const names = rawIdentifiers().filter((s) => /\s/.test(s));
    expect(names.some((n) => html.includes(n))).toBe(true);
    const audit = readFileSync(join(ws, 'audit.log'), 'utf8');
    expect(audit).toMatch(/"action":"cli report html".*"identified":false/);
    expect(audit).toMatch(/"action":"cli report pdf"/);
    expect(audit).toMatch(/"action":"cli report html".*"identified":true/);
  }, 120_000);

  it('reports on a period and compares it with the one before', () => {
    const out = join(dir, 'april.html');
    const r = runCli(['report', '--workspace', ws, '--lang', 'en', '--period', '2025-04', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Period: 1 April 2025 — 30 April 2025');
    expect(html).toContain(
      'The report period (1 April 2025 — 30 April 2025) against the period of equal length before it',
    );
    const bad = runCli(['report', '--workspace', ws, '--period', 'spring', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cli/report --period: invalid period: spring');
  }, 120_000);
});
