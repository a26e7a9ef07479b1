/**
 * Reporters: `text`, `json`, `html`, `sarif`, `csv`
 * (one module each under `reporters/`).
 */
export type { FileResult } from './batch/types.js';
export { textReport, toVFile } from './reporters/text.js';
export { jsonChunks, jsonReport } from './reporters/json.js';
export { htmlChunks, htmlReport } from './reporters/html.js';
export { sarifChunks, sarifLog, sarifReport } from './reporters/sarif.js';
export { csvReport } from './reporters/csv.js';
