import { type Browser, chromium } from 'playwright-core';
import { ensureDebianPackages } from './debian-packages.ts';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a headless browser run as root without network access: no sandbox (root), no GPU, and
 * none of the background traffic (updates, sync, QUIC probes) Chromium starts by itself.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium driven by playwright-core: browser tests never download a browser (DESIGN.md §8),
 * they install the Debian package when it is missing, or fail saying so.
 */
export async function launchChromium(why: string): Promise<Browser> {
  ensureDebianPackages([CHROMIUM], ['chromium'], why);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
}
