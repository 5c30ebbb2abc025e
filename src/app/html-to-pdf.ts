import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { EvidentError } from '../core/errors.ts';

/** Names Debian and other distributions give the Chromium binary, tried on PATH in this order. */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * Flags for a headless browser run as root on a machine without network access: no sandbox (root),
 * no GPU, and none of the background traffic (updates, sync, QUIC probes) Chromium starts by itself.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser to print with: `EVIDENT_CHROMIUM` when set, else the first Chromium on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.EVIDENT_CHROMIUM) return executable(env.EVIDENT_CHROMIUM) ? env.EVIDENT_CHROMIUM : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of BROWSERS) if (executable(join(dir, name))) return join(dir, name);
  return undefined;
}

/**
 * Prints the HTML report to A4 PDF with Chromium (the same HTML and SVG as `--format html`, so both show
 * the same pages). Without a browser this is an `io` error telling what to install, never a crash.
 */
export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const path = findChromium(env);
  if (!path)
    throw new EvidentError(
      'io',
      env.EVIDENT_CHROMIUM
        ? `a PDF needs Chromium, and EVIDENT_CHROMIUM=${env.EVIDENT_CHROMIUM} is not an executable file`
        : 'a PDF needs Chromium, which is not installed: install it (Debian: apt-get install chromium) or set EVIDENT_CHROMIUM to its path; --format html gives the same report without a browser',
    );
  // Loaded here, not at start-up: only printing a PDF needs the browser driver.
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555">DRAFT — page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } catch (cause) {
    throw new EvidentError('io', `Chromium (${path}) could not print the PDF: ${(cause as Error).message}`, {
      cause,
    });
  } finally {
    await browser?.close();
  }
}
