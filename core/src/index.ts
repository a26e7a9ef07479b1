/**
 * @redline/core — Redline 党建文稿审校助手.
 *
 * `check(text, options)` parses Chinese prose (plain text, Markdown or HTML),
 * runs the rules drawn from the five source papers and returns plain
 * messages (UTF-16 offsets) and a report (profile, score, five-dimension
 * coverage, sections found and missing). Pure TypeScript: no DOM, no Node APIs.
 */
export { check, DocumentChecker, DocumentCheckers, effectiveSeverities, fatalOf, type CheckOptions, type CheckOutput } from './check.js';
export { configJsonSchema, configSchema, parseConfig, parseConfigText, RedlineConfigError, ruleSetting, type RedlineConfig, type RedlineConfigInput } from './config.js';
export { LEXICONS, LexiconSet, entryDef, type LexiconDef, type LexiconEntryDef, type LexiconId, type LexiconOverride } from './lexicons/index.js';
export { parseDocument, type ParseOptions } from './parse/parse.js';
export type { Doc, Heading, Paragraph, Sentence } from './parse/document.js';
export type { Format } from './parse/source.js';
export { RULES, RULE_MAP, ruleMetas } from './rules/index.js';
export {
  BOILERPLATE,
  COPY_DEFAULTS,
  copyOptions,
  countedText,
  documentCopies,
  findCopies,
  shingle,
  winnow,
  meta as copiedPassageMeta,
  type CopiedStretch,
  type CopyDoc,
  type CopyOptions,
  type CopyResult,
  type DocumentCopies,
  type PairCopies,
  type Passage,
  type Shingled,
} from './rules/brand/copied-passage.js';
export { DOCS_URL, ruleUrl, type RuleMeta, type Rule } from './rules/rule.js';
export { DEFAULT_DIMENSIONS, scoreOf, summarize, WEIGHT, CAP } from './score.js';
export * from './types.js';
export { packSchema, parsePack, validatePack, PackError, type Pack, type PackRule } from './packs/schema.js';
export { packRules, packRuleUrl } from './packs/rules.js';
export { testPack, type PackTestResult } from './packs/test.js';
