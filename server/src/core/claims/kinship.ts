import { fold } from '../text/normalize';
import type { RoleMention } from './roles';

/**
 * Kinship is a relation between two people, and news writes one relation in several ways: « beau-frère » is
 * « frère de son épouse », « compagne » and « épouse » name one partner ("partner", "wife"), a brother-in-law is the
 * sister's husband. And a family shares its surname: « Lydie X » and « Pascal X » are two people whose roles
 * (« sœur de Pascal X », « beau-frère de Hubert Y ») tell two relations. A kinship role is compared only with the
 * same person's, written with the same full name, and two wordings of one relation are no conflict.
 */

/** Partners, married or not (folded). */
const PARTNER = new Set('epouse epoux mari femme compagne compagnon conjoint conjointe concubin concubine wife husband partner spouse girlfriend boyfriend fiancee fiance'.split(' '));
/** Siblings (folded). */
const SIBLING = new Set('frere soeur demi-frere demi-soeur brother sister half-brother half-sister'.split(' '));
/** Siblings by marriage (folded). */
const SIBLING_IN_LAW = new Set('beau-frere belle-soeur brother-in-law sister-in-law'.split(' '));
/** Every noun of kinship this file reads, and those of roles.ts's KINSHIP. */
const KIN = new Set([...PARTNER, ...SIBLING, ...SIBLING_IN_LAW, ...'neveu niece pere mere cousin cousine oncle tante grand-pere grand-mere petit-fils petite-fille gendre beau-pere belle-mere nephew daughter father mother uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother stepbrother stepsister son-in-law daughter-in-law'.split(' ')]);

/** The folded kinship noun of a text (its last word that is one), undefined when it has none. */
function kinNoun(text: string): string | undefined {
  const words = fold(text.toLowerCase()).split(/[^\p{L}-]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) if (KIN.has(words[i])) return words[i];
  return undefined;
}

/** Whether a role mention's title is a kinship noun (« beau-frère », « compagne », "sister"). */
export function isKinship(m: RoleMention): boolean {
  return kinNoun(m.head.text) !== undefined;
}

/**
 * The relation a kinship mention states, one name per relation whatever its wording: « beau-frère », « frère de
 * son épouse » and "husband of her sister" are `sibling-in-law`, « compagne », « épouse », "partner" are `partner`,
 * « frère », "sister" `sibling`; another kin noun is itself (« neveu »), and a sibling or partner of another kin
 * (« frère de sa mère ») is that chain (`sibling of mere`). Undefined when the title is no kinship.
 */
export function kinshipRelation(m: RoleMention): string | undefined {
  const head = kinNoun(m.head.text);
  if (head === undefined) return undefined;
  // The kin the complement names (« de son épouse », "of her sister"), when it names one.
  const of = m.complement ? kinNoun(m.complement.text) : undefined;
  if (SIBLING_IN_LAW.has(head)) return 'sibling-in-law';
  if (SIBLING.has(head) && of !== undefined && PARTNER.has(of)) return 'sibling-in-law';
  if (PARTNER.has(head) && of !== undefined && SIBLING.has(of)) return 'sibling-in-law';
  const kind = PARTNER.has(head) ? 'partner' : SIBLING.has(head) ? 'sibling' : head;
  return of === undefined ? kind : `${kind} of ${PARTNER.has(of) ? 'partner' : SIBLING.has(of) ? 'sibling' : of}`;
}

/** A mention's name, folded, its words in order. */
const fullName = (m: RoleMention) => fold(m.name.text.toLowerCase()).split(/[\s'’]+/u).filter(Boolean).join(' ');

/**
 * Whether a claim's role mention `claim` and a passage's `source` must not be compared because one is a kinship:
 * they name two people (their full names differ: one family, two first names, or a surname alone that any of the
 * family may bear), or they state one relation in two wordings (see {@link kinshipRelation}). False when neither
 * title is a kinship.
 */
export function kinshipNotCompared(claim: RoleMention, source: RoleMention): boolean {
  if (!isKinship(claim) && !isKinship(source)) return false;
  const a = fullName(claim);
  const b = fullName(source);
  if (a !== b || !a.includes(' ')) return true;
  const x = kinshipRelation(claim);
  return x !== undefined && x === kinshipRelation(source);
}

/** Whether two kinship mentions of the same full name state the same relation (see {@link kinshipRelation}). */
export function sameKinship(claim: RoleMention, source: RoleMention): boolean {
  const x = kinshipRelation(claim);
  return x !== undefined && x === kinshipRelation(source) && fullName(claim) === fullName(source);
}
