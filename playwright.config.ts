// End-to-end tests: the real React UI in Debian's Chromium, against the real core served by `casechain serve`
// (DESIGN.md §5: Playwright's own browser download does not work on the build machines). Run `npm run build`
// first: the host serves out/renderer.

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 768 },
    // The build machines run in UTC while users sit in UTC+8; nothing shown may depend on the browser's zone.
    timezoneId: 'UTC',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
