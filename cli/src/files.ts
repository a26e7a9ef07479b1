/** Expands CLI paths: files as given, folders recursively (supported extensions only, hidden folders and node_modules skipped). */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { EXTENSIONS } from './read.js';

/** A path the CLI could not use, with the cause in Chinese. */
export interface Missing {
  path: string;
  cause: string;
}

/** Files under `paths`, in a stable (sorted per folder) order, and the paths that do not exist. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: Missing[] }> {
  const files: string[] = [];
  const missing: Missing[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && EXTENSIONS[extname(e.name).toLowerCase()]) files.push(p);
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
  return { files, missing };
}
