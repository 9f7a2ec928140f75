import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Gives the run one temporary folder and removes the ones killed runs left.
    globalSetup: ['test/global-setup.ts'],
    // The CLI tests start real processes and the property tests run hundreds of assessments; on a
    // busy 2-core machine either can take longer than vitest's 5 s default.
    testTimeout: 30_000,
    // Hooks pack, install and delete a consumer project with its own node_modules: under a full
    // `npm test` beside the browser suites, deleting it alone has taken over 10 s.
    hookTimeout: 90_000,
  },
});
