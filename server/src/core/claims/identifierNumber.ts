import type { Quantity } from '../text/quantities';

/**
 * A number that names a thing rather than counts one: « le hangar numéro 12 », « la salle n° 4 », "Gate No. 12",
 * "platform number 9", "#12". Such a number is no count of the claim's noun: « Au moins 12 Français ont été
 * blessés » is not stated by « … entreposé au hangar numéro 12 du port », whose 12 names the hangar.
 */

/** A sign or word of number right before the figure. */
const NUMBER_SIGN_BEFORE = /(?:(?<!\p{L})(?:numéro|numero|num\.|n°|nº|no\.|number)|#)\s*$/iu;

/** Whether a figure written without a unit is a number that names a thing (see the module comment). */
export function writtenAsIdentifier(text: string, q: Quantity): boolean {
  if (q.kind !== 'number' || q.unit !== undefined) return false;
  const start = q.approxStart ?? q.start;
  return NUMBER_SIGN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
