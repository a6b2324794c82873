import { fold } from '../text/normalize';
import { termsOf } from '../text/stem';
import type { Lang } from '../types';

/**
 * An attribute in parentheses after a name: « Marie Durand (PS) », "Ana Ruiz (University of Leeds)". The parentheses
 * give the name right before them its party, body, place or club. A claim that writes a name with the attribute a
 * passage gives a neighbouring name ("Tom Hale (University of Leeds)" against "Ana Ruiz (University of Leeds) and
 * Tom Hale (Bristol Institute)") gives its name another's attribute: the passage writes both, but not together,
 * and states no claim; the attribute the passage gives the claim's name is the claim's slot value.
 */

/** A run of capitalised words, then an attribute in parentheses that starts with a letter (no figure, score or citation). */
const NAMED_ATTRIBUTE = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*\((\p{L}[^()\d@]{1,59})\)/gu;

interface NamedAttribute {
  /** The name's last word, folded (its surname, or its one word). */
  name: string;
  /** The attribute as written, and its offsets in the text. */
  text: string;
  start: number;
  end: number;
  terms: Set<string>;
}

function namedAttributes(text: string, lang: Lang): NamedAttribute[] {
  return [...text.matchAll(NAMED_ATTRIBUTE)].map((m) => {
    const start = m.index + m[0].lastIndexOf('(') + 1;
    const attribute = m[2].trim();
    return { name: fold(m[1].split(/\s+/u).pop()!).toLowerCase(), text: attribute, start, end: start + attribute.length, terms: new Set(termsOf(attribute, lang)) };
  });
}

/** Whether two attributes say the same (the same terms, or the terms of one among the other's: "Leeds" and "University of Leeds"). */
function sameAttribute(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  return [...a].every((t) => b.has(t)) || [...b].every((t) => a.has(t));
}

/**
 * The claim's attribute in parentheses that the passage gives, in parentheses, to another name and not to the
 * claim's (see the file's comment), with what the passage gives the claim's name instead (`source`, when it writes
 * the claim's name with an attribute that shares no term with the claim's); undefined when there is none. Both
 * texts must be in the same language (attributes are compared by their terms).
 */
export function attributeOfAnotherName(claimText: string, passage: string, lang: Lang): { claimStart: number; claimEnd: number; source?: string } | undefined {
  const claimed = namedAttributes(claimText, lang);
  if (claimed.length === 0) return undefined;
  const stated = namedAttributes(passage, lang);
  for (const c of claimed) {
    const own = stated.filter((s) => s.name === c.name);
    if (own.some((s) => sameAttribute(s.terms, c.terms))) continue;
    if (!stated.some((s) => s.name !== c.name && sameAttribute(s.terms, c.terms))) continue;
    const other = own.length === 1 && ![...own[0].terms].some((t) => c.terms.has(t)) ? own[0].text : undefined;
    return { claimStart: c.start, claimEnd: c.end, ...(other ? { source: other } : {}) };
  }
  return undefined;
}
