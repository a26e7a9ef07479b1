/**
 * Shapes shared by the batch runner, its workers and the reporters.
 */
import type { Format, Preset, ProfileOption, RedlineConfig, RedlineMessage, Report, Shingled, Pack } from '@redline/core';
import type { VFile } from 'vfile';

/** Where a copied passage also occurs. */
export interface CopyPartner {
  /** The other file, as given on the command line (or found in a folder). */
  path: string;
  /** True when the other file is a template (`--against`). */
  template: boolean;
  /** The passage in the other file: 1-based lines and UTF-16 columns, 0-based UTF-16 offsets of its checked text. */
  place: RedlineMessage['place'];
  /** Counted characters (Han, letters, digits) of the passage in the other file. */
  chars: number;
  /** Share (0–1) of the other file's counted text that it shares with this file. */
  share: number;
}

/** Extra data of a `brand/copied-passage` message (also in the JSON output). */
export interface CopyInfo {
  /** Counted characters of this passage. */
  chars: number;
  /** Share (0–1) of this file's counted text copied from any other file. */
  share: number;
  /** Files the passage also occurs in, longest shared passage first. */
  partners: CopyPartner[];
}

/** A message, possibly with copy data (`brand/copied-passage`). */
export type BatchMessage = RedlineMessage & { copied?: CopyInfo };

/** One checked (or failed) file. */
export interface FileResult {
  path: string;
  messages: BatchMessage[];
  report?: Report;
  /** Set when the file could not be read or checked: the cause, in Chinese. */
  error?: string;
  /** The vfile, for the text reporter (rebuilt from `messages` when the file was checked in a worker). */
  file?: VFile;
  /** The checked text (for context in the HTML report). */
  text?: string;
  /** The format it was checked in. */
  format?: Format;
  /** The encoding the file was decoded from (`UTF-8`, `GB18030`, `docx` …). */
  encoding?: string;
  /** Share (0–1) of the counted text shared with other files or templates, when copy detection ran. */
  copiedShare?: number;
}

/** A pair of files that share passages. */
export interface SimilarPair {
  a: string;
  b: string;
  /** True when `b` is a template. */
  bTemplate: boolean;
  /** Share (0–1) of each file's counted text that the pair shares. */
  aShare: number;
  bShare: number;
  /** Number of shared passages and the counted characters of the longest one (in `a`). */
  passages: number;
  longest: number;
}

/** A whole batch: results in a stable order (as given, folders sorted), templates, similar pairs. */
export interface BatchResult {
  results: FileResult[];
  /** Template files (`--against`): path and, when unreadable, the cause. */
  templates: Array<{ path: string; error?: string }>;
  /** Pairs sharing passages, largest share first; empty when copy detection did not run. */
  pairs: SimilarPair[];
  /** Whether copy detection ran (two or more documents and the rule not off). */
  copies: boolean;
  /** Fingerprints ignored as wording common to most submissions. */
  commonFingerprints: number;
  preset?: Preset;
  /** ISO time the batch finished. */
  finishedAt: string;
  /** Wall time in milliseconds. */
  elapsedMs: number;
}

/** Settings every task of a batch shares (structured-cloneable: sent to workers). */
export interface TaskSettings {
  preset?: Preset;
  profile?: ProfileOption;
  /** The `--config` file's content, when given (otherwise each file's nearest `.redlinerc.json`). */
  config?: RedlineConfig;
  /** The rule packs of the `--config` file. */
  packs?: Pack[];
  /** Fingerprint the text for copy detection. */
  shingle: boolean;
  /** Extra boilerplate phrases (`brand/copied-passage` option). */
  boilerplate: string[];
}

/** One unit of work: a submission to check, or a template to fingerprint only. */
export interface Task {
  index: number;
  path: string;
  template: boolean;
}

/** What a task produces. Typed arrays of `shingled` are transferred from workers, not copied. */
export type TaskOutcome =
  | {
      index: number;
      path: string;
      messages: RedlineMessage[];
      report?: Report;
      text: string;
      format: Format;
      encoding?: string;
      shingled?: Shingled;
      /** Severity of brand/copied-passage for this file (from its config and preset). */
      copySeverity: 'error' | 'warning' | 'info' | 'off';
    }
  | { index: number; path: string; error: string }
  /** An invalid `.redlinerc.json`: stops the batch (exit 2), as for a single file. */
  | { index: number; path: string; configError: string };
