/**
 * `redline` command line: `redline check [paths|-]…`.
 *
 * Folders are checked recursively, in parallel across worker threads, with
 * results in a stable order; passages copied between files (and from
 * `--against` templates) are reported as brand/copied-passage. Output:
 * `text` (default), `json`, `html`, `sarif`, `csv`, to stdout or `--out`.
 *
 * Exit codes: 0 no error-level findings; 1 error-level findings; 2 usage
 * error, an invalid config, or a file that could not be read (the other
 * files are still checked).
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PackError, parsePack, PRESETS, PROFILES, testPack, type Pack, type Preset, type ProfileOption, type RedlineConfig } from '@redline/core';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BatchConfigError, runBatch } from './batch/run.js';
import type { BatchResult } from './batch/types.js';
import { loadConfigWithPacks } from './config-loader.js';
import { progressBar } from './progress.js';
import { decodeBytes } from './read.js';
import { csvReport } from './reporters/csv.js';
import { htmlChunks } from './reporters/html.js';
import { jsonChunks } from './reporters/json.js';
import { sarifChunks } from './reporters/sarif.js';
import { textReport } from './reporters/text.js';

/** Output formats of `redline check`. */
export const FORMATS = ['text', 'json', 'html', 'sarif', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

interface CheckFlags {
  format: OutputFormat;
  preset?: Preset;
  profile?: ProfileOption;
  config?: string;
  stdinFormat: 'text' | 'markdown' | 'html';
  color?: boolean;
  verbose?: boolean;
  out?: string;
  against: string[];
  jobs?: number;
  progress: boolean;
}

/** Streams and hooks of {@link main} (tests replace them). */
export interface MainIo {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  stdin?: () => Promise<string>;
  /** Where the progress bar goes (default process.stderr; drawn only when it is a TTY). */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
}

const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数');
  return n;
}

/** Runs the CLI with `argv` (as `process.argv`); resolves to the exit code. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const stdout = io.stdout ?? ((s: string) => process.stdout.write(s));
  const stderr = io.stderr ?? ((s: string) => process.stderr.write(s));
  let code = 0;
  const program = new Command()
    .name('redline')
    .description('Redline 党建文稿审校助手：检查党建品牌创建方案、工作总结、宣传稿和考核办法')
    .version(VERSION, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示命令帮助')
    .exitOverride()
    .configureOutput({ writeOut: stdout, writeErr: stderr });
  program
    .command('check')
    .description('检查文件或文件夹（.txt .md .html .docx），“-” 表示从标准输入读取；多份材料时同时查找相互雷同的段落')
    .argument('[paths...]', '文件、文件夹或 -', [])
    .addOption(new Option('-f, --format <format>', '输出格式：text 文本、json、html 报告、sarif、csv 表格').choices([...FORMATS]).default('text'))
    .option('-o, --out <file>', '把报告写入文件（默认输出到标准输出）')
    .option('--against <dir>', '对照的模板文件或文件夹（上级模板、已知范文），可重复；照搬其中段落的材料会被标出', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addOption(new Option('--preset <preset>', '严重程度预设').choices([...PRESETS]))
    .addOption(new Option('--profile <profile>', '文稿类型（auto 为自动识别）').choices(['auto', ...PROFILES]))
    .option('-c, --config <file>', '配置文件（默认向上查找 .redlinerc.json）')
    .addOption(new Option('--stdin-format <format>', '标准输入的格式').choices(['text', 'markdown', 'html']).default('text'))
    .option('-j, --jobs <n>', '并行检查的线程数（默认为 CPU 核数）', positiveInt)
    .option('--no-progress', '不显示进度条（不在终端时本来就不显示）')
    .option('--color', '彩色输出')
    .option('--verbose', '显示每条提示的说明（note）')
    .helpOption('-h, --help', '显示帮助')
    .action(async (paths: string[], flags: CheckFlags) => {
      code = await runCheck(paths, flags, { stdout, stderr, stdin: io.stdin ?? readStdin, progressStream: io.progressStream ?? process.stderr });
    });
  program
    .command('test-pack')
    .description('运行规则包（YAML 或 JSON）中每条规则自带的测试')
    .argument('<files...>', '规则包文件')
    .helpOption('-h, --help', '显示帮助')
    .action(async (files: string[]) => {
      code = await runTestPack(files, { stdout, stderr });
    });
  try {
    if (argv.length <= 2) {
      stdout(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof InvalidArgumentError) return 2;
    throw e;
  }
  return code;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decodeBytes(Buffer.concat(chunks)).text;
}

/** Renders a batch in `format`, in pieces to write one after the other. */
export function* render(batch: BatchResult, format: OutputFormat, flags: { color?: boolean; verbose?: boolean } = {}): Generator<string> {
  switch (format) {
    case 'json':
      yield* jsonChunks(batch.results);
      yield '\n';
      return;
    case 'html':
      yield* htmlChunks(batch);
      return;
    case 'sarif':
      yield* sarifChunks(batch, { version: VERSION });
      return;
    case 'csv':
      yield csvReport(batch);
      return;
    default:
      yield textReport(batch.results, flags);
  }
}

async function runCheck(paths: string[], flags: CheckFlags, io: { stdout: (s: string) => void; stderr: (s: string) => void; stdin: () => Promise<string>; progressStream: NodeJS.WritableStream & { isTTY?: boolean } }): Promise<number> {
  if (!paths.length) {
    io.stderr('redline check：请给出要检查的文件、文件夹，或用 - 表示标准输入\n');
    return 2;
  }
  let explicit: RedlineConfig | undefined;
  let explicitPacks: Pack[] | undefined;
  if (flags.config) {
    try {
      ({ config: explicit, packs: explicitPacks } = loadConfigWithPacks(resolve(flags.config)));
    } catch (e) {
      io.stderr(`${(e as Error).message}\n`);
      return 2;
    }
  }
  let batch: BatchResult;
  try {
    batch = await runBatch({
      paths,
      against: flags.against,
      preset: flags.preset,
      profile: flags.profile,
      config: explicit,
      packs: explicitPacks,
      jobs: flags.jobs,
      stdin: async () => ({ path: '<stdin>', text: await io.stdin(), format: flags.stdinFormat }),
      progress: progressBar(io.progressStream, flags.progress),
    });
  } catch (e) {
    if (e instanceof BatchConfigError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const output = render(batch, flags.format, flags);
  if (flags.out) {
    const file = resolve(flags.out);
    try {
      mkdirSync(dirname(file), { recursive: true });
      const fd = openSync(file, 'w');
      try {
        for (const chunk of output) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      io.stderr(`redline：无法写入 ${flags.out}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）\n`);
      return 2;
    }
  } else for (const chunk of output) io.stdout(chunk);
  const failed = batch.results.filter((r) => r.error).length + batch.templates.filter((t) => t.error).length;
  if (flags.format === 'text') for (const r of batch.results) if (r.error) io.stderr(`redline：${r.path}：${r.error}\n`);
  for (const t of batch.templates) if (t.error) io.stderr(`redline：模板 ${t.path}：${t.error}\n`);
  if (flags.out) {
    const n = batch.results.length;
    io.stderr(`redline：已写入 ${flags.out}（${n} 份材料${failed ? `，${failed} 份无法读取` : ''}${batch.pairs.length ? `，${batch.pairs.length} 对材料有雷同段落` : ''}，用时 ${(batch.elapsedMs / 1000).toFixed(1)} 秒）\n`);
  }
  const errors = batch.results.reduce((n, r) => n + (r.report?.counts.severities.error ?? 0), 0);
  return failed ? 2 : errors ? 1 : 0;
}

/** `redline test-pack FILE…`: validates each pack and runs its inline tests; exit 0 all pass, 1 a test fails, 2 a pack is invalid. */
async function runTestPack(files: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  let status = 0;
  for (const file of files) {
    let pack: Pack;
    try {
      pack = parsePack(await readFile(file, 'utf8'), file);
    } catch (e) {
      io.stderr(`${e instanceof PackError ? e.message : `规则包 ${file}：无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`}\n`);
      status = 2;
      continue;
    }
    const results = testPack(pack);
    const failed = results.filter((r) => !r.ok);
    io.stdout(`${file}（规则包 ${pack.name}，${pack.rules.length} 条规则）\n`);
    for (const r of results) io.stdout(`  ${r.ok ? "✓" : "✗"} ${r.rule}  ${r.expect === "flag" ? "应提示" : "不应提示"}：${r.text.replace(/\n/g, " ⏎ ")}${r.ok ? '' : `（实际 ${r.got} 条）`}\n`);
    const untested = pack.rules.filter((rule) => !rule.tests.flag.length && !rule.tests.pass.length).map((rule) => rule.id);
    if (untested.length) io.stdout(`  注意：规则 ${untested.join('、')} 没有测试句\n`);
    io.stdout(`  ${results.length - failed.length} passed, ${failed.length} failed\n`);
    if (failed.length && status === 0) status = 1;
  }
  return status;
}
