/** Generated files (JSON Schema, rule reference) are committed up to date. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('core/schema and docs/rules.md are up to date (pnpm -C core schema)', () => {
  const script = fileURLToPath(new URL('../scripts/write-schema.ts', import.meta.url));
  expect(() => execFileSync(process.execPath, ['--import', 'tsx', script, '--check'], { stdio: 'pipe' })).not.toThrow();
});
