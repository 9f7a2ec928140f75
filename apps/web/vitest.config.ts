import { defineConfig } from 'vitest/config';

// Unit tests (src) and browser end-to-end tests (e2e) against the built product; the e2e files
// start their own server and Chromium, so they get long timeouts and run one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ['e2e/global-setup.ts'],
  },
});
