/**
 * The rule contract. A rule file exports `meta` and a unified plugin
 * `(options) => (tree, file) => void` that reads the shared analysis from
 * `file.data.redline` and reports through {@link report}.
 */
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { Analysis } from '../analysis/analysis.js';
import type { Family, Preset, Profile, ResolvedProfile, SeedSource, SeverityOrOff } from '../types.js';

/** Base of rule documentation urls; a rule's url is `${DOCS_URL}#${id with / → -}`. */
export const DOCS_URL = 'https://redline.invalid/docs/rules';

/** Documentation url of rule `id`. */
export function ruleUrl(id: string): string {
  return `${DOCS_URL}#${id.replace('/', '-')}`;
}

/** Rule metadata. `id` is the public contract (registry key, config key, LSP `code`). */
export interface RuleMeta {
  id: string;
  family: Family;
  /** Chinese one-line description. */
  description: string;
  /** Chinese: why it matters. */
  rationale: string;
  /** Where the rule comes from in the seed papers. */
  sources: SeedSource[];
  /** Default severity per preset. */
  severity: Record<Preset, SeverityOrOff>;
  /** Profiles the rule applies to; `general` is an unclassified document. Absent: all. */
  profiles?: ResolvedProfile[];
  /** Findings about the whole document, placed on the title or a heading. */
  document?: boolean;
  /** Needs a batch of documents (brand/copied-passage): not run by single-document `check()`; a batch front end reports it. */
  batch?: boolean;
  /** One text that is flagged and one that is not, for hovers and docs. */
  examples: { bad: string; good: string };
  /** Zod schema of the rule's options (validated from `.redlinerc.json`). */
  options?: z.ZodType;
  url: string;
}

/** Settings every rule sees, resolved once per check. */
export interface CheckSettings {
  profile: ResolvedProfile;
  profileGuessed: boolean;
  preset: Preset;
  /** The organisation's assessment dimensions (ids and names), in order. */
  dimensions: Array<{ id: string; name: string }>;
  /** Whether the dimensions come from the organisation's config (they then apply to any assessment). */
  customDimensions: boolean;
}

/** vfile data written by the Redline parser. */
export interface RedlineData {
  analysis: Analysis;
  settings: CheckSettings;
}

declare module 'vfile' {
  interface DataMap {
    redline: RedlineData;
    redlineFormat: import('../parse/source.js').Format;
    redlineJoin: boolean;
    redlineProfile: import('../types.js').ProfileOption;
    redlinePreset: Preset;
    redlineFindings: Findings;
    redlineReuse: import('../analysis/analysis.js').ScanReuse;
  }
}

/** A rule module: its meta and its plugin. */
export interface Rule {
  meta: RuleMeta;
  plugin: Plugin<[Record<string, unknown>?], Root>;
}

/** The shared analysis and settings of a file. @throws Error when the file was not parsed by Redline's parser. */
export function dataOf(file: VFile): RedlineData {
  const d = file.data.redline;
  if (!d) throw new Error('Redline rule run on a file the Redline parser did not parse');
  return d;
}

/** Fields of a finding beyond its range. */
export interface Finding {
  reason: string;
  expected?: string[];
  note: string;
  /** Defaults to the source text at the range. */
  actual?: string;
  document?: boolean;
}

/**
 * The findings rules reported during one check, before severity and disable
 * comments apply: parallel arrays, entry `i` being rule `meta[i]`'s finding
 * `finding[i]` on the clean-text range [cs[i], ce[i]) (UTF-16 offsets).
 */
export class Findings {
  readonly meta: RuleMeta[] = [];
  readonly cs: number[] = [];
  readonly ce: number[] = [];
  readonly finding: Finding[] = [];

  /** Number of findings. */
  get length(): number {
    return this.meta.length;
  }
}

/**
 * Reports a finding on the clean-text range [cs, ce) of `file`. It is
 * recorded on `file.data.redlineFindings`; {@link check} turns the findings
 * into messages (`ruleId`, `source: 'redline'`, `place`, `actual`, `expected`,
 * `note`, `url`) once severities and disable comments are applied, and into
 * vfile messages on `file.messages` when a reporter reads them.
 */
export function report(file: VFile, meta: RuleMeta, _a: Analysis, cs: number, ce: number, f: Finding): void {
  const out = (file.data.redlineFindings ??= new Findings());
  out.meta.push(meta);
  out.cs.push(cs);
  out.ce.push(ce);
  out.finding.push(f);
}

/** Whether a rule applies to the resolved profile. */
export function appliesTo(meta: RuleMeta, profile: ResolvedProfile): boolean {
  return !meta.profiles || meta.profiles.includes(profile);
}

/** Shorthand for profiles lists. */
export const PLANNING: ResolvedProfile[] = ['plan', 'summary', 'general'];
export type { Profile };
