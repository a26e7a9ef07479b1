/**
 * Expands CLI paths: files as given, folders recursively. Hidden entries,
 * node_modules, Word's `~$` owner files and Windows' Thumbs.db/desktop.ini
 * are skipped; other files with an unsupported extension are listed so the
 * batch can report them (a reviewer must know a `.pdf` or `.doc` was not
 * checked).
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { EXTENSIONS } from './read.js';

/** A path the CLI could not use, with the cause in Chinese. */
export interface Missing {
  path: string;
  cause: string;
}

const JUNK = new Set(['thumbs.db', 'desktop.ini']);

/**
 * Files under `paths` in a stable order (as given; folder entries sorted by
 * name, recursively), the paths that do not exist, and the files found in
 * folders whose type is not supported.
 */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: Missing[]; unsupported: Missing[] }> {
  const files: string[] = [];
  const missing: Missing[] = [];
  const unsupported: Missing[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$') || e.name === 'node_modules' || JUNK.has(e.name.toLowerCase())) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        if (EXTENSIONS[extname(e.name).toLowerCase()]) files.push(p);
        else unsupported.push({ path: p, cause: `不支持的文件类型“${extname(e.name) || '（无扩展名）'}”（支持 ${Object.keys(EXTENSIONS).join(' ')}），未检查` });
      }
    }
  };
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push(p);
    } catch {
      missing.push({ path: p, cause: '文件或文件夹不存在' });
    }
  }
  return { files, missing, unsupported };
}
