/**
 * Fixture folders the tests build: real .docx files (docx package), a GBK
 * text file, UTF-16 files, an empty file, a corrupt .docx, a
 * password-protected .docx (an OLE compound file holding EncryptionInfo and
 * EncryptedPackage, made with cfb), an unknown extension, and
 * near-duplicate pairs with a known overlap.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prng } from '../bench/corpus.js';
import CFB from 'cfb';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';

/** A fresh temporary folder. */
export function tempDir(name = 'redline-cli-'): string {
  return mkdtempSync(join(tmpdir(), name));
}


const COMMON = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质究';

/** Chinese prose of `n` Han characters, deterministic per seed, with punctuation every 8–20 characters. */
export function prose(n: number, seed: number): string {
  const r = prng(seed * 7919 + 13);
  let out = '';
  let next = 8 + Math.floor(r() * 12);
  for (let i = 0; i < n; i++) {
    out += COMMON[Math.floor(r() * COMMON.length)];
    if (i === next && i < n - 1) {
      out += r() < 0.35 ? '。' : '，';
      next += 8 + Math.floor(r() * 12);
    }
  }
  return out + '。';
}

/** Counted characters (Han, letters, digits) of a string. */
export function counted(s: string): number {
  return (s.match(/[\u4e00-\u9fff0-9A-Za-z]/g) ?? []).length;
}

/** A real .docx: a title (Heading 1), section headings (Heading 2) and paragraphs. */
export async function docx(blocks: Array<{ heading?: string; h2?: string; text?: string }>): Promise<Buffer> {
  const children = blocks.map((b) =>
    b.heading ? new Paragraph({ text: b.heading, heading: HeadingLevel.HEADING_1 }) : b.h2 ? new Paragraph({ text: b.h2, heading: HeadingLevel.HEADING_2 }) : new Paragraph({ text: b.text ?? '' }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** An OLE compound file as Word writes a password-protected .docx (EncryptionInfo + EncryptedPackage streams). */
export function encryptedDocx(): Buffer {
  const c = CFB.utils.cfb_new();
  CFB.utils.cfb_add(c, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from('<?xml version="1.0"?><encryption/>')]));
  CFB.utils.cfb_add(c, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
  return CFB.write(c, { type: 'buffer' }) as Buffer;
}

/** Text in GBK (GB18030) bytes. */
export function gbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}

/** The passage two submissions share in {@link buildBatch}, and how each one alters it. */
export const SHARED = prose(360, 99);

/**
 * Builds a batch folder:
 * - `a-申报书.docx`: own prose + SHARED + own prose (real .docx with headings)
 * - `b-总结.txt` (GBK): own prose + SHARED with a unit name swapped in twice + own prose
 * - `c-宣传稿.md`: unrelated
 * - `d-方案.html`: UTF-16LE with BOM, unrelated
 * - `e-空白.txt` (0 bytes), `f-损坏.docx` (random bytes), `g-加密.docx` (OLE, encrypted), `h-附件.pdf` (unsupported)
 * and a template folder `tpl/` holding `模板.md` whose passage TEMPLATE is copied by `c-宣传稿.md`.
 */
export async function buildBatch(): Promise<{ dir: string; sub: string; tpl: string; expect: { aShare: number; bShare: number; cTemplateShare: number } }> {
  const dir = tempDir('redline-batch-');
  const sub = join(dir, 'submissions');
  const tpl = join(dir, 'tpl');
  mkdirSync(sub);
  mkdirSync(tpl);
  const a1 = prose(500, 1);
  const a2 = prose(340, 2);
  const edited = SHARED.slice(0, 100) + '运输车间' + SHARED.slice(104, 250) + '检修班组' + SHARED.slice(254);
  const b1 = prose(300, 3);
  const b2 = prose(740, 4);
  writeFileSync(
    join(sub, 'a-申报书.docx'),
    await docx([{ heading: '机关第一党支部党建品牌申报书' }, { h2: '一、品牌创建做法' }, { text: a1 }, { text: SHARED }, { h2: '二、品牌成效' }, { text: a2 }]),
  );
  writeFileSync(join(sub, 'b-总结.txt'), gbk(`运输车间党支部党建工作总结\n\n一、主要做法\n\n${b1}\n\n${edited}\n\n二、取得成效\n\n${b2}\n`));
  const template = prose(240, 77);
  const c1 = prose(500, 5);
  writeFileSync(join(sub, 'c-宣传稿.md'), `# 党员责任区里的故事\n\n${c1}\n\n${template}\n`);
  writeFileSync(join(sub, 'd-方案.html'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<h1>信息中心党支部品牌创建方案</h1><p>${prose(400, 6)}</p>`, 'utf16le')]));
  writeFileSync(join(sub, 'e-空白.txt'), '');
  writeFileSync(join(sub, 'f-损坏.docx'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) & 0xff)));
  writeFileSync(join(sub, 'g-加密.docx'), encryptedDocx());
  writeFileSync(join(sub, 'h-附件.pdf'), '%PDF-1.4\n');
  writeFileSync(join(tpl, '模板.md'), `# 上级党委品牌创建模板\n\n${template}\n\n${prose(200, 78)}\n`);
  const aCount = counted(a1 + SHARED + a2);
  const bCount = counted(b1 + edited + b2);
  const cCount = counted(c1 + template);
  return { dir, sub, tpl, expect: { aShare: counted(SHARED) / aCount, bShare: counted(edited) / bCount, cTemplateShare: counted(template) / cCount } };
}

/** Runs the CLI in-process; resolves to the exit code and what it wrote. */
export async function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../src/main.js');
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'redline', ...args], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdin: async () => stdin ?? '',
    progressStream: Object.assign(new (await import('node:stream')).PassThrough(), { isTTY: false }),
  });
  return { code, stdout, stderr };
}
