/**
 * Batch worker: receives {@link Task}s one at a time, answers with
 * {@link TaskOutcome}s (fingerprint arrays transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigCache, runTask } from './task.js';
import type { Task, TaskOutcome, TaskSettings } from './types.js';

const settings = (workerData as { settings: TaskSettings }).settings;
const configs = new ConfigCache();

/** Buffers of an outcome's typed arrays, to transfer. */
export function transferList(out: TaskOutcome): ArrayBuffer[] {
  if (!('shingled' in out) || !out.shingled) return [];
  const s = out.shingled;
  return [s.chars.buffer, s.start.buffer, s.end.buffer, s.hashes.buffer, s.at.buffer] as ArrayBuffer[];
}

parentPort?.on('message', (task: Task) => {
  void runTask(task, settings, configs).then(
    (out) => parentPort!.postMessage(out, transferList(out)),
    (e: Error) => parentPort!.postMessage({ index: task.index, path: task.path, error: `检查失败：${e.message}` } satisfies TaskOutcome),
  );
});
