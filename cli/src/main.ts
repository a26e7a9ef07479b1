/**
 * `redline` command line: `redline check [paths|-]…`.
 *
 * Exit codes: 0 no error-level findings; 1 error-level findings; 2 usage
 * error or an unreadable input (the other files are still checked).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { check, PRESETS, PROFILES, RedlineConfigError, type Preset, type ProfileOption, type RedlineConfig } from '@redline/core';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { findConfig, loadConfig } from './config-loader.js';
import { expandPaths } from './files.js';
import { decode, InputError, readInput, type Input } from './read.js';
import { jsonReport, textReport, type FileResult } from './reporters.js';

interface CheckFlags {
  format: 'text' | 'json';
  preset?: Preset;
  profile?: ProfileOption;
  config?: string;
  stdinFormat: 'text' | 'markdown' | 'html';
  color?: boolean;
  verbose?: boolean;
}

/** Runs the CLI with `argv` (as `process.argv`); resolves to the exit code. */
export async function main(argv: string[], io: { stdout?: (s: string) => void; stderr?: (s: string) => void; stdin?: () => Promise<string> } = {}): Promise<number> {
  const stdout = io.stdout ?? ((s: string) => process.stdout.write(s));
  const stderr = io.stderr ?? ((s: string) => process.stderr.write(s));
  let code = 0;
  const program = new Command()
    .name('redline')
    .description('Redline 党建文稿审校助手：检查党建品牌创建方案、工作总结、宣传稿和考核办法')
    .version(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示命令帮助')
    .exitOverride()
    .configureOutput({ writeOut: stdout, writeErr: stderr });
  program
    .command('check')
    .description('检查文件或文件夹（.txt .md .html .docx），“-” 表示从标准输入读取')
    .argument('[paths...]', '文件、文件夹或 -', [])
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json']).default('text'))
    .addOption(new Option('--preset <preset>', '严重程度预设').choices([...PRESETS]))
    .addOption(new Option('--profile <profile>', '文稿类型（auto 为自动识别）').choices(['auto', ...PROFILES]))
    .option('-c, --config <file>', '配置文件（默认向上查找 .redlinerc.json）')
    .addOption(new Option('--stdin-format <format>', '标准输入的格式').choices(['text', 'markdown', 'html']).default('text'))
    .option('--color', '彩色输出')
    .option('--verbose', '显示每条提示的说明（note）')
    .helpOption('-h, --help', '显示帮助')
    .action(async (paths: string[], flags: CheckFlags) => {
      code = await runCheck(paths, flags, { stdout, stderr, stdin: io.stdin ?? readStdin });
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
  return decode(Buffer.concat(chunks));
}

async function runCheck(paths: string[], flags: CheckFlags, io: { stdout: (s: string) => void; stderr: (s: string) => void; stdin: () => Promise<string> }): Promise<number> {
  if (!paths.length) {
    io.stderr('redline check：请给出要检查的文件、文件夹，或用 - 表示标准输入\n');
    return 2;
  }
  let failed = false;
  let explicit: RedlineConfig | undefined;
  if (flags.config) {
    try {
      explicit = loadConfig(resolve(flags.config));
    } catch (e) {
      io.stderr(`${(e as Error).message}\n`);
      return 2;
    }
  }
  const { files, missing } = await expandPaths(paths.filter((p) => p !== '-'));
  const results: FileResult[] = [];
  for (const m of missing) {
    failed = true;
    results.push({ path: m.path, messages: [], error: m.cause });
  }
  const configs = new Map<string, RedlineConfig | undefined>();
  const configFor = (path: string): RedlineConfig | undefined => {
    if (explicit) return explicit;
    const f = findConfig(dirname(resolve(path)));
    if (!f) return undefined;
    if (!configs.has(f)) configs.set(f, loadConfig(f));
    return configs.get(f);
  };
  const inputs: Array<() => Promise<Input>> = [];
  if (paths.includes('-')) inputs.push(async () => ({ path: '<stdin>', text: await io.stdin(), format: flags.stdinFormat }));
  for (const f of files) inputs.push(() => readInput(f));
  let errors = 0;
  for (const load of inputs) {
    let input: Input;
    try {
      input = await load();
    } catch (e) {
      failed = true;
      const ie = e as InputError;
      results.push({ path: ie.path ?? '?', messages: [], error: ie instanceof InputError ? ie.message.slice(ie.path.length + 1) : ie.message });
      continue;
    }
    try {
      const config = configFor(input.path === '<stdin>' ? process.cwd() + '/-' : input.path);
      const out = check(input.text, { format: input.format, preset: flags.preset, profile: flags.profile, config, path: input.path });
      errors += out.report.counts.severities.error;
      results.push({ path: input.path, messages: out.messages, report: out.report, file: out.file });
    } catch (e) {
      if (e instanceof RedlineConfigError) {
        io.stderr(`${e.message}\n`);
        return 2;
      }
      failed = true;
      results.push({ path: input.path, messages: [], error: `检查失败：${(e as Error).message}` });
    }
  }
  io.stdout(flags.format === 'json' ? jsonReport(results) + '\n' : textReport(results, { color: flags.color, verbose: flags.verbose }));
  if (flags.format === 'text') for (const r of results) if (r.error) io.stderr(`redline：${r.path}：${r.error}\n`);
  return failed ? 2 : errors ? 1 : 0;
}
