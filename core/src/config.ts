/**
 * `.redlinerc.json`: schema (zod, exported as JSON Schema for editors),
 * validation with errors that name the file, the key and what was expected,
 * and resolution of rule severities and options.
 */
import { z } from 'zod';
import { LEXICONS } from './lexicons/index.js';
import { RULE_MAP } from './rules/index.js';
import type { RuleMeta } from './rules/rule.js';
import { PRESETS, PROFILES, type Preset, type SeverityOrOff } from './types.js';

const severity = z.enum(['off', 'info', 'warning', 'error']);

/** Built-in rule families (rule ids with another prefix belong to rule packs). */
export const CORE_FAMILIES: ReadonlySet<string> = new Set(['formalism', 'measure', 'assessment', 'brand', 'structure', 'language']);

/** A rule setting: a severity, or `[severity, options]`. */
const ruleSettingSchema = z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])]);

const dimension = z
  .object({
    /** Stable id; defaults to the name. */
    id: z.string().min(1).optional(),
    /** Chinese name shown in messages and the radar chart. */
    name: z.string().min(1),
    /** Other wordings that count as naming this dimension. */
    synonyms: z.array(z.string().min(1)).default([]),
  })
  .strict();

const lexiconWord = z.union([z.string().min(1), z.object({ text: z.string().min(1), tag: z.string().optional() }).strict()]);
const lexiconOverride = z.object({ add: z.array(lexiconWord).optional(), remove: z.array(z.string().min(1)).optional() }).strict();

/** The `.redlinerc.json` schema. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Severity preset. */
    preset: z.enum(PRESETS as [Preset, ...Preset[]]).optional(),
    /** Document profile, or `auto` to guess it. */
    profile: z.enum(['auto', ...PROFILES] as ['auto', ...string[]]).optional(),
    /** Per-rule severity (`off`/`info`/`warning`/`error`) or `[severity, options]`. */
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    /** The organisation's assessment dimensions (replace the five defaults). */
    dimensions: z.array(dimension).min(1).optional(),
    /** Words to add to or remove from a lexicon, by lexicon id. */
    lexicons: z.record(z.string(), lexiconOverride).optional(),
    /** Rule packs (paths relative to the config file). */
    packs: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** A validated configuration. */
export type RedlineConfig = z.infer<typeof configSchema>;
/** A configuration as written (defaults such as `synonyms: []` not yet filled in). */
export type RedlineConfigInput = z.input<typeof configSchema>;

/** A configuration error: the file, the key path (`rules.measure/missing-owner`) and what was expected. */
export class RedlineConfigError extends Error {
  readonly file: string;
  readonly key: string;
  readonly expected: string;
  constructor(file: string, key: string, expected: string, detail?: string) {
    super(`配置文件 ${file} 中的 ${key || '（根）'}：${expected}${detail ? `（${detail}）` : ''}`);
    this.name = 'RedlineConfigError';
    this.file = file;
    this.key = key;
    this.expected = expected;
  }
}

function keyOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一`;
    case 'invalid_type':
      return `应为${({ string: '字符串', number: '数字', object: '对象', array: '数组', boolean: '布尔值' } as Record<string, string>)[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `不认识的键 ${issue.keys.map((k) => JSON.stringify(k)).join('、')}`;
    case 'too_small':
      return issue.origin === 'array' ? `至少需要 ${issue.minimum} 项` : issue.origin === 'string' ? '不能为空' : `不能小于 ${issue.minimum}`;
    case 'too_big':
      return `不能大于 ${issue.maximum}`;
    case 'invalid_union':
      return '应为 "off"、"info"、"warning"、"error"，或 [级别, {选项}]';
    default:
      return issue.message;
  }
}

/**
 * Validates parsed JSON as a configuration.
 * @param file the config file's name, for error messages
 * @throws RedlineConfigError naming the first offending key
 */
export function parseConfig(value: unknown, file = '.redlinerc.json'): RedlineConfig {
  const r = configSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.code === 'unrecognized_keys' ? issue.path : issue.path;
    throw new RedlineConfigError(file, keyOf(path), describe(issue), issue.code === 'invalid_value' || issue.code === 'invalid_union' ? `实际为 ${JSON.stringify(get(value, path))}` : undefined);
  }
  const config = r.data;
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = RULE_MAP.get(id);
    // `<pack>/<rule>`: checked against the loaded packs by check().
    if (!rule && !CORE_FAMILIES.has(id.split('/')[0]) && id.includes('/')) continue;
    if (!rule) {
      const near = [...RULE_MAP.keys()].filter((k) => k.split('/')[1] === id.split('/').pop() || k.startsWith(id.split('/')[0] + '/'));
      throw new RedlineConfigError(file, `rules.${id}`, '没有这个规则', near.length ? `可用：${near.slice(0, 6).join('、')}` : '规则 id 形如 formalism/empty-slogan');
    }
    if (Array.isArray(setting)) {
      if (!rule.meta.options) throw new RedlineConfigError(file, `rules.${id}[1]`, '这个规则没有选项');
      const o = rule.meta.options.safeParse(setting[1]);
      if (!o.success) {
        const issue = o.error.issues[0];
        throw new RedlineConfigError(file, `rules.${id}[1]${issue.path.length ? '.' + keyOf(issue.path) : ''}`, describe(issue));
      }
    }
  }
  const lexIds = new Set(LEXICONS.map((l) => l.id));
  for (const id of Object.keys(config.lexicons ?? {})) {
    if (!lexIds.has(id)) throw new RedlineConfigError(file, `lexicons.${id}`, '没有这个词表', `可用：${[...lexIds].join('、')}`);
  }
  return config;
}

/**
 * Parses config text (JSON) and validates it.
 * @throws RedlineConfigError for malformed JSON (with the parser's message) or an invalid key
 */
export function parseConfigText(text: string, file = '.redlinerc.json'): RedlineConfig {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new RedlineConfigError(file, '', '不是合法的 JSON', (e as Error).message);
  }
  return parseConfig(value, file);
}

function get(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = value as Record<PropertyKey, unknown> | undefined;
  for (const p of path) v = v == null ? undefined : (v[p] as Record<PropertyKey, unknown>);
  return v;
}

/** The effective severity and options of rule `id` under `preset` and `config`. */
export function ruleSetting(id: string, preset: Preset, config?: RedlineConfig, meta?: RuleMeta): { severity: SeverityOrOff; options: Record<string, unknown> } {
  const m = meta ?? RULE_MAP.get(id)?.meta;
  const s = config?.rules?.[id];
  if (s === undefined) return { severity: m?.severity[preset] ?? 'off', options: {} };
  return Array.isArray(s) ? { severity: s[0], options: s[1] } : { severity: s, options: {} };
}

/** JSON Schema (draft 2020-12) of `.redlinerc.json`, for editors. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const rules = ((schema.properties as Record<string, Record<string, unknown>>).rules ??= {});
  rules.propertyNames = { anyOf: [{ enum: [...RULE_MAP.keys()] }, { pattern: '^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$', description: '规则包中的规则：<规则包名>/<规则 id>' }] };
  const lex = ((schema.properties as Record<string, Record<string, unknown>>).lexicons ??= {});
  lex.propertyNames = { enum: LEXICONS.map((l) => l.id) };
  return { $id: 'https://redline.invalid/schema/redlinerc.schema.json', title: 'Redline 党建文稿审校助手配置（.redlinerc.json）', ...schema };
}
