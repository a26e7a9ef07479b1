/**
 * Configuration for the server: the nearest `.redlinerc.json` (found and read
 * exactly as the CLI does, with @redline/cli's `findConfig`/`loadConfig`),
 * merged with the editor settings `redline.preset`, `redline.profile` and
 * `redline.rules`. A config file that fails to parse is reported as a
 * diagnostic in that file, on the offending key, while the last good
 * configuration read from it keeps being used.
 */
import { statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PackError, parseConfig, RedlineConfigError, type Pack, type RedlineConfig } from '@redline/core';
import { findConfig, loadConfigWithPacks } from '@redline/cli/config';
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

/** Editor settings of section `redline` (empty strings mean "follow the config file"). */
export interface EditorSettings {
  preset?: string;
  profile?: string;
  rules?: Record<string, unknown>;
  /** Milliseconds to wait after the last edit before re-checking. */
  debounce?: number;
}

/** The configuration in effect for one document. */
export interface Resolved {
  /** Merged configuration passed to `check()`; undefined when nothing is configured. */
  config?: RedlineConfig;
  /** Rule packs the config file loads (`packs`). */
  packs?: Pack[];
  /** The `.redlinerc.json` that applies, if any. */
  file?: string;
  /** Problem with the editor settings (Chinese), if they were partly ignored. */
  settingsError?: string;
}

interface Entry {
  /** mtime + size of the file (and of its pack files) when last read. */
  stamp: string;
  config?: RedlineConfig;
  packs?: Pack[];
  error?: RedlineConfigError;
}

interface Good {
  config: RedlineConfig;
  packs: Pack[];
}

function stampOf(files: string[]): string {
  return files
    .map((f) => {
      try {
        const st = statSync(f);
        return `${st.mtimeMs}:${st.size}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/** Reads, validates and caches `.redlinerc.json` files; remembers the last good config of each. */
export class ConfigStore {
  private entries = new Map<string, Entry>();
  private lastGood = new Map<string, Good>();

  /**
   * @param onFileStatus called whenever a config file's state changes: with its diagnostics (empty when valid)
   */
  constructor(private readonly onFileStatus: (file: string, diagnostics: Diagnostic[]) => void) {}

  /**
   * The configuration for a document in folder `dir` (undefined for an untitled document with no folder),
   * merged with `settings`. Re-reads a config file whenever its mtime or size changed.
   */
  resolve(dir: string | undefined, settings: EditorSettings = {}): Resolved {
    const file = dir ? findConfig(dir) : undefined;
    const fromFile = file ? this.read(file) : undefined;
    const { config, error } = mergeSettings(fromFile?.config, settings);
    const packs = fromFile?.packs.length ? { packs: fromFile.packs } : {};
    return { ...(config ? { config } : {}), ...packs, ...(file ? { file } : {}), ...(error ? { settingsError: error } : {}) };
  }

  /** Forgets cached state of `file` (or of every file) so the next resolve re-reads it. */
  invalidate(file?: string): void {
    if (file) this.entries.delete(file);
    else this.entries.clear();
  }

  /** The config (and packs) from `file` to use: the current one, or the last good one while the file or a pack is broken. */
  private read(file: string): Good | undefined {
    const cached = this.entries.get(file);
    const packFiles = (cached?.config?.packs ?? []).map((p) => resolve(dirname(file), p));
    const stamp = stampOf([file, ...packFiles]);
    if (cached && cached.stamp === stamp) return cached.config ? { config: cached.config, packs: cached.packs ?? [] } : this.lastGood.get(file);
    const entry: Entry = { stamp };
    try {
      const loaded = loadConfigWithPacks(file);
      entry.config = loaded.config;
      entry.packs = loaded.packs;
      entry.stamp = stampOf([file, ...(loaded.config.packs ?? []).map((p) => resolve(dirname(file), p))]);
      this.lastGood.set(file, { config: loaded.config, packs: loaded.packs });
    } catch (e) {
      // A broken rule pack is reported on the config's `packs` key.
      if (e instanceof PackError) entry.error = new RedlineConfigError(file, 'packs', e.message);
      else if (e instanceof RedlineConfigError) entry.error = e;
      else throw e;
    }
    const hadError = !!cached?.error;
    this.entries.set(file, entry);
    if (entry.error) this.onFileStatus(file, [configDiagnostic(file, entry.error)]);
    else if (hadError || !cached) this.onFileStatus(file, []);
    return entry.config ? { config: entry.config, packs: entry.packs ?? [] } : this.lastGood.get(file);
  }
}

export function mergeSettings(file: RedlineConfig | undefined, settings: EditorSettings): { config?: RedlineConfig; error?: string } {
  let error: string | undefined;
  let rules: RedlineConfig['rules'];
  let preset = settings.preset || undefined;
  let profile = settings.profile || undefined;
  if (settings.rules && Object.keys(settings.rules).length) {
    try {
      rules = parseConfig({ rules: settings.rules }, 'VS Code 设置').rules;
    } catch (e) {
      error = (e as Error).message;
    }
  }
  try {
    parseConfig({ ...(preset ? { preset } : {}), ...(profile ? { profile } : {}) }, 'VS Code 设置');
  } catch (e) {
    error = (e as Error).message;
    preset = profile = undefined;
  }
  if (!file && !rules && !preset && !profile) return { ...(error ? { error } : {}) };
  const config: RedlineConfig = { ...(file ?? {}) } as RedlineConfig;
  if (preset) config.preset = preset as RedlineConfig['preset'];
  if (profile) config.profile = profile as RedlineConfig['profile'];
  if (rules) config.rules = { ...(file?.rules ?? {}), ...rules };
  return { config, ...(error ? { error } : {}) };
}

/** Folder of a `file:` document path, for config lookup. */
export function folderOf(fsPath: string): string {
  return dirname(fsPath);
}

/**
 * The diagnostic for a config error, placed on the offending key in the file:
 * the value for a bad value, the key for an unknown key or rule, the parser's
 * position for malformed JSON, else the start of the file.
 */
export function configDiagnostic(file: string, error: RedlineConfigError, text?: string): Diagnostic {
  let source = text;
  if (source === undefined) {
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      source = '';
    }
  }
  const doc = TextDocument.create('file://' + file, 'json', 0, source);
  const [start, end] = errorSpan(source, error);
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
    message: error.message,
    severity: DiagnosticSeverity.Error,
    source: 'redline',
    code: 'config',
  };
}

/** Splits a core config key (`rules.measure/missing-owner[1].minPhrases`, `dimensions[0].name`) into a JSON path. */
export function keyPath(key: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of key.split('.')) {
    const m = /^(.*?)((?:\[\d+\])*)$/.exec(part)!;
    if (m[1]) out.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

/** Source span [start, end) for a config error. */
function errorSpan(text: string, error: RedlineConfigError): [number, number] {
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  if (!root || (error.key === '' && errors.length)) {
    const e = errors[0];
    return e ? [e.offset, e.offset + Math.max(1, e.length)] : [0, Math.min(1, text.length)];
  }
  const path = keyPath(error.key);
  // An unknown key: the message names it; mark the key itself.
  const unknown = /不认识的键 "([^"]+)"/.exec(error.message);
  if (unknown) {
    const parent = findNodeAtLocation(root, path) ?? root;
    const prop = parent.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === unknown[1]);
    if (prop?.children?.[0]) return span(prop.children[0]);
  }
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (!node) continue;
    // An unknown rule id: mark the key (the property name), not its value.
    if (n === path.length && error.expected === '没有这个规则' && node.parent?.type === 'property') return span(node.parent.children![0]);
    return span(node);
  }
  return [0, Math.min(1, text.length)];
}

function span(n: Node): [number, number] {
  return [n.offset, n.offset + n.length];
}
