#!/usr/bin/env node
/**
 * The package's `test`: build and zip the Chrome MV3 and Firefox extensions,
 * check the manifests, run the unit tests, then the browser E2E tests (which
 * skip with a message when /usr/bin/chromium is absent and CI is not set).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

function run(cmd, args, { filter } = {}) {
  console.log(`\n$ ${[cmd.replace(ROOT + '/', ''), ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: filter ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, encoding: 'utf8' });
  if (filter) for (const line of `${r.stdout}${r.stderr}`.split('\n')) if (line && !filter.test(line)) console.log(line);
  if (r.status !== 0) {
    console.error(`extension test: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function assert(cond, msg) {
  if (!cond) {
    console.error(`extension test: ${msg}`);
    process.exit(1);
  }
}

// 1. Builds and zips (wxt zip builds first). Firefox last, so .output/chrome-mv3 stays for E2E either way.
run(bin('wxt'), ['zip']);
// WXT 0.21 prints a size warning per source file when sourcesRoot is outside the project (the zip is fine).
run(bin('wxt'), ['zip', '-b', 'firefox'], { filter: /Could not get stats of/ });
const chrome = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
const firefox = JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv2/manifest.json'), 'utf8'));
const cs = chrome.content_scripts?.[0] ?? {};
assert(cs.all_frames && cs.match_about_blank && cs.match_origin_as_fallback === true, 'chrome content script must reach about:blank/srcdoc/javascript: iframes');
assert(!chrome.host_permissions?.length && !(chrome.permissions ?? []).some((p) => p.includes('://') || p === '<all_urls>'), 'no host permissions');
assert(JSON.stringify(chrome.permissions) === JSON.stringify(['storage', 'sidePanel']), `unexpected permissions ${chrome.permissions}`);
assert(firefox.sidebar_action && firefox.content_scripts?.[0]?.all_frames, 'firefox build needs the sidebar and all-frames content script');
const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
assert(zips.some((z) => z.includes('chrome')) && zips.some((z) => z.includes('firefox')), `zips missing: ${zips}`);
console.log(`manifests ok; zips: ${zips.join(', ')}`);

// 2. Unit tests (WxtVitest + fake browser + happy-dom).
run(bin('vitest'), ['run']);

// 3. Browser E2E (Debian Chromium + the chrome-mv3 build).
run(bin('vitest'), ['run', '-c', 'e2e/vitest.config.ts']);
if (!existsSync('/usr/bin/chromium') && !process.env.CI) console.log('\nextension test: 浏览器端到端测试已跳过（未安装 /usr/bin/chromium）');
