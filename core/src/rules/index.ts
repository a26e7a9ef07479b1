/**
 * The rule registry: every rule, keyed by its public `ruleId`. Explicit (no
 * discovery) so that bundlers include exactly these and the order of
 * messages is stable.
 */
import campaignStyle from './formalism/campaign-style.js';
import emptySlogan from './formalism/empty-slogan.js';
import formOverSubstance from './formalism/form-over-substance.js';
import partyPlusSplicing from './formalism/party-plus-splicing.js';
import sloganStacking from './formalism/slogan-stacking.js';
import unsupportedClaim from './formalism/unsupported-claim.js';
import missingDeadline from './measure/missing-deadline.js';
import missingOwner from './measure/missing-owner.js';
import missingTarget from './measure/missing-target.js';
import problemWithoutMeasure from './measure/problem-without-measure.js';
import vagueTimeframe from './measure/vague-timeframe.js';
import decoupledFromBusiness from './assessment/decoupled-from-business.js';
import missingDimension from './assessment/missing-dimension.js';
import noCycle from './assessment/no-cycle.js';
import noResultUse from './assessment/no-result-use.js';
import notQuantified from './assessment/not-quantified.js';
import copiedPassage from './brand/copied-passage.js';
import homogeneousName from './brand/homogeneous-name.js';
import noMassParticipation from './brand/no-mass-participation.js';
import noPromotion from './brand/no-promotion.js';
import twoSkins from './brand/two-skins.js';
import weakPoliticalCore from './brand/weak-political-core.js';
import missingSection from './structure/missing-section.js';
import deDiDe from './language/de-di-de.js';
import numberFormat from './language/number-format.js';
import punctuation from './language/punctuation.js';
import standardFormulation from './language/standard-formulation.js';
import type { Rule, RuleMeta } from './rule.js';

/** All rules, in report order. */
export const RULES: readonly Rule[] = [
  emptySlogan,
  sloganStacking,
  formOverSubstance,
  campaignStyle,
  partyPlusSplicing,
  unsupportedClaim,
  missingOwner,
  missingDeadline,
  missingTarget,
  vagueTimeframe,
  problemWithoutMeasure,
  missingDimension,
  notQuantified,
  noCycle,
  noResultUse,
  decoupledFromBusiness,
  homogeneousName,
  twoSkins,
  weakPoliticalCore,
  noMassParticipation,
  noPromotion,
  copiedPassage,
  missingSection,
  deDiDe,
  punctuation,
  numberFormat,
  standardFormulation,
];

/** Rules by id. */
export const RULE_MAP: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

/** Metadata of every rule, by id. */
export function ruleMetas(): RuleMeta[] {
  return RULES.map((r) => r.meta);
}
