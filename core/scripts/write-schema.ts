/**
 * Writes generated files: `core/schema/redlinerc.schema.json` (JSON Schema of
 * .redlinerc.json) and `docs/rules.md` (the rule reference, from each rule's
 * meta). `--check` fails when a committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema, LEXICONS, ruleMetas } from '../src/index.js';

const root = new URL('../../', import.meta.url);
const files: Array<[URL, string]> = [
  [new URL('core/schema/redlinerc.schema.json', root), JSON.stringify(configJsonSchema(), null, 2) + '\n'],
  [new URL('docs/rules.md', root), rulesDoc()],
];

/** The rule reference in Markdown, in Chinese. */
export function rulesDoc(): string {
  const out = ['# Redline 规则说明', '', '由 `core/scripts/write-schema.ts` 根据各规则的 `meta` 生成，请勿手工修改。规则 id 是公开约定（配置键、LSP code、JSON 输出）。', ''];
  const presets = ['summary', 'publicity', 'submission'] as const;
  let family = '';
  for (const m of ruleMetas()) {
    if (m.family !== family) {
      family = m.family;
      out.push(`## ${family}/*`, '');
    }
    out.push(`### ${m.id}`, '', `<a id="${m.id.replace('/', '-')}"></a>`, '', m.description, '', `**为什么：** ${m.rationale}`, '');
    out.push(`**出处：** ${m.sources.map((s) => `种子论文 ${s.seed} ${s.section}（${s.point}）`).join('；')}`, '');
    out.push(`**默认级别：** ${presets.map((p) => `${p} = ${m.severity[p]}`).join('，')}${m.profiles ? `；适用文稿类型：${m.profiles.join('、')}` : ''}`, '');
    out.push(`- 会被标出：${m.examples.bad.replace(/\n/g, ' ⏎ ')}`, `- 不会被标出：${m.examples.good.replace(/\n/g, ' ⏎ ')}`, '');
  }
  out.push('## 词表', '', '| id | 名称 | 出处 |', '|---|---|---|');
  for (const l of LEXICONS) out.push(`| \`${l.id}\` | ${l.name} | ${l.source} |`);
  return out.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [url, text] of files) {
    let old = '';
    try {
      old = readFileSync(url, 'utf8');
    } catch {}
    if (old === text) continue;
    if (check) {
      console.error(`${fileURLToPath(url)} is out of date: run pnpm -C core schema`);
      stale++;
    } else writeFileSync(url, text);
  }
  process.exit(stale ? 1 : 0);
}
