/**
 * Synthetic submissions for the benchmark and the tests: Chinese prose
 * built from short chunks of the seed papers and the core's lexicon
 * phrases (so the rules fire as on real drafts), with official headings,
 * fixed political formulas, and a share of planted near-duplicate
 * passages (copied from another submission with the unit's name swapped).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICONS } from '@redline/core';

/** xorshift32: deterministic pseudo-random numbers in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Chunks of 2–4 Han characters from the seed papers, plus lexicon phrases. */
export function vocabulary(seedDir: string): string[] {
  const chunks = new Set<string>();
  const r = prng(7);
  for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(seedDir, f), 'utf8').replace(/[^\u4e00-\u9fff]+/g, '|');
    for (const run of text.split('|')) {
      for (let i = 0; i < run.length; ) {
        const n = 2 + Math.floor(r() * 3);
        if (i + n <= run.length) chunks.add(run.slice(i, i + n));
        i += n;
      }
    }
  }
  for (const l of LEXICONS) for (const e of l.entries) chunks.add(typeof e === 'string' ? e : e.text);
  return [...chunks].filter((c) => /^[\u4e00-\u9fff]{2,8}$/.test(c));
}

const UNITS = ['运输车间', '检修班组', '综合办公室', '财务部', '第二党支部', '机关第一党支部', '炼铁厂', '物资公司', '信息中心', '安全环保部'];
const HEADINGS = ['一、指导思想', '二、品牌定位', '三、工作目标', '四、主要措施', '五、进度安排', '六、考核评价', '七、保障措施', '八、宣传推广'];
const FORMULA = '坚持以习近平新时代中国特色社会主义思想为指导，充分发挥党支部战斗堡垒作用和党员先锋模范作用。';

/** One submission of about `chars` characters (Markdown). */
export function submission(vocab: string[], seed: number, chars: number): string {
  const r = prng(seed * 2654435761);
  const unit = UNITS[seed % UNITS.length] + (seed % 97);
  const out: string[] = [`# ${unit}党支部“${vocab[Math.floor(r() * vocab.length)]}”党建品牌创建方案`, '', FORMULA, ''];
  let n = 0;
  let h = 0;
  while (n < chars) {
    if (h < HEADINGS.length && n >= (h * chars) / HEADINGS.length) out.push(`## ${HEADINGS[h++]}`, '');
    let para = '';
    const sentences = 2 + Math.floor(r() * 4);
    for (let s = 0; s < sentences; s++) {
      const words = 4 + Math.floor(r() * 8);
      let sent = r() < 0.3 ? `${unit}` : '';
      for (let w = 0; w < words; w++) sent += vocab[Math.floor(r() * vocab.length)] + (w % 4 === 3 && w < words - 1 ? '，' : '');
      if (r() < 0.25) sent += `，${1 + Math.floor(r() * 30)}项`;
      para += sent + '。';
    }
    out.push(para, '');
    n += para.length;
  }
  return out.join('\n');
}

/**
 * Writes `count` submissions into `dir` (`s00001.md` …); every 20th copies a
 * 300–800 character passage from the previous one with the unit's name
 * swapped. Returns the number of planted copies.
 */
export function writeCorpus(dir: string, count: number, chars: number, vocab: string[]): number {
  mkdirSync(dir, { recursive: true });
  let prev = '';
  let planted = 0;
  for (let i = 1; i <= count; i++) {
    let text = submission(vocab, i, chars);
    if (i % 20 === 0 && prev) {
      const body = prev.slice(prev.length >> 2);
      const len = 300 + (i % 500);
      const passage = body.slice(0, len).replace(/^[^\n]*\n/, '').replace(/\n#.*\n/g, '\n');
      const paras = text.split('\n\n');
      paras.splice(paras.length >> 1, 0, passage.replace(/(运输车间|检修班组|综合办公室|财务部)\d+/g, '本单位'));
      text = paras.join('\n\n');
      planted++;
    }
    writeFileSync(join(dir, `s${String(i).padStart(5, '0')}.md`), text);
    prev = text;
  }
  return planted;
}
