/** One check: the shape of the work sent to the worker and of its answer. */
import { check, type Pack, type RedlineConfig, type RedlineMessage, type Report } from '@redline/core';

/** A check request. `id` pairs it with its reply. */
export interface CheckJob {
  id: number;
  text: string;
  format: 'text' | 'markdown' | 'html';
  config?: RedlineConfig;
  /** Rule packs of the config (plain data, cloned to the worker). */
  packs?: Pack[];
  path?: string;
}

/** A check result, or the error `check()` threw (message only). */
export type CheckReply =
  | { id: number; ok: true; messages: RedlineMessage[]; report: Report; ms: number }
  | { id: number; ok: false; error: string; ms: number };

/** Runs `check()` for a job; never throws. `ms` is the wall time of `check()` in milliseconds. */
export function runJob(job: CheckJob): CheckReply {
  const t0 = performance.now();
  try {
    const { messages, report } = check(job.text, { format: job.format, config: job.config, packs: job.packs, path: job.path });
    return { id: job.id, ok: true, messages, report, ms: performance.now() - t0 };
  } catch (e) {
    return { id: job.id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), ms: performance.now() - t0 };
  }
}
