/**
 * Labelled cases through the shared scorer (../shared/eval/score.mjs), run
 * on the real CLI as the scorer runs it: the dev cases, and the team's own
 * held-out cases (17477 cases in eighty rounds: test/eval/held-out.json holds
 * rounds 1–31, test/eval/held-out-2.json rounds 32–45, test/eval/held-out-3.json
 * rounds 46–50, test/eval/held-out-4.json rounds 51–55, test/eval/held-out-5.json
 * rounds 56–57, test/eval/held-out-6.json rounds 58–59, test/eval/held-out-7.json
 * rounds 60–61, test/eval/held-out-8.json rounds 62–63, test/eval/held-out-9.json
 * rounds 64–65, test/eval/held-out-10.json rounds 66–67, test/eval/held-out-11.json
 * rounds 68–69, test/eval/held-out-12.json round 70, test/eval/held-out-13.json
 * rounds 71–72, test/eval/held-out-14.json rounds 73–74, test/eval/held-out-15.json
 * rounds 75–78 and test/eval/held-out-16.json rounds 79–80, one file per few rounds as
 * the scorer passes every case's path on one command line and a shell takes at
 * most 128 KiB there;
 * written from the rule catalog by people who had not read the rules' code,
 * across hospitals, courts, schools, banks, villages, railways, mines,
 * ports, customs, prisons, theatres, air traffic control, wind farms and
 * offices; the rules were fixed in general terms after each round). The
 * recall floors sit below today's figures (0.98, 0.96, 0.98, 0.95, 0.98, 0.98,
 * 0.94, 0.93, 0.91, 0.93, 0.94, 0.81, 0.95, 0.91, 0.94 and 0.98, file by file; false alarms at most 0.01
 * in every file but held-out-11.json, 0.014, where templated whole plans share
 * passages that brand/copied-passage reports across the batch, held-out-15.json, 0.014,
 * and held-out-12.json, 0.038: see below), so a rule change that loses recall or
 * adds false alarms fails here, with the scorer's list of misses in the message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, ROOT, SHARED } from './helpers.js';

const SCORER = join(SHARED, 'eval', 'score.mjs');
const CLI = `"${process.execPath}" "${join(ROOT, 'cli/bin/redline.js')}" check --format json`;

/** Runs the scorer on `cases`; returns its exit status and output (summary last). */
function score(cases: string, minRecall: number, maxFalse: number): { status: number; out: string } {
  const r = spawnSync(process.execPath, [SCORER, '--cases', cases, '--cmd', CLI, '--verbose', '--min-recall', String(minRecall), '--max-false', String(maxFalse)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!HAS_SHARED || !existsSync(SCORER))('labelled cases', () => {
  it('dev cases: recall 1.00, no false alarm', () => {
    const r = score(join(SHARED, 'eval', 'dev.json'), 1, 0);
    expect(r.status, r.out).toBe(0);
  });

  // held-out-4.json and held-out-7.json hold sets written as bait (gp, ka: problems sharing only a place, unit, post or
  // a word or two with a measure that answers something else), which the rule still misses, and held-out-8.json text
  // pasted from PDFs and measures in plans' many layouts (nh, mb), and held-out-9.json short assessment passages and
  // problems sharing a word with an unrelated measure (od, oc), and held-out-10.json another such bait set (rc) and
  // tables flattened by copy-paste (rh): their recall floors sit lower, below today's figures.
  // held-out-12.json (round 70) holds labels that part from settled choices: a vague lead's owner expected at every
  // item under it (ud), a pledge 要始终牢记…初心 forbidden as a measure (uc), and tables aligned with spaces (ub); its
  // floor and ceiling are set from its figures when kept (recall 0.78, false alarms 0.040), so it guards against regressions.
  // held-out-14.json (rounds 73–74) holds problems told in running prose (yc) and another bait set (xh): its floor is 0.85.
  // held-out-15.json (rounds 75–78) holds speeches whose labels forbid measures on exhortations (bc) and plain-text
  // tables with off-topic measures (bg): its floor is 0.90.
  // held-out-16.json (rounds 79–80: activity plans, duty reports, rectification reports, scoring rules with vetoes,
  // task tables, speeches and minutes, awkward formats) scores 0.98 with false alarms 0.003: floor 0.95, ceiling 0.01.
  for (const [file, minRecall, maxFalse] of [['held-out.json', 0.95, 0.02], ['held-out-2.json', 0.95, 0.02], ['held-out-3.json', 0.95, 0.02], ['held-out-4.json', 0.92, 0.02], ['held-out-5.json', 0.95, 0.02], ['held-out-6.json', 0.95, 0.02], ['held-out-7.json', 0.85, 0.02], ['held-out-8.json', 0.88, 0.02], ['held-out-9.json', 0.85, 0.02], ['held-out-10.json', 0.88, 0.02], ['held-out-11.json', 0.9, 0.02], ['held-out-12.json', 0.75, 0.045], ['held-out-13.json', 0.9, 0.02], ['held-out-14.json', 0.85, 0.02], ['held-out-15.json', 0.9, 0.02], ['held-out-16.json', 0.95, 0.01]] as const) {
    it(`held-out cases (${file}): recall ≥ ${minRecall}, false alarms ≤ ${maxFalse}`, () => {
      const r = score(join(ROOT, 'test', 'eval', file), minRecall, maxFalse);
      expect(r.status, r.out).toBe(0);
    });
  }
});
