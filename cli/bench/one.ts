/**
 * Benchmark child: runs one batch over DIR (in this fresh process, so peak
 * memory is this batch's), renders every report format, prints JSON
 * figures on stdout.
 */
import { runBatch } from '../src/batch/run.js';
import { csvReport } from '../src/reporters/csv.js';
import { htmlChunks } from '../src/reporters/html.js';
import { sarifChunks } from '../src/reporters/sarif.js';

const dir = process.argv[2];
const jobs = process.argv[3] ? Number(process.argv[3]) : undefined;
const t0 = performance.now();
const batch = await runBatch({ paths: [dir], jobs, preset: 'submission' });
const tBatch = performance.now() - t0;
const rssAfterBatchMB = Math.round(process.resourceUsage().maxRSS / 1024);
const t1 = performance.now();
// As the CLI writes it: chunk by chunk (here only counted).
let htmlBytes = 0;
for (const chunk of htmlChunks(batch)) htmlBytes += Buffer.byteLength(chunk);
const tHtml = performance.now() - t1;
const t2 = performance.now();
let sarifBytes = 0;
for (const chunk of sarifChunks(batch)) sarifBytes += Buffer.byteLength(chunk);
const tSarif = performance.now() - t2;
const csv = csvReport(batch);
const messages = batch.results.reduce((n, r) => n + r.messages.length, 0);
const copied = batch.results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId === 'brand/copied-passage').length, 0);
const characters = batch.results.reduce((n, r) => n + (r.text?.length ?? 0), 0);
process.stdout.write(
  JSON.stringify({
    files: batch.results.length,
    failed: batch.results.filter((r) => r.error).length,
    characters,
    batchMs: Math.round(tBatch),
    htmlMs: Math.round(tHtml),
    sarifMs: Math.round(tSarif),
    htmlBytes,
    sarifBytes,
    batchPeakMB: rssAfterBatchMB,
    csvBytes: Buffer.byteLength(csv),
    messages,
    copied,
    pairs: batch.pairs.length,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
