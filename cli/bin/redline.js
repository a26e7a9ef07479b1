#!/usr/bin/env node
// Runs the bundled CLI (dist/, built on install and rebuilt here whenever a source file is newer),
// or, when esbuild is not available, the TypeScript sources through tsx's loader.
import { bundle, stale } from '../scripts/bundle.mjs';

// A reader that stops early (redline check … | head) closes the pipe: stop quietly, as other command-line tools do,
// rather than print a stack trace for the lines nobody reads.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

let main;
try {
  if (stale()) await bundle();
  ({ main } = await import('../dist/main.mjs'));
} catch (e) {
  if (process.env.REDLINE_DEBUG) console.error("redline: bundle unavailable, running the sources:", e);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv);
