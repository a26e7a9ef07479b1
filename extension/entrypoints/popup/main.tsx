/**
 * Popup: on/off for this site, finding counts for the page, and shortcuts to
 * the side panel and the options page. `?tab=ID` picks the tab (used when the
 * popup is opened as a page in tests).
 */
import type { Severity } from '@redline/core';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/ui.css';
import { send } from '../../lib/messaging';
import { SEVERITY_NAMES } from '../../lib/protocol';
import { loadSettings, updateSettings } from '../../lib/settings';

interface TabInfo {
  tabId: number;
  host: string;
  editors: number;
  counts: Record<Severity, number>;
}

async function currentTab(): Promise<number | null> {
  const q = new URLSearchParams(location.search).get('tab');
  if (q) return Number(q);
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id ?? null;
}

function App() {
  const [info, setInfo] = useState<TabInfo | null>(null);
  const [enabled, setEnabled] = useState(true);

  useEffect(() => {
    void (async () => {
      const tabId = await currentTab();
      if (tabId === null) return;
      const t = await send({ type: 'getTab', tabId });
      setInfo({ tabId, host: t.host, editors: t.editors.length, counts: t.counts });
      const s = await loadSettings(browser.storage.local);
      setEnabled(!s.disabledSites.includes(t.host));
    })();
  }, []);

  const toggle = async () => {
    if (!info) return;
    const off = enabled;
    setEnabled(!off); // show the new state at once; storage follows
    const s = await updateSettings(browser.storage.local, (x) => {
      x.disabledSites = x.disabledSites.filter((h) => h !== info.host);
      if (off) x.disabledSites.push(info.host);
    });
    setEnabled(!s.disabledSites.includes(info.host));
  };

  const openPanel = async () => {
    const c = (globalThis as unknown as { chrome?: { sidePanel?: { open(o: object): Promise<void> } } }).chrome;
    const ff = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    try {
      if (ff) await ff.open();
      else if (c?.sidePanel && info) await c.sidePanel.open({ tabId: info.tabId });
    } catch {
      /* no side panel support */
    }
  };

  return (
    <div className="page" style={{ width: 280 }}>
      <h1>Redline 党建文稿审校</h1>
      {info ? (
        <>
          <div className="row">
            <label>
              <input type="checkbox" data-testid="site-toggle" checked={enabled} onChange={() => void toggle()} /> 在 {info.host || '此页面'} 上审校
            </label>
          </div>
          <p data-testid="counts" className="counts">
            本页 {info.editors} 个编辑器：
            {(['error', 'warning', 'info'] as const).map((s) => (
              <span key={s}>{SEVERITY_NAMES[s]} <b data-sev={s}>{info.counts[s]}</b></span>
            ))}
          </p>
        </>
      ) : (
        <p className="muted">无法读取当前页面。</p>
      )}
      <div className="row">
        <button className="primary" onClick={() => void openPanel()}>打开审校报告</button>
        <button onClick={() => void browser.runtime.openOptionsPage()}>设置</button>
      </div>
      <p className="muted">文字只在本机检查，不会发送到任何地方。</p>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
