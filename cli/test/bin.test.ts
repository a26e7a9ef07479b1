/**
 * bin/redline.js runs the bundle in dist/ (built on install) and rebuilds it
 * when a source file is newer, so an edited core is never run stale.
 */
import { spawn, spawnSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { stale } from '../scripts/bundle.mjs';

const bin = fileURLToPath(new URL('../bin/redline.js', import.meta.url));
const dist = fileURLToPath(new URL('../dist/main.mjs', import.meta.url));
const example = fileURLToPath(new URL('../../examples/创建方案-精检匠修.md', import.meta.url));
/** Runs the CLI; with REDLINE_DEBUG the bin says on stderr when it falls back to the TypeScript sources. */
const run = () => {
  const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', example], { encoding: 'utf8', env: { ...process.env, REDLINE_DEBUG: '1' } });
  expect(r.stderr).not.toContain('bundle unavailable');
  expect(r.status).toBeLessThanOrEqual(1);
  return r.stdout;
};

describe('bin/redline.js', () => {
  it('runs the bundle, and rebuilds it when a source is newer', () => {
    const first = JSON.parse(run());
    expect(first[0].messages.length).toBeGreaterThan(0);
    expect(stale()).toBe(false);
    // Make the bundle older than the sources.
    const old = new Date(Date.now() - 10 * 365 * 24 * 3600 * 1000);
    utimesSync(dist, old, old);
    expect(stale()).toBe(true);
    const again = JSON.parse(run());
    expect(statSync(dist).mtimeMs).toBeGreaterThan(old.getTime() + 1000);
    expect(stale()).toBe(false);
    expect(again).toEqual(first);
  }, 60_000);

  it('stops quietly when the reader closes the pipe early (redline check … | head -1)', async () => {
    // A report long enough to fill the pipe: the example many times over, as a reviewer's batch would be.
    const child = spawn(process.execPath, [bin, 'check', '--format', 'json', ...Array(40).fill(example)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // Read one chunk, then close our end, as head does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(err).not.toContain('EPIPE');
    expect(status).toBeLessThanOrEqual(1);
  }, 60_000);
});
