// Playwright runs the Debian Chromium (/usr/bin/chromium) against the release build in
// ../../dist, served by server.js. It never downloads browsers: do not run
// `npx playwright install` (scripts/setup.sh sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
//
// E2E_BASE_URL points the suite at an already running app (e.g. `scripts/serve` on
// http://127.0.0.1:8080) and then no server is started; otherwise server.js serves dist/
// on 127.0.0.1:${E2E_PORT:-4173}.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL || `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './specs',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: externalBaseURL
    ? undefined
    : {
        command: 'node server.js',
        url: `${baseURL}/`,
        env: { PORT: String(port), HOST: '127.0.0.1', DIST: process.env.E2E_DIST || '../../dist' },
        reuseExistingServer: false,
        timeout: 30_000,
        stdout: 'pipe',
        stderr: 'pipe',
      },
});
