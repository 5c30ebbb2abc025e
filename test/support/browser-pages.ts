import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** Test artifacts go under the repository root (git-ignored), one folder per suite. */
export const artifactsDir = (suite: string): string => {
  const dir = fileURLToPath(new URL(`../../test-artifacts/${suite}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** What the browser logs for a request the server refused: expected when signed out or not allowed. */
const REFUSED = /^Failed to load resource: the server responded with a status of 40[13] /;

export type PageRun = (page: Page, context: BrowserContext) => Promise<void>;

/**
 * Runs `run` in a fresh browser context (its own cookies) on `baseUrl`, signed in first with `token`
 * through POST /api/session when one is given. Fails when the page threw an uncaught error or logged
 * one (a Content Security Policy violation, a React error), other than a 401 or 403 answer.
 */
export async function withPage(
  browser: Browser,
  baseUrl: string,
  options: { token?: string; timeoutMs: number },
  run: PageRun,
): Promise<void> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(options.timeoutMs);
  const errors: string[] = [];
  try {
    if (options.token) {
      const res = await context.request.post(new URL('/api/session', baseUrl).href, {
        data: { token: options.token },
      });
      assert.equal(res.status(), 204, 'POST /api/session signs in');
    }
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !REFUSED.test(message.text())) errors.push(message.text());
    });
    await run(page, context);
    assert.deepEqual(errors, [], 'no error in the page');
  } finally {
    await context.close();
  }
}

/** A pattern matching exactly `text` (the whole of an element's text). */
export const exactly = (text: string): RegExp =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Waits until one of `locator`'s elements shows text matching `expected` (a string: a substring,
 * ignoring case), saying what it showed if not.
 */
export async function waitForText(locator: Locator, expected: RegExp | string): Promise<void> {
  try {
    await locator.filter({ hasText: expected }).first().waitFor();
  } catch (cause) {
    const seen = await locator.allInnerTexts().catch(() => []);
    throw new Error(`expected ${expected} in ${locator}, saw ${JSON.stringify(seen)}`, { cause });
  }
}

/** Saves what the page shows as `<dir>/<name>.png`, the whole page. */
export const screenshot = (page: Page, dir: string, name: string): Promise<Buffer> =>
  page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
