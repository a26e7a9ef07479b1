/** Rule packs from the CLI: `redline test-pack`, and packs referenced from .redlinerc.json. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redline, ROOT } from './helpers.js';

const PACK = join(ROOT, 'examples/packs/检修公司规则包.yaml');

describe('redline test-pack', () => {
  it('runs the example pack: all pass, exit 0', () => {
    const r = redline(['test-pack', PACK]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/8 passed, 0 failed/);
  });
  it('a failing inline test exits 1 and says which', () => {
    const d = mkdtempSync(join(tmpdir(), 'pack-'));
    const f = join(d, 'bad.yaml');
    writeFileSync(f, 'name: org\nrules:\n  - id: hollow\n    kind: existence\n    message: 空话\n    tokens: [全力以赴]\n    tests:\n      flag: [没有这个词。]\n');
    const r = redline(['test-pack', f]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ org\/hollow {2}应提示：没有这个词。（实际 0 条）/);
  });
  it('an invalid pack exits 2 naming the file, the rule and the key', () => {
    const d = mkdtempSync(join(tmpdir(), 'pack-'));
    const f = join(d, 'invalid.yaml');
    writeFileSync(f, 'name: org\nrules:\n  - id: hollow\n    kind: existence\n    message: 空话\n    level: fatal\n    tokens: [x]\n');
    const r = redline(['test-pack', f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('invalid.yaml');
    expect(r.stderr).toContain('规则 hollow');
    expect(r.stderr).toContain('level');
  });
});

describe('packs in .redlinerc.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'packs-rc-'));
  mkdirSync(join(dir, 'packs'));
  copyFileSync(PACK, join(dir, 'packs/org.yaml'));
  writeFileSync(join(dir, '.redlinerc.json'), JSON.stringify({ packs: ['./packs/org.yaml'], rules: { 'jianxiu/company-terms': 'error' } }));
  writeFileSync(join(dir, 'draft.txt'), '组建党员先锋队承担检修任务，全体党员全力以赴。\n');

  it('checks with the pack rules, severities from the config', () => {
    const r = redline(['check', '--format', 'json', join(dir, 'draft.txt')]);
    const msgs = JSON.parse(r.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId.startsWith('jianxiu/'));
    expect(msgs.map((m: { ruleId: string; severity: string }) => `${m.ruleId}:${m.severity}`)).toEqual(['jianxiu/company-terms:error', 'jianxiu/no-hollow-words:warning']);
    expect(r.status).toBe(1);
  });

  it('a missing pack file is a config error naming it', () => {
    const d2 = mkdtempSync(join(tmpdir(), 'packs-rc2-'));
    writeFileSync(join(d2, '.redlinerc.json'), JSON.stringify({ packs: ['./nope.yaml'] }));
    writeFileSync(join(d2, 'a.txt'), '文本。\n');
    const r = redline(['check', join(d2, 'a.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).toContain('nope.yaml');
  });
});
