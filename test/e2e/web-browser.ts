/**
 * Browser helpers for the web e2e tests
 *
 * Launches Debian's chromium through playwright-core (never a downloaded browser), with SwiftShader so
 * WebGL works headless, and measures screenshots for blank pages: the PNG is decoded in a blank tab
 * with a 2D canvas, so no image library is needed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'web');

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Launches chromium. NOTE: playwright refuses `--user-data-dir` in `launch()`; it always starts the
 * browser with a fresh temporary profile of its own, which is what we want.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // NOTE: sigma needs WebGL2; with --disable-gpu chromium falls back to SwiftShader only when allowed.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface PixelStats {
  /** Standard deviation of luminance over the image (0 = one flat colour). */
  readonly stddev: number;
  /** Share of pixels that are saturated (coloured, not grey/white): drawn nodes. */
  readonly coloured: number;
  readonly width: number;
  readonly height: number;
}

/** Decodes a PNG in a blank tab and measures luminance spread and coloured pixels. */
export async function pixelStats(browser: Browser, png: Buffer): Promise<PixelStats> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let sum = 0;
      let sq = 0;
      let coloured = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        sum += y;
        sq += y * y;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
      const mean = sum / n;
      return {
        stddev: Math.sqrt(Math.max(0, sq / n - mean * mean)),
        coloured: coloured / n,
        width: img.width,
        height: img.height,
      };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** Saves a full-page screenshot as a test artifact and returns its pixel statistics. */
export async function snapshot(browser: Browser, page: Page, name: string): Promise<PixelStats> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const png = await page.screenshot({ fullPage: true });
  writeFileSync(join(ARTIFACTS, `${name}.png`), png);
  return pixelStats(browser, png);
}
