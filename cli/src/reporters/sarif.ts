/**
 * SARIF 2.1.0 reporter: one run, `tool.driver.rules` from the rule metas,
 * one result per message with its level, location (UTF-16 columns and
 * offsets of the checked text), fixes from `expected`, and, for copied
 * passages, related locations in the other files. Files that could not be
 * read are tool execution notifications.
 */
import { relative, isAbsolute, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCS_URL, ruleMetas, type Preset, type RedlineMessage, type Severity } from '@redline/core';
import type * as Sarif from 'sarif';
import type { BatchResult, BatchMessage } from '../batch/types.js';
import { pct } from './labels.js';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** Options of {@link sarifLog}. */
export interface SarifOptions {
  /** Folder that relative artifact URIs are based on (`SRCROOT`); default the current folder. */
  root?: string;
  /** Tool version. */
  version?: string;
}

/** A URI reference for `path`: relative to `root` (percent-encoded segments) when inside it, else an absolute file URL. */
function artifactLocation(path: string, root: string, index?: number): Sarif.ArtifactLocation {
  const abs = resolve(path);
  const rel = relative(root, abs);
  const loc: Sarif.ArtifactLocation =
    rel && !rel.startsWith('..') && !isAbsolute(rel) ? { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' } : { uri: pathToFileURL(abs).href };
  if (index !== undefined) loc.index = index;
  return loc;
}

function region(m: Pick<RedlineMessage, 'place'>, snippet?: string): Sarif.Region {
  const { start, end } = m.place;
  const r: Sarif.Region = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  if (start.offset !== undefined && end.offset !== undefined) {
    r.charOffset = start.offset;
    r.charLength = Math.max(0, end.offset - start.offset);
  }
  if (snippet) r.snippet = { text: snippet };
  return r;
}

/**
 * The SARIF log of a batch, as an object (validates against the OASIS
 * SARIF 2.1.0 JSON schema).
 */
export function sarifLog(batch: BatchResult, options: SarifOptions = {}): Sarif.Log {
  const { log, results } = sarifParts(batch, options);
  log.runs[0].results = [...results()];
  return log;
}

/**
 * The log without its results, and a generator of the results (one per
 * message, in batch order), so a reporter can write them one at a time.
 * Every artifact is registered before the first result is made: the
 * artifact table precedes the results in the log.
 */
function sarifParts(batch: BatchResult, options: SarifOptions): { log: Sarif.Log; results: () => Generator<Sarif.Result> } {
  const root = resolve(options.root ?? '.');
  const preset: Preset = batch.preset ?? 'summary';
  const metas = ruleMetas();
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const rules: Sarif.ReportingDescriptor[] = metas.map((m) => {
    const sev = m.severity[preset];
    return {
      id: m.id,
      name: m.id.split('/')[1].replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: m.description },
      fullDescription: { text: m.rationale },
      help: { text: `${m.rationale}\n依据：${m.sources.map((s) => `${s.seed} ${s.section}（${s.point}）`).join('；')}\n反例：${m.examples.bad}\n正例：${m.examples.good}` },
      helpUri: m.url,
      defaultConfiguration: sev === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[sev] },
      properties: { tags: [m.family], family: m.family, sources: m.sources, ...(m.batch ? { batch: true } : {}) },
    };
  });
  const artifacts: Sarif.Artifact[] = [];
  const artifactIndex = new Map<string, number>();
  const addArtifact = (path: string, extra: Partial<Sarif.Artifact> = {}) => {
    let i = artifactIndex.get(path);
    if (i === undefined) {
      i = artifacts.length;
      artifactIndex.set(path, i);
      artifacts.push({ location: path === '<stdin>' ? { uri: 'stdin' } : artifactLocation(path, root), ...extra });
    }
    return i;
  };
  const locOf = (path: string) => {
    const i = addArtifact(path);
    return { ...artifacts[i].location!, index: i };
  };
  const notifications: Sarif.Notification[] = [];
  // First pass: artifacts (files, then the partners of copied passages as they come) and read failures.
  for (const r of batch.results) {
    if (r.error) {
      notifications.push({ level: 'error', message: { text: `${r.path}：${r.error}` }, locations: [{ physicalLocation: { artifactLocation: locOf(r.path) } }], descriptor: { id: 'read-error' } });
      continue;
    }
    const docx = r.encoding === 'docx';
    addArtifact(r.path, {
      ...(r.encoding && !docx ? { encoding: r.encoding } : {}),
      ...(docx ? { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } : {}),
      properties: {
        ...(r.report ? { score: r.report.score, profile: r.report.profile, dimensionsCovered: r.report.dimensions.filter((d) => d.covered).map((d) => d.name) } : {}),
        ...(r.copiedShare !== undefined ? { copiedShare: r.copiedShare } : {}),
        ...(docx ? { textSource: '行列位置指 .docx 转换出的文字（标题以 # 开头），不是 Word 中的页码行号' } : {}),
      },
    });
    for (const m of r.messages as BatchMessage[]) for (const p of m.copied?.partners ?? []) addArtifact(p.path);
  }
  function* results(): Generator<Sarif.Result> {
    for (const r of batch.results) {
      if (r.error) continue;
      const docx = r.encoding === 'docx';
      for (const m of r.messages as BatchMessage[]) {
        const loc = locOf(r.path);
        const res: Sarif.Result = {
          ruleId: m.ruleId,
          ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
          level: LEVEL[m.severity],
          message: { text: m.note ? `${m.reason}\n${m.note}` : m.reason },
          locations: [{ physicalLocation: { artifactLocation: loc, region: region(m, m.actual || undefined) } }],
        };
        if (m.expected.length && !docx && m.place.start.offset !== undefined) {
          res.fixes = m.expected.map((text) => ({
            description: { text: /【[^】]*】/.test(text) ? `改为：${text}（请把【】中的内容换成实际情况）` : `改为：${text}` },
            artifactChanges: [{ artifactLocation: loc, replacements: [{ deletedRegion: { charOffset: m.place.start.offset!, charLength: m.place.end.offset! - m.place.start.offset! }, insertedContent: { text } }] }],
          }));
        }
        if (m.copied) {
          res.relatedLocations = m.copied.partners.map((p, id) => ({
            id,
            physicalLocation: { artifactLocation: locOf(p.path), region: region(p) },
            message: { text: `${p.template ? '模板' : '材料'} ${p.path} 中的相同段落（${p.chars} 字；两者相同的文字占该材料的 ${pct(p.share)}）` },
          }));
          res.properties = { copiedChars: m.copied.chars, copiedShare: m.copied.share };
        }
        if (m.document) res.properties = { ...(res.properties ?? {}), document: true };
        yield res;
      }
    }
  }
  for (const t of batch.templates) {
    if (t.error) notifications.push({ level: 'error', message: { text: `模板 ${t.path}：${t.error}` }, locations: [{ physicalLocation: { artifactLocation: locOf(t.path) } }], descriptor: { id: 'read-error' } });
    else addArtifact(t.path, { roles: ['referencedOnCommandLine'], properties: { template: true } });
  }
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'Redline',
        fullName: 'Redline 党建文稿审校助手',
        ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
        informationUri: DOCS_URL,
        language: 'zh-CN',
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: !notifications.length,
        endTimeUtc: batch.finishedAt,
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
    artifacts,
    results: [],
    columnKind: 'utf16CodeUnits',
    properties: {
      preset,
      similarPairs: batch.pairs.map((p) => ({ a: p.a, b: p.b, bTemplate: p.bTemplate, aShare: p.aShare, bShare: p.bShare, passages: p.passages, longest: p.longest })),
    },
  };
  return { log: { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, results };
}

/** The SARIF log as JSON text. */
export function sarifReport(batch: BatchResult, options: SarifOptions = {}): string {
  return [...sarifChunks(batch, options)].join('');
}

/**
 * The SARIF log as compact JSON in pieces (one per result, each made as it
 * is written), so that a batch of thousands of files never builds one giant
 * string nor holds every result object at once.
 */
export function* sarifChunks(batch: BatchResult, options: SarifOptions = {}): Generator<string> {
  const { log, results } = sarifParts(batch, options);
  const head = JSON.stringify(log);
  const at = head.indexOf('"results":[]');
  yield head.slice(0, at) + '"results":[';
  let first = true;
  for (const res of results()) {
    yield (first ? '' : ',') + JSON.stringify(res);
    first = false;
  }
  yield head.slice(at + '"results":['.length) + '\n';
}
