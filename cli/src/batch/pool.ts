/**
 * Runs tasks across worker_threads (one per core by default) or in the main
 * thread. Results come back indexed by task, so the order is stable
 * whatever finishes first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigCache, runTask } from './task.js';
import type { Task, TaskOutcome, TaskSettings } from './types.js';

/**
 * Below this many tasks the batch runs in the main thread unless the user
 * asked for a number of jobs: starting a worker (loading the bundled core,
 * or the TypeScript sources through tsx when there is no bundle) costs
 * 0.2–0.6 s, about as much as checking a few dozen files.
 */
export const MIN_PARALLEL_TASKS = 24;

/** Default number of workers: the machine's available parallelism. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs `tasks` and returns their outcomes in task order.
 * @param jobs worker count; 1 runs in the main thread
 * @param onDone called after each task, in completion order
 * @param minParallel fewer tasks than this run in the main thread
 */
export async function runTasks(tasks: Task[], settings: TaskSettings, jobs: number, onDone: (out: TaskOutcome) => void = () => {}, minParallel = MIN_PARALLEL_TASKS): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  const slot = new Map(tasks.map((t, i) => [t.index, i]));
  const n = Math.min(jobs, tasks.length);
  if (n <= 1 || tasks.length < Math.max(2, minParallel)) {
    const configs = new ConfigCache();
    for (let i = 0; i < tasks.length; i++) {
      const out = await runTask(tasks[i], settings, configs);
      outcomes[i] = out;
      onDone(out);
    }
    return outcomes;
  }
  let next = 0;
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  await new Promise<void>((resolveAll, rejectAll) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(entry, { workerData: { settings } });
      let current: Task | undefined;
      running++;
      const feed = () => {
        current = tasks[next++];
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on('message', (out: TaskOutcome) => {
        outcomes[slot.get(out.index)!] = out;
        onDone(out);
        feed();
      });
      worker.on('error', (e) => {
        // A worker that dies takes only its current task with it; a fresh one carries on.
        if (current) {
          const out: TaskOutcome = { index: current.index, path: current.path, error: `检查失败：工作线程异常退出（${e.message}）` };
          outcomes[slot.get(current.index)!] = out;
          onDone(out);
          current = undefined;
        }
        if (next < tasks.length) start();
      });
      worker.on('exit', () => {
        running--;
        if (running === 0) {
          if (outcomes.filter(Boolean).length === tasks.length) resolveAll();
          else rejectAll(new Error('工作线程提前退出，部分文件未检查'));
        }
      });
      feed();
    };
    for (let i = 0; i < n; i++) start();
  });
  return outcomes;
}
