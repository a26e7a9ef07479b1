/**
 * Rule packs: an organisation's own rules as data (YAML or JSON), in four
 * declarative kinds modelled on Vale —
 * `existence` (flag a phrase), `substitution` (a phrase and its replacement),
 * `conditional` (if X appears, Y must too) and `coverage` (a section must
 * mention each item of a list, like the assessment dimensions). Every rule
 * carries `message`, `level` and inline `tests`.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const level = z.enum(['error', 'warning', 'info']);
const phrases = z.array(z.string().min(1)).min(1);
const tests = z
  .object({
    /** Texts the rule must flag. */
    flag: z.array(z.string()).default([]),
    /** Texts the rule must not flag. */
    pass: z.array(z.string()).default([]),
  })
  .strict();
const base = {
  /** Rule id inside the pack; the public rule id is `<pack name>/<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '只能用小写字母、数字和连字符'),
  /** Chinese message; `{actual}` is replaced by the text found, `{expected}` by the replacement, `{missing}` by what is missing. */
  message: z.string().min(1),
  level: level.default('warning'),
  /** Why, shown as the note. */
  note: z.string().optional(),
  tests: tests.default({ flag: [], pass: [] }),
};

const existence = z.object({ ...base, kind: z.literal('existence'), tokens: phrases }).strict();
const substitution = z.object({ ...base, kind: z.literal('substitution'), swap: z.record(z.string().min(1), z.string()) }).strict();
const conditional = z
  .object({
    ...base,
    kind: z.literal('conditional'),
    /** When any of these appears… */
    first: phrases,
    /** …one of these must appear too. */
    second: phrases,
    /** Where both must appear. */
    scope: z.enum(['document', 'paragraph', 'sentence']).default('document'),
  })
  .strict();
const coverage = z
  .object({
    ...base,
    kind: z.literal('coverage'),
    /** Words that mark the section's heading (e.g. 考核, 评价). */
    section: phrases,
    /** Items the section must mention; an item is a phrase or a list of synonyms. */
    items: z.array(z.union([z.string().min(1), phrases])).min(1),
  })
  .strict();

/** One pack rule. */
export const packRuleSchema = z.discriminatedUnion('kind', [existence, substitution, conditional, coverage]);
export type PackRule = z.infer<typeof packRuleSchema>;

/** A rule pack. */
export const packSchema = z
  .object({
    /** Pack name: the prefix of its rule ids. */
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '只能用小写字母、数字和连字符'),
    description: z.string().optional(),
    rules: z.array(packRuleSchema).min(1),
  })
  .strict();
export type Pack = z.infer<typeof packSchema>;

/** Core rule families: a pack may not take one of these names. */
const RESERVED = new Set(['formalism', 'measure', 'assessment', 'brand', 'structure', 'language']);

/** A pack error: the file, the rule (when inside one) and the key. */
export class PackError extends Error {
  readonly file: string;
  readonly rule?: string;
  readonly key: string;
  constructor(file: string, key: string, detail: string, rule?: string) {
    super(`规则包 ${file}${rule ? ` 的规则 ${rule}` : ''} 中的 ${key || '（根）'}：${detail}`);
    this.name = 'PackError';
    this.file = file;
    this.rule = rule;
    this.key = key;
  }
}

/**
 * Validates a parsed pack.
 * @throws PackError naming the file, the rule and the key
 */
export function validatePack(value: unknown, file = 'pack.yaml'): Pack {
  const r = packSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path;
    let rule: string | undefined;
    let keyPath = path;
    if (path[0] === 'rules' && typeof path[1] === 'number') {
      const raw = (value as { rules?: Array<{ id?: unknown }> }).rules?.[path[1]];
      rule = typeof raw?.id === 'string' ? raw.id : `第 ${path[1] + 1} 条`;
      keyPath = path.slice(2);
    }
    const detail =
      issue.code === 'invalid_union' && 'note' in issue
        ? 'kind 应为 existence、substitution、conditional 或 coverage'
        : issue.code === 'unrecognized_keys'
          ? `不认识的键 ${issue.keys.join('、')}`
          : issue.code === 'invalid_value'
            ? `应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一`
            : issue.message;
    throw new PackError(file, keyPath.map(String).join('.'), detail, rule);
  }
  const pack = r.data;
  if (RESERVED.has(pack.name)) throw new PackError(file, 'name', `“${pack.name}”是内置规则族的名称，请换一个`);
  const seen = new Set<string>();
  for (const rule of pack.rules) {
    if (seen.has(rule.id)) throw new PackError(file, 'id', '规则 id 重复', rule.id);
    seen.add(rule.id);
  }
  return pack;
}

/**
 * Parses pack text: YAML (a superset of JSON), then validates it.
 * @throws PackError for malformed YAML/JSON or an invalid key
 */
export function parsePack(text: string, file = 'pack.yaml'): Pack {
  let value: unknown;
  try {
    value = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PackError(file, '', `不是合法的 YAML/JSON（${(e as Error).message.split('\n')[0]}）`);
  }
  return validatePack(value, file);
}
