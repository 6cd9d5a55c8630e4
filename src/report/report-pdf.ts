/**
 * The report as PDF
 *
 * Prints the report's HTML with Debian's headless Chromium through `playwright-core` (`page.pdf`):
 * A4, page numbers in the footer. The table of contents gets its page numbers in two passes: the
 * first measures each section's height at print width and derives where it starts (each section
 * starts a page); when poppler's `pdftotext` is installed the printed PDF is then read back and any
 * section that landed elsewhere is corrected in a second print. The contents sit on their own page,
 * so changing its numbers moves nothing else.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { InputError } from '../shared/errors.js';
import { SECTION_IDS, type SectionId } from './report-text.js';

export type SectionPages = Partial<Record<SectionId, number>>;

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** A4 minus the margins below, in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
const MARGIN = { top: 18, bottom: 20, left: 16, right: 16 };
const CONTENT_WIDTH_PX = Math.round((210 - MARGIN.left - MARGIN.right) * MM);
const CONTENT_HEIGHT_PX = (297 - MARGIN.top - MARGIN.bottom) * MM;

/** Chromium is missing or failed to start: the user can fix it by installing it (CLI exit 2). */
function browserUnavailable(message: string, cause?: unknown): InputError {
  return new InputError(message, { cause, code: 'BROWSER_UNAVAILABLE' });
}

/** The Chromium binary: `SOCIOGRAM_CHROMIUM`, else Debian's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SOCIOGRAM_CHROMIUM;
  if (configured) {
    if (!existsSync(configured))
      throw browserUnavailable(`report/pdf: SOCIOGRAM_CHROMIUM=${configured} does not exist`);
    return configured;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw browserUnavailable(
      'report/pdf: no Chromium found for PDF output (apt-get install chromium, or set SOCIOGRAM_CHROMIUM); --format html needs none',
    );
  return found;
}

async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-sync',
      ],
    });
  } catch (cause) {
    throw browserUnavailable(`report/pdf: cannot start ${executablePath}`, cause);
  }
}

/** First pass: each section starts a new page after the cover and the contents (one page each). */
async function measurePages(page: Page): Promise<SectionPages> {
  const heights = await page.evaluate((ids: readonly string[]) => {
    const out: Record<string, number> = {};
    for (const id of ids) {
      const el = document.getElementById(`s-${id}`);
      if (el) out[id] = el.getBoundingClientRect().height;
    }
    return out;
  }, SECTION_IDS);
  const pages: SectionPages = {};
  let next = 3;
  for (const id of SECTION_IDS) {
    const h = heights[id];
    if (h === undefined) continue;
    pages[id] = next;
    next += Math.max(1, Math.ceil(h / CONTENT_HEIGHT_PX - 0.02));
  }
  return pages;
}

/** Where each section really starts in a printed PDF, read with poppler's `pdftotext`; null without it. */
export function readSectionPages(
  pdf: Buffer,
  titles: Readonly<Record<SectionId, string>>,
): SectionPages | null {
  const dir = mkdtempSync(join(tmpdir(), 'sociogram-report-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return null;
    }
    const pages = text.split('\f').map((p) => p.replace(/\s+/g, ' '));
    const out: SectionPages = {};
    SECTION_IDS.forEach((id, i) => {
      const heading = `${i + 1}. ${titles[id]}`.replace(/\s+/g, ' ');
      // Page 2 is the contents, which lists every heading too.
      const at = pages.findIndex((p, n) => n >= 2 && p.includes(heading));
      if (at >= 0) out[id] = at + 1;
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function print(page: Page, html: string, footer: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="width:100%;text-align:center;font-size:8px;color:#666;font-family:'DejaVu Sans',sans-serif">${footer} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    margin: {
      top: `${MARGIN.top}mm`,
      bottom: `${MARGIN.bottom}mm`,
      left: `${MARGIN.left}mm`,
      right: `${MARGIN.right}mm`,
    },
  });
}

export interface PdfResult {
  readonly pdf: Buffer;
  /** The HTML that was printed last (its contents carry `pages`). */
  readonly html: string;
  readonly pages: SectionPages;
  /** Whether the contents' page numbers were checked against the printed PDF. */
  readonly verified: boolean;
}

/**
 * Prints the report. `render(pages)` returns the HTML with those contents page numbers; `titles` are
 * the section titles as printed (to find them in the PDF).
 */
export async function renderReportPdf(
  render: (pages: SectionPages) => string,
  titles: Readonly<Record<SectionId, string>>,
  footer: string,
): Promise<PdfResult> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: CONTENT_WIDTH_PX, height: 1200 } });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(render({}), { waitUntil: 'load' });
    const measured = await measurePages(page);
    let html = render(measured);
    let pdf = await print(page, html, footer);
    const actual = readSectionPages(pdf, titles);
    if (!actual) return { pdf, html, pages: measured, verified: false };
    if (SECTION_IDS.some((id) => actual[id] !== measured[id])) {
      html = render(actual);
      pdf = await print(page, html, footer);
    }
    return { pdf, html, pages: actual, verified: true };
  } finally {
    await browser.close();
  }
}
