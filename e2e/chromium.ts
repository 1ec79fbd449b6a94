/**
 * How Debian's chromium is launched here, for Playwright and the page bench:
 * `npx playwright install` cannot download a browser on this machine, and
 * without the background-networking flags chromium keeps trying hosts the
 * closed network refuses.
 */
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.KEEL_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
