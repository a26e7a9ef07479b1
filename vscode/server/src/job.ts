/** One check: the shape of the work sent to the worker and of its answer. */
import { DocumentCheckers, type Pack, type RedlineConfig, type RedlineMessage, type Report } from '@redline/core';

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

/** The documents' checkers (each keeps its last version's scans; the 32 most recently checked documents). */
const checkers = new DocumentCheckers(32);

/**
 * Runs a check for a job; never throws. `ms` is the wall time of the check in
 * milliseconds. Successive jobs for one path go through one DocumentChecker,
 * so lines unchanged since the last keystroke are not scanned again.
 */
export function runJob(job: CheckJob): CheckReply {
  const t0 = performance.now();
  try {
    const { messages, report } = checkers.for(job.path ?? '').check(job.text, { format: job.format, config: job.config, packs: job.packs, path: job.path });
    return { id: job.id, ok: true, messages, report, ms: performance.now() - t0 };
  } catch (e) {
    return { id: job.id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), ms: performance.now() - t0 };
  }
}
