import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium against the built app in browser mode. Needs `npm run build`. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
