/** Helpers for cross-package tests: run the real CLI, find ../shared. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `../shared` beside the repository, when present. */
export const SHARED = resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'seeds'));

/** Runs `redline ARGS…` as a user would (node + the bin script), with optional stdin. */
export function redline(args: string[], input?: string, cwd = ROOT): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'cli/bin/redline.js'), ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Files under `dir` (recursive, sorted) with extension `.txt`. */
export function textFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}
