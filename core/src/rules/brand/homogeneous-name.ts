/**
 * brand/homogeneous-name — a brand name (in quotes after 打造/创建/培育 … or
 * before 品牌, or in a form's 品牌名称： field) built only of overused morphemes (红色, 先锋, 引擎, 堡垒 …).
 * Source: 002 §2.2 同质化.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';

const NAME_RE = /[“"「『]([^“”"「」『』\n]{2,12})[”"」』](?:等|这)?(?:[两二三四五六七八九十\d]{1,2}[个项大])?(?:党建)?(?:子)?品牌/dg;
/** A name followed by other quoted names before 品牌: the first ones of a run (“旗帜领航”“灯塔引擎”两个党建品牌). */
const NAME_IN_RUN_RE = /[“"「『]([^“”"「」『』\n]{2,12})[”"」』](?=(?:[、和与及]?[“"「『][^“”"「」『』\n]{2,12}[”"」』])+(?:等|这)?(?:[两二三四五六七八九十\d]{1,2}[个项大])?(?:党建)?(?:子)?品牌)/dg;
/** A name in a form's field, quoted or not (品牌名称：“红色引擎”, 品牌名称：初心领航): up to the line's end or its punctuation. */
const NAME_FIELD_RE = /品牌名称?[：:][ \t　]*[“"「『]?([^“”"「」『』\n，。；,;（(]{2,12}?)[”"」』]?[ \t　]*(?=[\n，。；,;（(]|$)/dg;
const NAME_AFTER_VERB_RE = /(?:打造|创建|培育|树立|擦亮|创树|塑造|叫响)[^，。；“”"「」]{0,8}?[“"「『]([^“”"「」『』\n]{2,12})[”"」』]/dg;

export const meta: RuleMeta = {
  id: 'brand/homogeneous-name',
  family: 'brand',
  description: '品牌名同质化：品牌名只由“红色”“先锋”“引擎”“堡垒”等常用语素拼成，看不出本单位特点',
  rationale: '“红色引擎”“先锋堡垒”一类名称放在任何单位都成立，辨识度低，也说明品牌没有从本单位的职能和业务中提炼。',
  sources: [{ seed: '002', section: '§2.2', point: '照搬上级模板或其他单位案例，品牌“上下一般粗、左右一个样”，辨识度低' }],
  severity: { summary: 'warning', publicity: 'warning', submission: 'warning' },
  examples: { bad: '第三党支部着力打造“红色引擎”党建品牌。', good: '检修班组党支部创建“精检匠修”党建品牌，名称取自设备检修主业。' },
  url: ruleUrl('brand/homogeneous-name'),
};

/** Whether `name` splits entirely into morphemes of `set` (longest first, up to 3 characters). */
export function onlyMorphemes(name: string, set: ReadonlySet<string>): boolean {
  const n = name.length;
  const ok = new Array<boolean>(n + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < n; i++) {
    if (!ok[i]) continue;
    for (let l = 1; l <= 3 && i + l <= n; l++) if (set.has(name.slice(i, i + l))) ok[i + l] = true;
  }
  return ok[n];
}

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const clean = a.doc.clean;
  if (!clean.includes('品牌') && !/打造|创建|培育|树立|擦亮|创树|塑造|叫响/.test(clean)) return;
  const morphemes = a.shared('brand.morphemes', () => new Set(a.lex.byLexicon[a.lex.lexicon('morpheme')].map((e) => e.text)));
  const seen = new Set<number>();
  const names = new Set<string>();
  for (const re of [NAME_RE, NAME_IN_RUN_RE, NAME_AFTER_VERB_RE, NAME_FIELD_RE]) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(clean)); ) {
      const name = m[1];
      const cs = m.indices![1][0];
      if (seen.has(cs)) continue;
      seen.add(cs);
      // One finding per distinct name (at its first occurrence).
      if (names.has(name) || /[0-9０-９]/.test(name) || !onlyMorphemes(name.replace(/[\s·•]/g, ''), morphemes)) continue;
      names.add(name);
      report(file, meta, a, cs, cs + name.length, {
        reason: `品牌名同质化：「${name}」只由常用语素构成，看不出本单位的职能和业务特点`,
        expected: [],
        note: '从本单位的主业、服务对象或工作特色中提炼品牌名（如检修班组的“精检匠修”），并写明名称的来历。依据：002 §2.2（同质化严重，辨识度低）。',
      });
    }
  }
};

export default { meta, plugin } satisfies Rule;
