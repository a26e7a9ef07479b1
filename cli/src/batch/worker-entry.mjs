// Worker bootstrap: the workspace ships TypeScript sources, so load tsx's
// loader in this thread before importing the worker (workers do not inherit
// the main thread's loader).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
