import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: Debian Chromium + the built extension (see harness.ts).
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
