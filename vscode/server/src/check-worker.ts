/**
 * Worker thread that runs `check()` so the language server's main thread
 * never blocks on a large document. Receives {@link CheckJob}s, answers
 * {@link CheckReply}s; the core is pure, so a job carries all it needs.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type CheckJob } from './job.js';

parentPort!.on('message', (job: CheckJob) => {
  parentPort!.postMessage(runJob(job));
});
