/**
 * Side panel (Chrome side panel, Firefox sidebar): the report of the focused
 * editor — score with deductions, radar of the assessment dimensions,
 * sections found/missing for the profile, findings grouped by family (click
 * to scroll the editor there), and preset/profile switches.
 */
import type { Preset, ProfileOption, RedlineMessage } from '@redline/core';
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/ui.css';
import { Radar } from '../../components/Radar';
import { send } from '../../lib/messaging';
import { FAMILY_NAMES, SEVERITY_NAMES, type EditorState } from '../../lib/protocol';
import { loadSettings, updateSettings, type Settings } from '../../lib/settings';

export const PRESET_NAMES: Record<Preset, string> = { summary: '支部书记（工作总结）', publicity: '宣传干部（宣传稿）', submission: '评审（申报材料）' };
export const PROFILE_NAMES: Record<string, string> = { auto: '自动判断', plan: '创建方案', summary: '工作总结', publicity: '宣传稿', assessment: '考核办法', general: '一般文稿' };

function scoreClass(s: number) {
  return s >= 85 ? 'good' : s >= 60 ? 'mid' : 'bad';
}

function App() {
  const [state, setState] = useState<EditorState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');

  const refresh = useCallback(async () => {
    try {
      setState(await send({ type: 'getFocused' }));
      setError('');
    } catch (e) {
      setError(String((e as Error).message));
    }
  }, []);

  useEffect(() => {
    void refresh();
    void loadSettings(browser.storage.local).then(setSettings);
    const onMsg = (m: unknown) => {
      if ((m as { type?: string })?.type === 'focusedChanged') void refresh();
      return false;
    };
    browser.runtime.onMessage.addListener(onMsg);
    const onStore = () => void loadSettings(browser.storage.local).then(setSettings);
    browser.storage.onChanged.addListener(onStore);
    return () => {
      browser.runtime.onMessage.removeListener(onMsg);
      browser.storage.onChanged.removeListener(onStore);
    };
  }, [refresh]);

  const setPreset = (p: Preset) => void updateSettings(browser.storage.local, (s) => void (s.preset = p));
  const setProfile = (p: ProfileOption) => void updateSettings(browser.storage.local, (s) => void (s.profile = p));

  const reveal = (m: RedlineMessage) => {
    if (!state) return;
    void send({ type: 'reveal', ref: { tabId: state.tabId, frameId: state.frameId, editorId: state.editorId }, start: m.place.start.offset ?? 0, end: m.place.end.offset ?? 0 });
  };

  const groups = new Map<string, RedlineMessage[]>();
  for (const m of state?.messages ?? []) {
    const f = m.ruleId.split('/')[0];
    if (!groups.has(f)) groups.set(f, []);
    groups.get(f)!.push(m);
  }
  const r = state?.report;

  return (
    <div className="page">
      <h1>Redline 审校报告</h1>
      {settings && (
        <div className="row" style={{ marginBottom: 8 }}>
          <label>
            使用场景{' '}
            <select data-testid="preset" value={settings.preset} onChange={(e) => setPreset(e.target.value as Preset)}>
              {Object.entries(PRESET_NAMES).map(([k, v]) => (
                <option key={k} value={k}>{v}</option>
              ))}
            </select>
          </label>
          <label>
            文稿类型{' '}
            <select data-testid="profile" value={settings.profile} onChange={(e) => setProfile(e.target.value as ProfileOption)}>
              {['auto', 'plan', 'summary', 'publicity', 'assessment'].map((k) => (
                <option key={k} value={k}>{PROFILE_NAMES[k]}</option>
              ))}
            </select>
          </label>
        </div>
      )}
      {error && <p className="error-text">{error}</p>}
      {!state || !r ? (
        <p className="muted" data-testid="empty">在网页编辑器中输入文字后，这里显示当前编辑器的审校报告。</p>
      ) : (
        <>
          <p className="muted">
            {state.label} · {PROFILE_NAMES[r.profile] ?? r.profile}
            {r.profileGuessed ? '（自动判断）' : ''} · {r.characters} 字{r.title ? ` · 《${r.title}》` : ''}
          </p>
          <div className="row">
            <div className={`score ${scoreClass(r.score)}`} data-testid="score">{r.score}</div>
            <div className="counts muted">
              {(['error', 'warning', 'info'] as const).map((s) => (
                <span key={s}>{SEVERITY_NAMES[s]} {r.counts.severities[s]}</span>
              ))}
            </div>
          </div>
          {r.deductions.length > 0 && (
            <>
              <h2>扣分</h2>
              <ul className="plain" data-testid="deductions">
                {r.deductions.map((d) => (
                  <li key={d.ruleId}>−{d.points} {d.reason}（{d.count} 处）</li>
                ))}
              </ul>
            </>
          )}
          <h2>考核维度</h2>
          <Radar dims={r.dimensions} />
          <h2>文稿结构</h2>
          <ul className="plain" data-testid="sections">
            {r.sections.map((s) => (
              <li key={s.id} className={s.found ? 'ok' : 'miss'}>
                {s.found ? '✓' : '✗'} {s.name}
                {s.heading ? <span className="muted">（{s.heading}）</span> : null}
              </li>
            ))}
            {r.sections.length === 0 && <li className="muted">此类文稿无固定结构要求</li>}
          </ul>
          <h2>问题（{state.messages.length}）</h2>
          {[...groups].map(([family, list]) => (
            <section key={family} data-family={family}>
              <h2>{FAMILY_NAMES[family] ?? family}（{list.length}）</h2>
              {list.map((m, i) => (
                <button key={i} className={`finding ${m.severity}`} onClick={() => reveal(m)} data-rule={m.ruleId}>
                  <span className="actual">{m.document ? '（全文）' : m.actual.length > 24 ? m.actual.slice(0, 24) + '…' : m.actual}</span>
                  <br />
                  <span>{m.reason}</span>
                </button>
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
