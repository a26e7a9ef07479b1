/**
 * The batch: expand paths, read and check every file (in parallel across
 * worker_threads), fingerprint them, find copied passages between
 * submissions and against templates, and return results in a stable order.
 */
import { resolve } from 'node:path';
import { copyOptions, ruleSetting, type Preset, type ProfileOption, type RedlineConfig, type Pack } from '@redline/core';
import { expandPaths } from '../files.js';
import type { Input } from '../read.js';
import { detectCopies, type CopyEntry } from './copies.js';
import { defaultJobs, MIN_PARALLEL_TASKS, runTasks } from './pool.js';
import { ConfigCache, runTask } from './task.js';
import type { BatchResult, FileResult, Task, TaskOutcome, TaskSettings } from './types.js';

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** Files and folders (`-` for standard input). */
  paths: string[];
  /** Template files and folders (`--against`): passages copied from them are reported. */
  against?: string[];
  preset?: Preset;
  profile?: ProfileOption;
  /** An explicit config (`--config`); otherwise each file's nearest `.redlinerc.json`. */
  config?: RedlineConfig;
  /** The explicit config's rule packs. */
  packs?: Pack[];
  /** Worker threads; default: available parallelism, used from {@link MIN_PARALLEL_TASKS} files on. When given, workers are used from 2 files on. */
  jobs?: number;
  /** Reads standard input when `-` is among the paths. */
  stdin?: () => Promise<Input>;
  /** Progress: called once with the total, then after each file. */
  progress?: { start(total: number): void; tick(path: string): void; stop(): void };
}

/** Thrown when a `.redlinerc.json` is invalid: the batch stops (exit 2). */
export class BatchConfigError extends Error {}

/**
 * Runs a batch.
 * @throws BatchConfigError (message in Chinese, naming the file and key) for an invalid config file
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const { files, missing, unsupported } = await expandPaths(options.paths.filter((p) => p !== '-'));
  const against = options.against?.length ? await expandPaths(options.against) : { files: [], missing: [], unsupported: [] };
  // The batch-level setting of brand/copied-passage: the explicit config, else the one nearest the first path.
  const configs = new ConfigCache();
  let batchConfig: RedlineConfig | undefined;
  try {
    batchConfig = configs.for(resolve(options.paths.find((p) => p !== '-') ?? '.', 'x'), options.config, options.packs).config;
  } catch (e) {
    throw new BatchConfigError((e as Error).message);
  }
  const preset = options.preset ?? batchConfig?.preset ?? 'summary';
  const copySetting = ruleSetting('brand/copied-passage', preset, batchConfig);
  const copyOpts = copyOptions(copySetting.options);
  const docCount = files.length + against.files.length + (options.paths.includes('-') ? 1 : 0);
  const copies = copySetting.severity !== 'off' && docCount >= 2 && files.length + (options.paths.includes('-') ? 1 : 0) >= 1;
  const settings: TaskSettings = { preset: options.preset, profile: options.profile, config: options.config, packs: options.packs, shingle: copies, boilerplate: [...copyOpts.boilerplate] };

  const tasks: Task[] = [...files.map((path, i) => ({ index: i, path, template: false })), ...against.files.map((path, i) => ({ index: files.length + i, path, template: true }))];
  options.progress?.start(tasks.length + (options.paths.includes('-') ? 1 : 0));
  const outcomes: Array<TaskOutcome | undefined> = [];
  if (options.paths.includes('-') && options.stdin) {
    const input = await options.stdin();
    outcomes.push(await runTask({ index: -1, path: '<stdin>', template: false }, settings, configs, input));
    options.progress?.tick('<stdin>');
  }
  let outs: TaskOutcome[];
  try {
    outs = await runTasks(tasks, settings, options.jobs ?? defaultJobs(), (o) => options.progress?.tick(o.path), options.jobs ? 2 : MIN_PARALLEL_TASKS);
  } finally {
    options.progress?.stop();
  }
  outcomes.push(...outs);
  const configError = outcomes.find((o) => o && 'configError' in o);
  if (configError && 'configError' in configError) throw new BatchConfigError(configError.configError);

  const results: FileResult[] = missing.map((m) => ({ path: m.path, messages: [], error: m.cause }));
  const templates: BatchResult['templates'] = [...against.missing, ...against.unsupported].map((m) => ({ path: m.path, error: m.cause }));
  const entries: CopyEntry[] = [];
  const stdinCount = outcomes.length - outs.length;
  outcomes.forEach((o, k) => {
    if (!o) return;
    const template = k >= stdinCount && tasks[k - stdinCount].template;
    if ('error' in o) {
      if (template) templates.push({ path: o.path, error: o.error });
      else results.push({ path: o.path, messages: [], error: o.error });
      return;
    }
    if (!('messages' in o)) return;
    if (template) {
      templates.push({ path: o.path });
      if (o.shingled) entries.push({ path: o.path, text: o.text, shingled: o.shingled, template: true, severity: 'off' });
      return;
    }
    const r: FileResult = { path: o.path, messages: o.messages, report: o.report, text: o.text, format: o.format, encoding: o.encoding };
    results.push(r);
    if (o.shingled) entries.push({ path: o.path, text: o.text, shingled: o.shingled, template: false, severity: o.copySeverity, result: r });
  });
  // Unsupported files found in folders come last, in path order.
  for (const m of unsupported) results.push({ path: m.path, messages: [], error: m.cause });
  let pairs: BatchResult['pairs'] = [];
  let common = 0;
  if (copies && entries.length >= 2) ({ pairs, common } = detectCopies(entries, copyOpts));
  return { results, templates, pairs, copies, commonFingerprints: common, preset, finishedAt: new Date().toISOString(), elapsedMs: performance.now() - t0 };
}
