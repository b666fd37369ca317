import { defineConfig } from '@playwright/test';
import { findBrowser, systemProbe } from './tests/e2e/support/browser';

// Browser mode in a Chromium found on this machine (tests/e2e/support/browser.ts says where it looks);
// the global setup installs Debian's when there is none, before the workers load this file again.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  globalSetup: './tests/e2e/support/global-setup.ts',
  use: {
    viewport: { width: 1280, height: 860 },
    // Dates on screen follow the browser's language: one pinned locale keeps what the tests read the same on every machine.
    locale: 'en-GB',
    launchOptions: {
      executablePath: findBrowser(systemProbe())?.path,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'browser', testIgnore: /electron\.spec\.ts$/ },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
});
