/**
 * Options: preset and profile, rule toggles (severity per rule), the
 * organisation's assessment dimensions, lexicon words, and import/export of
 * `.redlinerc.json` (validated by the core's parseConfigText, the same
 * format the CLI and VS Code read). Everything is saved to chrome.storage.
 */
import { LEXICONS, parseConfigText, ruleMetas, effectiveSeverities, type Preset, type ProfileOption, type SeverityOrOff } from '@redline/core';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/ui.css';
import { FAMILY_NAMES } from '../../lib/protocol';
import { DEFAULT_SETTINGS, exportConfigText, fromConfig, loadSettings, saveSettings, withoutPack, withPack, type Settings } from '../../lib/settings';
import { PRESET_NAMES_OPT, PROFILE_NAMES_OPT } from './names';

const SEV_LABEL: Record<SeverityOrOff, string> = { off: '关闭', info: '提示', warning: '警告', error: '错误' };

function App() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [lexId, setLexId] = useState(LEXICONS.find((l) => l.id === 'stock-phrase')?.id ?? LEXICONS[0].id);

  useEffect(() => {
    void loadSettings(browser.storage.local).then(setS);
  }, []);
  if (!s) return <div className="page">加载中…</div>;

  const save = async (next: Settings, msg = '已保存') => {
    setS(next);
    await saveSettings(browser.storage.local, next);
    setStatus(msg);
  };
  const presetDefaults = effectiveSeverities(s.preset);
  const metas = ruleMetas();

  const onImport = async (file: File) => {
    try {
      const config = parseConfigText(await file.text(), file.name);
      await save(fromConfig(config, s), `已导入 ${file.name}`);
    } catch (e) {
      setStatus(`导入失败：${(e as Error).message}`);
    }
  };
  const onImportPack = async (file: File) => {
    try {
      await save(withPack(s, await file.text(), file.name), `已导入规则包 ${file.name}`);
    } catch (e) {
      setStatus(`规则包导入失败：${(e as Error).message}`);
    }
  };
  const onExport = () => {
    const blob = new Blob([exportConfigText(s)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = '.redlinerc.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    setStatus('已导出 .redlinerc.json');
  };

  const lex = s.lexicons[lexId] ?? { add: [], remove: [] };
  const lines = (t: string) => t.split(/[\n,，、]/).map((x) => x.trim()).filter(Boolean);

  return (
    <div className="page" style={{ maxWidth: 820 }}>
      <h1>Redline 设置</h1>
      <p className="muted" role="status" data-testid="status">{status}</p>

      <h2>使用场景与文稿类型</h2>
      <div className="row">
        <select data-testid="preset" value={s.preset} onChange={(e) => void save({ ...s, preset: e.target.value as Preset })}>
          {Object.entries(PRESET_NAMES_OPT).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
        <select data-testid="profile" value={s.profile} onChange={(e) => void save({ ...s, profile: e.target.value as ProfileOption })}>
          {Object.entries(PROFILE_NAMES_OPT).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </div>

      <h2>导入 / 导出 .redlinerc.json</h2>
      <div className="row">
        <input type="file" accept=".json,application/json" data-testid="import" onChange={(e) => e.target.files?.[0] && void onImport(e.target.files[0])} />
        <button onClick={onExport} data-testid="export">导出</button>
        <button onClick={() => void save({ ...DEFAULT_SETTINGS, disabledSites: s.disabledSites }, '已恢复默认')}>恢复默认</button>
      </div>

      <h2>规则包</h2>
      <p className="muted">组织自定义的规则包（YAML 或 JSON，与命令行、VS Code 使用的相同）。规则 id 为“规则包名/规则 id”。</p>
      <div className="row">
        <input type="file" accept=".yaml,.yml,.json,application/json,text/yaml" data-testid="import-pack" onChange={(e) => e.target.files?.[0] && void onImportPack(e.target.files[0])} />
      </div>
      <ul data-testid="packs">
        {s.packs.map((p) => (
          <li key={p.name}>
            <strong>{p.name}</strong>（{p.rules.length} 条规则）{p.description ? `：${p.description}` : ''}{' '}
            <button onClick={() => void save(withoutPack(s, p.name), `已移除规则包 ${p.name}`)}>移除</button>
          </li>
        ))}
      </ul>

      <h2>规则</h2>
      <table>
        <tbody>
          {metas.map((m) => {
            const v = s.rules[m.id];
            return (
              <tr key={m.id}>
                <td className="muted">{FAMILY_NAMES[m.family] ?? m.family}</td>
                <td>{m.description}<br /><code className="muted">{m.id}</code></td>
                <td>
                  <select
                    aria-label={`${m.id} 的级别`}
                    data-rule={m.id}
                    value={v ?? ''}
                    onChange={(e) => {
                      const rules = { ...s.rules };
                      if (e.target.value) rules[m.id] = e.target.value as SeverityOrOff;
                      else delete rules[m.id];
                      void save({ ...s, rules });
                    }}
                  >
                    <option value="">默认（{SEV_LABEL[presetDefaults[m.id] ?? 'off']}）</option>
                    {(['off', 'info', 'warning', 'error'] as const).map((x) => <option key={x} value={x}>{SEV_LABEL[x]}</option>)}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>考核维度（留空则使用五个默认维度：运行机制、措施落实、创建成效、公认度、影响力）</h2>
      <table>
        <tbody>
          {s.dimensions.map((d, i) => (
            <tr key={i}>
              <td>
                <input type="text" aria-label="维度名称" value={d.name} onChange={(e) => {
                  const dims = s.dimensions.map((x, j) => (j === i ? { ...x, name: e.target.value } : x));
                  void save({ ...s, dimensions: dims });
                }} />
              </td>
              <td>
                <input type="text" aria-label="同义词" style={{ width: 360 }} placeholder="同义词，用顿号或逗号分隔" value={d.synonyms.join('、')} onChange={(e) => {
                  const dims = s.dimensions.map((x, j) => (j === i ? { ...x, synonyms: lines(e.target.value) } : x));
                  void save({ ...s, dimensions: dims });
                }} />
              </td>
              <td><button onClick={() => void save({ ...s, dimensions: s.dimensions.filter((_, j) => j !== i) })}>删除</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button onClick={() => void save({ ...s, dimensions: [...s.dimensions, { name: `维度${s.dimensions.length + 1}`, synonyms: [] }] })}>添加维度</button>

      <h2>词表</h2>
      <div className="row">
        <select value={lexId} onChange={(e) => setLexId(e.target.value)} aria-label="词表">
          {LEXICONS.map((l) => <option key={l.id} value={l.id}>{l.name}（{l.id}）</option>)}
        </select>
      </div>
      <div className="row" style={{ alignItems: 'flex-start', marginTop: 6 }}>
        <label>增加的词（每行一个）<br />
          <textarea data-redline="off" rows={5} cols={28} value={lex.add.join('\n')} onChange={(e) => void save({ ...s, lexicons: { ...s.lexicons, [lexId]: { ...lex, add: e.target.value.split('\n').map((x) => x.trim()).filter(Boolean) } } })} />
        </label>
        <label>去掉的词（每行一个）<br />
          <textarea data-redline="off" rows={5} cols={28} value={lex.remove.join('\n')} onChange={(e) => void save({ ...s, lexicons: { ...s.lexicons, [lexId]: { ...lex, remove: e.target.value.split('\n').map((x) => x.trim()).filter(Boolean) } } })} />
        </label>
      </div>

      <h2>已关闭的网站</h2>
      <ul className="plain">
        {s.disabledSites.map((h) => (
          <li key={h}>{h} <button onClick={() => void save({ ...s, disabledSites: s.disabledSites.filter((x) => x !== h) })}>重新开启</button></li>
        ))}
        {s.disabledSites.length === 0 && <li className="muted">无</li>}
      </ul>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
