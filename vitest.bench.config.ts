import { defineConfig } from 'vitest/config';

/** `npm run bench`: figures against the raw-SQLite reference measured in the same run. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/bench/**/*.bench.test.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
