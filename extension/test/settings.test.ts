import { check, PackError, parseConfigText, RedlineConfigError } from '@redline/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, exportConfigText, fromConfig, loadSettings, saveSettings, toConfig, updateSettings, withoutPack, withPack } from '../lib/settings';

describe('settings in chrome.storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads defaults, saves and updates', async () => {
    expect(await loadSettings(fakeBrowser.storage.local)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(fakeBrowser.storage.local, { ...DEFAULT_SETTINGS, preset: 'publicity' });
    const s = await updateSettings(fakeBrowser.storage.local, (x) => void (x.rules['formalism/empty-slogan'] = 'off'));
    expect(s.preset).toBe('publicity');
    expect((await loadSettings(fakeBrowser.storage.local)).rules).toEqual({ 'formalism/empty-slogan': 'off' });
  });

  it('exports a .redlinerc.json the core accepts and imports it back', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      preset: 'submission' as const,
      rules: { 'measure/missing-target': 'info' as const, 'brand/no-promotion': 'off' as const },
      dimensions: [{ name: '运行机制', synonyms: ['机制建设'] }, { name: '群众满意度', synonyms: ['满意率'] }],
      lexicons: { 'stock-phrase': { add: ['全力以赴'], remove: [] } },
      disabledSites: ['oa.example'],
    };
    const text = exportConfigText(s);
    const config = parseConfigText(text, '.redlinerc.json');
    expect(config).toEqual(toConfig(s));
    expect(fromConfig(config, s)).toEqual(s);
    expect(text).not.toContain('oa.example');
  });

  it('keeps only the severity of rules configured with options', () => {
    const config = parseConfigText('{"rules":{"formalism/empty-slogan":["warning",{"minPhrases":3}]}}', 'x.json');
    expect(fromConfig(config).rules).toEqual({ 'formalism/empty-slogan': 'warning' });
  });

  it('rejects a malformed file with a Chinese message naming the key', () => {
    expect(() => parseConfigText('{"rules":{"measure/missing-owner":"warn"}}', '.redlinerc.json')).toThrow(RedlineConfigError);
    try {
      parseConfigText('{"rules":{"measure/missing-owner":"warn"}}', '.redlinerc.json');
    } catch (e) {
      expect((e as Error).message).toContain('rules.measure/missing-owner');
    }
  });
});

describe('rule packs in the extension', () => {
  const pack = 'name: org\nrules:\n  - id: terms\n    kind: substitution\n    message: 应写作「{expected}」\n    swap: { 党员先锋队: 党员突击队 }\n';

  it('imports a YAML pack, replaces one of the same name, and the core runs it', () => {
    const s1 = withPack(DEFAULT_SETTINGS, pack, 'org.yaml');
    const s2 = withPack({ ...s1, rules: { 'org/terms': 'error' } }, pack.replace('应写作', '请写作'), 'org.yaml');
    expect(s2.packs.map((p) => p.name)).toEqual(['org']);
    const out = check('组建2支党员先锋队。', { config: toConfig(s2), packs: s2.packs });
    const m = out.messages.find((x) => x.ruleId === 'org/terms');
    expect(m).toMatchObject({ severity: 'error', expected: ['党员突击队'], reason: '请写作「党员突击队」' });
    const s3 = withoutPack(s2, 'org');
    expect(s3.packs).toEqual([]);
    expect(s3.rules).toEqual({});
  });

  it('rejects an invalid pack with the file, the rule and the key', () => {
    expect(() => withPack(DEFAULT_SETTINGS, pack.replace('kind: substitution', 'kind: swap'), 'org.yaml')).toThrow(PackError);
    expect(() => withPack(DEFAULT_SETTINGS, pack.replace('kind: substitution', 'kind: swap'), 'org.yaml')).toThrow(/org\.yaml.*规则 terms.*kind/);
  });
});
