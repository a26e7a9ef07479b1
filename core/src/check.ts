/**
 * `check(text, options)`: the one entry point every front end calls.
 * Synchronous and pure: the same text and options give the same result.
 */
import type { Root } from 'nlcst';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { Analysis, type ScanReuse } from './analysis/analysis.js';
import { guessProfile } from './analysis/outline.js';
import { CORE_FAMILIES, parseConfig, RedlineConfigError, ruleSetting, type RedlineConfig, type RedlineConfigInput } from './config.js';
import { disabledBy } from './disable.js';
import { entryDef, LEXICONS, LexiconSet, type LexiconOverride } from './lexicons/index.js';
import { parseDocument } from './parse/parse.js';
import type { Format } from './parse/source.js';
import { buildTree } from './parse/tree.js';
import { RULES } from './rules/index.js';
import { packRules } from './packs/rules.js';
import type { Pack } from './packs/schema.js';
import { appliesTo, Findings, type CheckSettings, type Rule } from './rules/rule.js';
import { partStatus } from './rules/shared/parts.js';
import { documentHan } from './rules/shared/place.js';
import { DEFAULT_DIMENSIONS, dimensionCoverage, summarize } from './score.js';
import type { CheckResult, Preset, ProfileOption, RedlineMessage, Report, Severity, SeverityOrOff } from './types.js';

/** Options of {@link check}. */
export interface CheckOptions {
  /** Input format: plain text (default), Markdown or HTML. */
  format?: Format;
  /** Severity preset; overrides the config's. Default `summary`. */
  preset?: Preset;
  /** Document profile; overrides the config's. Default `auto`. */
  profile?: ProfileOption;
  /** A configuration (validated with {@link parseConfig}, once per object: treat it as immutable; `synonyms` may be omitted). */
  config?: RedlineConfigInput;
  /** File path, kept on the vfile for reporters. */
  path?: string;
  /** Rule packs (parsed with {@link parsePack}), run after the built-in rules. */
  packs?: readonly Pack[];
  /** Join hard-wrapped lines (default true); web editors, whose blocks are paragraphs, pass false. */
  joinHardWraps?: boolean;
}

/** What {@link check} returns: plain messages and the report, plus the vfile for unified reporters. */
export interface CheckOutput extends CheckResult {
  file: VFile;
}

interface Engine {
  processor: Processor<Root, Root, Root>;
  severity: Map<string, Severity>;
  order: Map<string, number>;
}

const engines = new Map<string, Engine>();

/**
 * The organisation's dimensions and the `dimension` lexicon override that
 * replaces the five defaults with their names and synonyms (none without config).
 */
function dimensionOverride(config?: RedlineConfig): { dims: CheckSettings['dimensions']; override?: LexiconOverride } {
  if (!config?.dimensions) return { dims: DEFAULT_DIMENSIONS.map((d) => ({ ...d })) };
  const dims = config.dimensions.map((d) => ({ id: d.id ?? d.name, name: d.name }));
  const add = config.dimensions.flatMap((d) => [d.name, ...d.synonyms].map((text) => ({ text, tag: d.id ?? d.name })));
  const remove = LEXICONS.find((l) => l.id === 'dimension')!.entries.map((e) => entryDef(e).text);
  return { dims, override: { add, remove } };
}

function engineFor(config: RedlineConfig | undefined, preset: Preset, packs: readonly Pack[] = []): Engine {
  const key = JSON.stringify([config ?? null, preset, packs]);
  let engine = engines.get(key);
  if (engine) return engine;
  const overrides: Record<string, LexiconOverride> = { ...(config?.lexicons ?? {}) };
  const dim = dimensionOverride(config);
  if (dim.override) overrides.dimension = dim.override;
  const lex = LexiconSet.for(Object.keys(overrides).length ? overrides : undefined);
  const severity = new Map<string, Severity>();
  const order = new Map<string, number>();
  const processor = unified().use(function redlineParse(this: Processor) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this as unknown as { parser: (doc: string, file: VFile) => Root };
    self.parser = (doc, file) => {
      const reuse = file.data.redlineReuse;
      if (reuse && reuse.lex !== lex) {
        // Another configuration: the kept scans were made with other lexicons.
        reuse.lex = lex;
        reuse.prev = undefined;
      }
      const analysis = new Analysis(parseDocument(doc, file.data.redlineFormat ?? 'text', { joinHardWraps: file.data.redlineJoin !== false }), lex, reuse);
      const option = file.data.redlineProfile ?? 'auto';
      const profile = option === 'auto' ? guessProfile(analysis) : option;
      file.data.redline = { analysis, settings: { profile, profileGuessed: option === 'auto', preset, dimensions: dim.dims, customDimensions: !!config?.dimensions } };
      return buildTree(analysis);
    };
  }) as unknown as Processor<Root, Root, Root>;
  const extraRules = packs.flatMap((p) => packRules(p));
  const known = new Set(extraRules.map((r) => r.meta.id));
  for (const id of Object.keys(config?.rules ?? {})) {
    if (!CORE_FAMILIES.has(id.split('/')[0]) && !known.has(id)) throw new RedlineConfigError('.redlinerc.json', `rules.${id}`, '没有这个规则', packs.length ? `已加载的规则包：${packs.map((p) => p.name).join('、')}` : '没有加载任何规则包');
  }
  [...RULES, ...extraRules].forEach((rule, i) => {
    order.set(rule.meta.id, i);
    // Batch rules (brand/copied-passage) need several documents: a batch front end runs them.
    if (rule.meta.batch) return;
    const { severity: s, options } = ruleSetting(rule.meta.id, preset, config, rule.meta);
    if (s === 'off') return;
    severity.set(rule.meta.id, s);
    processor.use(gate(rule), options);
  });
  engine = { processor, severity, order };
  if (engines.size > 16) engines.clear();
  engines.set(key, engine);
  return engine;
}

/** Wraps a rule so it runs only for the profiles it applies to. */
function gate(rule: Rule): Rule['plugin'] {
  return function gated(this: unknown, options) {
    const transform = (rule.plugin as (this: unknown, o?: Record<string, unknown>) => (tree: Root, file: VFile) => void).call(this, options);
    return (tree: Root, file: VFile) => {
      const d = file.data.redline;
      if (d && appliesTo(rule.meta, d.settings.profile)) transform(tree, file);
    };
  } as Rule['plugin'];
}

const validatedConfigs = new WeakMap<object, RedlineConfig>();

/** The validated form of `config`, cached by identity (editors pass the same object on every keystroke). */
function validated(config: RedlineConfigInput): RedlineConfig {
  let v = validatedConfigs.get(config);
  if (!v) {
    v = parseConfig(config);
    validatedConfigs.set(config, v);
  }
  return v;
}

/** vfile `fatal` for a severity: error → true, warning → false, info → undefined. */
export function fatalOf(s: Severity): boolean | undefined {
  return s === 'error' ? true : s === 'warning' ? false : undefined;
}

/**
 * Checks `text` and returns its messages (sorted by position) and report.
 * Offsets are UTF-16 code units of `text`.
 * @throws RedlineConfigError when `options.config` is invalid
 */
export function check(text: string, options: CheckOptions = {}): CheckOutput {
  return run(text, options);
}

/**
 * Checks successive versions of one document, as an editor does while its
 * user types: each {@link DocumentChecker.check} gives exactly what
 * {@link check} gives, but the lines unchanged since the previous call at the
 * start and at the end of the text are not scanned for lexicon words and
 * numbers again. It keeps the last version's clean text and scans (memory in
 * proportion to the document); use one checker per open document.
 */
export class DocumentChecker {
  private reuse?: ScanReuse;

  /**
   * Checks `text`, the document's current version (any edit since the last call is fine).
   * @throws RedlineConfigError when `options.config` is invalid
   */
  check(text: string, options: CheckOptions = {}): CheckOutput {
    const reuse: ScanReuse = { lex: this.reuse?.lex as ScanReuse['lex'], prev: this.reuse?.next };
    try {
      return run(text, options, reuse);
    } finally {
      // This version's scans are what the next call can reuse.
      this.reuse = reuse;
    }
  }
}

/**
 * One {@link DocumentChecker} per open document, keyed by the caller (a path,
 * an editor id); beyond `max` documents the least recently checked is dropped.
 */
export class DocumentCheckers {
  private readonly checkers = new Map<string, DocumentChecker>();

  /** @param max most documents kept (each holds its last version's clean text and scans) */
  constructor(readonly max = 32) {}

  /** The checker of document `key`, created on first use; marks it most recently used. */
  for(key: string): DocumentChecker {
    let c = this.checkers.get(key);
    if (c) this.checkers.delete(key);
    else c = new DocumentChecker();
    this.checkers.set(key, c);
    if (this.checkers.size > this.max) this.checkers.delete(this.checkers.keys().next().value!);
    return c;
  }

  /** Forgets document `key` (closed). */
  delete(key: string): void {
    this.checkers.delete(key);
  }
}

function run(text: string, options: CheckOptions, reuse?: ScanReuse): CheckOutput {
  const config = options.config ? validated(options.config) : undefined;
  const preset = options.preset ?? config?.preset ?? 'summary';
  const engine = engineFor(config, preset, options.packs);
  const file = new VFile({ value: text, path: options.path });
  file.data.redlineFormat = options.format ?? 'text';
  file.data.redlineJoin = options.joinHardWraps ?? true;
  file.data.redlineProfile = options.profile ?? (config?.profile as ProfileOption | undefined) ?? 'auto';
  if (reuse) file.data.redlineReuse = reuse;
  engine.processor.runSync(engine.processor.parse(file), file);
  const { analysis: a, settings } = file.data.redline!;
  const disabled = disabledBy(a.doc.comments, text);
  // Findings recorded by report(): filtered, ordered by source offset then rule order (then report order), then placed.
  const found = file.data.redlineFindings ?? new Findings();
  const n = found.length;
  const off = new Int32Array(n);
  const order = new Int32Array(n);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = found.meta[i].id;
    off[i] = a.sourceStart(found.cs[i]);
    if (disabled(id, off[i])) continue;
    order[i] = engine.order.get(id) ?? 0;
    kept.push(i);
  }
  kept.sort((x, y) => off[x] - off[y] || order[x] - order[y] || x - y);
  const messages: RedlineMessage[] = [];
  for (const i of kept) {
    const meta = found.meta[i];
    const f = found.finding[i];
    const cs = found.cs[i];
    const ce = found.ce[i];
    const m: RedlineMessage = {
      ruleId: meta.id,
      source: 'redline',
      severity: engine.severity.get(meta.id) ?? 'warning',
      reason: f.reason,
      place: a.position(cs, ce),
      actual: f.actual ?? a.sourceText(cs, ce),
      expected: f.expected ?? [],
      note: f.note,
      url: meta.url,
    };
    if (f.document) m.document = true;
    messages.push(m);
  }
  // Messages a plugin reported with file.message() directly (outside Redline's report()).
  if (file.messages.length) {
    for (const m of file.messages) {
      const id = m.ruleId ?? '';
      const place = m.place && 'start' in m.place ? m.place : undefined;
      if (disabled(id, place?.start.offset ?? 0)) continue;
      messages.push(toMessage(m, engine.severity.get(id) ?? 'warning'));
    }
    messages.sort((x, y) => (x.place.start.offset ?? 0) - (y.place.start.offset ?? 0) || (engine.order.get(x.ruleId) ?? 0) - (engine.order.get(y.ruleId) ?? 0));
  }
  delete file.data.redlineFindings;
  delete file.data.redlineReuse;
  lazyMessages(file, messages);
  return { messages, report: buildReport(a, settings, messages), file };
}

/**
 * Makes `file.messages` the vfile form of `messages`, built on first read
 * (reporters such as vfile-reporter read it; the JSON, LSP and browser front
 * ends never do, so a check creates no Error objects for them).
 */
function lazyMessages(file: VFile, messages: readonly RedlineMessage[]): void {
  let built: VFileMessage[] | undefined;
  Object.defineProperty(file, 'messages', {
    configurable: true,
    enumerable: true,
    get: () => (built ??= messages.map((m) => toVFileMessage(m, file.path))),
    set: (v: VFileMessage[]) => (built = v),
  });
}

/** The vfile message of a Redline message (`fatal` from its severity). */
function toVFileMessage(m: RedlineMessage, path: string | undefined): VFileMessage {
  // vfile messages are Errors; their stack traces are never read and cost most of a message's price.
  const E = Error as unknown as { stackTraceLimit?: number };
  const limit = E.stackTraceLimit;
  E.stackTraceLimit = 0;
  try {
    const v = new VFileMessage(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source });
    v.file = path ?? '';
    v.fatal = fatalOf(m.severity);
    v.actual = m.actual;
    v.expected = m.expected;
    v.note = m.note;
    v.url = m.url;
    if (m.document) (v as unknown as { document: boolean }).document = true;
    return v;
  } finally {
    E.stackTraceLimit = limit;
  }
}

/** The plain JSON form of a vfile message. */
function toMessage(m: VFileMessage, severity: Severity): RedlineMessage {
  const place = m.place && 'start' in m.place ? m.place : { start: m.place ?? { line: 1, column: 1, offset: 0 }, end: m.place ?? { line: 1, column: 1, offset: 0 } };
  const out: RedlineMessage = {
    ruleId: m.ruleId ?? '',
    source: 'redline',
    severity,
    reason: m.reason,
    place: { start: { ...place.start }, end: { ...place.end } },
    actual: m.actual ?? '',
    expected: m.expected ?? [],
    note: m.note ?? '',
    url: m.url ?? '',
  };
  if ((m as unknown as { document?: boolean }).document) out.document = true;
  return out;
}

function buildReport(a: Analysis, settings: CheckSettings, messages: RedlineMessage[]): Report {
  const { score, deductions, counts } = summarize(messages);
  const characters = documentHan(a);
  return {
    profile: settings.profile,
    profileGuessed: settings.profileGuessed,
    preset: settings.preset,
    score,
    deductions,
    dimensions: dimensionCoverage(a, settings),
    sections: partStatus(a, settings.profile).map((p) => ({
      id: p.part.id,
      name: p.part.name,
      found: p.found,
      ...(p.heading ? { heading: p.heading } : {}),
      ...(p.found && p.cs !== undefined ? { place: a.position(p.cs, p.ce!) } : {}),
    })),
    counts,
    ...(a.doc.title >= 0 ? { title: a.doc.headings[a.doc.title].text } : {}),
    characters,
  };
}

/** The severity each rule runs at under `preset` and `config` (`off` when it does not run). */
export function effectiveSeverities(preset: Preset = 'summary', config?: RedlineConfig): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const r of RULES) out[r.meta.id] = ruleSetting(r.meta.id, preset, config).severity;
  return out;
}
