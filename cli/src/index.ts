/** @redline/cli as a library: config loading and input reading shared with the language server. */
export { CONFIG_NAME, findConfig, loadConfig } from './config-loader.js';
export { decode, EXTENSIONS, InputError, readInput, type Input } from './read.js';
export { main } from './main.js';
