import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, decodeBytes, InputError, readInput } from '../src/read.js';
import { docx, encryptedDocx, gbk, prose, tempDir } from './fixtures.js';

const TEXT = '第二党支部党建品牌创建方案：由支部书记负责，2025年6月底前组建3支党员突击队。';

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'UTF-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'UTF-16LE'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]), 'UTF-16BE'],
    ['UTF-16LE without BOM', Buffer.from(TEXT, 'utf16le'), 'UTF-16LE'],
    ['GBK', gbk(TEXT), 'GB18030'],
    ['GB18030 (four-byte characters)', iconv.encode(TEXT + '𠀀', 'gb18030'), 'GB18030'],
    ['short GBK', gbk('党建品牌'), 'GB18030'],
  ])('%s', (_name, bytes, encoding) => {
    const out = decodeBytes(bytes);
    expect(out.encoding).toBe(encoding);
    expect(out.text.replace('𠀀', '')).toBe(_name === 'short GBK' ? '党建品牌' : TEXT);
    expect(decode(bytes)).toBe(out.text);
  });
  it('decodes a long GBK document exactly', () => {
    const long = `${prose(3000, 5)}\n\n一、主要做法\n\n${prose(2000, 6)}`;
    expect(decodeBytes(gbk(long))).toEqual({ text: long, encoding: 'GB18030' });
  });
});

describe('readInput', () => {
  const dir = tempDir();
  const file = (name: string, bytes: Buffer | string) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  const failure = async (p: string) => {
    const e = await readInput(p).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    const ie = e as InputError;
    expect(ie.path).toBe(p);
    expect(ie.message.startsWith(`${p}：`)).toBe(true);
    return ie.detail;
  };

  it('reads a real .docx as Markdown with its headings', async () => {
    const p = file('方案.docx', await docx([{ heading: '检修车间党支部品牌创建方案' }, { h2: '一、工作目标' }, { text: '由支部书记负责，2025年6月底前完成3项任务。' }]));
    const input = await readInput(p);
    expect(input.format).toBe('markdown');
    expect(input.encoding).toBe('docx');
    expect(input.text).toContain('# 检修车间党支部品牌创建方案');
    expect(input.text).toContain('## 一、工作目标');
    expect(input.text).toContain('由支部书记负责');
  });
  it('reads a GBK .txt', async () => {
    const input = await readInput(file('总结.txt', gbk(TEXT)));
    expect(input).toMatchObject({ text: TEXT, format: 'text', encoding: 'GB18030' });
  });
  it.each([
    ['空.txt', '', /文件为空/],
    ['空白.md', '  \n\n ', /文件为空/],
    ['空.docx', '', /文件为空/],
    ['说明.pdf', '%PDF-1.4', /不支持的文件类型“\.pdf”/],
    ['无扩展名', 'x', /不支持的文件类型/],
    ['损坏.docx', Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff)), /文件已损坏或不是 Word 文档/],
    ['截断.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)]), /文件已损坏，不是有效的 \.docx 文件/],
    ['二进制.txt', Buffer.from(Array.from({ length: 600 }, (_, i) => i % 7)), /不是文本文件/],
  ])('%s → a Chinese cause naming the file', async (name, bytes, cause) => {
    expect(await failure(file(name, bytes))).toMatch(cause);
  });
  it('says a password-protected .docx is encrypted', async () => {
    expect(await failure(file('加密.docx', encryptedDocx()))).toMatch(/受密码保护/);
  });
  it('says a .docx that is really a renamed .txt-zip is not text', async () => {
    expect(await failure(file('伪装.txt', await docx([{ text: '内容' }])))).toMatch(/不是文本文件/);
  });
  it('says a missing file does not exist', async () => {
    expect(await failure(join(dir, '不存在.md'))).toBe('文件不存在');
  });
});
