/**
 * A static server on 127.0.0.1 for the E2E pages: `/pages/*` from
 * e2e/pages, `/nm/<package>/*` from this package's node_modules (the real
 * editors from npm), `/build/prosemirror.js` bundled with esbuild on start.
 * Every request is logged so tests can assert the extension caused none.
 */
import { build } from 'esbuild';
import { createReadStream, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const BUILD = join(ROOT, '.e2e-build');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** A logged request. */
export interface Logged {
  method: string;
  path: string;
}

/** The running server. */
export interface TestServer {
  origin: string;
  log: Logged[];
  close(): Promise<void>;
}

/** Bundles the ProseMirror page script (ESM packages with bare imports) into one file. */
export async function buildBundles(): Promise<void> {
  mkdirSync(BUILD, { recursive: true });
  const out = join(BUILD, 'prosemirror.js');
  const src = join(HERE, 'pages', 'prosemirror-entry.ts');
  if (existsSync(out) && statSync(out).mtimeMs > statSync(src).mtimeMs) return;
  await build({ entryPoints: [src], bundle: true, format: 'iife', outfile: out, logLevel: 'warning', target: 'es2022' });
}

function fileFor(path: string): string | null {
  const p = decodeURIComponent(path.split('?')[0]);
  let file: string | null = null;
  if (p.startsWith('/pages/')) file = join(HERE, 'pages', p.slice(7));
  else if (p.startsWith('/build/')) file = join(BUILD, p.slice(7));
  else if (p.startsWith('/nm/')) {
    const rest = p.slice(4);
    const parts = rest.split('/');
    const pkg = parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const base = join(ROOT, 'node_modules', pkg);
    if (!existsSync(base)) return null;
    file = join(realpathSync(base), rest.slice(pkg.length));
  }
  if (!file) return null;
  file = normalize(file);
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startServer(): Promise<TestServer> {
  await buildBundles();
  const log: Logged[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ method: req.method ?? 'GET', path });
    const file = req.method === 'GET' ? fileFor(path) : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
