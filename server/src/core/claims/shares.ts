import type { Quantity } from '../text/quantities';

/** "of all", "of the", « de l'ensemble des », « de tous les » right after a share: words between it and its noun. */
const SHARE_OF_ALL = /^\s+(?:of\s+(?:all|the|its|their)|de\s+(?:l['’]ensemble\s+des|tous\s+les|toutes\s+les))\s/iu;

/**
 * How many more words to read after a share (kind 'percent') before its measured noun: 1 after "of all", "of the"
 * ("two-thirds of all jobs", "45% of the vote"), 2 after « de l'ensemble des », « de tous les »; else 0. Without
 * them the noun falls outside the words read after a value that has a governing word before it.
 */
export function shareReach(quantity: Quantity, text: string): number {
  if (quantity.kind !== 'percent') return 0;
  const match = SHARE_OF_ALL.exec(text.slice(quantity.end));
  if (!match) return 0;
  return match[0].trim().split(/\s+/).length - 1;
}
