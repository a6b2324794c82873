import type { NameStats } from '../index/nameStats';
import { fold } from '../text/normalize';
import { entityKey, type Candidate, type Group } from './candidates';
import { organizationNouns, organizationWords, placeNouns, productNouns, roleNouns } from './wordLists';

/**
 * Two names written side by side read as one ("le maire de Levallois-Perret Patrick Balkany", "Deutsche Boerse
 * Werner Seifert"). A joined name whose words split into a name and a full name of two words or more, both
 * used on their own and each more often than the joined one, is split into them: its mentions become
 * mentions of each. The full name need not be used on its own where every mention of the joined name completes a
 * role ("le procureur de Vernal Odile Perrache", « le président du Conseil départemental Marc Ortalan »): the role's
 * complement (the name used on its own) is a place or body, the words after it the holder's name.
 */
export function splitJoinedNames(groups: Map<string, Group>, names?: Pick<NameStats, 'isName'>): void {
  for (const group of [...groups.values()]) {
    const words = group.key.split(' ');
    if (words.length < 2 || words.length > 6) continue;
    let parts: [Group, Group] | undefined;
    for (let k = 1; k < words.length && !parts; k++) {
      const left = groups.get(words.slice(0, k).join(' '));
      const right = groups.get(words.slice(k).join(' '));
      // The second part is a full name of two words or more ("Patrick Balkany"): a one-word tail is more
      // likely part of the name ("Fox News", "Christian Slater").
      if (k > words.length - 2) continue;
      if (left && right && left !== group && right !== group && left.candidates.length > group.candidates.length && right.candidates.length > group.candidates.length) parts = [left, right];
    }
    parts ??= roleHolderCut(groups, group, words, names);
    if (!parts) continue;
    const rest: Candidate[] = [];
    for (const c of group.candidates) {
      const split = splitCandidate(c, parts[0].key);
      if (!split) {
        rest.push(c);
        continue;
      }
      for (const [part, piece] of [[parts[0], split[0]], [parts[1], split[1]]] as const) {
        part.candidates.push(piece);
        part.surfaces.set(piece.surface, (part.surfaces.get(piece.surface) ?? 0) + 1);
      }
    }
    if (rest.length === group.candidates.length) {
      if (parts[1].candidates.length === 0) groups.delete(parts[1].key); // a holder's group made for nothing
      continue;
    }
    if (rest.length === 0) {
      groups.delete(group.key);
      continue;
    }
    group.candidates = rest;
    group.surfaces = new Map();
    for (const c of rest) group.surfaces.set(c.surface, (group.surfaces.get(c.surface) ?? 0) + 1);
  }
}

/**
 * The cut of a joined name whose every mention completes a role ("le procureur de Vernal Odile Perrache"): the
 * longest first part used on its own more often than the joined name, the rest a person's name of two or three
 * words never used on its own (its group is made here), its first word one the corpus writes as a name (`names`,
 * when given). Undefined when there is none.
 */
function roleHolderCut(groups: Map<string, Group>, group: Group, words: readonly string[], names?: Pick<NameStats, 'isName'>): [Group, Group] | undefined {
  if (!group.candidates.every(completesRole)) return undefined;
  for (let k = words.length - 2; k >= Math.max(1, words.length - 3); k--) {
    const left = groups.get(words.slice(0, k).join(' '));
    const rightKey = words.slice(k).join(' ');
    if (!left || left === group || groups.has(rightKey) || left.candidates.length <= group.candidates.length) continue;
    // A given name is written capitalised (« Dominique »), a common word mostly not (« Football », "research").
    if (names && !names.isName(words[k])) continue;
    if (!group.candidates.every((c) => personNameAfter(c, k))) continue;
    const right: Group = { key: rightKey, surfaces: new Map(), candidates: [] };
    groups.set(rightKey, right);
    return [left, right];
  }
  return undefined;
}

/** A person's name: capitalised words, a lowercase particle between them ("Bill de Blasio"), none first or last. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|von|van|der|al|el|bin|ben)\s+)?\p{Lu}[\p{L}'’.-]*)+$/u;

/** Whether a mention's words after its first `k` are written as a person's name (see {@link PERSON_NAME}): no acronym, no kind noun ("Engineering GmbH", "Media Alliance"). */
function personNameAfter(c: Candidate, k: number): boolean {
  const rest = c.surface.trim().split(/\s+/).slice(k);
  const kindWord = (w: string) => [organizationWords, organizationNouns, placeNouns, productNouns].some((list) => list.has(fold(w)));
  return PERSON_NAME.test(rest.join(' ')) && !rest.some((w) => /\p{Lu}{2}|\./u.test(w) || kindWord(w));
}

/** A role noun, then « de », « du », « de la », « de l' », « des », "of" or "of the" right before a name (folded text). */
const ROLE_OF = /(\p{L}[\p{L}-]*)\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’]|of\s+the|of)\s*$/u;

/** Whether a mention's words complete a role written right before it ("le maire de ‹name›", "the mayor of ‹name›"). */
function completesRole(c: Candidate): boolean {
  const noun = ROLE_OF.exec(fold(c.sentence.text.slice(Math.max(0, c.start - 60), c.start)))?.[1];
  return noun !== undefined && roleNouns.has(noun);
}

/** A mention of a joined name cut after the words whose key is `leftKey`; undefined if it spans lines or does not start so. */
function splitCandidate(c: Candidate, leftKey: string): [Candidate, Candidate] | undefined {
  if (c.line !== c.endLine || c.end - c.start !== c.spanEnd - c.spanStart) return undefined;
  const gap = /\s+/g;
  for (const m of c.surface.matchAll(gap)) {
    const leftSurface = c.surface.slice(0, m.index);
    if (entityKey(leftSurface) !== leftKey) continue;
    const rightStart = m.index + m[0].length;
    const rightSurface = c.surface.slice(rightStart);
    const left: Candidate = { ...c, surface: leftSurface, key: leftKey, words: leftSurface.split(/\s+/).length, end: c.start + leftSurface.length, spanEnd: c.spanStart + leftSurface.length, endCharacter: c.character + leftSurface.length };
    const right: Candidate = { ...c, surface: rightSurface, key: entityKey(rightSurface), words: rightSurface.split(/\s+/).length, start: c.start + rightStart, spanStart: c.spanStart + rightStart, character: c.character + rightStart };
    return [left, right];
  }
  return undefined;
}
