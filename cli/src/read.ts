/**
 * Reads an input file into text plus the format to check it in.
 * `.txt` → text, `.md`/`.markdown` → Markdown, `.html`/`.htm` → HTML,
 * `.docx` → Markdown converted from mammoth's HTML (headings kept as `#`).
 * Text files may be UTF-8, UTF-16 or GB18030/GBK (detected, see {@link decodeBytes}).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Format } from '@redline/core';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';

/** Extensions the CLI checks, with their formats. */
export const EXTENSIONS: Record<string, Format | 'docx'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** An input ready to check. */
export interface Input {
  path: string;
  text: string;
  format: Format;
  /** The encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `GB18030` …), or `docx`. */
  encoding?: string;
}

/** An input that could not be read: the file and the cause, in Chinese. */
export class InputError extends Error {
  readonly path: string;
  /** The cause alone, without the path (Chinese). */
  readonly detail: string;
  constructor(path: string, cause: string) {
    super(`${path}：${cause}`);
    this.name = 'InputError';
    this.path = path;
    this.detail = cause;
  }
}

/** Decodes bytes: UTF-8 or UTF-16 (with or without a BOM), GB18030/GBK, Big5 — see {@link decodeBytes}. */
export function decode(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** Encodings tried when the bytes are not UTF-8, besides what chardet proposes. */
const FALLBACKS = ['GB18030', 'UTF-16LE', 'UTF-16BE', 'Big5'];

/** Share of characters that plausibly occur in Chinese prose (Han, CJK and full-width punctuation, printable ASCII, line breaks). */
function plausibility(text: string): number {
  if (!text.length) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      c === 0x2014 ||
      c === 0x2026 ||
      (c >= 0x2018 && c <= 0x201d) ||
      c === 0xb7
    )
      ok++;
    else if (c === 0xfffd) ok -= 2;
  }
  return ok / text.length;
}

/**
 * Decodes the bytes of a text file and says which encoding it was in:
 * a BOM (UTF-8, UTF-16LE/BE) wins; otherwise strict UTF-8; otherwise the
 * candidates chardet proposes plus GB18030 (which covers GBK and GB2312),
 * UTF-16 without a BOM and Big5, decoded with iconv-lite, keeping the one
 * whose text looks most like Chinese prose (ties go to what chardet is
 * sure of, then GB18030, then chardet's other guesses).
 * Never throws: undecodable bytes become U+FFFD.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // UTF-16 of ASCII-heavy text is valid UTF-8 full of NULs.
    if (!text.includes('\0')) return { text, encoding: 'UTF-8' };
  } catch {
    // not UTF-8
  }
  // Chinese documents: GB18030 goes first (it wins ties) unless chardet is sure of something else.
  const analysed = chardet.analyse(bytes);
  const sure = analysed.filter((m) => m.confidence >= 90).map((m) => m.name);
  const names = [...new Set([...sure, ...FALLBACKS, ...analysed.map((m) => m.name)])].filter((n) => n !== 'UTF-8' && iconv.encodingExists(n));
  let best = { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8', score: -Infinity };
  for (const name of names) {
    if (name.startsWith('UTF-16') && bytes.length % 2) continue;
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    const score = plausibility(text);
    if (score > best.score + 1e-9) best = { text, encoding: name, score };
  }
  return { text: best.text.replace(/^\uFEFF/, ''), encoding: best.encoding };
}

/** Share of control characters (other than tab, line feed, carriage return, form feed) in `text`. */
function controlShare(text: string): number {
  let n = 0;
  const len = Math.min(text.length, 65536);
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) n++;
  }
  return len ? n / len : 0;
}

/**
 * Reads `path`: `.txt`/`.md`/`.html` in any encoding {@link decodeBytes}
 * recognises, `.docx` through mammoth.
 * @throws InputError (cause in Chinese) for an unknown extension, a missing,
 *   unreadable, empty, binary or corrupt file, a password-protected or
 *   old-format (.doc) Word file
 */
export async function readInput(path: string): Promise<Input> {
  const kind = EXTENSIONS[extname(path).toLowerCase()];
  if (!kind) throw new InputError(path, `不支持的文件类型“${extname(path) || '（无扩展名）'}”（支持 ${Object.keys(EXTENSIONS).join(' ')}）`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : code === 'EISDIR' ? '是文件夹，不是文件' : `无法读取（${code ?? (e as Error).message}）`);
  }
  if (bytes.length === 0) throw new InputError(path, '文件为空（0 字节）');
  if (kind === 'docx') {
    const text = await docxToMarkdown(path, bytes);
    if (!text.trim()) throw new InputError(path, '文件为空（Word 文档中没有文字）');
    return { path, text, format: 'markdown', encoding: 'docx' };
  }
  if (isZip(bytes) || isCfb(bytes)) throw new InputError(path, `不是文本文件（看起来是 ${isZip(bytes) ? 'Word/压缩包' : '旧版 Office'} 文件，扩展名却是 ${extname(path)}）`);
  const { text, encoding } = decodeBytes(bytes);
  if (!text.trim()) throw new InputError(path, '文件为空（只有空白字符）');
  if (controlShare(text) > 0.05) throw new InputError(path, '文件已损坏或不是文本文件（含大量无法识别的字符）');
  return { path, text, format: kind, encoding };
}

function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);
}

function isCfb(b: Uint8Array): boolean {
  return b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;
}

/** Whether the UTF-16LE form of `name` occurs in `bytes` (a stream name in a compound file's directory). */
function hasUtf16Name(bytes: Buffer, name: string): boolean {
  return bytes.includes(Buffer.from(name, 'utf16le'));
}

/** Converts a .docx to Markdown-like text: headings as `#`, paragraphs and list items as lines. */
async function docxToMarkdown(path: string, bytes: Buffer): Promise<string> {
  if (isCfb(bytes)) {
    // An OLE compound file: Word saves password-protected .docx this way (EncryptionInfo + EncryptedPackage), and old .doc files too.
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) throw new InputError(path, '文件受密码保护（已加密），无法读取：请在 Word/WPS 中取消密码后重新提交');
    if (hasUtf16Name(bytes, 'WordDocument')) throw new InputError(path, '是旧版 Word（.doc）格式，只是扩展名为 .docx：请另存为 .docx 后重新提交');
    throw new InputError(path, '不是有效的 .docx 文件（是 OLE 复合文档，不是 Word 2007 及以后的格式）');
  }
  if (!isZip(bytes)) throw new InputError(path, '文件已损坏或不是 Word 文档（.docx 应为 ZIP 格式）');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (e) {
    throw new InputError(path, `文件已损坏，不是有效的 .docx 文件（${(e as Error).message.split('\n')[0]}）`);
  }
  return htmlBlocksToMarkdown(html);
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** mammoth's regular HTML (h1–h6, p, li, table cells) → lines of Markdown-like text. */
export function htmlBlocksToMarkdown(html: string): string {
  const lines: string[] = [];
  const re = /<(h[1-6]|p|li|td|th)\b[^>]*>([\s\S]*?)<\/\1>/g;
  for (let m; (m = re.exec(html)); ) {
    const inner = m[2]
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (x, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENT[e] ?? x)))
      .trim();
    if (!inner) continue;
    const tag = m[1];
    lines.push(tag[0] === 'h' ? `${'#'.repeat(Number(tag[1]))} ${inner}` : tag === 'li' ? `- ${inner}` : inner);
  }
  return lines.join('\n\n') + '\n';
}
