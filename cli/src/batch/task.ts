/**
 * One task of a batch: read a file, check it, fingerprint it for copy
 * detection. Runs in the main thread or in a worker (same code).
 */
import { dirname, resolve } from 'node:path';
import { check, PackError, parseDocument, RedlineConfigError, ruleSetting, shingle, type Pack, type Preset, type RedlineConfig, type Shingled } from '@redline/core';
import { findConfig, loadConfigWithPacks } from '../config-loader.js';
import { InputError, readInput, type Input } from '../read.js';
import type { Task, TaskOutcome, TaskSettings } from './types.js';

/** Caches `.redlinerc.json` lookups (per folder) and loads with their rule packs (per file) for one thread. */
export class ConfigCache {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, Settings>();

  /**
   * The config and packs for a file at `path`: `explicit` when given, else the nearest `.redlinerc.json`.
   * @throws RedlineConfigError for an invalid config file, PackError for an invalid rule pack
   */
  for(path: string, explicit?: RedlineConfig, explicitPacks: Pack[] = []): Settings {
    if (explicit) return { config: explicit, packs: explicitPacks };
    const dir = dirname(resolve(path));
    let f = this.byDir.get(dir);
    if (!this.byDir.has(dir)) this.byDir.set(dir, (f = findConfig(dir)));
    if (!f) return { config: undefined, packs: [] };
    let c = this.byFile.get(f);
    if (!c) {
      const loaded = loadConfigWithPacks(f);
      this.byFile.set(f, (c = { config: loaded.config, packs: loaded.packs }));
    }
    return c;
  }
}

/** A file's configuration: its config and the rule packs it loads. */
interface Settings {
  config: RedlineConfig | undefined;
  packs: Pack[];
}

/**
 * Runs one task. Never throws: an unreadable file gives `{ error }` (cause
 * in Chinese), an invalid config `{ configError }`, a crash in the checker
 * `{ error: '检查失败：…' }`.
 * @param input an already read input (standard input), else the task's file is read
 */
export async function runTask(task: Task, settings: TaskSettings, configs: ConfigCache, input?: Input): Promise<TaskOutcome> {
  const { index, path } = task;
  let inp: Input;
  try {
    inp = input ?? (await readInput(path));
  } catch (e) {
    return { index, path, error: e instanceof InputError ? e.detail : `无法读取（${(e as Error).message}）` };
  }
  let config: RedlineConfig | undefined;
  let packs: Pack[] = [];
  try {
    ({ config, packs } = configs.for(path === '<stdin>' ? resolve(process.cwd(), '-') : path, settings.config, settings.packs));
  } catch (e) {
    if (e instanceof RedlineConfigError || e instanceof PackError) return { index, path, configError: e.message };
    throw e;
  }
  const preset: Preset = settings.preset ?? config?.preset ?? 'summary';
  const copySeverity = ruleSetting('brand/copied-passage', preset, config).severity;
  try {
    let shingled: Shingled | undefined;
    if (task.template) {
      if (settings.shingle) shingled = shingle(parseDocument(inp.text, inp.format), { boilerplate: settings.boilerplate });
      return { index, path: inp.path, messages: [], text: inp.text, format: inp.format, encoding: inp.encoding, shingled, copySeverity };
    }
    const out = check(inp.text, { format: inp.format, preset: settings.preset, profile: settings.profile, config, packs, path: inp.path });
    if (settings.shingle) {
      const doc = out.file.data.redline?.analysis.doc ?? parseDocument(inp.text, inp.format);
      shingled = shingle(doc, { boilerplate: settings.boilerplate });
    }
    return { index, path: inp.path, messages: out.messages, report: out.report, text: inp.text, format: inp.format, encoding: inp.encoding, shingled, copySeverity };
  } catch (e) {
    if (e instanceof RedlineConfigError) return { index, path, configError: e.message };
    return { index, path, error: `检查失败：${(e as Error).message}` };
  }
}
