import { entityKey, type Candidate, type Group } from './candidates';

/**
 * Two names written side by side read as one ("le maire de Levallois-Perret Patrick Balkany", "Deutsche Boerse
 * Werner Seifert"). A joined name whose words split into a name and a full name of two words or more, both
 * used on their own and each more often than the joined one, is split into them: its mentions become
 * mentions of each.
 */
export function splitJoinedNames(groups: Map<string, Group>): void {
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
    if (rest.length === group.candidates.length) continue;
    if (rest.length === 0) {
      groups.delete(group.key);
      continue;
    }
    group.candidates = rest;
    group.surfaces = new Map();
    for (const c of rest) group.surfaces.set(c.surface, (group.surfaces.get(c.surface) ?? 0) + 1);
  }
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
