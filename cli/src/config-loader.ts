/**
 * Finds and reads `.redlinerc.json` for the CLI and the language server:
 * an explicit path, or the nearest one from a file's folder upwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PackError, parseConfigText, parsePack, RedlineConfigError, type Pack, type RedlineConfig } from '@redline/core';

/** The config file name. */
export const CONFIG_NAME = '.redlinerc.json';

/** The nearest `.redlinerc.json` at or above `dir`, or undefined. */
export function findConfig(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const f = join(d, CONFIG_NAME);
    if (existsSync(f)) return f;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * Reads and validates a config file.
 * @throws RedlineConfigError naming the file and key (also when the file cannot be read)
 */
export function loadConfig(file: string): RedlineConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RedlineConfigError(file, '', '无法读取', (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  return parseConfigText(text, file);
}

/** A config with the rule packs it references, loaded from disk. */
export interface LoadedConfig {
  config: RedlineConfig;
  packs: Pack[];
  /** The config file. */
  file: string;
}

/**
 * Reads the rule packs a config references (`packs`, paths relative to the config file).
 * @throws PackError naming the pack file (unreadable, malformed, or an invalid rule key)
 */
export function loadPacks(config: RedlineConfig, configFile: string): Pack[] {
  return (config.packs ?? []).map((p) => {
    const file = resolve(dirname(configFile), p);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new PackError(file, '', `无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
    }
    return parsePack(text, file);
  });
}

/**
 * Reads a config file and its rule packs.
 * @throws RedlineConfigError for the config, PackError for a pack
 */
export function loadConfigWithPacks(file: string): LoadedConfig {
  const config = loadConfig(file);
  return { config, packs: loadPacks(config, file), file };
}
