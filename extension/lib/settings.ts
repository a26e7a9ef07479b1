/**
 * User settings in `chrome.storage.local`, and their conversion to and from
 * the core's `.redlinerc.json` configuration (the same format the CLI and
 * the VS Code extension read).
 */
import { parsePack, type Pack, type Preset, type ProfileOption, type RedlineConfig, type SeverityOrOff } from '@redline/core';

/** Storage key of the settings object. */
export const SETTINGS_KEY = 'redline:settings';

/** Settings as stored. */
export interface Settings {
  preset: Preset;
  profile: ProfileOption;
  /** Rule severities that differ from the preset; `off` disables a rule. */
  rules: Record<string, SeverityOrOff>;
  /** The organisation's dimensions; empty = the five defaults. */
  dimensions: Array<{ name: string; synonyms: string[] }>;
  /** Lexicon words to add/remove, by lexicon id. */
  lexicons: Record<string, { add: string[]; remove: string[] }>;
  /** Hostnames where checking is off. */
  disabledSites: string[];
  /** Rule packs imported from YAML/JSON files (parsed and validated; `.redlinerc.json` names them by path, which a browser cannot open). */
  packs: Pack[];
}

/** Defaults: the secretaries' preset, profile guessed, every site on. */
export const DEFAULT_SETTINGS: Settings = {
  preset: 'summary',
  profile: 'auto',
  rules: {},
  dimensions: [],
  lexicons: {},
  disabledSites: [],
  packs: [],
};

/** Minimal storage area interface (chrome.storage.local and WXT's fake browser both fit). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Fills missing keys of a stored value with defaults (tolerates older or partial objects). */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  return {
    preset: v.preset ?? DEFAULT_SETTINGS.preset,
    profile: v.profile ?? DEFAULT_SETTINGS.profile,
    rules: { ...(v.rules ?? {}) },
    dimensions: Array.isArray(v.dimensions) ? v.dimensions.map((d) => ({ name: d.name, synonyms: [...(d.synonyms ?? [])] })) : [],
    lexicons: { ...(v.lexicons ?? {}) },
    disabledSites: Array.isArray(v.disabledSites) ? [...v.disabledSites] : [],
    packs: Array.isArray(v.packs) ? [...v.packs] : [],
  };
}

/** Reads the settings (defaults when none are stored). */
export async function loadSettings(area: StorageArea): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

/** Writes the settings. */
export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}

/** Applies `change` to the stored settings and writes them back; returns the new settings. */
export async function updateSettings(area: StorageArea, change: (s: Settings) => void): Promise<Settings> {
  const s = await loadSettings(area);
  change(s);
  await saveSettings(area, s);
  return s;
}

/**
 * The core configuration for these settings (what `check` receives and what
 * export writes): preset, profile, non-default rule severities, dimensions
 * (only when the user set some) and lexicon overrides (only non-empty ones).
 */
export function toConfig(s: Settings): RedlineConfig {
  const config: RedlineConfig = { preset: s.preset, profile: s.profile };
  if (Object.keys(s.rules).length) config.rules = { ...s.rules };
  if (s.dimensions.length) config.dimensions = s.dimensions.map((d) => ({ name: d.name, synonyms: [...d.synonyms] }));
  const lex: NonNullable<RedlineConfig['lexicons']> = {};
  for (const [id, o] of Object.entries(s.lexicons)) {
    const entry: { add?: string[]; remove?: string[] } = {};
    if (o.add?.length) entry.add = [...o.add];
    if (o.remove?.length) entry.remove = [...o.remove];
    if (entry.add || entry.remove) lex[id] = entry;
  }
  if (Object.keys(lex).length) config.lexicons = lex;
  return config;
}

/**
 * Settings from a validated configuration (import of `.redlinerc.json`).
 * Rule options (`[severity, {…}]`) keep only the severity: the extension has
 * no editor for options. Site switches are kept from `base`.
 */
export function fromConfig(config: RedlineConfig, base: Settings = DEFAULT_SETTINGS): Settings {
  const rules: Record<string, SeverityOrOff> = {};
  for (const [id, v] of Object.entries(config.rules ?? {})) rules[id] = Array.isArray(v) ? v[0] : v;
  const lexicons: Settings['lexicons'] = {};
  for (const [id, o] of Object.entries(config.lexicons ?? {})) {
    lexicons[id] = { add: (o.add ?? []).map((w) => (typeof w === 'string' ? w : w.text)), remove: [...(o.remove ?? [])] };
  }
  return {
    preset: config.preset ?? 'summary',
    profile: (config.profile as ProfileOption | undefined) ?? 'auto',
    rules,
    dimensions: (config.dimensions ?? []).map((d) => ({ name: d.name, synonyms: [...(d.synonyms ?? [])] })),
    lexicons,
    disabledSites: [...base.disabledSites],
    packs: [...base.packs],
  };
}

/**
 * Settings with the rule pack in `text` (YAML or JSON) added; a pack of the same name is replaced.
 * @throws PackError naming the file, the rule and the key when the pack is invalid
 */
export function withPack(s: Settings, text: string, fileName: string): Settings {
  const pack = parsePack(text, fileName);
  return { ...s, packs: [...s.packs.filter((p) => p.name !== pack.name), pack] };
}

/** Settings without the pack `name`, and without severities set for its rules. */
export function withoutPack(s: Settings, name: string): Settings {
  const rules = Object.fromEntries(Object.entries(s.rules).filter(([id]) => !id.startsWith(`${name}/`)));
  return { ...s, rules, packs: s.packs.filter((p) => p.name !== name) };
}

/** The `.redlinerc.json` text for these settings (2-space JSON, trailing newline). */
export function exportConfigText(s: Settings): string {
  return JSON.stringify(toConfig(s), null, 2) + '\n';
}
