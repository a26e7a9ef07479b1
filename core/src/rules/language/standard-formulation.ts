/**
 * language/standard-formulation — fixed political and institutional
 * formulations written wrongly (整治站位 for 政治站位, 一岗两责 for 一岗双责),
 * from a curated list (data/formulations.json) where every entry names the
 * document and date its standard form comes from and its status (现行/废止).
 * A numbered formulation with fixed members (四个自信: 道路、理论、制度、文化自信)
 * listed with an intruder in their place (…制度自信、民族自信), or listed out of their fixed order
 * (理论自信、道路自信…), is flagged too.
 */
import { FORMULATIONS } from '../../lexicons/generated.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';

export const meta: RuleMeta = {
  id: 'language/standard-formulation',
  family: 'language',
  description: '提法不规范：固定的政治、制度性提法写错了字、换了词或用了已废止的提法',
  rationale: '固定提法是党的文件确定的规范表述，写错一个字就会被视为政治性差错。',
  sources: [{ seed: '000', section: '§2.1', point: '“第一议题”“三会一课”“一岗双责”等固定提法的规范写法' }],
  severity: { summary: 'warning', publicity: 'error', submission: 'warning' },
  examples: { bad: '自觉提高整治站位，学深悟透党的二十大精神。', good: '自觉提高政治站位，学深悟透党的二十大精神。' },
  url: ruleUrl('language/standard-formulation'),
};

/** Formulations with members, and the suffix the members share (意识, 自信). */
const ENUMERATED = FORMULATIONS.filter((f) => f.members?.length).map((f) => ({ f, suffix: f.members![0].slice(-2), members: new Set(f.members) }));
const HAN2 = /^[\u4e00-\u9fff]{2}$/;

/**
 * Series of `X{suffix}` items joined by 、 in `clean` (UTF-16 offsets of each item), found from each
 * `{suffix}、`; the last item may follow 和/及/与 instead of 、.
 */
function seriesOf(clean: string, suffix: string): Array<Array<{ start: number; text: string }>> {
  const all: Array<Array<{ start: number; text: string }>> = [];
  const width = 2 + suffix.length;
  const itemAt = (start: number) => (start >= 0 && HAN2.test(clean.slice(start, start + 2)) && clean.startsWith(suffix, start + 2) ? { start, text: clean.slice(start, start + width) } : undefined);
  for (let i = clean.indexOf(suffix + '、'); i >= 0; i = clean.indexOf(suffix + '、', i + 1)) {
    let first = itemAt(i - 2);
    if (!first) continue;
    const items = [first];
    // Back over earlier items (政治意识、大局意识、…).
    while (clean[first.start - 1] === '、' && (first = itemAt(first.start - 1 - width)!)) items.unshift(first);
    let end = i + suffix.length;
    for (;;) {
      const sep = clean[end] === '、' ? 1 : '和及与'.includes(clean[end] ?? '。') ? 1 : 0;
      const next = sep ? itemAt(end + sep) : undefined;
      if (!next) break;
      items.push(next);
      end = next.start + width;
    }
    all.push(items);
    i = end;
  }
  return all;
}

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const clean = a.doc.clean;
  for (const { f, suffix, members } of ENUMERATED) {
    for (const items of seriesOf(clean, suffix)) {
      // Most of the members listed, and some other item in the series: the intruder stands for a member left out.
      const listed = new Set(items.filter((x) => members.has(x.text)).map((x) => x.text));
      const intruders = items.filter((x) => !members.has(x.text));
      // All the members and nothing else, out of their fixed order (政治意识、核心意识、大局意识、看齐意识).
      if (items.length === members.size && listed.size === members.size && items.some((x, k) => x.text !== f.members![k])) {
        const last = items[items.length - 1];
        report(file, meta, a, items[0].start, last.start + last.text.length, {
          reason: `提法顺序不规范：「${f.standard}」的规范顺序是${f.members!.join('、')}`,
          expected: [f.members!.join('、')],
          note: `「${f.standard}」的内容和顺序是固定的：${f.members!.join('、')}。出处：${f.membersSource ?? f.source}。`,
        });
        continue;
      }
      if (listed.size < members.size - 1 || intruders.length !== members.size - listed.size) continue;
      const left = f.members!.filter((m) => !listed.has(m));
      for (const x of intruders) {
        report(file, meta, a, x.start, x.start + x.text.length, {
          reason: `提法不规范：「${f.standard}」是${f.members!.join('、')}，「${x.text}」不在其中`,
          expected: left.length === 1 ? left : [],
          note: `「${f.standard}」的内容是固定的：${f.members!.join('、')}。出处：${f.membersSource ?? f.source}。`,
        });
      }
    }
  }
  const found = [];
  for (let si = 0; si < a.doc.sentences.length; si++) if (a.mentions(si, 'formulation')) found.push(...a.hitsIn(si, 'formulation'));
  for (const h of found) {
    const f = FORMULATIONS[Number(h.entry.tag)];
    if (f.quoted && !(/[“"「]/.test(clean[h.start - 1] ?? '') && /[”"」]/.test(clean[h.end] ?? ''))) continue;
    // (One misquote read by two entries, 中央八条规定 inside 中央八条规定精神, is reported once, by the longer.)
    if (found.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
    const outdated = f.status === '废止' && h.entry.text === f.standard;
    report(file, meta, a, h.start, h.end, {
      reason: outdated ? `提法已废止：「${f.standard}」` : `提法不规范：「${h.entry.text}」应为「${f.standard}」`,
      expected: outdated ? [] : [f.standard],
      note: `规范提法「${f.standard}」（${f.status}），出处：${f.source}。`,
    });
  }
};

export default { meta, plugin } satisfies Rule;
