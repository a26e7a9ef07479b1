/**
 * The background with WXT's fake browser: checks run the core, reports are
 * kept per editor for the side panel and popup, settings from storage apply.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckResponse, EditorState, Request } from '../lib/protocol';
import { DEFAULT_SETTINGS, saveSettings, SETTINGS_KEY } from '../lib/settings';

async function ask<T>(req: Request, sender: object = { tab: { id: 7 }, frameId: 3 }): Promise<T> {
  return new Promise((resolve, reject) => {
    void fakeBrowser.runtime.onMessage.trigger(req, sender, (r: { ok: boolean; value: T; error?: string }) => (r.ok ? resolve(r.value) : reject(new Error(r.error))));
  });
}

describe('background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const mod = await import('../entrypoints/background');
    (mod.default as unknown as { main(): void }).main();
  });

  it('checks text with the core and keeps the focused editor’s report', async () => {
    const res = await ask<CheckResponse>({ type: 'check', editorId: 'e1', kind: 'contenteditable', label: '测试', text: '支部将尽快组建党员服务队，近期完成职工需求调研。', focused: true });
    const vague = res.messages.filter((m) => m.ruleId === 'measure/vague-timeframe');
    expect(vague.map((m) => [m.actual, m.place.start.offset, m.expected[0]])).toEqual([
      ['尽快', 3, '于【20XX年X月底】前'],
      ['近期', 13, '于【20XX年X月底】前'],
    ]);
    expect(res.rules['measure/vague-timeframe'].family).toBe('measure');
    expect(res.rules['measure/vague-timeframe'].sources.length).toBeGreaterThan(0);
    const focused = await ask<EditorState>({ type: 'getFocused' });
    expect(focused).toMatchObject({ tabId: 7, frameId: 3, editorId: 'e1', label: '测试' });
    expect(focused.report.dimensions.map((d) => d.name)).toEqual(['运行机制', '措施落实', '创建成效', '公认度', '影响力']);
    const tab = await ask<{ counts: Record<string, number>; editors: unknown[] }>({ type: 'getTab', tabId: 7 });
    expect(tab.editors).toHaveLength(1);
    expect(tab.counts.warning).toBe(res.messages.filter((m) => m.severity === 'warning').length);
  });

  it('applies settings from storage (rule off, site off)', async () => {
    await saveSettings(fakeBrowser.storage.local, { ...DEFAULT_SETTINGS, rules: { 'measure/vague-timeframe': 'off' }, disabledSites: ['oa.example'] });
    // The background caches settings; the storage change listener refreshes them.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] });
    const res = await ask<CheckResponse>({ type: 'check', editorId: 'e2', kind: 'textarea', label: 'x', text: '支部将尽快组建党员服务队。', focused: false });
    expect(res.messages.some((m) => m.ruleId === 'measure/vague-timeframe')).toBe(false);
    expect((await ask<{ enabled: boolean }>({ type: 'hello', host: 'oa.example', top: true })).enabled).toBe(false);
    expect((await ask<{ enabled: boolean }>({ type: 'hello', host: 'other.example', top: true })).enabled).toBe(true);
  });
});
