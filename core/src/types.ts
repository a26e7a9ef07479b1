/**
 * Public types of @redline/core. Messages follow unified/vfile naming:
 * `ruleId`, `source`, `reason`, `place`, `actual`, `expected`, `note`, `url`.
 */
import type { Position } from 'unist';

/** Message severity. `error` maps to vfile `fatal: true`, `warning` to `false`, `info` to `undefined`. */
export type Severity = 'error' | 'warning' | 'info';
/** A severity or `off` (rule not run). */
export type SeverityOrOff = Severity | 'off';

/** Severity presets: secretaries writing summaries, propaganda staff, reviewers of submissions. */
export type Preset = 'summary' | 'publicity' | 'submission';
export const PRESETS: readonly Preset[] = ['summary', 'publicity', 'submission'];

/** Document profiles (文稿类型). */
export type Profile = 'plan' | 'summary' | 'publicity' | 'assessment';
export const PROFILES: readonly Profile[] = ['plan', 'summary', 'publicity', 'assessment'];
/** The profile option: a profile, or `auto` to guess from the title and headings. */
export type ProfileOption = Profile | 'auto';
/** A resolved profile: `general` when `auto` finds no clear type. */
export type ResolvedProfile = Profile | 'general';

/** Rule families. */
/** Rule families; `pack` is an organisation's rule pack. */
export type Family = 'formalism' | 'measure' | 'assessment' | 'brand' | 'structure' | 'language' | 'pack';

/** Source of a rule in the seed papers (`../shared/seeds/`). */
export interface SeedSource {
  /** Seed file number: `000` … `004`. */
  seed: string;
  /** Section in the paper, e.g. `§2.2 三`. */
  section: string;
  /** What the paper says there, in one line of our own words. */
  point: string;
}

/** A message as every front end receives it: plain JSON, offsets in UTF-16 code units of the checked text. */
export interface RedlineMessage {
  ruleId: string;
  source: 'redline';
  severity: Severity;
  /** Chinese message. */
  reason: string;
  /** Range in the checked text; lines and columns 1-based, columns and offsets in UTF-16 code units. */
  place: Position;
  /** The text at `place`. */
  actual: string;
  /** Replacements for `actual`, or fill-in templates with 【…】 placeholders; `[]` when none. */
  expected: string[];
  /** Why it matters, citing the source paper. */
  note: string;
  /** Documentation of the rule. */
  url: string;
  /** True for document-level findings (placed on the title or a heading). */
  document?: boolean;
}

/** One line of the score's explanation. */
export interface Deduction {
  ruleId: string;
  /** Messages of this rule. */
  count: number;
  /** Points taken off (positive number). */
  points: number;
  /** Chinese explanation. */
  reason: string;
}

/** Coverage of one assessment dimension. */
export interface DimensionCoverage {
  id: string;
  /** Chinese name, e.g. 运行机制. */
  name: string;
  /** Named or evidenced anywhere in the document. */
  covered: boolean;
  /** Named inside an assessment section. */
  inAssessment: boolean;
  /** Number of mentions (names and synonyms). */
  mentions: number;
  /** Strength 0–1 for the radar chart: min(1, mentions / 3). */
  strength: number;
}

/** A part a document of its profile should have. */
export interface SectionStatus {
  id: string;
  /** Chinese name, e.g. 进度安排. */
  name: string;
  found: boolean;
  /** The heading (or evidence) that satisfied it. */
  heading?: string;
  /** Where, when found. */
  place?: Position;
}

/** The document report. */
export interface Report {
  /** The profile used (guessed when the option was `auto`). */
  profile: ResolvedProfile;
  /** Whether the profile was guessed. */
  profileGuessed: boolean;
  preset: Preset;
  /** 0–100. */
  score: number;
  deductions: Deduction[];
  dimensions: DimensionCoverage[];
  sections: SectionStatus[];
  /** Message counts by family and by severity. */
  counts: { families: Record<string, number>; severities: Record<Severity, number> };
  /** Document title, when one was found. */
  title?: string;
  /** Han characters in the checked text. */
  characters: number;
}

/** What `check` returns. */
export interface CheckResult {
  messages: RedlineMessage[];
  report: Report;
}
