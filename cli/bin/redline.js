#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader (no build step; the workspace ships sources).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
