/** The `redline` CLI as users run it: formats, exit codes, stdin, configs, bad input. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline, ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'redline-cli-'));
const write = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const slogan = '我们要高度重视党建品牌创建工作，切实加强组织领导，不断提升工作水平。\n';
const problems = '一、存在的问题\n（一）品牌定位不清。部分党员理解不深。\n二、下一步打算\n下一步，我们将继续努力，争取取得更大成绩。\n';

describe('redline check', () => {
  it('prints findings, score and dimensions for the README example', () => {
    const r = redline(['check', 'examples/创建方案-精检匠修.md'], undefined, ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/formalism\/empty-slogan/);
    expect(r.stdout).toMatch(/得分：\d+\/100/);
    expect(r.stdout).toMatch(/考核维度（考核部分）：运行机制/);
  });

  it('--format json gives one object per file with UTF-16 offsets', () => {
    const a = write('a.txt', slogan);
    const b = write('b.md', `# 标题\n\n${slogan}`);
    const r = redline(['check', '--format', 'json', a, b]);
    const out = JSON.parse(r.stdout);
    expect(out.map((f: { path: string }) => f.path)).toEqual([a, b]);
    const m = out[0].messages.find((x: { ruleId: string }) => x.ruleId === 'formalism/empty-slogan');
    expect(slogan.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
    expect(m).toMatchObject({ source: 'redline', severity: 'warning', expected: [] });
    expect(out[0].report.score).toBeLessThan(100);
  });

  it('exit 1 when error-level findings exist', () => {
    expect(redline(['check', write('p.txt', problems)]).status).toBe(1);
    expect(redline(['check', '--preset', 'publicity', write('p2.txt', problems)]).status).toBe(0);
  });

  it('reads standard input with -', () => {
    const r = redline(['check', '--format', 'json', '-'], slogan);
    expect(JSON.parse(r.stdout)[0].path).toBe('<stdin>');
  });

  it('checks folders recursively and keeps going past unreadable files', () => {
    const sub = join(dir, 'folder');
    write('folder/../x.txt', slogan);
    const r = redline(['check', '--format', 'json', dir, join(dir, 'missing.txt')]);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.find((f: { path: string }) => f.path.endsWith('missing.txt')).error).toMatch(/不存在/);
    expect(out.filter((f: { report?: unknown }) => f.report).length).toBeGreaterThan(1);
    void sub;
  });

  it('usage errors exit 2', () => {
    expect(redline(['check']).status).toBe(2);
    expect(redline(['check', '--format', 'xml', 'a.txt']).status).toBe(2);
    expect(redline(['nonsense']).status).toBe(2);
  });

  it('a bad config names the file and key and exits 2', () => {
    const cfg = write('bad.json', JSON.stringify({ rules: { 'measure/missing-owner': 'warn' } }));
    const r = redline(['check', '--config', cfg, write('c.txt', slogan)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.json');
    expect(r.stderr).toContain('rules.measure/missing-owner');
  });

  it('applies .redlinerc.json found above the file', () => {
    const d2 = mkdtempSync(join(tmpdir(), 'redline-rc-'));
    writeFileSync(join(d2, '.redlinerc.json'), JSON.stringify({ rules: { 'formalism/empty-slogan': 'off' } }));
    writeFileSync(join(d2, 'd.txt'), slogan);
    const out = JSON.parse(redline(['check', '--format', 'json', join(d2, 'd.txt')]).stdout);
    expect(out[0].messages.some((m: { ruleId: string }) => m.ruleId === 'formalism/empty-slogan')).toBe(false);
  });
});

describe('.docx input', () => {
  let docx: string;
  beforeAll(async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '检修党支部品牌创建方案', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '一、主要措施', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '由有关部门负责，适时开展党建品牌评选工作。' }),
          ],
        },
      ],
    });
    docx = write('plan.docx', await Packer.toBuffer(doc));
  });

  it('reads Word documents through mammoth', () => {
    const out = JSON.parse(redline(['check', '--format', 'json', docx]).stdout);
    const ids = out[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toContain('measure/vague-timeframe');
    expect(ids).toContain('measure/missing-owner');
  });

  it('a corrupt .docx is an error naming the file; the batch goes on', () => {
    const bad = write('broken.docx', Buffer.from('not a zip at all'));
    const r = redline(['check', '--format', 'json', bad, write('ok.txt', slogan)]);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out[0].error).toMatch(/损坏|不是.*Word/);
    expect(out[1].report).toBeDefined();
  });
});
