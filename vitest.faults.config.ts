import { defineConfig } from 'vitest/config';

/**
 * The long fault tests (`npm run test:faults`): hundreds of SIGKILLs against the built browser-mode
 * server and kills during a migration. They need the build: run `npm run build` first.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
