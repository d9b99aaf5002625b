/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's Chromium, driven by playwright-core, against the built site. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
