// Debian's Chromium, headless, launched the way tests/e2e launches it; nothing is downloaded.
import { chromium } from 'playwright-core';

export const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Measured pages run in the background next to each other; they must not be throttled.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });

/**
 * A browser context for `base`. Service workers are blocked so that every open
 * fetches the app the same way (the app's worker would otherwise answer later opens
 * from its cache, and its first install competes with the first measured open).
 */
export const newContext = (browser, base) =>
  browser.newContext({ baseURL: base, serviceWorkers: 'block' });
