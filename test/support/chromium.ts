import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/app/html-to-pdf.ts';
import { ensureDebianPackages } from './debian-packages.ts';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium driven by playwright-core: browser tests never download a browser (DESIGN.md §8),
 * they install the Debian package when it is missing, or fail saying so.
 */
export async function launchChromium(why: string): Promise<Browser> {
  ensureDebianPackages([CHROMIUM], ['chromium'], why);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}
