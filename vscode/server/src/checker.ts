/**
 * Runs checks off the main thread. One worker thread holds a warm copy of
 * the core; jobs wait in a two-level queue (open documents before the
 * workspace check) and a queued job is dropped when a newer job with the
 * same key (the document uri) replaces it, so stale work is never started.
 * A job already running cannot be interrupted (the core is synchronous);
 * its result is discarded by the caller when the document moved on.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { runJob, type CheckJob, type CheckReply } from './job.js';

/** Priority of a job: `interactive` (an open document) runs before `background` (workspace check). */
export type Priority = 'interactive' | 'background';

/** Thrown (as a rejection) for a job that a newer job of the same key replaced before it started. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer check of the same document');
    this.name = 'SupersededError';
  }
}

interface Pending {
  key: string;
  job: Omit<CheckJob, 'id'>;
  resolve: (r: CheckReply) => void;
  reject: (e: Error) => void;
}

/** Schedules {@link CheckJob}s on a worker thread (or inline when no worker script is available). */
export class Checker {
  private worker?: Worker;
  private queues: Record<Priority, Pending[]> = { interactive: [], background: [] };
  private running?: Pending & { id: number };
  private nextId = 1;
  private disposed = false;

  /** Whether checks run on a worker thread. */
  readonly threaded: boolean;

  /** @param workerPath the bundled worker script; when missing, checks run inline on the main thread */
  constructor(private readonly workerPath: string | undefined, private readonly log: (s: string) => void = () => {}) {
    this.threaded = !!workerPath && existsSync(workerPath);
  }

  /**
   * Queues a check. A queued (not yet started) job with the same `key` is rejected with {@link SupersededError}.
   * Resolves to the reply (which may carry the core's error).
   */
  run(key: string, job: Omit<CheckJob, 'id'>, priority: Priority = 'interactive'): Promise<CheckReply> {
    return new Promise((resolve, reject) => {
      for (const q of Object.values(this.queues)) {
        const i = q.findIndex((p) => p.key === key);
        if (i >= 0) q.splice(i, 1)[0].reject(new SupersededError());
      }
      this.queues[priority].push({ key, job, resolve, reject });
      this.pump();
    });
  }

  /** Jobs waiting (not running). */
  get queued(): number {
    return this.queues.interactive.length + this.queues.background.length;
  }

  /** Stops the worker; pending jobs are rejected. */
  dispose(): void {
    this.disposed = true;
    for (const q of Object.values(this.queues)) for (const p of q.splice(0)) p.reject(new Error('checker disposed'));
    this.running?.reject(new Error('checker disposed'));
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.queues.interactive.shift() ?? this.queues.background.shift();
    if (!next) return;
    const id = this.nextId++;
    this.running = { ...next, id };
    if (!this.threaded) {
      // Inline fallback: yield first so pending LSP messages are read before the synchronous check.
      setImmediate(() => this.finish(runJob({ ...next.job, id })));
      return;
    }
    this.ensureWorker().postMessage({ ...next.job, id } satisfies CheckJob);
  }

  private finish(reply: CheckReply): void {
    const r = this.running;
    if (!r || r.id !== reply.id) return;
    this.running = undefined;
    r.resolve(reply);
    this.pump();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.workerPath!);
    w.on('message', (reply: CheckReply) => this.finish(reply));
    w.on('error', (e) => this.log(`Redline 检查线程出错：${e.message}`));
    w.on('exit', (code) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const r = this.running;
      this.running = undefined;
      if (r) r.resolve({ id: r.id, ok: false, error: `检查线程意外退出（退出码 ${code}）`, ms: 0 });
      if (!this.disposed) this.pump();
    });
    w.unref();
    this.worker = w;
    return w;
  }
}
