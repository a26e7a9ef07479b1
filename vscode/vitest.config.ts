import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The stdio tests spawn servers, the end-to-end test a whole VS Code: keep files sequential on 2 cores.
    fileParallelism: false,
  },
});
