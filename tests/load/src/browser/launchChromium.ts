/** Debian's Chromium, which the browser benchmarks drive, launched as the browser tests launch it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export { launchBrowser as launchChromium } from '../../../e2e/support/browser.js';
