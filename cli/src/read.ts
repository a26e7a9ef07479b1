/**
 * Reads an input file into text plus the format to check it in.
 * `.txt` → text, `.md`/`.markdown` → Markdown, `.html`/`.htm` → HTML,
 * `.docx` → Markdown converted from mammoth's HTML (headings kept as `#`).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Format } from '@redline/core';
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
}

/** An input that could not be read: the file and the cause, in Chinese. */
export class InputError extends Error {
  readonly path: string;
  constructor(path: string, cause: string) {
    super(`${path}：${cause}`);
    this.name = 'InputError';
    this.path = path;
  }
}

/** Decodes bytes: UTF-8 (BOM stripped) or UTF-16 with a BOM. */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Reads `path`.
 * @throws InputError for an unknown extension, an unreadable or corrupt file
 */
export async function readInput(path: string): Promise<Input> {
  const kind = EXTENSIONS[extname(path).toLowerCase()];
  if (!kind) throw new InputError(path, `不支持的文件类型（支持 ${Object.keys(EXTENSIONS).join(' ')}）`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : `无法读取（${code ?? (e as Error).message}）`);
  }
  if (kind === 'docx') return { path, text: await docxToMarkdown(path, bytes), format: 'markdown' };
  return { path, text: decode(bytes), format: kind };
}

/** Converts a .docx to Markdown-like text: headings as `#`, paragraphs and list items as lines. */
async function docxToMarkdown(path: string, bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw new InputError(path, '文件为空');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new InputError(path, '文件已加密或是旧版 Word（.doc）格式，无法读取');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (e) {
    throw new InputError(path, `不是有效的 .docx 文件（${(e as Error).message.split('\n')[0]}）`);
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
