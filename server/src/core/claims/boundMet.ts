import type { Quantity } from '../text/quantities';

/**
 * A claim's bound that the source's value meets: « Plus de 200 personnes » where the source says « quelque 250
 * personnes », "fewer than 300 people" where it says "about 250". The claim says less than the source, not
 * something else: the source's figure, exact or approximate (« quelque », "about"), is no contradiction of the
 * claim nor its fix.
 */

/** A source figure this many times past the claim's bound is of another scale, not within the bound's reach (a scale word is × 1,000). */
const MAX_RATIO = 10;

/**
 * Whether a claim value written as a bound (« plus de », "at least", « moins de », "fewer than") is met by a source value
 * of the same kind and unit: the source's figure, exact or approximate (« quelque », "about"), or a source bound the
 * same way (« plus de 90 ans » for « plus de 80 ans »), lies on the allowed side of the claim's bound (strictly for
 * « plus de » / « moins de »), less than ten times past it. False when the claim value is no bound or a maximum ("up
 * to"), when the source's is a bound the other way or a maximum, or for a date or a year.
 */
export function claimBoundMet(claim: Quantity, source: Quantity): boolean {
  if (claim.kind === 'date' || claim.kind === 'year' || claim.kind !== source.kind || claim.unit !== source.unit) return false;
  const above = claim.approx === 'more-than' || claim.approx === 'at-least';
  // "Up to", « jusqu'à » states a maximum, itself the fact ("faces up to 95 years in jail" and "a sentence of 85
  // years"): compared as a figure, not as a bound.
  const below = claim.approx === 'less-than';
  if (!above && !below) return false;
  // A source bound the other way round, or a maximum ("up to 85 years"), states a limit of its own: its figure is
  // the fact's, to compare with the claim's. A bound the same way meets the claim's when everything it allows
  // lies on the claim's side (« plus de 90 ans » meets « plus de 80 ans »; « plus de 13 ans » does not meet
  // « plus de 15 ans »).
  const sourceAbove = source.approx === 'more-than' || source.approx === 'at-least';
  const sourceBelow = source.approx === 'less-than';
  if (source.approx !== undefined && source.approx !== 'about' && !(above && sourceAbove) && !(below && sourceBelow)) return false;
  // A source figure ten times past the bound or more is a scale apart (« plus de 300 000 » for « 300 millions »), no bound met.
  const [low, high] = above ? [claim.value, source.value] : [source.value, claim.value];
  if (low <= 0 || high >= low * MAX_RATIO) return false;
  // Strict when either side excludes its figure: « plus de 80 » is met by « au moins 81 », not by « au moins 80 »;
  // « plus de 90 » (above 90) meets « plus de 90 » and « au moins 90 ».
  const strict = (claim.approx === 'more-than' || claim.approx === 'less-than') && !(source.approx === 'more-than' || source.approx === 'less-than');
  return above ? (strict ? source.value > claim.value : source.value >= claim.value) : strict ? source.value < claim.value : source.value <= claim.value;
}

/**
 * How far past a claim's bound a source's figure may lie for the bound to state it: a writer bounds a figure by a
 * round number just short of it (« plus de 2 000 » for 2 600, "more than 300" for 420), not by a third of it ("more
 * than three years" is no way to write the "10 year jail sentence" of another fact of the passage). A choice, not a
 * measurement: at {@link MAX_RATIO}'s reach, a labelled wrong claim of the dev sets of that kind was supported.
 */
const STATED_BOUND_RATIO = 1.5;

/**
 * The passage's values that state a claim's bound: all of `comparable` (the passage's values of the claim value's
 * measure) when every one is a figure, exact or approximate, that meets it within {@link STATED_BOUND_RATIO}
 * (« plus de 2 000 personnes » and « 2 600 personnes »: {@link claimBoundMet}); none when any does not (another value
 * of the measure may be the claim's fact's, and against the bound) or is itself a bound: a weaker bound than the
 * source's (« plus de 300 000 » for « plus de 500.000 ») writes another figure than the source, which the labelled
 * sets count as wrong.
 */
export function valuesMeetingBound(claim: Quantity, comparable: readonly Quantity[]): Quantity[] {
  const near = (s: Quantity) => claim.value > 0 && s.value > 0 && Math.max(s.value / claim.value, claim.value / s.value) <= STATED_BOUND_RATIO;
  return comparable.length > 0 && comparable.every((s) => (s.approx === undefined || s.approx === 'about') && claimBoundMet(claim, s) && near(s)) ? [...comparable] : [];
}
