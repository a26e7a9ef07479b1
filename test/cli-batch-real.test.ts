/**
 * The CLI's batch mode on the real documents in ../shared/real (read-only
 * test input): every file gets a result, the SARIF output
 * carries every message, no file crashes the checker. No exact finding counts: the
 * rules are still being tuned.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const REAL = join(here, '../../shared/real');
const BIN = join(here, '../cli/bin/redline.js');

describe.skipIf(!existsSync(REAL))('redline check on ../shared/real (batch)', () => {
  it('checks every real document with workers, and writes SARIF with one result per message', () => {
    const out = mkdtempSync(join(tmpdir(), 'redline-real-'));
    const json = spawnSync(process.execPath, [BIN, 'check', REAL, '--format', 'json', '--jobs', '2', '--preset', 'submission'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(json.status, json.stderr).toBeLessThan(2 + 1);
    const results = JSON.parse(json.stdout) as Array<{ path: string; messages: Array<{ ruleId: string; place: { start: { offset: number } } }>; report?: { score: number }; error?: string }>;
    const checked = results.filter((r) => !r.error);
    expect(checked.length).toBeGreaterThanOrEqual(30);
    for (const r of checked) {
      expect(r.report!.score).toBeGreaterThanOrEqual(0);
      expect(r.report!.score).toBeLessThanOrEqual(100);
    }
    // Unsupported files (INDEX.md is supported; anything else would be listed last) never crash the batch.
    expect(results.filter((r) => r.error && !/不支持的文件类型/.test(r.error))).toEqual([]);

    const sarif = spawnSync(process.execPath, [BIN, 'check', REAL, '--format', 'sarif', '--out', join(out, 'r.sarif'), '--preset', 'submission'], { encoding: 'utf8' });
    expect(sarif.status).toBeLessThan(3);
    expect(sarif.stderr).toMatch(/已写入/);
    const log = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBe(results.reduce((n, r) => n + r.messages.length, 0));
  }, 180_000);
});
