/** @redline/cli as a library: config loading and input reading shared with the language server, and the batch runner and reporters. */
export { CONFIG_NAME, findConfig, loadConfig } from './config-loader.js';
export { decode, decodeBytes, EXTENSIONS, InputError, readInput, type Input } from './read.js';
export { FORMATS, main, render, type OutputFormat } from './main.js';
export { BatchConfigError, runBatch, type BatchOptions } from './batch/run.js';
export type { BatchMessage, BatchResult, CopyInfo, CopyPartner, FileResult, SimilarPair } from './batch/types.js';
export { csvReport, htmlReport, jsonReport, sarifLog, sarifReport, textReport } from './reporters.js';
