/**
 * Background: runs the core off the page's thread (a service worker in
 * Chrome MV3, an event page in Firefox), keeps the latest report of every
 * editor for the side panel and the popup, and relays "scroll there"
 * requests from the side panel to the editor's frame.
 */
import { check, DocumentCheckers, RULE_MAP, type RedlineMessage, type Severity } from '@redline/core';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { EditorRef, EditorState, Request, ResponseMap, RuleInfo } from '../lib/protocol';
import { loadSettings, SETTINGS_KEY, normalizeSettings, toConfig, type Settings } from '../lib/settings';

export default defineBackground(() => {
  let settings: Settings | null = null;
  const editors = new Map<string, EditorState>();
  const tabHosts = new Map<number, string>();
  let focused: EditorRef | null = null;

  const keyOf = (r: EditorRef) => `${r.tabId}:${r.frameId}:${r.editorId}`;
  const getSettings = async () => (settings ??= await loadSettings(browser.storage.local));

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) settings = normalizeSettings(changes[SETTINGS_KEY].newValue);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const [k, e] of editors) if (e.tabId === tabId) editors.delete(k);
    tabHosts.delete(tabId);
    if (focused?.tabId === tabId) focused = null;
  });

  // Chrome: the toolbar button opens the popup; the popup opens the side panel.
  const sp = (globalThis as unknown as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  try {
    void sp?.setPanelBehavior({ openPanelOnActionClick: false })?.catch?.(() => {});
  } catch {
    /* not supported (Firefox, tests) */
  }

  const infoOf = (ids: Iterable<string>): Record<string, RuleInfo> => {
    const out: Record<string, RuleInfo> = {};
    for (const id of ids) {
      const m = RULE_MAP.get(id)?.meta;
      if (m) out[id] = { id, family: m.family, description: m.description, rationale: m.rationale, sources: m.sources };
    }
    return out;
  };

  const notifyPages = () => {
    browser.runtime.sendMessage({ type: 'focusedChanged' }).catch(() => {});
  };

  /** One DocumentChecker per editor (tab, frame, editor), so a re-check after typing rescans only the changed lines. */
  const checkers = new DocumentCheckers(32);

  async function handle(req: Request, sender: { tab?: { id?: number }; frameId?: number }): Promise<unknown> {
    const tabId = sender.tab?.id ?? -1;
    const frameId = sender.frameId ?? 0;
    switch (req.type) {
      case 'hello': {
        if (req.top && tabId >= 0) tabHosts.set(tabId, req.host);
        const s = await getSettings();
        return { enabled: !s.disabledSites.includes(req.host) } satisfies ResponseMap['hello'];
      }
      case 'check': {
        const s = await getSettings();
        const t0 = performance.now();
        let out;
        try {
          out = checkers.for(keyOf({ tabId, frameId, editorId: req.editorId })).check(req.text, { format: 'text', preset: s.preset, profile: s.profile, config: toConfig(s), packs: s.packs, joinHardWraps: false });
        } catch (e) {
          // A stored configuration the core rejects: check with the preset alone rather than not at all.
          console.warn('Redline: settings rejected by the core, using defaults', e);
          out = check(req.text, { format: 'text', preset: s.preset, profile: s.profile, joinHardWraps: false });
        }
        const ms = performance.now() - t0;
        const messages: RedlineMessage[] = out.messages;
        const rules = infoOf(new Set(messages.map((m) => m.ruleId)));
        if (tabId >= 0) {
          const ref = { tabId, frameId, editorId: req.editorId };
          editors.set(keyOf(ref), { ...ref, kind: req.kind, label: req.label, messages, report: out.report, rules, at: Date.now() });
          if (req.focused) focused = ref;
          if (req.focused || (focused && keyOf(focused) === keyOf(ref))) notifyPages();
        }
        return { messages, report: out.report, rules, ms } satisfies ResponseMap['check'];
      }
      case 'focus': {
        if (tabId >= 0) {
          focused = { tabId, frameId, editorId: req.editorId };
          notifyPages();
        }
        return null;
      }
      case 'forget': {
        editors.delete(keyOf({ tabId, frameId, editorId: req.editorId }));
        checkers.delete(keyOf({ tabId, frameId, editorId: req.editorId }));
        return null;
      }
      case 'getFocused': {
        if (focused) {
          const e = editors.get(keyOf(focused));
          if (e) return e;
        }
        // Most recently checked editor as a fallback.
        let best: EditorState | null = null;
        for (const e of editors.values()) if (!best || e.at > best.at) best = e;
        return best;
      }
      case 'getTab': {
        const list = [...editors.values()].filter((e) => e.tabId === req.tabId);
        const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
        for (const e of list) for (const m of e.messages) counts[m.severity]++;
        return { host: tabHosts.get(req.tabId) ?? '', editors: list, counts } satisfies ResponseMap['getTab'];
      }
      case 'reveal': {
        try {
          await browser.tabs.sendMessage(req.ref.tabId, { type: 'reveal', editorId: req.ref.editorId, start: req.start, end: req.end }, { frameId: req.ref.frameId });
          try {
            await browser.tabs.update(req.ref.tabId, { active: true });
          } catch {
            /* the tab may be gone */
          }
          return true;
        } catch {
          return false;
        }
      }
      case 'ruleInfo':
        return infoOf(req.ids);
    }
  }

  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    const req = msg as Request;
    if (!req || typeof req !== 'object' || !('type' in req) || req.type === ('focusedChanged' as string)) return false;
    handle(req, sender as { tab?: { id?: number }; frameId?: number }).then(
      (value) => sendResponse({ ok: true, value }),
      (e: unknown) => sendResponse({ ok: false, error: String((e as Error)?.message ?? e) }),
    );
    return true;
  });
});
